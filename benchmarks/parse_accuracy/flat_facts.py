"""The meeting's facts on one flattened line under other councils' labels: the tune pages that keep their lines,
flattened as a PDF transcript prints them (flattened.py: each page one line behind its page number, so the header's
'Mødested: …', 'Deltagere: …', 'Fraværende: …' run on one line), with the labels of the facts they print at a
line's start re-printed as a council the corpus does not hold prints them, scored per meeting field.

    PYTHONPATH=src python benchmarks/parse_accuracy/flat_facts.py [--only NAME] [--out DIR]

Why: on `check` the transcripts lose the meeting's place (location recall 0.50) and a quarter of its participants
while the check pages that keep their lines read them (location 22/22): the facts readers work on lines and lose
where a page prints its facts on one line under labels of its own. flattened.py flattens the tune pages with their
own labels; this renames the labels too, so a fact must be read from its value's shape and the next label's.
Variants: `plain` (flattened, the page's own labels), `place-label` (the place's label an unseen one: 'Mødet
holdes:'), `place-afholdt` ('Afholdt:'), `members-label` (the members' 'Til stede:'), `absent-label` ('Ikke til
stede:'), `no-colon` (every fact label without its colon). Each line prints the pages the variant changed and the
meeting's fields (ok/gold/pred) on all pages. Read it beside `real.py`, never instead of it.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from flattened import flatten
from real import CORPUS, lined_tune_pages, parse_beside_gold, scorer, variant_parser

from sagsgang.parse.fact_labels import START_LABEL, field_of

_FIELDS = ("meeting.committee", "meeting.date", "meeting.start_time", "meeting.location", "meeting.participants",
           "meeting.absent")
_HEAD_LINES = 40  # the facts stand in a page's first lines; an item's own 'Fraværende:' further down is not renamed


def _relabel(fields: set[str], new: str | None) -> Callable[[str], str]:
    """A rewrite that prints `new` in place of the label of each head line whose label fills one of `fields`
    (the value after it kept); `new` None keeps the label and drops its colon."""
    def rewrite(text: str) -> str:
        lines = text.splitlines()
        for k, line in enumerate(lines[:_HEAD_LINES]):
            m = START_LABEL.match(line)
            if not m or not m.group("colon") or m.group("colon") != ":" or field_of(m.group("label")) not in fields:
                continue
            rest = line[m.end():]
            lines[k] = f"{new}: {rest}" if new else f"{m.group('label')} {rest}"
        return "\n".join(lines) + "\n"
    return rewrite


VARIANTS: dict[str, Callable[[str], str]] = {
    "plain": lambda text: text,
    "place-label": _relabel({"location"}, "Mødet holdes"),
    "place-afholdt": _relabel({"location"}, "Afholdt"),
    "members-label": _relabel({"participants"}, "Til stede"),
    "absent-label": _relabel({"absent"}, "Ikke til stede"),
    "no-colon": _relabel({"location", "participants", "absent", "date", "when"}, None),
}


def _rows(scored: str) -> str:
    """The meeting's rows of the scorer's table, as 'field ok/gold/pred'."""
    out = []
    for line in scored.splitlines():
        parts = line.split()
        if parts and parts[0] in _FIELDS:
            out.append(f"{parts[0].removeprefix('meeting.')} {parts[-1]}")
    return "  ".join(out)


def main(argv: list[str] | None = None) -> int:
    args = variant_parser(__doc__.split("\n\n")[0], VARIANTS).parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-flatfacts-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-flatfacts-docs-"))
    pages = lined_tune_pages(CORPUS)
    print(f"{len(pages)} tune pages with their lines, flattened (1200 characters a page)", flush=True)
    status = 0
    for kind in ["plain"] + [k for k in args.only or VARIANTS if k != "plain"]:
        (scratch / kind).mkdir(exist_ok=True)
        changed = 0
        for gold, doc, text in pages:
            new = VARIANTS[kind](text)
            changed += re.sub(r"\s+", " ", new).strip() != re.sub(r"\s+", " ", text).strip()
            page = scratch / kind / doc.name
            page.write_text(flatten(new, 1200), encoding="utf-8")
            parse_beside_gold(page, gold, root / kind, doc.name)
        res = subprocess.run(scorer(root / kind), capture_output=True, text=True)
        status |= res.returncode
        f1 = next((ln.split()[1] for ln in res.stdout.splitlines() if ln.startswith("parse-F1")), "?")
        print(f"{kind:<14} {changed:>3} pages  parse-F1 {f1}  {_rows(res.stdout)}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
