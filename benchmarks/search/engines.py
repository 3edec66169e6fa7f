"""Search engines at 1M items (issue 19): tantivy (one index per search node, fed by the store's
change log) against PostgreSQL full-text search with the RUM index, on the same corpus, the
same tokens (our Danish analyzer; benchmarks/search/pgfts.py) and the same queries.

    # once: the 1M corpus of benchmarks/search/run.py --keep, its tokens copied to PostgreSQL
    python benchmarks/search/engines.py load --db /tmp/sg-bench/1000000/search.db --dsn postgresql://…/search1m
    # latency: run.py's query mix, without and with a municipality filter, p50/p95 per variant
    python benchmarks/search/engines.py measure --db /tmp/sg-bench/1000000/search.db --dsn … --out lat.json
    # retrieval: the eval sets of benchmarks/retrieval ranked by each engine (MRR@10, R@10, nDCG@10)
    python benchmarks/search/engines.py eval --dsn … --out eval.json
    # the BENCHMARKS.md section from both (plus engines_notes.md, written by hand from the numbers)
    python benchmarks/search/engines.py report --latency lat.json --eval eval.json

PostgreSQL variants: `items_fts` one table; `items_fts_muni` the same rows partitioned by
municipality (so a filtered query touches one partition). Each is measured for the ranked top-10
(RUM: ORDER BY tsv <=> query) and for what `search` also needs: the total and facet counts over
every match (one GROUP BY GROUPING SETS query). tantivy is measured the same way: the bare top-10
and the whole `search` (ranking, total, facets, snippets, dedupe).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import pgfts  # noqa: E402
from common import record  # noqa: E402
from run import QUERIES, pct  # noqa: E402

ROOT = HERE.parents[1]
TIMEOUT_MS = 30_000


def connect(dsn: str):
    import psycopg

    conn = psycopg.connect(dsn, autocommit=True)
    conn.execute(f"SET statement_timeout = {TIMEOUT_MS}")
    return conn


def load(db: str, dsn: str) -> None:
    """Copy every indexed row's tokens (re-analysed from the records, as a tantivy rebuild reads
    them) into both tables and build their indexes, the two tables' indexes side by side."""
    from sagsgang.search import open_writer
    from sagsgang.search.engine import _index_rows

    store = open_writer(db)
    munis = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT municipality FROM items WHERE municipality IS NOT NULL ORDER BY 1")]
    conn = connect(dsn)
    conn.execute("SET statement_timeout = 0")
    conn.execute("CREATE EXTENSION IF NOT EXISTS rum")
    pgfts.create_tables(conn, munis)
    t = time.perf_counter()
    n = pgfts.copy_rows(conn, "items_fts", _index_rows(store))
    print(f"copied {n:,} rows in {time.perf_counter() - t:.0f} s", flush=True)
    t = time.perf_counter()
    conn.execute("INSERT INTO items_fts_muni SELECT * FROM items_fts")
    print(f"partitioned copy in {time.perf_counter() - t:.0f} s", flush=True)
    store.close()

    def build(table: str) -> float:
        c = connect(dsn)
        c.execute("SET statement_timeout = 0")
        t0 = time.perf_counter()
        pgfts.create_indexes(c, table)
        c.close()
        return time.perf_counter() - t0

    with ThreadPoolExecutor(2) as pool:
        for table, secs in zip(("items_fts", "items_fts_muni"), pool.map(build, ("items_fts", "items_fts_muni")),
                               strict=True):
            print(f"{table}: indexes built in {secs:.0f} s", flush=True)
    size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('items_fts'))").fetchone()[0]
    print(f"items_fts with indexes: {size}")


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - a statement timeout is a result, recorded as the limit
        if "timeout" not in str(e).lower() and "cancel" not in str(e).lower():
            raise
        return float(TIMEOUT_MS)
    return (time.perf_counter() - t) * 1000


def measure(db: str, dsn: str, rounds: int) -> dict:
    """Every variant over the query mix, `rounds` times, without and with a municipality filter
    (the filter's municipality rotates over all of them, one per query)."""
    from sagsgang.search import open_index, search
    from sagsgang.search.engine import _filters, build_query, index_of, parse_query

    store = open_index(db)
    searcher = index_of(store).searcher()
    munis = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT municipality FROM items WHERE municipality IS NOT NULL ORDER BY 1")]
    conn = connect(dsn)
    ts = {q: pgfts.tsquery(q) for q in QUERIES}

    def bare(q: str, m: str | None) -> None:
        query = build_query(parse_query(q, store.analyzer_name()), _filters(m, None, None, None, None, None))
        if query is not None:
            searcher.search(query, limit=10, count=False)

    variants: dict[str, Callable[[str, str | None], object]] = {
        "tantivy: top-10": bare,
        "tantivy: search": lambda q, m: search(store, q, municipality=m, limit=10),
    }
    for table, label in (("items_fts", "PG one table"), ("items_fts_muni", "PG by municipality")):
        variants[f"{label}: top-10"] = lambda q, m, t=table: pgfts.top(conn, t, ts[q], 10, m)
        variants[f"{label}: top-10 + total, facets"] = (
            lambda q, m, t=table: (pgfts.top(conn, t, ts[q], 10, m), pgfts.counts(conn, t, ts[q], m)))
    for q in QUERIES:  # warm caches once per variant
        for fn in variants.values():
            timed(lambda fn=fn, q=q: fn(q, None))
    times: dict[str, dict[str, dict[str, list[float]]]] = {v: {"all": {}, "filtered": {}} for v in variants}
    k = 0
    for _ in range(rounds):
        for q in QUERIES:
            muni = munis[k % len(munis)]
            k += 1
            for name, fn in variants.items():
                times[name]["all"].setdefault(q, []).append(timed(lambda fn=fn, q=q: fn(q, None)))
                times[name]["filtered"].setdefault(q, []).append(timed(lambda fn=fn, q=q, m=muni: fn(q, m)))
    totals = {q: {"tantivy": search(store, q, limit=10)["total"],
                  "postgresql": pgfts.counts(conn, "items_fts", ts[q])[0]} for q in QUERIES}
    items = store.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    store.close()
    return {"items": items, "rounds": rounds, "times": times, "totals": totals, "uptime": uptime(),
            "tsquery": ts}


def uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


# -- retrieval ------------------------------------------------------------------------------------

def scores(ranked: list[list[str]], wanted: list[set[str]]) -> dict[str, float]:
    """MRR@10, R@10 and nDCG@10 (binary: a result is relevant when its source is wanted; a source
    counts once, at its first rank) over the queries."""
    mrr = rec = ndcg = 0.0
    for got, want in zip(ranked, wanted, strict=True):
        top10 = got[:10]
        ranks = [i + 1 for i, s in enumerate(top10) if s in want and top10.index(s) == i]
        if ranks:
            mrr += 1 / ranks[0]
            rec += 1
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(want), 10)))
        ndcg += sum(1 / math.log2(r + 1) for r in ranks) / ideal if ideal else 0.0
    n = max(len(wanted), 1)
    return {"mrr": mrr / n, "recall": rec / n, "ndcg": ndcg / n, "queries": len(wanted)}


def eval_sets(shared: Path) -> list[tuple[str, Path, Path]]:
    corpus = shared / "corpus"
    here = ROOT / "benchmarks" / "retrieval"
    return [("shared dev set, corpus/docs", corpus / "docs", corpus / "queries.tsv"),
            ("extra dev set, extra/docs", corpus / "extra" / "docs", here / "queries_extra.tsv"),
            ("extra check set, extra/docs", corpus / "extra" / "docs", here / "queries_extra_check.tsv")]


def read_queries(path: Path) -> list[tuple[str, set[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, _, files = line.partition("\t")
            out.append((query, {f.strip() for f in files.split(",") if f.strip()}))
    return out


def evaluate(dsn: str, shared: Path) -> dict:
    """Each eval set's corpus ingested (Danish analyzer), its tokens in PostgreSQL, and every query
    ranked by: tantivy `search` (ranking features, dedupe), the bare tantivy top-10 of the same
    query, and PostgreSQL RUM over the same tokens."""
    from sagsgang.search import open_index, search
    from sagsgang.search.engine import _index_rows, build_query, index_of, parse_query

    conn = connect(dsn)
    conn.execute("CREATE EXTENSION IF NOT EXISTS rum")
    out = {}
    for label, docs, qfile in eval_sets(shared):
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "eval.db")
            env = dict(os.environ, SAGSGANG_ANALYZER="danish", SAGSGANG_RANKING_OFF="")
            subprocess.run([sys.executable, "-m", "sagsgang", "ingest", str(docs), "--db", db, "--nice", "0"],
                           env=env, check=True,
                           capture_output=True)
            store = open_index(db)
            source = dict(store.conn.execute("SELECT i.id, d.source FROM items i JOIN documents d ON d.id = "
                                             "i.document_id"))
            conn.execute("DROP TABLE IF EXISTS eval_fts")
            conn.execute(pgfts.TABLE.format(name="eval_fts"))
            pgfts.copy_rows(conn, "eval_fts", _index_rows(store))
            pgfts.create_indexes(conn, "eval_fts")
            searcher = index_of(store).searcher()
            queries = read_queries(qfile)
            ranked: dict[str, list[list[str]]] = {"tantivy search": [], "tantivy top-10": [], "PostgreSQL RUM": []}
            # (RUM's distance has no document frequencies: the partitioned table ranks the same)
            for q, _ in queries:
                ranked["tantivy search"].append([r["source"] for r in search(store, q, limit=10)["results"]])
                query = build_query(parse_query(q, store.analyzer_name()))
                hits = searcher.search(query, limit=10, count=False).hits if query is not None else []
                ids = searcher.fast_field_values("id", [a for _, a in hits])
                ranked["tantivy top-10"].append([source[i] for i in ids])
                ts = pgfts.tsquery(q)
                ranked["PostgreSQL RUM"].append([source[i] for i in pgfts.top(conn, "eval_fts", ts)] if ts else [])
            wanted = [w for _, w in queries]
            out[label] = {engine: scores(r, wanted) for engine, r in ranked.items()}
            store.close()
            conn.execute("DROP TABLE eval_fts")
    return out


# -- report ---------------------------------------------------------------------------------------

def report(lat: dict, ev: dict | None) -> str:
    lines = ["Commands (defaults: `--db /tmp/sg-bench/1000000/search.db --dsn postgresql://postgres@localhost/"
             "search1m`): `python benchmarks/search/engines.py load`, `... measure --rounds 3 --out lat.json`, "
             "`... eval --out eval.json`, `... report --latency lat.json --eval eval.json`.", "",
             f"Corpus: the generated corpus of `benchmarks/search/run.py --keep` ({lat['items']:,} indexed "
             f"rows), run.py's query mix ({len(QUERIES)} queries x {lat['rounds']} rounds); with a filter, each query "
             "names one municipality (rotating over all of them). Load during the run: "
             f"`{lat['uptime']}`.", "",
             "| engine: variant | no filter p50 ms | p95 ms | municipality filter p50 ms | p95 ms |",
             "|---|---|---|---|---|"]
    for name, per in lat["times"].items():
        flat = {k: [t for ts in v.values() for t in ts] for k, v in per.items()}
        lines.append(f"| {name} | {statistics.median(flat['all']):.1f} | {pct(flat['all'], 95):.1f} | "
                     f"{statistics.median(flat['filtered']):.1f} | {pct(flat['filtered'], 95):.1f} |")
    names = list(lat["times"])
    lines += ["", "Per query, no filter (median ms; PG = PostgreSQL; totals: tantivy `search` total after "
              "dedupe, PostgreSQL count of matching rows):", "",
              "| query | " + " | ".join(names) + " | tantivy total | PostgreSQL total |",
              "|---|" + "---|" * (len(names) + 2)]
    for q in QUERIES:
        cells = [f"{statistics.median(lat['times'][n]['all'][q]):.1f}" for n in names]
        t = lat["totals"][q]
        lines.append(f"| `{q}` | " + " | ".join(cells) + f" | {t['tantivy']:,} | {t['postgresql']:,} |")
    if ev:
        lines += ["", "Retrieval (`engines.py eval`: each eval set's corpus ingested with the Danish analyzer, "
                  "the same queries ranked by each engine; MRR@10 / R@10 / nDCG@10):", "",
                  "| query set | tantivy search | tantivy top-10 (BM25 alone) | PostgreSQL RUM top-10 |",
                  "|---|---|---|---|"]
        for label, per in ev.items():
            cells = [f"{s['mrr']:.3f} / {s['recall']:.3f} / {s['ndcg']:.3f}" for s in per.values()]
            n = next(iter(per.values()))["queries"]
            lines.append(f"| {label} ({n}) | " + " | ".join(cells) + " |")
    notes = HERE / "engines_notes.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=("load", "measure", "eval", "report"))
    ap.add_argument("--db", default="/tmp/sg-bench/1000000/search.db")
    ap.add_argument("--dsn", default="postgresql://postgres@localhost/search1m")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="where measure/eval write their JSON")
    ap.add_argument("--latency", type=Path)
    ap.add_argument("--eval", type=Path)
    a = ap.parse_args()
    if a.step == "load":
        load(a.db, a.dsn)
    elif a.step in ("measure", "eval"):
        result = measure(a.db, a.dsn, a.rounds) if a.step == "measure" else evaluate(a.dsn, a.shared)
        text = json.dumps(result, ensure_ascii=False, indent=1)
        if a.out:
            a.out.write_text(text, encoding="utf-8")
        print(text)
    else:
        ev = json.loads(a.eval.read_text(encoding="utf-8")) if a.eval else None
        record("Search engines at 1M (issue 19)", report(json.loads(a.latency.read_text(encoding="utf-8")), ev))


if __name__ == "__main__":
    main()
