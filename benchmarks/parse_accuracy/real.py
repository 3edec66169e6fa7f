"""Parse accuracy on real documents: the shared gold, split into `tune` (corpus/gold + extra tune)
and `check` (extra check: municipalities treated as unseen), scored with shared/tools/score_parse.py.

    PYTHONPATH=src python benchmarks/parse_accuracy/real.py [--split tune|check|all] [--per-doc] [--out DIR]

Parses in-process (same code path as `sagsgang parse --json`) into DIR/<split>/, then runs the
scorer on each split. `check` is the honest estimate for an unseen municipality: read its numbers,
not its misses.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
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
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)]
    if per_doc:
        cmd.append("--per-doc")
    return subprocess.call(cmd)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "check", "all"], default="all")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, help="keep predictions here (default: a temporary folder)")
    ap.add_argument("--per-doc", action="store_true")
    args = ap.parse_args(argv)
    groups = splits(args.corpus)
    names = ["tune", "check"] if args.split == "all" else [args.split]
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        for n in names:
            run_split(n, groups[n], root, args.per_doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
