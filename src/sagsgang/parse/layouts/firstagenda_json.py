"""FirstAgenda Publication JSON (`/api/agenda/dagsorden/{id}`): a meeting as the site's API serves it.

Mapping (shared/corpus/publications/README.md): `Udvalg.Navn` -> committee; `Moede.Dato` -> date
and start time (local time as printed, with its offset); `Moede.Sted` -> location;
`Moede.Moededeltagere` -> participants, those `Absent` or `ParticipationCancelled` -> absent;
per `Dagsordenpunkter` entry: `Number`, `Caption` (a 'Lukket:' prefix marks a closed item: title
and number only, its fields are dropped here), `CaseNumber`, `Felter[].Html` -> sections through
the shared item engine ('Beslutning' is the meeting's decision), `ExternalAgendaItemAttendees`
with reason 'Fraværende' -> the decision's absentees, `Bilag` -> attachments with the site's
`/vis/pdf/bilag/{Id}` address. `IsOpen` is not used: it is False for every item of the real data.

The municipality is the site's own (its address in the export's links, e.g. dagsordener.greve.dk),
never a municipality a write-up mentions; without links, ingest's --municipality applies.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ...model import Attachment, Decision, Document, Meeting
from ...read import ReadResult
from ...read.structured import FIRSTAGENDA_JSON, html_sections
from ..assemble import finish
from ..bodies import detect_municipality
from ..fields import item_from_sections
from ..lines import Line, norm_space
from ..title_marks import clean_title

_ISO = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?")
_ABSENT_REASON = re.compile(r"fravær|afbud|forfald|deltog ikke", re.IGNORECASE)


def matches(result: ReadResult) -> bool:
    return result.format == FIRSTAGENDA_JSON


def date_time(value: str | None) -> tuple[str | None, str | None]:
    """'2022-01-10T08:00:00+01:00' -> ('2022-01-10', '08:00'), the local time as published."""
    m = _ISO.match(value or "")
    if not m:
        return None, None
    return m.group(1), (f"{m.group(2)}:{m.group(3)}" if m.group(2) else None)


def site_of(tree: dict) -> str | None:
    """'https://dagsordener.greve.dk' from the first absolute link in the export."""
    for it in tree.get("Dagsordenpunkter") or []:
        for felt in it.get("Felter") or []:
            link = felt.get("Link") or ""
            parts = urlsplit(link)
            if parts.scheme in ("http", "https") and parts.netloc:
                return f"{parts.scheme}://{parts.netloc}"
    return None


def _text(value) -> str:
    return norm_space(str(value)) if value is not None else ""


def parse(result: ReadResult, lines: list[Line]) -> Document:
    tree = result.tree
    moede = tree.get("Moede") or {}
    meeting = Meeting(committee=_text((tree.get("Udvalg") or {}).get("Navn")) or None,
                      location=_text(moede.get("Sted")) or None)
    meeting.date, meeting.start_time = date_time(moede.get("Dato") or moede.get("MeetingBeginUtc"))
    for p in moede.get("Moededeltagere") or []:
        name = _text(p.get("Name"))
        if name:
            meeting.participants.append(name)
            if p.get("Absent") or p.get("ParticipationCancelled"):
                meeting.absent.append(name)
    site = site_of(tree)
    doc = Document(source=result.source, layout="firstagenda_json")
    if site:
        doc.municipality = detect_municipality(urlsplit(site).netloc)
    for raw in sorted(tree.get("Dagsordenpunkter") or [], key=lambda it: it.get("Sorting") or 0):
        number = _text(raw.get("Number") or raw.get("Punktnummer")) or None
        caption = _text(raw.get("Caption") or raw.get("Navn"))
        title, closed = clean_title(caption)
        sections = [] if closed else [s for felt in raw.get("Felter") or [] for s in html_sections(felt.get("Html"))]
        sections = _lead_decision(sections, caption)
        item = item_from_sections(sections, number, title, closed=closed)
        case = _text(raw.get("CaseNumber") or raw.get("SagsNummer"))
        item.case_numbers = [case] if case else []  # the export's own field, not numbers a write-up cites
        if item.public:
            absent = [_text(a.get("Name")) for a in raw.get("ExternalAgendaItemAttendees") or []
                      if _text(a.get("Name")) and _ABSENT_REASON.search(_text(a.get("Reason")))]
            for d in item.decisions:
                if d.committee is None and d.date is None:  # the meeting's own decision
                    d.absent += [n for n in absent if n not in d.absent]
            item.attachments = [Attachment(title=_text(b.get("Navn")), number=str(k),
                                           url=_bilag_url(site, b.get("Id")))
                                for k, b in enumerate(sorted(raw.get("Bilag") or [],
                                                             key=lambda b: b.get("Order") or 0), start=1)
                                if _text(b.get("Navn"))]
        doc.items.append(item)
    decided = any(d.text for it in doc.items for d in it.decisions)
    doc.document_type = "referat" if decided else "dagsorden"
    return finish(doc, meeting, result)


def _lead_decision(sections: list[tuple[str, str]], caption: str) -> list[tuple[str, str]]:
    """An older print of the export has no 'Beslutning' heading: the field opens with the item's
    title repeated and the decision below it. That lead becomes the decision."""
    if not sections or sections[0][0] or any(h.casefold() == "beslutning" for h, _ in sections):
        return sections
    first, _, rest = sections[0][1].partition("\n")
    if norm_space(first) != norm_space(caption) or not rest.strip():
        return sections
    return [("Beslutning", rest.strip()), *sections[1:]]


def _bilag_url(site: str | None, bilag_id: str | None) -> str | None:
    if not bilag_id:
        return None
    return f"{site or ''}/vis/pdf/bilag/{bilag_id}"


__all__ = ["matches", "parse", "date_time", "site_of", "Decision"]
