"""Lines -> Document: split header from items, parse each item, then fill what the meeting implies.

Shared by every text layout; a layout decides only what is specific to its format (where the
title is, which header lines to skip) and passes it here.

build_meeting_document and build_single_case_document run the readers of the modules it was split into, each
importing only from the ones before it: single_case_titles (a one-case document's title and the meeting it names),
marker_starts (items headed by a repeating marker or label), listed_items (the item list against the headers after
it), item_segments (the item starts by the reading that explains more items), flat_blocks (a transcript's page
lines cut and read again), listed_case_cells (a contents row's case number), list_line_bodies (bodies found again
inside later lines of a flattened page), meeting_fallbacks (the meeting's facts where its head gives none).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..model import AgendaItem, Decision, Document, Meeting
from ..read import ReadResult
from .absence_scope import place_scoped_absence
from .bodies import body_rank, detect_municipality
from .case_lines_above import case_lines_above, with_case_line
from .casenumbers import labelled_case_numbers, standalone_case_number
from .committee_names import TITLE_LINE, as_printed_plainly
from .counted_starts import counts_in_one_form
from .dates import DATE_ANY, parse_date
from .decided_blocks import decided_blocks
from .document_kind import document_kind
from .fact_labels import prints_meeting_facts
from .flat_blocks import flat_blocks, flat_meeting, footless, is_flat_page_line, numbered_pages_cut, unflattened
from .glued_headers import split_glued_headers
from .header_patterns import LABELLED_START, NUMBERED_START
from .headings import PLAIN_DECISION, decision_body_date
from .inline_titles import run_on_entry
from .item_body import parse_item
from .item_list import find_item_list, joined_text
from .item_segments import segment_items
from .item_start_base import ItemStart
from .item_starts import find_item_starts, without_column_cell
from .lined_headings import body_run_headings, run_headings, shaped_headings
from .lines import Line
from .list_line_bodies import inline_bodies, run_on_body
from .listed_case_cells import contents_row_cases, listed_case_cells
from .listed_items import meeting_item_list
from .marker_starts import marker_starts, titled_blocks
from .meeting import absent_from_attendance_item, complete_meeting, meeting_facts, parse_meeting
from .meeting_fallbacks import dated_by_decisions, facts_above_first_body, meeting_of_decisions
from .number_cells import cell_over_title, number_cell_starts
from .outline_blocks import outline_blocks
from .people import bare_name, called_off_for_meeting
from .repeated_headings import repeated_headings
from .run_in_repeats import cut_run_ins, repeated_run_ins, runs_most_text
from .shared_row_cells import without_row_cells
from .single_case_titles import (
    ADDRESSEE,
    item_label_number,
    meeting_labels,
    meeting_line_number,
    meeting_page_type,
    names_its_meeting,
    page_head,
    single_title,
    titled_row,
)
from .sub_items import sub_parts
from .title_marks import CLOSED_MARKER, OPEN_CLOSED_TAG
from .title_tidy import BODY_CUE


def _without_next_header(body: list[Line], header: str) -> list[Line]:
    """'2. Budgetopfølgning 1 for 2020' printed twice (an anchor line, then the item's header): the
    first copy ends the previous item's body but is none of its text."""
    key = " ".join(header.split())
    end = len(body)
    while end and (not body[end - 1].text or " ".join(body[end - 1].text.split()) == key):
        end -= 1
    return body[:end] if any(" ".join(ln.text.split()) == key for ln in body[end:]) else body


def oldest_first(decisions: list[Decision]) -> list[Decision]:
    """Dated treatments by date; an undated one (an outcome statement such as 'Økonomiudvalget
    anbefaler indstillingen.') before the first treatment by a body later in the usual sagsgang
    (fagudvalg, Økonomiudvalget, the council), else after the others, in printed order."""
    out = sorted((d for d in decisions if d.date), key=lambda d: d.date)
    for d in decisions:
        if not d.date:
            rank = body_rank(d.committee)
            at = next((k for k, o in enumerate(out) if body_rank(o.committee) > rank), len(out))
            out.insert(at, d)
    return out


def finish(doc: Document, meeting: Meeting | None, result: ReadResult) -> Document:
    """Fill decisions' missing body/date from the meeting, order them, set municipality and type."""
    doc.meeting = meeting
    if meeting and meeting.committee and result.tree is None:
        # (a printed page's head; a publishing system's export names the body in its own field, as stored)
        meeting.committee = as_printed_plainly(meeting.committee, result.text)
    if meeting and meeting.committee is None and meeting.date:
        # the header left the body out: the body that decided on the meeting's date ("Sundheds- og
        # Omsorgsudvalget, 03-03-2016, pkt. 15") is the one that met
        bodies = Counter(d.committee for it in doc.items for d in it.decisions
                         if d.committee and d.date == meeting.date)
        if bodies:
            meeting.committee = bodies.most_common(1)[0][0]
    for item in doc.items:
        for d in item.decisions:
            if meeting and d.committee is None:
                d.committee = meeting.committee
            own = meeting and d.committee and d.committee.casefold() == (meeting.committee or "").casefold()
            if own and d.date is None:
                # an undated treatment is the meeting's own only when it names the meeting's body (in capitals too:
                # 'TEKNIK- OG MILJØUDVALGETS BESLUTNING')
                d.date = meeting.date
        item.decisions = oldest_first(item.decisions)
    if meeting is not None and not meeting.absent:
        meeting.absent = _called_off(doc.items, meeting.date)
    if doc.municipality is None:
        doc.municipality = detect_municipality(result.text)
    doc.pages = len(result.pages) or None
    return doc


def _called_off(items: list[AgendaItem], meeting_date: str | None) -> list[str]:
    """The members the items' case texts say will miss this meeting (the item calling their substitutes:
    'X har forfald til Byrådsmødet 9. oktober 2018'), each as the page prints it with its party where a
    decision of the meeting lists that person absent ('X (A)')."""
    texts = [t for it in items for t in (it.intro, *(s.text for s in it.sections if not decision_body_date(s.heading)
                                                       and not PLAIN_DECISION.match(s.heading)))]
    printed = {bare_name(n): n for it in items for d in it.decisions if d.date == meeting_date for n in d.absent}
    names = [n for t in texts if t for n in called_off_for_meeting(t, meeting_date)]
    return list(dict.fromkeys(printed.get(bare_name(n), n) for n in names))


def _segmented(lines: list[Line]) -> tuple[list[Line], Any, list]:
    """The lines and the items' starts in them: the list of items (read again where a header was cut off its
    last line), the starts found by their printed cues (flat blocks where there are too few, or only the
    list's entries), the groups closed."""
    listed = find_item_list(lines)
    glued = split_glued_headers(lines, listed)
    if glued is not lines:  # a header was cut off the list's last line: read the list again
        lines, listed = glued, find_item_list(glued)
    starts = segment_items(lines, listed)
    if len(starts) < 2 or all(s.kind == "listed" for s in starts):
        lines, listed, starts = flat_blocks(lines, listed, starts)
    _close_groups(lines, starts)
    return lines, listed, starts


def _header_and_meeting(lines: list[Line], starts: list) -> tuple[list[Line], Meeting | None]:
    """The header (the lines before the first item, with the first start's lead, less page footers) and the
    meeting it describes: parsed, else its labelled facts, completed from the first item's head when undated."""
    header = lines[: starts[0].index] if starts else lines
    if starts and starts[0].lead.strip():
        header = [*header, Line(starts[0].lead.strip(), lines[starts[0].index].offset)]
    header = footless(header, lines)
    meeting = parse_meeting(header)
    if meeting is None:
        facts, labelled = meeting_facts(header)
        meeting = facts if labelled >= 2 else None  # labelled facts without a date or body still describe it
    if starts and (meeting is None or not meeting.date):
        # the facts may follow the first item's start (a page number or list line taken for an item, a
        # list of items above the header block): read on to that item's first section
        meeting = complete_meeting(meeting, page_head(lines[starts[0].index:]))
    return header, meeting


def _marked_headings(result: ReadResult, lines: list[Line], starts: list) -> frozenset[str]:
    """The lines marked as headings: the markup's, less the items' own titles, and the headings the page's
    repetition, shape and runs show."""
    # an item's own title that the HTML sets as a heading (<h2>5. Title</h2>, <h2>Title</h2>) heads that item; where
    # the same words recur in another item's body (a list of the agenda, a reference) they are no section of it
    titles = {s.title for s in starts} | {ln.text for s in starts for ln in lines[s.index: s.index + s.consumed]}
    return (result.headings - titles) | repeated_headings(lines, starts) | shaped_headings(lines) | run_headings(
        lines, starts)


def _inline_body(s, k: int, inline: dict, run_on: dict[int, AgendaItem], body: list[Line]) -> list[Line]:
    """A listed entry's body where the list's entries have their bodies inside later page lines (none runs on
    over them): the body found for it, whose header gives the number the list lost and the title it wrapped or
    cut (and the entry a listed title ran on into, kept in `run_on`)."""
    found = inline.get(k) if s.kind == "listed" else None
    body = found.lines if found else [] if s.kind == "listed" else body
    if found and s.number is None:
        s.number = found.number  # the list lost it, the body's header prints it
    if found and found.title:
        rest = run_on_entry(s.title, found.title)  # (the list ran two titles together: the next is this)
        if rest:
            run_on[k] = parse_item([], None, rest, closed=s.closed)
        s.title = found.title  # the header prints the title the list wrapped or cut
    return body


def _item_lines(lines: list[Line], starts: list, k: int, inline: dict, run_on: dict[int, AgendaItem]) -> list[Line]:
    """The lines of the k-th item's body: up to the next start (less its skipped lines and the next header),
    or found inline; numbered pages cut; the title's run-on text first."""
    s = starts[k]
    end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
    body = [ln for k2, ln in enumerate(lines[s.index + s.consumed: end], start=s.index + s.consumed)
            if k2 not in s.skip]
    if inline:
        body = _inline_body(s, k, inline, run_on, body)
    elif k + 1 < len(starts):
        body = _without_next_header(body, lines[starts[k + 1].index].text)
    if not inline and s.kind == "listed-body":
        body = numbered_pages_cut(body)
    return run_on_body(lines[s.index], s) + body  # (none for the listed entries of inline bodies)


def _absent_from_attendance(meeting: Meeting, starts: list, bodies: list[list[Line]]) -> None:
    """The meeting's own item on attendance ('1 Fraværende og bemærkninger til dagsordenen'), wherever
    its body is printed (a table of contents may list later items first)."""
    for s, body in zip(starts, bodies, strict=True):
        meeting.absent = absent_from_attendance_item(s.title, body)
        if meeting.absent:
            break


def _in_agenda_order(items: list[AgendaItem]) -> list[AgendaItem]:
    """A table of contents may list items whose bodies come later (or were cut off): agenda order; not where
    the list numbers its groups apart (open 1 … 6, closed 1 … 2): the print's own order is the agenda's."""
    nums: list = [_number_key(it.number) for it in items]
    if not all(n is not None for n in nums):
        nums = counts_in_one_form([it.number for it in items]) or nums  # ('I', 'II', 'III' / 'A', 'B', 'C')
    if all(n is not None for n in nums) and len(set(nums)) == len(nums):
        return [it for _, it in sorted(zip(nums, items, strict=True), key=lambda p: p[0])]
    return items


def _document_type(doc: Document, header: list[Line], meeting: Meeting | None, lines: list[Line]) -> str:
    """One item, no label and nothing about a meeting: a single case's page (annotation rules: document_type
    with no label), whether or not it prints its decision; else the meeting page's type."""
    kind = document_kind(header)
    if kind is None and meeting is None and len(doc.items) == 1:
        return "sagsfremstilling"
    return meeting_page_type(kind, doc, "\n".join(ln.text for ln in lines))


def build_meeting_document(result: ReadResult, lines: list[Line], layout: str,
                           decision_ends_at_break: bool = False) -> Document:
    """A meeting's agenda or minutes: header, then items found by their printed cues."""
    flat = runs_most_text(lines)  # (a transcript's page lines, read before they are cut)
    lines, listed, starts = _segmented(lines)
    header, meeting = _header_and_meeting(lines, starts)
    doc = Document(source=result.source, layout=layout)
    inline = inline_bodies(lines, starts)
    if starts and all(s.kind == "listed" for s in starts) and (meeting is None or not (meeting.participants
                                                                                        or meeting.absent)):
        meeting = facts_above_first_body(lines, starts, meeting)
    marked = _marked_headings(result, lines, starts)
    bodies: list[list[Line]] = []
    run_on: dict[int, AgendaItem] = {}  # by start: the entry a listed title ran on into, its number lost
    as_listed = [s.title for s in starts]  # (a header may print a title otherwise; the list's row holds the list's)
    above = {} if inline else case_lines_above(lines, [(s.index, s.consumed) for s in starts])
    for k in range(len(starts)):
        bodies.append(with_case_line(_item_lines(lines, starts, k, inline, run_on), k, above))
    # (a flattened page's own headings run into its text, known by their repetition item after item)
    repeated = repeated_run_ins(bodies, frozenset(as_listed)) - marked if flat else frozenset()
    bodies = [cut_run_ins(body, repeated) for body in bodies]
    marked |= repeated
    for s, body in zip(starts, bodies, strict=True):
        item = parse_item(body, s.number, s.title, closed=s.closed, marked_headings=marked,
                          decision_ends_at_break=decision_ends_at_break)
        item.page = result.page_of(lines[s.index].offset) if result.pages else None
        doc.items.append(item)
    if meeting is not None and not meeting.absent:
        _absent_from_attendance(meeting, starts, bodies)
    listed_case_cells(lines, starts, doc.items, as_listed)
    contents_row_cases(lines, listed, starts, doc.items)
    doc.items = [x for k, it in enumerate(doc.items) for x in ([it, run_on[k]] if k in run_on else [it])]
    doc.items = without_row_cells(_in_agenda_order(_one_item_each(doc.items)))
    if meeting is None or meeting.date is None:
        meeting = dated_by_decisions(meeting, meeting_of_decisions(doc.items))
    doc.document_type = _document_type(doc, header, meeting, lines)
    # (after finish: the decisions of this meeting are known by the date it gives them)
    return place_scoped_absence(finish(doc, meeting, result), "\n".join(ln.text for ln in header))


_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|xlsx?|pptx?)\b", re.IGNORECASE)


def _one_item_each(items: list[AgendaItem]) -> list[AgendaItem]:
    """One item per number and title: a web page prints an item's header twice ('• Pkt. 102 Dialogmøde … <its
    files> Pkt. 102 Dialogmøde … Sagsnr. …'), read as two items, the first with the files, the second with the
    body. The second's facts go to the first where the first has none of that kind."""
    out: list[AgendaItem] = []
    paired: set[int] = set()  # (the closed entries that took their heading's case: each takes one)
    for it in items:
        if it.number is None and _FILE_NAME.search(it.title or "") and not (it.sections or it.decisions):
            continue  # an item's files read as a title without a number ('Notat_om_X.pdf Bilag_2.pdf Pkt. 102')
        # (an unnumbered list's entry and its heading below, which may print the number the list leaves out)
        twin = next((o for o in out if o.title == it.title and (o.number == it.number and it.number
                                                                 or o.number is None and id(o) not in paired
                                                                 and _listed_only(o, it))), None)
        if twin is None:
            out.append(it)
            continue
        if twin.public is False:
            paired.add(id(twin))  # (an open entry goes on taking the body of a heading printed twice)
        for name in ("number", "case_numbers", "route", "decisions", "attachments", "sections"):
            if not getattr(twin, name):
                setattr(twin, name, getattr(it, name))
    return out


def _listed_only(item: AgendaItem, heading: AgendaItem) -> bool:
    """An item of a list that prints no numbers, not yet given its body (`heading`'s, the same title below): an
    item with no section, decision, file or case number, open, or closed as the heading is where the heading prints
    its case number. Why: where nothing is numbered, the same title printed again below (its heading over its body)
    is the one thing that pairs a list's entry with its body; a closed item's body is no more than its case number
    (a closed title listed twice, 'Køb af ejendom' / 'Køb af ejendom', is two items, no entry and its heading), and
    each entry takes one heading (several 'Lukket punkt' entries pair with their headings in turn)."""
    closed_alike = item.public is False and heading.public is False and bool(heading.case_numbers)
    return (item.public is not False or closed_alike) \
        and not (item.sections or item.decisions or item.attachments or item.case_numbers)


# A heading over a group of items, on a line of its own: 'Lukkede punkter', 'Åbne sager:', 'Lukket møde'
_GROUP_HEADING = re.compile(r"^(?:(?P<kind>Åbne|Lukkede)\s+(?:sager|punkter|dagsordens?punkter|emner)"
                            r"|(?P<kind2>Åben|Åbent|Lukket)\s+(?:dagsorden|møde|del))\s*:?$", re.IGNORECASE)


def _close_groups(lines: list[Line], starts: list[ItemStart]) -> None:
    """Items under a 'Lukkede punkter' heading are closed, up to an 'Åbne punkter' heading: the heading
    stands between the last open item's text and the first closed item's header. The heading line is no
    part of the item above it."""
    closed, last = False, 0
    for k, s in enumerate(starts):
        if k and starts[k - 1].kind == "listed" and s.kind != "listed":
            closed = False  # a contents list's groups close its entries, not the bodies printed below it
        for i in range(last, s.index):
            m = _GROUP_HEADING.match(lines[i].text)
            if m and any(NUMBERED_START.match(ln.text) for ln in lines[i + 1: s.index]):
                continue  # the heading of a group of a contents list above the headers, not of the headers below it
            if m:
                closed = (m.group("kind") or m.group("kind2")).lower().startswith("luk")
                if k:
                    starts[k - 1].skip.add(i)
        s.closed = s.closed or closed
        # a contents entry spans its page column, where the next group's heading may stand ('3' / 'Salg af
        # grund' / '8' / 'Lukkede dagsordenspunkter' / '4' …): read on from its title's line
        last = s.index + (1 if s.kind == "listed" else s.consumed)


def _number_key(number: str | None) -> tuple[int, ...] | None:
    """An item's place in the agenda by its number: '4.2' after '4', and a sub-item ('2a', sub_items) after its base
    and before the base's points ('2', '2a', '2b', '2.1', '3')."""
    parts = sub_parts(number)
    if parts is not None:
        return parts[0], -1, ord(parts[1].lower())
    if not number or not re.fullmatch(r"\d+(?:\.\d+)*", number):
        return None
    return tuple(int(p) for p in number.split("."))


def _runs_into_its_case(text: str, alone: bool) -> bool:
    """The one-case page's title line is a flattened page that runs on into the case's text: a case alone (`alone`:
    no meeting's facts printed), or a line that runs two of a case text's labels and headings into it ('… Sagsnr.: …
    Sagsfremstilling …'). A meeting's header flattened with its members ('… Mødeafholdelse Rådssalen … Tilstede:
    Anne Hansen, …') runs into no case: cut, its place read as a section and its members lost to the meeting."""
    if not is_flat_page_line(text, short=True):
        return False
    return alone or len(BODY_CUE.findall(text)) >= 2


def _single_head(lines: list[Line], number: str | None, found_title: str, idx: int) -> tuple[str | None, str, int]:
    """(number, title, index of the title's line) of a case published on its own, whose title single_title found on
    line idx: a table's row, a number cell over the title, a numbered title, or a number printed above it."""
    row = titled_row(lines)
    if row is not None:
        return row
    cell = cell_over_title(lines, idx) if number is None and idx >= 0 else None
    if cell is not None:
        return cell  # '140' / 'Regulativ for husholdningsaffald': a table's number cell
    title = found_title
    m = NUMBERED_START.match(title) or LABELLED_START.match(title)
    if m and number is None:
        # "140. Regulativ for husholdningsaffald": a numbered item published on its own
        number, title = m.group("num"), m.group("title")
    if number is None:
        # 'Økonomiudvalget - 12.04.2023 - Punkt 5' or 'Punkt 5' alone above the title: the item's number
        number = next((n for ln in lines[: max(idx, 0)] if ln.text
                       for n in [meeting_line_number(ln.text) or item_label_number(ln.text)] if n), None)
    return number, title, idx


def build_single_case_document(result: ReadResult, lines: list[Line], layout: str,
                               number: str | None = None, title: str | None = None,
                               title_index: int | None = None) -> Document:
    """A stand-alone case write-up or orientation note: exactly one item, no meeting."""
    blocks = flat_meeting(lines)
    if blocks is not None:
        return build_meeting_document(result, blocks, layout)
    found_title, idx, doc_type = single_title(lines)
    alone = not any(prints_meeting_facts(ln.text) for ln in lines)  # a case alone, no meeting's facts printed
    if title is None and title_index is None and idx >= 0 and _runs_into_its_case(lines[idx].text, alone):
        # the title's line is a flattened page ('Orientering Til Økonomiudvalget … Videre proces for … Sagen KL har …'):
        # cut as the page printed it, the title is read from its first lines and the rest is the case's text
        lines = lines[:idx] + unflattened(lines[idx: idx + 1], short=True) + lines[idx + 1:]
        found_title, idx, doc_type = single_title(lines)
        alone = not any(prints_meeting_facts(ln.text) for ln in lines)  # (read again: the lines are others now)
    if title is None:
        number, title, title_index = _single_head(lines, number, found_title, idx)
    if title and title_index is not None and title_index >= 0:
        title = without_column_cell(title, lines[title_index].raw)  # ('Title<TAB>Orientering': a cell, no title)
    body = lines[(title_index or 0) + 1:] if title_index is not None and title_index >= 0 else lines
    # Markers printed above the title (case number, "Åben sag") belong to the item too.
    above = [ln for ln in lines[: max(title_index or 0, 0)] if ln.text and (
        standalone_case_number(ln.text) or labelled_case_numbers(ln.text) is not None
        or OPEN_CLOSED_TAG.search(ln.text) or CLOSED_MARKER.match(ln.text))]
    body = above + unflattened(body, short=alone)
    item: AgendaItem = parse_item(body, number, title or result.source,
                                  marked_headings=result.headings | shaped_headings(body) | body_run_headings(body))
    doc = Document(source=result.source, layout=layout, items=[item],
                   document_type=doc_type or "sagsfremstilling")
    head = lines[: max(title_index or 0, 0) + 1]
    doc.addressed_to = next((ln.text[4:].strip() for ln in head if ADDRESSEE.match(ln.text)), None)
    doc.date = next((parse_date(ln.text) for ln in lines if ln.text and DATE_ANY.fullmatch(ln.text.strip())), None)
    # A page of one item that also prints the meeting's facts (date, place, members as labels, or a
    # 'Referat …' title with its date) is a meeting page: its meeting is read, its type decided as one.
    head = page_head(lines)
    meeting, labelled = meeting_facts(head)
    kind = document_kind(head)
    if labelled >= 2 or kind and (meeting.date or labelled or meeting.committee):
        doc.document_type = meeting_page_type(kind, doc, "\n".join(ln.text for ln in lines))
        return finish(doc, meeting, result)
    if meeting.committee and meeting.date and names_its_meeting(head):
        return finish(doc, meeting, result)  # one case with its meeting; no label, so a sagsfremstilling
    if meeting.participants and _head_only(item):
        # a meeting's head and nothing after it ('Mødedeltagere' / its members, where an excerpt stops): a meeting
        # whose items the text does not show, not a case titled by the page's first line
        doc.items = []
        doc.document_type = meeting_page_type(kind, doc, "")
        return finish(doc, meeting, result)
    return finish(doc, None, result)


def _head_only(item: AgendaItem) -> bool:
    """An item read from no case at all: no section, decision, case number or attachment under its title."""
    return not (item.sections or item.decisions or item.case_numbers or item.attachments)


def looks_like_meeting(lines: list[Line]) -> bool:
    """A meeting document: several items (by their headers, markers, list or number cells), titled, decided or
    outline blocks under a head naming its kind, one item's header under a head naming a body and a date (an
    excerpt's first item), or a Referat/Dagsorden header with a meeting date."""
    starts = find_item_starts(lines)
    if len(starts) >= 2 or marker_starts(lines) or meeting_item_list(
            lines, starts, find_item_list(lines), joined_text(lines)[1]) or number_cell_starts(lines):
        return True
    head = [ln for ln in lines[:12] if ln.text]
    if meeting_labels(head) >= 2 and marker_starts(lines, single=True):
        return True  # "Udvalg: … / Mødedato: … / Mødested: …" above a case: one item of a meeting
    if document_kind(head) and (titled_blocks(lines) or decided_blocks(lines) or outline_blocks(lines)):
        return True  # 'Børne- og Ungeudvalget – Referat – 2. maj 2023' over titled blocks, the meeting's items
    if starts and _names_a_meeting(lines[: starts[0].index]):
        return True  # 'Kommunalbestyrelsen' / '23-02-2010' over one item's header: an excerpt's first item
    if not any(TITLE_LINE.match(ln.text) for ln in head):
        return False
    if starts:
        return True
    meeting = parse_meeting(lines[:40])
    return bool(meeting and meeting.date)


def _names_a_meeting(head: list[Line]) -> bool:
    """The lines above the first item's header (`head`) name a body and a date: a meeting's head."""
    meeting = parse_meeting(head[:40]) if head else None
    return bool(meeting and meeting.committee and meeting.date)
