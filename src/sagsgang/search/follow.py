"""A search node's index kept up to date in the background, so that no search waits for it (serve).

Why: without it a search applies the changes committed since its index's position before it answers
(engine.catch_up). While queue workers write (a national ingest runs all day) nearly every search
finds a few new changes and pays for applying them and for a tantivy commit, one search at a time:
at 1M items on PostgreSQL the search page's p95 was 338 ms with one worker writing and 689 ms with
two (BENCHMARKS.md), where the search itself takes tens of milliseconds. A follower applies the log
on a timer, in a thread of its own with a store connection of its own; searches answer from the
last committed index meanwhile. The price is bounded staleness: a committed document is searchable
within FOLLOW_SECONDS and one application of the log, instead of at the next search.

Searches catch up themselves again, as before, when no follower is `healthy`: its thread died, or
its last round ended longer than STALE_AFTER ago (a round stuck on an unreachable database). The
follower takes tantivy's writer lock only for a round and lets go of it after: an ingest on this
machine (which holds the lock while it writes, and applies its own changes) is never locked out;
while it runs, the follower's rounds find the lock busy and end at once.
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

FOLLOW_SECONDS = 1.0   # between two rounds: how stale a search may be, beside one round's work
STALE_AFTER = 30.0     # a follower whose last round ended longer ago no longer answers for its index

_FOLLOWERS: dict[str, Follower] = {}  # index node name (host and folder) -> its follower in this process
_LOCK = threading.Lock()


def follower_of(node: str) -> Follower | None:
    """The healthy follower of the index named `node` in this process, if there is one."""
    with _LOCK:
        found = _FOLLOWERS.get(node)
    return found if found is not None and found.healthy() else None


class Follower:
    """Applies a store's change log to this machine's index folder every `every` seconds.

    `open_store` opens the follower's own store object (the caller's is used by the request
    threads under its lock; sharing it would make every search wait for a round again)."""

    def __init__(self, open_store: Callable[[], object], every: float = FOLLOW_SECONDS) -> None:
        self.open_store = open_store
        self.every = every
        self.rounds = 0                # rounds ended, whether or not they found changes
        self.last_round = time.monotonic()
        self.node: str | None = None
        self._store = None
        self._index = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sagsgang-index-follower", daemon=True)

    def start(self) -> Follower:
        """Open the index here, then follow in the thread. Opening first means one store object
        opens the folder (or builds it from the records, for a new one) before any search can
        open it too; the log is applied in the thread, so serve starts without waiting for a
        backlog (a node restarted while workers wrote) and answers from the index meanwhile."""
        self._open()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=60)

    def healthy(self) -> bool:
        return self._thread.is_alive() and time.monotonic() - self.last_round < STALE_AFTER

    def _open(self) -> None:
        from .engine import index_of

        self._store = self.open_store()
        self._index = index_of(self._store)
        self._register(self._index.node)

    def _round(self) -> None:
        if self._store is None:
            self._open()
        self._index.sync(self._store.conn)
        self.rounds += 1
        self.last_round = time.monotonic()

    def _run(self) -> None:
        failed: str | None = None
        try:
            while True:
                try:
                    self._round()
                    failed = None
                except Exception as exc:  # a dropped connection, a database being replaced: next round retries
                    if str(exc) != failed:  # said once, not every second
                        print(f"sagsgang: the search index could not follow the store: {exc}", file=sys.stderr)
                    failed = str(exc)
                    self._store = _closed(self._store)
                if self._stop.wait(self.every):
                    return
        finally:
            self._unregister()
            self._store = _closed(self._store)

    def _register(self, node: str) -> None:
        self.node = node
        with _LOCK:
            _FOLLOWERS[node] = self

    def _unregister(self) -> None:
        with _LOCK:
            if self.node is not None and _FOLLOWERS.get(self.node) is self:
                del _FOLLOWERS[self.node]


def _closed(store) -> None:
    """Close `store` if open, ignoring a failure to (its connection may be what failed)."""
    if store is not None:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closing a broken connection may fail too; it is being dropped
            pass
    return None


def follow(db: str | None) -> Follower:
    """Start following the store at `db` (a path or postgresql:// URL) into this machine's index."""
    from ..store import open_store

    return Follower(lambda: open_store(db, create=False)).start()
