"""Item headers known by their label: 'Punkt 4: Title', 'Pkt. 115' / title, '• 1' / title, 'Sag nr. 11'.

A label vouches for its number; the reader's work is finding the title, on the label's line, under it, or over
it, where a case number or a status stands between.
"""
from __future__ import annotations

import re

from .casenumbers import labelled_case_numbers
from .excerpt_end import cut_off_after
from .header_patterns import BARE_NUMBER, LABELLED_NUMBER_ONLY, LABELLED_START, SAG_NR_START, START_CHAR
from .headings import BARE_OUTCOME, is_heading
from .item_start_base import (
    LABEL_ALONE,
    ItemStart,
    case_number_line,
    marks_body,
    next_header,
    next_text_index,
    title_like,
)
from .lines import Line
from .sag_nr_starts import sag_nr_start, sag_nr_titles_below
from .sub_items import follows, opens_run, sub_printed
from .title_marks import CLOSED_MARKER, CLOSED_PREFIX

_LEAD_BULLET = re.compile(r"^[•·▪●◦]\s*")  # a web list's bullet before an item's label ('• Pkt. 16')


def labelled_starts(lines: list[Line]) -> list[ItemStart]:
    """Headers known by their label: 'Punkt 4: Title', 'Pkt. 115' / title, '• 1' / title, 'Sag nr. 11'."""
    starts: list[ItemStart] = []
    start_char = START_CHAR.match
    page_below = sag_nr_titles_below(lines)
    for i, ln in enumerate(lines):
        t = ln.text
        if not t or not start_char(t):
            continue
        m = LABELLED_START.match(t)
        if m and labelled_case_numbers(m.group("title")):
            starts.extend(_case_beside_label(lines, i, m.group("num")))
            continue
        if m and _labelled_header(t):
            # 'Lukket punkt 5: Salg af grund': the status before the label marks the item closed
            starts.append(ItemStart(i, m.group("num"), m.group("title"), closed=t[:6].lower() == "lukket"))
            continue
        m = LABELLED_NUMBER_ONLY.match(_LEAD_BULLET.sub("", t))
        if m:
            starts.extend(_number_only_start(lines, i, m.group("num")))
            continue
        m = BARE_NUMBER.match(t)
        before = starts[-1].number if starts else None
        if m and m.group("sub") and not (follows(before, m.group("sub")) or opens_run(before, m.group("sub"))):
            continue  # a sub-item's cell only after its base's header ('2.' … '2a'), or opening the list ('1a')
        if m:
            j = next_text_index(lines, i + 1)
            after = [x.text for x in lines[j + 1: j + 5] if x.text and x.text != lines[j].text]
            # the line under the number opens no body: 'Lovgrundlag: Lov om … § 124-' / '136.' / 'Økonomiske
            # konsekvenser: Ingen.' is a sentence's number wrapped onto a line of its own above a run-in section
            # (or the excerpt was cut under the title, before its body, where the number goes on from the last)
            printed = m.group("num") or m.group("cell") or m.group("square") or ""
            cut = cut_off_after(lines, i) and next_header(starts, printed)
            if (j < len(lines) and not marks_body(lines[j].text) and (cut or any(marks_body(x) for x in after[:3]))
                    and not LABEL_ALONE.fullmatch(lines[j].text) and (m.group("num") or title_like(lines[j].text))):
                starts.append(ItemStart(i, m.group("num") or m.group("cell") or m.group("square")
                                        or sub_printed(m.group("sub")), lines[j].text,
                                        consumed=j - i + 1))
            continue
        m = SAG_NR_START.match(t)
        if m:
            starts.extend(sag_nr_start(lines, i, m, starts[-1].index if starts else -1, page_below))
    return starts


def _labelled_header(text: str) -> bool:
    """'Punkt 4: Budget 2025' heads an item; 'Punkt 2: Godkendt.' (a decision per point) and a heading after
    the label do not."""
    m = LABELLED_START.match(text)
    return bool(m) and not is_heading(m.group("title")) and not BARE_OUTCOME.match(m.group("title"))


def _number_only_start(lines: list[Line], i: int, num: str) -> list[ItemStart]:
    """'Pkt. 115' alone on line i: the title is the next line ('Punkt 3' / 'Sagsnr.: 24/1234' / title:
    after a case number, which stays in the item's body)."""
    j = next_text_index(lines, i + 1)
    if j >= len(lines):
        return [ItemStart(i, num, "")]  # 'Punkt 7:' the text's last line: an excerpt cut after the item's number
    if title_like(lines[j].text):
        return [ItemStart(i, num, lines[j].text, consumed=j - i + 1)]
    if j < len(lines) and case_number_line(lines[j].text):
        k = next_text_index(lines, j + 1)
        if k < len(lines) and title_like(lines[k].text):
            return [ItemStart(i, num, lines[k].text, skip={k})]
    b = i - 1 if i and lines[i - 1].text else -1
    if j < len(lines) and is_heading(lines[j].text) and b >= 0 and title_like(lines[b].text) \
            and not lines[b].text.endswith((".", ":", ";", ",")):
        # 'Lokalplan for Søvej' / 'Punkt 3' / 'Sagsfremstilling': the title right above its label
        return [ItemStart(b, num, lines[b].text, consumed=i - b + 1, title_before=True)]
    return []


def _case_beside_label(lines: list[Line], i: int, num: str) -> list[ItemStart]:
    """'Punkt 1 Sagsnr. 21-014420' / 'Godkendelse af dagsorden': a header whose label line holds the case
    number (a layout that prints the case cell to the right of the label, the title in large type below
    it: the text layer reads the label's line across). A case field is never a title (a title states a
    subject; 'Sagsnr. X' is a label and its value), so the title is the next line, read as for a label alone;
    the case number stays on the header's line, which assemble reads as the body run on there."""
    j = next_text_index(lines, i + 1)
    if j < len(lines) and (title_like(lines[j].text) or _closed_title(lines[j].text)) \
            and not case_number_line(lines[j].text):
        return [ItemStart(i, num, lines[j].text, skip={j})]
    return []


def _closed_title(text: str) -> bool:
    """'Lukket punkt. Salg af grund': a closed item's title printed after its status, where the header's label
    stands on the line above. The status is a cue when it stands alone, but a status set off by its stop and
    followed by a capitalised title is that title's prefix (clean_title strips it and marks the item closed),
    as on a contents line or a numbered header: a body's closed marker does not go on with a title."""
    m = CLOSED_PREFIX.match(text)
    rest = text[m.end():] if m else ""
    return bool(rest[:1].isupper() and title_like(rest) and not CLOSED_MARKER.match(rest))
