"""A list's sub-items ('10a Title' after '10. Title') parted from the entry of their base.

The run of a list's numbers is read from whole numbers (number_candidates): '10a', '10 a' and '10.a' are none, so
the sub-item's number and title run on inside its base's entry ('Pølsebod på Varde Torv 10a Stop for vindmøller').
Behind an entry numbered n, the sub-item numbered n with the first letter ('a'), then the next ('b'), before a title's
capital, opens an entry of its own: the number sits in the run (sub_items), so it is the list's, not a number of the
title ('Vestergade 2a' under item 2 would need a capitalised title right after it, and the letter in turn).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .item_starts import clean_title
from .list_entry import ListEntry
from .sub_items import sub_printed

_MAX_LETTERS = 8  # sub-items after one item: more letters than any agenda prints ('2a' … '2h')


def _sub_number(base: str, letter: str) -> re.Pattern[str]:
    """Sub-item `letter` of `base` where an entry's text prints it: after a blank, glued ('2a', '2A') or set off by a
    space or a stop in small letters ('2 a', '2.a'), a stop after it allowed, and a title's capital behind it."""
    forms = f"{letter}|{letter.upper()}|[ .]{letter}"
    return re.compile(rf"(?<=\s){base}(?:{forms})(?!\w)\.?\s+(?=[A-ZÆØÅ\"“'(])")


def with_sub_items(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """The entries, each whose text holds its sub-items ('… 10a Stop for …') parted into one entry per sub-item."""
    out: list[ListEntry] = []
    for e in entries:
        out.append(e)
        if not (e.number and e.number.isdecimal() and e.title):
            continue
        for letter in "abcdefgh"[:_MAX_LETTERS]:
            parted = _parted(out[-1], e.number, letter, text)
            if parted is None:
                break
            out[-1:] = parted
    return out


def _parted(e: ListEntry, base: str, letter: str, text: str) -> list[ListEntry] | None:
    """Entry `e` parted before its sub-item `letter` of `base`: [e up to it, the sub-item's entry]; None where its
    title does not print the sub-item."""
    pattern = _sub_number(base, letter)
    in_title = pattern.search(" " + (e.title or ""))
    at = pattern.search(text, e.start + 1, e.end)
    if in_title is None or at is None:
        return None
    head, head_closed = clean_title((e.title or "")[: in_title.start() - 1])
    tail, _ = clean_title((e.title or "")[in_title.end() - 1:])
    if not head or not tail:
        return None
    # the closed marker the whole entry's title ended with is the sub-item's ('… 18a Salg af grund - Lukket punkt')
    tail_marked = clean_title(" ".join(text[at.end(): e.end].split()))[1]
    number = sub_printed(at.group(0).strip().rstrip("."))
    return [replace(e, title=head, public=not head_closed and (e.public or tail_marked), end=at.start()),
            ListEntry(number, tail, e.public, at.start(), e.end)]
