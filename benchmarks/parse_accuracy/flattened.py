"""Robustness to flattening: the tune pages that keep their lines, printed the way a PDF transcript
site prints a document (each page one long line behind its page number), scored against the same gold.

    PYTHONPATH=src python benchmarks/parse_accuracy/flattened.py [--chars 1200] [--out DIR]

Why: on `check` the transcript pages score far below the pages that keep their lines (items recall
0.40 against 0.90 at the start of session 4), and `check` may not be studied one by one. This takes
pages whose gold we may study, loses their line structure the way a transcript does, and shows where
the parser depended on it. The same text and gold, so every loss is the flattening's. A transcript
of a web page is not a real document: read this beside `real.py`, never instead of it.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer


def flatten(text: str, chars: int) -> str:
    """The page as a transcript: its first line as the title, then its lines joined into pages of
    about `chars` characters, each one line behind its page number."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    pages, page = [], []
    for ln in lines:
        page.append(ln)
        if sum(len(x) for x in page) > chars:
            pages.append(" ".join(page))
            page = []
    if page:
        pages.append(" ".join(page))
    body = "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1))
    return f"{lines[0]}\n\nTranskript\n\n{body}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=1200, help="characters per flattened page (default 1200)")
    ap.add_argument("--out", type=Path, default=None, help="keep gold and predictions here")
    args = ap.parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-flat-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-flat-docs-"))
    for kind in ("lines", "flat"):
        (root / kind / "gold").mkdir(parents=True, exist_ok=True)
        (root / kind / "pred").mkdir(parents=True, exist_ok=True)
    pages = lined_tune_pages(CORPUS)
    count = len(pages)
    for gold, doc, text in pages:
        for kind, version in (("lines", text), ("flat", flatten(text, args.chars))):
            page = scratch / kind / doc.name
            page.parent.mkdir(exist_ok=True)
            page.write_text(version, encoding="utf-8")
            parse_beside_gold(page, gold, root / kind, doc.name)
    print(f"{count} tune pages with their lines, then flattened ({args.chars} characters a page)", flush=True)
    status = 0
    for kind in ("lines", "flat"):
        print(f"== {kind}", flush=True)
        status |= subprocess.call(scorer(root / kind))
    return status


if __name__ == "__main__":
    sys.exit(main())
