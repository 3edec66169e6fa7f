"""Two `sagsgang ingest` processes writing into one store at the same time, on SQLite (its file
lock) and on PostgreSQL (an advisory lock per store, retried conflicts): every document is stored
once, the process that comes second finds the shared files 'unchanged', and the linked cases,
items and search index equal what one ingest of everything gives."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

from sagsgang.link import build_cases
from sagsgang.search import indexed_ids, open_index
from sagsgang.store.links import all_cases

from ..generated import demo_folder
from ..link.test_cases_corpus import snapshot


def counts(out: str) -> tuple[int, int, int]:
    m = re.search(r"documents: (\d+) new, (\d+) unchanged, (\d+) replaced", out)
    assert m, out
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def test_two_ingests_at_once_store_every_document_once(tmp_path, new_db):
    docs = demo_folder(tmp_path, 36, formats=("txt", "html"), seed=23)
    files = sorted(docs.iterdir())
    parts = {"shared": files[:20], "a": files[20:28], "b": files[28:]}
    for name, part in parts.items():
        (tmp_path / name).mkdir()
        for f in part:
            shutil.copy(f, tmp_path / name / f.name)
    db = new_db("two")
    open_index(db).close()  # the schema exists before both start (creating it at once is tested elsewhere)
    procs = [subprocess.Popen([sys.executable, "-m", "sagsgang", "ingest", str(tmp_path / "shared"),
                               str(tmp_path / own), "--db", db], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for own in ("a", "b")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    new, unchanged, replaced = (sum(c) for c in zip(*(counts(out) for out, _ in outs), strict=True))
    assert (new, unchanged, replaced) == (36, 20, 0)
    store = open_index(db)
    try:
        stored = store.documents()
        assert len(stored) == 36 and len({d.content_hash for d in stored}) == 36
        assert store.tombstones() == []
        q = store.conn.execute
        assert q("SELECT count(*) FROM items WHERE unit IS NULL").fetchone()[0] == sum(len(d.items) for d in stored)
        assert snapshot(all_cases(store.conn)) == snapshot(build_cases(stored))
        assert indexed_ids(store) == [r[0] for r in q("SELECT id FROM items ORDER BY id")]
    finally:
        store.close()
