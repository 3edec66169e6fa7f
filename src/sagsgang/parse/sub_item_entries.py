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

from .list_entry import MAX_TITLE, ListEntry
from .sub_items import sub_printed
from .title_marks import clean_title
from .title_tidy import BODY_CUE

_PAGE = re.compile(r"(?<!\S)\d{1,3}(?!\S)")  # a bare number of one to three digits: a page's, no title's words
_MAX_LETTERS = 8  # sub-items after one item: more letters than any agenda prints ('2a' … '2h')


def _sub_number(base: str, letter: str, end: str = "") -> re.Pattern[str]:
    """Sub-item `letter` of `base` where an entry's text prints it: after a blank, glued ('2a', '2A') or set off by a
    space or a stop in small letters ('2 a', '2.a'), a stop after it allowed, and a title's capital behind it (or
    `end`, another place the number may stand)."""
    forms = f"{letter}|{letter.upper()}|[ .]{letter}"
    return re.compile(rf"(?<=\s)(?<!§\s){base}(?:{forms})(?!\w)\.?(?:\s+(?=[A-ZÆØÅ§\"“'(]){end})")


def with_sub_items(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """The entries, each whose text holds its sub-items ('… 10a Stop for …') parted into one entry per sub-item, and
    after each header the sub-items' headers its body runs on to (_sub_header)."""
    out: list[ListEntry] = []
    for k, e in enumerate(entries):
        out.append(e)
        if not (e.number and e.number.isdecimal() and e.title):
            continue
        bound = entries[k + 1].start if k + 1 < len(entries) else len(text)
        for letter in "abcdefgh"[:_MAX_LETTERS]:
            parted = _parted(out[-1], e.number, letter, text)
            if parted is not None:
                out[-1:] = parted
                continue
            header = _sub_header(out[-1], e.number, letter, text, bound)
            if header is None:
                break
            out.append(header)
    return out


def _sub_header(e: ListEntry, base: str, letter: str, text: str, bound: int) -> ListEntry | None:
    """The header of sub-item `letter` of `base` in the body after entry `e`, before `bound` (the next entry): where
    the list is a run of headers, each title cut before its body's first cue ('2. Godkendelse af dagsorden Sagsnr: …
    2a Årsrapport 2021 Sagsnr: 21-026629 …'), the sub-item's header is printed so too, its title cut at its own cue."""
    own = BODY_CUE.match(text, e.end)
    if not own:
        return None
    at = _sub_number(base, letter).search(text, e.end, bound)
    cue = BODY_CUE.search(text, at.end(), min(bound, at.end() + MAX_TITLE)) if at else None
    if at is None or cue is None or "\n" in text[at.end(): cue.start()] or _label(cue) != _label(own):
        return None  # (a header's title runs to the cue every header of the page prints first: 'Vestergade 2a Rønne er
        # solgt. Beslutning …' under a header with 'Sagsnr.:' after it is its body's sentence)
    title, closed = clean_title(" ".join(text[at.end(): cue.start()].split()))
    return ListEntry(sub_printed(at.group(0).strip().rstrip(".")), title, not closed, at.start(), cue.start()) \
        if title else None


def _label(cue: re.Match[str]) -> str:
    """A body cue's label, its words only ('Sagsnr.:' and 'Sagsnr: ' alike: 'sagsnr')."""
    return re.sub(r"\W+", "", cue.group(0)).casefold()


def _parted(e: ListEntry, base: str, letter: str, text: str) -> list[ListEntry] | None:
    """Entry `e` parted before its sub-item `letter` of `base`: [e up to it, the sub-item's entry]; None where its
    text does not print the sub-item behind its title. Where the list cut the entry's title short, the sub-item's
    title being taken for an overlong title's run-on ('… m.m. 10a' / 'Orientering om' of 'Orientering om
    Personalepolitisk redegørelse 2017 10a Initiativsag …'), the titles are the text's on each side of the number."""
    at = _sub_number(base, letter).search(text, e.start + 1, e.end)
    if at is None or not e.title:
        return None
    in_title = _sub_number(base, letter, "|$").search(" " + e.title)
    if in_title is not None:
        head_text, rest = e.title[: in_title.start() - 1], e.title[in_title.end() - 1:].strip()
    else:
        head_text, rest = " ".join(text[e.start: at.start()].split()).partition(" ")[2], ""
        if not head_text.startswith(e.title) or _PAGE.search(head_text[len(e.title):]) \
                or len(head_text) > MAX_TITLE or BODY_CUE.search(head_text):
            return None  # (a page's number between them, a contents column's or a transcript's page line's, or a
            # body's cue or text after a header's title: no title's)
    rest = rest or " ".join(text[at.end(): e.end].split())
    if len(rest) > MAX_TITLE:
        rest = rest[:MAX_TITLE].rsplit(" ", 1)[0]  # (as the list cuts an overlong title: what follows is no title's)
    (head, head_closed), (tail, _) = clean_title(head_text), clean_title(rest)
    if not head or not tail:
        return None
    # the closed marker the whole entry's title ended with is the sub-item's ('… 18a Salg af grund - Lukket punkt')
    tail_marked = clean_title(" ".join(text[at.end(): e.end].split()))[1]
    number = sub_printed(at.group(0).strip().rstrip("."))
    return [replace(e, title=head, public=not head_closed and (e.public or tail_marked), end=at.start()),
            ListEntry(number, tail, e.public, at.start(), e.end)]
