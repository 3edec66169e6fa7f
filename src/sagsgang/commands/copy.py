"""`sagsgang copy SOURCE --db TARGET`: a whole database into an empty one (SQLite into PostgreSQL)."""
from __future__ import annotations

import argparse
import os
import sys
import time

from . import DB_HELP

HELP = "copy a whole database into a new, empty one, e.g. SQLite into PostgreSQL (kopiér databasen)"
DESCRIPTION = """Copy every document, item, decision, case, link, person, bilag and harvest state of one
database into a new, empty one: the way from the zero-setup SQLite file to PostgreSQL when one file
is not enough (or a PostgreSQL store taken home as a file). Nothing is parsed or linked again: the
rows go as they are, in the target's bulk path (COPY on PostgreSQL), minutes where a new ingest of
a million items would take hours.

The copy is one transaction: stopped or failed, it leaves the target empty, and running it again
starts over. The target must hold no data. The source is only read (it is brought to this
version's schema first, as every command does). Afterwards the search index of this machine is
built from the copied records (--no-index: leave it to the first search; every other web node
builds its own the same way)."""
EPILOG = """examples:
  sagsgang copy sagsgang.db --db postgresql://sagsgang@db.example/sagsgang
  SAGSGANG_DB=postgresql://sagsgang@db.example/sagsgang sagsgang copy sagsgang.db
  sagsgang copy postgresql://sagsgang@db.example/sagsgang --db backup.db     # PostgreSQL as one file

exit status: 0 when everything was copied; 2 when the source is missing, the target already holds
data, or a database error stopped the copy (then nothing was written)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="SOURCE", help="the database to copy: a SQLite file or a postgresql:// URL")
    p.add_argument("--db", help="the new, empty " + DB_HELP.removeprefix("database: "))
    p.add_argument("--no-index", action="store_true",
                   help="do not build this machine's search index afterwards (the first search builds it)")


def run(args: argparse.Namespace) -> int:
    from ..errors import SagsgangError
    from ..ingest import progress_bar
    from ..store import open_store
    from ..store.copy import copy_store

    started = time.monotonic()
    source = open_store(args.source, create=False)
    try:
        target = open_store(args.db)
        try:
            if _same(source, target):
                raise SagsgangError("the source and the target are the same database")
            bar = progress_bar(sys.stderr)
            copied = copy_store(source, target, (lambda t, done, total: bar(done, total, t)) if bar else None)
        finally:
            target.close()
    finally:
        source.close()
    print(f"copied {copied.get('documents', 0)} documents, {copied.get('items', 0)} items, "
          f"{copied.get('cases', 0)} cases ({sum(copied.values())} rows in {len(copied)} tables) "
          f"in {time.monotonic() - started:.1f} s")
    if not args.no_index:
        from ..search import open_index

        open_index(args.db).close()  # the copied store is marked index_stale: opening builds the index
        print("search index built")
    return 0


def _same(source, target) -> bool:
    """Two handles on one database: the same SQLite file, or the same PostgreSQL schema (whose
    store path is the base of its index folder, named after server, database and schema)."""
    return os.path.realpath(source.path) == os.path.realpath(target.path)
