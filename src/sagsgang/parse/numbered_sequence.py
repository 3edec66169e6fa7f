"""Numbered titles with no cue of their own that the headers' numbering leaves a place for.

'2. Godkendelse af dagsorden' / 'Dagsordenen godkendt.' or '3. Eventuelt' alone: an item with nothing under it
but a sentence, or nothing at all, is still the item its number says, where the numbers of the headers around it
count on through it (in_sequence).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .excerpt_end import cut_off_after
from .header_patterns import number_mark
from .item_start_base import ItemStart, number_value, previous_text_index
from .lines import Line
from .sub_items import base_value, follows, opens_run


def in_sequence(starts: list[ItemStart], unsure: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """The headers with their cues, and the numbered titles without one whose numbers the headers' own numbering
    leaves a place for: the run n + 1 … m - 1 between headers n and m, a run on from the last header, or one
    counting up to the first; printed alike with their mark ('4.'), each opening its block and not listed
    already. An item with nothing under it but a sentence ('2. Godkendelse af dagsorden' / 'Dagsordenen
    godkendt.') or nothing at all ('3. Eventuelt') is still the item its number says."""
    if not starts or not unsure:
        return starts
    numbers = {s.number for s in starts}
    fit = [c for c in unsure if c.number.isdecimal() and c.number not in numbers and number_mark(lines[c.index].text)
           and len(c.title) <= 150 and (_opens_block(lines, c.index) or cut_off_after(lines, c.index)
                                        or _under_field(lines, c.index))]
    # ('1 Referat …': a transcript's page number)
    at = [s.index for s in starts]  # in line order, as `starts` is
    gaps: dict[int, list[ItemStart]] = {}
    for c in fit:
        gaps.setdefault(bisect_left(at, c.index), []).append(c)
    added: list[ItemStart] = []
    for k, cands in gaps.items():
        prev, nxt = (starts[k - 1] if k else None), (starts[k] if k < len(starts) else None)
        mark = number_mark(lines[(prev or nxt).index].text)
        cands = [c for c in cands if number_mark(lines[c.index].text) == mark and all(
            number_mark(lines[s.index].text) == mark for s in (prev, nxt) if s)]
        if prev is not None:
            run = _counting(cands, number_value(prev.number), 1)
            if run and (nxt is None or number_value(nxt.number) == int(run[-1].number) + 1):
                added += run
        elif nxt is not None:
            run = _counting(cands[::-1], number_value(nxt.number), -1)
            added += run
    return _with_sub_items(sorted(starts + added, key=lambda s: s.index) if added else starts, unsure, lines)


def _with_sub_items(starts: list[ItemStart], unsure: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """The starts with each numbered title without a cue that is a sub-item in its run ('6. Title' / '6a Title' /
    '7. Title', sub_items.follows): the header right before it is its base's or its sibling's, it opens its block."""
    out = list(starts)
    for c in unsure:
        if base_value(c.number) is None or not _opens_block(lines, c.index):
            continue
        at = bisect_left([s.index for s in out], c.index)
        if at and follows(out[at - 1].number, c.number or "") or not at and opens_run(None, c.number or ""):
            out.insert(at, c)
    return out


def _counting(cands: list[ItemStart], number: float | None, step: int) -> list[ItemStart]:
    """The candidates, in the order given, that go on counting from `number` by `step` (one each, skipping the
    rest): the numbers a run of headers leaves out."""
    if number is None or number != int(number):
        return []
    run, want = [], int(number) + step
    for c in cands:
        if int(c.number) == want:
            run.append(c)
            want += step
    return run


def _opens_block(lines: list[Line], i: int) -> bool:
    """Line i stands at the top of a block: the page's first line or one under a blank line."""
    return i == 0 or not lines[i - 1].text


# a label with its value on one line ('Mødested: Byrådssalen', 'Sagsnr.: 24/1001'): a field, whole on its line
_FIELD_ABOVE = re.compile(r"^[A-ZÆØÅ][\w. /-]{1,30}:\s+\S")


def _under_field(lines: list[Line], i: int) -> bool:
    """Line i is right under a field's line ('Mødested: Byrådssalen' / '1. Godkendelse af dagsorden' / '2. Budget' /
    'Sagsnr.: …'): a page that sets no blank line between its blocks ends the meeting's facts, or a body's field, with
    the field's own line, as a blank line would; a numbered line under it opens a block of its own, and the sequence
    of the numbers does the rest (in_sequence). Not a sentence's line: a point of a text runs on under its lead."""
    k = previous_text_index(lines, i - 1)
    return k == i - 1 and bool(_FIELD_ABOVE.match(lines[k].text.strip()))


def without_off_form(starts: list[ItemStart], lines: list[Line], unsure: list[ItemStart]) -> list[ItemStart]:
    """The headers without those printed in another form than most, between two that print in it ('2) Title' …
    '14.03 § 6, stk. c, …' … '5) Title'), where the number breaks their numbering (it neither goes on from the header
    before nor leads into the one after) or a header in their form prints the same number ('5) Title' / 'Beslutning'
    / '5. Sagen blev taget til efterretning.', a decision that repeats its item's number). A page prints its items'
    numbers in one form; a number in another form between them is the text's (a plan's '14.03' wrapped to a line's
    start, a decision's or a proposal's point), and taken as a header it cut items off or took their titles. The same
    number may stand in `unsure` (a numbered title without a cue of its own, '3) Title ending in a comma,' wrapped),
    where in_sequence then finds its place. (Not a contents list in one form above bodies in another: no header of
    the bodies' form stands before it.)"""
    marks = [number_mark(lines[s.index].text) for s in starts]
    common = max(set(marks), key=marks.count, default="")
    if marks.count(common) * 2 <= len(marks):
        return starts
    in_form = [k for k, m in enumerate(marks) if m == common]
    twins = {s.number for s in starts if number_mark(lines[s.index].text) == common} \
        | {c.number for c in unsure if number_mark(lines[c.index].text) == common and _opens_block(lines, c.index)}
    out: list[ItemStart] = []
    for k, s in enumerate(starts):
        at = bisect_left(in_form, k)
        if marks[k] != common and 0 < at < len(in_form) and (s.number in twins or _off_run(starts, in_form, k, at)):
            continue
        out.append(s)
    return out


def _off_run(starts: list[ItemStart], in_form: list[int], k: int, at: int) -> bool:
    """Header k's number breaks the numbering of the headers in the common form around it (in_form[at - 1] and
    in_form[at])."""
    value = number_value(starts[k].number)
    before, after = number_value(starts[in_form[at - 1]].number), number_value(starts[in_form[at]].number)
    if value is None or before is None or after is None:
        return False
    return value != int(before) + 1 and value + 1 != after
