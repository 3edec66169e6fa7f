"""How well does the parser part titles that extraction ran together? Real titles of real meetings,
joined by spaces six at a time, split again by `parse.title_split.split_titles`, scored per boundary.

    PYTHONPATH=src python benchmarks/parse_accuracy/title_runs.py [--show N] [--greve dev|held|all]
        [--noise clean,pages,groups,heads,digits,contents,all] [--only tune|greve]

Why: a PDF printed as a transcript loses the numbers of its contents list, and then only the words
say where one title ends (`Årsregnskab Låneadgang mv. …`). On `check` the items of such pages are the
largest loss, and `check` may not be read page by page. The titles here are real and many: the
hand-made gold of `tune` (45 municipalities' pages) and the 4,292 captions of the Greve FirstAgenda
publications, each run within one meeting and in agenda order. Greve's captions never went into a
rule or a word list (the learned title starts come from `tune` only); `tune`'s did, so read its
number as in-sample.

Greve's meetings are split by index (`sorted(glob)`): even ones are `greve-dev` (misses may be printed
and studied), odd ones `greve-held` (read its numbers only, never its misses: `--show` prints none of
them), so a change tuned on dev can be checked on runs nobody looked at.

Clean runs are easier than a transcript's contents list. The noise options make them look like one,
each keeping the true title boundaries: `pages` prints a rising page number after some titles
(`… Klosterforum 8 Anlægsprojekter …`), `groups` a group label between titles (`Åbne punkter`,
`Lukkede dagsordenspunkter`), `heads` a running page head between two titles (`2 Referat Byrådet 25.
april 2013`), `digits` drops every digit from the titles (`lokalplan nr område`), `contents` puts a
contents heading with its column heads before the run (`Indholdsfortegnelse Pkt. Tekst Side`), `all`
does all of them at once. A cut anywhere in the noise between two titles is that boundary found; a cut
inside a title is a wrong one.
"""
from __future__ import annotations

import argparse
import json
import random
import re
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


def greve_runs(half: str = "all") -> Iterator[list[str]]:
    """The captions of each Greve meeting, in agenda order: all meetings, or the even-indexed (`dev`) or
    odd-indexed (`held`) ones."""
    paths = sorted((CORPUS / "publications" / "firstagenda-greve").glob("*.json"))
    for index, path in enumerate(paths):
        if half != "all" and index % 2 != (0 if half == "dev" else 1):
            continue
        items = json.loads(path.read_text(encoding="utf-8")).get("Dagsordenpunkter") or []
        titles = [unicodedata.normalize("NFC", " ".join((i.get("Caption") or "").split())) for i in items]
        yield [t for t in titles if len(t) > 3]


NOISES = ("clean", "pages", "groups", "heads", "digits", "contents")
GROUP_LABELS = ("Åbne punkter", "Lukkede dagsordenspunkter", "Lukket punkt", "Åbne dagsordenspunkter",
                "Lukkede punkter")
MONTH_NAMES = ("januar", "marts", "april", "juni", "september", "november")


def noisy(run: list[str], noise: str, rng: random.Random, first_page: int) -> tuple[list[str], list[bool]]:
    """The run as a transcript's contents list prints it under `noise`: its pieces in order, and for each
    whether it is a title (True) or noise between titles (False)."""
    kinds = NOISES[1:] if noise == "all" else (noise,)
    titles = [" ".join(re.sub(r"\d", "", t).split()) for t in run] if "digits" in kinds else list(run)
    titles = [t for t in titles if t]
    pieces: list[tuple[str, bool]] = []
    if "contents" in kinds:
        pieces.append((rng.choice(("Indholdsfortegnelse Pkt. Tekst Side", "Indholdsfortegnelse",
                                   "Punkt Tekst Side", "Indhold Side")), False))
    if "groups" in kinds:
        pieces.append((rng.choice(GROUP_LABELS[:1] + GROUP_LABELS[3:4]), False))
    page = first_page
    for k, title in enumerate(titles):
        if k and "groups" in kinds and rng.random() < 0.15:
            pieces.append((rng.choice(GROUP_LABELS), False))
        if k and "heads" in kinds and rng.random() < 0.15:
            pieces.append((f"{page} Referat Byrådet {rng.randint(1, 28)}. {rng.choice(MONTH_NAMES)} 2013", False))
        pieces.append((title, True))
        if "pages" in kinds and rng.random() < 0.6:
            page += rng.randint(0, 3)
            pieces.append((str(page), False))
    return [p for p, _ in pieces], [t for _, t in pieces]


def _gaps(pieces: list[str], is_title: list[bool]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the joined run where a cut finds a true boundary (from a title's end to the next
    title's start, noise included), and the spans of noise before the first title (no boundary, no error)."""
    gaps, free, at, end, seen = [], [], 0, None, False
    for text, title in zip(pieces, is_title, strict=True):
        if title:
            if seen:
                gaps.append((end, at))
            seen = True
            end = at + len(text)
        elif not seen:
            free.append((at, at + len(text) + 1))
        at += len(text) + 1
    return gaps, free


def score(meetings: Iterator[list[str]], show: int = 0, noise: str = "clean") -> dict[str, float]:
    """Boundary precision/recall/F1 over runs of RUN titles under `noise`; prints up to `show` wrong splits.
    A boundary counts as found when a cut falls anywhere in the gap between its titles (noise included);
    a cut inside a title is wrong."""
    tp = fp = fn = 0
    rng = random.Random(7)
    for titles in meetings:
        for start in range(0, len(titles), RUN):
            run = titles[start:start + RUN]
            if len(run) < 2:
                continue
            pieces, is_title = noisy(run, noise, rng, 2 + start)
            if sum(is_title) < 2:
                continue
            joined = " ".join(pieces)
            gaps, free = _gaps(pieces, is_title)
            found = _found_cuts(joined, split_titles(joined))
            hit = [any(a <= c <= b for c in found) for a, b in gaps]
            wrong = [c for c in found if not any(a <= c <= b for a, b in gaps + free)]
            tp, fp, fn = tp + sum(hit), fp + len(wrong), fn + hit.count(False)
            if show and (wrong or not all(hit)):
                show -= 1
                print("  printed:", " | ".join(pieces), "\n  split:  ", " | ".join(split_titles(joined)))
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r), "boundaries": tp + fn}


def _found_cuts(joined: str, got: list[str]) -> list[int]:
    """Character offsets in the joined run where the split's pieces after the first start."""
    out, at = [], 0
    for k, piece in enumerate(got):
        at = joined.find(piece, at)
        if at < 0:
            break
        if k:
            out.append(at)
        at += len(piece)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print this many wrongly split runs (never greve-held's)")
    ap.add_argument("--greve", choices=("dev", "held", "all"), default="all",
                    help="which half of Greve's meetings to score (all prints both halves' rows)")
    ap.add_argument("--noise", default="clean",
                    help=f"comma-separated of {', '.join(NOISES)}, all (noise at once), or every (each in turn)")
    ap.add_argument("--only", choices=("tune", "greve"), help="score only these runs")
    ap.add_argument("--out", type=Path, help="write the rows as JSON here")
    args = ap.parse_args(argv)
    noises = [*NOISES, "all"] if args.noise == "every" else args.noise.split(",")
    halves = ("dev", "held") if args.greve == "all" else (args.greve,)
    sets = [] if args.only == "greve" else [("tune gold (in-sample)", tune_runs, True)]
    if args.only != "tune":
        sets += [(f"Greve captions {h}", (lambda h=h: greve_runs(h)), h == "dev") for h in halves]
        if args.greve == "all" and "clean" in noises:
            sets.append(("Greve captions (all)", greve_runs, False))
    rows = []
    print("| titles | noise | boundaries | precision | recall | F1 |\n|---|---|---|---|---|---|")
    for noise in noises:
        for name, runs, may_show in sets:
            if name.endswith("(all)") and noise != "clean":
                continue
            s = score(runs(), args.show if may_show else 0, noise)
            rows.append({"titles": name, "noise": noise, **s})
            print(f"| {name} | {noise} | {s['boundaries']} | {s['precision']:.3f} | {s['recall']:.3f} "
                  f"| {s['f1']:.3f} |")
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
