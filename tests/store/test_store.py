"""The store, on SQLite and on PostgreSQL (`new_db`): schema, idempotence by content hash,
replacement with tombstones. Tests named *sqlite* are about the file itself."""
from __future__ import annotations

import hashlib
import sqlite3

from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section
from sagsgang.search import index_item, indexed_ids, search
from sagsgang.store import open_store
from sagsgang.store.schema import SCHEMA_VERSION
from sagsgang.store.sqlite import decode_parsed, decode_text

from ..stores import connect


def make_doc(source="a.txt", text="Budgettet for skoleområdet", salt="1", public=True) -> Document:
    item = AgendaItem(title="Budget 2025", number="1", public=public, case_numbers=["22/8164"],
                      decisions=[Decision("Økonomiudvalget", "2024-05-01", "Godkendt")],
                      sections=[Section("Sagsfremstilling", text)])
    return Document(source=source, municipality="Norddjurs", document_type="referat",
                    meeting=Meeting(committee="Økonomiudvalget", date="2024-05-01"), items=[item],
                    content_hash=hashlib.sha256((source + text + salt).encode()).hexdigest())


def test_sqlite_schema_version_and_wal(tmp_path):
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)  # reopening does not migrate again
    assert store.stats()["documents"] == 0


def test_schema_version_after_migrating_and_reopening(new_db):
    db = new_db()
    store = open_store(db, indexer=index_item)
    assert store.stats()["schema_version"] == SCHEMA_VERSION
    store.put_document(make_doc(), "/x/a.txt")
    store.close()
    store = open_store(db, indexer=index_item)  # reopening does not migrate again (nor lose rows)
    assert store.stats()["schema_version"] == SCHEMA_VERSION and store.stats()["documents"] == 1
    assert store.put_document(make_doc(), "/x/a.txt").status == "unchanged"
    store.close()


def test_default_path_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv("SAGSGANG_DB", str(tmp_path / "env.db"))
    open_store(None).close()
    assert (tmp_path / "env.db").exists()


def test_same_bytes_change_nothing(new_db):
    store = open_store(new_db(), indexer=index_item)
    assert store.put_document(make_doc(), "/x/a.txt").status == "new"
    version = store.data_version()
    before = store.document_modified()
    assert store.put_document(make_doc(), "/x/a.txt").status == "unchanged"
    assert store.data_version() == version
    assert store.document_modified() == before
    assert store.stats()["items"] == 1 and store.tombstones() == []


def test_roundtrip_documents(new_db):
    store = open_store(new_db(), indexer=index_item)
    doc = make_doc()
    store.put_document(doc, "/x/a.txt")
    assert store.documents() == [doc]
    assert store.last_ingest() is not None and "+0" in store.last_ingest()


def test_new_bytes_replace_and_tombstone(new_db):
    store = open_store(new_db(), indexer=index_item)
    store.put_document(make_doc(), "/x/a.txt")
    v1 = store.data_version()
    corrected = make_doc(text="Ny tekst om trafik", salt="2")
    corrected.items[0].number = "2"  # item 1 is gone, item 2 is new
    out = store.put_document(corrected, "/x/a.txt")
    assert out.status == "replaced"
    assert store.data_version() > v1
    assert store.stats()["documents"] == 1 and store.stats()["items"] == 1
    types = {t["type"] for t in store.tombstones()}
    assert "https://schema.oparl.org/1.1/AgendaItem" in types
    assert all(t["deleted"] is True and t["modified"] for t in store.tombstones())
    assert search(store, "skoleområdet")["total"] == 0
    assert search(store, "trafik")["total"] == 1


def test_closed_item_body_not_stored(new_db):
    store = open_store(new_db(), indexer=index_item)
    store.put_document(make_doc(text="Hemmelig personsag", public=False), "/x/a.txt")
    bodies = [decode_text(b) for (b,) in store.conn.execute("SELECT body FROM items")]
    assert bodies == [""]
    texts = store.conn.execute("SELECT text FROM decisions").fetchall()
    assert texts == [("",)]
    (parsed,) = store.conn.execute("SELECT parsed FROM documents").fetchone()
    stored = decode_parsed(parsed)  # the kept parse result holds no closed content either
    assert "Hemmelig" not in repr(stored) and stored.items[0].title == "Budget 2025"


def test_no_orphans_after_replacing(new_db):
    store = open_store(new_db(), indexer=index_item)
    store.put_document(make_doc(), "/x/a.txt")
    store.put_document(make_doc(salt="3"), "/x/a.txt")
    q = store.conn.execute
    for child, parent, key in (("items", "documents", "document_id"), ("decisions", "items", "item_id"),
                               ("link_items", "items", "item_id")):
        assert q(f"SELECT count(*) FROM {child} c LEFT JOIN {parent} p ON p.id = c.{key} "
                 "WHERE p.id IS NULL").fetchone()[0] == 0, child
    assert indexed_ids(store) == [r[0] for r in q("SELECT id FROM items")]
    assert len(indexed_ids(store)) == 1 and q("SELECT count(*) FROM documents").fetchone()[0] == 1
    store.close()


def test_sqlite_no_orphans_foreign_keys(tmp_path):
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)
    store.put_document(make_doc(), "/x/a.txt")
    store.put_document(make_doc(salt="3"), "/x/a.txt")
    conn = sqlite3.connect(str(tmp_path / "s.db"))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert indexed_ids(store) == [r[0] for r in conn.execute("SELECT id FROM items")]
    assert len(indexed_ids(store)) == 1


def test_database_urls(tmp_path, monkeypatch, capsys):
    import pytest

    from sagsgang.cli import main
    from sagsgang.errors import SagsgangError

    monkeypatch.chdir(tmp_path)
    open_store("sqlite:///rel.db").close()
    assert (tmp_path / "rel.db").exists()
    open_store(f"sqlite:///{tmp_path}/abs.db").close()
    assert (tmp_path / "abs.db").exists()
    with pytest.raises(SagsgangError):
        open_store("mysql://localhost/x")
    assert main(["search", "x", "--db", "mysql://localhost/x"]) == 2
    assert "mysql: database backend not supported" in capsys.readouterr().err
    # nothing listens on port 1: a clear one-line error naming the server, no traceback
    assert main(["search", "x", "--db", "postgresql://nobody:secret@127.0.0.1:1/x"]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to PostgreSQL" in err and "127.0.0.1" in err and "secret" not in err
    assert "Traceback" not in err
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert main(["search", "x", "--db", str(tmp_path / "junk.db")]) == 2


def test_old_schema_is_migrated_in_place(new_db):
    from sagsgang.store.schema import MIGRATIONS

    db = new_db("old")
    conn = connect(db)
    for stmt in MIGRATIONS[0].split(";\n"):
        if stmt.strip():
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    store = open_store(db, indexer=index_item)
    assert store.stats()["schema_version"] == SCHEMA_VERSION
    store.put_document(make_doc(), "/x/a.txt")
    assert search(store, "budget")["total"] == 1
    store.close()


def test_newer_schema_is_refused(new_db):
    import pytest

    from sagsgang.errors import SagsgangError

    db = new_db("new")
    conn = connect(db)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SagsgangError) as exc:
        open_store(db)
    assert f"schema version {SCHEMA_VERSION + 1} is newer" in str(exc.value)


def test_store_implements_the_protocol(new_db):
    from sagsgang.store.base import Store

    store = open_store(new_db())
    for name in [n for n in dir(Store) if not n.startswith("_")]:
        assert callable(getattr(store, name)), name


def test_queue_pages_are_returned_when_the_store_closes(tmp_path):
    """The index queue holds analysed text only until it is applied; the file keeps no dead pages."""
    from sagsgang.search import open_index

    store = open_index(str(tmp_path / "q.db"))
    for k in range(60):
        store.put_document(make_doc(source=f"d{k}.txt", text="Budgettet for skoleområdet " * 400, salt=str(k)),
                           f"/x/d{k}.txt")
    store.close()
    conn = sqlite3.connect(str(tmp_path / "q.db"))
    assert conn.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
    free, total = conn.execute("PRAGMA freelist_count").fetchone()[0], conn.execute("PRAGMA page_count").fetchone()[0]
    assert free <= max(64, total // 20)
    reopened = open_index(str(tmp_path / "q.db"))
    assert len(indexed_ids(reopened)) == 60
    reopened.close()


def test_sagsgang_db_names_either_store(new_db, monkeypatch):
    """$SAGSGANG_DB is used when --db is not given, a file or a postgresql:// URL alike."""
    db = new_db("env")
    monkeypatch.setenv("SAGSGANG_DB", db)
    store = open_store(None, indexer=index_item)
    store.put_document(make_doc(), "/x/a.txt")
    store.close()
    again = open_store(db)
    assert [d.source for d in again.documents()] == ["a.txt"]
    assert again.stats().get("backend", "sqlite") == ("postgresql" if "://" in db else "sqlite")
    again.close()


def test_an_ingest_applies_the_index_queue_as_it_goes(new_db, monkeypatch):
    """During a long ingest the commit hook applies the queue of index rows every SYNC_EVERY
    documents or SYNC_SECONDS (here: at once), so the queue does not grow with the whole ingest
    and other readers of the index see the documents as they arrive, not only when it ends."""
    from sagsgang.search import engine, open_index

    monkeypatch.setattr(engine, "SYNC_SECONDS", 0.0)
    store = open_index(new_db())
    try:
        store.put_document(make_doc(), "/x/a.txt")
        assert store.conn.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
    finally:
        store.close()


def test_a_postgres_url_of_either_spelling_names_the_postgresql_store():
    """'postgres://' is the other common spelling of a PostgreSQL URL: both go to the PostgreSQL
    store (here: nothing listens on port 1, so its own error says so), not to 'not supported'."""
    import pytest

    from sagsgang.errors import SagsgangError

    for url in ("postgresql://nobody:secret@127.0.0.1:1/x", "postgres://nobody:secret@127.0.0.1:1/x"):
        with pytest.raises(SagsgangError, match=r"^postgresql://nobody:\*\*\*@127\.0\.0\.1:1/x: cannot connect to "
                                                r"PostgreSQL \("):
            open_store(url)


def test_sqlite_revives_tombstones_by_their_index(tmp_path):
    # every stored document deletes the tombstones of the objects it names again; with the country's
    # tombstones in one table that lookup must use the index, not read them all
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)
    plan = " ".join(str(r) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN DELETE FROM tombstones WHERE object_id = ?", ("x",)).fetchall())
    assert "tombstones_object" in plan
    store.close()
