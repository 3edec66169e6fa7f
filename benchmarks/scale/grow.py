"""A large store keeps taking documents: next year's meetings written into a copy of it by 1 and 2
writers, the pages measured over HTTP while they write (issue 19).

    python benchmarks/scale/grow.py --db DB [--items 8000] [--writers 1 --writers 2] [--work DIR]

DB is a store that already holds a corpus of `run.py` (a SQLite file, or postgresql://…?options=-csearch_path%3D…).
The batch is made by the project's generator as `run.py` makes its corpora (`--formats txt,html --seed 3`, every
municipality in turn) for the year after the store's last meeting, so its documents, meetings and cases are new to
the store, capped at --items agenda items. For each writer count N, in one run:

- a copy of DB with its search index folder: the SQLite file (`cp`), or the whole PostgreSQL database
  (`CREATE DATABASE … TEMPLATE …`, so the base database must have no other connections), so every run starts from
  the same store;
- N writers as deployed, at their default niceness (10): on PostgreSQL N `sagsgang worker --burst` processes fed
  by `sagsgang enqueue` (RabbitMQ), on SQLite `sagsgang ingest --jobs N` (N parsing processes, one writer: SQLite
  has one writer at a time);
- 20 s after they start, a second process measures the pages against the copy while the writers go on, as
  `run.py --measure` does (serve start, `case`, 50 URLs per page over HTTP on 127.0.0.1); the row says whether the
  writers were still running when the last page was fetched;
- items/s: the batch's agenda items stored, over the seconds from the writers' start until they exit (their closing
  work included: people rebuild, index, statistics); the writers' peak RSS (the largest process, /usr/bin/time).

Why: `run.py` measures a store after its ingest, and its ingest column is the rate of a store growing from empty.
A national service is a large store that keeps growing, while users read it: this is the rate at that size, with 1
and 2 writers, and what readers see meanwhile.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SAGSGANG, measure, pct, sample, time_v  # noqa: E402

MEASURE_AFTER = 20.0  # seconds of writing before the pages are measured


def _drop_queue(queue: str) -> None:
    """Delete a run's queues from the broker (workers/run.py's helper, loaded by path: both files are run.py)."""
    spec = importlib.util.spec_from_file_location("workers_run", Path(__file__).resolve().parents[1] / "workers"
                                                  / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.drop_queue(queue)


def last_year(db: str) -> int:
    """The year of the store's last meeting."""
    from sagsgang.store import open_store

    store = open_store(db, create=False)
    year = store.conn.execute("SELECT max(substr(meeting_date, 1, 4)) FROM documents").fetchone()[0]
    store.close()
    return int(year)


def batch(work: Path, municipalities: int, year: int, items: int) -> Path:
    """Generate (or reuse) the batch: `year`'s meetings of every municipality, capped at `items` agenda items."""
    from sagsgang.demo import generate

    folder = work / f"batch-{year}-{municipalities}-{items}"
    if not (folder / "docs").is_dir():
        generate(folder, municipalities=municipalities, years=1, formats=["txt", "html"], seed=3, first_year=year,
                 max_items=items)
    return folder / "docs"


def _other_database(url: str, name: str, keep_options: bool = False) -> str:
    """The PostgreSQL URL with another database name (and without its query, unless `keep_options`)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + name, query=parts.query if keep_options else ""))


def copy_store(db: str, n: int, work: Path) -> str:
    """A copy of the store (and its search index folder) for the run with `n` writers; its URL or path."""
    if "://" not in db:
        target = work / f"grow-{n}.db"
        for f in work.glob(f"grow-{n}.db*"):
            shutil.rmtree(f) if f.is_dir() else f.unlink()
        subprocess.run(["cp", "--reflink=auto", db, str(target)], check=True)
        subprocess.run(["cp", "-r", "--reflink=auto", db + ".index", str(target) + ".index"], check=True)
        return str(target)
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from sagsgang.store.postgres import index_base

    info = conninfo_to_dict(db)
    source, name = info["dbname"], f"{info['dbname']}_grow{n}"
    with psycopg.connect(_other_database(db, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    url = _other_database(db, name, keep_options=True)
    index = index_base(url, conninfo_to_dict(url)) + ".index"
    shutil.rmtree(index, ignore_errors=True)
    subprocess.run(["cp", "-r", "--reflink=auto", index_base(db, info) + ".index", index], check=True)
    return url


def drop_copy(db: str) -> None:
    """Remove a run's copy (the disk holds one copy at a time)."""
    if "://" not in db:
        for f in Path(db).parent.glob(Path(db).name + "*"):
            shutil.rmtree(f) if f.is_dir() else f.unlink()
        return
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from sagsgang.store.postgres import index_base

    shutil.rmtree(index_base(db, conninfo_to_dict(db)) + ".index", ignore_errors=True)
    with psycopg.connect(_other_database(db, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{conninfo_to_dict(db)["dbname"]}"')


def start_writers(db: str, docs: Path, n: int, work: Path) -> tuple[list[subprocess.Popen], list[Path], str | None]:
    """Start the run's writers (their /usr/bin/time reports are the returned paths) and the queue they read."""
    timed = [work / f"grow-{n}-{i}.time" for i in range(n)]
    if "://" not in db:
        cmd = [*SAGSGANG, "ingest", str(docs), "--db", db, *(["--jobs", str(n)] if n > 1 else [])]
        return [subprocess.Popen(["/usr/bin/time", "-v", "-o", str(timed[0]), *cmd],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)], timed[:1], None
    queue = f"sagsgang-grow-{uuid.uuid4().hex[:8]}"
    subprocess.run([*SAGSGANG, "enqueue", str(docs), "--queue", queue], check=True, capture_output=True)
    procs = [subprocess.Popen(["/usr/bin/time", "-v", "-o", str(t), *SAGSGANG, "worker", "--db", db, "--queue", queue,
                               "--burst"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for t in timed]
    return procs, timed, queue


def run(db: str, docs: Path, n: int, work: Path) -> dict:
    """One run: copy, write the batch with `n` writers, measure the pages while they write."""
    copy = copy_store(db, n, work)
    try:
        picks = sample(copy)
        before = picks["stats"][1]
        load = [os.getloadavg()[0]]
        procs, timed, queue = start_writers(copy, docs, n, work)
        time.sleep(MEASURE_AFTER)
        pages = measure(copy, picks)
        during = any(p.poll() is None for p in procs)
        for p in procs:
            assert p.wait() == 0, "a writer failed"
        if queue:
            _drop_queue(queue)
        after = sample(copy)["stats"][1]
        load.append(os.getloadavg()[0])
        ran = [time_v(f) for f in timed]  # each writer's own start to exit (they start together)
        return {"writers": n, "before": before, "items": after - before, "seconds": max(r["seconds"] for r in ran),
                "rss_mb": max(r["rss_mb"] for r in ran), "during": during, "load": load, **pages}
    finally:
        drop_copy(copy)


def table(rows: list[dict], store: str) -> str:
    """The runs as BENCHMARKS.md tables: the writers, then the pages while they wrote."""
    lines = [f"| {store} | " + " | ".join(f"{r['writers']} writer{'s' if r['writers'] > 1 else ''}" for r in rows)
             + " |", "|---|" + "---|" * len(rows)]
    cells = {
        "agenda items in the store before": lambda r: f"{r['before']:,}",
        "batch items stored / seconds (writers' start to exit)": lambda r: f"{r['items']:,} / {r['seconds']:.0f}",
        "ingest items/s": lambda r: f"{r['items'] / r['seconds']:.1f}",
        "writer peak MB (largest process)": lambda r: f"{r['rss_mb']:.0f}",
        "writers still running at the last page": lambda r: "yes" if r["during"] else "**no**",
        "load average (1 min) at the start / end": lambda r: " / ".join(f"{x:.1f}" for x in r["load"]),
        "`case` p50 / p95 ms": lambda r: f"{statistics.median(r['case']):.1f} / {pct(r['case'], 95):.1f}",
        "serve start s": lambda r: f"{r['serve_start_s']:.2f}",
        "serve peak MB": lambda r: f"{r['serve_rss_mb']:.0f}",
    }
    lines += [f"| {name} | " + " | ".join(cell(r) for r in rows) + " |" for name, cell in cells.items()]
    lines += [f"| {page} p50 / p95 / p99 ms | " + " | ".join(
        f"{statistics.median(r['pages'][page]):.1f} / {pct(r['pages'][page], 95):.1f} / {pct(r['pages'][page], 99):.1f}"
        for r in rows) + " |" for page in rows[0]["pages"]]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="the large store (a SQLite file or postgresql://…)")
    ap.add_argument("--items", type=int, default=8000, help="agenda items in the batch (default 8000)")
    ap.add_argument("--municipalities", type=int, default=98, help="municipalities of the batch (default 98)")
    ap.add_argument("--writers", type=int, action="append", help="writer counts (default: 1 and 2)")
    ap.add_argument("--work", default="/tmp/sagsgang-grow", help="where the batch and the copies go")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    docs = batch(work, a.municipalities, last_year(a.db) + 1, a.items)
    rows = []
    for n in a.writers or [1, 2]:
        rows.append(run(a.db, docs, n, work))
        print(json.dumps({k: v for k, v in rows[-1].items() if k not in ("pages", "case", "case_first",
                                                                           "case_cpu", "case_first_cpu")}), flush=True)
    print(table(rows, "PostgreSQL" if "://" in a.db else "SQLite"))


if __name__ == "__main__":
    main()
