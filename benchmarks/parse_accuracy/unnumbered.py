"""Agendas whose items carry no numbers: the tune pages that keep their lines and number their items, re-printed
with the numbers taken off the item header lines and the contents-list entries (or put back as bullets), with the
gold's number set to null for every item whose number is no longer printed, lined and flattened (flattened.py's
transcript layout).

    PYTHONPATH=src python benchmarks/parse_accuracy/unnumbered.py [--only NAME] [--layout lined|flat|both]
        [--out DIR] [--fields]

Why: in the tune gold half the items (546 of 1,057) have no number: unnumbered agendas are as common as numbered
ones, and on `check` (unseen municipalities) items recall is the largest loss. The parser reads tune's unnumbered
pages well, but they are few publishers' layouts; this asks whether the numbered pages' items would still be found
if their publisher printed no numbers, so that what the parser finds items by is the rest of the evidence (a list
of titles that comes back as headings below, the same section headings item after item, a case number beside each
title, blank-line rhythm), not the numbers alone. Like title_lines.py (whose way of finding an item's header line
from the gold it reuses) the pages and gold are real and only the numbers go; the gold follows exactly.

What a variant does to an item's printed occurrences (a line ending with its gold title behind a short prefix that
holds its number, or a line that is that prefix alone with the title on the next filled line): `none` takes the
number off all of them, `list` off the contents-list entries only (an occurrence followed by another item's
occurrence, or before the item's last one), `heads` off the headings only, `bullet` and `dash` print `•`/`-`
where the number was. A prefix line holding only the number goes with it. An item keeps its gold number when the
number is still printed in one of its occurrences or beside a `pkt.`/`punkt` word elsewhere on the page.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from lined_and_flat import layout_parser, layouts_of, score_layouts
from real import CORPUS, lined_tune_pages, next_filled
from title_lines import FIELDS, _header_prefix

# A variant: which occurrences lose their number ('list', 'heads' or both) and what is printed in its place.
VARIANTS: dict[str, tuple[frozenset[str], str]] = {
    "none": (frozenset({"list", "heads"}), ""),
    "list": (frozenset({"list"}), ""),
    "heads": (frozenset({"heads"}), ""),
    "bullet": (frozenset({"list", "heads"}), "• "),
    "dash": (frozenset({"list", "heads"}), "- "),
}


def _number_part(number: str) -> re.Pattern[str]:
    """The part of a prefix that prints the item's number: the number with a word before it (Pkt., Punkt, Sag,
    Nr., §) and its punctuation after it."""
    return re.compile(rf"(?i)(?:(?:pkt|punkt|sag|nr)\.?\s*|§\s*)?0*{re.escape(number)}(?!\d)\s*[.):|-]?\s*")


# a closed item's marker printed after its title (' - Lukket punkt'), which the gold's title leaves out
_CLOSED_TAIL = re.compile(r"(?i)\s*[-–:]?\s*\(?(?:lukket|fortrolig)[^\n]{0,20}$")


def _prefix(line: str, title: str, number: str, public: bool) -> str | None:
    """_header_prefix, and for a closed item also where its marker stands before or after the title."""
    pre = _header_prefix(line, title, number)
    if pre is not None or public:
        return pre
    s = _CLOSED_TAIL.sub("", line.strip())
    at = s.rfind(title)
    if at < 0 or at + len(title) != len(s) or at > 30 or not re.search(rf"(?<!\d){re.escape(number)}(?!\d)", s[:at]):
        return None
    return s[:at]


def occurrences(lines: list[str], title: str, number: str, public: bool = True) -> list[tuple[int, int | None]]:
    """(line of the title, line of a number-only prefix above it or None) of each place the item is printed with
    its number: the title line's own prefix holds the number, or the title line has no prefix and the filled line
    before it is that prefix alone."""
    out = []
    part = _number_part(number)
    for i, ln in enumerate(lines):
        pre = _prefix(ln, title, number, public)
        if pre is None:
            continue
        if pre.strip():
            out.append((i, None))
            continue
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and len(lines[j].strip()) <= 20 and part.fullmatch(lines[j].strip()):
            out.append((i, j))
    return out


def rewrite(text: str, gold: dict, kind: str) -> tuple[str, dict, int]:
    """The page with the numbers of `kind`'s occurrences taken off, its gold's numbers nulled where none is left
    printed, and how many items lost a number somewhere."""
    where, mark = VARIANTS[kind]
    lines = text.split("\n")
    gold = json.loads(json.dumps(gold))
    items = [it for it in gold.get("items") or [] if len(it.get("title") or "") >= 4 and it.get("number")]
    found = {id(it): occurrences(lines, it["title"], it["number"], it.get("public", True) is not False)
             for it in items}
    starts = {i if pre is None else pre for occ in found.values() for i, pre in occ}
    drop: set[int] = set()
    touched = 0
    for it in items:
        occ = found[id(it)]
        kept = 0
        for n, (i, pre) in enumerate(occ):
            # A contents-list entry: another item's occurrence follows it, or the item is printed again below.
            entry = n < len(occ) - 1 or next_filled(lines, i) in starts
            if ("list" if entry else "heads") not in where:
                kept += 1
                continue
            part = _number_part(it["number"])
            lead = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
            rest = lines[i].strip()
            at = rest.rfind(it["title"])
            tail = rest[at + len(it["title"]):]
            if pre is not None:
                drop.add(pre)
                prefix = ""
            else:
                prefix = part.sub("", rest[:at], count=1)
            lines[i] = lead + (prefix or mark) + it["title"] + tail
        if occ and kept < len(occ):
            touched += 1
        if occ and not kept and not _still_printed(lines, drop, it["number"]):
            it["number"] = None
    out = [ln for i, ln in enumerate(lines) if i not in drop]
    return "\n".join(out), gold, touched


def _still_printed(lines: list[str], drop: set[int], number: str) -> bool:
    """The number printed beside an item word elsewhere on the page ('…, 06-09-2017, pkt. 115')."""
    pat = re.compile(rf"(?i)\b(?:pkt|punkt)\.?\s*{re.escape(number)}(?!\d)")
    return any(pat.search(ln) for i, ln in enumerate(lines) if i not in drop)


def run_numbered_pages(name: str, description: str, variants: Iterable[str], numbered: Callable[[str], bool],
                       rewrite_page: Callable[[str, dict, str], tuple[str, dict, int]], width: int,
                       argv: list[str] | None) -> int:
    """A net over the tune pages that keep their lines and number an item (`numbered` asks of each gold number):
    each variant rewrites every page and its gold (`rewrite_page`), scored in each layout beside the plain pages
    (this net's and number_forms.py's way)."""
    args = layout_parser(description, variants).parse_args(argv)
    root = args.out or Path(tempfile.mkdtemp(prefix=f"sagsgang-{name}-"))
    scratch = Path(tempfile.mkdtemp(prefix=f"sagsgang-{name}-docs-"))
    pages = [(g, d, t) for g, d, t in lined_tune_pages(CORPUS)
             if any(numbered(it.get("number") or "")
                    for it in json.loads(g.read_text(encoding="utf-8")).get("items") or [])]
    layouts = layouts_of(args.layout)
    print(f"{len(pages)} tune pages with their lines and numbered items; layouts: {', '.join(layouts)}", flush=True)
    status = 0
    for kind in ["plain", *(args.only or variants)]:
        rewritten = [(g, d, *(rewrite_page(t, json.loads(g.read_text(encoding="utf-8")), kind) if kind != "plain"
                               else (t, json.loads(g.read_text(encoding="utf-8")), 0))) for g, d, t in pages]
        items = sum(r[4] for r in rewritten)
        status |= score_layouts(kind, width, [r[:4] for r in rewritten], layouts, root, scratch, f"({items} items)",
                                FIELDS, whole_table=args.fields)
    return status


def main(argv: list[str] | None = None) -> int:
    return run_numbered_pages("unnumbered", __doc__.split("\n\n")[0], VARIANTS, bool, rewrite, 7, argv)


if __name__ == "__main__":
    sys.exit(main())
