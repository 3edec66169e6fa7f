"""`sagsgang search QUERY [--db] [filters] [--limit N] [--json]`."""
from __future__ import annotations

import argparse
import html
import json
import re
import sys

from ..model import UNSPLIT_LABEL
from ..params import MAX_LIMIT, MAX_OFFSET, argtype, checked_year, cli_count, cli_date
from . import DB_HELP

HELP = "search agenda items (Danish-aware: stems, compounds, abbreviations, case numbers)"
DESCRIPTION = """Search the stored agenda items. Words may appear in any form (velfærdsaftaler finds
velfærdsaftale, ældreområdet finds område), abbreviations are understood (ØK, KB, BUU) and case
numbers (22/8164, EMN-2025-009242) are matched exactly.

  "exact phrase"   words close together, required
  -word            exclude items with the word

Every word of a stored document is searchable: text the parser did not place in an item (a
meeting header, a page whose items were not found) is found as a hit on the document, marked
"ikke opdelt i punkter" (in --json: "unit": "document", with its "page" when known; an item hit
has "unit": "item"). Closed items (lukkede punkter) are found by title and case number only.
Text inside a bilag (an attachment file ingested beside the minutes) is found as "bilag N til
punkt M, side P" with its item's title, meeting and case (in --json: "unit": "bilag" and a
"bilag" object with the PDF link, the page and whether the text was OCR'd); a bilag linked to no
item is shown as such. --bilag exclude leaves them out, --bilag only shows nothing else.
With --json the output is the contract in shared/spec/search-output.md plus "unit" and "page"."""
EPILOG = """examples:
  sagsgang search 'velfærdsaftale ældreområdet'
  sagsgang search 22/8164 --json
  sagsgang search parkering --municipality Aarhus --from 2025-01-01 --limit 5"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--municipality")
    p.add_argument("--committee")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=argtype(cli_date),
                   help="from this date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=argtype(cli_date), help="up to this date (YYYY-MM-DD)")
    p.add_argument("--year", type=argtype(checked_year), help="only this year (YYYY)")
    p.add_argument("--type", dest="doc_type", help="document type (dagsorden, referat, ...)")
    p.add_argument("--limit", type=cli_count("--limit", 1, MAX_LIMIT), default=10,
                   help=f"hits to show (1-{MAX_LIMIT}, default 10)")
    p.add_argument("--offset", type=cli_count("--offset", 0, MAX_OFFSET), default=0,
                   help=f"skip this many hits (0-{MAX_OFFSET}, default 0)")
    p.add_argument("--bilag", choices=("include", "exclude", "only"), default="include",
                   help="hits inside bilag: with the rest (default), left out, or only those")
    p.add_argument("--json", action="store_true", help="print the result as JSON (the search contract)")


def run(args: argparse.Namespace) -> int:
    from ..search import search
    from ..store import open_store

    store = open_store(args.db, create=False)
    try:
        result = search(store, args.query, municipality=args.municipality, committee=args.committee,
                              date_from=args.date_from, date_to=args.date_to, year=args.year,
                              doc_type=args.doc_type, limit=args.limit, offset=args.offset, bilag=args.bilag)
    finally:
        store.close()
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{result['total']} hit(s) for {result['query']!r}")  # the query as searched: CPR numbers masked
    for n, r in enumerate(result["results"], start=args.offset + 1):
        where = " · ".join(x for x in (r["municipality"], r["committee"], r["date"]) if x)
        num = f"punkt {r['item_number']}: " if r["item_number"] else ""
        cases = f"  [{', '.join(r['case_numbers'])}]" if r["case_numbers"] else ""
        closed = "  (lukket punkt)" if not r["public"] else ""
        if r.get("bilag"):  # a page of a bilag: "bilag N til punkt M, side P", the item's title
            b = r["bilag"]
            ocr = " (OCR-læst)" if b["ocr"] else ""
            item = f": {r['title']}{cases}" if b["linked"] else ""
            print(f"{n:>3}. {b['label']}{ocr} — »{b['title']}«{item}")
        elif r.get("unit") == "document":  # text outside every item: a hit on the document
            page = f", side {r['page']}" if r.get("page") else ""
            print(f"{n:>3}. dokumentet — {UNSPLIT_LABEL}{page}: {r['title']}")
        else:
            print(f"{n:>3}. {num}{r['title']}{cases}{closed}")
        print(f"     {where}  —  {r['source']}")
        if r["snippet"]:  # HTML with <mark> (escaped document text): shown as text, matches in *stars*
            print("     " + html.unescape(re.sub(r"</?mark>", "*", r["snippet"])))
    return 0
