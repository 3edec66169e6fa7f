"""The index follower of a search node (search/follow.py, issue 19): while workers write, searches
answer from the index without applying the change log themselves; the follower applies it within a
bounded time; without a healthy follower a search catches up itself, as before; a local ingest is
never locked out of the index; `serve` runs one."""
from __future__ import annotations

import argparse
import threading
import time

import pytest

import sagsgang.search.follow as follow_module
from sagsgang.ingest import ingest
from sagsgang.search import open_index, open_writer, search
from sagsgang.search.follow import Follower, follower_of
from sagsgang.search.index import SearchIndex
from sagsgang.store import open_store

from ..generated import demo_folder

WORD = "zebrafinkeprojekt"
LATER = "papegøjeudvalget"


@pytest.fixture
def folders(tmp_path):
    """Two folders of generated agendas; the first document of each carries a word of its own."""
    docs = demo_folder(tmp_path, 8, formats=("txt",), seed=47)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n, f in enumerate(sorted(docs.iterdir())):
        (first if n < 4 else second).joinpath(f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    for folder, word in ((first, WORD), (second, LATER)):
        doc = sorted(folder.iterdir())[0]
        doc.write_text(doc.read_text(encoding="utf-8").rstrip() + f"\n\n{word}\n", encoding="utf-8")
    return first, second


@pytest.fixture
def applied(monkeypatch) -> list[str]:
    """The names of the threads that applied the change log to an index, in order."""
    names: list[str] = []
    real = SearchIndex.apply_queue

    def apply_queue(self, conn):
        names.append(threading.current_thread().name)
        return real(self, conn)

    monkeypatch.setattr(SearchIndex, "apply_queue", apply_queue)
    return names


def found(store, word: str) -> int:
    return search(store, word)["total"]


def written(db: str, folder) -> None:
    """What a queue worker does: store the documents, keep no index."""
    worker = open_writer(db)
    try:
        ingest(worker, [str(folder)])
    finally:
        worker.close()


def until(predicate, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_a_search_answers_from_the_index_as_it_is_while_a_follower_keeps_it(new_db, folders, applied):
    """The follower sleeps for an hour here: a search must not apply what a worker wrote meanwhile
    (it answers without it), or every search during an ingest pays for applying the log."""
    first, second = folders
    db = new_db("asleep")
    written(db, first)
    node = open_store(db, create=False)
    follower = Follower(lambda: open_store(db, create=False), every=3600).start()
    opened = len(applied)  # start() built the new index folder from the records, in this thread
    try:
        assert until(lambda: follower.rounds == 1)  # its first round, at once
        assert found(node, WORD) == 1
        written(db, second)
        assert found(node, LATER) == 0
        assert found(node, WORD) == 1
        assert threading.main_thread().name not in applied[opened:], applied
    finally:
        follower.stop()
        node.close()


def test_the_follower_applies_what_workers_write_within_its_rounds(new_db, folders, applied, monkeypatch):
    """While the follower is healthy, it alone applies the log. On a loaded machine one of its rounds (waiting on
    the worker's write) may outlast STALE_AFTER, and then a search rightly catches up itself (the next test):
    staleness is not what this test asks, so its bound is lifted here."""
    monkeypatch.setattr(follow_module, "STALE_AFTER", 3600.0)
    first, second = folders
    db = new_db("follow")
    written(db, first)
    node = open_store(db, create=False)
    follower = Follower(lambda: open_store(db, create=False), every=0.05).start()
    opened = len(applied)
    try:
        written(db, second)
        assert until(lambda: found(node, LATER) == 1)
        assert set(applied[opened:]) == {follower._thread.name}, applied
    finally:
        follower.stop()
        node.close()


def test_without_a_healthy_follower_a_search_catches_up_itself(new_db, folders, applied, monkeypatch):
    first, second = folders
    db = new_db("stale")
    written(db, first)
    node = open_store(db, create=False)
    follower = Follower(lambda: open_store(db, create=False), every=3600).start()
    try:
        assert until(lambda: follower.rounds == 1)
        assert follower_of(follower.node) is follower
        monkeypatch.setattr(follow_module, "STALE_AFTER", 0.0)  # its last round is too long ago
        assert follower_of(follower.node) is None
        written(db, second)
        assert found(node, LATER) == 1  # at once: the search applied the log itself
        assert applied[-1] == threading.main_thread().name
    finally:
        follower.stop()
    assert follower_of(follower.node) is None  # a stopped follower answers for nothing
    node.close()


def test_a_local_ingest_is_not_locked_out_by_the_follower(new_db, folders, monkeypatch):
    """The follower holds tantivy's writer lock for a round only: an ingest on the same machine
    (same index folder) takes it between rounds and applies its own documents."""
    import sagsgang.search.engine as engine
    import sagsgang.search.index as index_module

    monkeypatch.setattr(engine, "SYNC_SECONDS", 0.0)  # the ingest applies its own after every document
    first, second = folders
    db = new_db("local")
    written(db, first)
    node = open_store(db, create=False)
    follower = Follower(lambda: open_store(db, create=False), every=0.01).start()
    real_acquire = index_module.SearchIndex.acquire

    def acquire(self, wait=0.0):
        return real_acquire(self, min(wait, 5.0))  # a lock never let go fails in seconds, not a minute

    monkeypatch.setattr(index_module.SearchIndex, "acquire", acquire)
    try:
        assert until(lambda: follower.rounds > 3)
        local = open_index(db)
        try:
            assert ingest(local, [str(second)]).counts["new"] == 4
        finally:
            local.close()
        assert found(node, LATER) == 1
    finally:
        follower.stop()
        node.close()


def test_a_failing_round_is_said_once_and_the_next_rounds_retry(new_db, folders, monkeypatch, capsys):
    """A round that fails (the database went away) closes the follower's store, says so once, and
    the next rounds open it again until one succeeds."""
    first, second = folders
    db = new_db("fail")
    written(db, first)
    node = open_store(db, create=False)
    real_sync = SearchIndex.sync
    failing = threading.Event()
    failing.set()

    def sync(self, conn, wait=0.0):
        if failing.is_set() and threading.current_thread().name == "sagsgang-index-follower":
            raise RuntimeError("the server closed the connection unexpectedly")
        return real_sync(self, conn, wait)

    monkeypatch.setattr(SearchIndex, "sync", sync)
    opened: list[int] = []

    def open_follower_store():
        opened.append(1)
        return open_store(db, create=False)

    follower = Follower(open_follower_store, every=0.01).start()
    try:
        assert until(lambda: len(opened) > 5)  # every failed round closed its store, the next opened one
        assert follower.rounds == 0
        assert capsys.readouterr().err.count("could not follow the store") == 1
        written(db, second)
        failing.clear()
        assert until(lambda: follower.rounds > 0)
        assert found(node, LATER) == 1
    finally:
        follower.stop()
        node.close()


def test_serve_runs_a_follower_for_its_store_and_stops_it(new_db, folders, monkeypatch):
    import uvicorn

    from sagsgang.commands import serve

    first, _ = folders
    db = new_db("serve")
    written(db, first)
    seen: list[Follower] = []

    def fake_run(app, **kwargs):
        with follow_module._LOCK:
            seen.extend(follow_module._FOLLOWERS.values())
        assert len(seen) == 1 and seen[0].healthy()

    monkeypatch.setattr(uvicorn, "run", fake_run)
    assert serve.run(argparse.Namespace(db=db, host="127.0.0.1", port=0)) == 0
    assert seen and follower_of(seen[0].node) is None
