"""Items headed by a 'Sag nr. 3' label, whose title some publishers print under the label and others over it.

A bare label's side is the page's layout, not the label's own: a publisher prints every item alike, so the labels
where only one side can be a title decide for the rest (sag_nr_titles_below).
"""
from __future__ import annotations

import re
from collections import Counter

from .dashes import SPACED_DASHES
from .header_patterns import SAG_NR_START
from .headings import is_heading
from .item_start_base import CASE_TYPE_LINE, ItemStart, case_number_line, next_text_index, title_like
from .lines import Line
from .title_marks import STATUS_ONLY


def sag_nr_start(lines: list[Line], i: int, m: re.Match[str], last_start: int,
                 page_below: bool | None = None) -> list[ItemStart]:
    """'Sag nr. 3: Budget for vejene' with its title after it, a bare 'Sag nr. 3' with the title on the line below
    it or with the title on the line right before (Rudersdal style), unless that line already starts an item
    (`last_start`). Which of the two a bare label has is the page's layout (`page_below`, sag_nr_titles_below),
    else, where the page does not tell, the label's own lines: the title below where the line above can be none or
    where the label hugs the line below and a blank line sets it off from the one above."""
    rest = m.string[m.end():].strip(f" :.{SPACED_DASHES}")
    j, k = _text_around(lines, i)
    title = lines[j].text if j >= 0 else ""
    # 'Sag nr. 5 Eventuelt': one word is the title too where the line above ends the last item's text or is
    # a field of the meeting's facts ('Mødested: Rådhuset'), no title
    if rest[:1].isupper() and (len(rest.split()) >= 2 or not STATUS_ONLY.match(rest)
                               and (title.endswith(":") or not _above_is_title(title))):
        return [ItemStart(i, m.group("num"), rest)]
    below = lines[k].text if k < len(lines) else ""
    # (on a page whose labels head their titles, a title's own stop is no sentence's: 'Lån til skatter m.v.')
    if page_below and _below_is_title(below.rstrip(".")) or page_below is None and _below_is_title(below) \
            and (not _above_is_title(title) or k == i + 1 and j < i - 1):
        return [ItemStart(i, m.group("num"), below, skip={k})]
    if title and not is_heading(title) and last_start < j:
        return [ItemStart(j, m.group("num"), title, consumed=i - j + 1, kind="sagnr", title_before=True)]
    return []


def _text_around(lines: list[Line], i: int) -> tuple[int, int]:
    """The indexes of the printed lines right above and right below line `i` (-1 / len(lines) where none)."""
    j = i - 1
    while j >= 0 and not lines[j].text:
        j -= 1
    return j, next_text_index(lines, i + 1)


# a field with its short value ('Beslutningskompetence: KB', 'Mødedato: 12.03.2024', 'Mødested: Rådhuset, lokale 1'):
# no title, above or below a label; a title's colon goes on with a phrase ('Bolværksprojektet: Stillingtagen til …')
_FIELD_LINE = re.compile(r"^[\w. /-]{1,40}:\s+\S+(?:\s+\S+){0,2}$")


def _below_is_title(below: str) -> bool:
    """The line under a bare 'Sag nr. 3' can be its title: no heading, field, case type, status or sentence."""
    return bool(below) and title_like(below) and not below.endswith(".") and not case_number_line(below) \
        and not _FIELD_LINE.match(below) and not CASE_TYPE_LINE.match(below) and not STATUS_ONLY.match(below)


def _above_is_title(above: str) -> bool:
    """The line over a bare 'Sag nr. 3' can be its title: something printed, no finished sentence, no field."""
    return bool(above) and not above.endswith((".", "!", "?")) and not _FIELD_LINE.match(above)


def sag_nr_titles_below(lines: list[Line]) -> bool | None:
    """Whether the page's bare 'Sag nr. 3' labels head the titles printed under them ('Sag nr. 3' / 'Budget for
    vejene', as under 'Punkt 3') or close the titles printed over them (Rudersdal's 'Budget for vejene' / 'Sag nr.
    3' / 'Sagens kerne'); None where the page does not tell. A publisher prints every item alike, so the labels
    where only one side can be a title (a finished sentence or a field above, a heading below) decide for the
    others; where none does, the side the labels hug (no blank line between) does, and labels that stand between
    blank lines on both sides head what follows them, as any label over its item does."""
    votes, hugs = Counter(), Counter()
    bare = 0
    for i, ln in enumerate(lines):
        m = SAG_NR_START.match(ln.text) if ln.text[:3].casefold() == "sag" else None
        if m is None or m.string[m.end():].strip(f" :.{SPACED_DASHES}"):
            continue
        bare += 1
        j, k = _text_around(lines, i)
        above = _above_is_title(lines[j].text) if j >= 0 else False
        below = _below_is_title(lines[k].text) if k < len(lines) else False
        if above != below:
            votes[below] += 1
        hugs["above"] += j == i - 1
        hugs["below"] += k == i + 1
    if votes[True] != votes[False]:
        return votes[True] > votes[False]
    if hugs["above"] != hugs["below"]:
        return hugs["below"] > hugs["above"]
    return True if bare and not hugs["above"] else None
