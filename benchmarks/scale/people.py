"""People and party pages before and after the people tables (issue 19), in one run.

    python benchmarks/scale/people.py --db /tmp/people-bench/main.db --before /tmp/people-bench/main/src

`--db` is a store written by the code before the people tables (schema 10, e.g. `main`'s
`sagsgang ingest`); `--before` that code's `src` folder (e.g. `git archive main src | tar -x`).
The script copies the database, opens the copy with this checkout (the migration backfills the
people tables: its wall time and peak memory are reported), then for each of the two (before on
the original, after on the copy) starts `sagsgang serve` and measures, over HTTP on 127.0.0.1:
serve start, the first municipality page (the first page that needs the registry), the other
municipality pages, the first person page, 30 random person pages and 10 party pages, and the
serve process's peak RSS (VmHWM) after all of them.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env_for(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}


def fetch(base: str, path: str) -> float:
    t = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=600) as r:
        r.read()
        assert r.status == 200, path
    return (time.perf_counter() - t) * 1000


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


@contextlib.contextmanager
def serving(src: Path, db: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """`sagsgang serve` of the code in `src` on a free port, once it answers; stopped afterwards."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "sagsgang", "serve", "--db", db, "--port", str(port)],
                              env=env_for(src), stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/kommuner", timeout=5).read()
                break
            except OSError:
                time.sleep(0.02)
        yield server, base
    finally:
        server.terminate()
        server.wait(timeout=10)


def serve(src: Path, db: str, munis: list[str], people: list[str], parties: list[str]) -> dict:
    t0 = time.perf_counter()
    with serving(src, db) as (server, base):
        out: dict = {"start_s": time.perf_counter() - t0}
        q = urllib.parse.quote
        out["first_municipality_ms"] = fetch(base, f"/kommune/{q(munis[0])}")
        out["municipality_ms"] = [fetch(base, f"/kommune/{q(m)}") for m in munis[1:]]
        out["person_ms"] = [fetch(base, f"/person/{p}") for p in people]
        out["party_ms"] = [fetch(base, f"/parti/{p}") for p in parties]
        status = Path(f"/proc/{server.pid}/status").read_text()
        out["rss_mb"] = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
        return out


def first_person_page(src: Path, db: str, person: str, munis: list[str]) -> float:
    """A fresh serve whose first people page is a person page (not after a municipality page)."""
    with serving(src, db) as (_server, base):
        return fetch(base, f"/person/{person}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a SQLite store written before the people tables")
    ap.add_argument("--before", required=True, help="the src folder of the code before")
    a = ap.parse_args()
    after_db = a.db.replace(".db", "-after.db")
    for suffix in ("", "-wal", "-shm"):
        if Path(a.db + suffix).exists():
            shutil.copy(a.db + suffix, after_db + suffix)
    probe = "import sys,time; from sagsgang.store import open_store; t=time.perf_counter(); " \
            "open_store(sys.argv[1]).close(); print(time.perf_counter()-t)"
    timed = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", probe, after_db], env=env_for(SRC),
                           capture_output=True, text=True, check=True)
    migrate_s = float(timed.stdout.strip())
    migrate_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timed.stderr).group(1)) / 1024
    conn = sqlite3.connect(after_db)
    rnd = random.Random(7)
    munis = sorted(r[0] for r in conn.execute("SELECT DISTINCT municipality FROM documents "
                                              "WHERE municipality IS NOT NULL"))
    people = rnd.sample([r[0] for r in conn.execute("SELECT uid FROM people ORDER BY uid")], 30)
    parties = rnd.sample([r[0] for r in conn.execute("SELECT uid FROM parties ORDER BY uid")], 10)
    items, n_people = conn.execute("SELECT (SELECT count(*) FROM items WHERE unit IS NULL), "
                                   "(SELECT count(*) FROM people)").fetchone()
    conn.close()
    rows = {}
    for name, src, db in (("before", Path(a.before), a.db), ("after", SRC, after_db)):
        rows[name] = serve(src, db, munis, people, parties)
        rows[name]["first_person_ms"] = first_person_page(src, db, people[0], munis)
    print(json.dumps({"items": items, "people": n_people, "migrate_s": migrate_s, "migrate_mb": migrate_mb,
                      **rows}, indent=1))
    b, f = rows["before"], rows["after"]

    def cell(key: str) -> str:
        return f"{b[key]:.1f} | {f[key]:.1f} | {b[key] / f[key]:.0f}x"

    def dist(key: str) -> str:
        return (f"{statistics.median(b[key]):.1f} / {pct(b[key], 95):.1f} | "
                f"{statistics.median(f[key]):.1f} / {pct(f[key], 95):.1f} | "
                f"{statistics.median(b[key]) / statistics.median(f[key]):.1f}x")

    print(f"\n{items:,} items, {n_people:,} people; migration (backfill) {migrate_s:.1f} s, {migrate_mb:.0f} MB peak\n")
    print("| measure | before | after | before / after |\n|---|---|---|---|")
    print(f"| serve start s | {b['start_s']:.2f} | {f['start_s']:.2f} | {b['start_s'] / f['start_s']:.1f}x |")
    print(f"| first municipality page ms | {cell('first_municipality_ms')} |")
    print(f"| first page of a fresh serve being a person page ms | {cell('first_person_ms')} |")
    print(f"| other municipality pages p50 / p95 ms | {dist('municipality_ms')} |")
    print(f"| person pages p50 / p95 ms | {dist('person_ms')} |")
    print(f"| party pages p50 / p95 ms | {dist('party_ms')} |")
    print(f"| serve peak RSS MB | {b['rss_mb']:.0f} | {f['rss_mb']:.0f} | {b['rss_mb'] / f['rss_mb']:.2f}x |")


if __name__ == "__main__":
    main()
