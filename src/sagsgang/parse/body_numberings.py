"""Numbered lines inside an item's text that head no item: a bilag list's entries, a proposal's points, a
text's numbered headings that count again from 1.

A body numbers its own lists; the numbered header reader asks these first so that '1. Notat' under 'Bilag' or
'4. Planen godkendes.' under 'Forvaltningen indstiller følgende:' does not open an item.
"""
from __future__ import annotations

import re

from .header_patterns import NUMBERED_START, number_mark, printed_number
from .item_start_base import marks_body
from .lines import Line


def run_lead(lines: list[Line], i: int) -> int | None:
    """The line above the run of lines numbered 1, 2, 3 …, one right under the other, that holds line i:
    the heading or sentence the run belongs to. None where line i is in no such run of two or more (whole
    numbers only: '1.1' is a point of point 1, in no such run)."""
    def num(k: int) -> int | None:
        printed = printed_number(lines, k)
        return int(printed) if printed and printed.isdecimal() else None

    n = num(i)
    if n is None or not (num(i + 1) == n + 1 or n >= 2):
        return None
    first = i - n + 1
    if first < 0 or any(num(k) != k - first + 1 for k in range(first, i)):
        return None
    k = next((j for j in range(first - 1, -1, -1) if lines[j].text), -1)
    return k if k >= 0 else None


# a sentence that introduces a list of points: 'Forvaltningen indstiller, at', 'Det indstilles følgende:' (three
# words or more: 'Dagsorden:' heads a list of items)
_LIST_INTRO = re.compile(r"^\S+(?:\s+\S+){2,}(?::|,?\s+at|\s+følgende)$", re.IGNORECASE)
_INTRO_GAP = 2  # blank lines at most between a list's introducing sentence and its first point
# how a point of a sentence's list ends: a full stop, or a comma, semicolon or 'og' running on to the next point
_POINT_END = re.compile(r"(?:[.,;]|\s(?:og|samt|eller))$")


def proposal_point(lines: list[Line], i: int, number: str) -> bool:
    """Line i ('4. Planen godkendes.') is a point of a list a sentence introduces: the lines above it, with no
    blank line between them, are the points before it counting down and their wrapped lines, under a line
    introducing a list ('Forvaltningen indstiller følgende:'), and its point ends like a sentence. Why: an item
    header is a title, not a sentence's point, and a body numbers its proposals from any number (a list may go on
    from an earlier one, or its numbers be the next items')."""
    if not number.isdecimal():
        return False
    want, k, blanks = int(number) - 1, i - 1, 0
    while k >= 0 and k > i - 40:
        if not lines[k].text:
            # the introducing sentence may stand a blank line or two above point 1 ('… indstiller at:' / '' /
            # '1. Dagsorden godkendes.'); between the points no blank line stands
            blanks += 1
            if want or blanks > _INTRO_GAP:
                return False
            k -= 1
            continue
        printed = printed_number(lines, k)
        if printed is not None:
            if printed != str(want):
                return False
            want -= 1
        elif _LIST_INTRO.match(lines[k].text.strip()):
            return _point_ends(lines, i)
        k -= 1
    return False


def _point_ends(lines: list[Line], i: int) -> bool:
    """The point opened by line i, run on over its wrapped lines (to a blank or numbered line), ends like a
    sentence's point."""
    k = i
    while k + 1 < len(lines) and lines[k + 1].text and printed_number(lines, k + 1) is None \
            and not marks_body(lines[k + 1].text) and k < i + 8:
        k += 1
    return bool(_POINT_END.search(lines[k].text.strip()))


def numbered_again(lines: list[Line], i: int, number: str, after: int) -> bool:
    """Line i, numbered `number` (2 or more), is preceded, after line `after` (the last item start), by lines
    numbered number - 1 … 1, the nearest first: a numbering that began again inside an item."""
    if not number.isdecimal() or int(number) < 2:
        return False
    mark = number_mark(lines[i].text)
    want = int(number) - 1
    for k in range(i - 1, after, -1):
        m = NUMBERED_START.match(lines[k].text)
        if m and (m.group("num") != str(want) or number_mark(lines[k].text) != mark):
            return False  # the nearest numbered lines above count down to 1, printed alike, or it is no such numbering
        if m:
            want -= 1
            if want == 0:
                return True
    return False
