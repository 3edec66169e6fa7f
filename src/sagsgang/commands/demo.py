"""`sagsgang demo`: a fresh machine's first run — generate a sample corpus, ingest it, serve it."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "generate a sample corpus, ingest it and serve the web UI (the README's run command)"
DESCRIPTION = """Everything sagsgang does, on data it makes itself: generates plausible Danish agendas and
minutes for a few municipalities (FirstAgenda text/HTML/PDF, Acadre and Fredensborg write-ups,
København notes, with cases that travel through committees and closed items), ingests them into
a SQLite database and serves the web UI, API and feeds. Re-running reuses what is there."""
EPILOG = """examples:
  sagsgang demo                                  then open http://127.0.0.1:8000
  sagsgang demo --municipalities 5 --years 2 --port 9000
  sagsgang demo --no-serve                        only build ./sagsgang-demo/demo.db
  sagsgang demo --bilag --dir demo-bilag          also the items' bilag (some scanned: OCR'd with Tesseract)

OCR is on when Tesseract with its Danish model is installed (Debian: tesseract-ocr tesseract-ocr-dan)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dir", default="sagsgang-demo", help="where documents and database go (default ./sagsgang-demo)")
    p.add_argument("--municipalities", type=int, default=3, help="how many municipalities (default 3)")
    p.add_argument("--years", type=int, default=1, help="years of meetings (default 1)")
    p.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same corpus")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-serve", action="store_true", help="stop after ingesting")
    p.add_argument("--bilag", action="store_true",
                   help="also write the bilag the items list (a few as scans when Tesseract is installed) and "
                        "link them; ingest takes a few minutes longer")


def run(args: argparse.Namespace) -> int:
    from ..demo import generate
    from ..ingest import ingest, progress_bar
    from ..read.ocr import ocr_available
    from ..search import open_index

    ocr = ocr_available()

    root = Path(args.dir)
    docs = root / "docs"
    if not docs.exists() or not any(docs.iterdir()):
        print(f"sagsgang demo: generating {args.municipalities} municipalities x {args.years} year(s) into {docs}",
              file=sys.stderr)
        stats = generate(root, args.municipalities, args.years, seed=args.seed, bilag=args.bilag,
                         scans=0.05 if args.bilag and ocr else 0.0)
        print(f"sagsgang demo: {stats.documents} documents, {stats.items} agenda items", file=sys.stderr)
    db = root / "demo.db"
    store = open_index(str(db))
    report = ingest(store, [str(docs)], jobs=2, ocr=ocr, progress=progress_bar())
    print(f"sagsgang demo: {report.summary()}", file=sys.stderr)
    store.close()
    if args.no_serve:
        print(f"sagsgang demo: database ready at {db}; serve it with: sagsgang serve --db {db}", file=sys.stderr)
        return 0
    from .serve import run as serve

    return serve(argparse.Namespace(db=str(db), host=args.host, port=args.port))
