"""One agenda item's body: sections, decisions with body/date/absentees, Sagsforløb history,
route, case numbers, attachments and closed status.

Vendor-neutral: every layout hands its lines here. The cues are the ones Danish agendas print
(section headings; "Beslutning i X den D"; "Sagsforløb"; "Bilag"; "Fraværende:"), so a
municipality we have never seen still parses as long as it uses the common vocabulary.
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model import AgendaItem, Decision, Section
from .attachments import parse_attachments
from .bodies import (
    DATE_BESIDE,
    is_body_name,
    is_printed_body,
    route_entry_kind,
    route_from_text,
    split_route,
    without_dates,
)
from .casenumbers import case_number_head, case_number_tail, labelled_case_numbers, standalone_case_number
from .dashes import DASH_WORDS, SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, NUMERIC_DMY, parse_date
from .headings import (
    ATTACHED_FILE,
    ATTACHMENT_FIELD,
    ATTACHMENT_HEADING,
    ATTACHMENT_LINK,
    BACK_MATTER_NAMES,
    BARE_OUTCOME,
    DECISION_WORD,
    FILE_AT_END,
    HEADING,
    HISTORY_HEADING,
    OUTCOME_WORDS,
    PLAIN_DECISION,
    ROUTE_HEADING,
    ROUTE_LABEL,
    body_date_lead,
    dated_heading,
    decision_body_date,
    heading_name,
    inline_decision,
    inline_route,
    is_cut_heading,
    is_heading,
    route_inside,
)
from .item_absence import absent_outside_decisions
from .item_starts import (
    CLOSED_MARKER,
    LABELLED_START,
    NUMBERED_START,
    OPEN_CLOSED_TAG,
    STATUS_ONLY,
    STATUS_WORD,
    clean_title,
)
from .lines import Line, norm_space
from .outcome_lines import is_outcome_line, title_and_outcome
from .page_headings import form_mates, label_after_sentence, opening_heading
from .people import (
    ABSENCE_DURING,
    ABSENCE_LABEL_WORD,
    ABSENT_LABEL,
    NONE_WORDS,
    NOT_NAME_ABBREVIATION,
    absent_in_sentences,
    bare_name,
    is_names_line,
    names_in_capitals,
    names_then_sentence,
    names_without_separators,
    only_absence,
    only_substitutes,
    replaced_people,
    split_names,
)
from .route_shape import route_by_shape

BODY_DATE_LINE = re.compile(r"^(?P<body>[^,]{3,90}?),\s*(?P<date>[^,]+?)(?:,\s*pkt\.?\s*\d+)?[.:]?$", re.IGNORECASE)


def _body_date_line(t: str) -> re.Match | None:
    """BODY_DATE_LINE.match(t), not tried where it cannot match: the body ends at the first comma,
    3 to 90 characters in, and at most one more comma follows (', pkt. 115'). Nor where the caller's
    test fails anyway: a printed date (DATE_ANY) starts with a digit, after the comma and white space."""
    # 'Teknik- og Miljøudvalget den 12. marts 2024:', 'Teknik- og Miljøudvalget 12.03.2024:': no comma before the
    # date, the colon after it ('Miljø-, Plan- og Naturudvalget den 5. marts 2018:', a comma in the name)
    colon = (_BODY_DEN_DATE_LINE.match(t) or _BODY_SPACE_DATE_LINE.match(t)) if t.endswith(":") else None
    first = t.find(",")
    if first < 3 or first > 90:
        return colon
    if t.count(",") > 2 or not t[first + 1:].lstrip()[:1].isdecimal():
        # 'Udvalg for Økonomi, Personale og Planlægning, 07.05.2007': a body whose name has commas
        return (_COMMA_BODY_DATE_LINE.match(t) if t.count(",") <= 4 else None) or colon
    return BODY_DATE_LINE.match(t) or colon

_COMMA_BODY_DATE_LINE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^,]{{2,60}}(?:,[^,]{{2,60}}){{1,2}}?),\s*(?:(?:den|d\.)\s+)?(?P<date>{DATE_ANY.pattern})(?:,\s*pkt\.?\s*\d+)?[.:]?$",
    re.IGNORECASE)
# the item number the treatment had at that meeting, printed after its date ('…den 12. marts 2024, pkt. 5:')
_ITEM_NUMBER_AFTER = r"(?:,\s*pkt\.?\s*\d+)?"
_BODY_DEN_DATE = (rf"^(?P<body>[A-ZÆØÅ][^:]{{2,90}}?),?\s+(?:den|d\.)\s+(?P<date>{DATE_ANY.pattern})"
                  rf"{_ITEM_NUMBER_AFTER}\s*")
_BODY_DEN_DATE_LINE = re.compile(_BODY_DEN_DATE + ":$", re.IGNORECASE)
_BODY_SPACE_DATE_LINE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^:]{{1,90}}?)\s+(?P<date>{DATE_ANY.pattern}){_ITEM_NUMBER_AFTER}\s*:$", re.IGNORECASE)
# under a history heading the colon may be missing: 'Tidligere beslutninger' / 'Økonomiudvalget den 05-03-2024'
_HISTORY_BODY_DEN_DATE = re.compile(_BODY_DEN_DATE + ":?$", re.IGNORECASE)
_DATE_THEN_BODY = re.compile(
    rf"^(?P<date>{NUMERIC_DMY})\s*[{SPACED_DASH}:,]?\s+(?P<body>[A-ZÆØÅ][^.]{{2,80}}?)\s*:?$")
HISTORY_FIELD = re.compile(r"^(?P<key>Udvalg|Dato|Punktnummer|Punkt|Mødedato)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_NO_DECISION = {"", *DASH_WORDS, "ingen", "ingen beslutning", "."}
# a decision block holding a number alone ('Beslutning 5', 'Side 5'): an agenda's empty heading and the page's number
# after it, run together on a transcript's page line; no outcome is a bare number
_PAGE_NUMBER_ONLY = re.compile(r"(?i:side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?")
_METADATA_LINE = re.compile(
    r"^(?:Sagsnummer|Sagsnr|Dokumentnummer|Dok\.?\s?nr|Sagsbehandler|Sagsansvarlig|Journalnr|Dato\s*:)",
    re.IGNORECASE,
)


_BACK_MATTER_LINE = re.compile(rf"^{BACK_MATTER_NAMES}\s*(?:\.{{2,}}\s*)?(?:Side\s+)?\d*$", re.IGNORECASE)
_SIGNATURE_PAGE = re.compile(r"^Underskrift(?:sside|sblad|sark|er)?\s*:?$", re.IGNORECASE)
# A paragraph after a block break that still belongs to the decision: votes, positions, absentees.
DECISION_CONTINUES = re.compile(
    r"deltog ikke|var fraværende|var forhindret|tog forbehold|kunne (?:ikke )?tiltræde|stemte|undlod|"
    rf"til protokol|protokoltilførsel|inhabil|^{ABSENCE_LABEL_WORD}|forslaget (?:faldt|blev)|mindretal|flertal",
    re.IGNORECASE,
)
# "Åben" / "Lukket" alone: the open/closed marker that heads the next item (Aalborg)
ITEM_MARKER = re.compile(r"^(?:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)


# Outcomes a body records without a decision heading: "Økonomiudvalget: Indstilles godkendt.",
# "Teknik- og Miljøudvalget: Anbefales." (several may share a line), "Økonomiudvalget anbefaler
# indstillingen." A proposal ("X indstiller, at …") is never one (annotation rules).
LABELLED_OUTCOME = re.compile(
    r"(?:^|(?<=[.!]\s))(?P<body>[A-ZÆØÅ][\w\-/ ]{1,80}?)\s*:\s*"
    r"(?P<outcome>" + OUTCOME_WORDS + r"\b[^:]{0,300}?\.)(?=\s|$)")
STATED_OUTCOME = re.compile(
    r"^(?P<body>[A-ZÆØÅ][\w\-/ ]{1,80}?)\s+(?:anbefaler|anbefalede|tiltræder|tiltrådte|godkendte|godkender|vedtog)"
    # what it recommends: the proposal as the item prints it ('indstillingerne', 'sagen'), or whose proposal it is
    # ('administrationens', 'direktionens', 'forvaltningens indstilling')
    r"\s+(?:indstilling(?:en|erne)|dagsordenen|forslaget|sagen|[a-zæøå]{4,}s\s+indstilling(?:er)?)\b.*$")


# "Såfremt byrådet tiltræder indstillingen, …": a condition, not an outcome
_SUBORDINATE = re.compile(r"^(?:Såfremt|Hvis|Når|Da|Idet|Efter|Inden|Såvel|Om|Fordi|Selvom|Medmindre)\b", re.IGNORECASE)


def outcome_statements(t: str) -> list[tuple[str, str]]:
    """(body, text) of the outcomes printed on line `t` without a decision heading."""
    if ":" in t:
        found = [(m.group("body").strip(), m.group("outcome")) for m in LABELLED_OUTCOME.finditer(t)
                 if is_body_name(m.group("body"))]
        if found:
            return found
    m = STATED_OUTCOME.match(t)
    if m and is_body_name(m.group("body")) and len(t) < 300 and not _SUBORDINATE.match(t):
        return [(m.group("body").strip(), t)]
    return []


def _ends_decision(t: str) -> bool:
    """'BESLUTNINGSFORSLAG FRA DD', 'INDSTILLING FRA MAGISTRATSAFDELINGEN …' or a lone '.': the
    unheaded case text after a decision, never part of it."""
    if t.strip() in (".", "·") or ITEM_MARKER.match(t):
        return True
    if ABSENT_LABEL.match(t):
        return False
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 10 or not all(c.isupper() for c in letters):
        return False
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2


def _headless_outcome(lines: list[Line], idx: int, heading: Callable[[str], bool], printed: str | None,
                      first: bool) -> str | None:
    """The reading mode after line idx of an item's head when it is the item's outcome printed without a heading
    ('Godkendt.', 'Dagsordenen godkendt.', 'Intet.', the 'Godkendt' a header's line printed behind its title), else
    None. 'Godkendt.' has always opened the decision's block; the other shapes are a decision only as the
    first text under the title, standing alone (`first`, _stands_alone), and only the lines that go with a
    decision (absentees, votes) join them: an item's text may follow. (`first`: nothing above it but the item's
    status, 'Åben'.)"""
    t = lines[idx].text
    if BARE_OUTCOME.match(t):
        return "decision"
    if t == printed:
        return "outcome"
    # (a line of its own sets a short outcome apart: its full stop may be missing, 'Godkendt')
    alone = first and _stands_alone(lines, idx, heading)
    return "outcome" if alone and is_outcome_line(t, stop_optional=True) else None


def _stands_alone(lines: list[Line], idx: int, heading: Callable[[str], bool]) -> bool:
    """Line idx is a paragraph of its own: the item's last line, or a blank line, a heading, an absence or
    a vote after it ('Dagsordenen godkendt.' / '' / '2. Budget'), not the first sentence of a text that goes on."""
    following = lines[idx + 1].text if idx + 1 < len(lines) else ""
    return not following or heading(following) or bool(ABSENT_LABEL.match(following)) \
        or bool(DECISION_CONTINUES.search(following))


def _listed(t: str) -> bool:
    """A line without a full stop, like the entries of a bilag list (which may be named like headings)."""
    return len(t) < 200 and not t.rstrip().endswith(".") and decision_body_date(t) is None \
        and not PLAIN_DECISION.match(t)


def _cue_not_heading(t: str) -> bool:
    """Marked-up lines that are metadata, not sections: case numbers, dates, closed markers."""
    return bool(standalone_case_number(t) or labelled_case_numbers(t) is not None or CLOSED_MARKER.match(t)
                or DATE_ANY.search(t) or LABELLED_START.match(t) or NUMBERED_START.match(t))


@dataclass
class _Block:
    """A decision being collected."""

    committee: str | None
    date: str | None
    lines: list[str] = field(default_factory=list)
    history: bool = False


_GROUP_LINE = re.compile(r"(?:Fra|FRA)\s+(?P<body>[A-ZÆØÅ][\w\- ]{2,60})")


def _without_group_line(lines: list[Line]) -> list[Line]:
    """An item's lines without the group line that heads the NEXT items ('Fra Børne- og
    Skoleudvalget' printed alone between two items): it names where those came from, and would
    otherwise end this item's last decision. Nothing when they are a contents list's back matter."""
    last = max((k for k, ln in enumerate(lines) if ln.text), default=-1)
    if last > 0:
        m = _GROUP_LINE.fullmatch(lines[last].text.strip())
        if m and is_body_name(m.group("body").strip()):
            lines = lines[:last]
    if all(not ln.text or _BACK_MATTER_LINE.match(ln.text) for ln in lines):
        return []  # 'Bilagsoversigt' after the last entry of a contents list: the list's back matter
    return lines


_STATUS_BOX = re.compile(r"^(?:Åben|Åbent|Lukket)\s+(?:punkt|sag)$", re.IGNORECASE)


def _without_status_boxes(lines: list[Line]) -> list[Line]:
    """An item's lines with a form's two status boxes blanked ('Åbent punkt' / 'Lukket punkt' printed one under
    the other, the mark that told them apart lost in extraction): both statuses say nothing of the item, and
    'Lukket punkt' read alone would close an open item and drop its text."""
    texts = [(k, ln.text.strip()) for k, ln in enumerate(lines) if ln.text]
    boxes: set[int] = set()
    for (a, t), (b, u) in zip(texts, texts[1:], strict=False):
        if _STATUS_BOX.match(t) and _STATUS_BOX.match(u) and t[:3].lower() != u[:3].lower():
            boxes |= {a, b}
    return [Line("", ln.offset) if k in boxes else ln for k, ln in enumerate(lines)] if boxes else lines


def _head_marker(item: AgendaItem, t: str) -> bool:
    """A line of an item's head that marks the item: its case number alone ('24/1234', maybe with
    'Lukket sag'), 'Lukket punkt', '(Åben sag)'. Records what it says on the item; True when it was one."""
    cn = standalone_case_number(t)
    tag = OPEN_CLOSED_TAG.search(t)
    if cn:
        if cn not in item.case_numbers:
            item.case_numbers.append(cn)
    elif CLOSED_MARKER.match(t):
        item.public = False
        return True
    elif not (tag and len(t) < 140):
        return False
    if tag and tag.group(1).lower() == "lukket":
        item.public = False
    return True


def _bilag_on_line(ln: Line, mode: str) -> tuple[list[Line], str] | None:
    """(the bilag, the reading mode after it) of a line that prints them, or None. 'Bilag 1: …' lines after
    the text are the item's bilag, not part of a decision; 'Bilag: Udkast til planen' is a label with its
    bilag on the line (no section; 'Bilag: Ingen' is dropped with the list), which ends a decision. A line
    of attached files' names and nothing else ('Notat.pdf Høringssvar.pdf') is the item's bilag, one a
    line, whatever label (or none) the site printed above them."""
    field = ATTACHMENT_FIELD.match(ln.text)
    if field:
        at = ln.offset + field.start("title")
        return [Line(t, at) for t in _numbered_run(field.group("title"))], \
            "after_decision" if mode == "decision" else mode
    if ATTACHMENT_LINK.match(ln.text):
        return [ln], "attachments"
    names = _file_names(ln.text)
    return ([Line(name, ln.offset) for name in names], mode) if names else None


def _numbered_run(value: str) -> list[str]:
    """'1. Budgetforslag 2. Notat om anlæg' -> each entry: bilag numbered 1, 2, 3 … run together on the
    label's line; any other value is one bilag."""
    cuts = [m for m in re.finditer(r"(?:^|\s)(\d{1,2})\.\s+(?=\D)", value)]
    if len(cuts) < 2 or [int(m.group(1)) for m in cuts] != list(range(1, len(cuts) + 1)) or cuts[0].start() != 0:
        return [value]
    ends = [m.start() for m in cuts[1:]] + [len(value)]
    return [value[m.start(): end].strip() for m, end in zip(cuts, ends, strict=True)]


def _file_names(t: str) -> list[str]:
    """The file names a line consists of, in order, or [] when it holds anything else. A line that does not
    end in a file's extension cannot be one: asked first, as the search for names in a long paragraph line
    (up to 150 characters tried from each start) was a tenth of an ingest's time."""
    if not FILE_AT_END.search(t):
        return []
    names = [m.group(0) for m in ATTACHED_FILE.finditer(t)]
    return names if names and re.sub(r"\s+", "", "".join(names)) == re.sub(r"\s+", "", t) else []


def _headed_item(title: str, number: str | None, closed: bool) -> AgendaItem:
    """The item its header names: the title without its open/closed marker and without the case number
    printed at the end of its line, which is the item's."""
    title, closed_by_title = clean_title(title)
    title, head_number = case_number_head(title)
    title, tail_number = case_number_tail(title)
    item = AgendaItem(title=title, number=number, public=not (closed or closed_by_title))
    item.case_numbers.extend(n for n in (head_number, tail_number) if n)
    return item


_BULLET = re.compile(r"^[•·▪●◦]\s*(?=\S)")


def _unbulleted_headings(lines: list[Line]) -> list[Line]:
    """Headings an accordion page prints behind a bullet ('• Beslutning i Byrådet den 26-06-2019', '• Resumé'):
    the heading without it. A bulleted line that is no heading stays as printed (a list's entry)."""
    out: list[Line] = []
    for ln in lines:
        m = _BULLET.match(ln.text)
        rest = ln.text[m.end():] if m else ""
        out.append(Line(rest, ln.offset + m.end(), rest) if m and is_heading(rest) else ln)
    return out


def _decisions_off_their_headings(lines: list[Line]) -> list[Line]:
    """Decisions run into one line, split the way most pages print them: 'Beslutning: Godkendt.' as a
    heading and its text; 'Byrådet, 14.05.2007 Godkendt.' (also after 'Beslutning ') as the body and
    date that decided, then the text."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        parts = _decision_parts(ln.text) if ln.text else None
        if not parts and (k == 0 or not lines[k - 1].text):
            parts = _run_in_label(ln.text)
        if parts:
            out += [Line(p, ln.offset + ln.text.index(p), p) for p in parts]
        else:
            out.append(ln)
    return out


_RUN_IN_LABEL = re.compile(r"^(?P<label>[A-ZÆØÅ][\w ]{2,40}?):\s+(?P<text>[A-ZÆØÅ].*)$")
# a label that names a fact of the case rather than heads a text ('Sagen afgøres i: Erhvervsudvalget', the body that
# decides, printed under the case number): its value stays on its line, a field, no section's heading run into its
# text (annotation rules: the label heads a section only on a line of its own with its text below); alone (its value
# lost, a heading next) it heads. Read so here and in a flattened page (inline_body). Not 'Kompetence:', which pages
# also print as a heading with its text run on (with it, check sections fell 0.840 -> 0.838; without, 0.843)
FIELD_LABEL = re.compile(r"Sagen afgøres (?:i|af):", re.IGNORECASE)


def _run_in_label(t: str) -> list[str] | None:
    """'Resume: Godkendelse af …' opening a paragraph: a section's heading run into its text (bold labels in
    one flow, as 'Beslutning: Godkendt.' is read already). It holds because the label is a heading of the
    lexicon, stands first in a paragraph (after a block break) and is followed by a sentence of three words or
    more: a field label keeps one short value ('Sagsnr.: 24/1', 'Kompetence: KB'), and a heading word inside
    prose is neither first in its paragraph nor followed by a colon and a capital. Not 'Bilag: 1. …': a list
    of attachments run onto its label is read as such; nor 'Forventet behandling: Økonomiudvalget, Byrådet': a
    route's label with its bodies is the item's route field, no section."""
    m = _RUN_IN_LABEL.match(t)
    if not m or not is_heading(m.group("label")) or ATTACHMENT_HEADING.match(m.group("label")) \
            or len(m.group("text").split()) < 3 or inline_route(t) is not None \
            or FIELD_LABEL.fullmatch(m.group("label").rstrip() + ":"):
        return None
    return [m.group("label"), m.group("text")]


# an absence label printed on a decision heading's line: '… den 12-04-2023 Fraværende: X', '… (fraværende: X)',
# after a dash or a comma ('… den 12-03-2024 - Fraværende: X', 'X's beslutning den D, afbud: Y'): the separator
# belongs to neither the heading nor the names
_ABSENCE_ON_HEADING = re.compile(rf"(?:\s*,\s*|\s+[{SPACED_DASH}]\s+|\s+\(?|\s*\()(?={ABSENCE_LABEL_WORD}"
                                 rf"(?:\s+var)?\s*:)",
                                 re.IGNORECASE)


# 'Godkendt. Fraværende: X': a labelled absence run onto the outcome's line is a line of its own (and no text);
# so is the label that says what it is of ('Godkendt. Følgende deltog ikke i behandlingen af punktet: X'), which a
# page that loses its lines (a PDF's transcript) runs onto the outcome the same way, even with no full stop before
# it, or no colon and nothing after it where no one was away (the label is printed anyway and ends the decision):
# a label of this length is no sentence's words (nor with what it is absence from: 'Fraværende under punktet: X')
_ABSENCE_RUN_IN = re.compile(rf"(?<=[.!])\s+(?=\(?{ABSENCE_LABEL_WORD}(?:{ABSENCE_DURING})?\s*:)"
                             r"|\s+(?=Følgende\s+deltog\s+ikke\s+i\s+behandlingen(?:\s+af\s+(?:punktet|sagen))?(?:\s*:|$))"
                             r"|(?<=[.!])\s+(?=Følgende(?:\s+medlemmer)?\s+var\s+fraværende\s*:)")
# '(Fraværende: X)', 'Godkendt. (Afbud: X).': a labelled absence in brackets is the label's line
_BRACKETED_ABSENCE = re.compile(rf"^\((?P<inner>{ABSENCE_LABEL_WORD}\s*:.*)\)\.?$")


# a decision heading and its outcome as a two-column row read across ('Beslutning<TAB>Godkendt.', 'Beslutning |
# Godkendt.', the heading's cell and the outcome's cell of a table): the heading word, then an outcome printed alone
# (its word first, a full stop last). Why: the row has no colon, so the readers below leave it, and the decision was
# lost; a title or a sentence ('Beslutning om mødeplan', 'Beslutningen blev …') never starts with the bare heading
# word and an outcome's word
_COLUMN_DECISION = re.compile(rf"^(?P<head>{DECISION_WORD})(?:\s*\|\s*|\s+)"
                              rf"(?P<outcome>{OUTCOME_WORDS}\b.*)$")


def _column_decision(t: str) -> list[str] | None:
    """['Beslutning', 'Godkendt.'] of a two-column row 'Beslutning Godkendt.', else None."""
    m = _COLUMN_DECISION.match(t)
    if m and BARE_OUTCOME.match(m.group("outcome")):
        return [m.group("head"), m.group("outcome")]
    return None


# a decision table's row read across: the body's cell (its meeting's date after its name) and the outcome's cell
# ('Teknik- og Miljøudvalget 05-03-2024<TAB>Anbefales.'; the reader keeps no tab). Why: with no colon the
# readers below leave the row, and each body's decision ran into the one above it. Safe: the first cell must be a
# body's name and a whole date, the second an outcome printed alone (its word first and capitalised, a full stop
# last): no sentence puts a capitalised outcome word right after a body's name and a date. (Not the undated row
# 'Byrådet<TAB>Godkendt.': split so, only the first row's body was read as its head.)
_BODY_ROW = re.compile(rf"^(?P<lead>(?P<body>[A-ZÆØÅ][^\t:]{{1,90}}?)(?:\s+(?:den|d\.))?\s+(?:{DATE_ANY.pattern}))"
                       rf"\s+(?P<outcome>{OUTCOME_WORDS}\b.*)$")


def _body_row(t: str) -> list[str] | None:
    """['Teknik- og Miljøudvalget 05-03-2024', 'Anbefales.'] of a decision table's dated row, else None: the body's cell
    and the outcome's as two lines (_treatment_heads then reads the first as the head of the second)."""
    m = _BODY_ROW.match(t)
    if m is None or not BARE_OUTCOME.match(m.group("outcome")) \
            or not is_printed_body(m.group("body").strip().rstrip(",")):
        return None
    return [m.group("lead"), m.group("outcome")]


# the other words a council heads an item's outcome with ('Referat', 'Protokol', 'Beslutningsprotokol', 'Behandling':
# the minutes' or the treatment's record of the item), on a line of their own
RECORD_WORDS = r"Referat|Protokol|Beslutningsprotokol|Behandling"  # (inline_body._RECORD_RUN reads them run in)
_RECORD_HEADING = re.compile(rf"^(?:{RECORD_WORDS})\s*:?$", re.IGNORECASE)


def _outcome_heading(t: str, nxt: str | None) -> bool:
    """'Referat' / 'Godkendt.': a record's heading over an outcome heads the item's decision. Only with the outcome's
    word right below it: alone the words are a page's running head ('Referat' on every PDF page) or a route's label
    ('Behandling' over the bodies that will treat the case), and neither is followed by an outcome printed alone."""
    return bool(nxt) and _RECORD_HEADING.match(t.strip()) is not None and _OUTCOME_FIRST.match(nxt.strip()) is not None


# a date cell between a decision's heading and its outcome ('Beslutning: 12-03-2024 Godkendt.', the heading's, the
# date's and the outcome's cells run onto one line, as a flattened page prints 'Beslutning:' / '12-03-2024' /
# 'Godkendt.', which a flattened page's reader cuts after the heading): the date a line of its own, which _who_or_when
# reads as the decision's date, as where the lines were kept (elsewhere the date line joins the text it left, the
# same text). Only a whole date and an outcome's capitalised word right after it: no decision's sentence starts so
_DATE_LEAD = re.compile(rf"^(?P<date>{DATE_ANY.pattern})\s+(?={OUTCOME_WORDS}\b)")


def _date_lead(text: str) -> tuple[str, str] | None:
    """('12-03-2024', 'Godkendt.') of a decision text that opens with its date cell, else None."""
    m = _DATE_LEAD.match(text)
    return (m.group("date"), text[m.end():]) if m else None


def _absence_on_plain(t: str, m: re.Match[str]) -> bool:
    """'Beslutning (Fraværende: X)', 'Beslutning, Fraværende: X', 'Beslutning - Afbud: X': a bare decision heading
    whose line goes on with an absence label behind a bracket, a comma or a spaced dash. What follows is a remark on
    the heading, never the decision's outcome: an outcome is printed after the heading, not inside a bracket on it,
    and no outcome opens with a comma or a dash before who was away."""
    closed = "(" not in m.group(0) or t.rstrip().endswith(")")  # a bracket's remark closes the line
    return bool(m.group(0).strip()) and closed and PLAIN_DECISION.match(t[: m.start()].strip()) is not None


def _decision_parts(t: str) -> list[str] | None:
    column = _column_decision(t) or _body_row(t) or _date_lead(t)
    if column:
        return list(column)
    if ":" not in t and "," not in t:
        return None  # (every reading below needs a colon, or the comma before a lead's date: most lines are prose)
    m = _ABSENCE_ON_HEADING.search(t)
    # the absence must follow a heading that names a body or a date, not an outcome ('Beslutning: Godkendt.')
    if m and (dated_heading(t[: m.start()]) and is_heading(t[: m.start()]) or _absence_on_plain(t, m)):
        rest = t[m.end():].strip()
        return [t[: m.start()], rest[:-1] if "(" in m.group(0) and rest.endswith(")") else rest]  # its bracket only
    split = inline_decision(t)
    if split:
        head, text = split
        return [head, *(body_date_lead(text) or _date_lead(text) or (text,))]
    word, _, rest = t.partition(" ")
    lead = body_date_lead(rest) if PLAIN_DECISION.match(word) else None
    if lead:
        return [word, *lead]
    lead = body_date_lead(t)
    return list(lead) if lead else None


def parse_item(lines: list[Line], number: str | None, title: str, closed: bool = False,
               structural_headings: frozenset[str] | None = None,
               marked_headings: frozenset[str] = frozenset(), decision_ends_at_break: bool = False) -> AgendaItem:
    """Build one AgendaItem from the lines after its header.

    `structural_headings`, when given, are the lines the markup marks as headings (HTML h3); they
    are then the only headings, so a 'Beslutning:' inside a body paragraph opens nothing.
    `marked_headings` (h1-h6 texts of a generic HTML page) count in addition to the lexicon.
    `decision_ends_at_break`: a blank line after decision text ends it (FirstAgenda PDFs, where the
    reader marks block breaks and the unheaded case text follows the decision)."""

    lines = _without_status_boxes(_without_group_line(lines))
    title, printed_outcome = title_and_outcome(title)
    if printed_outcome:
        # 'Godkendelse af dagsorden: Godkendt': the outcome on the header's line is the body's first line
        lines = [Line(printed_outcome, lines[0].offset if lines else 0), *lines]
    if structural_headings is None:
        lines = _route_lines_joined(_treatment_heads(_decisions_off_their_headings(_unbulleted_headings(lines))))
        opening = opening_heading(lines)
        marked_headings = marked_headings | {opening} if opening else marked_headings
        marked_headings |= form_mates(lines, marked_headings)
    last_text = max((k for k, ln in enumerate(lines) if ln.text), default=-1)

    def heading(t: str, at: int = -2) -> bool:
        if structural_headings is not None:
            return t in structural_headings
        marked = t in marked_headings or t.rstrip(":") in marked_headings  # (repeated_headings keeps no ':')
        return is_heading(t) or (marked and not _cue_not_heading(t)) \
            or (at == last_text and is_cut_heading(t))

    item = _headed_item(title, number, closed)
    sections: list[Section] = []
    blocks: list[_Block] = []
    attach_lines: list[Line] = []
    route_text: str | None = None
    head: list[str] = []
    mode = "head"  # head | text | decision | history | attachments | trailer
    current: Section | None = None
    current_block: _Block | None = None
    intro: list[str] = []

    last = len(lines) - 1
    for idx, ln in enumerate(lines):
        t = ln.text
        if not t:
            if mode == "attachments" and attach_lines and attach_lines[-1].text:
                attach_lines.append(ln)
            if mode == "decision" and decision_ends_at_break and current_block and current_block.lines:
                following = next((x.text for x in lines[idx + 1:] if x.text), "")
                if not DECISION_CONTINUES.search(following):
                    mode = "after_decision"
            continue
        if mode in ("decision", "after_decision") and current_block is not None and _ends_decision(t):
            mode = "after_decision"
        # the next non-empty text among the two following lines, or None
        nxt = (lines[idx + 1].text or (lines[idx + 2].text if idx + 1 < last else "") or None) if idx < last else None
        if route_text is None and mode == "head":
            route_text = route_inside(t)  # 'Sagsnr.: 24/123 Sagsgang: ØU, KB': the line is read on below
            head.append(t)  # (also a line read as a field below: route_by_shape reads the head's lines)
        found = labelled_case_numbers(t, nxt)
        if found is not None and mode in ("head", "text", "attachments", "trailer"):
            for c in found:
                if c not in item.case_numbers:
                    item.case_numbers.append(c)
            if OPEN_CLOSED_TAG.search(t) and OPEN_CLOSED_TAG.search(t).group(1).lower() == "lukket":
                item.public = False
            if mode == "attachments":
                mode = "trailer"
            continue
        if mode == "head" and _head_marker(item, t):
            continue
        if mode in ("attachments", "trailer") and nxt is not None and _METADATA_LINE.match(t):
            mode = "trailer"
            continue
        if _SIGNATURE_PAGE.match(t):
            mode = "trailer"  # the members' signatures close the minutes: nothing after it is the item's
            continue
        r = inline_route(t)
        if r:
            route_text = r
            continue
        bilag = _bilag_on_line(ln, mode) if mode not in ("history", "trailer") else None
        if bilag is not None:
            attach_lines.extend(bilag[0])
            mode = bilag[1]
            continue
        if mode == "attachments" and heading(t) and not PLAIN_DECISION.match(t) and not HISTORY_HEADING.match(t) \
                and decision_body_date(t) is None and (nxt is None or _listed(nxt)):
            # "Bilag / Indstilling / Bilag 1: …": an attachment named like a heading, not a new section
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        if nxt and mode in ("head", "text") and ABSENT_LABEL.match(t) and not ABSENT_LABEL.match(t).group("rest") \
                and not heading(nxt):
            # 'Fraværende' on a line of its own with its names below heads a block (annotation rules); under
            # a decision it is the decision's labelled absence line (dev gold 001), no section
            current, mode = Section(t.rstrip(": ").strip()), "text"
            sections.append(current)
            continue
        # Headings open sections (and decisions).
        dm = decision_body_date(t) if heading(t) else None
        if dm and not HEADING.match(t):
            body, date = dm[0], parse_date(dm[1])
            if date is None:
                # "Beslutning i Byrådet 25-06-2019" has no 'den'
                dd = DATE_ANY.search(body)
                if dd:
                    date = parse_date(dd.group(0))
                    body = body[: dd.start()].strip(" ,")
            current = Section(heading_name(t))
            sections.append(current)
            current_block = _Block(body.strip() or None, date)  # a dated heading alone: the meeting's body
            blocks.append(current_block)
            mode = "decision"
            continue
        if mode == "decision" and current_block is not None and current_block.lines \
                and label_after_sentence(lines, idx):
            # 'Taget til efterretning.' / 'Anbefaling' / 'Der er indgået budgetforlig …': an unseen publisher's
            # heading ends the decision, as a known one does
            current = Section(t.rstrip(":"))
            sections.append(current)
            mode = "text"
            continue
        outcome_head = mode in ("head", "text") and _outcome_heading(t, nxt)
        if (heading(t, idx) or outcome_head) and mode != "trailer":
            name = heading_name(t)
            current = Section(name)
            sections.append(current)
            if PLAIN_DECISION.match(t) or outcome_head:
                current_block = _Block(None, None)
                blocks.append(current_block)
                mode = "decision"
            elif HISTORY_HEADING.match(t):
                mode = "history"
                current_block = None
            elif ATTACHMENT_HEADING.match(t):
                mode = "attachments"
            else:
                mode = "text"
            continue
        if mode == "decision" and current_block is not None and not current_block.lines \
                and _who_or_when(current_block, t):
            continue  # 'Beslutning' / 'Økonomiudvalget' / '12-03-2024' / 'Godkendt.': a table's cells, one a line
        # not under a route's label or a plan's heading, whose bodies may print their meetings' dates ('Sagsgang' /
        # 'Økonomiudvalget, 12.03.2024' / 'Byrådet, 26.03.2024', 'Tidsplan' / 'Byrådet 26.03.2024: vedtagelse'): the
        # treatments to come, no decisions
        listing = _lists_route(current)
        treatment = _treatment(t) if mode in ("head", "text", "decision") else None
        if listing and not treatment and mode == "decision" and current_block is not None and current_block.lines:
            treatment = _route_entry(t)  # 'Anbefales.' / 'Byrådet 20.03.2024': the route's next body ends the outcome
        if treatment and listing:
            # 'Politisk behandling' / 'Økonomiudvalget, 12.03.2024, pkt. 5': a body the route lists (its date and
            # item number no part of it), and a decision only with an outcome below ('Anbefales.')
            current.text = (current.text + "\n" + treatment[0]).strip()
            if not _OUTCOME_FIRST.match(nxt or ""):
                mode = "text"
                continue
        if treatment:
            current_block = _Block(*treatment)
            blocks.append(current_block)
            mode = "decision"
            continue
        headless = _headless_outcome(lines, idx, heading, printed_outcome if idx == 0 else None,
                                     all(STATUS_ONLY.match(x) for x in intro)) \
            if mode == "head" and not sections and not blocks else None
        if headless:
            # 'Godkendt.' under an item with no headings (a short protocol): the meeting's decision
            current_block = _Block(None, None)
            current_block.lines.append(t)
            blocks.append(current_block)
            mode = headless
            continue
        if mode in ("head", "text", "after_decision", "outcome"):
            stated = outcome_statements(t)
            if stated:
                for body, text in stated:
                    current_block = _Block(body, None)
                    current_block.lines.append(text)
                    blocks.append(current_block)
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                mode = "outcome"
                continue
            if mode == "outcome":
                if DECISION_CONTINUES.search(t) and current_block is not None:
                    current_block.lines.append(t)
                    continue
                mode = "text" if current is not None else "head"
        if mode == "history":
            dated = _DATE_THEN_BODY.match(t) or _body_date_line(t) or _HISTORY_BODY_DEN_DATE.match(t)
            if dated and is_body_name(dated.group("body")) and parse_date(dated.group("date")):
                # "24-01-2022 Økonomiudvalget", "Økonomiudvalget, 5. marts 2024, pkt. 12:": an earlier
                # treatment, its outcome on the lines below
                current_block = _Block(dated.group("body").strip(), parse_date(dated.group("date")), history=True)
                blocks.append(current_block)
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                continue
            hf = HISTORY_FIELD.match(t)
            if hf:
                key = hf.group("key").lower()
                if key == "udvalg":
                    current_block = _Block(hf.group("value").strip() or None, None, history=True)
                    blocks.append(current_block)
                elif key in ("dato", "mødedato") and current_block is not None:
                    current_block.date = parse_date(hf.group("value"))
                if current is not None:
                    current.text = (current.text + "\n" + t).strip()
                continue
            if current_block is not None:
                current_block.lines.append(t)
        elif mode == "decision" and current_block is not None:
            _add_decision_line(current_block.lines, t)
        elif mode == "after_decision":
            if ABSENT_LABEL.match(t) and current_block is not None:
                current_block.lines.append(t)
            else:
                intro.append(t)
            continue
        elif mode == "attachments":
            if parse_date(t) and DATE_ANY.fullmatch(t.strip()):
                mode = "trailer"
                continue
            attach_lines.append(ln)
            if current is not None:
                current.text = (current.text + "\n" + t).strip()
            continue
        if current is not None and mode != "trailer" and not (mode == "decision" and listing):
            current.text = (current.text + "\n" + t).strip()
        elif mode == "head" and not sections:
            intro.append(t)  # text before any heading: an unheaded introduction

    if not item.public:
        # A closed item keeps number, title and case numbers; nothing else is published.
        return item
    item.sections = sections
    item.decisions = _tidy_decisions(_decisions(blocks), number)
    _add_replaced(item.decisions, intro, sections)
    decided = {t for b in blocks for t in b.lines}
    attach_lines = _add_absent_outside(item.decisions, intro, sections, attach_lines, decided)
    item.attachments = parse_attachments(attach_lines)
    item.route = _route(route_text, sections) or _headed_table(
        [*head, *intro, *(t for s in sections if not _decision_section(s.heading) for t in s.text.split("\n"))]) \
        or route_by_shape(
        [head, intro], [(s.heading, s.text) for s in sections], {d.committee for d in item.decisions if d.committee})
    item.intro = "\n".join(intro)
    return item


def _route_entry(t: str) -> tuple[str, str | None] | None:
    """(body, ISO date) of a route's line that names a body and its meeting's date and nothing else ('Byrådet
    20.03.2024'): under a route's label, after a body's printed outcome, the next body's treatment to come (its
    colon left out, as the route's lines print it), not more of that outcome's text."""
    date = DATE_BESIDE.search(t)
    body = t[: date.start()].strip() if date else ""
    return (body, parse_date(date.group(0).strip(f" {SPACED_DASHES},:()"))) if body and is_body_name(body) else None


def _lists_route(section: Section | None) -> bool:
    """The section is a route's label or a plan's heading, whose lines list the bodies that treat the case, maybe
    with their meetings' dates ('Sagsgang' / 'Økonomiudvalget, 12.03.2024' / 'Byrådet, 26.03.2024'); those lines
    are the treatments to come, and a decision only where an outcome is printed below one (annotation rules)."""
    return section is not None and bool(ROUTE_LABEL.match(section.heading) or _PLAN_HEADING.match(section.heading))


def _decision_section(heading: str) -> bool:
    """A section whose text is read into decision blocks ('Beslutning', 'Beslutning i X den D', 'Sagsforløb')."""
    return bool(PLAIN_DECISION.match(heading) or HISTORY_HEADING.match(heading) or decision_body_date(heading))


def _add_replaced(decisions: list[Decision], intro: list[str], sections: list[Section]) -> None:
    """'Karl Berg (F) deltog som stedfortræder for Erik Holm (F)' printed in an item outside its decision block
    (a note after it, a block of its own): the one replaced missed the item's treatment at this meeting, whose
    decision is printed last (earlier bodies' treatments come first)."""
    if not decisions:
        return
    own = (s.text for s in sections if not _decision_section(s.heading))
    decisions[-1].absent += replaced_people("\n".join([*intro, *own]), [n for d in decisions for n in d.absent])


def _add_absent_outside(decisions: list[Decision], intro: list[str], sections: list[Section],
                        attach_lines: list[Line], decided: set[str]) -> list[Line]:
    """Absentees the item prints outside its decision block (its head, a 'Fraværende' block, after its
    attachments) go to the item's own treatment, printed last; returns the attachments' lines without the
    absence lines among them ('Bilag' / 'Notat.pdf' / 'Fraværende: Bo Jensen' names no attachment)."""
    own = [s for s in sections if not _decision_section(s.heading)]
    # not the lines of a decision printed inside a section's text (dated decision lines below the case text), whose
    # absentees are that decision's
    lines = [*intro, *(t for s in own for t in s.text.split("\n") if t not in decided),
             *(ln.text for ln in attach_lines)]
    names, used = absent_outside_decisions(lines, [(s.heading, s.text) for s in own])
    if decisions:
        decisions[-1].absent = _with_parties(decisions[-1].absent, names)
    return [ln for ln in attach_lines if ln.text not in used]


def _with_parties(absent: list[str], more: list[str]) -> list[str]:
    """`absent` and the people of `more` it lacks; one it names without a party that `more` prints with one
    takes that form ('Bo Jensen', whom a substitute's sentence named, and 'Bo Jensen (A)' of the absence label):
    an entry is written as the absence's list prints it, party included (annotation rules), a sentence
    naming the same person shorter adds no one."""
    out = list(absent)
    for n in more:
        same = next((k for k, a in enumerate(out) if bare_name(a) == bare_name(n)), None)
        if same is None:
            out.append(n)
        elif out[same] == bare_name(n) != n:
            out[same] = n
    return out


# the rest of a list of names a page's column broke: 'Knudsen (A)', 'Knudsen (A) og Bo Holm (V).'
_NAMES_REST = re.compile(r"(?:[A-ZÆØÅ][\w.'-]*\s+){0,4}\([A-ZÆØÅ]{1,3}\)"
                         r"(?:\s*(?:,|\bog\b)\s*(?:[A-ZÆØÅ][\w.'-]*\s+){1,4}\([A-ZÆØÅ]{1,3}\))*[.,]?")


def _add_decision_line(block: list[str], t: str) -> None:
    """Line t of a decision: a line of its own, or the rest of the absence line above it that a page's column
    broke ('Fraværende: Bo Jensen (V), Poul Erik' / 'Knudsen (A)'; 'Fraværende: Bo Jensen,' / 'Lis Berg')."""
    if block and ABSENT_LABEL.match(block[-1]) and not block[-1].rstrip().endswith(".") \
            and (_NAMES_REST.fullmatch(t.strip())
                 or re.search(r"(?:,|\s(?:og|samt))$", block[-1].rstrip()) and is_names_line(t) and split_names(t)):
        block[-1] += " " + t
    else:
        block.append(t)


def _treatment(t: str) -> tuple[str, str | None] | None:
    """(body, ISO date) of a treatment's line, 'Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115' or, in capitals
    without a colon, 'ØKONOMIUDVALGET DEN 12. MARTS 2024': who decided, when; None for any other line."""
    bd = _body_date_line(t) or _caps_body_date(t)
    date = _DATE_ARTICLE.sub("", bd.group("date").strip()) if bd else ""  # 'Byrådet, d. 14. august 2013'
    if bd and is_printed_body(bd.group("body")) and DATE_ANY.fullmatch(date):
        return bd.group("body").strip(), parse_date(date)
    return None


_PLAN_HEADING = re.compile(r"^(?:Tidsplan|(?:Videre |Politisk )?proces)\s*:?$", re.IGNORECASE)
_DATE_ARTICLE = re.compile(r"^(?:den|d\.)\s+", re.IGNORECASE)
# 'ÅBENT FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010': the head of a decision's box, the item's open/closed
# status maybe before the body
_CAPS_STATUS = re.compile(rf"^(?i:{STATUS_WORD})\s+(?=\S)")


def _caps_body_date(t: str) -> re.Match | None:
    """'<BODY> DEN <date>' printed in capitals on a line of its own: the body and the date of a decision printed
    below it without the word 'Beslutning'. Only in capitals, which no sentence is printed in; a line in
    ordinary case needs its colon (_BODY_DEN_DATE_LINE), as a sentence may end so."""
    if t != t.upper():
        return None
    return _HISTORY_BODY_DEN_DATE.match(_CAPS_STATUS.sub("", t.strip()))


_OUTCOME_FIRST = re.compile(OUTCOME_WORDS + r"\b")


def _who_or_when(block: _Block, t: str) -> bool:
    """A line before a decision's text that says who decided or when, as a table's cells print them
    ('Økonomiudvalget', '12-03-2024', '12-03-2024 Økonomiudvalget') or as a treatment's line does
    ('Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115'): taken into the decision's block where the
    heading left it open."""
    treatment = _treatment(t) if block.committee is None else None
    if treatment:
        block.committee, block.date = treatment
        return True
    m = _DATE_THEN_BODY.match(t) or _BODY_THEN_DATE.match(t)
    body, date = (m.group("body").strip(), m.group("date")) if m else (t.strip(), None)
    if m is None and DATE_ANY.fullmatch(body):
        body, date = "", body
    if body and (block.committee is not None or body.endswith(".") or _OUTCOME_FIRST.match(body)
                 or not is_body_name(body)):
        return False  # ('Oversendt til Byrådet.' is the decision)
    if date and (block.date is not None or parse_date(date) is None):
        return False
    if not body and not date:
        return False
    block.committee = body or block.committee
    block.date = parse_date(date) if date else block.date
    return True


def _treatment_heads(lines: list[Line]) -> list[Line]:
    """A line naming a body and a date and nothing else, its colon left out, over a line that opens with an
    outcome ('Økonomiudvalget 14.03.2024' / 'Anbefales.', 'Økonomiudvalget den 14. marts 2024' / 'Godkendt.'): the
    head of that body's decision, given the colon its printed form has ('Økonomiudvalget 14.03.2024:')."""
    out = list(lines)
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if not t or t.endswith(":") or not t[:1].isupper():
            continue
        # (the lines after it read in place: copying the rest of a long item's lines for each line was quadratic)
        nxt = next((lines[j].text.strip() for j in range(k + 1, len(lines)) if lines[j].text.strip()), "")
        m = _BODY_THEN_DATE.match(t) if _OUTCOME_FIRST.match(nxt) else None
        if m and is_printed_body(m.group("body").strip().rstrip(",")) and parse_date(m.group("date")):
            out[k] = Line(f"{t}:", ln.offset)
    return out


def _route_lines_joined(lines: list[Line]) -> list[Line]:
    """A route's label with its first body on its line and the others one a line below it, each with its part or
    its meeting's date ('Hvem beslutter: Børne- og Skoleudvalget indstiller' / 'Økonomiudvalget indstiller' /
    'Byrådet beslutter'), as one labelled line ('Hvem beslutter: …, Økonomiudvalget indstiller, Byrådet beslutter'):
    the label's value runs on as its list's first row (a table's label cell beside its first row), and the rows
    below in the same shape (route_entry_kind) are the same list. The lines read into it are left blank (offsets
    kept). A bare body below is not read on: a running page head prints one too."""
    out = list(lines)
    k = 0
    while k < len(out):
        t = out[k].text.strip()
        kind = route_entry_kind(t.split(":", 1)[1]) if ":" in t and inline_route(t) else None
        rows, j = [], k + 1
        while kind in ("role", "date") and j < len(out):
            nxt = out[j].text.strip()
            if nxt and (nxt.endswith(":") or route_entry_kind(nxt) != kind):
                break
            rows += [j] if nxt else []
            j += 1
        if rows:
            out[k] = Line(", ".join([t, *(out[r].text.strip() for r in rows)]), out[k].offset)
            for r in rows:
                out[r] = Line("", out[r].offset)
        k = rows[-1] + 1 if rows else k + 1
    return out


_BODY_THEN_DATE = re.compile(rf"^(?P<body>[A-ZÆØÅ][^:]{{2,90}}?),?\s+(?:den\s+)?(?P<date>{DATE_ANY.pattern})\s*:?$")


# 'Fraværende: Anders Holm Lars Boel (V) deltog som stedfortræder' (a flattened page): the substitute's sentence
# runs on after the absentees' names, its subject the last name before the verb
_SUBSTITUTE_RUN_ON = re.compile(
    r"\s+(?:deltog|mødte|indtrådte)\s+(?:som\s+(?:stedfortræder|suppleant)|i\s+stedet)\b.*$", re.IGNORECASE)


def _names_before_substitute(run: str) -> list[str]:
    """The names of 'Anders Holm Lars Boel (V)' / 'Anders Holm (A), Lars Boel (V)', the last the substitute's
    (who keeps the party printed after it); [] when they cannot be told apart."""
    names = split_names(run, run_on=True)
    if len(names) == 1:
        words = run.split()
        party = words.pop() if re.fullmatch(r"\([A-ZÆØÅ]{0,3}\)", words[-1]) else None
        names = names_without_separators(words) if len(words) >= 4 else []
        if names and party:
            names[-1] += f" {party}"
    return names


def _substitute_run_on(rest: str, stop_cut: bool = False) -> tuple[list[str], list[str]] | None:
    """(the absentees, the substitute's sentence) of absentees' names run on into the substitute's sentence
    ('Anders Holm Lars Boel (V) deltog som stedfortræder'); the sentence stays in the decision's text, as
    absence sentences do. None for any other text. stop_cut: the sentence's full stop was cut off."""
    substitute = _SUBSTITUTE_RUN_ON.search(rest)
    names = _names_before_substitute(rest[: substitute.start()]) if substitute else []
    if len(names) < 2:
        return None
    return names[:-1], [f"{names[-1]}{substitute.group()}{'.' if stop_cut else ''}"]


_OUTCOME_RUN_ON = re.compile(rf"\s+(?={OUTCOME_WORDS}\b)")


def _names_then_outcome(rest: str) -> tuple[list[str], str] | None:
    """(the names, the outcome) of an absence label's value whose names run on into a one-word outcome with
    no full stop between ('Anne Hansen (V), formand Godkendt.'): names_then_sentence wants a sentence of two
    words and more, and a list of names followed by an outcome's word is neither a name nor a sentence."""
    for m in _OUTCOME_RUN_ON.finditer(rest):
        names = split_names(rest[: m.start()], run_on=True)
        if names:
            return names, rest[m.end():]
    return None


def _absence_line(rest: str) -> tuple[list[str], list[str]]:
    """(the names, the decision's text after them) of what follows an absence label on its line. The
    names end at the first full stop ('X. I stedet mødte Y.'); an outcome after them is the decision's
    ('Fraværende: X (V). Godkendt.'); names inside a sentence count ('Fraværende: Lars Folmann (O)
    deltog ikke i mødet')."""
    rest, *after = re.split(rf"(?<=[a-zæøå)]){NOT_NAME_ABBREVIATION}\.\s+", rest, maxsplit=1)  # not 'Jens Chr. Hansen'
    outcome = [after[0]] if after and _OUTCOME_FIRST.match(after[0]) else []
    if rest.casefold().strip().rstrip(".") in NONE_WORDS:
        # 'Fraværende: Ingen fraværende', 'Afbud: Ingen afbud': the label's value says nobody, in words that are no
        # sentence after names (read as one, 'fraværende' was left in the decision's text)
        return [], outcome
    run_into = names_then_sentence(rest)  # 'Fraværende: Carl Nielsen Indstillingen anbefales.'
    if run_into:
        return run_into[0], [f"{run_into[1]}.", *after] if after else [run_into[1]]
    run_on = _substitute_run_on(rest, bool(after))
    if run_on:
        return run_on[0], run_on[1] + outcome
    run_out = _names_then_outcome(rest)  # 'Fraværende: Anne Hansen (V), formand Godkendt.'
    if run_out:
        return run_out[0], [run_out[1], *after]
    names = (split_names(rest, run_on=True) or names_in_capitals(rest)) if rest else []
    if rest and not names and rest.casefold().rstrip(".") not in ("ingen", "-"):
        names = absent_in_sentences(rest)
    # 'Afbud: Anne Hansen (V). Bo Jensen (A) deltog ikke i behandlingen.': the sentence names one more
    return names + [n for n in (absent_in_sentences(after[0]) if after else []) if n not in names], outcome


# 'Afbud fra Bo Jensen (V).', 'Der var afbud fra Bo Jensen (V).': a sentence, no label (no colon), that stays in
# the decision's text (annotation rules: absence sentences stay in, as 'X var fraværende.' does); its names are read
# from the text
_ABSENCE_SENTENCE_LEAD = re.compile(r"^(?:Der\s+(?:var|er)\s+(?:modtaget\s+|meldt\s+)?afbud|Afbud)\s+fra\s+[A-ZÆØÅ]")


def _text_and_absent(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the text lines, the absentees) of a decision's lines: labelled absence lines ('Fraværende: X',
    'Fraværende' with the names below) give names and no text."""
    text_lines: list[str] = []
    absent: list[str] = []
    collecting_absent = False
    unnamed = False  # a bare label with no names below it: a table's label column, read before its values
    for t in (part for line in lines for part in _ABSENCE_RUN_IN.split(line)):
        t = _BRACKETED_ABSENCE.sub(r"\g<inner>", t.strip())
        if _ABSENCE_SENTENCE_LEAD.match(t):
            absent.extend(n for n in absent_in_sentences(t) if n not in absent)
            text_lines.append(t)
            collecting_absent = False
            continue
        m = ABSENT_LABEL.match(t)
        if m:
            names, outcome = _absence_line(m.group("rest").strip())
            absent.extend(n for n in names if n not in absent)
            text_lines.extend(outcome)
            collecting_absent = not m.group("rest").strip()
            continue
        if collecting_absent:
            if t.casefold().rstrip(".") in NONE_WORDS:
                collecting_absent = False
                continue
            # the names end at a line that is more than names ('• Bo Holm (A)' / 'Anne Berg: Spørgsmål til …')
            names, more = (split_names(t) if is_names_line(t) else []), []
            if not names:
                names, more = _substitute_run_on(t) or ([], [])  # 'Bo Holm Lars Boel (V) deltog som …'
            if names:
                absent.extend(n for n in names if n not in absent)
                text_lines.extend(more)
                continue
            collecting_absent = False
            unnamed = not absent
        text_lines.append(t)
    return (_names_at_end(text_lines, absent) if unnamed else text_lines), absent


def _names_at_end(text_lines: list[str], absent: list[str]) -> list[str]:
    """A two-column table read column by column ('Beslutning' / 'Fraværende' / 'Anbefales.' / 'Anne Hansen (V)'):
    the absence label's value is the names the value column ends with, after the outcome. Adds them to `absent`;
    returns the text lines without them."""
    k = len(text_lines)
    while k > 1 and is_names_line(text_lines[k - 1]) and split_names(text_lines[k - 1]) \
            and not text_lines[k - 1].rstrip().endswith("."):
        k -= 1
    absent.extend(n for t in text_lines[k:] for n in split_names(t) if n not in absent)
    return text_lines[:k]


def _decisions(blocks: list[_Block]) -> list[Decision]:
    out: list[Decision] = []
    for b in blocks:
        text_lines, absent = _text_and_absent(b.lines)
        text = norm_space(" ".join(text_lines))
        # each line a sentence of its own for the test: a substitute's line above the outcome ('Stedfortræder: Finn
        # Dahl (V)' / 'Anbefales.') is not one sentence with it, so the block has an outcome
        lined = "\n".join(t for t in text_lines if t.strip())
        if text.casefold() in _NO_DECISION or _PAGE_NUMBER_ONLY.fullmatch(text) \
                or absent and only_substitutes(lined) or only_absence(lined):
            continue  # no outcome: only who was away and who came instead (annotation rules: no decision)
        for n in absent_in_sentences(text):
            if n not in absent:
                absent.append(n)
        absent += replaced_people(text, absent)  # 'Y deltog som stedfortræder for X': X was away
        out.append(Decision(committee=b.committee, date=b.date, text=text, absent=absent))
    return out


# file names printed after a decision: the item's bilag ('Notat_om_busbestilling_2020.pdf'), not its text
_FILE_NAMES = re.compile(r"(?:\s+-)?(?:\s+\S+\.(?:pdf|docx?|xlsx?|pptx?|msg|jpe?g|png))+\s*$", re.IGNORECASE)


def _own_point_ref(number: str) -> re.Pattern:
    """'Punkt 3' / 'Pkt. 3' (the item's own number) leading a decision, alone or before a capitalised outcome
    ('Udvalgets beslutning den 04.12.2012' / 'Punkt 3' / 'Taget til efterretning'): some systems print the item's
    number again under each decision heading, as a reference, not as part of what was decided. Why safe: only
    the item's OWN number, and only before a capital, the end, or the start of a list the decision is ('Punkt 3'
    / '1. Godkendt 2. Anbefales', '- Godkendt', both on one line where the page lost its lines), so a sentence
    about a point ('Punkt 3 blev udsat.') stays whole."""
    return re.compile(rf"^(?:Punkt|Pkt\.)\s*{re.escape(number)}\.?(?:\s+(?=[A-ZÆØÅ]|[{SPACED_DASH}•]\s|\d+\.)|$)")


def _tidy_decisions(decisions: list[Decision], number: str | None) -> list[Decision]:
    """Decisions without what extraction ran into their text: the next item's header ('Godkendt.
    4 437. Kommuneplantillæg …': page number, the next number, its title), bilag file names and a leading
    reference to the item's own number (_own_point_ref);
    the same treatment printed twice once."""
    nxt = str(int(number) + 1) if number and number.isdecimal() else None
    out: list[Decision] = []
    for d in decisions:
        text = d.text
        if nxt and not text.startswith(f"{number}."):  # '1. Godkendt. 2. Godkendt.': its own points, no header
            m = re.search(rf"\s(?:\d{{1,3}}\s+)?{nxt}\.\s+[A-ZÆØÅ]", text)
            if m and m.start() > 0 and text[: m.start()].rstrip().endswith((".", "!", ":")):
                text = text[: m.start()].rstrip()
        text = _FILE_NAMES.sub("", text).strip()
        bare = _own_point_ref(number).sub("", text) if number else text
        if bare != text and not bare and not d.absent:
            continue  # the heading's reference and nothing under it: no outcome printed
        text = bare
        d = replace(d, text=text)
        if not any((o.committee, o.date, o.text) == (d.committee, d.date, d.text) for o in out):
            out.append(d)
    return out


def _route(route_text: str | None, sections: list[Section]) -> list[str]:
    if route_text:  # 'Forventet sagsgang: Økonomiudvalget den 12. marts 2024 → Byrådet …': the bodies only
        return without_dates(split_route(route_text))
    for s in sections:
        if ROUTE_HEADING.match(s.heading) and s.text:
            first = s.text.split("\n")[0]
            # the first line as printed only where it names bodies: a 'Sagsgang' over words ('Behandles i ØU og
            # KB', 'Beslutning i Byrådet') lists none, and a wrong route is worse than none
            bare = without_dates(split_route(first))
            return _leading_bodies(s.text) or _bodies_before_text(first) \
                or (bare if all(is_body_name(b) for b in bare) else [])
    for s in sections:
        # 'Sagsforløb' / 'BUU – ØU – KB': the heading of a case's history, over a list of bodies and nothing
        # else (no dates, no outcomes), is the route the case will take
        if HISTORY_HEADING.match(s.heading) and (r := route_from_text(s.text)):
            return r
    for labels in (ROUTE_LABEL, _PROPOSALS, _TREATMENT):
        for s in sections:
            if labels.match(s.heading):
                r = route_from_text(s.text) or (labels is not _TREATMENT and _leading_bodies(s.text)) \
                    or _route_from_table(s.text) or labels is _TREATMENT and _table_row(s.text)
                if r:
                    return without_dates(r)  # 'Udvalget for Voksne 05.03.2024': 'Udvalget for X' names a body too
    return []


def _table_row(text: str) -> list[str] | None:
    """The 'Behandling' table's column heads and rows run onto the line under its heading, as a flattened page
    prints them ('Mødedato Åbent punkt Lukket punkt Kommunalbestyrelsen 04-01-2021 1'): its bodies."""
    route = route_inside(f"Behandling {text.split(chr(10))[0]}")
    return split_route(route) if route else None


_PROPOSALS = re.compile(r"^Indstillinger\s*:?$", re.IGNORECASE)  # a list of the bodies that propose, in order
_TREATMENT = re.compile(r"^Behandling\s*:?$", re.IGNORECASE)  # a 'Behandling' table of bodies and dates, last resort


def _bodies_before_text(line: str) -> list[str] | None:
    """The bodies a route label's line starts with, where a flattened page ran the next cell on after them
    ('Økonomiudvalget Beslutningssag', 'Udvalget for Klima og Miljø, Økonomiudvalget og Kommunalbestyrelsen.
    Beslutningssag'): the longest run of its first words that is a list of bodies, as the lined page prints
    them one line above the case's type."""
    words = line.split()
    for n in range(len(words) - 1, 0, -1):
        route = route_from_text(" ".join(words[:n]).rstrip("."))
        if route:
            return route
    return None


def _leading_bodies(text: str) -> list[str]:
    """The bodies on the lines a route label heads, one or several a line, up to the first line that
    is not a list of bodies ('Sagsgang og sagstype / Økonomiudvalget / Byrådet / Beslutningssag')."""
    out: list[str] = []
    for line in (_HEAD_ROW.sub("", x.strip()) for x in text.split("\n")):
        # a table's column heads ('Udvalg' / 'Dato', 'Udvalg | Dato') and its date cells, an arrow between bodies
        # printed on a line of its own ('↓')
        cells = [c for c in split_route(line) if c.casefold().rstrip(":") not in _COLUMN_HEADS]
        if not cells or DATE_ANY.fullmatch(line):
            continue
        # 'Økonomiudvalget: 12. marts 2024': a body with the date of its meeting
        parts = route_from_text(", ".join(without_dates(cells)))
        if not parts:
            break
        out += parts
    return out


def _route_from_table(text: str) -> list[str] | None:
    """A 'Behandling' table read cell by cell ('Mødedato', 'Åbent punkt', 'Børne- og Skoleudvalget',
    '06-11-2018', '1'): its bodies, in order, when every cell is short."""
    cells = [c.strip() for c in _ROLE_RUN.sub("\n", text).split("\n") if c.strip()]
    # the table ends at an absence label or sentence run on below it ('Fraværende: X', 'X var fraværende.')
    cells = next((cells[:k] for k, c in enumerate(cells) if ABSENT_LABEL.match(c) or absent_in_sentences(c)), cells)
    if not cells or any(len(c) > 60 for c in cells):
        return None
    parts = [DATE_BESIDE.sub("", _ROLE_VERB.sub("", p)).strip()  # "Økonomiudvalget 19.03.2024", "KB beslutter"
             for c in cells for p in split_route(c)]
    bodies = [p for p in parts if is_body_name(p) and p.casefold() not in _COLUMN_HEADS]
    if any(len(p.split()) > 2 and p not in bodies for p in parts):
        return None  # a sentence ('Sagen sendes til Økonomiudvalget - Byrådet.'): the table's cells are short
    return bodies or None


def _headed_table(lines: list[str]) -> list[str]:
    """The bodies of a treatment table whose header row was read as one line inside an item's text ('Behandling
    Mødedato' / 'Økonomiudvalget 12.03.2024' / 'Byrådet 20.03.2024'): its first cell the treatment's label, the
    others column heads only (_HEAD_ROW), then a row a line of a body and its meeting's date (maybe the item's
    number in a last column). The header row is the label the rows need: rows of bodies and dates alone may be a
    history; the same label over one body is a route too (annotation rules: the 'Behandling' column)."""
    for k, line in enumerate(lines):
        s = line.strip()
        if not (_TREATMENT_HEAD.match(s) and _HEAD_ROW.fullmatch(s)):
            continue
        rows = [_route_entry(re.sub(r"\s+\d{1,3}$", "", x.strip())) for x in lines[k + 1:k + 12]]
        bodies = [r[0] for r in itertools.takewhile(lambda r: r is not None, rows)]
        if bodies:
            return bodies
    return []


# the treatment's label as a table's first column head ('Behandling Mødedato', 'Behandles i Dato'); not 'Behandlet
# i', whose rows the case went through already (a history)
_TREATMENT_HEAD = re.compile(r"^(?:Behandling|Behandles i)\s", re.IGNORECASE)


_COLUMN_HEADS = {"udvalg", "udvalget", "organ", "politisk organ", "behandles i", "behandlet i", "dato", "mødedato"}
# a table's column heads read as one line, no bar between the cells ('Udvalg Dato', 'Behandling Mødedato'), maybe
# with the first row run on after them where a flattened page lost the lines ('Udvalg Dato Økonomiudvalget
# 12.03.2024 …'): the heads are no body ('Udvalg' alone would be read as the route's first body)
_HEAD_WORD = r"(?:udvalg(?:et)?|(?:politisk )?organ|behandle[st] i|(?:møde)?dato|(?:åbent |lukket )?punkt(?:nr\.?)?)"
_HEAD_ROW = re.compile(rf"^(?i:(?:behandling|{_HEAD_WORD})\s*:?\s+(?:{_HEAD_WORD}\s*:?\s+)*{_HEAD_WORD}\s*:?)"
                       r"(?:\s+(?=[A-ZÆØÅ])|$)")
# after a body's role, the next cell's body run on, as a flattened page prints the table ('Børne- og Skoleudvalget
# indstiller Økonomi-, Erhvervs- og Planudvalget indstiller Kommunalbestyrelsen beslutter'): a cell a line
_ROLE_RUN = re.compile(r"(?:(?<=\bindstiller)|(?<=\bbeslutter)|(?<=\borienteres)|(?<=\bhøres)|(?<=\bbehandler))"
                       r"[ \t]+(?=[A-ZÆØÅ])")
_ROLE_VERB = re.compile(r"\s+(?:indstiller|beslutter|orienteres|høres|behandler)\.?$", re.IGNORECASE)
