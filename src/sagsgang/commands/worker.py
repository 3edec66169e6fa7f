"""`sagsgang worker [--db URL] [--queue NAME] [--broker URL] [--burst]`."""
from __future__ import annotations

import argparse

from ..jobs import BROKER_ENV, DEFAULT_QUEUE, PEOPLE_EVERY, run_worker
from ..priority import lower_priority
from . import DB_HELP, add_nice_argument

HELP = "take documents from the ingest queue and store them (gem dokumenter fra køen)"
DESCRIPTION = f"""Take documents put on the queue by `sagsgang enqueue`, one at a time, and store each
exactly as `sagsgang ingest` would (one transaction per document, idempotent). Run any number of
workers, on any number of machines, against one PostgreSQL store. A worker that dies mid-document
loses nothing: the broker hands its unacknowledged document to another worker, and storing it a
second time changes nothing. Prints one line per document (new, unchanged, replaced, skipped,
failed). Stops on SIGTERM or Ctrl-C after the document in hand; with --burst when the queue is empty.

The broker is RabbitMQ: --broker, else ${BROKER_ENV}, else amqp://guest:guest@127.0.0.1:5672/.
Workers keep no search index: search nodes (serve, search) follow the store's change log.
People and party pages are rebuilt every --people-every seconds while documents arrive (a rebuild
reads a whole municipality, so not once per document) and when the worker stops; where a rebuild takes
long (a large store), the worker waits longer, so that rebuilding takes at most a tenth of its time.

Tager dokumenter fra køen og gemmer dem; flere workers på flere maskiner kan dele én database."""
EPILOG = """examples:
  sagsgang worker --db postgresql://postgres@db.internal/sagsgang
  sagsgang worker --db postgresql://… --queue sagsgang-ingest --burst"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--queue", default=DEFAULT_QUEUE, help=f"queue name (default {DEFAULT_QUEUE})")
    p.add_argument("--broker", help=f"RabbitMQ URL (default: ${BROKER_ENV} or amqp://guest:guest@127.0.0.1:5672/)")
    p.add_argument("--burst", action="store_true", help="stop when the queue is empty instead of waiting for more")
    add_nice_argument(p)
    p.add_argument("--people-every", type=float, default=PEOPLE_EVERY, metavar="SECONDS",
                   help=f"rebuild people and parties at most this often (default {PEOPLE_EVERY:g} s; "
                        "longer where a rebuild would take more than a tenth of the worker's time)")


def run(args: argparse.Namespace) -> int:
    from ..search import open_writer

    lower_priority(args.nice)
    store = open_writer(args.db)
    try:
        return run_worker(store, queue=args.queue, url=args.broker, burst=args.burst, people_every=args.people_every)
    finally:
        store.close()
