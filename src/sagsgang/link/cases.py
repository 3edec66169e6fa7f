"""Cases from documents: every item joined to its case, every treatment on one timeline.

Identity (architecture rule): items with the same (municipality, normalised case number) are one
case; an item without a case number joins another item whose text is a near-duplicate (same
municipality). Items with different case numbers are never merged by text, not even through an
unnumbered copy alike to both (it joins the first in document order). The same treatment
(body + date) reported by several documents — a referat, the next body's Sagsforløb, the HTML and
PDF copy — appears once, keeping every source for provenance.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import AgendaItem, Attachment, Decision, Document, Meeting
from .identity import case_key, committee_key
from .neardup import Signature, candidate_pairs, item_signature, similar
from .steps import classify
from .twins import merge_twins


@dataclass
class Source:
    """Where a fact was read: file, page (PDF) and the file's content hash."""

    source: str
    page: int | None = None
    content_hash: str | None = None


@dataclass
class ItemRef:
    source: Source
    number: str | None
    title: str
    public: bool
    document_type: str
    meeting_committee: str | None
    meeting_date: str | None
    addressed_to: str | None = None  # a note's addressees, when it has no meeting
    document_date: str | None = None  # a note's printed date
    attachments: list[str] = field(default_factory=list)  # titles of the public bilag


@dataclass
class Treatment:
    """One body's handling of the case: decided, or scheduled on an agenda."""

    committee: str | None
    date: str | None
    kind: str
    text: str
    absent: list[str] = field(default_factory=list)
    item_number: str | None = None
    own_minutes: bool = False  # from the minutes of that very meeting (not a later Sagsforløb copy)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Case:
    key: str
    municipality: str | None
    numbers: list[str]
    title: str
    route: list[str]
    items: list[ItemRef]
    treatments: list[Treatment]

    @property
    def public(self) -> bool:
        return any(i.public for i in self.items)


def _doc_order(doc: Document) -> tuple:
    return (doc.content_hash or "", doc.source)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


Entry = tuple[Document, AgendaItem]


def entry_order(doc: Document, position: int) -> tuple:
    """Where an item stands in the one order linking reads items in (document content hash,
    source, position): linking any subset sorted by it gives the subset's part of the whole."""
    return (*_doc_order(doc), position)


def entry_signature(item: AgendaItem) -> Signature | None:
    """What linking compares an item's text by (None for closed and very short items)."""
    return item_signature(item.title, item.body_text, item.public)


def entry_record(doc: Document, item: AgendaItem) -> dict:
    """What linking reads of one item and its document, as plain JSON-able data (entry_from_record
    inverts it): the store keeps one per item, so relinking a group reads these few fields instead
    of decoding every member's whole stored document (issue 19). Everything entry_order, item_keys,
    link_groups, link_entries and _case read is here and nothing else: not the body (the stored
    MinHash signature stands for it), not sections, votes or positions, not what a closed item's
    decisions say nor its bilag (a closed item contributes its title and number; only its decisions'
    dates are read, to tell whether an agenda's closed item was treated that day). A field _case
    starts reading must be added here, or relinking in the store differs from build_cases
    (tests/store/test_link_inputs.py)."""
    m = doc.meeting
    public = item.public
    return {
        "doc": {"source": doc.source, "content_hash": doc.content_hash, "municipality": doc.municipality,
                "document_type": doc.document_type, "meeting": None if m is None else [m.committee, m.date],
                "date": doc.date, "addressed_to": doc.addressed_to},
        "item": {"number": item.number, "title": item.title, "public": public, "page": item.page,
                 "case_numbers": list(item.case_numbers), "route": list(item.route),
                 "attachments": [a.title for a in item.attachments if a.public] if public else [],
                 "decisions": [[d.committee, d.date, d.text, list(d.absent)] if public else [None, d.date, "", []]
                               for d in item.decisions]},
    }


def entry_document(record: dict) -> Document:
    """The document part of an entry_record as a Document holding only what linking reads (no
    items: the caller pairs it with entry_item; one object per stored document)."""
    d = record["doc"]
    m = d["meeting"]
    return Document(source=d["source"], municipality=d["municipality"], document_type=d["document_type"],
                    meeting=None if m is None else Meeting(committee=m[0], date=m[1]),
                    content_hash=d["content_hash"], date=d["date"], addressed_to=d["addressed_to"])


def entry_item(record: dict) -> AgendaItem:
    """The item part of an entry_record as an AgendaItem holding only what linking reads."""
    i = record["item"]
    return AgendaItem(title=i["title"], number=i["number"], public=i["public"], page=i["page"],
                      case_numbers=i["case_numbers"], route=i["route"],
                      attachments=[Attachment(title) for title in i["attachments"]],
                      decisions=[Decision(committee, date, text, absent)
                                 for committee, date, text, absent in i["decisions"]])


def build_cases(documents: list[Document]) -> list[Case]:
    """All cases in `documents`, each with its ordered timeline. Independent of document order."""
    docs = sorted(documents, key=_doc_order)
    # a print of a structured export's meeting: its items are the export's (link/twins.py). The cases
    # the store keeps at ingest do not apply this yet: there a print's items stay beside the export's
    twins = merge_twins(docs)
    entries = [(doc, item) for doc in docs for pos, item in enumerate(doc.items) if (id(doc), pos) not in twins]
    return [case for case, _ in link_entries(entries)]


def item_keys(doc: Document, item: AgendaItem) -> list[str]:
    """The case keys an item's case numbers give it (items sharing one are one case)."""
    return [case_key(doc.municipality, n) for n in item.case_numbers]


def _joined_by_case_key(entries: list[Entry]) -> tuple[_UnionFind, dict[str, int]]:
    """Entries sharing a case key joined; each key's first entry."""
    uf = _UnionFind(len(entries))
    by_key: dict[str, int] = {}
    for i, (doc, item) in enumerate(entries):
        for key in item_keys(doc, item):
            if key in by_key:
                uf.union(i, by_key[key])
            else:
                by_key[key] = i
    return uf, by_key


def link_groups(entries: list[Entry], sigs: list[Signature | None] | None = None) -> list[list[int]]:
    """The entries split into link groups: the closure of every relation linking may join two
    items by (a shared case key; near-duplicate text in one municipality where not both carry
    numbers). No item's case depends on an item outside its group, so linking each group alone
    (link_entries) gives exactly the cases of linking everything at once: what lets the store
    relink only the groups a new or removed document touches."""
    if sigs is None:
        sigs = [entry_signature(item) for _, item in entries]
    uf, by_key = _joined_by_case_key(entries)
    for i, j in candidate_pairs(sigs, [doc.municipality for doc, _ in entries]):
        (di, ii), (dj, ij) = entries[i], entries[j]
        if (ii.case_numbers and ij.case_numbers) or di.municipality != dj.municipality:
            continue
        if similar(sigs[i], sigs[j]):
            uf.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(uf.find(i), []).append(i)
    return list(groups.values())


def link_entries(entries: list[Entry], sigs: list[Signature | None] | None = None) -> list[tuple[Case, list[int]]]:
    """The cases of `entries` (in entry_order), each with the indexes of its member entries,
    sorted by case key. `sigs` are the entries' stored signatures (computed when not given)."""
    if sigs is None:
        sigs = [entry_signature(item) for _, item in entries]
    uf, by_key = _joined_by_case_key(entries)
    numbered = {uf.find(i) for i in by_key.values()}  # groups holding a case number
    for i, j in candidate_pairs(sigs, [doc.municipality for doc, _ in entries]):
        di, ii = entries[i]
        dj, ij = entries[j]
        if ii.case_numbers and ij.case_numbers:
            continue  # different numbers are different cases, however alike their text
        ri, rj = uf.find(i), uf.find(j)
        if ri != rj and ri in numbered and rj in numbered:
            continue  # nor does an unnumbered copy bridge two numbered cases
        if di.municipality == dj.municipality and similar(sigs[i], sigs[j]):
            uf.union(i, j)
            if ri in numbered or rj in numbered:
                numbered.add(uf.find(i))
    groups: dict[int, list[int]] = {}
    for i in range(len(entries)):
        groups.setdefault(uf.find(i), []).append(i)
    cases = [(_case([entries[i] for i in members]), members) for members in groups.values()]
    return sorted(cases, key=lambda c: c[0].key)


def _case(members: list[tuple[Document, object]]) -> Case:
    municipality = next((d.municipality for d, _ in members if d.municipality), None)
    numbers = sorted({n for _, it in members for n in it.case_numbers})
    if numbers:
        key = min(case_key(municipality, n) for n in numbers)
    else:
        doc, item = min(members, key=lambda m: (m[0].content_hash or m[0].source, m[1].number or ""))
        key = f"{(municipality or '?').casefold()}|~{(doc.content_hash or doc.source)[:12]}-{item.number or 0}"
    titles = Counter(it.title for _, it in members)
    title = sorted(titles.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0]))[0][0]
    routes = sorted((it.route for _, it in members if it.route), key=lambda r: (-len(r), r))
    items, treatments = [], []
    for doc, it in members:
        src = Source(doc.source, it.page, doc.content_hash)
        m = doc.meeting
        items.append(ItemRef(src, it.number, it.title, it.public, doc.document_type,
                             m.committee if m else None, m.date if m else None, doc.addressed_to, doc.date,
                             [a.title for a in it.attachments if a.public] if it.public else []))
        # A closed item contributes its title and number only, whatever a store may hold for it.
        for d in (it.decisions if it.public else []):
            own = bool(m and d.date == m.date and committee_key(d.committee) == committee_key(m.committee))
            # the item number is known only for the meeting's own treatment (a Sagsforløb entry was
            # another meeting's item)
            number = it.number if own or m is None else None
            treatments.append(Treatment(d.committee, d.date, classify(d.text), d.text, list(d.absent), number,
                                        own, [src]))
        if m and doc.document_type == "dagsorden" and not any(d.date == m.date for d in it.decisions):
            treatments.append(Treatment(m.committee, m.date, "planlagt", "", [], it.number, False, [src]))
        elif m and not it.public:
            # treated behind closed doors: that it happened is public, what was decided is not
            treatments.append(Treatment(m.committee, m.date, "lukket", "", [], it.number, False, [src]))
    items.sort(key=lambda r: (r.meeting_date or "", r.source.source, r.number or ""))
    return Case(key, municipality, numbers, title, routes[0] if routes else [], items, _merge(treatments))


def _merge(treatments: list[Treatment]) -> list[Treatment]:
    """One treatment per (body, date); a decision replaces the same meeting's 'planlagt' entry."""
    merged: dict[tuple, Treatment] = {}
    for t in treatments:
        key = (committee_key(t.committee), t.date) if t.date else (committee_key(t.committee), None, t.text)
        have = merged.get(key)
        if have is None:
            merged[key] = t
            continue
        best, other = (t, have) if _rank(t) > _rank(have) else (have, t)
        best.sources = _sources(best.sources + other.sources)
        for name in other.absent:
            if name not in best.absent:
                best.absent.append(name)
        merged[key] = best
    return sorted(merged.values(), key=lambda t: (t.date or "9999", t.kind == "planlagt", committee_key(t.committee),
                                                  t.text))


def _rank(t: Treatment) -> tuple:
    return (t.kind != "planlagt", t.own_minutes, t.item_number is not None, len(t.text), t.text)


def _sources(sources: list[Source]) -> list[Source]:
    seen, out = set(), []
    for s in sorted(sources, key=lambda s: (s.source, s.page or 0)):
        k = (s.source, s.page, s.content_hash)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out


def case_to_record(case: Case) -> dict:
    """A case as plain JSON-able data (how the store keeps a linked case); case_from_record inverts
    it. Written out by hand: dataclasses.asdict deep-copies and was a tenth of ingest time."""
    def src(s: Source) -> dict:
        return {"source": s.source, "page": s.page, "content_hash": s.content_hash}
    return {
        "key": case.key, "municipality": case.municipality, "numbers": list(case.numbers), "title": case.title,
        "route": list(case.route),
        "items": [{"source": src(i.source), "number": i.number, "title": i.title, "public": i.public,
                   "document_type": i.document_type, "meeting_committee": i.meeting_committee,
                   "meeting_date": i.meeting_date, "addressed_to": i.addressed_to, "document_date": i.document_date,
                   "attachments": list(i.attachments)} for i in case.items],
        "treatments": [{"committee": t.committee, "date": t.date, "kind": t.kind, "text": t.text,
                        "absent": list(t.absent), "item_number": t.item_number, "own_minutes": t.own_minutes,
                        "sources": [src(s) for s in t.sources]} for t in case.treatments],
    }


def case_from_record(data: dict) -> Case:
    items = [ItemRef(**{**i, "source": Source(**i["source"])}) for i in data["items"]]
    treatments = [Treatment(**{**t, "sources": [Source(**s) for s in t["sources"]]}) for t in data["treatments"]]
    return Case(data["key"], data["municipality"], data["numbers"], data["title"], data["route"], items, treatments)
