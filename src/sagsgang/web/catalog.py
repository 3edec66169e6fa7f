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
from ..parse.casenumbers import normalize_case_number
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

    def cases_numbered(self, number: str) -> list[Case]:
        """The cases a bare case number names ('22/8164' in any municipality), by key."""
        want = normalize_case_number(number)
        return sorted((c for c in self.cases.values() if want in {normalize_case_number(n) for n in c.numbers}),
                      key=lambda c: c.key)

    def hashes_of(self, sources: set[str]) -> list[str | None]:
        """The content hashes of the documents named `sources` (a person's or party's 'modified')."""
        return [d.content_hash for d in self.documents if d.source in sources]

    def who_page(self, doc: Document, who: str) -> str | None:
        """The page of the person or party a position names, as printed in this document."""
        return self.who_pages.get((scope_of(doc), who))

    def people_of(self, municipality: str, brief: bool = False) -> list[Person]:
        """The people a municipality's documents name (UNKNOWN: those of documents of no known municipality).
        `brief`: the caller needs no meetings and positions (a store may leave them out: see StoreCatalog)."""
        return sorted((p for p in self.people.values() if shown_municipality(p.municipality) == municipality),
                      key=lambda p: p.name)

    def parties_of(self, municipality: str, brief: bool = False) -> list[Party]:
        """A municipality's parties by code (`brief`: as people_of)."""
        return sorted((p for p in self.parties.values() if shown_municipality(p.municipality) == municipality),
                      key=lambda p: p.code)

    def parties_of_person(self, person: Person) -> list[Party]:
        """The parties a person is a member of (one municipality's, in the order its registry lists them);
        their positions may be left out (StoreCatalog): fetch `parties[id]` for those."""
        return [p for p in self.parties.values() if person.id in p.members]

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

    def item_ids(self, refs: list[tuple[str, str | None, str | None]]) -> list[tuple[str, bool] | None]:
        """(id, public) of the item each (origin, number, title) names, as find_item: a page of
        search hits resolved at once."""
        return [(v.id, v.public) if (v := self.find_item(*ref)) else None for ref in refs]

    def document_ids(self, origins: list[str]) -> list[str | None]:
        """The id of the document each origin names, as find_document."""
        return [dv.id if (dv := self.find_document(o)) else None for o in origins]

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

    def document_hashes(self, municipality: str) -> list[str | None]:
        """The content hashes of a municipality's documents (for its `modified`)."""
        return [d.content_hash for d in self.by_municipality.get(municipality, [])]

    def case_keys(self, municipality: str) -> list[str]:
        """The keys of a municipality's cases (UNKNOWN: of cases of no known municipality)."""
        return sorted(k for k, c in self.cases.items() if (c.municipality or UNKNOWN) == municipality)

    def paper_key(self, paper_id: str) -> str | None:
        """The case key whose public id (an OParl Paper's) is `paper_id`."""
        return next((k for k in self.cases if stable_id(k) == paper_id), None)

    def consultation_case(self, consultation_id: str) -> Case | None:
        """The case one of whose treatments has this public id (stable_id(key, body, date))."""
        for case in self.cases.values():
            if any(stable_id(case.key, t.committee, t.date) == consultation_id for t in case.treatments):
                return case
        return None

    def meeting_dates(self, municipality: str) -> dict[str, list[str | None]]:
        """Each body of a municipality -> the date of each of its meetings."""
        return {name: [m.date for m in ms] for name, ms in self.committees(municipality).items()}

    def coverage(self, municipality: str) -> dict:
        """What is held for a municipality, and where it is silent (gaps of over 90 days)."""
        committees = {}
        per_body = self.meeting_dates(municipality)
        for name, meetings in per_body.items():
            dates = sorted(d for d in meetings if d)
            gaps = []
            for a, b in zip(dates, dates[1:], strict=False):
                days = (date.fromisoformat(b) - date.fromisoformat(a)).days
                if days > 90:
                    gaps.append({"from": a, "to": b, "days": days})
            committees[name] = {"meetings": len(meetings), "first": dates[0] if dates else None,
                                "last": dates[-1] if dates else None, "gaps": gaps}
        dates = sorted(d for ds in per_body.values() for d in ds if d)
        return {"municipality": municipality, "documents": self.municipalities().get(municipality, 0),
                "meetings": sum(c["meetings"] for c in committees.values()),
                "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                "committees": committees}


class _Lookup:
    """A read-only mapping answered by a function per key (the store's indexed query): `get`,
    `[]` and `in`, without holding every object."""

    def __init__(self, fetch) -> None:
        self._fetch = fetch

    def get(self, key, default=None):
        found = self._fetch(key) if key is not None else None
        return default if found is None else found

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self.get(key) is not None


class StoreCatalog:
    """The Catalog's lookups answered by the store's indexed queries, one object at a time: nothing
    is built at start or after an ingest, and memory does not grow with the corpus. Same views, same
    order and the same visibility rule as Catalog (which builds everything from documents in memory
    and stays for documents that are not in a store). One instance per data version."""

    DOC_CACHE = 256  # decoded documents kept per instance (a page reads a handful)

    def __init__(self, store) -> None:
        self.store = store
        self._docs: dict[int, Document] = {}
        self._counts: dict[str | None, int] | None = None
        self.items = _Lookup(self._item)
        self.meetings = _Lookup(self._meeting)
        self.cases = _Lookup(store.case)
        self.document_views = _Lookup(self._document_view)
        self.by_municipality = _Lookup(self._documents_of)
        self.people = _Lookup(store.person)
        self.parties = _Lookup(store.party)

    # --- people and parties (store/people.py: kept per municipality scope at ingest) -----------
    def who_page(self, doc: Document, who: str) -> str | None:
        return self.store.who_page(scope_of(doc), who)

    # `brief` leaves out meetings and positions, which grow with a municipality's years (a party's
    # positions run to megabytes): the municipality page lists names only
    def people_of(self, municipality: str, brief: bool = False) -> list[Person]:
        return self.store.people_of(None if municipality == UNKNOWN else municipality, brief)

    def parties_of(self, municipality: str, brief: bool = False) -> list[Party]:
        return self.store.parties_of(None if municipality == UNKNOWN else municipality, brief)

    def parties_of_person(self, person: Person) -> list[Party]:
        return self.store.parties_of_person(person.id)

    def hashes_of(self, sources: set[str]) -> list[str | None]:
        return list(self.store.source_hashes(sources))

    def cases_numbered(self, number: str) -> list[Case]:
        return self.store.cases_by_number(number)

    # --- building views ----------------------------------------------------------------------
    def _doc(self, doc_id: int) -> Document:
        doc = self._docs.get(doc_id)
        if doc is None:
            if len(self._docs) >= self.DOC_CACHE:
                self._docs.pop(next(iter(self._docs)))
            doc = self._docs[doc_id] = self.store.document_at(doc_id)
        return doc

    def _view(self, doc_id: int, position: int, case_key: str | None) -> ItemView:
        doc = self._doc(doc_id)
        item = doc.items[position]
        return ItemView(item_id(doc, position, item), doc, item, meeting_id(doc), case_key)

    def _views(self, rows) -> list[ItemView]:
        out: dict[str, ItemView] = {}
        for row in rows:
            view = self._view(*row)
            out.setdefault(view.id, view)
        return list(out.values())

    def _item(self, uid: str) -> ItemView | None:
        found = self.store.item_location(uid)
        return self._view(*found) if found else None

    def _document_view(self, uid: str) -> DocumentView | None:
        ids = self.store.document_ids(uid=uid)
        if not ids:
            return None
        doc = self._doc(ids[-1])
        return DocumentView(uid, doc, meeting_id(doc))

    def _documents_of(self, name: str) -> list[Document] | None:
        ids = self.store.document_ids(municipality=name, unknown_municipality=name == UNKNOWN)
        return [self.store.document_at(i) for i in ids] or None

    @staticmethod
    def _meeting_view(row: dict) -> MeetingView:
        return MeetingView(row["id"], row["municipality"], row["committee"], row["date"], row["start_time"],
                           row["location"], row["document_types"], row["item_ids"], row["sources"], row["hashes"])

    def _meeting(self, uid: str) -> MeetingView | None:
        rows = self.store.meetings(uid=uid)
        return self._meeting_view(rows[0]) if rows else None

    # --- lookups (as Catalog) ----------------------------------------------------------------
    def find_item(self, origin: str, number: str | None, title: str | None = None) -> ItemView | None:
        found = None
        for view in self._views(self.store.items_of_documents(self.store.document_ids(origin=origin))):
            if view.number == number and (title is None or view.title == title):
                found = found or view
        return found

    def item_ids(self, refs: list[tuple[str, str | None, str | None]]) -> list[tuple[str, bool] | None]:
        """As find_item for each ref, from one query for all their documents' items (the stored
        public ids and flags), not a document read and decoded per hit: a page of search hits cost
        ~3 statements per hit, each a round trip on PostgreSQL."""
        views: dict[str, dict[str, tuple[str | None, str, bool]]] = {}
        for origin, uid, number, title, public in self.store.items_of_origins([r[0] for r in refs]):
            views.setdefault(origin, {}).setdefault(uid, (number, title, bool(public)))  # first view per id
        out: list[tuple[str, bool] | None] = []
        for origin, number, title in refs:
            out.append(next(((uid, public) for uid, (n, t, public) in views.get(origin, {}).items()
                             if n == number and (title is None or t == title)), None))
        return out

    def document_ids(self, origins: list[str]) -> list[str | None]:
        """As find_document for each origin (the last of its documents in catalog order), in one query."""
        last = dict(self.store.documents_of_origins(origins))
        return [last.get(o) for o in origins]

    def find_document(self, origin: str) -> DocumentView | None:
        ids = self.store.document_ids(origin=origin)
        if not ids:
            return None
        doc = self._doc(ids[-1])
        return DocumentView(stable_id("document", document_key(doc)), doc, meeting_id(doc))

    def items_of_document(self, dv: DocumentView) -> list[ItemView]:
        return [v for v in self._views(self.store.items_of_documents(self.store.document_ids(uid=dv.id)))
                if v.document.content_hash == dv.document.content_hash]

    def _municipality_counts(self) -> dict[str | None, int]:
        if self._counts is None:
            self._counts = self.store.municipality_counts()
        return self._counts

    def municipalities(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for name, n in self._municipality_counts().items():
            counts[name or UNKNOWN] += n
        return dict(sorted(counts.items()))

    def known_municipalities(self) -> list[str]:
        return sorted(n for n in self._municipality_counts() if n)

    def committees(self, municipality: str | None = None) -> dict[str, list[MeetingView]]:
        names = [municipality] if municipality is not None else list(self.municipalities())
        out: dict[str, list[MeetingView]] = defaultdict(list)
        for name in names:
            for row in self.store.meetings(municipality=name, unknown_municipality=name == UNKNOWN):
                out[row["committee"] or UNKNOWN].append(self._meeting_view(row))
        return {k: sorted(v, key=lambda m: m.date or "") for k, v in sorted(out.items())}

    def organizations(self, municipality: str) -> dict[str, list[MeetingView]]:
        out = dict(self.committees(municipality))
        for committee in self.store.case_committees(None if municipality == UNKNOWN else municipality):
            out.setdefault(committee or UNKNOWN, [])
        return dict(sorted(out.items()))

    def items_of_meeting(self, meeting_id: str) -> list[ItemView]:
        return self._views(self.store.items_of_documents(self.store.document_ids(meeting=meeting_id)))

    def case_items(self, key: str) -> list[ItemView]:
        return self._views(self.store.items_of_case(key))

    def document_hashes(self, municipality: str) -> list[str | None]:
        return self.store.document_hashes(None if municipality == UNKNOWN else municipality)

    def case_keys(self, municipality: str) -> list[str]:
        return self.store.case_keys(None if municipality == UNKNOWN else municipality)

    def paper_key(self, paper_id: str) -> str | None:
        return self.store.case_key_of_uid(paper_id)

    def consultation_case(self, consultation_id: str) -> Case | None:
        key = self.store.consultation_case(consultation_id)
        return self.store.case(key) if key else None

    def status_line(self, key: str) -> str:
        return case_status(self.cases[key]).line()

    def meeting_dates(self, municipality: str) -> dict[str, list[str | None]]:
        out: dict[str, list[str | None]] = defaultdict(list)
        for committee, day in self.store.meeting_dates(None if municipality == UNKNOWN else municipality):
            out[committee or UNKNOWN].append(day)
        return dict(sorted(out.items()))

    coverage = Catalog.coverage  # over meeting_dates: one query without the meetings' items
