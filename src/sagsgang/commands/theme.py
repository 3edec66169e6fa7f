"""`sagsgang theme QUERY`: a cross-municipality dossier — who treated what, when, with what outcome."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..errors import SagsgangError
from ..params import argtype, cli_date
from . import DB_HELP

HELP = "cross-municipality dossier for a topic: one row per body, date, item, case and outcome"
DESCRIPTION = """Search the ingested documents for a topic and follow every matching item to its
case, across municipalities: one row per treatment (municipality, body, date, item, case, kind of
step, outcome, source), ordered by date, with counts per municipality. Closed items show that they
were treated, never what was decided."""
EPILOG = """examples:
  sagsgang theme velfærdsaftale
  sagsgang theme "frisættelse ældrepleje" --from 2022-01-01 --csv velfaerd.csv
  sagsgang theme parkering --municipality Aarhus --json

--csv writes UTF-8 with BOM, ';'-separated, so Excel opens it with æøå intact."""
MAX_HITS = 1000


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", help="words, \"phrases\" and -exclusions, as for sagsgang search")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--municipality", help="only this municipality")
    p.add_argument("--committee", help="only items of this body")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=argtype(cli_date),
                   help="from this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=argtype(cli_date), help="up to this date (YYYY-MM-DD)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="FILE", help="write the rows as CSV for a spreadsheet")
    out.add_argument("--json", action="store_true", help="print rows and counts as JSON")


def run(args: argparse.Namespace) -> int:
    from ..link.report import theme_counts, theme_csv, theme_rows
    from ..privacy import mask_cpr
    from ..search import search
    from ..store import open_store

    store = open_store(args.db, create=False)
    query = mask_cpr(args.query)  # as searched and echoed
    result = search(store, query, municipality=args.municipality, committee=args.committee,
                    date_from=args.date_from, date_to=args.date_to, limit=MAX_HITS)
    hits = {(r["source"], r.get("item_number"), r["title"]) for r in result["results"]}
    cases = store.cases_of_items(sorted(hits, key=lambda h: (h[0], h[1] or "", h[2])))  # linked at ingest
    rows = theme_rows(cases, query)
    counts = theme_counts(rows)
    if args.csv:
        try:
            Path(args.csv).write_text(theme_csv(rows), encoding="utf-8", newline="")
        except OSError as exc:  # a folder that does not exist, no permission: one line, exit 2
            raise SagsgangError(f"cannot write {args.csv}: {exc.strerror or exc}") from None
        print(f"{len(rows)} rows from {len(counts)} municipalities written to {args.csv}", file=sys.stderr)
    elif args.json:
        json.dump({"query": query, "counts": counts, "rows": [asdict(r) for r in rows]}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"Tema »{query}«: {len(rows)} behandlinger i {len(counts)} kommuner "
              f"({', '.join(f'{m} {n}' for m, n in counts.items())})")
        for r in rows:
            outcome = r.outcome if len(r.outcome) <= 80 else r.outcome[:77] + "..."
            print(f"  {r.date or '????-??-??'}  {r.municipality or '?':<12} {r.body or '?':<28} [{r.kind}] "
                  f"{r.item[:50]}  ({r.case or '-'})" + (f"\n      {outcome}" if outcome else ""))
    return 0
