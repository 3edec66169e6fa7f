"""Ingest jobs on a real queue: `sagsgang enqueue` puts documents on it, `sagsgang worker` stores them.

Why Dramatiq on RabbitMQ: Dramatiq is a small, well-kept task library (sync API, retries, graceful
shutdown) and its RabbitMQ broker acknowledges a message only after the actor returned. A worker
killed mid-document never acknowledged it, the broker sees its connection drop and hands the
message to another worker at once: at-least-once delivery without heartbeats or timeouts to tune.
The store's idempotent writes (a document is its source + content + options, one transaction
each) turn a second delivery into 'unchanged', so every document is stored exactly once.
A PostgreSQL-backed queue (procrastinate) would need no extra service, but a job of a killed
worker stays 'doing' until a stalled-job sweep notices a missing heartbeat; RabbitMQ redelivers on
the dropped connection, which is what the crash test asserts.

A message is one document: its path (on storage every worker sees) or URL, plus the ingest
options. Workers write to the shared store and keep no search index (search nodes follow the
store's change log, search/changelog.py).
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any

from .errors import SagsgangError

BROKER_ENV = "SAGSGANG_BROKER"
DEFAULT_BROKER = "amqp://guest:guest@127.0.0.1:5672/%2F"
DEFAULT_QUEUE = "sagsgang-ingest"
ACTOR = "sagsgang_ingest_document"
MAX_RETRIES = 5             # a raised error (e.g. the database unreachable) is retried with backoff
TIME_LIMIT_MS = 3_600_000   # one document, OCR included
PEOPLE_EVERY = 30.0         # seconds: how stale a worker lets the people and party pages get
PEOPLE_SHARE = 0.1          # at most this share of a worker's time goes to rebuilding them (PeopleRefresher)


def broker_url(url: str | None = None) -> str:
    return url or os.environ.get(BROKER_ENV) or DEFAULT_BROKER


def connect(url: str | None = None) -> Any:
    """A Dramatiq broker on RabbitMQ at `url` (publisher confirms: an enqueued document is on the
    broker when enqueue returns); a one-line SagsgangError when the library or server is missing."""
    try:
        import dramatiq
        from dramatiq.brokers.rabbitmq import RabbitmqBroker
    except ImportError:
        raise SagsgangError("the ingest queue needs Dramatiq with RabbitMQ "
                            "(pip install 'dramatiq[rabbitmq]')") from None
    url = broker_url(url)
    broker = RabbitmqBroker(url=url, confirm_delivery=True)
    dramatiq.set_broker(broker)
    try:
        broker.connection  # noqa: B018 - connect now, so a wrong URL fails here with one line
    except Exception as exc:  # pika raises several unrelated classes
        raise SagsgangError(f"cannot reach the queue broker at {_redacted(url)} "
                            f"({type(exc).__name__}: {exc})") from None
    return broker


def _redacted(url: str) -> str:
    import re

    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def actor(broker: Any, queue: str, handler: Callable[..., None]) -> Any:
    import dramatiq

    return dramatiq.actor(handler, actor_name=ACTOR, queue_name=queue, broker=broker,
                          max_retries=MAX_RETRIES, time_limit=TIME_LIMIT_MS)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def enqueue(sources: list[str], *, queue: str = DEFAULT_QUEUE, municipality: str | None = None,
            ocr: bool = False, url: str | None = None) -> list[str]:
    """Put one message per document on `queue`: files under the given folders (as ingest reads
    them, absolute paths) and URLs as given. Returns what was enqueued."""
    from .ingest import iter_files

    broker = connect(url)
    send = actor(broker, queue, _unbound)
    urls = [s for s in sources if is_url(s)]
    files = [os.path.abspath(p) for p in iter_files([s for s in sources if not is_url(s)], None, [])]
    missing = [s for s in sources if not is_url(s) and not os.path.lexists(s)]
    if missing:
        raise SagsgangError(f"no such file or folder: {', '.join(missing)}")
    for source in [*files, *urls]:
        send.send(source, municipality, bool(ocr))
    broker.close()
    return [*files, *urls]


def _unbound(*_args: Any) -> None:
    raise RuntimeError("enqueue only sends; `sagsgang worker` runs the documents")


def store_one(store: Any, source: str, municipality: str | None, ocr: bool) -> tuple[str, str | None]:
    """Store one queued document with the same path as `sagsgang ingest` (a URL as harvest
    stores a fetched page); (status, reason) with status new/unchanged/replaced/skipped/failed."""
    from .ingest import ingest, ingest_fetched  # (the readers and the parser: a worker's, not the CLI's start)

    if is_url(source):
        with urllib.request.urlopen(source, timeout=60) as resp:  # noqa: S310 - http(s) only (is_url)
            data = resp.read()
        status, _doc, error = ingest_fetched(store, data, source, name=source.rsplit("/", 1)[-1] or "index.html",
                                             municipality=municipality)
        return status, error
    report = ingest(store, [source], municipality=municipality, ocr=ocr)
    for kind in ("failed", "skipped"):
        entries = getattr(report, kind)
        if entries:
            return kind, entries[0][1]
    status = next((s for s in ("new", "replaced", "unchanged") if report.counts[s]), "failed")
    return status, None if status != "failed" else "nothing stored"


class PeopleRefresher:
    """Rebuilds the people and parties of the municipalities a worker stored documents for at most
    once every `every` seconds, not once per document.

    Why: a rebuild reads all of a municipality's documents (store/people.py), so one per queued
    document makes a municipality's ingest quadratic in its size, the cost `ingest` avoids by one
    rebuild at the end of its run. A worker has no run end; it notes the municipalities stale (in
    the store's `people_stale`, shared by all workers) and this thread rebuilds what is stale every
    `every` seconds and when the worker stops. A killed worker leaves its scopes noted: the next
    refresh of any worker, or `sagsgang ingest`, rebuilds them.

    The rebuild holds the writers' lock and takes longer as the store grows (10 s a tick at 12,800
    documents of 36 municipalities, a quarter of a worker's time; BENCHMARKS, issue 19 session 10), so
    the pause after a rebuild grows with it: at least `every`, and long enough that rebuilding takes
    at most PEOPLE_SHARE of the worker's time (next_people_wait)."""

    def __init__(self, store: Any, lock: threading.Lock, every: float = PEOPLE_EVERY) -> None:
        self.store, self.lock, self.every = store, lock, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="people-refresh", daemon=True)

    def __enter__(self) -> PeopleRefresher:
        self._deferred = self.store.deferred_people()
        self._deferred.__enter__()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        with self.lock:
            self._deferred.__exit__(None, None, None)  # the last rebuild, of what is still stale

    def refresh(self) -> int:
        """Rebuild what is stale; `took` is how long the rebuild held the lock (not the wait for it, which
        another worker's write or rebuild decides)."""
        with self.lock:
            began = time.monotonic()
            rebuilt = self.store.refresh_people()
            self.took = time.monotonic() - began
            return rebuilt

    def _loop(self) -> None:
        wait = self.every
        while not self._stop.wait(wait):
            self.refresh()
            wait = next_people_wait(self.every, self.took)


def next_people_wait(every: float, took: float, share: float = PEOPLE_SHARE) -> float:
    """Seconds to wait after a people rebuild that took `took` seconds: `every`, or longer where the
    rebuild would otherwise take more than `share` of the time (rebuild + wait)."""
    return max(every, took * (1 - share) / share)


def run_worker(store: Any, *, queue: str = DEFAULT_QUEUE, url: str | None = None, burst: bool = False,
               out=sys.stdout, people_every: float = PEOPLE_EVERY) -> int:
    """Take documents from `queue` one at a time and store them until SIGTERM/SIGINT (or, with
    `burst`, until the queue stays empty). A document that fails to parse is reported and
    acknowledged (another try reads the same bytes); an exception is retried by Dramatiq.
    People and parties are rebuilt every `people_every` seconds (PeopleRefresher)."""
    from dramatiq import Worker

    broker = connect(url)
    lock = threading.Lock()

    def handle(source: str, municipality: str | None = None, ocr: bool = False) -> None:
        with lock:
            status, reason = store_one(store, source, municipality, ocr)
        print(f"{status} {source}" + (f": {reason}" if reason else ""), file=out, flush=True)

    actor(broker, queue, handle)
    worker = Worker(broker, queues={queue}, worker_threads=1)
    worker.queue_prefetch = 1  # a killed worker holds one unacknowledged document, not a batch
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        with PeopleRefresher(store, lock, people_every):
            worker.start()
            try:
                if burst:
                    broker.join(queue, min_successes=10, idle_time=100)
                else:
                    stop.wait()
            finally:
                worker.stop()
    finally:
        broker.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
