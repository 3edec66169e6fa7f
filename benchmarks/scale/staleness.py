"""How long a stored document takes to become searchable on a web node (issue 19): serve follows the store's
change log in a background thread (search/follow.py) instead of applying it inside a search, so a new document
is found a moment after its commit, not at once. This measures that moment against a large store.

    python benchmarks/scale/staleness.py --db DB [--documents 20] [--pause 0.5]

DB is a store of `run.py` (a SQLite file or postgresql://…; it is written to: use a copy). `sagsgang serve` runs
over it; this process stores `--documents` generated agendas one at a time, as a queue worker does (no search
index of its own), each carrying a word of its own in its header, and after each commit polls the node's search
API for that word every 10 ms: the seconds from the commit to the first answer that finds it. The documents stay in the
store (of the year 2090, one made-up municipality's meetings).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SAGSGANG, free_port, pct  # noqa: E402


def _served(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*SAGSGANG, "serve", "--db", db, "--port", str(port)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while True:
        try:
            urllib.request.urlopen(base + "/api/v1", timeout=5).read()
            return server, base
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.05)


def _found(base: str, word: str) -> bool:
    with urllib.request.urlopen(f"{base}/api/v1/search?q={word}", timeout=10) as r:
        return json.load(r)["total"] > 0


def main() -> None:
    from sagsgang.demo import generate
    from sagsgang.ingest import ingest
    from sagsgang.search import open_writer

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="a store of run.py (written to: use a copy)")
    ap.add_argument("--documents", type=int, default=20, help="documents stored one at a time (default 20)")
    ap.add_argument("--pause", type=float, default=0.5, help="seconds between two documents (default 0.5)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sagsgang-staleness-"))
    generate(work, municipalities=1, years=1, formats=["txt"], seed=11, first_year=2090, max_items=args.documents * 8)
    docs = sorted((work / "docs").iterdir())[: args.documents]
    server, base = _served(args.db)
    writer = open_writer(args.db)
    delays: list[float] = []
    try:
        for doc in docs:
            word = "stale" + "".join(chr(ord("a") + int(c, 16)) for c in uuid.uuid4().hex[:10])  # letters only
            # in the meeting's header (its text is public): the end of a page may be a closed item's, never indexed
            first, rest = doc.read_text(encoding="utf-8").split("\n", 1)
            doc.write_text(f"{first}\nEmneord: {word}\n{rest}", encoding="utf-8")
            ingest(writer, [str(doc)])  # returns after the document's commit
            committed = time.perf_counter()
            while not _found(base, word):
                if time.perf_counter() - committed > 120:
                    raise SystemExit(f"{word} not searchable after 120 s")
                time.sleep(0.01)
            delays.append(time.perf_counter() - committed)
            time.sleep(args.pause)
    finally:
        writer.close()
        server.terminate()
        server.wait(timeout=30)
    print(f"{len(delays)} documents, commit to searchable on the web node: p50 {statistics.median(delays):.2f} s, "
          f"p95 {pct(delays, 95):.2f} s, max {max(delays):.2f} s")


if __name__ == "__main__":
    main()
