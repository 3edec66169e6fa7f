"""Bilag (issue 16): seconds to ingest a generated corpus with bilag, for comparing two versions of
sagsgang in one run (the machine's load changes between runs, so time them alternately):

    git archive <commit> src | tar -x -C /tmp/before
    for i in 1 2; do
      PYTHONPATH=/tmp/before/src python benchmarks/bilag/ingest_time.py --corpus /tmp/bilag-corpus before
      PYTHONPATH=src python benchmarks/bilag/ingest_time.py --corpus /tmp/bilag-corpus after
    done

The corpus (`generate(bilag=True)`, 3 municipalities) is written once to --corpus and reused; each
run ingests it into a fresh database with 2 jobs and prints the seconds and how many bilag it
linked.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sagsgang.demo import generate
from sagsgang.ingest import ingest
from sagsgang.search import open_index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("label", help="what to call this run in the output ('before', 'after')")
    ap.add_argument("--corpus", required=True, help="folder of the generated corpus (written when missing)")
    ap.add_argument("--items", type=int, default=2000, help="agenda items of the generated corpus")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not (corpus / "docs").is_dir():
        generate(corpus, municipalities=3, formats=("txt", "pdf", "html"), max_items=args.items, bilag=True)
    tmp = Path(tempfile.mkdtemp(prefix="sagsgang-bilag-time-"))
    try:
        t0 = time.perf_counter()
        store = open_index(str(tmp / "s.db"))
        report = ingest(store, [str(corpus / "docs")], jobs=2)
        seconds = time.perf_counter() - t0
        stats = store.stats()
        store.close()
        print(f"{args.label}: ingest {seconds:.1f} s, {stats['bilag']} bilag, {stats['bilag_linked']} linked, "
              f"{len(report.failed)} failed")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
