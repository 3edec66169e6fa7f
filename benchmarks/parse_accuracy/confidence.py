"""Does `confidence` tell a user which pages were read badly? Each page of a split is parsed, scored
alone with the shared scorer's own logic (its per-document F1), and compared with what the parse says
of itself: the rank correlation of `confidence` with the page's F1, and how well the warning (the note
`parse` prints on stderr and `ingest` counts as "partly read") picks out the pages read badly.

    PYTHONPATH=src python benchmarks/parse_accuracy/confidence.py [--split tune|check|all]
        [--only pages|flat] [--per-doc] [--out DIR]

Why: the product promises that a page it could not read says so, and nobody had measured whether the
confidence tracks how well a page was actually read. A page "read badly" has a per-page F1 below
BAD (0.7). Printed per split and variant, one line each: pages, bad pages, Spearman rho, warned
pages, warning recall (bad pages warned) and precision (warned pages that are bad).
Variants: `pages` the pages as published; `flat` the pages that keep their lines, flattened the way a
PDF transcript prints them (flattened.py), scored against the same gold.
`check` is the unseen estimate: only its aggregates are printed or written, never a page; --per-doc
is refused for it. Deterministic: no randomness, pages in file order.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from flattened import flatten
from real import CORPUS, SCORER, splits

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file
from sagsgang.parse.quality import warning

BAD = 0.7  # a page whose own parse-F1 is below this was read badly


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer as a library (its Tally and score_doc), so a page is scored exactly as the nets score it."""
    spec = importlib.util.spec_from_file_location("score_parse", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page_f1(scoring: ModuleType, gold: dict, pred: dict) -> float:
    """The scorer's per-document F1 (its --per-doc line): every field's counts of one page pooled."""
    tally = scoring.Tally()
    scoring.score_doc(tally, gold, pred)
    c, g, p = (sum(v[i] for v in tally.c.values()) for i in range(3))
    return 2 * c / (g + p) if g + p else 1.0


def ranks(values: list[float]) -> list[float]:
    """1-based ranks, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rho: Pearson's correlation of the ranks (0 when either side is constant)."""
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def read_page(scoring: ModuleType, gold_path: Path, page: Path) -> tuple[str, float, float, str]:
    """(name, F1, confidence, warning) of one page; a page that cannot be parsed scores against an empty
    prediction, with confidence 0 and a warning, as a user would see it fail."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    try:
        doc = parse_file(page)
    except DocumentError as exc:
        return page.name, page_f1(scoring, gold, {}), 0.0, f"failed: {exc.reason}"
    return page.name, page_f1(scoring, gold, doc.to_contract()), doc.confidence or 0.0, warning(doc) or ""


def flat_pages(pairs: list[tuple[Path, Path]], scratch: Path) -> list[tuple[Path, Path]]:
    """The text pages that keep their lines, flattened as a transcript prints them, beside their gold."""
    scratch.mkdir(parents=True, exist_ok=True)
    out = []
    for gold, doc in pairs:
        text = doc.read_text(encoding="utf-8") if doc.suffix == ".txt" else ""
        if text.strip() and "\nTranskript" not in text:
            page = scratch / doc.name
            page.write_text(flatten(text, 1200), encoding="utf-8")
            out.append((gold, page))
    return out


def summarise(label: str, rows: list[tuple[str, float, float, str]]) -> str:
    """One aggregate line: Spearman of confidence against F1, and the warning's recall and precision on bad pages."""
    f1s, confs = [r[1] for r in rows], [r[2] for r in rows]
    bad = {r[0] for r in rows if r[1] < BAD}
    warned = {r[0] for r in rows if r[3]}
    hit = len(bad & warned)
    recall = f"{hit / len(bad):.3f}" if bad else "-"
    precision = f"{hit / len(warned):.3f}" if warned else "-"
    return (f"{label}: {len(rows)} pages, {len(bad)} with F1<{BAD}; spearman {spearman(confs, f1s):.3f}; "
            f"warned {len(warned)}: recall {recall} ({hit}/{len(bad)}), precision {precision} ({hit}/{len(warned)})")


def listing(rows: list[tuple[str, float, float, str]]) -> str:
    """One line per page, worst read first: for tune only (check is read by its aggregates)."""
    return "".join(f"  {n}\tF1 {f:.3f}\tconf {c:.3f}\t{w}\n" for n, f, c, w in sorted(rows, key=lambda r: r[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "check", "all"], default="tune")
    ap.add_argument("--only", choices=["pages", "flat"], action="append", help="run these variants only")
    ap.add_argument("--per-doc", action="store_true", help="list every tune page (refused for check)")
    ap.add_argument("--out", type=Path, help="write the summary lines (and tune's per-page rows) here")
    args = ap.parse_args(argv)
    names = ["tune", "check"] if args.split == "all" else [args.split]
    if args.per_doc and "check" in names:
        ap.error("--per-doc is for tune only: check is read by its aggregates")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    scoring = load_scorer()
    groups = splits(CORPUS)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            for variant in args.only or ["pages", "flat"]:
                pairs = groups[name] if variant == "pages" else flat_pages(groups[name], Path(tmp) / name)
                rows = [read_page(scoring, g, d) for g, d in pairs]
                lines.append(summarise(f"{name}/{variant}", rows))
                print(lines[-1], flush=True)
                if name == "tune" and args.per_doc:
                    print(listing(rows), end="")
                if name == "tune" and args.out:
                    (args.out / f"tune-{variant}.tsv").write_text(listing(rows), encoding="utf-8")
    if args.out:
        (args.out / "summary.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
