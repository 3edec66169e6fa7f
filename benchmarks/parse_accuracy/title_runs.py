"""How well does the parser part titles that extraction ran together? Real titles of real meetings,
joined by spaces six at a time, split again by `parse.title_split.split_titles`, scored per boundary.

    PYTHONPATH=src python benchmarks/parse_accuracy/title_runs.py [--show N]

Why: a PDF printed as a transcript loses the numbers of its contents list, and then only the words
say where one title ends (`Årsregnskab Låneadgang mv. …`). On `check` the items of such pages are the
largest loss, and `check` may not be read page by page. The titles here are real and many: the
hand-made gold of `tune` (45 municipalities' pages) and the 4,292 captions of the Greve FirstAgenda
publications, each run within one meeting and in agenda order. Greve's captions never went into a
rule or a word list (the learned title starts come from `tune` only); `tune`'s did, so read its
number as in-sample.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from sagsgang.parse.title_split import split_titles

sys.path.insert(0, str(Path(__file__).parent))
from real import CORPUS, splits  # noqa: E402

RUN = 6  # titles per run: a contents page's worth


def tune_runs() -> Iterator[list[str]]:
    """The titles of each tune gold document, in order (lost titles left out)."""
    for gold, _ in splits(CORPUS)["tune"]:
        titles = [i["title"] for i in json.loads(gold.read_text(encoding="utf-8"))["items"] if i.get("title")]
        yield [t for t in titles if len(t) > 3]


def greve_runs() -> Iterator[list[str]]:
    """The captions of each Greve meeting, in agenda order."""
    for path in sorted((CORPUS / "publications" / "firstagenda-greve").glob("*.json")):
        items = json.loads(path.read_text(encoding="utf-8")).get("Dagsordenpunkter") or []
        titles = [unicodedata.normalize("NFC", " ".join((i.get("Caption") or "").split())) for i in items]
        yield [t for t in titles if len(t) > 3]


def score(meetings: Iterator[list[str]], show: int = 0) -> dict[str, float]:
    """Boundary precision/recall/F1 over runs of RUN titles; prints up to `show` wrong splits."""
    tp = fp = fn = 0
    for titles in meetings:
        for start in range(0, len(titles), RUN):
            run = titles[start:start + RUN]
            if len(run) < 2:
                continue
            got = split_titles(" ".join(run))
            truth, found = _cuts(run), _cuts(got)
            tp, fp, fn = tp + len(truth & found), fp + len(found - truth), fn + len(truth - found)
            if show and truth != found:
                show -= 1
                print("  printed:", " | ".join(run), "\n  split:  ", " | ".join(got))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r), "boundaries": tp + fn}


def _cuts(titles: list[str]) -> set[int]:
    """Character offsets of the title starts after the first in the joined run."""
    out, at = set(), 0
    for t in titles[:-1]:
        at += len(t) + 1
        out.add(at)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many wrongly split runs")
    args = ap.parse_args(argv)
    print("| titles | boundaries | precision | recall | F1 |\n|---|---|---|---|---|")
    for name, runs in (("tune gold (in-sample)", tune_runs()), ("Greve captions (unseen)", greve_runs())):
        s = score(runs, args.show)
        print(f"| {name} | {s['boundaries']} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
