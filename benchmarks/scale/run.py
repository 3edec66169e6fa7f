"""Does the service stay flat as the corpus grows? One run per corpus size (issue 19).

    python benchmarks/scale/run.py --size 10k:4:3 --size 100k:36:3 [--work /tmp/scale] [--record]

Each --size LABEL:MUNICIPALITIES:YEARS generates a corpus with the project's own generator
(`sagsgang demo-data --formats txt,html --seed 3`), ingests it (`sagsgang ingest`, one process,
or --jobs N parsing processes feeding the one writer; under /usr/bin/time for peak memory), then
measures against that database:

- `case`: the lookup as `sagsgang case` does it (open the store, find the case by number, render
  the timeline) for 50 random case numbers in one process (p50/p95 and the process's peak RSS);
  run twice, the first run (in brackets) reading a file the page cache may not hold yet,
  and the whole CLI command's wall time (median of 5; mostly Python start-up and imports);
- serve start: from launching `sagsgang serve` to the first answered page;
- page p50/p95/p99 over HTTP on 127.0.0.1 for the search page, case, meeting and municipality pages
  and the API (agendaItems, papers, meetings), random objects, each fetched once after a warm-up;
- the peak RSS (VmHWM) of the serve process after all requests, and ingest items/s.

A generated corpus and its database are kept in WORK/LABEL and reused when its ingest finished
(delete the folder to measure the ingest again). With --record the table replaces the section
"Scale (issue 19)" of BENCHMARKS.md (another with --section).

With --db postgresql://… each size is also ingested into the PostgreSQL store (schema
`scale_<label>` of that database, made anew when its ingest.json is missing) and measured the same
way, one row per store; `--db` alone (no SQLite) with --only-db.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import record  # noqa: E402

SAGSGANG = [sys.executable, "-m", "sagsgang"]
QUERIES = ["budget", "skole", "lokalplan", "velfærd", "trafiksikkerhed", "\"taget til efterretning\"", "ældre",
           "takster hjemmepleje", "klimahandleplan", "høring", "godkendelse af dagsorden", "svømmehal"]
SAMPLE = 50

CASE_PROBE = """
import json, sys, time
from sagsgang.link.report import case_text
from sagsgang.store import open_store
numbers = json.loads(sys.argv[2])
times, cpu = [], []
for n in numbers:
    t, c = time.perf_counter(), time.process_time()
    store = open_store(sys.argv[1], create=False)
    out = "\\n\\n".join(case_text(c) for c in store.cases_by_number(n))
    store.close()
    assert out, n
    times.append((time.perf_counter() - t) * 1000)
    cpu.append((time.process_time() - c) * 1000)
# VmHWM of this process image (ru_maxrss would carry over the forking parent's peak across exec)
status = open("/proc/self/status").read()
hwm = int(status.split("VmHWM:")[1].split()[0])
print(json.dumps({"times": times, "cpu": cpu, "rss_kb": hwm}))
"""


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def time_v(path: Path) -> dict[str, float]:
    """Wall seconds and peak RSS (MB) from a /usr/bin/time -v report."""
    text = path.read_text()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    h, m, s = (float(x) if x else 0.0 for x in wall.groups())
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return {"seconds": h * 3600 + m * 60 + s, "rss_mb": rss / 1024}


def jobs_note(ingest: dict) -> str:
    """How many processes parsed, when more than one (ingest.json of older runs has no `jobs`)."""
    return f" ({ingest['jobs']} jobs)" if ingest.get("jobs", 1) > 1 else ""


def pg_schema(label: str) -> str:
    return "scale_" + re.sub(r"\W", "_", label)


def pg_url(base: str, label: str) -> str:
    return f"{base}{'&' if '?' in base else '?'}options={urllib.parse.quote('-csearch_path=' + pg_schema(label))}"


def prepare(work: Path, label: str, municipalities: int, years: int, pg: str | None = None,
            jobs: int = 1) -> tuple[str, dict]:
    """Generate and ingest the corpus (or reuse a finished one); return the db and ingest facts.
    With `pg` (a postgresql:// URL) the corpus goes into that PostgreSQL store instead of s.db;
    `jobs` > 1 parses with that many processes (`sagsgang ingest --jobs`)."""
    folder = work / label
    db = pg_url(pg, label) if pg else str(folder / "s.db")
    suffix = "-pg" if pg else ""
    timing, info = folder / f"ingest{suffix}.time", folder / f"ingest{suffix}.json"
    if not info.exists():
        folder.mkdir(parents=True, exist_ok=True)
        t = time.monotonic()
        if not (folder / "corpus" / "docs").is_dir():
            subprocess.run([*SAGSGANG, "demo-data", "--out", str(folder / "corpus"), "--municipalities",
                            str(municipalities), "--years", str(years), "--formats", "txt,html", "--seed", "3"],
                           check=True, capture_output=True)
        generated = time.monotonic() - t
        if pg:
            import psycopg

            with psycopg.connect(pg, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA IF EXISTS {pg_schema(label)} CASCADE")
        else:
            for f in folder.glob("s.db*"):
                subprocess.run(["rm", "-rf", str(f)], check=True)
        with open(timing, "w") as err:
            subprocess.run(["/usr/bin/time", "-v", *SAGSGANG, "ingest", str(folder / "corpus" / "docs"), "--nice", "0",
                            "--db", db, *(["--jobs", str(jobs)] if jobs > 1 else [])],
                           check=True, stdout=subprocess.DEVNULL, stderr=err)
        info.write_text(json.dumps({"generate_s": generated, "jobs": jobs, **time_v(timing)}))
    return db, json.loads(info.read_text())


def size_bytes(db: str, conn) -> int:
    """The database's size on disk: the file, or the schema's tables with their indexes and TOAST."""
    if "://" not in db:
        return Path(db).stat().st_size
    return int(conn.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                            ).fetchone()[0])


def sample(db: str) -> dict[str, list]:
    from sagsgang.store import open_store

    rnd = random.Random(7)
    store = open_store(db, create=False)
    conn = store.conn  # SQLite SQL on either store
    q = lambda sql: [r[0] for r in conn.execute(sql)]  # noqa: E731
    picks = {
        "numbers": rnd.sample(sorted(q("SELECT DISTINCT number FROM case_numbers")), SAMPLE),
        "cases": rnd.sample(q("SELECT key FROM cases ORDER BY id"), SAMPLE),
        "meetings": rnd.sample(sorted(q("SELECT DISTINCT meeting_uid FROM documents WHERE meeting_uid IS NOT NULL")),
                               SAMPLE),
        "items": rnd.sample(q("SELECT uid FROM items WHERE uid IS NOT NULL ORDER BY id"), SAMPLE),
        "papers": rnd.sample(q("SELECT uid FROM cases ORDER BY id"), SAMPLE),
        "municipalities": sorted(q("SELECT DISTINCT municipality FROM documents WHERE municipality IS NOT NULL"))
        [:SAMPLE],
        "stats": conn.execute("SELECT (SELECT count(*) FROM documents), "
                              "(SELECT count(*) FROM items WHERE unit IS NULL), "
                              "(SELECT count(*) FROM cases)").fetchone(),
        "bytes": size_bytes(db, conn),
    }
    store.close()
    return picks


def measure(db: str, picks: dict) -> dict:
    out: dict = {}
    for run in ("case_first", "case"):  # the first run after an ingest reads a cold file; then again
        probe = subprocess.run([sys.executable, "-c", CASE_PROBE, str(db), json.dumps(picks["numbers"])],
                               check=True, capture_output=True, text=True)
        res = json.loads(probe.stdout)
        out[run] = res["times"]
        out[run + "_cpu"] = res["cpu"]
        out["case_rss_mb"] = max(out.get("case_rss_mb", 0), res["rss_kb"] / 1024)
    cli = []
    for n in picks["numbers"][:5]:
        t = time.perf_counter()
        subprocess.run([*SAGSGANG, "case", n, "--db", str(db)], check=True, capture_output=True)
        cli.append(time.perf_counter() - t)
    out["case_cli_s"] = statistics.median(cli)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    server = subprocess.Popen([*SAGSGANG, "serve", "--db", str(db), "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                if time.perf_counter() - t0 > 600:
                    raise
                time.sleep(0.02)
        out["serve_start_s"] = time.perf_counter() - t0
        q = urllib.parse.quote
        pages = {
            "search page": [f"/?q={q(x)}" for x in QUERIES],
            "case page": [f"/sag/{q(k, safe='')}" for k in picks["cases"]],
            "meeting page": [f"/moede/{m}" for m in picks["meetings"]],
            "municipality page": [f"/kommune/{q(m)}" for m in picks["municipalities"]],
            "API agendaItem/paper/meeting": [f"/api/v1/agendaItems/{i}" for i in picks["items"][:17]]
            + [f"/api/v1/papers/{p}" for p in picks["papers"][:17]]
            + [f"/api/v1/meetings/{m}" for m in picks["meetings"][:16]],
            "API search": [f"/api/v1/search?q={q(x)}" for x in QUERIES],
        }
        for path in ["/kommuner", "/?q=budget", pages["case page"][0]]:  # warm-up
            urllib.request.urlopen(base + path).read()
        out["pages"] = {}
        for name, paths in pages.items():
            times = []
            for path in paths:
                t = time.perf_counter()
                with urllib.request.urlopen(base + path) as r:
                    r.read()
                times.append((time.perf_counter() - t) * 1000)
            out["pages"][name] = times
        status = Path(f"/proc/{server.pid}/status").read_text()
        out["serve_rss_mb"] = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024
        # anonymous (heap) vs file-backed (the tantivy index and SQLite file mapped) memory at the end
        out["serve_anon_mb"] = int(re.search(r"RssAnon:\s+(\d+)", status).group(1)) / 1024
        out["serve_file_mb"] = int(re.search(r"RssFile:\s+(\d+)", status).group(1)) / 1024
    finally:
        server.terminate()
        server.wait(timeout=10)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", action="append", default=[], metavar="LABEL:MUNICIPALITIES:YEARS")
    ap.add_argument("--measure", metavar="LABEL=DB", help="also measure this database (e.g. while an ingest into "
                    "it runs); ingest columns come from an ingest.json beside it ({seconds, rss_mb}) or stay empty")
    ap.add_argument("--work", default="/tmp/sagsgang-scale", help="where corpora and databases are kept")
    ap.add_argument("--record", action="store_true", help="write the table into BENCHMARKS.md")
    ap.add_argument("--section", default="Scale (issue 19)", help="the BENCHMARKS.md section --record replaces")
    ap.add_argument("--db", dest="pg", metavar="postgresql://…", help="also ingest and measure each size on "
                    "this PostgreSQL database (schema scale_<label>)")
    ap.add_argument("--only-db", action="store_true", help="with --db: measure PostgreSQL only")
    ap.add_argument("--jobs", type=int, default=1, help="parse with N processes (`sagsgang ingest --jobs N`; "
                    "the ingest columns say so)")
    a = ap.parse_args()
    rows = []
    specs = [s.split(":") for s in a.size] + ([[*a.measure.split("=", 1), ""]] if a.measure else [])
    stores = ([] if a.only_db else [None]) + ([a.pg] if a.pg else [])
    for label, where, years in specs:
        for pg in stores if years else [None]:
            if years:
                db, ingest = prepare(Path(a.work), label, int(where), int(years), pg, a.jobs)
            else:
                db = where
                info = Path(where).parent / "ingest.json"
                ingest = json.loads(info.read_text()) if info.exists() else {"seconds": float("nan"),
                                                                            "rss_mb": float("nan")}
            picks = sample(db)
            result = measure(db, picks)
            docs, items, cases = picks["stats"]
            name = f"{label} {'PostgreSQL' if pg else 'SQLite'}" if a.pg else label
            rows.append((name, docs, items, cases, picks["bytes"], ingest, result))
            print(json.dumps({"label": name, "items": items, "ingest": ingest,
                              **{k: v for k, v in result.items()
                                 if not k.startswith(("pages", "case_first", "case_cpu")) and k != "case"},
                              "case_p50": statistics.median(result["case"]),
                              "pages_p95": {k: pct(v, 95) for k, v in result["pages"].items()}}), flush=True)
    lines = ["| corpus | documents | items | cases | DB MB | ingest items/s | ingest peak MB | `case` p50 / p95 ms "
             "(first run) | `case` CPU p50 / p95 ms | `case` peak MB | `sagsgang case` CLI s | serve start s "
             "| serve peak MB (heap + mapped files at the end) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for label, docs, items, cases, size, ingest, r in rows:
        lines.append(f"| {label} | {docs:,} | {items:,} | {cases:,} | {size / 2**20:.0f} | "
                     f"{items / ingest['seconds']:.0f}{jobs_note(ingest)} | {ingest['rss_mb']:.0f} | "
                     f"{statistics.median(r['case']):.1f} / {pct(r['case'], 95):.1f} "
                     f"({statistics.median(r['case_first']):.1f} / {pct(r['case_first'], 95):.1f}) | "
                     f"{statistics.median(r['case_cpu']):.1f} / {pct(r['case_cpu'], 95):.1f} | "
                     f"{r['case_rss_mb']:.0f} | "
                     f"{r['case_cli_s']:.2f} | {r['serve_start_s']:.2f} | {r['serve_rss_mb']:.0f} "
                     f"({r['serve_anon_mb']:.0f} + {r['serve_file_mb']:.0f}) |")
    lines += ["", "Pages over HTTP (127.0.0.1, one client, each URL once after a warm-up), p50 / p95 / p99 ms:", "",
              "| page | " + " | ".join(r[0] for r in rows) + " |", "|---|" + "---|" * len(rows)]
    for name in rows[0][6]["pages"]:
        cells = [f"{statistics.median(r[6]['pages'][name]):.1f} / {pct(r[6]['pages'][name], 95):.1f} / "
                 f"{pct(r[6]['pages'][name], 99):.1f}" for r in rows]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    if a.record:
        record(a.section, "`python benchmarks/scale/run.py " + " ".join(f"--size {s}" for s in a.size)
               + (f" --measure {a.measure}" if a.measure else "") + (f" --db {a.pg}" if a.pg else "")
               + (" --only-db" if a.only_db else "") + (f" --jobs {a.jobs}" if a.jobs > 1 else "") + "`\n\n" + table)


if __name__ == "__main__":
    main()
