"""Person and party pages before and after paging them (issue 19, session 4), in one run.

    python benchmarks/scale/people_paging.py --db /tmp/scale/100k/s.db --before /tmp/base/src

`--before` is the `src` folder of the code before paging (e.g. `git archive <commit> src | tar -x`).
Both serve the same database (read only) in turn; over HTTP on 127.0.0.1 each fetches the pages of
the 10 parties and the 20 people with the most stances, after one warm-up round, and reports p50 /
p95 and the mean page size.
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import time
import urllib.request
from pathlib import Path

from people import SRC, pct, serving


def biggest(db: str, table: str, n: int) -> list[str]:
    """The ids of the n people or parties with the most stances (their JSON is the longest)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(f"SELECT uid FROM {table} ORDER BY length(data) DESC LIMIT ?", (n,)).fetchall()  # noqa: S608
    finally:
        conn.close()
    return [r[0] for r in rows]


def measure(src: Path, db: str, urls: list[str]) -> dict:
    with serving(src, db) as (_server, base):
        for u in urls:
            urllib.request.urlopen(base + u, timeout=120).read()  # warm-up
        times, sizes = [], []
        for u in urls:
            t = time.perf_counter()
            body = urllib.request.urlopen(base + u, timeout=120).read()
            times.append((time.perf_counter() - t) * 1000)
            sizes.append(len(body))
    return {"p50": statistics.median(times), "p95": pct(times, 95), "kb": statistics.mean(sizes) / 1024}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--before", required=True, help="src folder of the code before paging")
    args = ap.parse_args()
    pages = {"party pages": [f"/parti/{u}" for u in biggest(args.db, "parties", 10)],
             "person pages": [f"/person/{u}" for u in biggest(args.db, "people", 20)]}
    out = {}
    for label, urls in pages.items():
        out[label] = {"before": measure(Path(args.before), args.db, urls), "after": measure(SRC, args.db, urls)}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
