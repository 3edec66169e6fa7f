"""Search page latency p50/p95 on the demo corpus, over HTTP against a live `sagsgang serve`.

    python benchmarks/web/run.py [--rounds 10]

Builds the demo database (`sagsgang demo --no-serve`, default size), starts the server on a free
local port and times full page loads of /?q=… (search, facets, snippets, rendering) for a fixed
query mix, plus the JSON API search for the same queries.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import record  # noqa: E402

QUERIES = ["budget", "skole", "lokalplan", "velfærd", "trafiksikkerhed", "\"taget til efterretning\"", "ældre",
           "takster hjemmepleje", "klimahandleplan", "høring", "godkendelse af dagsorden", "svømmehal"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=10)
    a = ap.parse_args()
    cmd = [sys.executable, "-m", "sagsgang"]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([*cmd, "demo", "--dir", tmp, "--no-serve"], check=True, capture_output=True)
        from sagsgang.store import open_store

        stats = open_store(str(Path(tmp) / "demo.db")).stats()
        port = free_port()
        server = subprocess.Popen([*cmd, "serve", "--db", str(Path(tmp) / "demo.db"), "--port", str(port)],
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(base + "/kommuner", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            timings: dict[str, list[float]] = {"page": [], "api": []}
            for q in QUERIES:  # warm up
                urllib.request.urlopen(base + "/?q=" + urllib.parse.quote(q)).read()
            for _ in range(a.rounds):
                for q in QUERIES:
                    for kind, path in (("page", "/?q="), ("api", "/api/v1/search?q=")):
                        t = time.perf_counter()
                        urllib.request.urlopen(base + path + urllib.parse.quote(q)).read()
                        timings[kind].append((time.perf_counter() - t) * 1000)
        finally:
            server.terminate()
            server.wait(timeout=10)
    lines = [f"Demo corpus (`sagsgang demo`): {stats.get('documents')} documents, {stats.get('items')} agenda items. "
             f"{len(QUERIES)} queries x {a.rounds} rounds over HTTP on localhost.", "",
             "| request | p50 ms | p95 ms | max ms |", "|---|---|---|---|"]
    for kind, label in (("page", "search page `/?q=` (HTML, facets, snippets)"), ("api", "`/api/v1/search`")):
        v = timings[kind]
        lines.append(f"| {label} | {statistics.median(v):.1f} | {pct(v, 95):.1f} | {max(v):.1f} |")
    record("Web search latency", "\n".join(lines))


if __name__ == "__main__":
    main()
