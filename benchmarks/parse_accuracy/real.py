"""Parse accuracy on real documents: the shared gold, split into `tune` (corpus/gold + extra tune)
and `check` (extra check: municipalities treated as unseen), scored with shared/tools/score_parse.py.

    PYTHONPATH=src python benchmarks/parse_accuracy/real.py [--split tune|check|all] [--per-doc] [--by-layout]
        [--out DIR]

Parses in-process (same code path as `sagsgang parse --json`) into DIR/<split>/, then runs the
scorer on each split. `check` is the honest estimate for an unseen municipality: read its numbers,
not its misses. `--by-layout` scores each split's pages again per layout (pages that keep their lines, PDF
transcripts, HTML) and prints only each group's summary: where an unseen municipality's loss lies, without
opening a page.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SCORER = CORPUS.parent / "tools" / "score_parse.py"


def splits(corpus: Path) -> dict[str, list[tuple[Path, Path]]]:
    """(gold file, document) pairs per split."""
    out: dict[str, list[tuple[Path, Path]]] = {"tune": [], "check": []}
    for g in sorted((corpus / "gold").glob("*.json")):
        out["tune"].append((g, corpus / "docs" / json.loads(g.read_text(encoding="utf-8"))["source"]))
    split_of = {}
    for line in (corpus / "extra" / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, split, _ = line.split("\t")
        split_of[name] = split
    for g in sorted((corpus / "extra" / "gold").glob("*.json")):
        src = json.loads(g.read_text(encoding="utf-8"))["source"]
        out[split_of.get(src, "tune")].append((g, corpus / "extra" / "docs" / src))
    return out


def next_filled(lines: list[str], i: int) -> int:
    """The index of the first non-blank line after line `i` (len(lines) when none): where a net finds the
    text that follows a heading or label it rewrites."""
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j


def lined_tune_pages(corpus: Path, split: str = "tune") -> list[tuple[Path, Path, str]]:
    """(gold file, document, text) of the pages of `split` that keep their lines: text pages, no PDF
    transcripts (the probes retype or flatten these and score them against the same gold)."""
    out = []
    for gold, doc in splits(corpus)[split]:
        text = doc.read_text(encoding="utf-8") if doc.suffix == ".txt" else ""
        if text.strip() and "\nTranskript" not in text:
            out.append((gold, doc, text))
    return out


def parse_beside_gold(page: Path, gold: Path, into: Path, name: str) -> None:
    """Parse `page` into `into`/pred/`name`.json beside a copy of its gold in `into`/gold (the scorer's layout);
    a page that cannot be read is reported and left out, as the scorer counts it."""
    (into / "gold").mkdir(parents=True, exist_ok=True)
    (into / "pred").mkdir(parents=True, exist_ok=True)
    (into / "gold" / gold.name).write_bytes(gold.read_bytes())
    try:
        out = parse_file(page).to_contract()
    except DocumentError as exc:
        print(f"parse failed: {into.name}/{name}: {exc.reason}", file=sys.stderr)
        return
    (into / "pred" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")


def scorer(root: Path, per_doc: bool = False) -> list[str]:
    """The shared scorer's command over `root`/gold and `root`/pred (parse_beside_gold's layout)."""
    return [sys.executable, str(SCORER), "--gold", str(root / "gold"), "--pred", str(root / "pred"),
            *(["--per-doc"] if per_doc else [])]


def summary(scored: str) -> list[str]:
    """The scorer's parse-F1 and items lines: what a net prints for one variant."""
    return [ln for ln in scored.splitlines() if ln.startswith(("parse-F1", "items "))]


def variant_parser(description: str, variants: Iterable[str], keeps: str = "gold and predictions"
                   ) -> argparse.ArgumentParser:
    """A variant net's command line: the variants to run (--only) and where to keep what it writes (--out); the
    net adds its own options to it."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--only", choices=sorted(variants), action="append", help="run these variants only")
    ap.add_argument("--out", type=Path, default=None, help=f"keep {keeps} here")
    return ap


def run_lined_variants(variants: dict[str, Callable[[str], str]], prefix: str, description: str,
                       argv: list[str] | None, counted: bool = False, suffixes: dict[str, str] | None = None) -> int:
    """A net over the pages that keep their lines: each variant rewrites every page one way, keeping its gold,
    and is scored against it (perturbed.py, glued.py). With `counted`, each line says how many pages the
    variant changed and --fields prints the scorer's whole table. A variant named in `suffixes` writes its pages
    with that suffix ('.html': read by the HTML reader)."""
    ap = variant_parser(description, variants)
    ap.add_argument("--split", choices=("tune", "check"), default="tune",
                    help="whose pages (check: read the numbers only, never its misses one by one)")
    if counted:
        ap.add_argument("--fields", action="store_true", help="print the scorer's per-field table of each variant")
    args = ap.parse_args(argv)
    kinds = args.only or list(variants)
    root = args.out or Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-"))
    scratch = Path(tempfile.mkdtemp(prefix=f"sagsgang-{prefix}-docs-"))
    pages = lined_tune_pages(CORPUS, args.split)
    print(f"{len(pages)} {args.split} pages with their lines", flush=True)
    status = 0
    for kind in ["plain"] + [k for k in kinds if k != "plain"]:
        (scratch / kind).mkdir(exist_ok=True)
        changed = 0
        for gold, doc, text in pages:
            new = variants[kind](text)
            changed += new != text
            page = scratch / kind / (doc.stem + (suffixes or {}).get(kind, doc.suffix))
            page.write_bytes(new.encode("utf-8"))
            parse_beside_gold(page, gold, root / kind, doc.name)
        res = subprocess.run(scorer(root / kind), capture_output=True, text=True)
        status |= res.returncode
        label = f"{kind} ({changed} pages changed)" if counted else kind
        print(f"== {label}: " + " | ".join(summary(res.stdout)), flush=True)
        if counted and args.fields:
            print(res.stdout, flush=True)
    return status


def run_split(name: str, pairs: list[tuple[Path, Path]], root: Path, per_doc: bool) -> int:
    gold, pred = root / name / "gold", root / name / "pred"
    gold.mkdir(parents=True, exist_ok=True)
    pred.mkdir(parents=True, exist_ok=True)
    for g, doc in pairs:
        (gold / g.name).write_bytes(g.read_bytes())
        try:
            out = parse_file(doc).to_contract()
        except DocumentError as exc:
            print(f"parse failed: {doc.name}: {exc.reason}", file=sys.stderr)
            continue
        (pred / f"{doc.name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"== {name}: {len(pairs)} documents", flush=True)
    return subprocess.call(scorer(root / name, per_doc))


def layout_of(doc: Path) -> str:
    """How a page reached the parser: `lined` (text that keeps its lines), `transcript` (a PDF viewer's
    transcript: a page's lines run together under 'Transkript'), else the file's kind ('html', 'pdf')."""
    if doc.suffix != ".txt":
        return doc.suffix.lstrip(".").lower()
    return "transcript" if "\nTranskript" in doc.read_text(encoding="utf-8") else "lined"


def run_layouts(name: str, pairs: list[tuple[Path, Path]], root: Path) -> int:
    """The split's pages scored again per layout (run_split's gold and predictions, grouped): each group's
    summary lines only, so that a loss can be placed without reading a page."""
    groups: dict[str, list[tuple[Path, Path]]] = {}
    for g, doc in pairs:
        groups.setdefault(layout_of(doc), []).append((g, doc))
    status = 0
    for layout, group in sorted(groups.items()):
        sub = root / f"{name}-{layout}"
        for part in ("gold", "pred"):
            (sub / part).mkdir(parents=True, exist_ok=True)
        for g, doc in group:
            (sub / "gold" / g.name).write_bytes(g.read_bytes())
            pred = root / name / "pred" / f"{doc.name}.json"
            if pred.exists():  # (a page that failed is left out, as the scorer counts it)
                (sub / "pred" / pred.name).write_bytes(pred.read_bytes())
        res = subprocess.run(scorer(sub), capture_output=True, text=True)
        status |= res.returncode
        print(f"   {name} {layout} ({len(group)} documents): " + " | ".join(summary(res.stdout)), flush=True)
    return status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "check", "all"], default="all")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, help="keep predictions here (default: a temporary folder)")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--by-layout", action="store_true",
                    help="also score each split per layout (lined, transcript, html): summary lines only")
    args = ap.parse_args(argv)
    groups = splits(args.corpus)
    names = ["tune", "check"] if args.split == "all" else [args.split]
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        for n in names:
            run_split(n, groups[n], root, args.per_doc)
            if args.by_layout:
                run_layouts(n, groups[n], root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
