"""Does a learned component beat the rules? Where a list's numbers were lost, its titles run
together and `parse.title_split.boundaries` decides by rules where one title ends. This trains a
logistic-regression boundary classifier on `tune` (features: the rules' own cues) and scores
`check` with it in place of the rules, beside the rules, in one run.

    PYTHONPATH=src python benchmarks/parse_accuracy/boundary_model.py

Needs scikit-learn (`pip install scikit-learn`); it is not a dependency of sagsgang, because the
model did not beat the rules on `check` (BENCHMARKS.md has the numbers).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import sagsgang.parse.list_end as list_end
import sagsgang.parse.number_chain as number_chain
import sagsgang.parse.title_split as title_split
from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file

sys.path.insert(0, str(Path(__file__).parent))
from real import CORPUS, SCORER, splits  # noqa: E402

_WORD = re.compile(r"\S+")
RULES = title_split.boundaries


def use_boundaries(rule) -> None:
    """Put `rule` in place of the rules everywhere they are called (title_split, number_chain and list_end)."""
    title_split.boundaries = rule
    number_chain.boundaries = rule
    list_end.boundaries = rule


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def candidates(span: str) -> list[tuple[int, int]]:
    """(word index, offset) of every word that could start a title: capitalised or a status word."""
    words = list(_WORD.finditer(span))
    return [(k, m.start()) for k, m in enumerate(words) if k and m.group()[:1].isupper()]


def features(span: str, k: int, common: frozenset[str]) -> list[float]:
    words = [m.group() for m in _WORD.finditer(span)]
    w, prev = words[k], words[k - 1]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    starts = sum(1 for j in range(1, len(words)) if words[j] == w)
    bare = prev.strip(".,:;()\"”“").lower()
    return [
        float(prev[:1].islower()), float(prev[:1].isupper()), float(prev[:1].isdigit()),
        float(prev.endswith((")", "\"", "”"))), float(prev.endswith(".")), float(prev.endswith((",", "-", "&", ":"))),
        float(bare in title_split.FUNCTION_WORDS), float(bare in title_split.MONTHS),
        float(w.lower() in common), float(w.isupper()), float(w.endswith("-")), float(nxt in ("og", "eller")),
        float(title_split.is_body_name(w)), float(title_split.is_body_name(prev)), float(starts >= 2),
        float(bool(title_split._STATUS.match(w))), min(k, 20) / 20, min(len(w), 20) / 20,
    ]


def collect(pairs: list[tuple[Path, Path]]) -> tuple[list[list[float]], list[int]]:
    """Features and labels of every candidate in every span the list reader splits, on `pairs`."""
    seen: list[tuple[str, frozenset[str]]] = []

    def recording(span: str, common: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()):
        seen.append((span, common))
        return RULES(span, common, known)

    xs, ys = [], []
    use_boundaries(recording)
    try:
        for gold_path, doc in pairs:
            seen.clear()
            try:
                parse_file(doc)
            except DocumentError:
                continue
            titles = [_norm(i["title"])[:20] for i in json.loads(gold_path.read_text("utf-8"))["items"] if i["title"]]
            for span, common in seen:
                for k, pos in candidates(span):
                    rest = _norm(span[pos:])
                    xs.append(features(span, k, common))
                    ys.append(int(any(t and rest.startswith(t) for t in titles)))
    finally:
        use_boundaries(RULES)
    return xs, ys


def score(pairs: list[tuple[Path, Path]], name: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        gold.mkdir()
        pred.mkdir()
        for g, doc in pairs:
            (gold / g.name).write_bytes(g.read_bytes())
            try:
                out = parse_file(doc).to_contract()
            except DocumentError:
                continue
            (pred / f"{doc.name}.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)],
                             capture_output=True, text=True).stdout
    lines = out.splitlines()
    items = next(ln for ln in lines if ln.startswith("items "))
    return f"{name:8} {lines[-1]}\n{'':8} {items}"


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    groups = splits(CORPUS)
    xs, ys = collect(groups["tune"])
    import os
    balanced = "balanced" if os.environ.get("BALANCED", "1") == "1" else None
    threshold = float(os.environ.get("THRESHOLD", "0.5"))
    model = LogisticRegression(max_iter=1000, class_weight=balanced).fit(xs, ys)
    print(f"trained on {len(ys)} candidate boundaries from tune ({sum(ys)} true)")

    def learned(span: str, common: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()):
        """The model's boundaries; `known` (the titles read elsewhere on the page) is not one of its features."""
        out = []
        for k, pos in candidates(span):
            p = model.predict_proba([features(span, k, common)])[0][1]
            if p >= threshold:
                out.append((1.0 + p, pos, 0))
        return out

    for split in ("tune", "check"):
        print(score(groups[split], f"{split}/rules"))
        use_boundaries(learned)
        try:
            print(score(groups[split], f"{split}/model"))
        finally:
            use_boundaries(RULES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
