"""Ingest cost of keeping people and parties at ingest (issue 19): one municipality's documents
stored one by one with a registry rebuild per document, against `ingest`'s run, which rebuilds each
touched municipality once at its end (store.deferred_people), and against a queue worker's way: one
ingest per message under jobs.PeopleRefresher, which rebuilds what is stale on its clock (here every
--every seconds of the run). Same documents, same process, one run.

    python benchmarks/scale/people_ingest.py [--items 4000] [--years 3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

from sagsgang.demo import generate
from sagsgang.ingest import ingest, iter_files
from sagsgang.jobs import PeopleRefresher
from sagsgang.search import open_index


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=4000)
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--every", type=float, default=30.0, help="the worker refresher's clock (default 30 s)")
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
        name = f"one ingest per document, refresher every {args.every:g} s (a worker)"
        store, lock = open_index(str(root / "worker.db")), threading.Lock()
        t0, w0 = time.process_time(), time.perf_counter()
        with PeopleRefresher(store, lock, args.every):
            for f in files:
                with lock:
                    ingest(store, [f])
        timings[name] = time.process_time() - t0
        wall = time.perf_counter() - w0
        assert store.conn.execute("SELECT count(*) FROM people").fetchone()[0] == people
        store.close()
    print(f"{len(files)} documents of one municipality (~{args.items} items); people kept: {people}")
    for name, cpu in timings.items():
        print(f"{name:62s} {cpu:7.1f} s CPU")
    print(f"(the worker run took {wall:.0f} s wall: {wall / args.every:.0f} ticks of its clock)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
