"""The migrations that fill the linked-case tables and the public ids of an older database
(store/links.py and store/views.py `backfill`) read the documents 200 at a time: a database of
more than one batch must be filled to its last document, not stop after the first batch."""
from __future__ import annotations

from sagsgang.model import AgendaItem, Document, Meeting
from sagsgang.search import index_item
from sagsgang.store import links, open_store, views

N = 201  # one more than a batch


def test_backfills_read_every_batch(tmp_path):
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)
    try:
        for n in range(N):
            meeting = Meeting("Økonomiudvalget", f"2024-01-{n % 28 + 1:02}")
            store.put_document(Document(source=f"{n:03}.txt", municipality="Faxe", document_type="referat",
                                        content_hash=f"{n:064}", meeting=meeting,
                                        items=[AgendaItem(title=f"Sag {n}", number="1", case_numbers=[f"24/{n}"])]),
                               f"/data/{n:03}.txt")
        conn = store.conn
        ids_before = conn.execute("SELECT id, uid, meeting_uid FROM documents ORDER BY id").fetchall()
        for table in ("case_numbers", "case_treatments", "cases", "link_items", "link_keys", "link_bands",
                      "link_inputs"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE documents SET uid=NULL, meeting_uid=NULL")
        conn.execute("UPDATE items SET uid=NULL")
        links.backfill(conn)
        views.backfill(conn)
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == N
        assert conn.execute("SELECT count(*) FROM link_items").fetchone()[0] == N
        assert conn.execute("SELECT key FROM cases ORDER BY id DESC LIMIT 1").fetchone()[0] == "faxe|24/200"
        missing = "SELECT count(*) FROM documents WHERE uid IS NULL OR meeting_uid IS NULL"
        assert conn.execute(missing).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM items WHERE uid IS NULL AND unit IS NULL").fetchone()[0] == 0
        # the same public ids ingest gave (a document's id is made from its path, the origin it was stored at)
        assert conn.execute("SELECT id, uid, meeting_uid FROM documents ORDER BY id").fetchall() == ids_before
    finally:
        store.close()
