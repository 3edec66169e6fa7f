"""`sagsgang ingest PATH... [--db FILE] [--municipality NAME] [--jobs N]`."""
from __future__ import annotations

import argparse
import os
import sys

from ..params import cli_count
from ..priority import lower_priority
from . import DB_HELP, add_nice_argument

HELP = "read, parse and store documents (files and folders) in the database for search"
DESCRIPTION = """Read and parse every text, HTML and PDF document under the given files and folders
and store the result in the database: meetings, agenda items, decisions, attachments and the
search index (every word of a document, also text the parser did not place in an item).

Folders are read recursively, symlink loops followed once. Never read: the database itself with
its WAL/SHM files and search index folder (so `sagsgang ingest .` beside sagsgang.db works),
hidden files and folders (.*), Office lock files (~$*) and temporary files (*.tmp); --verbose
names them.

Each document is committed in its own transaction. A document is its source (path) + content +
options: the same bytes with the same --municipality change nothing; new content at the same path,
or a different --municipality, replaces the old records; a file of the same name in another folder
is another document. This is the only command that creates a database. CPR numbers are masked as
documents are stored."""
EPILOG = """examples:
  sagsgang ingest corpus/docs --db sagsgang.db
  sagsgang ingest referat.pdf --municipality Norddjurs
  sagsgang ingest archive/ --jobs 8
  sagsgang ingest bilag/ --ocr --jobs 2   # scanned PDFs too (OCR runs in the worker processes)
  sagsgang ingest . --verbose        # also name the files it never reads

exit status: 0 when every file was stored or skipped as not council material (a listing page, a
cover letter: named on stderr with the reason), 2 when any file could not be read (empty, binary,
broken, encrypted or scanned PDF, too large: named on stderr; all other files are still stored)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--municipality", help="municipality for documents that do not name one")
    p.add_argument("--jobs", type=cli_count("--jobs", 1), default=1, help="parse with N processes (default 1)")
    p.add_argument("--ocr", action="store_true",
                   help="recognise PDF pages without a text layer (scans) with Tesseract's Danish model, "
                        "where installed (Debian: tesseract-ocr tesseract-ocr-dan); their text is marked as OCR'd")
    add_nice_argument(p)
    p.add_argument("--verbose", action="store_true",
                   help="also name the files never read (database files, hidden and temporary files)")


def run(args: argparse.Namespace) -> int:
    from ..ingest import ingest, progress_bar
    from ..search import open_index

    lower_priority(args.nice)  # the parsing processes --jobs starts inherit it
    store = open_index(args.db)
    try:
        report = ingest(store, args.paths, municipality=args.municipality, jobs=args.jobs, ocr=args.ocr,
                        progress=progress_bar(sys.stderr))
    finally:
        store.close()
    if args.verbose:
        for path, reason in report.ignored:
            print(f"sagsgang ingest: not read {path}: {reason}", file=sys.stderr)
    for path, reason in report.skipped:
        print(f"sagsgang ingest: skipped {path}: {reason}", file=sys.stderr)
    for path, reason in report.failed:
        print(f"sagsgang ingest: FAILED {path}: {reason}", file=sys.stderr)
    for path, note in report.partial:
        print(f"sagsgang ingest: {path}: {note}", file=sys.stderr)  # the note says "partly read: why"
    for path, where in report.bilag:
        print(f"sagsgang ingest: bilag {path}: {where}", file=sys.stderr)
    c = report.counts

    def names(entries: list[tuple[str, str]]) -> str:
        return f" ({', '.join(sorted({os.path.basename(p) for p, _ in entries}))})" if entries else ""

    print(f"documents: {c['new']} new, {c['unchanged']} unchanged, {c['replaced']} replaced; "
          f"{report.items} items, {report.cases} case numbers; {len(report.skipped)} skipped{names(report.skipped)}, "
          f"{len(report.failed)} failed{names(report.failed)}, "
          f"{len(report.partial)} partly read{names(report.partial)}")
    if report.bilag:
        linked = sum(1 for _, where in report.bilag if not where.startswith("ikke knyttet"))
        print(f"bilag: {len(report.bilag)} stored or linked anew (counted among the documents), "
              f"{linked} linked to an item, {len(report.bilag) - linked} unlinked (kept and searchable)")
    return 2 if report.failed else 0
