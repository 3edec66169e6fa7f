#!/usr/bin/env python3
"""Retrieval benchmark: shared/tools/eval_search.py with the Danish analyzer and the plain baseline.

Runs every query set twice in the same run, once per analyzer (SAGSGANG_ANALYZER=danish|plain,
honoured by `sagsgang ingest`, which records the analyzer in the database so `search` uses the
same), and prints MRR@10 / R@10 / P@1 side by side.

    python benchmarks/retrieval/run.py [--shared /work/shared] [--verbose]
"""
from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args(argv)
    corpus = a.shared / "corpus"
    sets = [("dev (corpus/docs)", corpus / "docs", corpus / "queries.tsv"),
            ("extra (corpus/extra/docs)", corpus / "extra" / "docs", Path(__file__).parent / "queries_extra.tsv")]
    cli = f"{shlex.quote(sys.executable)} -m sagsgang"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for label, docs, queries in sets:
        if not docs.is_dir() or not queries.exists():
            print(f"{label}: skipped (missing {docs} or {queries})")
            continue
        for analyzer in ("danish", "plain"):
            cmd = [sys.executable, str(a.shared / "tools" / "eval_search.py"), "--docs", str(docs),
                   "--queries", str(queries), "--ingest", cli + " ingest {docs} --db {db}",
                   "--search", cli + " search {query} --db {db} --json --limit 10"]
            if a.verbose:
                cmd.append("--verbose")
            out = subprocess.run(cmd, env=dict(env, SAGSGANG_ANALYZER=analyzer), capture_output=True, text=True)
            lines = out.stdout.strip().splitlines() or [out.stderr.strip()]
            for line in lines[:-1]:
                print(f"    {line}")
            print(f"{label:<28} {analyzer:<7} {lines[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
