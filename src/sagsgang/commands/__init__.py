"""CLI subcommands, one module each (HELP, DESCRIPTION, add_arguments, run)."""
from __future__ import annotations

import argparse

from ..params import cli_count
from ..priority import BATCH_NICENESS

# every command that takes --db says the same: SQLite is the default, PostgreSQL is a URL away
DB_HELP = "database: a SQLite file or a postgresql:// URL (default: $SAGSGANG_DB or ./sagsgang.db)"


def add_nice_argument(p: argparse.ArgumentParser) -> None:
    """`--nice N` of the batch commands (ingest, worker, harvest), which run at that CPU niceness (priority.py)."""
    p.add_argument("--nice", type=cli_count("--nice", 0, 19), default=BATCH_NICENESS, metavar="N",
                   help=f"run at CPU niceness N (default {BATCH_NICENESS}: a web server on the same machine answers "
                        "first, this work takes the CPU left over; 0: normal priority)")
