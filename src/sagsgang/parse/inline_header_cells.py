"""The cells an item's header prints around its title in a flattened page: its case number, a column's value.

A header may print the item's case number before or right after its title, and a table's column (what the item
asks, a date, a committee) after every title; these take them off the body's start and the header's title, so the
body's text begins at its own first words.
"""
from __future__ import annotations

import re
from collections import Counter

from .case_before_header import case_before
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .dashes import SPACED_DASH
from .inline_headers import HeaderSeek
from .lines import Line, column_cell_kind

# the item's case numbers printed right after its title in the header, before the body's first words
# ('1 Fraværende og bemærkninger til dagsorden 00.01.00P35-0098 Behandling …'), each set off from the title as a
# publisher sets it: after a dash or a middle dot ('… - 24-001234', '… · EMN-2024-001234'), in brackets with its
# label ('… (Sagsnr. 24/1234)'), or next to another ('… 00.01.00-P20-1-24 00.01.00P35-0098 …'): each on a line of
# its own, as the lined page prints it under the title. Why across publishers: a case number's shape (CASE_FORM)
# is no word of a body's first sentence, and the body's own first words follow it (a capital, or the next number)
# (a label only inside the brackets: 'Sagsnr.: 24/1234' opening the body is its case field, read as a label's line)
_LEAD_CASE = re.compile(rf"^\s*(?:[{SPACED_DASH}·,]\s*)?(?:(?P<open>\()(?:(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*)?)?"
                        rf"(?P<number>{CASE_FORM.pattern})(?(open)\))(?=\s+[A-ZÆØÅ\d(]|\s*$)")


def lead_case(text: str) -> str:
    numbers: list[str] = []
    while m := _LEAD_CASE.match(text):
        numbers.append(m.group("number"))
        text = text[m.end():]
    return "\n".join([*numbers, text.lstrip()]) if numbers else text


# the cells right before a case number at a body's start ('Orientering 24-001234 Sagsfremstilling …', 'Åben
# 12.03.2026 MU 24-001234 …')
_CELLS_THEN_CASE = re.compile(rf"\s*(?P<cells>\S+(?: \S+){{0,7}}?)\s+(?={CASE_FORM.pattern})")
_OPEN_CLOSED_CELL = re.compile(r"(?i:åben|åbent|lukket)")


def _lead_cell(text: str) -> tuple[tuple[str, ...], int] | None:
    """(kinds, end) of the metadata cells (lines.column_cell_kind: what the item asks, a date, a committee's name;
    an open/closed word beside them) a body's text opens on, a case number right after them; None where it opens
    on other words."""
    m = _CELLS_THEN_CASE.match(text)
    words, kinds = m.group("cells").split() if m else [], []
    while words:
        n, kind = next(((n, k) for n in (4, 3, 2, 1) for k in [_cell_kind(" ".join(words[:n]))] if k), (0, None))
        if kind is None:
            return None
        kinds.append(kind)
        words = words[n:]
    return (tuple(kinds), m.end()) if m and set(kinds) - {"open"} else None


def _cell_kind(cell: str) -> str | None:
    """The cell's kind (column_cell_kind, or an open/closed word); None for a body's name that opens on what an item
    asks ('Beslutning i Byråd 2022-2025 den …'): a decision's heading naming its body, run in before its date, where a
    column's cell holds the name alone."""
    if _OPEN_CLOSED_CELL.fullmatch(cell):
        return "open"
    kind = column_cell_kind(cell)
    words = cell.split()
    return None if kind == "body" and len(words) > 1 and column_cell_kind(words[0]) == "ask" else kind


def past_column_cells(found: list[tuple[int, int, int, int, str | None]], lines: list[Line], ends: dict[int, int],
                       titles: dict[int, str | None]) -> list[tuple[int, int, int, int, str | None]]:
    """`found` with each body started past the header's column cell where half the bodies or more (two at least)
    open on cells of the same kinds before the item's case number ('1. Title Orientering 24-001234 …'), and the cell
    off the title the header printed (`titles`). Why: a table's column repeats one kind of value after every
    title, which a body's own first words do not, and the case number after it is the header's, which
    lead_case reads at the body's start (list_entry.without_column_tails took the same cell off the list)."""
    cells = {k: _lead_cell(lines[i].text[ends[k]:ends[k] + 80]) if k in ends else None for i, _, _, k, _ in found}
    counts = Counter(c[0] for c in cells.values() if c)
    common = {kind for kind, n in counts.items() if n >= 2 and 2 * n >= len(found)}
    out = []
    for i, begin, at, k, printed in found:
        c = cells.get(k)
        if c and c[0] in common:
            begin, cell = ends[k] + c[1], " ".join(lines[i].text[ends[k]:ends[k] + c[1]].split())
            titles[k] = titles.get(k) and titles[k].removesuffix(" " + cell) or None
        out.append((i, begin, at, k, printed))
    return out


def header_case(seek: HeaderSeek, text: str, at: int, end: int) -> str:
    """The case number the found header prints between its number and its title (_CASE_CELL: 'Punkt 1 Sagsnr.
    24/1223 Budget'), as its own line of the item's body, where a lined page prints it; '' when it holds none."""
    m = seek.numbered.search(text, at, end)
    if not m:
        return ""
    # ('Sagsnr. 24/1002 2. Title': the cell before the number, case_before_header)
    cased = case_before(text, m.start(), end)
    return m.group("case") or (cased.group("case") if cased and cased.start() >= at else "")
