"""Build src/sagsgang/parse/data/title_starts.txt: the words that start agenda titles.

    python benchmarks/parse_accuracy/build_title_starts.py [--corpus ../shared/corpus] [--greve-min-count N]

Where extraction lost a list's numbers, its titles run together; a capitalised word after a
capitalised word starts a new title only with evidence. One piece of evidence is learned from
data: the words that start titles in the hand-made gold of the `tune` split (never `check`),
printed at least twice, and common nouns (also printed in lower case inside titles), so no place
or person name enters. `parse.title_split` reads the file; BENCHMARKS.md has its effect on check.

`--greve-min-count N` (off by default) also learns from the captions of the Greve FirstAgenda
meetings of the `dev` half only (even index of `sorted(glob)`, as title_runs.py and transcribed.py
split them): a word that starts at least N of them. Why: tune's ~100 pages hold too few titles to
see common openings ('Udbud', 'Budgetopfølgning' were missing), and Greve's ~2,000 dev captions are
real titles. The `held` half is never read, so `--greve held` of those nets still measures titles no
word came from. The same safeguards hold (lower case inside a title of either source: 'Greve',
'Mosede', 'Strandparken' stay out), plus one: the word must also start a tune title at least once,
so one council's habit ('Tryghed', 'Introduktion', 'Klub') does not enter. The objects list stays
tune's own. It is off because it does not pay on the measures nobody tuned on. Measured (issue 11,
strand `starts`; main: check 0.870 / micro 0.886, title_runs held clean 0.955 / all 0.950,
transcribed held 0.980): N = 5 adds 9 words ('Udbud', 'Budgetopfølgning', 'Opfølgning', …) and
leaves check at 0.870 / 0.886, lifts title_runs held to 0.957 / 0.952, but transcribed held falls to
0.978 (its seeds 12-14: -0.001, +0.001, 0.000); N = 3 (15 words) gives the same; without the tune
safeguard, N = 2..10 gives check 0.869-0.870 and the same transcribed fall.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from real import CORPUS, splits  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "sagsgang" / "parse" / "data" / "title_starts.txt"
OBJECTS_OUT = OUT.with_name("title_objects.txt")
FUNCTION_WORDS = {"den", "det", "de", "en", "et", "ny", "nyt", "nye"}
# the prepositions a title goes on after ('Endelig vedtagelse af Lokalplan …')
PREPOSITIONS = {"af", "til", "for", "i", "og", "med", "om", "på", "ved", "fra", "mellem", "samt", "eller", "under",
                "over", "efter", "mod", "hos"}


GREVE_MIN_COUNT = 0  # off: see the docstring


def tune_titles(corpus: Path) -> Iterator[str]:
    """The titles of the tune gold, each document in order."""
    for gold_path, _ in splits(corpus)["tune"]:
        for item in json.loads(gold_path.read_text(encoding="utf-8"))["items"]:
            yield item.get("title") or ""


def greve_dev_titles(corpus: Path) -> Iterator[str]:
    """The captions of the even-indexed (`dev`) Greve meetings; the odd (`held`) ones are never read."""
    paths = sorted((corpus / "publications" / "firstagenda-greve").glob("*.json"))
    for path in paths[::2]:
        for item in json.loads(path.read_text(encoding="utf-8")).get("Dagsordenpunkter") or []:
            yield unicodedata.normalize("NFC", " ".join((item.get("Caption") or "").split()))


def _start_counts(titles: Iterable[str], lower: set[str]) -> Counter[str]:
    """How often each capitalised word starts a title; adds the titles' lower-case words to `lower`."""
    starts: Counter[str] = Counter()
    for title in titles:
        words = title.split()
        if words and words[0][:1].isupper() and words[0].isalpha() and not words[0].isupper():
            starts[words[0]] += 1
        lower.update(re.findall(r"\b[a-zæøå]+\b", title))
    return starts


def objects(titles: Iterable[str], words: list[str]) -> list[str]:
    """Of the title-starting words, those that titles print after a preposition at least half as often
    as they start one ('… af Lokalplan …'): after a preposition they go on the title, not start one."""
    starts: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for title in titles:
        ws = title.split()
        if ws:
            starts[ws[0]] += 1
        after.update(b for a, b in zip(ws, ws[1:], strict=False) if a in PREPOSITIONS)
    return sorted(w for w in words if 2 * after[w] >= starts[w])


def build(corpus: Path, min_count: int = 2, greve_min_count: int = GREVE_MIN_COUNT) -> list[str]:
    """The common nouns that start titles often enough in tune's gold, or (with `greve_min_count`) in
    Greve dev's captions and at least once in tune's gold. A tune word needs its lower case in tune's
    titles, as before: Greve's lower-case words would let in tune's adjectives and status words."""
    tune_lower: set[str] = set()
    tune = _start_counts(tune_titles(corpus), tune_lower)
    words = {w for w, n in tune.items() if n >= min_count and w.lower() in tune_lower}
    if greve_min_count:
        lower = set(tune_lower)
        greve = _start_counts(greve_dev_titles(corpus), lower)
        words |= {w for w, n in greve.items() if n >= greve_min_count and tune[w] and w.lower() in lower}
    return sorted(w for w in words if w.lower() not in FUNCTION_WORDS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--greve-min-count", type=int, default=GREVE_MIN_COUNT,
                    help="learn also the words that start at least N Greve-dev captions (0, the default: tune only)")
    args = ap.parse_args(argv)
    words = build(args.corpus, greve_min_count=args.greve_min_count)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("# words that start agenda titles; built by benchmarks/parse_accuracy/build_title_starts.py\n"
                        + "\n".join(words) + "\n", encoding="utf-8")
    objs = objects(tune_titles(args.corpus), words)
    args.out.with_name(OBJECTS_OUT.name).write_text(
        "# title-starting words that titles also print after a preposition; built by "
        "benchmarks/parse_accuracy/build_title_starts.py\n" + "\n".join(objs) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}; {len(objs)} of them also objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
