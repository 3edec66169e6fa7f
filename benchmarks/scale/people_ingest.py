"""Ingest cost of keeping people and parties at ingest (issue 19): one municipality's documents
stored one by one with a registry rebuild per document, against `ingest`'s run, which rebuilds each
touched municipality once at its end (store.deferred_people). Same documents, same process, one run.

    python benchmarks/scale/people_ingest.py [--items 4000] [--years 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sagsgang.demo import generate
from sagsgang.ingest import ingest, iter_files
from sagsgang.search import open_index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=4000)
    ap.add_argument("--years", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root / "corpus", municipalities=1, years=args.years, formats=["txt"], seed=5, max_items=args.items)
        files = sorted(str(p) for p in iter_files([str(root / "corpus" / "docs")]))
        timings = {}
        for name, batches in (("one ingest per document (a rebuild each)", [[f] for f in files]),
                              ("one ingest of all (one rebuild at its end)", [files])):
            store = open_index(str(root / f"{len(timings)}.db"))
            t0 = time.process_time()
            for batch in batches:
                ingest(store, batch)
            timings[name] = time.process_time() - t0
            people = store.conn.execute("SELECT count(*) FROM people").fetchone()[0]
            store.close()
    print(f"{len(files)} documents of one municipality (~{args.items} items); people kept: {people}")
    for name, cpu in timings.items():
        print(f"{name:45s} {cpu:7.1f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
