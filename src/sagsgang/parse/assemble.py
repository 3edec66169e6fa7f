"""Lines -> Document: split header from items, parse each item, then fill what the meeting implies.

Shared by every text layout; a layout decides only what is specific to its format (where the
title is, which header lines to skip) and passes it here.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import AgendaItem, Decision, Document, Meeting
from ..read import ReadResult
from .absence_scope import place_scoped_absence
from .bodies import MUNICIPALITIES, body_rank, detect_municipality, is_meeting_body
from .casenumbers import (
    CASE_FORM,
    CASE_LABEL,
    CASE_LABEL_WORDS,
    UNLABELLED_CASE_FORM,
    case_number_head,
    case_number_tail,
    labelled_case_numbers,
    standalone_case_number,
)
from .committee_names import TITLE_LINE
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, parse_date
from .document_kind import document_kind, prints_outcomes
from .fact_labels import prints_meeting_facts
from .glued_headers import split_glued_headers
from .headings import ATTACHMENT_HEADING, PLAIN_DECISION, decision_body_date, heading_name, is_heading
from .inline_body import InlineBody, find_inline_bodies, page_text, run_on_entry, split_inline
from .item_body import parse_item
from .item_list import find_item_list, joined_text, line_at
from .item_starts import (
    CLOSED_MARKER,
    LABEL_ALONE,
    LABELLED_START,
    NUMBERED_START,
    OPEN_CLOSED_TAG,
    STATUS_ONLY,
    ItemStart,
    clean_title,
    drop_toc_entries,
    find_item_starts,
    next_text_index,
    without_column_cell,
)
from .lines import Line, nearest_text, prepare
from .list_entry import MAX_TITLE, ListEntry, fold_title, numbered_piece
from .meeting import absent_from_attendance_item, complete_meeting, meeting_facts, parse_meeting
from .page_chrome import RunningFoot
from .page_headings import body_run_headings, holds_case_text, repeated_headings, run_headings, shaped_headings
from .page_heads import facts_text
from .people import bare_name, called_off_for_meeting
from .title_tidy import BODY_CUE

_TYPE_WORDS = {"orientering": "orientering", "orienteringsnotat": "orientering", "notat": "orientering",
               "sagsfremstilling": "sagsfremstilling", "indstilling": "sagsfremstilling",
               "referat": "referat", "dagsorden": "dagsorden", "beslutningsprotokol": "beslutningsprotokol",
               "protokol": "beslutningsprotokol"}
_ADDRESSEE = re.compile(r"^Til\s+\S", re.IGNORECASE)
_SKIP_TITLE = re.compile(r"^(?:Side \d+|Åben sag|Åbent punkt|Sagsnr|Sagsnummer|Dokumentnr|Dato\b"
                         r"|(?:Dagsordens?punkt|Punkt|Pkt\.?|Sag)\s*:?$)", re.IGNORECASE)  # a bare label, no title


def single_title(lines: list[Line]) -> tuple[str, int, str | None]:
    """Title of a one-case document: the first line that is not a marker, addressee, date or number.

    Returns (title, index of the title line, document type implied by a marker line or None)."""
    doc_type = None
    for i, ln in enumerate(lines[:25]):
        t = ln.text
        if not t:
            continue
        key = t.lower().rstrip(":")
        if key in _TYPE_WORDS:
            doc_type = _TYPE_WORDS[key]
            continue
        if t in MUNICIPALITIES:
            continue
        if (_ADDRESSEE.match(t) or _SKIP_TITLE.match(t) or DATE_ANY.fullmatch(t) or standalone_case_number(t)
                or labelled_case_numbers(t) is not None or CLOSED_MARKER.match(t) or is_heading(t)
                or _MEETING_LABEL.match(t) or meeting_line_number(t) is not None or _item_label_number(t)):
            if is_heading(t):
                break
            continue
        return _shorten(t), i, doc_type
    return "", -1, doc_type


def _shorten(title: str, limit: int = 200) -> str:
    """Flattened pages (one 'line' per page) would otherwise yield a page-long title."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" .,;:") + " …"


# how many page lines past the contents list the first item's header is looked for: a page of facts, maybe a cover's
# second page, stands between them; past that the text is no head's
_FACT_PAGE_LINES = 3


def _facts_above_first_body(lines: list[Line], starts: list[ItemStart], meeting: Meeting | None) -> Meeting | None:
    """A flattened PDF page prints the meeting's label facts on the page where the first item's body
    begins, before it ('3 AALBORG BYRÅD Tid … Fraværende Stine Sørensen Til stede Bente Graversen, …
    Åben Punkt 1. Budgetprocedure …'), or on a page line of their own between the contents list and that page:
    read them there when the header before the list had none. Only text before the first item's header counts (an
    item's text may print a 'Sted:' of its own), and only two labelled facts or more (a block of the meeting's
    labels, not a word of a sentence)."""
    first = next((s for s in starts if s.number and s.title), None)
    if first is None:
        return meeting
    # the header by its number and title's first word, or by the title's first three words alone (a page that prints
    # its items' headers without the numbers its contents list gives them)
    title = r"\s+".join(map(re.escape, first.title.split()[:3]))
    head = re.compile(r"(?:(?:Åben|Åbent|Lukket)\s+)?(?:(?:Punkt|Pkt\.?)\s+)?"
                      rf"(?:(?<![\w.]){re.escape(first.number)}\.\s+{re.escape(first.title.split()[0])}|{title})")
    after = max(s.index + s.consumed for s in starts)
    above: list[int] = []  # the page lines before the header's
    for k in range(after, len(lines)):
        m = head.search(lines[k].text) if lines[k].text else None
        if m:
            facts, labelled = meeting_facts(prepare(facts_text(*joined_text(lines), [*above, k], m.start())))
            return _with_facts(meeting, facts) if labelled >= 2 else meeting
        if lines[k].text:
            above.append(k)
        if len(above) >= _FACT_PAGE_LINES:
            break
    return meeting


def _with_facts(meeting: Meeting | None, facts: Meeting) -> Meeting:
    if meeting is None:
        return facts
    meeting.participants = meeting.participants or facts.participants
    meeting.absent = meeting.absent or facts.absent
    meeting.location = meeting.location or facts.location
    return meeting


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


def build_meeting_document(result: ReadResult, lines: list[Line], layout: str,
                           decision_ends_at_break: bool = False) -> Document:
    """A meeting's agenda or minutes: header, then items found by their printed cues."""
    listed = find_item_list(lines)
    glued = split_glued_headers(lines, listed)
    if glued is not lines:  # a header was cut off the list's last line: read the list again
        lines, listed = glued, find_item_list(glued)
    starts = segment_items(lines, listed)
    if len(starts) < 2 or all(s.kind == "listed" for s in starts):
        lines, listed, starts = _flat_blocks(lines, listed, starts)
    _close_groups(lines, starts)
    header = lines[: starts[0].index] if starts else lines
    if starts and starts[0].lead.strip():
        header = [*header, Line(starts[0].lead.strip(), lines[starts[0].index].offset)]
    header = _footless(header, lines)
    meeting = parse_meeting(header)
    if meeting is None:
        facts, labelled = meeting_facts(header)
        meeting = facts if labelled >= 2 else None  # labelled facts without a date or body still describe it
    if starts and (meeting is None or not meeting.date):
        # the facts may follow the first item's start (a page number or list line taken for an item, a
        # list of items above the header block): read on to that item's first section
        meeting = complete_meeting(meeting, _page_head(lines[starts[0].index:]))
    doc = Document(source=result.source, layout=layout)
    inline = _inline_bodies(lines, starts)
    if starts and all(s.kind == "listed" for s in starts) and (meeting is None or not (meeting.participants
                                                                                        or meeting.absent)):
        meeting = _facts_above_first_body(lines, starts, meeting)
    # an item's own title that the HTML sets as a heading (<h2>5. Title</h2>, <h2>Title</h2>) heads that item; where
    # the same words recur in another item's body (a list of the agenda, a reference) they are no section of it
    titles = {s.title for s in starts} | {ln.text for s in starts for ln in lines[s.index: s.index + s.consumed]}
    marked = (result.headings - titles) | repeated_headings(lines, starts) | shaped_headings(lines) | run_headings(
        lines, starts)
    bodies: list[list[Line]] = []
    run_on: dict[int, AgendaItem] = {}  # by start: the entry a listed title ran on into, its number lost
    as_listed = [s.title for s in starts]  # (a header may print a title otherwise; the list's row holds the list's)
    for k, s in enumerate(starts):
        end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        body = [ln for k2, ln in enumerate(lines[s.index + s.consumed: end], start=s.index + s.consumed)
                if k2 not in s.skip]
        if inline:
            # the list's entries have their bodies inside later page lines; none runs on over them
            found = inline.get(k) if s.kind == "listed" else None
            body = found.lines if found else [] if s.kind == "listed" else body
            if found and s.number is None:
                s.number = found.number  # the list lost it, the body's header prints it
            if found and found.title:
                rest = run_on_entry(s.title, found.title)  # (the list ran two titles together: the next is this)
                if rest:
                    run_on[k] = parse_item([], None, rest, closed=s.closed)
                s.title = found.title  # the header prints the title the list wrapped or cut
        elif k + 1 < len(starts):
            body = _without_next_header(body, lines[starts[k + 1].index].text)
        if not inline and s.kind == "listed-body":
            body = _numbered_pages_cut(body)
        body = _run_on_body(lines[s.index], s) + body  # (none for the listed entries of inline bodies)
        bodies.append(body)
        item = parse_item(body, s.number, s.title, closed=s.closed, marked_headings=marked,
                          decision_ends_at_break=decision_ends_at_break)
        item.page = result.page_of(lines[s.index].offset) if result.pages else None
        doc.items.append(item)
    if meeting is not None and not meeting.absent:
        # the meeting's own item on attendance ('1 Fraværende og bemærkninger til dagsordenen'), wherever
        # its body is printed (a table of contents may list later items first)
        for s, body in zip(starts, bodies, strict=True):
            meeting.absent = absent_from_attendance_item(s.title, body)
            if meeting.absent:
                break
    _listed_case_cells(lines, starts, doc.items, as_listed)
    _contents_row_cases(lines, listed, starts, doc.items)
    doc.items = [x for k, it in enumerate(doc.items) for x in ([it, run_on[k]] if k in run_on else [it])]
    doc.items = _one_item_each(doc.items)
    nums = [_number_key(it.number) for it in doc.items]
    if all(n is not None for n in nums) and len(set(nums)) == len(nums):
        # a table of contents may list items whose bodies come later (or were cut off): agenda order; not where
        # the list numbers its groups apart (open 1 … 6, closed 1 … 2): the print's own order is the agenda's
        doc.items = [it for _, it in sorted(zip(nums, doc.items, strict=True), key=lambda p: p[0])]
    if meeting is None or meeting.date is None:
        meeting = _dated_by_decisions(meeting, _meeting_of_decisions(doc.items))
    kind = document_kind(header)
    if kind is None and meeting is None and len(doc.items) == 1:
        # one item, no label and nothing about a meeting: a single case's page (annotation rules:
        # document_type with no label), whether or not it prints its decision
        doc.document_type = "sagsfremstilling"
    else:
        doc.document_type = meeting_page_type(kind, doc, "\n".join(ln.text for ln in lines))
    # (after finish: the decisions of this meeting are known by the date it gives them)
    return place_scoped_absence(finish(doc, meeting, result), "\n".join(ln.text for ln in header))


def _footless(header: list[Line], lines: list[Line]) -> list[Line]:
    """The header's transcript page lines without the running foot each page line of the document ends with
    (page_chrome.RunningFoot): the PDF's footer is no fact of the meeting."""
    paged = [ln.text for ln in lines if _PAGE_NUMBER.match(ln.text)]
    if len(paged) < 3:
        return header
    foot = RunningFoot(paged)
    return [Line(foot.off(ln.text), ln.offset) if _PAGE_NUMBER.match(ln.text) else ln for ln in header]


_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|xlsx?|pptx?)\b", re.IGNORECASE)


def _flat_blocks(lines: list[Line], listed: list[ListEntry],
                 starts: list[ItemStart]) -> tuple[list[Line], list[ListEntry], list[ItemStart]]:
    """A transcript whose page lines hide the items' own heads: its page lines cut before their run-in
    headings and labels (as _unflattened cuts a body), read again; taken when that finds more items, or
    finds two 'Sag nr. N' headers or more where only a numbered list inside the page lines was read
    ('Sag nr. 11 Sagens kerne Meddelelser: 1. Nyhedsliste … 2. Områdekort …': a list in a case's text)."""
    pages = _page_lines(lines)
    if not pages:
        return lines, listed, starts
    inside = bool(starts) and all(s.kind == "listed" and s.index in pages for s in starts)
    # an item's own header found (no page line, no sentence read as one): the page is read by it
    headed = any(len(s.title) < _PAGE_AS_TITLE and not s.title.endswith(".") for s in starts)
    if headed and not inside:
        return lines, listed, starts
    cut = _cut_pages(lines, pages)
    again = find_item_list(cut)
    found = segment_items(cut, again)
    taken = inside and _headers_beat_list(starts, found, cut) or not headed and len(found) > max(1, len(starts))
    if taken:
        return cut, again, found
    around = _headers_around_list(starts, lines, cut, again, found) if inside else None
    return around or (lines, listed, starts)


def _headers_around_list(starts: list[ItemStart], lines: list[Line], cut: list[Line], again: list[ListEntry],
                         found: list[ItemStart]) -> tuple[list[Line], list[ListEntry], list[ItemStart]] | None:
    """The cut page lines' reading where the list read inside the page lines lies in one item's body there
    (_list_in_one_body), the cut lines taken as they are or with the headers the list of the cut lines vouches
    for opening their own lines (_listed_heads_opened); else None. Why: several numbered sequences compete on a
    flattened page, and the one that explains the document spans it, a header in turn at each number."""
    if _list_in_one_body(starts, lines, found, cut):
        return cut, again, found
    opened = _listed_heads_opened(cut, again)
    if opened is not cut:
        again = find_item_list(opened)
        found = segment_items(opened, again)
        if _list_in_one_body(starts, lines, found, opened):
            return opened, again, found
    return None


def _list_in_one_body(listed: list[ItemStart], lines: list[Line], found: list[ItemStart], cut: list[Line]) -> bool:
    """The list read inside the page lines is a numbered list in one item's case text ('… Fokusområder: 1. …
    2. … 3. …'), not the meeting's items: the cut page lines print item headers numbered in turn from 1, each
    opening its own line, and every entry of the list lies inside the body of one of them. The headers span
    the document; the list restarts at 1 inside one body."""
    numbers = [_num(s.number) for s in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) or any(s.kind != "numbered" for s in found):
        return False
    heads = [s.index for s in found]
    at, k = [], 0
    for s in listed:
        # the entry's line in the cut lines: the first at or after the last one found that prints its title's start
        # (a title the cut parted at a heading is not looked for further)
        j = next((j for j in range(k, len(cut)) if s.title[:20] in cut[j].text), -1) if s.title else -1
        if j >= 0:
            k = j
            at.append(bisect.bisect_right(heads, j))
    return 2 * len(at) >= len(listed) and len(set(at)) == 1 and at[0] > 0  # (0: above the first header)


def _listed_heads_opened(lines: list[Line], listed: list[ListEntry]) -> list[Line]:
    """The cut page lines with each listed header that still runs on behind a body's last words ('… Øvrige
    forhold - 3) Program for mødet' / 'Sagsnr.: …') put on a line of its own, as a lined page prints it: the
    list was read from the headers themselves (numbers in turn, each with its body behind it), so each
    entry's number opens an item. Returns `lines` itself when no header was inside a line."""
    if len(listed) < 2 or any(e.number is None for e in listed):
        return lines
    text, offsets = joined_text(lines)
    cuts: dict[int, list[int]] = {}
    for e in listed:
        k = line_at(offsets, e.start)
        if e.start > offsets[k] and text[offsets[k]:e.start].strip():
            cuts.setdefault(k, []).append(e.start - offsets[k])
    if not cuts:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        at = cuts.get(k)
        if not at:
            out.append(ln)
            continue
        bounds = [0, *at, len(ln.text)]
        out += [Line(ln.text[a:b].strip(), ln.offset + a)
                for a, b in zip(bounds, bounds[1:], strict=False) if ln.text[a:b].strip()]
    return out


def _headers_beat_list(listed: list[ItemStart], found: list[ItemStart], lines: list[Line]) -> bool:
    """The items' own headers found in the cut page lines win over a list read inside them: two 'Sag nr. N'
    headers or more, or two numbered headers or more in turn, each with its title printed again after it
    ('• 135. Beslutningssag: Godkendelse … Beslutningssag: Godkendelse … INDHOLD'), where the list's entries
    have no numbers (pieces of the page's text, no contents list)."""
    if sum(s.kind == "sagnr" for s in found) >= 2:
        return True
    numbered, headed = [s.number for s in listed], [_num(s.number) for s in found]
    if all(numbered) and len(found) > len(listed) and numbered == [s.number for s in found][: len(listed)] \
            and all(b == a + 1 for a, b in zip(headed, headed[1:], strict=False)):
        # every listed item's own header found, in order, and the next numbers after them: the list was read from
        # the headers inside the page lines and stopped short ('• Pkt. 115 … • Pkt. 116 … • Pkt. 117 <files> Pkt.
        # 117' / '2 Udvikling …'). Numbers in turn, not any more starts: a case text's numbered points are none
        return True
    numbers = [_num(s.number) for s in found if s.kind == "numbered" and _title_again(s, lines)]
    return all(s.number is None for s in listed) and len(numbers) >= 2 and len(numbers) == len(found) \
        and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _title_again(start: ItemStart, lines: list[Line]) -> bool:
    k = start.index + start.consumed
    return bool(start.title) and k < len(lines) and lines[k].text == start.title


def _page_lines(lines: list[Line]) -> set[int]:
    """The transcript's page lines: the long ones, and the short page after a long one ('2 Klik her …
    Beslutning Godkendt. … Sag nr. 21 …': its last page); none when no line is long."""
    if not any(_flat(ln.text, False) for ln in lines):
        return set()
    out, page = set(), None
    for i, ln in enumerate(lines):
        m = _PAGE_NUMBER.match(ln.text)
        if _flat(ln.text, False) or m and page is not None and int(m.group(1)) == page + 1:
            out.add(i)
            page = int(m.group(1)) if m else None
        elif ln.text:
            page = None
    return out


def _numbered_pages_cut(body: list[Line]) -> list[Line]:
    """The body under a header the list vouches for, with each transcript page line in it (long, behind its page
    number: '2 Sagsgang og sagstype Udvalget … Indstilling Direktør … indstiller …') cut before its run-in headings
    and labels, as the lined page prints them: the header stood on a line of its own (cut off the list's glued end),
    so no page was cut for the item, and its body runs on in the transcript's pages."""
    pages = {i for i, ln in enumerate(body) if _flat(ln.text, False) and _PAGE_NUMBER.match(ln.text)}
    return _cut_pages(body, pages) if pages else body


def _cut_pages(lines: list[Line], pages: set[int]) -> list[Line]:
    """The lines with each page line (by index) cut before its run-in headings and labels: a meeting transcript's
    pages, or a case's body (_unflattened)."""
    out: list[Line] = []
    previous = ""
    for i, ln in enumerate(lines):
        if i not in pages:
            out.append(ln)
            continue
        # without the page's own number ('2 Økonomiudvalget anbefaler indstillingen.' after '1 …'): a statement
        # or heading at the page's top reads as the lined page prints it, and a bilag table or a paragraph that runs
        # on over the page break does not take the number for its own ('7 3338892 beskæftigelsesområdet …')
        out += split_inline(page_text(ln.text, previous), ln.offset)
        previous = ln.text
    return out


_PAGE_NUMBER = re.compile(r"^(\d{1,4})\s")
_PAGE_AS_TITLE = 150  # a 'title' this long is a transcript's page line read as a header, its page number the item's


def flat_meeting(lines: list[Line]) -> list[Line] | None:
    """A transcript of a meeting's page whose items are blocks without numbers, each headed by its status
    ('… var fraværende. Åben Indstilling …'): its page lines cut before their run-in headings and labels,
    when two such blocks are found there; else None (a case alone)."""
    pages = _page_lines(lines)
    cut = _cut_pages(lines, pages)
    return cut if pages and len(_marker_starts(cut)) >= 2 else None


def _one_item_each(items: list[AgendaItem]) -> list[AgendaItem]:
    """One item per number and title: a web page prints an item's header twice ('• Pkt. 102 Dialogmøde … <its
    files> Pkt. 102 Dialogmøde … Sagsnr. …'), read as two items, the first with the files, the second with the
    body. The second's facts go to the first where the first has none of that kind."""
    out: list[AgendaItem] = []
    for it in items:
        if it.number is None and _FILE_NAME.search(it.title or "") and not (it.sections or it.decisions):
            continue  # an item's files read as a title without a number ('Notat_om_X.pdf Bilag_2.pdf Pkt. 102')
        # (an unnumbered list's entry and its heading below, which may print the number the list leaves out)
        twin = next((o for o in out if o.title == it.title and (o.number == it.number and it.number
                                                                 or o.number is None and _listed_only(o))), None)
        if twin is None:
            out.append(it)
            continue
        for name in ("number", "case_numbers", "route", "decisions", "attachments", "sections"):
            if not getattr(twin, name):
                setattr(twin, name, getattr(it, name))
    return out


def _listed_only(item: AgendaItem) -> bool:
    """An item of a list that prints no numbers, not yet given its body: an open item with no section, decision
    or file. Why: where nothing is numbered, the same title printed again below (its heading over its body) is the
    one thing that pairs a list's entry with its body; a closed entry ('Lukket punkt', maybe several) has none."""
    return item.public is not False and not (item.sections or item.decisions or item.attachments)


def _dated_by_decisions(meeting: Meeting | None, decided: Meeting | None) -> Meeting | None:
    """The meeting the head gives, or the decisions' where it gives none; a head that names the body alone
    ('Byrådet' above the items, a breadcrumb's last step) takes the one date the same body decided every item on
    (_meeting_of_decisions): the page states that meeting as clearly as a page without a head."""
    if meeting is None or decided is None:
        return meeting or decided
    if decided.committee == meeting.committee:
        meeting.date = decided.date
    return meeting


def _meeting_of_decisions(items: list[AgendaItem]) -> Meeting | None:
    """A page of several items without a meeting header whose items were each decided last by one body on
    one date ('Beslutning i Byrådet 9. oktober 2018:' under every item): the text states the meeting
    clearly there, so its body and date are the meeting's (annotation rules: 'meeting')."""
    last = [max((d for d in it.decisions if d.committee and d.date), key=lambda d: d.date, default=None)
            for it in items]
    seen = {(d.committee, d.date) for d in last if d is not None}
    if len(seen) == 1 and sum(d is not None for d in last) >= 2:
        committee, date = seen.pop()
        return Meeting(committee=committee, date=date)
    return None


def segment_items(lines: list[Line], listed: list[ListEntry]) -> list[ItemStart]:
    """Item starts by the reading that explains more items: the printed cues of item headers, or
    the document's numbered item list (`listed`, from find_item_list: a table of contents, a
    flattened list) with the bodies that follow it. Headers after the list that repeat its
    numbers give those entries their body."""
    starts = _without_bilag_entries(find_item_starts(lines, meeting_context=True), lines)
    if len(starts) < 2:
        marked = _unnumbered_starts(lines)
        if len(marked) > len(starts) or (marked and not starts):
            starts = _labelled_before(starts, marked) + marked
    text, offsets = joined_text(lines)
    listed = _meeting_item_list(lines, starts, listed, offsets)
    if not listed:
        return starts
    if starts and len(listed) < max(1.5 * len(starts), len(starts) + 2):
        # the headers found by their cues win; the list still vouches for bodies without a cue
        starts = _wrapped_entries(starts, listed, lines, offsets)
        after = line_at(offsets, listed[-1].end) + 1
        numbers = {s.number for s in starts if s.index >= after}  # (a number the list alone gives has no body yet)
        extra = [s for s in _listed_headers(lines, listed, after, {s.index for s in starts}) if s.number not in numbers]
        extra += _listed_beyond(starts, listed, offsets, after)
        extra += _listed_unread(starts, listed, lines, offsets)
        if not extra:
            return _listed_status(_listed_titles(starts, listed, offsets), listed)
        return drop_toc_entries(_one_header_each(sorted(starts + extra, key=lambda s: s.index), lines), lines)
    from_list = []
    for e in listed:
        first, last = line_at(offsets, e.start), line_at(offsets, max(e.end - 1, e.start))
        from_list.append(ItemStart(first, e.number, e.title or "", consumed=last - first + 1, kind="listed",
                                   closed=not e.public, lead=text[offsets[first]:e.start]))
    after = max(s.index + s.consumed for s in from_list)
    bodies = [s for s in starts if s.index >= after]
    bodies += _listed_headers(lines, listed, after, {s.index for s in bodies})
    return drop_toc_entries(sorted(from_list + bodies, key=lambda s: s.index), lines)


def _unnumbered_starts(lines: list[Line]) -> list[ItemStart]:
    """Items headed by no number: by a repeating marker or case label, by a title over the section heading every
    item opens with, or by a title printed twice in a row (_doubled_titles), whichever explains more items."""
    marked = _marker_starts(lines, single=True) or _titled_blocks(lines)
    doubled = _doubled_titles(lines)
    return doubled if len(doubled) >= max(2, len(marked)) else marked


def _doubled_titles(lines: list[Line]) -> list[ItemStart]:
    """Items whose title is printed twice in a row: a list's entry (maybe behind a bullet) and, as the next line
    with text, the same words as its body's heading ('• Budget for vejene' / 'Budget for vejene' / 'Sagsnr. …').
    Why: a page that unfolds each entry of its agenda under it prints the title again as the heading, numbered or
    not; two such pairs or more are the page's items. Not a section heading, a label or a sentence."""
    out = []
    for i, ln in enumerate(lines):
        if not ln.text or (out and i < out[-1].index + out[-1].consumed):
            continue
        title, closed = clean_title(_LEADING_BULLET.sub("", ln.text.strip()))
        j = next_text_index(lines, i + 1)
        if j >= len(lines) or not 8 <= len(title) <= MAX_TITLE or is_heading(title) or title.endswith((".", ":")) \
                or labelled_case_numbers(title) is not None:
            continue
        again, _ = clean_title(_LEADING_BULLET.sub("", lines[j].text.strip()))
        if fold_title(again) == fold_title(title):
            out.append(ItemStart(i, None, title, consumed=j - i + 1, kind="marker", closed=closed))
    return out if len(out) >= 2 else []


def _labelled_before(starts: list[ItemStart], marked: list[ItemStart]) -> list[ItemStart]:
    """The one item header printed with its label and number ('Punkt 1: Godkendelse af dagsorden') above the items
    that only a status or case label heads ('Lukket: Salg af grund'): both are items of the page, so the marked
    reading that explains more items adds to the labelled header instead of replacing it."""
    first = min(m.index for m in marked)
    return [s for s in starts if s.kind == "labelled" and s.number and s.index + s.consumed <= first]


# A heading over a group of items, on a line of its own: 'Lukkede punkter', 'Åbne sager:', 'Lukket møde'
_GROUP_HEADING = re.compile(r"^(?:(?P<kind>Åbne|Lukkede)\s+(?:sager|punkter|dagsordens?punkter|emner)"
                            r"|(?P<kind2>Åben|Åbent|Lukket)\s+(?:dagsorden|møde|del))\s*:?$", re.IGNORECASE)


def _close_groups(lines: list[Line], starts: list[ItemStart]) -> None:
    """Items under a 'Lukkede punkter' heading are closed, up to an 'Åbne punkter' heading: the heading
    stands between the last open item's text and the first closed item's header. The heading line is no
    part of the item above it."""
    closed, last = False, 0
    for k, s in enumerate(starts):
        for i in range(last, s.index):
            m = _GROUP_HEADING.match(lines[i].text)
            if m and any(NUMBERED_START.match(ln.text) for ln in lines[i + 1: s.index]):
                continue  # the heading of a group of a contents list above the headers, not of the headers below it
            if m:
                closed = (m.group("kind") or m.group("kind2")).lower().startswith("luk")
                if k:
                    starts[k - 1].skip.add(i)
        s.closed = s.closed or closed
        last = s.index + s.consumed


def _listed_beyond(starts: list[ItemStart], listed: list[ListEntry], offsets: list[int], after: int) -> list[ItemStart]:
    """The entries of a contents list above the headers numbered past every header: items whose bodies the
    page does not reach (an excerpt, a page cut off), which the list alone still names."""
    last = max((n for s in starts if (n := _num(s.number)) >= 0), default=None)
    if last is None or any(s.index < after for s in starts) or not _list_names_headers(starts, listed):
        return []
    out = []
    for e in listed:
        if _num(e.number) > last:
            first, end = line_at(offsets, e.start), line_at(offsets, max(e.end - 1, e.start))
            out.append(ItemStart(first, e.number, e.title or "", consumed=end - first + 1, kind="listed",
                                 closed=not e.public))
    return out


# what may stand before a list entry's number on its line: a bullet, an item's label ('Sag nr. 148'); an entry
# after a sentence on its line ('Godkendt. 4 437. Kommuneplantillæg …') is a run-on header, not a list's line
_ENTRY_LEAD = re.compile(r"\s*(?:[•·▪●◦-]\s*)?(?:(?i:punkt|pkt\.?|sag(?:\s+nr\.?)?|nr\.?)\s*)?")


def _listed_unread(starts: list[ItemStart], listed: list[ListEntry], lines: list[Line], offsets: list[int]
                   ) -> list[ItemStart]:
    """The entries of a list whose own lines were read as headers, half of them at least, that no header took,
    between two that one did: the same list prints them the same way, so they are items too; their first line only
    failed a header's cues (a title wrapped onto the next line after a dash or a short first line: '150. Status -'
    / 'Implementering …'). Each opens its line, as a list's entries do."""
    at = {s.index: s.number for s in starts}
    own = [e for e in listed if at.get(line_at(offsets, e.start)) == e.number]
    if not listed or 2 * len(own) < len(listed):
        return []
    out = []
    found = set(at.values())
    for e in listed:
        first = line_at(offsets, e.start)
        # between two entries read as headers: inside the list's block (a number the list's last header is
        # followed by may be a sentence's reference in a body: 'godkendte … punkt 3 "Udkast …"'); a number a
        # header holds is that item's, found already ('Pkt. 101' alone over its title, read from the title's line)
        if first not in at and e.number and e.number not in found and e.title \
                and own[0].start < e.start < own[-1].start \
                and _ENTRY_LEAD.fullmatch(lines[first].text[: e.start - offsets[first]]):
            end = line_at(offsets, max(e.end - 1, e.start))
            out.append(ItemStart(first, e.number, e.title, consumed=end - first + 1, kind="listed",
                                 closed=not e.public))
    return out


def _list_names_headers(starts: list[ItemStart], listed: list[ListEntry]) -> bool:
    """The list's entries name the headers it shares numbers with, half of them at least: a site's numbered
    menu above the page ('1. Byråd' / '2. Udvalg' / '3. Dagsordener') is no contents of its items."""
    titles = {e.number: fold_title(e.title) for e in listed if e.title}
    shared = [s for s in starts if s.number in titles]
    same = [s for s in shared if fold_title(s.title).startswith(titles[s.number])
            or titles[s.number].startswith(fold_title(s.title))]
    return 2 * len(same) >= len(shared)


_PAGE_AFTER = re.compile(r"\s*\d{1,3}")  # what a title printed with its page has after it


def _listed_titles(starts: list[ItemStart], listed: list[ListEntry], offsets: list[int]) -> list[ItemStart]:
    """Headers that are the list's own lines ('2. Budget for vejene 3', 'Orientering<TAB>4') take the
    list's reading of them, which knows the page column the headers alone cannot tell from the title."""
    by_line = {(line_at(offsets, e.start), e.number): e for e in listed if e.title}
    for s in starts:
        e = by_line.get((s.index, s.number))
        if e and fold_title(case_number_tail(s.title)[0]) == fold_title(e.title) != fold_title(s.title):
            continue  # '… · EMN-2024-001234': the header's case number, which the list's title leaves out
        if e and len(e.title) < len(s.title) and fold_title(s.title).startswith(fold_title(e.title)) \
                and (s.consumed == 1 or _PAGE_AFTER.fullmatch(fold_title(s.title)[len(fold_title(e.title)):])):
            # a header wrapped onto more lines takes the list's title only where it ends in the page
            s.title, s.closed = e.title, s.closed or not e.public  # '- Lukket punkt' read off with the page
    return starts


# a line opening with an item's number ('§ 6 …', 'Pkt. 6 …', '6. …', '6) …'); not a year opening a wrapped title's
# second line ('2018 - samlet oversigt')
_NUMBER_OPENS = re.compile(r"(?:[•·▪●◦]\s*)?(?:§\s*|(?i:punkt|pkt\.?|sag\s+nr\.?)\s*)\d|\d{1,3}[.):]?\s")


# a title's first line that cannot end it: a dash, a comma or a small word that wants the next ('Salg af',
# 'Pølsebod på', 'Status -'); else the next line must go on in small letters or a number ('… for skole-' / 'og …')
_OPEN_END = re.compile(r"(?:[-–,:&/]|\b(?i:af|for|i|på|til|med|om|og|eller|ved|fra|samt|under|over|efter|hos|mod"
                       r"|vedr\.))$")


def _wrapped_entries(starts: list[ItemStart], listed: list[ListEntry], lines: list[Line],
                     offsets: list[int]) -> list[ItemStart]:
    """Headers that are a list's entries wrapped onto the next line ('164. Nyt reglement' / '   for Kildeby
    Bibliotek - Lukket punkt'): the header read the first line only, the list read on to the next entry's
    number, so the header takes the list's title and status and its lines. Only where the list's title is the
    header's title and the lines after it, word for word (a list that read on into a cell or a line the header
    left out for a reason, a case number, a status, is no wrapped title)."""
    by_line = {(line_at(offsets, e.start), e.number): e for e in listed if e.title}
    for s in starts:
        e = by_line.get((s.index, s.number))
        end = line_at(offsets, max(e.end - 1, e.start)) if e else -1
        if not e or end < s.index + s.consumed or len(e.title) <= len(s.title):
            continue
        more = [ln.text.strip() for ln in lines[s.index + s.consumed: end + 1]]
        if any(_NUMBER_OPENS.match(t) for t in more):
            continue  # a line that opens with an item's number is the next entry, though the list's run left it out
        rest = " ".join(more)
        if not (_OPEN_END.search(s.title) or rest[:1].islower() or rest[:1].isdigit()):
            continue  # a whole title, then a line of its own ('… ved Skovvej' / 'Kontakt': a footer's word)
        if fold_title(clean_title(f"{s.title} {rest}")[0] or "") == fold_title(e.title):
            s.title, s.closed, s.consumed = e.title, s.closed or not e.public, end - s.index + 1
    return starts


def _listed_status(starts: list[ItemStart], listed: list[ListEntry]) -> list[ItemStart]:
    """Headers that repeat a closed entry of the list above them (its number and title, under 'Lukkede punkter'
    there) are closed: the list's group heading is the only place the page marks them."""
    shut = {(e.number, fold_title(e.title)) for e in listed if not e.public and e.number and e.title}
    for s in starts:
        if (s.number, fold_title(s.title)) in shut:
            s.closed = True
    return starts


def _without_bilag_entries(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """'Bilag' / '1 Åben Opsamlingsnotat …' / '2 Åben Politik for …' under item 715: a numbered bilag
    list, not items. A numbered line counts as a bilag entry when the last heading above it is the
    bilag heading of the item before and its number is lower than that item's."""
    out: list[ItemStart] = []
    for s in starts:
        prev = out[-1] if out else None
        if prev is not None and s.kind == "numbered" and _num(s.number) < _num(prev.number):
            above = next((ln.text for ln in reversed(lines[prev.index + prev.consumed: s.index])
                          if ln.text and is_heading(ln.text)), "")
            if ATTACHMENT_HEADING.match(above):
                continue
        out.append(s)
    return out


def _num(number: str | None) -> int:
    return int(number) if number and number.isdecimal() else -1


def _one_header_each(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """A listed item's header ('1. Meddelelser') and, right under it (or after a page break), the
    case-number label that opens items where no header is printed ('Sagsnr.: 2011-29298'): one item,
    headed by the first."""
    out: list[ItemStart] = []
    for s in starts:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "listed-body" and s.kind == "marker"
                and s.index - prev.index <= 12 and not any(
                    is_heading(ln.text) or len(ln.text) > 60 for ln in lines[prev.index + prev.consumed: s.index])):
            continue  # at most a page break's running header between them
        out.append(s)
    return out



def _listed_headers(lines: list[Line], listed: list, after: int, taken: set[int]) -> list[ItemStart]:
    """Body headers after the list that repeat a listed entry: its number with (the start of) its
    title, or its title alone on a line. They need no other cue: the list vouches for them."""
    by_number = {e.number: e.title for e in listed if e.number and e.title}
    by_title = {fold_title(e.title): e for e in listed if e.title and len(e.title) >= 10}
    last = max((i for i, ln in enumerate(lines) if ln.text), default=-1)
    out = []
    for i in range(after, len(lines)):
        t = lines[i].text
        if not t or i in taken:
            continue
        m = NUMBERED_START.match(t) or LABELLED_START.match(t)
        if m and m.group("num") in by_number:
            head, listed_title = fold_title(m.group("title")), fold_title(by_number[m.group("num")])
            if head and (listed_title.startswith(head) or head.startswith(listed_title)):
                title = _header_title(m.group("title"), by_number[m.group("num")], cut=i == last)
                out.append(ItemStart(i, m.group("num"), title, kind="listed-body"))
            continue
        e = by_title.get(fold_title(t))
        if e is not None:
            out.append(ItemStart(i, e.number, e.title, kind="listed-body", closed=not e.public))
    return out


_NUMBER_CELL = re.compile(r"(\d{1,3})\.?")  # an item's number alone on its line, a table's cell
_STATUS_LINE = re.compile(r"^(?:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)


def _header_title(header: str, listed: str, cut: bool = False) -> str:
    """The title of a body's header that repeats a listed entry: the header's own, unless it runs on past the
    listed title into a section heading ('86. Godkendelse af dagsorden til mødet d. 23. juni 2015 Sagsgang og
    sagstype Udvalget for …': a flattened page line cut late), where the list shows where the title ends; and the
    listed title where the header, `cut` off by the end of the page, is the start of it only ('191. Godkendelse
    af indtræden af stedfortræderen for' as an excerpt's last line)."""
    if cut and len(listed) > len(header.strip()) and fold_title(listed).startswith(fold_title(header)):
        return listed
    words = header.split()
    n = len(listed.split())
    if len(words) <= n or fold_title(" ".join(words[:n])) != fold_title(listed):
        return header
    rest = words[n:]
    return listed if any(is_heading(" ".join(rest[:k])) for k in range(1, min(len(rest), 5) + 1)) else header


def _marker_starts(lines: list[Line], single: bool = False) -> list[ItemStart]:
    """Items headed by a line that repeats down the page: an open/closed marker ('Åben' / 'Lukket')
    or a case-number label ('• Sagsid.: 16/24751'), where no item header is printed. Each opens
    an item; after a marker its title is the next line unless that is already a section. With
    `single` (a meeting page is known) one case label followed by sections is an item too."""
    labels = [i for i, ln in enumerate(lines)
              if ln.text and labelled_case_numbers(ln.text.lstrip("•·▪● ")) is not None and len(ln.text) < 100]
    titled = _titled_status_starts(lines)
    if len(labels) >= (1 if single else 2) and len(labels) > len(titled) and all(
            holds_case_text(lines[a + 1: b]) for a, b in zip(labels, [*labels[1:], len(lines)], strict=True)):
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
        titled = bool(nxt) and not is_heading(nxt) and not _STATUS_LINE.match(nxt) and len(nxt) <= 200
        numbered = _NUMBER_CELL.fullmatch(lines[i - 1].text) if i else None  # '1' / 'Åben' / 'Title'
        at = i - 1 if numbered else i
        out.append(ItemStart(at, numbered and numbered.group(1), nxt if titled else "",
                             consumed=j - at + 1 if titled else i - at + 1, kind="marker",
                             closed=ln.text.lower().startswith("luk")))
    return out if len(out) >= 2 else []


# 'Åben sag: Godkendelse af dagsorden', 'Lukket punkt - Salg af grund': the status, then the title
_STATUS_TITLED = re.compile(rf"^(?P<status>Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?\s*[:{SPACED_DASH}]\s+"
                            rf"(?P<title>\S.{{2,200}})$",
                            re.IGNORECASE)


def _titled_blocks(lines: list[Line]) -> list[ItemStart]:
    """Items printed without numbers or markers: each a block that opens with its title (a blank line above
    it) right above the section heading every item opens with ('Godkendelse af dagsorden' / 'Sagsfremstilling'
    … 'Budget for vejene' / 'Sagsfremstilling' …). Two such blocks or more are the page's items."""
    heads = [i for i, ln in enumerate(lines) if ln.text and is_heading(ln.text)]
    first = heading_name(lines[heads[0]].text) if heads else None
    out = []
    for i in heads:
        k = i - 2 if i >= 3 and not lines[i - 1].text else i - 1  # a blank line may part title and heading
        t = lines[k].text if k >= 1 else ""
        if heading_name(lines[i].text) != first or not t or not _block_opens(lines, k, first=not out) \
                or not 3 <= len(t) <= 200 or t.endswith((".", ":", ";", ",")) or is_heading(t) \
                or labelled_case_numbers(t) is not None:
            continue
        out.append(ItemStart(k, None, t, kind="marker"))
    return out if len(out) >= 2 else []


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
    (page_headings.body_run_headings); the label stays in the body, which reads the case number from it.
    With none after it, a heading-like block of one line right before it is the title ('Lokalplan
    for Søvej' / 'Sagsnr.: 24/1001'): the item starts there. A title printed after the number on the label's
    line ('Sagsnr. 24/1001 - Lokalplan for Søvej') is the title."""
    label = CASE_LABEL.match(lines[i].text.lstrip("•·▪● "))
    title, number = case_number_head(label.group(1)) if label else ("", None)
    if number and title[:1].isupper() and not _ANOTHER_LABEL.match(title) and not STATUS_ONLY.match(title):
        return ItemStart(i, None, title, consumed=0, kind="marker")
    j = next_text_index(lines, i + 1)
    t = lines[j].text if j < len(lines) else ""
    # (not a case number alone: 'Sagsnr.' / '450-2018-4075' prints the label's value on the next line, no title)
    if t and 8 <= len(t) <= 200 and not is_heading(t) and not labelled_case_numbers(t) and not t.isupper() \
            and standalone_case_number(t) != t and t.rstrip(":") not in body_run_headings(lines[i + 1: end]):
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
    status, label = STATUS_ONLY.fullmatch(tag), _ITEM_LABEL_LINE.match(tag)
    if status or label:
        b = _heading_block_before(lines, k)
        if b is not None:
            return ItemStart(b, label.group("num") if label else None, lines[b].text, consumed=i - b, kind="marker",
                             title_before=True, closed=tag.lower().startswith("luk"))
        return None
    if not _LEADING_BULLET.match(tag):
        return None
    bare = [*lines[:k], Line(_LEADING_BULLET.sub("", tag), lines[k].offset), *lines[k + 1:]]
    b = _heading_block_before(bare, i)
    return ItemStart(b, None, bare[b].text, consumed=i - b, kind="marker", title_before=True) if b is not None else None


def _numbered_title_before(lines: list[Line], i: int) -> ItemStart | None:
    """'1.' / 'Godkendelse af dagsorden' / 'Sagsnr.: 24/1231': the item's number alone on its line (a table's
    cell), then its title, right above its case-number label."""
    b = nearest_text(lines, i - 1, -1)
    a = nearest_text(lines, b - 1, -1) if b is not None else None
    if a is None:
        return None
    number, title = _NUMBER_CELL.fullmatch(lines[a].text.strip()), lines[b].text
    if not number or not 3 <= len(title) <= 200 or is_heading(title) or labelled_case_numbers(title) is not None:
        return None
    return ItemStart(a, number.group(1), title, consumed=i - a, kind="marker", title_before=True)


_LEADING_BULLET = re.compile(r"^[•·▪●]\s*")


def _heading_block_before(lines: list[Line], i: int) -> int | None:
    """The line before line i when it stands alone as a heading: a blank line above it, no label,
    no sentence's end ('Dagsordenen herefter godkendt.' is the previous item's text), and no
    section heading above it (under 'Beslutning Byrådet den …', 'Dagsordenen godkendt' is its text). Where the
    page lost its blank lines (as _block_opens), a sentence's end on the line above stands for the blank line: the
    last item's text ended there ('Godkendt.' / 'Spørgetid' / 'Sagsnr.')."""
    b = nearest_text(lines, i - 1, -1)
    t = lines[b].text if b is not None else ""
    if (not t or b and lines[b - 1].text and not lines[b - 1].text.endswith((".", "!", "?"))
            or not 8 <= len(t) <= 150 or t.endswith((".", ":", ",", ";"))
            or ":" in t or not t[:1].isupper() or is_heading(t) or labelled_case_numbers(t)):
        return None
    above = nearest_text(lines, b - 1, -1)
    return None if above is not None and is_heading(lines[above].text) else b


def _meeting_item_list(lines: list[Line], starts: list[ItemStart], listed: list[ListEntry],
                       offsets: list[int]) -> list[ListEntry]:
    """`listed` where it can be the meeting's list of items: before any item header and before
    any case section (a numbered list under 'Indstilling' is the proposal's points). `offsets`
    are the lines' offsets in their joined text (item_list.joined_text)."""
    if not listed:
        return []
    first = line_at(offsets, listed[0].start)
    if starts and starts[0].index < first:
        return []
    if any(ln.text and is_heading(ln.text) for ln in lines[:first]):
        return []
    return listed


def meeting_page_type(kind: str | None, doc: Document, text: str) -> str:
    """A page that calls itself Referat/Dagsorden/Protokol is that; a meeting page without such a label
    is 'referat' when it shows at least one decision, or prints a decision heading with its outcome where no item
    holds one (document_kind.prints_outcomes), else 'dagsorden'."""
    if kind:
        return kind
    decided = any(d.text for it in doc.items for d in it.decisions) or prints_outcomes(text)
    return "referat" if decided else "dagsorden"


def _page_head(lines: list[Line]) -> list[Line]:
    """The lines a single-case page prints before its first section heading: where meeting facts are."""
    for i, ln in enumerate(lines[:60]):
        if ln.text and is_heading(ln.text):
            return lines[:i]
    return lines[:60]


# a case-number cell right after a contents entry's title ('… Højer Sagsnr. 24/1256 Tønder Sport …'), in brackets
# ('… (Sagsnr. 24/1256)'), or unlabelled after a dash, a middle dot or a space ('… Højer - 24-001256', '… ·
# EMN-2024-001256') where its form is one no title's own words take (UNLABELLED_CASE_FORM: title_tidy ends a listed
# title there, so what follows the title is that cell)
# (a bare 'Sag:' / 'Sag nr:' with its colon labels the cell too, as on an item's own lines: casenumbers.CASE_LABEL)
_CASE_CELL_AFTER = re.compile(rf"[\s:;,]*(?:\(?(?i:{CASE_LABEL_WORDS}|Sag(?:\s+nr)?\.?\s*(?=:))\.?\s*:?\s*"
                              rf"({CASE_FORM.pattern})"
                              rf"|[{SPACED_DASH}·]?\s*({UNLABELLED_CASE_FORM}))")


def _listed_case_cells(lines: list[Line], starts: list[ItemStart], items: list[AgendaItem], titles: list[str]
                       ) -> None:
    """Each item of a contents list that prints a case column gets the case number of its own row: the labelled
    number right after its title on the list's line. Why: a table's row holds one entry's cells, so the number
    after a title is that entry's, whatever body the item is given later (or none: a body found by number alone
    runs from one printed number to the next over the rows of entries whose numbers were lost). Each row is found by
    the title as the list printed it (`titles`), whatever its header printed."""
    for s, item, listed in zip(starts, items, titles, strict=True):
        if s.kind != "listed" or not listed:
            continue
        title = r"\s+".join(re.escape(w) for w in listed.split())
        cells = {m.group(1) or m.group(2)
                 for m in re.finditer(rf"(?<!\w){title}(?!\w){_CASE_CELL_AFTER.pattern}", lines[s.index].text)}
        # one number wherever the title stands on the line (a flattened page's list row and the item's header
        # print the same): a title printed before several numbers ('Lukket', a label read as a title) names no row
        number = next(iter(cells)) if len(cells) == 1 else None
        if number and number not in item.case_numbers:
            item.case_numbers.append(number)


def _contents_row_cases(lines: list[Line], listed: list[ListEntry], starts: list[ItemStart],
                        items: list[AgendaItem]) -> None:
    """An item headed below a contents list whose row prints the item's case number after its title ('3. Salg af
    grund  Sagsnr. 24/1233' above, '3. Salg af grund' over the body) gets that number where its own header and body
    print none. Why: the row is the item's by its number and its title, both printed again by the header, and a
    table's row holds one entry's cells whichever publisher sets it; the headers won the reading (segment_items), so
    _listed_case_cells, which reads the rows of list-read items, never saw the row."""
    wanting = [(s, it) for s, it in zip(starts, items, strict=True)
               if s.kind != "listed" and it.number and it.title and not it.case_numbers]
    if not listed or not wanting:
        return
    _, offsets = joined_text(lines)
    rows: dict[str, list[int]] = {}
    for e in listed:
        if e.number and e.title:
            rows.setdefault(e.number, []).append(line_at(offsets, e.start))
    for s, item in wanting:
        above = [i for i in rows.get(item.number or "", []) if i < s.index]
        title = r"\s+".join(re.escape(w) for w in (item.title or "").split())
        cells = {m.group(1) or m.group(2) for i in above
                 for m in re.finditer(rf"(?<!\w){title}(?!\w){_CASE_CELL_AFTER.pattern}", lines[i].text)}
        if len(cells) == 1:  # (one row, one number: two rows with two numbers name no one case)
            item.case_numbers.append(cells.pop())


def _inline_bodies(lines: list[Line], starts: list[ItemStart]) -> dict[int, InlineBody]:
    """Bodies of listed items found again inside later lines of a flattened page, by start index."""
    listed = [k for k, s in enumerate(starts) if s.kind == "listed"]
    if not listed or any(s.kind != "listed" for s in starts):
        return {}
    last = max(starts[k].index for k in listed)
    entries = [(starts[k].number or "", starts[k].title) for k in listed]
    # a flattened page may print the first item's body on the list's own line, after its last title
    end = _after_title(lines[last].text, starts[listed[-1]])
    found = find_inline_bodies(lines, last, entries, end) if end is not None else {}
    found = found or _first_body_on_list_line(lines, last, entries, starts[listed[-1]]) \
        or find_inline_bodies(lines, last + 1, entries)
    if not found and any(BODY_CUE.search(lines[starts[k].index].text) for k in listed):
        # no list above the bodies: the entries are the items' own headers, each body behind it
        found = find_inline_bodies(lines, starts[listed[0]].index, entries)
    return {listed[n]: body for n, body in found.items()}


def _first_body_on_list_line(lines: list[Line], last: int, entries: list[tuple[str, str]],
                             start: ItemStart) -> dict[int, InlineBody]:
    """The first item's body begun on the list's own line after its last title, in fewer characters than a
    title holds ('… 5. Ny tidsplan for budgetproces 2020 1. Orientering fra kommunaldirektøren Anledning …',
    the page line ending there): taken where the first entry's header is found there, else none."""
    title = start.title
    at = _title_at(lines[last].text, start)
    if at < 0:
        return {}
    found = find_inline_bodies(lines, last, entries, at + len(title))
    first = find_inline_bodies(lines[: last + 1], last, entries[:1], at + len(title))
    return found if first else {}


_FIRST_WORDS = 7  # the most words a heading holds ('Sammenhæng til andre politikker/strategier og fagområder')


def _opens_on_heading(rest: str) -> bool:
    """What follows a header's title opens on a section heading of the lexicon run into its text ('133. Godkendelse
    af dagsorden Sagsgang og sagstype Byrådet Beslutningssag Indstilling …', the page flattened): the body, as much
    as a case-number cue would say, though its first heading is none of BODY_CUE's few."""
    words = rest.split()
    return any(is_heading(" ".join(words[:n])) and words[n][:1].isupper()
               for n in range(1, min(_FIRST_WORDS, len(words) - 1) + 1))


def _run_on_body(header: Line, start: ItemStart) -> list[Line]:
    """The body a transcript prints on its header's line ('Punkt 2: Budget Sagsnr.: 24/1223 Sagsfremstilling
    … Beslutning Godkendt.'), cut into lines as a flattened body is; [] when the line holds the header only."""
    at = header.text.find(start.title) if start.title and start.consumed == 1 and start.kind != "listed" else -1
    rest = " " + header.text[at + len(start.title):].lstrip(f" {SPACED_DASHES},") if at >= 0 else ""
    end = at + len(start.title)
    if at < 0 and start.skip and (m := LABELLED_START.match(header.text)):
        # 'Punkt 1 Sagsnr. 21-014420', the title on a later line (item_starts._case_beside_label)
        end, rest = m.start("title"), " " + m.group("title")
    if not (BODY_CUE.match(rest) or _opens_on_heading(rest)):  # ('Title - Sagsnr. 24/1233': the dash only parts them)
        return []
    # (its space kept before it: a heading that opens the text is run in as any other)
    return split_inline(rest.rstrip(), header.offset + end - 1)


def _after_title(text: str, start: ItemStart) -> int | None:
    """Where the list's last title ends on its line, when a long text follows it there (a flattened
    page going on with the first item's body), else None."""
    at = _title_at(text, start)
    if at < 0 or len(text) - at - len(start.title) < MAX_TITLE:
        return None
    return at + len(start.title)


def _title_at(text: str, start: ItemStart) -> int:
    """Where a listed entry's title (its first four words) stands on its line, -1 if not there: after the text
    the line prints before the entry (its lead) where that is known, else its last place on the line. Not the
    last place where the lead is known: on a flattened page the bodies below the list print the title again
    in their headers ('Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 1. Godkendelse af
    dagsorden Dagsordenen godkendt. 2. Budget 2025 Sagsnr.: …'), and the list ends at its own last title."""
    words = " ".join(start.title.split()[:4])
    if not words:
        return -1
    return text.find(words, len(start.lead)) if start.lead else text.rfind(words)


def _number_key(number: str | None) -> tuple[int, ...] | None:
    if not number or not re.fullmatch(r"\d+(?:\.\d+)*", number):
        return None
    return tuple(int(p) for p in number.split("."))


FLAT_LINE = 300  # a page line this long is a transcript's page, not a paragraph


def build_single_case_document(result: ReadResult, lines: list[Line], layout: str,
                               number: str | None = None, title: str | None = None,
                               title_index: int | None = None) -> Document:
    """A stand-alone case write-up or orientation note: exactly one item, no meeting."""
    blocks = flat_meeting(lines)
    if blocks is not None:
        return build_meeting_document(result, blocks, layout)
    found_title, idx, doc_type = single_title(lines)
    row = _titled_row(lines)
    if title is None and row is not None:
        number, title, title_index = row
    if title is None:
        title, title_index = found_title, idx
        m = NUMBERED_START.match(title) or LABELLED_START.match(title)
        if m and number is None:
            # "140. Regulativ for husholdningsaffald": a numbered item published on its own
            number, title = m.group("num"), m.group("title")
        if number is None:
            # 'Økonomiudvalget - 12.04.2023 - Punkt 5' or 'Punkt 5' alone above the title: the item's number
            number = next((n for ln in lines[: max(idx, 0)] if ln.text
                           for n in [meeting_line_number(ln.text) or _item_label_number(ln.text)] if n), None)
    if title and title_index is not None and title_index >= 0:
        title = without_column_cell(title, lines[title_index].raw)  # ('Title<TAB>Orientering': a cell, no title)
    body = lines[(title_index or 0) + 1:] if title_index is not None and title_index >= 0 else lines
    # Markers printed above the title (case number, "Åben sag") belong to the item too.
    above = [ln for ln in lines[: max(title_index or 0, 0)] if ln.text and (
        standalone_case_number(ln.text) or labelled_case_numbers(ln.text) is not None
        or OPEN_CLOSED_TAG.search(ln.text) or CLOSED_MARKER.match(ln.text))]
    alone = not any(prints_meeting_facts(ln.text) for ln in lines)  # a case alone, no meeting's facts printed
    body = above + _unflattened(body, short=alone)
    item: AgendaItem = parse_item(body, number, title or result.source,
                                  marked_headings=result.headings | shaped_headings(body) | body_run_headings(body))
    doc = Document(source=result.source, layout=layout, items=[item],
                   document_type=doc_type or "sagsfremstilling")
    head = lines[: max(title_index or 0, 0) + 1]
    doc.addressed_to = next((ln.text[4:].strip() for ln in head if _ADDRESSEE.match(ln.text)), None)
    doc.date = next((parse_date(ln.text) for ln in lines if ln.text and DATE_ANY.fullmatch(ln.text.strip())), None)
    # A page of one item that also prints the meeting's facts (date, place, members as labels, or a
    # 'Referat …' title with its date) is a meeting page: its meeting is read, its type decided as one.
    head = _page_head(lines)
    meeting, labelled = meeting_facts(head)
    kind = document_kind(head)
    if labelled >= 2 or kind and (meeting.date or labelled or meeting.committee):
        doc.document_type = meeting_page_type(kind, doc, "\n".join(ln.text for ln in lines))
        return finish(doc, meeting, result)
    if meeting.committee and meeting.date and _names_its_meeting(head):
        return finish(doc, meeting, result)  # one case with its meeting; no label, so a sagsfremstilling
    return finish(doc, None, result)


def _unflattened(body: list[Line], short: bool = False) -> list[Line]:
    """A case's text printed as a transcript's page lines ('2 … Sagsfremstilling Forvaltningen har …
    Beslutning Godkendt.'): each page line cut before its run-in headings and labels, as the PDF printed
    them, so the item is read as any other. With `short`, a short page line counts too (_flat)."""
    pages = {i for i, ln in enumerate(body) if _flat(ln.text, short)}
    return _cut_pages(body, pages) if pages else body


def _flat(text: str, short: bool) -> bool:
    """A page line of a transcript: long, or (with `short`: a case alone, no meeting's facts printed) a short
    page that runs two of a body's labels and headings into its text ('1 Lokalplan 123 … Sagsnr.: 24/1234
    Sagsfremstilling … Beslutning i Byrådet den … Vedtaget.')."""
    return len(text) > FLAT_LINE or short and len(BODY_CUE.findall(text)) >= 2


def _names_its_meeting(head: list[Line]) -> bool:
    """A body and a date printed in the head of a case ('Byrådet' / 'Mødedato: …', 'Økonomiudvalget -
    12.04.2023 - Punkt 5', 'Byrådet 12-04-2023'): the meeting the case was treated at."""
    return any(ln.text and (_MEETING_LABEL.match(ln.text) or meeting_line_number(ln.text) is not None)
               for ln in head)


# 'Byrådet 12-04-2023', 'Økonomiudvalget - 12.04.2023 - Punkt 5', 'Byrådet': a line naming the meeting
_MEETING_LINE = re.compile(r"^(?P<body>[A-ZÆØÅ][^\d]{2,80}?)"
                           rf"(?:\s*[{SPACED_DASH},|]?\s*(?:den\s+)?(?P<date>{DATE_ANY.pattern}))?"
                           rf"(?:\s*[{SPACED_DASH},|]\s*(?:Punkt|Pkt\.?|Sag)\s*(?P<num>\d{{1,3}}))?\s*$", re.IGNORECASE)


_ITEM_LABEL_LINE = re.compile(r"^(?:Punkt|Pkt\.?|Dagsordenspunkt|Sag nr\.?)\s*(?P<num>\d{1,3})\.?$", re.IGNORECASE)


def _item_label_number(text: str) -> str | None:
    """'Punkt 5' on a line of its own: the number of the item below it."""
    m = _ITEM_LABEL_LINE.match(text.strip())
    return m.group("num") if m else None


def meeting_line_number(text: str) -> str | None:
    """'' for a line that only names a meeting (its body, maybe its date), its item number when it prints
    one ('… - Punkt 5'), None for any other line (a letter's 'Til Aarhus Byråd' names its addressee)."""
    m = _MEETING_LINE.match(text.strip())
    if not m or _ADDRESSEE.match(text) or not is_meeting_body(m.group("body").strip(f" {SPACED_DASHES},|")):
        return None
    return m.group("num") or ""


_MEETING_LABEL = re.compile(r"^(?:Udvalg|Mødedato|Mødested|Mødetidspunkt|Mødelokale|Møde)\s*:\s*\S", re.IGNORECASE)


def _meeting_labels(head: list[Line]) -> int:
    """How many meeting-fact labels with a value the head prints."""
    return sum(1 for ln in head if _MEETING_LABEL.match(ln.text))


_COLUMN_HEAD = re.compile(r"^(?:Punkt|Pkt\.?|Nr\.?|Sag)\s+(?:Titel|Emne|Overskrift)$", re.IGNORECASE)


def _titled_row(lines: list[Line]) -> tuple[str, str, int] | None:
    """'Punkt Titel' / '286 Status på …': the row under a table's column heads is the item, with
    its number. (number, title, index of the row) or None."""
    for i, ln in enumerate(lines[:80]):
        if _COLUMN_HEAD.match(ln.text):
            j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text), None)
            m = NUMBERED_START.match(lines[j].text) if j is not None else None
            if m:
                return m.group("num"), m.group("title"), j
    return None


def looks_like_meeting(lines: list[Line]) -> bool:
    """Several items, or a Referat/Dagsorden header with a meeting date: a meeting document."""
    starts = find_item_starts(lines)
    if len(starts) >= 2 or _marker_starts(lines) or _meeting_item_list(
            lines, starts, find_item_list(lines), joined_text(lines)[1]):
        return True
    head = [ln for ln in lines[:12] if ln.text]
    if _meeting_labels(head) >= 2 and _marker_starts(lines, single=True):
        return True  # "Udvalg: … / Mødedato: … / Mødested: …" above a case: one item of a meeting
    if not any(TITLE_LINE.match(ln.text) for ln in head):
        return False
    if starts:
        return True
    meeting = parse_meeting(lines[:40])
    return bool(meeting and meeting.date)
