"""Search latency p50/p95/p99 at several corpus sizes, against the bare full-text query.

    python benchmarks/search/run.py [--sizes 10000,100000] [--rounds 5]
    python benchmarks/search/run.py --sizes 1000000          # the national-scale point (slow to build)
    python benchmarks/search/run.py --keep /tmp/sg-bench      # keep the databases; a rerun only measures
    python benchmarks/search/run.py --db postgresql://…       # measure a database as it is (printed only)

For each size: generate a demo corpus (text minutes) with that many agenda items, ingest it,
then run a fixed mix of queries through `search` (ranking, exact total, facets over all
matches, snippets, dedupe: what a user waits for) and, as the reference, the bare tantivy
top-10 for the same query object (no count, facets, snippets or records). Target: p95 <= 50 ms
at 1M items and <= 3 x bare.
"""
from __future__ import annotations

import argparse
import json
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


def measure(db: Path | str, rounds: int) -> tuple[list[float], list[float], int, dict[str, tuple]]:
    from sagsgang.search import open_index, search
    from sagsgang.search.engine import build_query, index_of, parse_query

    store = open_index(str(db))
    searcher = index_of(store).searcher()
    full, bare, total = [], [], 0
    per_query: dict[str, tuple[list[float], list[float], int]] = {q: ([], [], 0) for q in QUERIES}
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
            mine = per_query[q]
            mine[0].append(full[-1])
            mine[1].append(bare[-1])
            per_query[q] = (mine[0], mine[1], res["total"])
    store.close()
    return full, bare, total // max(rounds, 1), per_query


def build(work: Path, size: int, jobs: int) -> tuple[int, float]:
    """Generate and ingest a corpus of `size` items in `work` (reused when a finished one is there);
    return (items, ingest seconds)."""
    from sagsgang.demo import generate

    done = work / "built.json"
    if done.exists():
        info = json.loads(done.read_text())
        return info["items"], info["ingest_s"]
    # about 850 items per municipality-year in the generator: enough of both to reach `size`
    munis = min(98, max(3, size // 8000))
    years = max(10, -(-size // (munis * 800)))
    stats = generate(work / "corpus", municipalities=munis, years=years, formats=["txt"], seed=11, max_items=size)
    db = work / "search.db"
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "sagsgang", "ingest", str(work / "corpus" / "docs"), "--db", str(db),
                        "--jobs", str(jobs), "--nice", "0"], capture_output=True, text=True, check=False)
    ingest_s = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"ingest of the {size:,}-item corpus failed: {r.stderr[-500:]}")
    done.write_text(json.dumps({"items": stats.items, "ingest_s": ingest_s}))
    return stats.items, ingest_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", metavar="DIR", help="keep each size's corpus and database in DIR/<size> and reuse "
                    "them on the next run (re-measure search without re-ingesting)")
    ap.add_argument("--db", help="measure this database as it is (a SQLite file or a postgresql:// URL): no corpus "
                    "is built, the table is printed and BENCHMARKS.md left alone")
    a = ap.parse_args()

    rows = []
    if a.db:
        full, bare, hits, per_query = measure(a.db, a.rounds)
        rows.append((agenda_items(a.db), float("nan"), full, bare, hits))
        load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    for size in [] if a.db else [int(s) for s in a.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(a.keep) / str(size) if a.keep else Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            items, ingest_s = build(work, size, a.jobs)
            full, bare, hits, per_query = measure(work / "search.db", a.rounds)
            rows.append((items, ingest_s, full, bare, hits))
            load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    lines = [f"Query mix ({len(QUERIES)} queries x {a.rounds} rounds): " + ", ".join(f"`{q}`" for q in QUERIES), "",
             "| agenda items | ingest s | search p50 ms | p95 ms | p99 ms | bare tantivy p50 ms | bare p95 ms | "
             "p95 ratio | mean matches/query |", "|---|---|---|---|---|---|---|---|---|"]
    for items, ing, full, bare, hits in rows:
        lines.append(f"| {items:,} | {ing:.0f} | {statistics.median(full):.1f} | {pct(full, 95):.1f} | "
                     f"{pct(full, 99):.1f} | {statistics.median(bare):.1f} | {pct(bare, 95):.1f} | "
                     f"{pct(full, 95) / max(pct(bare, 95), 1e-6):.1f} | {hits / len(QUERIES):.0f} |")
    lines += ["", f"Load when the last size was measured (2 cores, shared): `{load}`."]
    lines += ["", "`search` includes ranking, the total, facet counts over all matches, snippets and the "
              "HTML/PDF dedupe; `bare` is tantivy's top-10 alone for the same query (analysed in Python, as "
              "search does)."]
    lines += ["", f"Per query at {rows[-1][0]:,} items (median of {a.rounds}):", "",
              "| query | search ms | bare ms | total |", "|---|---|---|---|"]
    for q, (f, b, n) in per_query.items():
        lines.append(f"| `{q}` | {statistics.median(f):.1f} | {statistics.median(b):.1f} | {n:,} |")
    lines += ["", "`ingest s` is the `--jobs 2` ingest that built the corpus, often measured while other work shared "
              "the two cores; the section \"Ingest throughput\" is the controlled ingest measurement."]
    if a.db:
        print("\n".join(lines))
    else:
        record("Search latency", "\n".join(lines))


def agenda_items(db: str) -> int:
    """The agenda items of a database (its text units of unsplit text not counted)."""
    from sagsgang.store import open_store

    store = open_store(db, create=False)
    try:
        return store.conn.execute("SELECT COUNT(*) FROM items WHERE unit IS NULL").fetchone()[0]
    finally:
        store.close()


if __name__ == "__main__":
    main()
