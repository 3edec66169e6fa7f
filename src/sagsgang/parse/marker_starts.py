"""Items headed by a line that repeats down the page, where no item header is printed.

An open/closed marker ('Åben' / 'Lukket'), a case-number label ('• Sagsid.: 16/24751'), a status before the title
('Åben sag: Godkendelse af dagsorden'), a title over the section heading every item opens with: each opens an item.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .body_date_lines import treatment_head
from .casenumbers import CASE_LABEL, DOCUMENT_LABEL, case_number_head, labelled_case_numbers, standalone_case_number
from .dashes import SPACED_DASH
from .header_patterns import NUMBERED_START
from .headings import heading_name, is_heading
from .item_start_base import LABEL_ALONE, ItemStart, next_text_index
from .lined_headings import body_run_headings, holds_case_text
from .lines import Line, nearest_text
from .list_entry import OWN_NUMBER_OPEN, fold_title, numbered_piece
from .single_case_titles import ITEM_LABEL_LINE
from .title_marks import STATUS_ONLY

_NUMBER_CELL = re.compile(r"(\d{1,3})\.?")  # an item's number alone on its line, a table's cell
# the same cell with the stop or brackets a table prints it in ('1', '1.', '1)', '(1)', '[1]'), over a title
NUMBER_CELL_ANY = re.compile(r"[(\[]?(\d{1,3})[.)\]]?")
TITLE_LINES = 3  # the lines a title wraps onto in a table's cell, at most
_STATUS_LINE = re.compile(r"^(?:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)


def marker_starts(lines: list[Line], single: bool = False) -> list[ItemStart]:
    """Items headed by a line that repeats down the page: an open/closed marker ('Åben' / 'Lukket')
    or a case-number label ('• Sagsid.: 16/24751'), where no item header is printed. Each opens
    an item; after a marker its title is the next line unless that is already a section. With
    `single` (a meeting page is known) one case label followed by sections is an item too."""
    labels = [i for i, ln in enumerate(lines)
              if ln.text and labelled_case_numbers(ln.text.lstrip("•·▪● ")) is not None and len(ln.text) < 100]
    bare = [i for i, ln in enumerate(lines) if _bare_case_number(lines, i)]
    labels = labels if labels or len(bare) < 2 else bare
    titled = _titled_status_starts(lines)
    if len(labels) >= (1 if single else 2) and len(labels) > len(titled) and _case_texts_below(lines, labels):
        return [_case_label_start(lines, i, end) for i, end in zip(labels, [*labels[1:], len(lines)], strict=True)]
    if len(titled) >= 2:
        return titled
    out = []
    for i, ln in enumerate(lines):
        if not _STATUS_LINE.match(ln.text):
            continue
        near = [x.text for x in lines[max(0, i - 2): i + 3] if x.text and x is not ln]
        if any(_STATUS_LINE.match(t) for t in near):
            return []  # "Åbent punkt" beside "Lukket punkt": a form's two boxes, not item heads
        j = next_text_index(lines, i + 1)
        nxt = lines[j].text if j < len(lines) else ""
        if _NUMBER_CELL.fullmatch(nxt):
            return []  # '1' / 'Title' / 'Åben' / '2' …: a list's status column, printed after each title
        # (nor a treatment's head, 'Byrådet den 11. marts 2024, pkt. 12:': the decision the block opens with, as a
        # decision heading there is; its colon after a body and a date ends no title)
        titled = bool(nxt) and not is_heading(nxt) and not _STATUS_LINE.match(nxt) and len(nxt) <= 200 \
            and not treatment_head(nxt)
        numbered = _NUMBER_CELL.fullmatch(lines[i - 1].text) if i else None  # '1' / 'Åben' / 'Title'
        at = i - 1 if numbered else i
        out.append(ItemStart(at, numbered and numbered.group(1), nxt if titled else "",
                             consumed=j - at + 1 if titled else i - at + 1, kind="marker",
                             closed=ln.text.lower().startswith("luk")))
    return out if len(out) >= 2 else []


def _case_texts_below(lines: list[Line], labels: list[int]) -> bool:
    """Each case-number label heads a case's text down to the next (holds_case_text); the last one's may have been
    cut off by the text's end where the labels before it each head one. Why: an excerpt of a page stops wherever
    its characters run out, often inside the last item's header, and its label is no less an item's for that."""
    blocks = [holds_case_text(lines[a + 1: b]) for a, b in zip(labels, [*labels[1:], len(lines)], strict=True)]
    return all(blocks[:-1]) and (blocks[-1] or len(blocks) >= 2)


# 'Åben sag: Godkendelse af dagsorden', 'Lukket punkt - Salg af grund': the status, then the title
_STATUS_TITLED = re.compile(rf"^(?P<status>Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?\s*[:{SPACED_DASH}]\s+"
                            rf"(?P<title>\S.{{2,200}})$",
                            re.IGNORECASE)


def titled_blocks(lines: list[Line]) -> list[ItemStart]:
    """Items printed without numbers or markers: each a block that opens with its title (a blank line above
    it) right above the section heading every item opens with ('Godkendelse af dagsorden' / 'Sagsfremstilling'
    … 'Budget for vejene' / 'Sagsfremstilling' …). Two such blocks or more are the page's items."""
    heads = [i for i, ln in enumerate(lines) if ln.text and is_heading(ln.text)]
    first = heading_name(lines[heads[0]].text) if heads else None
    out = titles_over(lines, [i for i in heads if heading_name(lines[i].text) == first])
    return out if len(out) >= 2 else []


def titles_over(lines: list[Line], heads: list[int]) -> list[ItemStart]:
    """The blocks that open with a title right over one of the section headings at `heads` (line indices): a title's
    line (or lines, under a number cell: _numbered_block) that opens a block (_block_opens), a blank line maybe
    between it and the heading."""
    out: list[ItemStart] = []
    for i in heads:
        k = i - 2 if i >= 3 and not lines[i - 1].text else i - 1  # a blank line may part title and heading
        t = lines[k].text if k >= 1 else ""
        if not title_line(t):
            continue
        numbered = _numbered_block(lines, k)
        if numbered is not None:  # '3' / 'Budget for' / 'vejene' / 'Sagsfremstilling': a table's number cell above
            out.append(replace(numbered, consumed=i - numbered.index))
        elif _block_opens(lines, k, first=not out):
            # ('86. Godkendelse af dagsorden': a numbered header over it; '• Budget for vejene': a list's bullet, which
            # marks the line and is none of the title, as an unnumbered list's entry printed again as the header)
            number, title = numbered_piece(LEADING_BULLET.sub("", t))
            out.append(ItemStart(k, number, title, kind="marker"))
        elif k >= 2 and _TIME_CELL.fullmatch(lines[k - 1].text.strip()) and _block_opens(lines, k - 1, first=not out):
            # '16:30' / 'Budget for vejene' / 'Sagsfremstilling': an agenda's time column, read as a line above
            out.append(ItemStart(k - 1, None, t, consumed=2, kind="marker"))
    return out


# the time an agenda schedules an item for, in a column of its own ('16:30', 'Kl. 16.30', '16.30 - 17.00')
_TIME_CELL = re.compile(r"(?:[Kk]l\.?\s*)?[012]?\d[:.][0-5]\d(?:\s*[-–]\s*[012]?\d[:.][0-5]\d)?")


def title_line(text: str) -> bool:
    """A line that can be (a piece of) an item's title: no sentence's or label's end, no heading, no case number, no
    section's label with its value ('Kompetence: Byrådet', a field of the case)."""
    return bool(text) and 3 <= len(text) <= 200 and not text.endswith((".", ":", ";", ",")) \
        and not is_heading(text) and labelled_case_numbers(text) is None and not is_heading(text.split(":", 1)[0])


def _numbered_block(lines: list[Line], k: int) -> ItemStart | None:
    """The title whose last line is line k (the caller's to judge), wrapped onto up to three lines, under its
    number printed alone on a line ('1', '1.', '1)', '(1)' — a table's number cell: the text layer reads the cell
    before the title's): the item starts at the number. Why: a layout that prints the number in a column of its
    own puts it on a line above the whole title, however many lines the title takes, and a title's lines hold no
    sentence's end. A line that opens on a number and its stop heads an item of its own: no title goes on there."""
    top = k
    while top - 1 >= 0 and k - top + 1 < TITLE_LINES and title_line(lines[top - 1].text) \
            and not NUMBER_CELL_ANY.fullmatch(lines[top - 1].text.strip()) \
            and not NUMBERED_START.match(lines[top].text):
        top -= 1
    a = nearest_text(lines, top - 1, -1) if top else None
    cell = NUMBER_CELL_ANY.fullmatch(lines[a].text.strip()) if a is not None else None
    if cell is None or lines[top].text[:1].islower():
        return None
    title = " ".join(ln.text.strip() for ln in lines[top: k + 1])
    return ItemStart(a, cell.group(1), title, consumed=k - a + 1, kind="marker", title_before=True)


def _bare_case_number(lines: list[Line], i: int) -> bool:
    """Line i is a case number and nothing else, printed as an item's marker above or below its title ('Budget for
    vejene' / '24/1234' / 'Sagsfremstilling'). (Read only on a page with no case label: there a bare number is the
    value of the label above it, 'Sagsnr.' / '24/1234'.)"""
    text = lines[i].text.lstrip("•·▪● ").strip()
    return bool(text) and standalone_case_number(text) == text


def _block_opens(lines: list[Line], k: int, first: bool) -> bool:
    """Line k opens a block: a blank line above it, or (a text printed double-spaced has lost its blank
    lines, see lines.prepare) the last item's text ended a sentence above it; the first item's title
    follows the page's header, whatever that ends with."""
    above = lines[k - 1].text
    return not above or first or above.endswith((".", "!", "?"))


def _a_field(text: str) -> bool:
    """A form's field where a title would stand: a label with no value ('Sagsnr.:'), a case-number label with its
    value ('Sagsnr.: 24/1001') or a case number alone ('22/8164'), as a status printed before each ('Lukket:
    Sagsnr.: …') puts them; no item's title."""
    return bool(LABEL_ALONE.fullmatch(text) or CASE_LABEL.match(text) or standalone_case_number(text) == text)


def _titled_status_starts(lines: list[Line]) -> list[ItemStart]:
    """Items headed by their status and title on one line, their number after the status when printed
    ('Åben sag: 1. Godkendelse af dagsorden'). Not a status before a field (_a_field)."""
    out = []
    for i, ln in enumerate(lines):
        m = _STATUS_TITLED.match(ln.text)
        if m and not _a_field(m.group("title").strip()):
            number, title = numbered_piece(m.group("title"))
            out.append(ItemStart(i, number, title, kind="marker", closed=m.group("status").lower().startswith("luk")))
    return out



_ANOTHER_LABEL = re.compile(r"^[\w. -]{1,30}:")  # 'Sagsnr.: 24/1 Sagsbehandler: …': a label follows, no title


def _case_label_start(lines: list[Line], i: int, end: int) -> ItemStart:
    """An item opened by its case-number label (its block running to line `end`); a title-like line right after
    it is its title (kept out of the body), unless it is the first of a run of labels heading the block's text
    (lined_headings.body_run_headings); the label stays in the body, which reads the case number from it.
    With none after it, a heading-like block of one line right before it is the title ('Lokalplan
    for Søvej' / 'Sagsnr.: 24/1001'): the item starts there. A title printed after the number on the label's
    line ('Sagsnr. 24/1001 - Lokalplan for Søvej') is the title, unless such a block (or a title behind its bullet,
    _title_over_tag) stands right before the label: then the words after the number are the header's next cell
    ('Spørgetid' / 'Sagsnr. 450-2018-4075 Initialer NIB', a flattened header cut at its label), and the block is
    the title."""
    label = CASE_LABEL.match(lines[i].text.lstrip("•·▪● "))
    title, number = case_number_head(label.group(1)) if label else ("", None)
    if number and title[:1].isupper() and not _ANOTHER_LABEL.match(title) and not STATUS_ONLY.match(title) \
            and _heading_block_before(lines, i) is None and _title_over_tag(lines, i) is None:
        return ItemStart(i, None, title, consumed=0, kind="marker")
    j = next_text_index(lines, i + 1)
    t = lines[j].text if j < len(lines) else ""
    # (not a case number alone: 'Sagsnr.' / '450-2018-4075' prints the label's value on the next line, no title)
    # (nor a treatment's head, 'Byrådet den 26. oktober 2016, pkt. 12:': the decision the block opens with)
    # (nor the document's number under the case's, 'Dok.nr.: 99/2345': a field of the same header)
    if t and 8 <= len(t) <= 200 and not is_heading(t) and not labelled_case_numbers(t) and not t.isupper() \
            and not DOCUMENT_LABEL.match(t) and not is_heading(t.split(":", 1)[0]) \
            and standalone_case_number(t) != t and not treatment_head(t) \
            and t.rstrip(":") not in body_run_headings(lines[i + 1: end]):
        numbered = _numbered_title_before(lines, i)
        if numbered is not None and fold_title(numbered.title) == fold_title(t):
            # '1' / 'Budget for vejene' / 'Sagsnr.: …' / 'Budget for vejene': the title printed again under the label
            return replace(numbered, skip={j})
        return ItemStart(i, None, t, consumed=0, kind="marker", skip={j})
    numbered = _numbered_title_before(lines, i)
    if numbered is not None:
        return numbered
    b = _heading_block_before(lines, i)
    if b is not None:
        return ItemStart(b, None, lines[b].text, consumed=i - b, kind="marker", title_before=True)
    return _title_over_tag(lines, i) or ItemStart(i, None, "", consumed=0, kind="marker")


def _title_over_tag(lines: list[Line], i: int) -> ItemStart | None:
    """'Salg af grund' / 'Lukket sag' / 'Sagsnr.: …', 'Budget 2025' / 'Punkt 2' / 'Sagsnr.: …', '• Budget 2025' /
    'Sagsnr.: …': the title right above the case-number label behind the item's status or number on a line of
    its own, or behind a bullet; the item starts at the title, its status and number are the tag's."""
    k = nearest_text(lines, i - 1, -1)
    tag = lines[k].text.strip() if k is not None else ""
    status, label = STATUS_ONLY.fullmatch(tag), ITEM_LABEL_LINE.match(tag)
    if status or label:
        b = _heading_block_before(lines, k)
        if b is not None:
            return ItemStart(b, label.group("num") if label else None, lines[b].text, consumed=i - b, kind="marker",
                             title_before=True, closed=tag.lower().startswith("luk"))
        return None
    if not LEADING_BULLET.match(tag):
        return None
    bare = [*lines[:k], Line(LEADING_BULLET.sub("", tag), lines[k].offset), *lines[k + 1:]]
    b = _heading_block_before(bare, i)
    return ItemStart(b, None, bare[b].text, consumed=i - b, kind="marker", title_before=True) if b is not None else None


def _numbered_title_before(lines: list[Line], i: int) -> ItemStart | None:
    """'1.' / 'Godkendelse af dagsorden' / 'Sagsnr.: 24/1231': the item's number alone on its line (a table's
    cell), then its title (wrapped onto up to three lines: _numbered_block), right above its case-number label."""
    b = nearest_text(lines, i - 1, -1)
    title = lines[b].text if b is not None else ""
    if not 3 <= len(title) <= 200 or is_heading(title) or labelled_case_numbers(title) is not None:
        return None
    numbered = _numbered_block(lines, b)
    return _with_first_print(lines, replace(numbered, consumed=i - numbered.index)) if numbered is not None else None


def _with_first_print(lines: list[Line], start: ItemStart) -> ItemStart:
    """The numbered title printed twice in a row ('1' / 'Budget' / '1' / 'Budget' / 'Sagsnr.: …', the agenda's row
    unfolded over its body): the item starts at the first print, which would otherwise end the item before."""
    b = nearest_text(lines, start.index - 1, -1)
    first = _numbered_block(lines, b) if b is not None and title_line(lines[b].text) else None
    if first is None or first.number != start.number or fold_title(first.title) != fold_title(start.title):
        return start
    return replace(start, index=first.index, consumed=start.consumed + start.index - first.index)


# a list's bullet before a line's text: a mark, or a dash set off by a space ('- Budget for vejene')
LEADING_BULLET = re.compile(rf"^(?:[•·▪●]|[{SPACED_DASH}](?=\s))\s*")


def _heading_block_before(lines: list[Line], i: int) -> int | None:
    """The line before line i when it stands alone as a heading: a blank line above it, no label, a capital or a
    number of the title's own first ('2. behandling af budget 2017'), no sentence's end ('Dagsordenen herefter
    godkendt.' is the previous item's text), and no section heading above it (under 'Beslutning Byrådet den …',
    'Dagsordenen godkendt' is its text). Where the page lost its blank lines (as _block_opens), a sentence's end on
    the line above stands for the blank line: the last item's text ended there ('Godkendt.' / 'Spørgetid' /
    'Sagsnr.')."""
    b = nearest_text(lines, i - 1, -1)
    t = lines[b].text if b is not None else ""
    if (not t or b and lines[b - 1].text and not lines[b - 1].text.endswith((".", "!", "?"))
            or not 8 <= len(t) <= 150 or t.endswith((".", ":", ",", ";")) or ":" in t
            or not (t[:1].isupper() or OWN_NUMBER_OPEN.match(t)) or is_heading(t) or labelled_case_numbers(t)):
        return None
    above = nearest_text(lines, b - 1, -1)
    return None if above is not None and is_heading(lines[above].text) else b
