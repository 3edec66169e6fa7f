"""eDoc AgendaPublishing XML: a meeting exported by eDoc for agenda portals (OS2dagsorden).

`Meeting/Committee` and `MeetingDate` ('04-12-2012 13:00:00') name the meeting; each
`MeetingAgendaTypes/MeetingAgendaType` is one part of it ('Åben dagsorden', 'Lukket dagsorden':
items of a closed part are closed: title and number only) with a `FullText` whose head holds the
place and the attendance ('Tilstede', 'Afbud/Fraværende'); each `MeetingAgendaItem` has its
`AgendaItemNumber`, `Document/Title` and the printed item as `FullText`, read by the shared item
engine (case number, sections, 'X's beslutning den D' decision, absentees). The bilag are the
export's `Document/Attachments` with their eDoc addresses, not what the print lists.
"""
from __future__ import annotations

import re
import unicodedata

from ...model import Attachment, Document, Meeting
from ...read import ReadResult
from ...read.structured import EDOC_XML, xml_text
from ..assemble import finish
from ..dates import parse_date, parse_time
from ..item_body import parse_item
from ..item_start_base import ItemStart
from ..lines import Line, prepare
from ..meeting import meeting_facts, parse_meeting
from ..repeated_headings import repeated_headings

_TOC = re.compile(r"^\s*INDHOLDSFORTEGNELSE\s*$", re.MULTILINE | re.IGNORECASE)
# the label of an empty absentee list closing a decision ("Følgende deltog ikke i behandlingen af punktet:")
_EMPTY_LABEL = re.compile(r"\s*\b(?:Følgende|Fraværende|Afbud)\b[^:.\n]{0,80}:\s*$", re.IGNORECASE)


def matches(result: ReadResult) -> bool:
    return result.format == EDOC_XML


def _num_key(number: str | None) -> tuple:
    digits = re.match(r"\d+", number or "")
    return (int(digits.group()) if digits else 1 << 30, number or "")


def parse(result: ReadResult, lines: list[Line]) -> Document:
    root = result.tree
    when = xml_text(root, "MeetingDate")
    meeting = None
    bodies: list[tuple[str | None, str, bool, object]] = []  # (number, title, closed, item element)
    for part in root.findall("MeetingAgendaTypes/MeetingAgendaType"):
        closed = "lukket" in xml_text(part, "AgendaType").casefold()
        if meeting is None:
            head = _TOC.split(_full_text(part), maxsplit=1)[0]
            meeting = parse_meeting(prepare(head)) or meeting_facts(prepare(head))[0]
        for el in part.findall("MeetingAgendaItems/MeetingAgendaItem"):
            number = xml_text(el, "AgendaItemNumber") or None
            title = xml_text(el, "Document/Title") or xml_text(el, "Document/NeutralTitle")
            bodies.append((number, title, closed, el))
    meeting = meeting or Meeting()
    meeting.committee = xml_text(root, "Committee") or meeting.committee
    meeting.date = parse_date(when) or meeting.date
    meeting.start_time = parse_time(when) or meeting.start_time
    bodies.sort(key=lambda b: _num_key(b[0]))
    texts = [prepare(_full_text(el)) if not closed else [] for _, _, closed, el in bodies]
    marked = _marked_headings(texts)
    doc = Document(source=result.source, layout="edoc_xml")
    for (number, title, closed, el), body in zip(bodies, texts, strict=True):
        body = body[1:] if body and title and title in body[0].text else body  # the printed 'N. Title' line
        body = _without_bilag_list(body)
        item = parse_item(body, number, title, closed=closed, marked_headings=marked)
        if item.public:
            item.attachments = [Attachment(title=xml_text(a, "Title"), number=str(k),
                                           url=xml_text(a, "UrlShowAttachment") or None)
                                for k, a in enumerate(el.findall("Document/Attachments/Attachment"), start=1)
                                if xml_text(a, "Title")]
            for d in item.decisions:
                d.text = _EMPTY_LABEL.sub("", d.text).strip() if not d.absent else d.text
        doc.items.append(item)
    decided = any(d.text for it in doc.items for d in it.decisions)
    doc.document_type = "referat" if decided or "referat" in xml_text(root, "MeetingState").casefold() \
        else "dagsorden"
    return finish(doc, meeting, result)


def _full_text(el) -> str:
    return unicodedata.normalize("NFC", el.findtext("FullText") or "")


def _marked_headings(texts: list[list[Line]]) -> frozenset[str]:
    """The export's own section headings: short lines heading a paragraph in two or more items,
    except the outcomes printed under a decision heading ('Indstillingen godkendt')."""
    lines: list[Line] = []
    starts: list[ItemStart] = []
    outcomes: set[str] = set()
    for body in texts:
        starts.append(ItemStart(len(lines), None, "", consumed=0))
        lines += body
        outcomes.update(b.text.rstrip(":") for a, b in zip(body, body[1:], strict=False)
                        if _DECISION_LINE.search(a.text))
    return (repeated_headings(lines, starts) - outcomes) if lines else frozenset()


_DECISION_LINE = re.compile(r"\bbeslutning\b", re.IGNORECASE)


def _without_bilag_list(body: list[Line]) -> list[Line]:
    """The printed 'Bilag' list up to its blank line: the export lists the bilag itself."""
    out: list[Line] = []
    skipping = False
    for ln in body:
        if ln.text.rstrip(":").casefold() == "bilag":
            skipping = True
            continue
        if skipping and not ln.text:
            skipping = False
        if not skipping:
            out.append(ln)
    return out
