"""`sagsgang case NUMBER`: one case's whole sagsgang — timeline, planned route, where it is now."""
from __future__ import annotations

import argparse
import json
import sys

from . import DB_HELP

HELP = "show a case's timeline across committees, its planned route and where it is now"
DESCRIPTION = """Find a case by its number (any printed form: 22/8164, 24-003250, EMN-2025-009242,
'2022 - 15608') in the ingested documents and show every treatment in date order — committee,
meeting date, item number, outcome, absentees and the source file and page — beside the planned
route (sagsgang), with the status users ask for: where is the case now, and what is next."""
EPILOG = """examples:
  sagsgang case 22/8164
  sagsgang case EMN-2025-009242 --municipality Aarhus --json

exit status: 0 when the case was found, 1 when not."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("number", help="the case number as printed")
    p.add_argument("--municipality", help="limit to one municipality (numbers repeat across municipalities)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--json", action="store_true", help="print the case as JSON")


def run(args: argparse.Namespace) -> int:
    from ..link.report import case_text, case_to_dict
    from ..store import open_store

    store = open_store(args.db, create=False)
    cases = store.cases_by_number(args.number, args.municipality)  # linked at ingest: an index lookup
    if not cases:
        hint = f" in {args.municipality}" if args.municipality else ""
        print(f"sagsgang case: no case {args.number}{hint} in the database; ingest its documents first "
              f"(sagsgang ingest FOLDER)", file=sys.stderr)
        return 1
    if args.json:
        payload = [case_to_dict(c) for c in cases]
        json.dump(payload[0] if len(payload) == 1 else payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("\n\n".join(case_text(c) for c in cases))
    return 0
