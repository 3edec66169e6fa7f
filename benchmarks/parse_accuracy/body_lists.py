"""Numbered lists inside an item's body: the tune pages that keep their lines, with a short numbered or lettered
list printed at the end of a proposal or case section of each item ('Indstilling', 'Sagsfremstilling', 'Resumé',
…, never a decision), in the shapes council bodies print ('Forvaltningen indstiller, at' / '1. at …'; '1. A
sentence.'; '1) …'; 'a) …'; a list whose numbers are the next items' numbers), lined and flattened (flattened.py's
transcript layout). The gold is the page's own: a list in a section's body is that section's prose.

    PYTHONPATH=src python benchmarks/parse_accuracy/body_lists.py [--only NAME] [--layout lined|flat|both]
        [--out DIR] [--fields]

Why: an agenda that numbers its items and also numbers the proposals inside an item ('1. at planen godkendes')
prints lines that look like item headers. Once the HTML reader printed an <ol>'s numbers (session 29),
printed.py's Greve PDFs lost one to three items a meeting to such lists; any unseen publisher may print them.
Like title_lines.py it needs the gold, to find each item's sections (a line that is a gold section heading of
the item) and so to put the list in a body and never in a decision or between items.

Gold unchanged: item.sections scores section headings only and decision.full the decisions' text, and the list
is neither. A variant touches only items with a proposal/case section found on its own line; each line says how
many items it rewrote.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from lined_and_flat import layout_parser, layouts_of, score_layouts
from real import CORPUS, lined_tune_pages

FIELDS = ("items ", "item.title", "item.number", "item.sections", "decision.full")

# Sections a proposal list is printed in: a proposal's or the case's account, never a decision.
_BODY = re.compile(r"indstilling|sagsfremstilling|resum|beskrivelse|sagens|baggrund|anledning", re.I)
_NOT_BODY = re.compile(r"beslutning|bilag|fraværende|behandling", re.I)
_DECISION = re.compile(r"\s*(beslutning|fraværende|afbud|bilag)", re.I)

_AT = ("at planen sendes i høring i otte uger,", "at udgiften afholdes af den afsatte pulje, og",
       "at forvaltningen vender tilbage med en status efter høringen.")
_SENTENCES = ("Planforslaget sendes i offentlig høring i otte uger.",
              "Udgiften på 1,2 mio. kr. afholdes inden for rammen.",
              "Forvaltningen vender tilbage med en status efter høringen.")

# A variant: the item's number (digits, or '') -> the lines printed at the end of the section.
Variant = Callable[[str], list[str]]


def _listed(intro: str, marks: Callable[[int, str], str], texts: tuple[str, ...]) -> Variant:
    return lambda num: [intro] + [f"{marks(k, num)} {t}" for k, t in enumerate(texts, 1)]


VARIANTS: dict[str, Variant] = {
    "at-lower": _listed("Forvaltningen indstiller, at", lambda k, n: f"{k}.", _AT),
    "capital": _listed("Forvaltningen indstiller følgende:", lambda k, n: f"{k}.", _SENTENCES),
    "paren": _listed("Forvaltningen indstiller, at", lambda k, n: f"{k})", _AT),
    "letter": _listed("Forvaltningen indstiller følgende:", lambda k, n: f"{'abc'[k - 1]})", _SENTENCES),
    # The list's numbers are the next items' numbers: item 3's body holds '4. …', '5. …'.
    "next-numbers": _listed("Forvaltningen indstiller følgende:",
                            lambda k, n: f"{int(n) + k if n.isdigit() else k}.", _SENTENCES),
    "next-at": _listed("Forvaltningen indstiller,", lambda k, n: f"{int(n) + k if n.isdigit() else k}.", _AT),
}


def _heading(line: str, sections: list[str]) -> str | None:
    s = line.strip().rstrip(":").strip()
    return s if s and s in sections else None


def _header_line(lines: list[str], start: int, title: str) -> int | None:
    """The first line at or after `start` that ends with the item's title (its header), if any."""
    if len(title) < 4:
        return None
    for i in range(start, len(lines)):
        if lines[i].strip().endswith(title):
            return i
    return None


def rewrite(text: str, gold: dict, variant: Variant) -> tuple[str, int]:
    """The page with `variant`'s list printed at the end of each item's first proposal/case section; how many items
    got one. Items are found in order by their header lines; an item whose header or section is not found is left."""
    lines = text.split("\n")
    items = gold.get("items") or []
    heads: list[int | None] = []
    pos = 0
    for it in items:
        h = _header_line(lines, pos, it.get("title") or "")
        heads.append(h)
        if h is not None:
            pos = h + 1
    inserts: list[tuple[int, list[str]]] = []
    for k, it in enumerate(items):
        if heads[k] is None or not it.get("public", True):
            continue
        end = next((h for h in heads[k + 1:] if h is not None), len(lines))
        sections = it.get("sections") or []
        at = _section_end(lines, heads[k] + 1, end, sections)
        if at is not None:
            inserts.append((at, variant(it.get("number") or "")))
    for at, new in reversed(inserts):
        lines[at:at] = new
    return "\n".join(lines), len(inserts)


def _section_end(lines: list[str], start: int, end: int, sections: list[str]) -> int | None:
    """Where the first paragraph of the item's first proposal/case section ends (its first blank line, or the next
    heading of the item or a line that opens a decision), or None without such a section with text under it."""
    for i in range(start, end):
        name = _heading(lines[i], sections)
        if not (name and _BODY.search(name) and not _NOT_BODY.search(name)):
            continue
        j = i + 1
        while j < end and not lines[j].strip():
            j += 1
        first = j
        while j < end and lines[j].strip() and not _heading(lines[j], sections) and not _DECISION.match(lines[j]):
            j += 1
        return j if j > first else None
    return None


def main(argv: list[str] | None = None) -> int:
    args = layout_parser(__doc__.split("\n\n")[0], VARIANTS).parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix="sagsgang-bodylists-"))
    scratch = Path(tempfile.mkdtemp(prefix="sagsgang-bodylists-docs-"))
    pages = lined_tune_pages(CORPUS)
    layouts = layouts_of(args.layout)
    print(f"{len(pages)} tune pages with their lines; layouts: {', '.join(layouts)}", flush=True)
    status = 0
    for kind in ["plain", *(args.only or VARIANTS)]:
        variant = VARIANTS.get(kind, lambda num: [])
        rewritten = [(g, d, *rewrite(t, json.loads(g.read_text(encoding="utf-8")), variant)) for g, d, t in pages]
        items = sum(r[3] for r in rewritten) if kind != "plain" else 0
        # (the gold unchanged: each page scored against its own)
        scored = [(g, d, text, json.loads(g.read_text(encoding="utf-8"))) for g, d, text, _ in rewritten]
        status |= score_layouts(kind, 13, scored, layouts, root, scratch, f"({items} items)", FIELDS, counts=True,
                                whole_table=args.fields)
    return status


if __name__ == "__main__":
    sys.exit(main())
