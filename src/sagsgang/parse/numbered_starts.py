"""Item headers known by their number alone ('64. Title'): trusted with a cue of a body after them, in a run
of consecutively numbered titles, or as a closed item's.

A number alone is also a body's numbered point or heading; the cues under it and the numbers around it tell
which (body_numberings for the body's own numberings, numbered_sequence for a header with no cue).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .body_numberings import numbered_again, proposal_point, run_lead
from .casenumbers import case_number_head
from .header_patterns import NUMBERED_START, printed_number
from .headings import ATTACHMENT_HEADING, is_heading
from .item_start_base import ItemStart, marks_body, next_header, next_text_index
from .lines import Line
from .list_entry import page_prefixes
from .numbered_sequence import in_sequence, without_off_form
from .outcome_lines import is_outcome_line
from .sub_items import base_value, follows, opens_run, sub_parts, sub_printed
from .title_marks import clean_title
from .wrapped_titles import wrapped_on


def _numbered_is_item(lines: list[Line], i: int, title: str) -> bool:
    """A '64. Title' line is an item when item-like cues follow before the next such line."""
    if title.lower().startswith(("at ", "det ", "der ")) or len(title) > 200:
        return False
    if title.endswith((",", ";")):
        return False
    for ln in lines[i + 1: i + 9]:
        if not ln.text:
            continue
        if NUMBERED_START.match(ln.text):
            return False
        if marks_body(ln.text) or is_outcome_line(ln.text):  # ('1. Godkendelse af dagsorden' / 'Godkendt.')
            return True
    return False


def _toc_run(lines: list[Line], i: int) -> bool:
    """Line i is in a run of >= 3 consecutive numbered titles with consecutive numbers (a list of items),
    a title wrapped onto a second line allowed; a sub-number counts as its whole number ('1.1' as 1), and a sub-item
    in its place in the run is stepped over ('2', '2a', '3': sub_items)."""
    def num(k: int) -> int | None:
        printed = printed_number(lines, k)
        return (base_value(printed) or int(float(printed))) if printed else None

    def step(k: int, d: int) -> int:  # the next line in direction d, over one line a title wrapped onto
        j = k + d
        j = j + d if num(j) is None and num(j + d) is not None and wrapped_on(lines, j) else j
        while sub(j) is not None and sub(j) == num(k) - (d < 0):
            j += d  # ('2', '2a', '2b', '3': the sub-items of the number the run stands at, or of the one below it)
        return j

    def sub(k: int) -> int | None:
        return base_value(printed_number(lines, k))

    n = num(i)
    if n is None:
        return False
    run = 1
    for d in (-1, 1):
        want, k = (n if d < 0 and sub(i) is not None else n + d), step(i, d)
        while num(k) is not None and num(k) == want:
            run, want, k = run + 1, want + d, step(k, d)
    return run >= 3 or _letter_run(lines, i)


def _letter_run(lines: list[Line], i: int) -> bool:
    """Line i is in a run of >= 3 numbered titles that are sub-items of one number, their letters in turn ('1a',
    '1b', '1c'), a title wrapped onto a second line allowed: a list that numbers its items as the parts of one
    point, its base printed as no item of its own (sub_items.opens_run). The letters count as the numbers do."""
    def parts(k: int) -> tuple[int, str] | None:
        return sub_parts(printed_number(lines, k)) if 0 <= k < len(lines) else None

    here = parts(i)
    if here is None:
        return False
    run = 1
    for d in (-1, 1):
        want, k = ord(here[1]) + d, i
        while True:
            k += d  # (over one line a title wrapped onto, as _toc_run steps)
            k = k + d if parts(k) is None and parts(k + d) is not None and wrapped_on(lines, k) else k
            got = parts(k)
            if got is None or got[0] != here[0] or ord(got[1]) != want:
                break
            run, want = run + 1, want + d
    return run >= 3


def _sub_item_in_run(text: str, m: re.Match[str], before: list[ItemStart]) -> bool:
    """A sub-item's header ('2a Title') right after its base's header or the sub-item before it (sub_items.follows),
    and printed bare: '§ 2a', '# 2a' name a paragraph or a reference; or the first header read, opening the list
    (sub_items.opens_run). A sub-item's header read already in the run stands where its first print does: a list
    above named it ('1a', '1b', '1c' listed, then '1a Title' / 'Sagsnr.: …'), or a web page prints each header
    twice (its link, then its heading), as a plain number's header may repeat its listed entry."""
    number = sub_printed(m.group("num"))
    last = max(before, key=lambda s: s.index, default=None)
    before_number = last.number if last else None
    return text[:1].isdigit() and (follows(before_number, m.group("num")) or opens_run(before_number, m.group("num"))
                                   or any(s.number == number for s in before))


# '4. 00.01.00-P20-1-24 Title', '4. 24/1233 Title': a publisher prints the item's case number between its number and
# its title; NUMBERED_START wants the title's own first letter, so the line is read here, where it is a header's, and
# only when what follows the number is a case number and then a title (the item's header reads it off: case_number_head)
_CASE_FIRST = re.compile(r"^(?:[•·▪●◦]\s*)?(?P<num>\d{1,3})[.:)]?\s+(?P<title>\d.{2,})$")


def _numbered_header(text: str) -> re.Match[str] | None:
    """NUMBERED_START's match of a header line, or _CASE_FIRST's when a case number opens its title."""
    m = NUMBERED_START.match(text)
    if m is None and (m := _CASE_FIRST.match(text)) and case_number_head(m.group("title"))[1] is None:
        return None
    return m


def numbered_starts(lines: list[Line], meeting_context: bool, labelled: list[int]) -> list[ItemStart]:
    """Headers known by their number alone ('64. Title'), trusted with cues after them, in a run of
    consecutive numbered titles, or as a closed item's. `labelled`: the lines of the headers known by
    their labels, in line order, which open items too (a numbering inside one is its text's)."""
    # the numbered titles in a run of them (each asked once: a long list's run is walked for each of its lines)
    runs = {i for i, ln in enumerate(lines) if meeting_context and NUMBERED_START.match(ln.text) and _toc_run(lines, i)}
    toc = {(m.group("num"), m.group("title").casefold()) for i in runs if (m := NUMBERED_START.match(lines[i].text))}
    pages = _page_numbered_lines(lines)
    starts: list[ItemStart] = []
    unsure: list[ItemStart] = []  # numbered titles with no cue of their own (an empty body, one sentence under it)
    for i, ln in enumerate(lines):
        m = _numbered_header(ln.text)
        if not m or i in pages:
            continue  # ('3 1. Godkendelse …': a transcript's page number opens the line, no item's)
        if base_value(m.group("num")) is not None:
            if not _sub_item_in_run(ln.text, m, starts + unsure):
                continue  # '2a Title' only in its run after item 2 ('§ 2a', a stray '3a' in the text: no item)
        elif starts and "." in m.group("num") and m.group("num").split(".")[0] == starts[-1].number:
            continue  # '2.2 Økonomi' under item 2: a point of item 2's text, no item
        above = bisect_left(labelled, i)  # the last labelled header above line i (`labelled` is in line order)
        last = max([s.index for s in starts[-1:]] + labelled[above - 1: above], default=None)
        lead = run_lead(lines, i)
        if lead is not None and (ATTACHMENT_HEADING.match(lines[lead].text) or last is not None and last < lead):
            # 'Bilag' / '1. Notat' / '2. Oversigt': a bilag list numbers its entries from 1; so do the points
            # of a proposal inside an item ('Direktionen indstiller, at' / '1. Budgettet godkendes' / …)
            continue
        if proposal_point(lines, i, m.group("num")):
            continue  # 'Forvaltningen indstiller følgende:' / '4. Planen godkendes.': a proposal's point, no item
        if last is not None and numbered_again(lines, i, m.group("num"), last) \
                and not (next_header(starts, m.group("num")) and _body_right_below(lines, i)):
            # '1. Baggrund' … '2. Økonomi' … '3. Vurdering': an item's text numbers its own headings; but the number
            # after the last header's, with an item's body opening right below it, goes on from the headers ('4. Salg
            # af grund' / 'Bilag' / '1. Kortbilag' … '4. Tidsplan' / '5. Eventuelt' / 'Sagsnr.: …')
            continue
        if (_numbered_is_item(lines, i, m.group("title")) or clean_title(m.group("title"))[1]
                or meeting_context and (i in runs or (m.group("num"), m.group("title").casefold()) in toc)):
            starts.append(ItemStart(i, sub_printed(m.group("num")), m.group("title"), kind="numbered"))
        else:
            unsure.append(ItemStart(i, sub_printed(m.group("num")), m.group("title"), kind="numbered"))
    return in_sequence(without_off_form(starts, lines, unsure), unsure, lines)


def _body_right_below(lines: list[Line], i: int) -> bool:
    """The line under line i opens an item's body: a cue ('Sagsnr.: …') or a section heading ('Beslutning'),
    not the text a numbered heading inside a body has under it ('3. Vurdering' / 'Forvaltningen anbefaler.')."""
    j = next_text_index(lines, i + 1)
    return j < len(lines) and (marks_body(lines[j].text) or is_heading(lines[j].text))


def _page_numbered_lines(lines: list[Line]) -> set[int]:
    """The lines a transcript opens with its pages' numbers (list_entry.page_prefixes), by index."""
    text = "\n".join(ln.text for ln in lines)
    prefixes = page_prefixes(text)
    if not prefixes:
        return set()
    out, at = set(), 0
    for i, ln in enumerate(lines):
        if at in prefixes:
            out.add(i)
        at += len(ln.text) + 1
    return out
