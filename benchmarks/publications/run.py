"""Structured publications: ingest throughput of the 288 Greve FirstAgenda meetings, and harvest
throughput against a local FirstAgenda site serving the same meetings (127.0.0.1, no delay).

    PYTHONPATH=src:. python benchmarks/publications/run.py [--no-record]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from benchmarks.common import record  # noqa: E402
from tests.publications.fixture_site import Server, Site  # noqa: E402

from sagsgang.harvest import PoliteClient, harvest_site  # noqa: E402
from sagsgang.ingest import ingest  # noqa: E402
from sagsgang.search import open_index  # noqa: E402

GREVE = ROOT.parent / "shared" / "corpus" / "publications" / "firstagenda-greve"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args()
    files = sorted(GREVE.glob("*.json"))
    if not files:
        sys.exit(f"no corpus at {GREVE}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (1, 2):
            store = open_index(str(Path(tmp) / f"ingest{jobs}.db"))
            t = time.perf_counter()
            report = ingest(store, [str(GREVE)], jobs=jobs)
            store.close()
            secs = time.perf_counter() - t
            rows.append(f"| `sagsgang ingest --jobs {jobs}` (288 JSON files) | {secs:.1f} | {report.items} | "
                        f"{report.items / secs:.0f} | {len(files) / secs:.1f} |")
        site = Site({json.loads(p.read_bytes())["Id"]: p.read_bytes() for p in files})
        with Server(site) as base:
            client = PoliteClient(contact="bench@example.invalid", delay=0)
            store = open_index(str(Path(tmp) / "harvest.db"))
            t = time.perf_counter()
            first = harvest_site(client, store, base, bilag=False)
            secs = time.perf_counter() - t
            n1 = dict(client.requests)
            t = time.perf_counter()
            second = harvest_site(client, store, base, bilag=False)
            secs2 = time.perf_counter() - t
            store.close()
            client.close()
        items = sum(len(json.loads(p.read_bytes())["Dagsordenpunkter"]) for p in files)
        rows.append(f"| `harvest` first run, local site, no delay, no bilag ({first.new} new) | {secs:.1f} | "
                    f"{items} | {items / secs:.0f} | {first.new / secs:.1f} |")
        rows.append(f"| `harvest` second run ({second.unchanged} unchanged, all 304) | {secs2:.1f} | 0 | – | "
                    f"{second.unchanged / secs2:.1f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    second_requests = {k: client.requests[k] - n1.get(k, 0) for k in client.requests}
    body = "\n".join([
        "Corpus: shared/corpus/publications/firstagenda-greve (288 meetings, 4,292 items).",
        "",
        "| run | seconds | items | items/s | meetings/s |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"Requests, first harvest: {n1.get('get', 0)} plain GETs + {n1.get('robots', 0)} robots.txt; second: "
        f"{second_requests.get('conditional', 0)} conditional GETs, {second_requests.get('get', 0)} plain. "
        f"Peak RSS {rss} MB. A real site is harvested at the polite delay (default 1 s per request), "
        "so a site's first harvest is bound by the delay, not by parsing: 288 meetings take ~5 min at 1 s.",
    ])
    print(body)
    if not args.no_record:
        record("Structured publications (ingest and harvest)", body)


if __name__ == "__main__":
    main()
