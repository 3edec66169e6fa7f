"""The Store interface: what ingest, search and the web need from a database.

SQLite implements it now (sqlite.py); a PostgreSQL backend can implement the same Protocol later
without any caller changing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

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
    def put_document(self, doc: Document, path: str | None = None) -> IngestOutcome:
        """Store one parsed document in ONE transaction (idempotent by content hash)."""

    def owns(self, path: str) -> bool:
        """True when `path` is one of the store's own files (never to be ingested as a document)."""

    def documents(self) -> list[Document]:
        """Every stored document, rebuilt from the stored parse result."""

    def document_modified(self) -> dict[str, str]:
        """source name -> ISO time it was last (re)ingested."""

    def tombstones(self) -> list[dict[str, Any]]:
        """Objects removed by replacing a document: {"id", "type", "deleted": True, "modified"}."""

    def last_ingest(self) -> str | None:
        """ISO time of the latest committed document, or None for an empty store."""

    def data_version(self) -> int:
        """A number that changes whenever a document was committed (for cache invalidation)."""

    def stats(self) -> dict[str, Any]:
        """Counts: documents, items, decisions, attachments, tombstones, municipalities."""

    def close(self) -> None:
        ...
