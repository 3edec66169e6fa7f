#!/usr/bin/env python3
"""Retrieval benchmark: shared/tools/eval_search.py with the Danish analyzer and the plain baseline.

Runs every query set twice in the same run, once per analyzer (SAGSGANG_ANALYZER=danish|plain,
honoured by `sagsgang ingest`, which records the analyzer in the database so `search` uses the
same), and prints MRR@10 / R@10 / P@1 side by side. Sets: the shared dev queries over corpus/docs,
the dev queries over corpus/extra/docs (tune on these) and the check queries over the same
documents (queries_extra_check.tsv, set aside before tuning: report, never tune).

`--without FEATURE` (repeatable) switches a ranking feature off for the Danish runs
(SAGSGANG_RANKING_OFF, read by the search engine), to measure what each feature adds:

    python benchmarks/retrieval/run.py [--shared /work/shared] [--verbose] [--without recency]
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
    ap.add_argument("--without", action="append", default=[], metavar="FEATURE",
                    help="ranking feature to switch off (coordination, fuzzy)")
    ap.add_argument("--sets", default="dev,extra,check", help="which query sets to run (default: all)")
    ap.add_argument("--analyzers", default="danish,plain")
    a = ap.parse_args(argv)
    corpus = a.shared / "corpus"
    here = Path(__file__).parent
    sets = [("dev", "dev (corpus/docs)", corpus / "docs", corpus / "queries.tsv"),
            ("extra", "extra dev (extra/docs)", corpus / "extra" / "docs", here / "queries_extra.tsv"),
            ("check", "extra check (extra/docs)", corpus / "extra" / "docs", here / "queries_extra_check.tsv")]
    wanted = set(a.sets.split(","))
    off = ",".join(a.without)
    cli = f"{shlex.quote(sys.executable)} -m sagsgang"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    for key, label, docs, queries in sets:
        if key not in wanted:
            continue
        if not docs.is_dir() or not queries.exists():
            print(f"{label}: skipped (missing {docs} or {queries})")
            continue
        for analyzer in a.analyzers.split(","):
            cmd = [sys.executable, str(a.shared / "tools" / "eval_search.py"), "--docs", str(docs),
                   "--queries", str(queries), "--ingest", cli + " ingest {docs} --db {db}",
                   "--search", cli + " search {query} --db {db} --json --limit 10"]
            if a.verbose:
                cmd.append("--verbose")
            run_env = dict(env, SAGSGANG_ANALYZER=analyzer, SAGSGANG_RANKING_OFF=off if analyzer != "plain" else "")
            out = subprocess.run(cmd, env=run_env, capture_output=True, text=True)
            lines = out.stdout.strip().splitlines() or [out.stderr.strip()]
            for line in lines[:-1]:
                print(f"    {line}")
            name = analyzer + (f" without {off}" if off and analyzer != "plain" else "")
            print(f"{label:<26} {name:<18} {lines[-1]}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
