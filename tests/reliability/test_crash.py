"""Crash safety: SIGKILL an ingest at several random moments; after each kill the database is
intact with no half-written document, and the final rerun equals an uninterrupted run."""
from __future__ import annotations

import random
import sqlite3

from sagsgang.search import indexed_ids, open_index
from sagsgang.store.sqlite import decode_parsed

from ..conftest import corpus_file
from ..test_ingest import kill_when_stored, run_cli, state

KILL_AFTER = sorted(random.Random(20261123).sample(range(1, 36), 3))  # documents committed before each kill


def invariants(db) -> int:
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)"
                        ).fetchone()[0] == 0
    for doc_id, parsed in conn.execute("SELECT id, parsed FROM documents"):  # every document whole
        stored = conn.execute("SELECT COUNT(*) FROM items WHERE document_id=? AND unit IS NULL",  # agenda items
                              (doc_id,)).fetchone()[0]
        assert stored == len(decode_parsed(parsed).items)
    item_ids = [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]
    store = open_index(str(db))  # recovery: the next open applies what the killed ingest queued
    assert indexed_ids(store) == item_ids
    store.close()
    n = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    conn.close()
    return n


def test_kills_at_random_moments_leave_a_consistent_resumable_database(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    texts = [corpus_file(n).read_bytes() for n in ("002_3ed3bba4aa5e581f.txt", "004_aa3e7e1ea5d949e8.txt",
                                                   "aarhus_teknisk-udvalg_2025-10-01_referat.html")]
    for i in range(40):
        (src / f"doc_{i:03d}.{'html' if i % 3 == 2 else 'txt'}").write_bytes(texts[i % 3] + f"\n\n{i}\n".encode())
    db = tmp_path / "crash.db"
    counts = []
    for target in KILL_AFTER:
        kill_when_stored(run_cli("ingest", str(src), "--db", str(db)), db, target)
        counts.append(invariants(db))
    assert counts == sorted(counts) and counts[0] < 40  # each run resumed where the last was killed
    assert run_cli("ingest", str(src), "--db", str(db)).wait() == 0
    clean = tmp_path / "clean.db"
    assert run_cli("ingest", str(src), "--db", str(clean)).wait() == 0
    assert invariants(db) == 40
    assert state(db) == state(clean)
