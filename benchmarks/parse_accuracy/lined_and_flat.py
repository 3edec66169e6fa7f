"""What the nets that rewrite tune pages and print each variant lined and flattened share (title_lines.py,
body_lists.py, unnumbered.py): their command line, the one line a run prints, and the run itself. One place, so
that each net holds only its variant and the gold it changes, and all three print and score alike."""
from __future__ import annotations

import argparse
import json
import subprocess
from collections.abc import Iterable
from pathlib import Path

from flattened import flatten
from real import parse_beside_gold, scorer, variant_parser


def layout_parser(description: str, variants: Iterable[str]) -> argparse.ArgumentParser:
    """variant_parser's --only and --out, and the layouts to run (--layout) and the scorer's whole table (--fields)."""
    ap = variant_parser(description, variants)
    ap.add_argument("--layout", choices=("lined", "flat", "both"), default="both")
    ap.add_argument("--fields", action="store_true", help="print the scorer's whole table of each run")
    return ap


def layouts_of(choice: str) -> tuple[str, ...]:
    """The layouts `--layout` names."""
    return ("lined", "flat") if choice == "both" else (choice,)


def field_summary(scored: str, fields: tuple[str, ...], counts: bool = False) -> str:
    """The scorer's parse-F1, then the F1 of each line that starts with one of `fields` (with its ok/gold/pred
    when `counts`), on one line."""
    out = []
    for ln in scored.splitlines():
        if ln.startswith("parse-F1"):
            out.insert(0, "F1 " + ln.split()[1])
        elif ln.startswith(fields):
            out.append(f"{ln.split()[0]} {ln.split()[1]}" + (f" {ln.split()[-1]}" if counts else ""))
    return " | ".join(out)


def score_layouts(kind: str, width: int, pages: list[tuple[Path, Path, str, dict]], layouts: tuple[str, ...],
                  root: Path, scratch: Path, label: str, fields: tuple[str, ...], counts: bool = False,
                  whole_table: bool = False) -> int:
    """Each (gold file, document, rewritten text, its gold) written in each layout (flattened: flattened.py's
    transcript layout), parsed beside its gold under `root`/kind/layout and scored; one line per layout: the
    variant's name (padded to `width`), the layout, `label`. The scorer's exit status, or-ed."""
    status = 0
    for layout in layouts:
        run = root / kind / layout
        (scratch / kind / layout / "gold").mkdir(parents=True, exist_ok=True)
        for gold, doc, text, new_gold in pages:
            page = scratch / kind / layout / doc.name
            page.write_text(flatten(text, 1200) if layout == "flat" else text, encoding="utf-8")
            g = scratch / kind / layout / "gold" / gold.name
            g.write_text(json.dumps(new_gold, ensure_ascii=False), encoding="utf-8")
            parse_beside_gold(page, g, run, doc.name)
        res = subprocess.run(scorer(run), capture_output=True, text=True)
        status |= res.returncode
        print(f"== {kind:{width}s} {layout:5s} {label}: {field_summary(res.stdout, fields, counts)}", flush=True)
        if whole_table:
            print(res.stdout, flush=True)
    return status
