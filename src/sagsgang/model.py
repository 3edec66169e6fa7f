"""The domain model: the one contract between parsing and everything downstream.

Shaped after OParl 1.1 so that the API can expose it without translation. Danish domain words
map to the types like this (written once, here):

    kommune            -> Document.municipality (OParl Body)
    udvalg / byråd     -> Meeting.committee, Decision.committee (OParl Organization)
    møde               -> Meeting (OParl Meeting)
    dagsordenpunkt     -> AgendaItem (OParl AgendaItem)
    sag, sagsnummer    -> AgendaItem.case_numbers (OParl Paper)
    beslutning         -> Decision (OParl Consultation with its result)
    bilag              -> Attachment (OParl File)
    sagsgang           -> AgendaItem.route, the planned route through bodies
    lukket punkt       -> AgendaItem.public == False (title and number only, never body text)
    fraværende         -> Meeting.absent, Decision.absent

`Document.to_contract()` produces exactly the JSON of `shared/spec/parse-output.md`; the extra
fields (section bodies, page numbers) exist for search, linking and provenance.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOCUMENT_TYPES = ("dagsorden", "referat", "sagsfremstilling", "orientering", "beslutningsprotokol", "andet")


@dataclass
class Attachment:
    """A bilag listed for an item."""

    title: str
    number: str | None = None
    public: bool = True
    url: str | None = None  # where the publisher serves the file (structured exports name it); not in the contract

    def to_contract(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title, "public": self.public}


@dataclass
class Decision:
    """One treatment of an item by one body, with its printed outcome (a beslutning)."""

    committee: str | None
    date: str | None
    text: str
    absent: list[str] = field(default_factory=list)
    # Who stood where (shared/spec/positions-output.md, filled by parse/positions.py): True when printed as
    # unanimous, False when a vote or dissent is printed, None when nothing is printed either way.
    unanimous: bool | None = None
    votes: dict[str, Any] | None = None  # {"for"|"against"|"abstain": {"count": int|None, "who": [...]}|None}
    positions: list[dict[str, str]] = field(default_factory=list)  # [{"who": ..., "stance": ...}] as printed

    def to_contract(self) -> dict[str, Any]:
        return {"committee": self.committee, "date": self.date, "text": self.text, "absent": list(self.absent),
                "unanimous": self.unanimous, "votes": self.votes, "positions": [dict(p) for p in self.positions]}


@dataclass
class Section:
    """A headed part of an item's write-up ("Sagsfremstilling", "Indstilling", ...)."""

    heading: str
    text: str = ""


@dataclass
class AgendaItem:
    """A dagsordenpunkt, or the single case of a stand-alone write-up."""

    title: str
    number: str | None = None
    public: bool = True
    case_numbers: list[str] = field(default_factory=list)
    route: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    intro: str = ""  # unheaded text before the first section
    page: int | None = None  # 1-based PDF page where the item starts (provenance)

    @property
    def body_text(self) -> str:
        """All public text of the item; empty for a closed item, whose body is never published."""
        if not self.public:
            return ""
        parts = [self.intro] + [s.text for s in self.sections]
        return "\n\n".join(p for p in parts if p)

    def to_contract(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title or None,  # a title lost in extraction is null, never ""
            "public": self.public,
            "case_numbers": list(self.case_numbers),
            "route": list(self.route),
            "decisions": [d.to_contract() for d in self.decisions],
            "attachments": [a.to_contract() for a in self.attachments],
            "sections": [s.heading for s in self.sections],
        }


# How every surface (CLI, web, API) marks a search hit on document text outside items.
UNSPLIT_LABEL = "ikke opdelt i punkter"


@dataclass
class TextUnit:
    """Document text outside every item (a header, a page whose items were not found, a trailing
    section): searchable on its own and shown as a hit on the document, "ikke opdelt i punkter".
    Only its `terms` are indexed, so a query for words an item holds finds the item, not this.
    Never holds text of a closed item. Made at ingest (sagsgang.unsplit), stored as a searchable
    row beside the items, not part of the parse contract."""

    text: str                    # the lines as printed (shown in snippets)
    page: int | None = None      # 1-based PDF page, None for HTML and text
    heading: str | None = None   # the nearest heading above the text
    terms: str = ""              # the words of `text` no item of the document makes searchable: indexed


@dataclass
class Meeting:
    """The møde an agenda or minutes document belongs to."""

    committee: str | None = None
    date: str | None = None
    start_time: str | None = None
    location: str | None = None
    participants: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        return {
            "committee": self.committee,
            "date": self.date,
            "start_time": self.start_time,
            "location": self.location,
            "participants": list(self.participants),
            "absent": list(self.absent),
        }


@dataclass
class Document:
    """One published file, parsed."""

    source: str
    municipality: str | None = None
    document_type: str = "andet"
    meeting: Meeting | None = None
    items: list[AgendaItem] = field(default_factory=list)
    layout: str = "generic"  # which layout module produced it (for diagnostics)
    pages: int | None = None
    content_hash: str | None = None  # sha256 of the published file (provenance)
    date: str | None = None  # the printed date of a note or write-up that is not a meeting's document
    addressed_to: str | None = None  # "Til Økonomiudvalget og Borgerrepræsentationen" -> the bodies addressed
    confidence: float | None = None  # 0..1, how sure the parse is of its reading (parse/quality.py)
    unread_share: float | None = None  # share of the text's words that went into no field
    # why the parse is partial, in Danish (parse/quality.reasons), empty when it is whole: kept with the document so
    # the web and API say a page was only partly read without loading the parser to work it out again
    partly_read: list[str] = field(default_factory=list)
    origin: str | None = None  # where it was ingested from (path or URL): its store identity; not in the contract
    ocr_pages: list[int] = field(default_factory=list)  # 1-based PDF pages whose text OCR recognised (read/ocr.py)
    fetched_at: str | None = None  # when a harvested document's bytes were fetched from `origin` (ISO, local time)
    unsplit: list[TextUnit] = field(default_factory=list)  # text outside items (sagsgang.unsplit)

    def to_contract(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "municipality": self.municipality,
            "document_type": self.document_type,
            "meeting": self.meeting.to_contract() if self.meeting else None,
            "items": [i.to_contract() for i in self.items],
        }


@dataclass
class BilagFile:
    """A bilag (attachment) file read on its own: not a meeting document but text that belongs to
    an item. Kept whole (bytes, text per page, OCR'd pages marked); link/bilag.py decides which
    item it belongs to. Its text is searchable as hits "bilag N til punkt M, side P"."""

    source: str                  # file name
    pages: list[str]             # text per page (1-based page = index + 1)
    content_hash: str            # sha256 of the file's bytes
    size: int                    # bytes
    data: bytes = b""            # the file itself, served as the PDF a hit links to
    municipality: str | None = None
    title: str = ""              # its first line: what it calls itself
    ocr_pages: list[int] = field(default_factory=list)
    origin: str | None = None    # path or URL it was ingested from: its store identity


def document_to_dict(doc: Document) -> dict[str, Any]:
    """Everything parse produced, for storing the parsed result as it was ("cache raw before mapping":
    linking and new features can be re-run from it without re-reading files). Written out by hand:
    dataclasses.asdict deep-copies and cost a fifth of ingest time."""
    m = doc.meeting
    return {
        "source": doc.source, "municipality": doc.municipality, "document_type": doc.document_type,
        "meeting": None if m is None else {
            "committee": m.committee, "date": m.date, "start_time": m.start_time, "location": m.location,
            "participants": list(m.participants), "absent": list(m.absent)},
        "items": [{
            "title": it.title, "number": it.number, "public": it.public, "case_numbers": list(it.case_numbers),
            "route": list(it.route),
            "decisions": [{"committee": d.committee, "date": d.date, "text": d.text, "absent": list(d.absent),
                           "unanimous": d.unanimous, "votes": d.votes, "positions": [dict(p) for p in d.positions]}
                          for d in it.decisions],
            "attachments": [{"title": a.title, "number": a.number, "public": a.public,
                             **({"url": a.url} if a.url else {})} for a in it.attachments],
            "sections": [{"heading": sec.heading, "text": sec.text} for sec in it.sections],
            "intro": it.intro, "page": it.page} for it in doc.items],
        "layout": doc.layout, "pages": doc.pages, "content_hash": doc.content_hash, "date": doc.date,
        "addressed_to": doc.addressed_to, "origin": doc.origin, "confidence": doc.confidence,
        "unread_share": doc.unread_share, "ocr_pages": list(doc.ocr_pages),
        **({"partly_read": list(doc.partly_read)} if doc.partly_read else {}),
        **({"fetched_at": doc.fetched_at} if doc.fetched_at else {}),
    }


def document_from_dict(data: dict[str, Any]) -> Document:
    """Inverse of document_to_dict."""
    meeting = Meeting(**data["meeting"]) if data.get("meeting") else None
    items = []
    for it in data.get("items", []):
        items.append(AgendaItem(
            title=it["title"], number=it.get("number"), public=it.get("public", True),
            case_numbers=list(it.get("case_numbers", [])), route=list(it.get("route", [])),
            decisions=[Decision(**d) for d in it.get("decisions", [])],
            attachments=[Attachment(**a) for a in it.get("attachments", [])],
            sections=[Section(**s) for s in it.get("sections", [])],
            intro=it.get("intro", ""), page=it.get("page")))
    fields = {k: data[k] for k in ("source", "municipality", "document_type", "layout", "pages", "content_hash", "date",
                                   "addressed_to", "origin", "confidence", "unread_share", "ocr_pages",
                                   "partly_read", "fetched_at")
              if k in data}
    return Document(meeting=meeting, items=items, **fields)
