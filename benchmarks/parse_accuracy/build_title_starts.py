"""Build src/sagsgang/parse/data/title_starts.txt: the words that start agenda titles.

    python benchmarks/parse_accuracy/build_title_starts.py [--corpus ../shared/corpus]

Where extraction lost a list's numbers, its titles run together; a capitalised word after a
capitalised word starts a new title only with evidence. One piece of evidence is learned from
data: the words that start titles in the hand-made gold of the `tune` split (never `check`),
printed at least twice, and common nouns (also printed in lower case inside titles), so no place
or person name enters. `parse.title_split` reads the file; BENCHMARKS.md has its effect on check.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real import CORPUS, splits  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "sagsgang" / "parse" / "data" / "title_starts.txt"
OBJECTS_OUT = OUT.with_name("title_objects.txt")
FUNCTION_WORDS = {"den", "det", "de", "en", "et", "ny", "nyt", "nye"}
# the prepositions a title goes on after ('Endelig vedtagelse af Lokalplan …')
PREPOSITIONS = {"af", "til", "for", "i", "og", "med", "om", "på", "ved", "fra", "mellem", "samt", "eller", "under",
                "over", "efter", "mod", "hos"}


def objects(corpus: Path, words: list[str]) -> list[str]:
    """Of the title-starting words, those that titles print after a preposition at least half as often
    as they start one ('… af Lokalplan …'): after a preposition they go on the title, not start one."""
    starts: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for gold_path, _ in splits(corpus)["tune"]:
        for item in json.loads(gold_path.read_text(encoding="utf-8"))["items"]:
            ws = (item.get("title") or "").split()
            if ws:
                starts[ws[0]] += 1
            after.update(b for a, b in zip(ws, ws[1:], strict=False) if a in PREPOSITIONS)
    return sorted(w for w in words if 2 * after[w] >= starts[w])


def build(corpus: Path, min_count: int = 2) -> list[str]:
    starts: Counter[str] = Counter()
    lower: set[str] = set()
    for gold_path, _ in splits(corpus)["tune"]:
        for item in json.loads(gold_path.read_text(encoding="utf-8"))["items"]:
            title = item.get("title") or ""
            words = title.split()
            if words and words[0][:1].isupper() and words[0].isalpha() and not words[0].isupper():
                starts[words[0]] += 1
            lower.update(re.findall(r"\b[a-zæøå]+\b", title))
    return sorted(w for w, n in starts.items()
                  if n >= min_count and w.lower() in lower and w.lower() not in FUNCTION_WORDS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    words = build(args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("# words that start agenda titles; built by benchmarks/parse_accuracy/build_title_starts.py\n"
                        + "\n".join(words) + "\n", encoding="utf-8")
    objs = objects(args.corpus, words)
    args.out.with_name(OBJECTS_OUT.name).write_text(
        "# title-starting words that titles also print after a preposition; built by "
        "benchmarks/parse_accuracy/build_title_starts.py\n" + "\n".join(objs) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}; {len(objs)} of them also objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
