"""The Store interface: what ingest, search and the web need from a database.

SQLite implements it (sqlite.py); PostgreSQL runs the same implementation through a SQL
translating connection (postgres.py, pgconn.py, dialect.py), so no caller knows which it has.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from ..link.cases import Case
from ..model import Document

AGENDA_ITEM_TYPE = "https://schema.oparl.org/1.1/AgendaItem"
MEETING_TYPE = "https://schema.oparl.org/1.1/Meeting"


@dataclass
class IngestOutcome:
    """What storing one document did: 'new', 'unchanged' or 'replaced'."""

    status: str
    document_id: int
    items: int = 0


class Store(Protocol):
    def put_document(self, doc: Document, path: str | None = None,
                     options: dict[str, Any] | None = None) -> IngestOutcome:
        """Store one parsed document in ONE transaction, CPR numbers masked. Identity: its source
        (path or URL) + content + ingest options; the same again is 'unchanged'."""

    def is_stored(self, content_hash: str, options: dict[str, Any] | None = None) -> bool:
        """True when these bytes are stored with these ingest options."""

    def owns(self, path: str) -> bool:
        """True when `path` is one of the store's own files (never to be ingested as a document)."""

    def documents(self) -> list[Document]:
        """Every stored document, rebuilt from the stored parse result."""

    def cases_by_number(self, number: str, municipality: str | None = None) -> list[Case]:
        """The linked cases a printed case number names (any printed form), by case key; only one
        municipality's when given. Answered from the cases linked at ingest (an index lookup)."""

    def case(self, key: str) -> Case | None:
        """The linked case with this case key."""

    def cases_of_items(self, refs: Iterable[tuple[str, str | None, str]]) -> list[Case]:
        """The linked cases of the items named by (document source, item number, title), by key."""

    # -- the public view, one object at a time (what StoreCatalog asks; store/views.py) --------
    def document_at(self, doc_id: int) -> Document:
        """The stored document with this row id, as documents() rebuilds it."""

    def item_location(self, uid: str) -> tuple[int, int, str | None] | None:
        """(document row id, position, case key) of the agenda item with this public id."""

    def document_ids(self, *, uid: str | None = None, origin: str | None = None, meeting: str | None = None,
                     municipality: str | None = None, unknown_municipality: bool = False) -> list[int]:
        """Row ids of the documents with this public id, origin, meeting id or municipality, in
        catalog order (municipality, source)."""

    def items_of_documents(self, doc_ids: list[int]) -> list[tuple[int, int, str | None]]:
        """(document row id, position, case key) of these documents' agenda items, in order."""

    def items_of_case(self, key: str) -> list[tuple[int, int, str | None]]:
        """(document row id, position, case key) of a linked case's items, in catalog order."""

    def municipality_counts(self) -> dict[str | None, int]:
        """Documents per municipality (None: naming none)."""

    def meetings(self, *, uid: str | None = None, municipality: str | None = None,
                 unknown_municipality: bool = False) -> list[dict[str, Any]]:
        """One meeting by public id, or a municipality's meetings, with their documents and item ids."""

    def meeting_dates(self, municipality: str | None) -> list[tuple[str | None, str | None]]:
        """(body, date) of each of a municipality's meetings."""

    def case_committees(self, municipality: str | None) -> list[str | None]:
        """The bodies the treatments of a municipality's cases name."""

    def case_keys(self, municipality: str | None) -> list[str]:
        """A municipality's case keys, sorted."""

    def case_key_of_uid(self, uid: str) -> str | None:
        """The case key with this public (Paper) id."""

    def consultation_case(self, uid: str) -> str | None:
        """The key of the case one of whose treatments has this public (Consultation) id."""

    def document_hashes(self, municipality: str | None) -> list[str]:
        """Content hashes of a municipality's documents."""

    def latest_ingest(self, hashes: list[str]) -> str | None:
        """When the newest of these documents was last (re)ingested."""

    def ingested_at(self, content_hash: str) -> str | None:
        """When this document was last (re)ingested."""

    def document_modified(self) -> dict[str, str]:
        """content hash -> ISO time the document was last (re)ingested."""

    def tombstones(self) -> list[dict[str, Any]]:
        """Objects removed by replacing a document: {"id", "type", "deleted": True, "modified", "municipality"}."""

    def last_ingest(self) -> str | None:
        """ISO time of the latest committed document, or None for an empty store."""

    def data_version(self) -> int:
        """A number that changes whenever a document was committed (for cache invalidation)."""

    def stats(self) -> dict[str, Any]:
        """Counts: documents, items, decisions, attachments, tombstones, municipalities."""

    def close(self) -> None:
        ...
