"""SBSYS eDagsorden publication XML (`Publication/Agendas/Agenda`), as exported for OS2dagsorden.

Per agenda: `Committee/Name`, `Meeting/When` ('15-05-2013 16:30:00'), `Meeting/Where`,
`Meeting/Members/MeetingMember` (participants; a participation status or note of absence ->
absent). Per `Items/Item`: `Number`, `Caption`, `IsPublic` (False: closed, title and number only),
`Case/Number`, `Fields/ItemField` — headed fields as HTML in CDATA (or plain text); the feedback
fields (`IsFeedback` True: 'Beslutning', 'FORRETNINGSUDVALGETS BESLUTNING') are the decisions,
the others sections; `Enclosures/Enclosure` -> bilag with their download address when given.
"""
from __future__ import annotations

import re
import unicodedata

from ...model import Attachment, Decision, Document, Meeting
from ...read import ReadResult
from ...read.structured import SBSYS_XML, html_sections, xml_text
from ..assemble import finish
from ..dates import NUMERIC_DMY, parse_date, parse_time
from ..fields import item_from_sections
from ..lines import Line

_ABSENT = re.compile(r"absent|fravær|afbud|forfald|notpresent|cancel", re.IGNORECASE)
_EMPTY = {"", "tomt indhold"}  # the placeholder an unfilled field prints
_OWN_DECISION = re.compile(r"^(?:beslutning|afgørelse)$", re.IGNORECASE)
_BODY_DECISION = re.compile(r"^(?P<body>.+?)s?\s+beslutning$", re.IGNORECASE)


def matches(result: ReadResult) -> bool:
    return result.format == SBSYS_XML


def _t(el, path: str) -> str:
    return xml_text(el, path)


def field_text(content: str) -> str:
    """A field's content as text: HTML through the shared conversion, plain text as it is."""
    if "<" not in content:
        return content.strip()
    return "\n\n".join(f"{h}\n{t}".strip() for h, t in html_sections(content)).strip()


def parse(result: ReadResult, lines: list[Line]) -> Document:
    root = result.tree
    doc = Document(source=result.source, layout="sbsys_xml")
    meeting: Meeting | None = None
    for agenda in root.iter("Agenda"):
        if meeting is None:
            meeting = _meeting(agenda)
        for el in sorted(agenda.findall("Items/Item"), key=lambda e: _num_key(_t(e, "Number"))):
            closed = _t(el, "IsPublic").casefold() == "false"
            sections, decisions = [], []
            for f in [] if closed else el.findall("Fields/ItemField"):
                caption, text = _t(f, "Caption"), field_text(unicodedata.normalize("NFC", f.findtext("Content") or ""))
                if _t(f, "IsFeedback").casefold() == "true":
                    if text.casefold() not in _EMPTY:
                        decisions.append(_decision(caption, text, meeting))
                elif text.casefold() not in _EMPTY:
                    sections.append((caption, text))
            item = item_from_sections(sections, _t(el, "Number") or None, _t(el, "Caption"), closed=closed)
            case = _t(el, "Case/Number")
            item.case_numbers = [case] if case and case not in ("-", "0") else []
            if item.public:
                item.decisions = decisions + [d for d in item.decisions if d.date]  # earlier treatments cited
                item.attachments = [Attachment(title=_t(e, "Name"), number=_t(e, "Number") or None,
                                               url=_t(e, "DownloadUrl") or None)
                                    for e in el.findall("Enclosures/Enclosure") if _t(e, "Name")]
            doc.items.append(item)
    decided = any(d.text for it in doc.items for d in it.decisions)
    doc.document_type = "referat" if decided else "dagsorden"
    return finish(doc, meeting, result)


def _meeting(agenda) -> Meeting:
    when = _t(agenda, "Meeting/When")
    m = Meeting(committee=_t(agenda, "Committee/Name") or _t(agenda, "Name") or None,
                date=parse_date(when), start_time=parse_time(when), location=_t(agenda, "Meeting/Where") or None)
    for member in agenda.findall("Meeting/Members/MeetingMember"):
        name = _t(member, "Name")
        if not name:
            continue
        m.participants.append(name)
        status = _t(member, "ParticipationStatusAsText") + " " + _t(member, "ParticipationNote")
        if _ABSENT.search(status):
            m.absent.append(name)
    return m


_DATED = re.compile(r"^(?P<date>\d{1,2}\.\s*\w+\s+\d{4}|" + NUMERIC_DMY + r")\s*:\s*")


def _decision(caption: str, text: str, meeting: Meeting | None) -> Decision:
    """A feedback field; a text opening with a date ('18. september 2012: Sagen udsat') is that
    day's treatment, cited on a later agenda."""
    m = _DATED.match(text)
    date = parse_date(m.group("date")) if m else None
    return Decision(_decision_body(caption, meeting), date, text)


def _decision_body(caption: str, meeting: Meeting | None) -> str | None:
    """'Beslutning' is the meeting's own; 'FORRETNINGSUDVALGETS BESLUTNING' names the body."""
    own = meeting.committee if meeting else None
    if _OWN_DECISION.match(caption):
        return own
    m = _BODY_DECISION.match(caption)
    if not m:
        return own
    body = m.group("body")
    if own and body.casefold().rstrip("s") == own.casefold().rstrip("s"):
        return own
    return body[:1].upper() + body[1:].lower() if body.isupper() else body


def _num_key(number: str) -> tuple:
    digits = re.match(r"\d+", number or "")
    return (int(digits.group()) if digits else 1 << 30, number)
