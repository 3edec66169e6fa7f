"""Kill an ingest at an exact point, without timing: the child process patches the store so it
SIGKILLs itself after its Nth committed document, or inside the transaction of the next one.

A kill that depends on timing stops testing anything when the ingest happens to finish first;
here the test asserts the process really died by SIGKILL."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from sagsgang.search import indexed_ids, open_index

SRC = Path(__file__).resolve().parents[1] / "src"

CHILD = """
import os, signal, sys
import sagsgang.search as search
from sagsgang.cli import main
from sagsgang.store.sqlite import SQLiteStore

after, mode = int(sys.argv[1]), sys.argv[2]
stored = 0
real_put, real_index = SQLiteStore.put_document, search.index_item

def put_document(self, *args, **kwargs):
    global stored
    out = real_put(self, *args, **kwargs)
    stored += 1
    if mode == "after_commit" and stored == after:
        os.kill(os.getpid(), signal.SIGKILL)  # committed, its index rows still queued
    return out

def index_item(*args, **kwargs):
    if mode == "in_transaction" and stored >= after:
        os.kill(os.getpid(), signal.SIGKILL)  # the next document half written, not committed
    return real_index(*args, **kwargs)

SQLiteStore.put_document = put_document
search.index_item = index_item
sys.exit(main(sys.argv[3:]))
"""


def run_cli(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen([sys.executable, "-m", "sagsgang", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def killed_ingest(folder: Path, db: Path, after: int, mode: str) -> None:
    """Run `sagsgang ingest folder --db db` and SIGKILL it after `after` new documents (mode
    'after_commit') or inside the transaction of the one after them (mode 'in_transaction')."""
    env = dict(os.environ, PYTHONPATH=str(SRC))
    proc = subprocess.run([sys.executable, "-c", CHILD, str(after), mode, "ingest", str(folder), "--db", str(db)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, f"the ingest was not killed (exit {proc.returncode}): {proc.stderr}"


def state(db: Path) -> dict:
    """Everything that matters about a database, without ids and times."""
    conn = sqlite3.connect(db)
    docs = sorted(conn.execute("SELECT source, path, content_hash, municipality, parsed FROM documents"))
    items = sorted(conn.execute("SELECT d.source, i.position, i.title, i.body, i.case_numbers FROM items i "
                                "JOIN documents d ON d.id=i.document_id"))
    where = {i: (src, pos) for i, src, pos in conn.execute(
        "SELECT i.id, d.source, i.position FROM items i JOIN documents d ON d.id=i.document_id")}
    store = open_index(str(db))  # applies a queue an interrupted ingest left
    index = sorted(where.get(i, ("not stored", i)) for i in indexed_ids(store))
    store.close()
    decisions = conn.execute("SELECT count(*) FROM decisions").fetchone()[0]
    conn.close()
    return {"docs": docs, "items": items, "index": index, "decisions": decisions}
