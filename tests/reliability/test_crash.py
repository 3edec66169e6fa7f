"""Crash safety: SIGKILL an ingest inside a document's transaction and right after a commit;
after each kill the database is intact with no half-written document, each rerun resumes where
the last stopped, and the final state equals an uninterrupted run. Documents are generated."""
from __future__ import annotations

import sqlite3

from sagsgang.search import indexed_ids, open_index
from sagsgang.store.sqlite import decode_parsed

from ..generated import demo_folder
from ..interrupt import killed_ingest, run_cli, state

# (new documents this run commits before its kill, where the kill lands)
KILLS = [(5, "in_transaction"), (7, "after_commit"), (11, "in_transaction")]
DOCUMENTS = 40


def invariants(db) -> int:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)"
                        ).fetchone()[0] == 0
    for doc_id, parsed in conn.execute("SELECT id, parsed FROM documents"):  # every document whole
        stored = conn.execute("SELECT COUNT(*) FROM items WHERE document_id=? AND unit IS NULL",  # agenda items
                              (doc_id,)).fetchone()[0]
        assert stored == len(decode_parsed(parsed).items) > 0
    item_ids = [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]
    store = open_index(str(db))  # recovery: the next open applies what the killed ingest queued
    assert indexed_ids(store) == item_ids
    store.close()
    n = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    return n


def test_kills_leave_a_consistent_resumable_database(tmp_path):
    src = demo_folder(tmp_path, DOCUMENTS)
    db = tmp_path / "crash.db"
    counts = []
    for after, mode in KILLS:
        killed_ingest(src, db, after, mode)
        counts.append(invariants(db))
    assert counts == [5, 12, 23]  # each run resumed where the last was killed, nothing half kept
    assert run_cli("ingest", str(src), "--db", str(db)).wait() == 0
    clean = tmp_path / "clean.db"
    assert run_cli("ingest", str(src), "--db", str(clean)).wait() == 0
    assert invariants(db) == DOCUMENTS
    assert state(db) == state(clean)
