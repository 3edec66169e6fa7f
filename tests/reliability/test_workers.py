"""Two `sagsgang worker` processes on one queue (RabbitMQ) and one PostgreSQL store, one of them
SIGKILLed mid-batch at an exact point: inside the transaction of its second document, or after
committing it but before the broker heard back. Nothing is lost (the broker redelivers the
document to the other worker), nothing is stored twice (a redelivered committed document is
'unchanged'), and cases, items and the search index equal one plain ingest of the same files.

The kill is not timed: the first worker stores one document alone, then waits at its second until
the second worker has stored two, and only then kills itself, so both run mid-batch every time."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from sagsgang.ingest import ingest
from sagsgang.link import build_cases
from sagsgang.search import indexed_ids, open_index
from sagsgang.store import open_store
from sagsgang.store.links import all_cases

from ..generated import demo_folder
from ..interrupt import SRC
from ..link.test_cases_corpus import snapshot

BROKER = os.environ.get("SAGSGANG_BROKER") or "amqp://guest:guest@127.0.0.1:5672/%2F"
DOCS = 14

CHILD = """
import os, signal, sys, time
import sagsgang.search as search
from sagsgang.cli import main
from sagsgang.store.sqlite import SQLiteStore

mode, flag = sys.argv[1], sys.argv[2]
calls = 0
real_put, real_index = SQLiteStore.put_document, search.index_item

def wait_for_flag():
    while not os.path.exists(flag):
        time.sleep(0.02)

def put_document(self, *args, **kwargs):
    global calls
    calls += 1
    if calls == 2:
        wait_for_flag()  # before its transaction: the other worker is not blocked meanwhile
    out = real_put(self, *args, **kwargs)
    if mode == "after_commit" and calls == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # committed, never acknowledged to the broker
    return out

def index_item(*args, **kwargs):
    if mode == "in_transaction" and calls == 2:
        os.kill(os.getpid(), signal.SIGKILL)  # inside the transaction of the second document
    return real_index(*args, **kwargs)

SQLiteStore.put_document = put_document
search.index_item = index_item
sys.exit(main(sys.argv[3:]))
"""


def rabbitmq_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5672), timeout=2).close()
        return True
    except OSError:
        return False


@pytest.fixture
def queue():
    if not rabbitmq_up():
        pytest.skip("RabbitMQ not reachable on 127.0.0.1:5672 (.ci/run starts rabbitmq-server)")
    name = f"sagsgang-test-{uuid.uuid4().hex[:12]}"
    yield name
    import pika

    conn = pika.BlockingConnection(pika.URLParameters(BROKER))
    channel = conn.channel()
    for q in (name, f"{name}.DQ", f"{name}.XQ"):
        channel.queue_delete(q)
    conn.close()


def stored(db: str) -> int:
    store = open_store(db)
    try:
        return store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        store.close()


def wait_until(check, what: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def worker(args: list[str], log: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC), SAGSGANG_BROKER=BROKER)
    return subprocess.Popen([sys.executable, *args], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)


@pytest.mark.parametrize("mode", ["in_transaction", "after_commit"])
def test_a_killed_worker_loses_nothing_and_stores_nothing_twice(tmp_path, pg_db, queue, mode):
    docs = demo_folder(tmp_path, DOCS, formats=("txt", "html"), seed=41)
    db = pg_db("workers")
    open_index(db).close()  # the schema exists before the workers start
    out = subprocess.run([sys.executable, "-m", "sagsgang", "enqueue", str(docs), "--queue", queue],
                         env=dict(os.environ, PYTHONPATH=str(SRC), SAGSGANG_BROKER=BROKER),
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and f"enqueued: {DOCS} documents" in out.stdout, out.stderr
    flag = tmp_path / "go"
    cmd = ["worker", "--db", db, "--queue", queue]
    victim = worker(["-c", CHILD, mode, str(flag), *cmd], tmp_path / "victim.log")
    other = None
    try:
        wait_until(lambda: stored(db) >= 1, "the first worker's first document")
        other = worker(["-m", "sagsgang", *cmd], tmp_path / "other.log")
        wait_until(lambda: stored(db) >= 3, "the second worker's first documents")
        flag.touch()
        assert victim.wait(timeout=120) == -signal.SIGKILL, (tmp_path / "victim.log").read_text()
        wait_until(lambda: stored(db) == DOCS and "unchanged" in (tmp_path / "other.log").read_text()
                   if mode == "after_commit" else stored(db) == DOCS, "every document")
        time.sleep(1.0)  # a document stored twice would show up now
    finally:
        for proc in (victim, other):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=60)
    assert other.returncode == 0, (tmp_path / "other.log").read_text()
    victim_lines = (tmp_path / "victim.log").read_text().splitlines()
    other_lines = (tmp_path / "other.log").read_text().splitlines()
    assert [ln.split()[0] for ln in victim_lines] == ["new"]  # its second document never got a line
    assert all(ln.split()[0] in ("new", "unchanged") for ln in other_lines), other_lines
    # every document stored once: the redelivered one by the other worker, new or 'unchanged'
    redelivered_committed = 1 if mode == "after_commit" else 0
    assert sum(ln.startswith("new ") for ln in victim_lines + other_lines) == DOCS - redelivered_committed
    assert sum(ln.startswith("unchanged ") for ln in other_lines) == redelivered_committed

    plain_db = pg_db("plain")
    plain = open_index(plain_db)
    ingest(plain, [str(docs)])
    store = open_index(db)
    try:
        got = store.documents()
        assert len(got) == DOCS and len({d.content_hash for d in got}) == DOCS
        assert store.tombstones() == []
        q = store.conn.execute
        assert q("SELECT count(*) FROM items").fetchone()[0] == plain.conn.execute(
            "SELECT count(*) FROM items").fetchone()[0]
        assert snapshot(all_cases(store.conn)) == snapshot(all_cases(plain.conn)) == snapshot(build_cases(got))
        assert indexed_ids(store) == [r[0] for r in q("SELECT id FROM items ORDER BY id")]
    finally:
        store.close()
        plain.close()
