"""Positions, votes and unanimity on real documents: every document with gold in
shared/corpus/positions, parsed in-process (the code path of `sagsgang parse --json`) and scored with
shared/tools/score_positions.py, plus per-stance numbers.

    PYTHONPATH=src python benchmarks/positions/run.py [--out DIR] [--per-doc]

Documents are looked up by name in corpus/docs, corpus/extra/docs and corpus/publications/*/.
Scored in groups: `documents` (text, HTML, PDF minutes), `publications` (the FirstAgenda
publication JSON: near zero until the FirstAgenda reader is merged, as sagsgang reads them as plain
text today), `all`, and `grammar`: the extractor alone on the gold decision texts, which separates
parsing misses (a wrong or missing decision text) from grammar misses. A document that fails to
parse is counted and named, and scored as all misses.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file
from sagsgang.parse.positions import STANCES, extract

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TOOLS = CORPUS.parent / "tools"
sys.path.insert(0, str(TOOLS))
from score_parse import align_items  # noqa: E402
from score_positions import pair_decisions  # noqa: E402

GROUPS = {"documents": "text, HTML and PDF minutes, parsed", "publications": "FirstAgenda publication JSON, parsed",
          "all": "every gold document, parsed", "grammar": "the grammar alone, on the gold decision texts"}


def find_document(corpus: Path, name: str) -> Path | None:
    for folder in [corpus / "docs", corpus / "extra" / "docs", *sorted((corpus / "publications").glob("*"))]:
        if (folder / name).is_file():
            return folder / name
    return None


def stance_counts(pairs: list[tuple[dict, dict]], tally: dict[str, Counter]) -> None:
    """ok/gold/pred of (who, stance) pairs per stance over paired documents."""
    for gold, pred in pairs:
        aligned = align_items(gold.get("items") or [], pred.get("items") or [])
        matched = {id(gi) for gi, _ in aligned}
        for gi in gold.get("items") or []:
            if id(gi) not in matched:
                for g in gi.get("decisions") or []:
                    _count(g, {}, tally)
        for gi, pi in aligned:
            gd, pd = gi.get("decisions") or [], pi.get("decisions") or []
            done = set()
            for g, p in pair_decisions(gd, pd):
                done.add(id(g))
                _count(g, p, tally)
            for g in gd:
                if id(g) not in done:
                    _count(g, {}, tally)


def _count(g: dict, p: dict, tally: dict[str, Counter]) -> None:
    gk = {(x["who"], x["stance"]) for x in g.get("positions") or []}
    pk = {(x["who"], x["stance"]) for x in p.get("positions") or []}
    for s in STANCES:
        gs, ps = {k for k in gk if k[1] == s}, {k for k in pk if k[1] == s}
        tally[s].update(ok=len(gs & ps), gold=len(gs), pred=len(ps))


def print_stances(title: str, tally: dict[str, Counter]) -> None:
    print(f"  per stance ({title}):   F1    prec   rec    ok/gold/pred")
    for s in STANCES:
        c = tally[s]
        p = c["ok"] / c["pred"] if c["pred"] else 0.0
        r = c["ok"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"    {s:<10}          {f:6.3f} {p:6.3f} {r:6.3f}   {c['ok']}/{c['gold']}/{c['pred']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, help="keep predictions here (default: a temporary folder)")
    ap.add_argument("--per-doc", action="store_true")
    args = ap.parse_args(argv)
    golds = sorted((args.corpus / "positions").glob("*.json"))
    skipped: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        for sub in GROUPS:
            (root / sub / "gold").mkdir(parents=True, exist_ok=True)
            (root / sub / "pred").mkdir(parents=True, exist_ok=True)
        pairs: dict[str, list[tuple[dict, dict]]] = {sub: [] for sub in GROUPS}
        for g in golds:
            gold = json.loads(g.read_text(encoding="utf-8"))
            src = gold.get("source") or g.name[:-5]
            group = "publications" if src.endswith(".json") else "documents"
            # the grammar alone: extract() on each gold decision text
            pred_g = {"source": src, "items": [
                {"number": it.get("number"), "title": it.get("title"),
                 "decisions": [{**{k: d.get(k) for k in ("committee", "date", "text")}, **vars(extract(d["text"]))}
                               for d in it.get("decisions") or []]} for it in gold.get("items") or []]}
            doc = find_document(args.corpus, src)
            try:
                if doc is None:
                    raise DocumentError(src, "document not found in the corpus")
                pred = parse_file(doc).to_contract()
            except DocumentError as exc:
                skipped.append(f"{src}: {exc.reason}")
                pred = {}
            for sub, p in ((group, pred), ("all", pred), ("grammar", pred_g)):
                (root / sub / "gold" / g.name).write_bytes(g.read_bytes())
                (root / sub / "pred" / f"{src}.json").write_text(json.dumps(p, ensure_ascii=False), encoding="utf-8")
                pairs[sub].append((gold, p))
        print(f"{len(golds)} documents with gold; {len(golds) - len(skipped)} parsed, {len(skipped)} failed")
        reasons = Counter(s.split(": ", 1)[1][:80] for s in skipped)
        for reason, n in reasons.most_common():
            print(f"  failed {n}: {reason}")
        for sub, title in GROUPS.items():
            print(f"== {sub}: {title} ({len(pairs[sub])} documents)", flush=True)
            cmd = [sys.executable, str(TOOLS / "score_positions.py"), "--gold", str(root / sub / "gold"),
                   "--pred", str(root / sub / "pred")]
            if args.per_doc:
                cmd.append("--per-doc")
            subprocess.call(cmd)
            tally: dict[str, Counter] = {s: Counter() for s in STANCES}
            stance_counts(pairs[sub], tally)
            print_stances(sub, tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
