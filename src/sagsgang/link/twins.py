"""One meeting published twice: a structured export (FirstAgenda JSON, eDoc or SBSYS XML) and its
PDF or HTML print. They are one meeting: the print's items that are the export's items are
duplicates, and the export wins field by field — a field the export leaves empty (a section text,
a page number, a location) is taken from the print. Items of the print that match no item of the
export stay (the print may hold more than the export).

Why here, in link: which documents are the same meeting is a question across documents; parse
sees one file at a time. The result is used where meetings and cases are assembled (link/cases.py,
web/catalog.py); every stored document and its search rows stay as ingested (the search engine
already shows HTML/PDF twins once).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ..model import AgendaItem, Document
from ..parse.casenumbers import normalize_case_number
from .identity import committee_key

STRUCTURED_LAYOUTS = frozenset({"firstagenda_json", "edoc_xml", "sbsys_xml"})
_WORD = re.compile(r"\w+")


def meeting_key(doc: Document) -> tuple[str, str, str] | None:
    """(municipality, body, date) when all three are known; two documents with the same key are
    the same meeting."""
    m = doc.meeting
    if m is None or not (m.date and m.committee and doc.municipality):
        return None
    return (doc.municipality.casefold(), committee_key(m.committee), m.date)


def merge_twins(documents: list[Document]) -> set[tuple[int, int]]:
    """Fill each structured export's empty fields from the prints of the same meeting and return
    the print items that duplicate an export item, as (id(document), position). Idempotent."""
    groups: dict[tuple, list[Document]] = defaultdict(list)
    for doc in documents:
        key = meeting_key(doc)
        if key is not None:
            groups[key].append(doc)
    duplicates: set[tuple[int, int]] = set()
    for docs in groups.values():
        primaries = sorted((d for d in docs if d.layout in STRUCTURED_LAYOUTS),
                           key=lambda d: (d.content_hash or "", d.source))
        if not primaries or len(docs) < 2:
            continue
        primary = primaries[0]
        for doc in docs:
            if doc.layout in STRUCTURED_LAYOUTS:
                continue  # two exports of one body and day are two meetings (an extraordinary one the same day)
            _fill_meeting(primary, doc)
            for pos, item in enumerate(doc.items):
                match = _match(primary.items, item)
                if match is not None:
                    _fill_item(match, item)
                    duplicates.add((id(doc), pos))
    return duplicates


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall(unicodedata.normalize("NFC", text or "").casefold()))


def _same_title(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= 0.8


def _cases(item: AgendaItem) -> set[str]:
    return {normalize_case_number(c) for c in item.case_numbers}


def _match(items: list[AgendaItem], twin: AgendaItem) -> AgendaItem | None:
    """The export item `twin` prints: same number and title, or same number and case number; a
    print item without a number (a metadata line taken for an item) matches by case number."""
    for it in items:
        if twin.number and it.number == twin.number and (_same_title(it.title, twin.title)
                                                         or (_cases(it) & _cases(twin))):
            return it
    if not twin.number:
        for it in items:
            if _cases(it) & _cases(twin) or _same_title(it.title, twin.title):
                return it
    return None


def _fill_item(item: AgendaItem, twin: AgendaItem) -> None:
    """The export's item keeps its own fields; only empty ones are taken from the print (never
    into a closed item, which publishes title and number only)."""
    if item.page is None:
        item.page = twin.page
    if not item.public or not twin.public:
        return
    if not item.case_numbers:
        item.case_numbers = list(twin.case_numbers)
    if not item.route:
        item.route = list(twin.route)
    if not item.sections and not item.intro:
        item.sections, item.intro = list(twin.sections), twin.intro
    if not any(d.text for d in item.decisions) and twin.decisions:
        item.decisions = list(twin.decisions)
    if not item.attachments:
        item.attachments = list(twin.attachments)


def _fill_meeting(primary: Document, twin: Document) -> None:
    m, t = primary.meeting, twin.meeting
    if m is None or t is None:
        return
    for name in ("start_time", "location"):
        if not getattr(m, name) and getattr(t, name):
            setattr(m, name, getattr(t, name))
    if not m.participants:
        m.participants = list(t.participants)
    if not m.absent:
        m.absent = list(t.absent)
