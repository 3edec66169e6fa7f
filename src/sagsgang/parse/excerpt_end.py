"""A header the excerpt was cut right under: nothing of its body is printed to vouch for it.

A published excerpt (a page, a PDF's last page) may end right after the next item's header; the header has no
cue under it, and only the page's end and the numbers' sequence say it is one.
"""
from __future__ import annotations

import re
from itertools import islice

from .casenumbers import labelled_case_numbers
from .header_patterns import BARE_NUMBER, NUMBERED_START, number_mark
from .headings import OUTCOME_WORDS, is_heading
from .item_start_base import ItemStart, next_header, previous_text_index
from .lines import Line
from .list_entry import MAX_TITLE


def cut_off_after(lines: list[Line], i: int) -> bool:
    """Line i is among the page's last three, under a finished sentence ('Godkendt.' / '3. Køb af ejendom' and at
    most two lines more: the title's wrapped end, the first words of its body): the excerpt was cut right after the
    next item's header, before any cue of its body could vouch for it. A sentence ends the block above as a blank
    line would; the sequence of the numbers does the rest (in_sequence)."""
    # (asked of every unsure header: the scan stops at a third line after it, not at the page's end)
    later = (k for k in range(i + 1, len(lines)) if lines[k].text)
    if next(islice(later, 2, None), None) is not None:
        return False
    k = previous_text_index(lines, i - 1)
    above = lines[k].text.strip() if k >= 0 else ""
    return bool(above) and (above.endswith((".", "!")) or bool(_OUTCOME_ALONE.fullmatch(above)))


# an outcome printed alone without its full stop ('Godkendt', 'Taget til efterretning', 'Intet'): a decision's whole
# text, which ends its block as a sentence does
_OUTCOME_ALONE = re.compile(rf"{OUTCOME_WORDS}|Intet|Ingen bemærkninger")


def number_at_end(lines: list[Line], starts: list[ItemStart]) -> ItemStart | None:
    """The item whose number alone is the text's last line ('… Godkendt.' / '158.'), where that number is the one
    after the last header's: the excerpt was cut right after the next item's number, and the item counts with its
    number and no title (annotation rules: what stays visible counts). A number out of sequence there is anything
    else (a page's folio, an amount). Where no header was found, the first item's header cut off as the text's last
    line (_first_header_at_end)."""
    k = previous_text_index(lines, len(lines) - 1)
    if k >= 0 and not starts:
        return _first_header_at_end(lines, k)
    m = BARE_NUMBER.match(lines[k].text.strip()) if k >= 0 else None
    printed = m and (m.group("num") or m.group("cell") or m.group("square"))
    if not printed or not starts or starts[-1].index >= k or not next_header(starts, printed):
        return None
    return ItemStart(k, printed, "")


def _first_header_at_end(lines: list[Line], k: int) -> ItemStart | None:
    """'1. Godkendelse af' as the text's last line, under nothing but the page's head (no section heading, no case
    number above it): the excerpt stops in the first item's header, which counts with what is visible of it. Not
    where the page printed those words above it already: a contents list's entry, which holds the whole title; nor a
    long line behind a bare number (a PDF transcript's page, '1 Referat … Godkendt.'): a header has its stop."""
    text = lines[k].text.strip()
    m = NUMBERED_START.match(text) if len(text) <= MAX_TITLE and number_mark(text) else None
    if not m or m.group("num") != "1" or any(ln.text and (is_heading(ln.text) or labelled_case_numbers(ln.text)
                                                          or m.group("title") in ln.text) for ln in lines[:k]):
        return None
    return ItemStart(k, "1", m.group("title"))
