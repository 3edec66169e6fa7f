"""Ingest throughput of queue-fed workers on PostgreSQL: 1 worker vs 2 (issue 19).

    python benchmarks/workers/run.py --db postgresql://postgres@localhost/test [--size 10k:4:3]
        [--order sorted|interleaved] [--schema PREFIX] [--record]

Generates the corpus as benchmarks/scale/run.py does (`sagsgang demo-data --formats txt,html
--seed 3`, LABEL:MUNICIPALITIES:YEARS; 10k:4:3 is about 10,000 agenda items), then for N = 1 and
2, in one run: a new schema, every document enqueued (`sagsgang enqueue`, RabbitMQ), N
`sagsgang worker --burst` processes started at once, timed from their start until every document
has a line in a worker's output. Items/s counts the stored agenda items; "workers' CPU s" is
the worker processes' CPU time (not their PostgreSQL backends'), which the machine's other load
does not inflate; "waiting on a lock" is the share of 0.1 s samples, per worker, in which a
worker's connection waited for a lock (pg_stat_activity: the writers' advisory locks, rows). Writers of different
municipalities run at once (store/postgres.py), so the queue's order matters: `--order sorted`
(the folder, one municipality after another: two workers mostly hold the same municipality)
or `interleaved` (the municipalities' files in turn).

`--workers 1 --limit 1200 --window 3000` (a 100k corpus, where one worker takes ~30 min): one worker,
stopped after 1200 s, reporting documents/s over the first 3,000 documents and over the rest it
reached, to see whether the write slows down as the store grows (issue 19, session 10: relinking
decoded every member's stored document). To compare code, run it from another `src` with PYTHONPATH.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import record  # noqa: E402

SAGSGANG = [sys.executable, "-m", "sagsgang"]


def drop_queue(queue: str) -> None:
    """Delete the run's queues from the broker (Dramatiq declares a delay and a dead-letter queue too)."""
    import pika

    from sagsgang.jobs import broker_url

    conn = pika.BlockingConnection(pika.URLParameters(broker_url()))
    channel = conn.channel()
    for name in (queue, f"{queue}.DQ", f"{queue}.XQ"):
        channel.queue_delete(name)
    conn.close()


def interleaved(docs: Path) -> list[str]:
    """The corpus's files one group at a time in turn (a group: the file name up to its first '_',
    which the demo generator makes the municipality), each group in name order: the queue a
    harvest of several municipalities at once fills, where neighbouring documents are of different
    municipalities (sorted, a whole municipality comes before the next)."""
    groups: dict[str, list[str]] = {}
    for f in sorted(docs.iterdir()):
        groups.setdefault(f.name.split("_", 1)[0], []).append(str(f))
    queues = list(groups.values())
    out: list[str] = []
    while any(queues):
        out.extend(q.pop(0) for q in queues if q)
    return out


def run_workers(docs: Path, base: str, n: int, work: Path, prefix: str = "bench_workers",
                order: str = "sorted", limit: float | None = None, window: int = 3000,
                people_every: float | None = None) -> dict:
    import psycopg

    schema = f"{prefix}_{n}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    db = f"{base}{'&' if '?' in base else '?'}options={quote('-csearch_path=' + schema)}"
    subprocess.run([*SAGSGANG, "ingest", "--db", db, str(work / "empty")], check=False, capture_output=True)
    queue = f"sagsgang-bench-{uuid.uuid4().hex[:8]}"
    sources = [str(docs)] if order == "sorted" else interleaved(docs)
    out = subprocess.run([*SAGSGANG, "enqueue", *sources, "--queue", queue], check=True, capture_output=True,
                         text=True).stdout
    total = int(out.split()[1])
    logs = [work / f"w{n}-{i}.log" for i in range(n)]
    # the workers' connections carry the queue's name (libpq's PGAPPNAME), so their lock waits can be sampled
    env = {**os.environ, "PGAPPNAME": queue}
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    every = [] if people_every is None else ["--people-every", str(people_every)]
    procs = [subprocess.Popen([*SAGSGANG, "worker", "--db", db, "--queue", queue, "--burst", "--nice", "0", *every],
                              stdout=log.open("w"), stderr=subprocess.STDOUT, env=env) for log in logs]
    waiting = samples = 0
    handled, at_window = 0, None  # documents with a line in a worker's output; seconds when `window` were
    with psycopg.connect(base, autocommit=True) as probe:
        while handled < total and (limit is None or time.monotonic() - t < limit):
            time.sleep(0.1)
            assert all(p.poll() in (None, 0) for p in procs), "a worker failed"
            waiting += probe.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s "
                                     "AND wait_event_type = 'Lock'", (queue,)).fetchone()[0]
            samples += 1
            handled = sum(len(log.read_text().splitlines()) for log in logs)
            if at_window is None and handled >= window:
                at_window = time.monotonic() - t
    elapsed = time.monotonic() - t
    for p in procs:
        if handled < total:  # stopped at the limit: what was committed stays, the rest is dropped (a
            p.kill()         # SIGTERM lets a worker finish its message and rebuild every stale scope first)
        p.wait(timeout=120)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    drop_queue(queue)
    with psycopg.connect(db, autocommit=True) as conn:
        items = conn.execute("SELECT count(*) FROM items WHERE unit IS NULL").fetchone()[0]
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return {"workers": n, "documents": stored, "enqueued": total, "items": items, "seconds": elapsed,
            "items_s": items / elapsed, "handled": handled, "at_window": at_window, "window": window,
            "cpu": (used.ru_utime + used.ru_stime) - (cpu.ru_utime + cpu.ru_stime),
            "lock_wait": waiting / max(samples, 1) / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, metavar="postgresql://…")
    ap.add_argument("--size", default="10k:4:3", metavar="LABEL:MUNICIPALITIES:YEARS")
    ap.add_argument("--work", default="/tmp/sagsgang-workers")
    ap.add_argument("--schema", default="bench_workers", help="prefix of the run's schemas (<prefix>_1, <prefix>_2)")
    ap.add_argument("--order", choices=("sorted", "interleaved"), default="sorted",
                    help="queue order: the folder sorted by name (one municipality after another), or the "
                         "municipalities' files in turn")
    ap.add_argument("--workers", type=int, action="append", help="worker counts to run (default: 1 and 2)")
    ap.add_argument("--limit", type=float, help="stop the workers after this many seconds")
    ap.add_argument("--window", type=int, default=3000, help="report documents/s over the first this many "
                    "documents and over the rest")
    ap.add_argument("--people-every", type=float, help="the workers' --people-every (default: theirs; a rebuild "
                    "reads every document of each stale municipality)")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    label, munis, years = args.size.split(":")
    work = Path(args.work) / label
    (work / "empty").mkdir(parents=True, exist_ok=True)
    if not (work / "corpus" / "docs").is_dir():
        subprocess.run([*SAGSGANG, "demo-data", "--out", str(work / "corpus"), "--municipalities", munis,
                        "--years", years, "--formats", "txt,html", "--seed", "3"], check=True, capture_output=True)
    rows = [run_workers(work / "corpus" / "docs", args.db, n, work, args.schema, args.order, args.limit, args.window,
                        args.people_every)
            for n in (args.workers or (1, 2))]
    one = rows[0]["items_s"]
    lines = ["| workers | documents | items | seconds | items/s | vs 1 worker | workers' CPU s | waiting on a lock |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['workers']} | {r['documents']} | {r['items']} | {r['seconds']:.1f} | "
                     f"{r['items_s']:.1f} | {r['items_s'] / one:.2f}× | {r['cpu']:.0f} | {r['lock_wait']:.0%} |")
    lines += ["", f"| workers | documents handled | seconds | docs/s over the first {args.window:,} "
                  "| docs/s after them | docs/s overall |", "|---|---|---|---|---|---|"]
    for r in rows:
        first = f"{r['window'] / r['at_window']:.1f}" if r["at_window"] else "–"
        rest = (f"{(r['handled'] - r['window']) / (r['seconds'] - r['at_window']):.1f}"
                if r["at_window"] and r["seconds"] > r["at_window"] else "–")
        lines.append(f"| {r['workers']} | {r['handled']} | {r['seconds']:.1f} | {first} | {rest} | "
                     f"{r['handled'] / r['seconds']:.1f} |")
    table = "\n".join(lines)
    print(table)
    if args.record:
        record(f"Ingest workers, PostgreSQL ({label}, issue 19)",
               f"`python benchmarks/workers/run.py --db … --size {args.size}`: documents enqueued on RabbitMQ, "
               "N `sagsgang worker --burst` processes into one PostgreSQL store, timed until every document "
               "was handled.\n\n" + table + "\n")


if __name__ == "__main__":
    main()
