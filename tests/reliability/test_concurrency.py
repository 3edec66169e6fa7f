"""Searching and serving while an ingest runs: no errors, and never a partly ingested document."""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.search import indexed_ids, open_index, search
from sagsgang.store import open_store
from sagsgang.store.sqlite import decode_parsed
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..conftest import DOCS

NAMES = ["002_3ed3bba4aa5e581f.txt", "004_aa3e7e1ea5d949e8.txt", "aarhus_teknisk-udvalg_2025-10-01_referat.html"]
COPIES = 300  # enough that the ingest outlasts several reader rounds on a fast machine
# PostgreSQL stores each document more slowly (a round trip per statement): fewer copies outlast
# as many rounds, and keep the test's time near SQLite's
COPIES_PG = 120


def test_reads_during_ingest_see_whole_documents_only(tmp_path, new_db, backend):
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    copies = COPIES_PG if backend == "postgresql" else COPIES
    folder = tmp_path / "docs"
    folder.mkdir()
    expected_items = {}
    for k in range(copies):  # distinct bytes per copy, so each is its own document
        name = NAMES[k % len(NAMES)]
        data = (DOCS / name).read_bytes() + f"\n<!-- kopi {k} -->\n".encode()
        target = folder / f"{k:03d}_{name}"
        target.write_bytes(data)
        expected_items[target.name] = None
    db = new_db("live")  # a file, or a PostgreSQL schema (readers in a snapshot while the writer commits)
    open_index(db).close()  # schema exists before readers start
    proc = subprocess.Popen([sys.executable, "-m", "sagsgang", "ingest", str(folder), "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reader = open_store(db)
    seen_counts: dict[str, int] = {}
    rounds = during = 0  # during: rounds begun while the ingest was still running
    try:
        while proc.poll() is None or rounds < 3:
            rounds += 1
            during += proc.poll() is None
            docs = reader.documents()
            for d in docs:  # a document is visible with all its items or not at all
                seen_counts.setdefault(d.source.split("_", 1)[1], len(d.items))
                assert len(d.items) == seen_counts[d.source.split("_", 1)[1]], d.source
            # one snapshot: the items table and the stored documents agree exactly
            conn = reader.conn
            conn.execute("BEGIN")
            n_items = conn.execute("SELECT COUNT(*) FROM items WHERE unit IS NULL").fetchone()[0]
            n_parsed = sum(len(decode_parsed(p).items) for (p,) in conn.execute("SELECT parsed FROM documents"))
            conn.execute("COMMIT")
            assert n_items == n_parsed
            # search sees committed documents only (the index may lag behind them, never run ahead)
            result = search(reader, "frikommuneforsøg")
            assert {hit["source"] for hit in result["results"]} <= {d.source for d in reader.documents()}
            if rounds % 10 == 1:  # the web app over this snapshot (building its catalog is the slow part)
                client = TestClient(create_app(lambda docs=docs: Data(Catalog(docs), partial(search, reader))))
                assert client.get("/?q=dagsorden").status_code == 200
                assert client.get("/api/v1/bodies").status_code == 200
            if rounds > 200:
                break
            time.sleep(0.01)
    finally:
        proc.wait(timeout=300)
    assert proc.returncode == 0 and during >= 2
    assert len(reader.documents()) == copies
    stored = [r[0] for r in reader.conn.execute("SELECT id FROM items ORDER BY id")]
    assert indexed_ids(reader) == stored  # the ingest applied its whole queue before it ended
    final = search(reader, "frikommuneforsøg")  # the Fredensborg note's title word, in a third of the copies
    assert final["total"] >= 1 and "Frikommuneforsøg" in final["results"][0]["title"]
    orphans = reader.conn.execute("SELECT COUNT(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents)")
    assert orphans.fetchone()[0] == 0
    shutil.rmtree(folder)
