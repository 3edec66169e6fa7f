"""Titles that a flattened page runs on after the last item's text, right before the section heading every item
opens with ('… indstiller, at dagsordenen godkendes. Budgetopfølgning 1 (B)' / 'Beslutning' / …): put on a line of
their own (titles_run_on), as the lined page prints them, so that marker_starts.titled_blocks reads each as the
title over its item's first heading.

Why apart: where nothing is numbered and no list is printed, the one evidence of an item's start on a flattened page
is the heading every item opens with, repeated item after item; the title stands between that heading and the
stop that ended the item before. The cut page lines part the headings from their text already; the title is left
at the end of the text before.
"""
from __future__ import annotations

import re

from .headings import heading_name, is_heading
from .lines import Line, nearest_text
from .marker_starts import title_line

_HEADS_NEEDED = 2  # the first heading repeated: two items or more
# a sentence's stop before a title ('… godkendes. Budget 2025 (B)')
_STOP = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ0-9])")
# the transcript's page number before the first page line's words ('1 Udvalget – Referat – …')
_PAGE_NUMBER = re.compile(r"\d{1,3}\s+")


def titles_run_on(lines: list[Line]) -> list[Line]:
    """The lines with each title run on before the heading every item opens with on a line of its own: after the
    last sentence's stop of the line above that heading ('… godkendes. Budgetopfølgning 1 (B)'), or after the
    document's first line where the first page line repeats it ('1 Udvalget – Referat – 2. maj 2023 Godkendelse af
    dagsorden (B)': the viewer's title is the PDF's first words). Returns `lines` itself where the first heading is
    not repeated or no such title is found."""
    heads = [i for i, ln in enumerate(lines) if ln.text and is_heading(ln.text)]
    first = heading_name(lines[heads[0]].text) if heads else None
    opening = [i for i in heads if heading_name(lines[i].text) == first]
    if len(opening) < _HEADS_NEEDED:
        return lines
    cover = next((ln.text for ln in lines if ln.text), "")
    above = [k for k in (nearest_text(lines, i - 1, -1) for i in opening) if k is not None]
    cuts: dict[int, int] = {}
    for k in above:
        at = _title_start(lines[k].text, cover)
        if at:
            cuts[k] = at
    cuts = _distinct(lines, cuts, above)
    if not cuts:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        at = cuts.get(k)
        out += [Line(ln.text[:at].rstrip(), ln.offset), Line(ln.text[at:], ln.offset + at)] if at else [ln]
    return out


def _title_start(text: str, cover: str) -> int | None:
    """Where a title run on at the end of `text` begins: after its last stop, or after the document's first line
    repeated at its start (behind the page's number); None where what follows is no title."""
    stops = [m.end() for m in _STOP.finditer(text)]
    at = max(stops) if stops else None
    if at is None and cover:
        page = _PAGE_NUMBER.match(text)
        begin = page.end() if page else 0
        at = begin + len(cover) + 1 if text.startswith(cover + " ", begin) else None
    tail = text[at:] if at else ""
    return at if tail[:1].isupper() and len(tail.split()) >= 2 and title_line(tail) else None


def _distinct(lines: list[Line], cuts: dict[int, int], above: list[int]) -> dict[int, int]:
    """The cuts whose run-on text ends the text above one opening heading only (`above`: the line of text above each
    opening heading): the same words before the heading of two items or more ('… Godkendt. Klik her for at se
    sagsfremstillingen' / 'Beslutning', item after item, maybe at a page line's start) are the page's link or chrome,
    not a title, for each item has a title of its own."""
    texts = [" ".join(lines[k].text.split()) for k in above]
    out: dict[int, int] = {}
    for k, at in cuts.items():
        tail = " ".join(lines[k].text[at:].split())
        if sum(1 for text in texts if text == tail or text.endswith(" " + tail)) < 2:
            out[k] = at
    return out
