"""Search latency p50/p95/p99 at several corpus sizes, against the bare full-text query.

    python benchmarks/search/run.py [--sizes 10000,100000] [--rounds 5]
    python benchmarks/search/run.py --sizes 1000000          # the national-scale point (slow to build)

For each size: generate a demo corpus (text minutes) with that many agenda items, ingest it,
then run a fixed mix of queries through `search` (ranking, exact total, facets over all
matches, snippets, dedupe: what a user waits for) and, as the reference, the bare tantivy
top-10 for the same query object (no count, facets, snippets or records). Target: p95 <= 50 ms
at 1M items and <= 3 x bare.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import record  # noqa: E402

QUERIES = ["velfærdsaftale", "budget", "lokalplan", "skole", "ældrepleje frisættelse", "\"taget til efterretning\"",
           "parkering -budget", "trafiksikkerhed cykelsti", "klimahandleplan", "ØU", "takster hjemmepleje",
           "ny skolestruktur", "24-0", "renovering svømmehal", "høring", "godkendelse af dagsorden"]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def measure(db: Path, rounds: int) -> tuple[list[float], list[float], int]:
    from sagsgang.search import open_index, search
    from sagsgang.search.engine import build_query, index_of, parse_query

    store = open_index(str(db))
    searcher = index_of(store).searcher()
    full, bare, total = [], [], 0
    for q in QUERIES:  # warm the page cache once
        search(store, q, limit=10)
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            res = search(store, q, limit=10)
            full.append((time.perf_counter() - t) * 1000)
            total += res["total"]
            t = time.perf_counter()
            query = build_query(parse_query(q, store.analyzer_name()))
            if query is not None:
                searcher.search(query, limit=10, count=False)
            bare.append((time.perf_counter() - t) * 1000)
    store.close()
    return full, bare, total // max(rounds, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    from sagsgang.demo import generate

    rows = []
    for size in [int(s) for s in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "corpus"
            t = time.perf_counter()
            # about 850 items per municipality-year in the generator: enough of both to reach `size`
            munis = min(98, max(3, size // 8000))
            years = max(10, -(-size // (munis * 800)))
            stats = generate(out, municipalities=munis, years=years, formats=["txt"], seed=11, max_items=size)
            gen_s = time.perf_counter() - t
            db = Path(tmp) / "search.db"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sagsgang", "ingest", str(out / "docs"), "--db", str(db),
                            "--jobs", str(a.jobs)], capture_output=True, check=False)
            ingest_s = time.perf_counter() - t
            full, bare, hits = measure(db, a.rounds)
            rows.append((stats.items, gen_s, ingest_s, full, bare, hits))
    lines = [f"Query mix ({len(QUERIES)} queries x {a.rounds} rounds): " + ", ".join(f"`{q}`" for q in QUERIES), "",
             "| agenda items | ingest s | search p50 ms | p95 ms | p99 ms | bare tantivy p50 ms | bare p95 ms | "
             "p95 ratio | mean matches/query |", "|---|---|---|---|---|---|---|---|---|"]
    for items, _gen, ing, full, bare, hits in rows:
        lines.append(f"| {items:,} | {ing:.0f} | {statistics.median(full):.1f} | {pct(full, 95):.1f} | "
                     f"{pct(full, 99):.1f} | {statistics.median(bare):.1f} | {pct(bare, 95):.1f} | "
                     f"{pct(full, 95) / max(pct(bare, 95), 1e-6):.1f} | {hits / len(QUERIES):.0f} |")
    lines += ["", "`search` includes ranking, the total, facet counts over all matches, snippets and the "
              "HTML/PDF dedupe; `bare` is tantivy's top-10 alone for the same query (analysed in Python, as "
              "search does)."]
    record("Search latency", "\n".join(lines))


if __name__ == "__main__":
    main()
