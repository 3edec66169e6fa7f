"""The public view of the data: stable ids, lookups and the visibility rule, in one place.

Built from parsed Documents (as the store keeps them, CPR numbers already masked) and the cases
linked from them. Ids (sagsgang.ids) are stable across re-ingest of a corrected file: an item is
(its document's origin, number or position), a meeting (municipality, body, date) when the
municipality is known and its document's alone when not, a case its case key.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..ids import document_key, item_id, meeting_id, stable_id
from ..link import Case, build_cases, case_status
from ..link.people import Party, Person, build_registry, scope_of
from ..link.twins import merge_twins
from ..model import AgendaItem, Document
from ..privacy import mask_cpr

__all__ = ["Catalog", "ItemView", "MeetingView", "UNKNOWN", "mask_cpr", "shown_municipality", "slug", "stable_id"]

CLOSED_TEXT = "Lukket punkt"
UNKNOWN = "Ukendt"  # how a missing municipality or body is shown; never counted as a municipality


def slug(text: str | None) -> str:
    t = unicodedata.normalize("NFKD", (text or "").casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"))
    return re.sub(r"[^a-z0-9]+", "-", t.encode("ascii", "ignore").decode()).strip("-") or "ukendt"


def shown_municipality(scope: str) -> str:
    """A registry scope as the municipality it is listed under (UNKNOWN for a document of no known one)."""
    return UNKNOWN if scope.startswith("ukendt: ") else scope


@dataclass
class ItemView:
    """An agenda item as the public may see it."""

    id: str
    document: Document
    item: AgendaItem
    meeting_id: str | None
    case_key: str | None

    @property
    def public(self) -> bool:
        return self.item.public

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def number(self) -> str | None:
        return self.item.number

    @property
    def sections(self) -> list[tuple[str, str]]:
        """Headed sections with their text; empty for a closed item."""
        if not self.public:
            return []
        return [(s.heading, mask_cpr(s.text)) for s in self.item.sections]

    @property
    def intro(self) -> str:
        return mask_cpr(self.item.intro) if self.public else ""

    @property
    def decisions(self):
        return self.item.decisions if self.public else []

    @property
    def attachments(self):
        return self.item.attachments if self.public else []

    @property
    def case_numbers(self) -> list[str]:
        return list(self.item.case_numbers)

    @property
    def date(self) -> str | None:
        m = self.document.meeting
        if m and m.date:
            return m.date
        dates = [d.date for d in self.item.decisions if d.date]
        return max(dates) if dates and self.public else None

    @property
    def committee(self) -> str | None:
        m = self.document.meeting
        if m and m.committee:
            return m.committee
        return self.item.decisions[-1].committee if self.item.decisions and self.public else None


@dataclass
class MeetingView:
    id: str
    municipality: str | None
    committee: str | None
    date: str | None
    start_time: str | None
    location: str | None
    document_types: set[str] = field(default_factory=set)
    item_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # document keys (origin, else file name)
    hashes: list[str | None] = field(default_factory=list)  # content hashes of its documents (for `modified`)


@dataclass
class DocumentView:
    """A stored document as a search hit on its text outside items points to it."""

    id: str
    document: Document
    meeting_id: str | None


class Catalog:
    """All public lookups. Build once per data version; cheap to query."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = sorted(documents, key=lambda d: (d.municipality or "", d.source))
        twins = merge_twins(self.documents)  # print items of a structured export's meeting: listed once
        self.items: dict[str, ItemView] = {}
        self.meetings: dict[str, MeetingView] = {}
        self.by_source: dict[str, DocumentView] = {}
        self.document_views: dict[str, DocumentView] = {}
        self.cases: dict[str, Case] = {c.key: c for c in build_cases(self.documents)}
        self._people_from(self.documents)
        self.by_municipality: dict[str, list[Document]] = defaultdict(list)  # UNKNOWN for none
        for doc in self.documents:
            self.by_municipality[doc.municipality or UNKNOWN].append(doc)
        by_item_source: dict[tuple[str, str | None, str], str] = {}
        for case in self.cases.values():
            for ref in case.items:
                by_item_source[(ref.source.content_hash or ref.source.source, ref.number, ref.title)] = case.key
        for doc in self.documents:
            mid = meeting_id(doc)
            if mid is not None:
                m = doc.meeting
                mv = self.meetings.setdefault(mid, MeetingView(mid, doc.municipality, m.committee,
                                                               m.date, m.start_time, m.location))
                mv.document_types.add(doc.document_type)
                mv.sources.append(document_key(doc))
                mv.hashes.append(doc.content_hash)
            dv = DocumentView(stable_id("document", document_key(doc)), doc, mid)
            self.by_source[document_key(doc)] = self.document_views[dv.id] = dv
            for pos, item in enumerate(doc.items):
                iid = item_id(doc, pos, item)
                view = ItemView(iid, doc, item, mid, by_item_source.get((doc.content_hash or doc.source, item.number,
                                                                       item.title)))
                self.items[iid] = view
                if mid and iid not in self.meetings[mid].item_ids and (id(doc), pos) not in twins:
                    self.meetings[mid].item_ids.append(iid)

    def _people_from(self, documents: list[Document]) -> None:
        """People and parties per municipality (link/people.py), and who-as-printed -> their page, so an
        item page can link each position to the person or party."""
        self.people: dict[str, Person] = {}
        self.parties: dict[str, Party] = {}
        self.who_pages: dict[tuple[str, str], str] = {}  # (scope, who as printed) -> /person/… or /parti/…
        for reg in build_registry(documents).values():
            self.people.update(reg.people)
            self.parties.update(reg.parties)
            for person in reg.people.values():
                for v in person.variants:
                    self.who_pages[(reg.municipality, v)] = f"/person/{person.id}"
            for party in reg.parties.values():
                for ref in party.positions:
                    self.who_pages[(reg.municipality, ref.who)] = f"/parti/{party.id}"

    def who_page(self, doc: Document, who: str) -> str | None:
        """The page of the person or party a position names, as printed in this document."""
        return self.who_pages.get((scope_of(doc), who))

    def people_of(self, municipality: str) -> list[Person]:
        """The people a municipality's documents name (UNKNOWN: those of documents of no known municipality)."""
        return sorted((p for p in self.people.values() if shown_municipality(p.municipality) == municipality),
                      key=lambda p: p.name)

    def parties_of(self, municipality: str) -> list[Party]:
        return sorted((p for p in self.parties.values() if shown_municipality(p.municipality) == municipality),
                      key=lambda p: p.code)

    # --- lookups -------------------------------------------------------------------------------
    def find_item(self, origin: str, number: str | None, title: str | None = None) -> ItemView | None:
        """The item a search hit names (its document's origin, else file name; item number; title)."""
        for v in self.items.values():
            if document_key(v.document) == origin and v.number == number and (title is None or v.title == title):
                return v
        return None

    def find_document(self, origin: str) -> DocumentView | None:
        """The document a hit on text outside items names (its origin, else file name)."""
        return self.by_source.get(origin)

    def items_of_document(self, dv: DocumentView) -> list[ItemView]:
        return [v for v in self.items.values() if v.document is dv.document]

    def municipalities(self) -> dict[str, int]:
        """Documents per municipality; those of no known municipality are listed under UNKNOWN."""
        return {name: len(docs) for name, docs in sorted(self.by_municipality.items())}

    def known_municipalities(self) -> list[str]:
        """The municipalities named by some document (UNKNOWN is no municipality)."""
        return sorted({d.municipality for d in self.documents if d.municipality})

    def committees(self, municipality: str | None = None) -> dict[str, list[MeetingView]]:
        out: dict[str, list[MeetingView]] = defaultdict(list)
        for m in self.meetings.values():
            if municipality is None or (m.municipality or UNKNOWN) == municipality:
                out[m.committee or UNKNOWN].append(m)
        return {k: sorted(v, key=lambda m: m.date or "") for k, v in sorted(out.items())}

    def organizations(self, municipality: str) -> dict[str, list[MeetingView]]:
        """A municipality's committees with their meetings: those that met here and those only a
        case's route names (a consultation links to them, so they must resolve too)."""
        out = dict(self.committees(municipality))
        for case in self.cases.values():
            if (case.municipality or UNKNOWN) == municipality:
                for t in case.treatments:
                    out.setdefault(t.committee or UNKNOWN, [])
        return dict(sorted(out.items()))

    def items_of_meeting(self, meeting_id: str) -> list[ItemView]:
        m = self.meetings.get(meeting_id)
        return [self.items[i] for i in m.item_ids] if m else []

    def case_items(self, key: str) -> list[ItemView]:
        return [v for v in self.items.values() if v.case_key == key]

    def status_line(self, key: str) -> str:
        return case_status(self.cases[key]).line()

    def coverage(self, municipality: str) -> dict:
        """What is held for a municipality, and where it is silent (gaps of over 90 days)."""
        docs = self.by_municipality.get(municipality, [])
        committees = {}
        for name, meetings in self.committees(municipality).items():
            dates = sorted(m.date for m in meetings if m.date)
            gaps = []
            for a, b in zip(dates, dates[1:], strict=False):
                days = (date.fromisoformat(b) - date.fromisoformat(a)).days
                if days > 90:
                    gaps.append({"from": a, "to": b, "days": days})
            committees[name] = {"meetings": len(meetings), "first": dates[0] if dates else None,
                                "last": dates[-1] if dates else None, "gaps": gaps}
        dates = sorted(m.date for ms in self.committees(municipality).values() for m in ms if m.date)
        return {"municipality": municipality, "documents": len(docs),
                "meetings": sum(c["meetings"] for c in committees.values()),
                "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                "committees": committees}
