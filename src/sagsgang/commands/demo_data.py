"""`sagsgang demo-data --out DIR`: generate a demo corpus with ground truth."""
from __future__ import annotations

import argparse
import sys
import time

from ..demo import FORMATS, Stats, generate

HELP = "generate plausible council documents (txt/html/pdf) with ground truth for testing"
DESCRIPTION = """Simulate municipalities whose committees meet week by week while cases travel their
route (fagudvalg -> Økonomiudvalget -> Kommunalbestyrelsen/Byrådet), and write each meeting's minutes
in FirstAgenda style (text, HTML or PDF) plus some finished cases as Acadre write-ups.

Documents go to DIR/docs/, and for every document DIR/gold/<file>.json holds the expected parse in the
contract shape (shared/spec/parse-output.md). The same --seed gives byte-identical files."""
EPILOG = """examples:
  sagsgang demo-data --out /tmp/demo
  sagsgang demo-data --out /tmp/big --municipalities 20 --years 3 --formats txt,pdf --seed 7"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="DIR", help="output directory (docs/ and gold/ inside)")
    p.add_argument("--municipalities", type=int, default=3, metavar="N",
                   help="number of municipalities (default 3)")
    p.add_argument("--years", type=int, default=1, metavar="Y",
                   help="years of meetings per municipality (default 1)")
    p.add_argument("--formats", default=",".join(FORMATS), metavar="LIST",
                   help="comma-separated subset of txt,html,pdf (default all)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.add_argument("--bilag", action="store_true",
                   help="also write the bilag files the items list (PDFs, truth in gold/bilag.json)")
    p.add_argument("--scans", type=float, default=0.0, metavar="SHARE",
                   help="with --bilag: share of bilag written as image-only scans (OCR needed; default 0)")


def run(args: argparse.Namespace) -> int:
    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        print(f"sagsgang demo-data: unknown format(s) {', '.join(unknown) or '(none)'}; use txt,html,pdf",
              file=sys.stderr)
        return 2
    start = time.monotonic()
    tty = sys.stderr.isatty()

    def progress(s: Stats) -> None:
        if tty:
            rate = s.items / max(time.monotonic() - start, 1e-9)
            print(f"\r{s.documents} documents, {s.items} items ({rate:.0f} items/s)", end="", file=sys.stderr)

    stats = generate(args.out, args.municipalities, args.years, formats, args.seed, progress=progress,
                     bilag=args.bilag, scans=args.scans)
    took = time.monotonic() - start
    if tty:
        print(file=sys.stderr)
    print(f"wrote {stats.documents} documents with {stats.items} items to {args.out} in {took:.1f}s")
    return 0
