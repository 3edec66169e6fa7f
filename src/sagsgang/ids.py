"""Public object ids, in one place: the store's tombstones and the web catalog name objects alike.

A document is identified by where it came from (`Document.origin`: the path or URL it was
ingested from) and falls back to its file name only when no origin is known; two different
`referat.pdf` never share item ids. A meeting is (municipality, body, date) — but only when the
municipality is known: a meeting of an unknown municipality belongs to its document alone, so
documents of different municipalities never merge into one meeting.
"""
from __future__ import annotations

import hashlib

from .model import AgendaItem, Document


def stable_id(*parts: str | None) -> str:
    """A short, stable hash of the parts (None and '' hash alike)."""
    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:16]


def document_key(doc: Document) -> str:
    """Where the document came from (path or URL), else its file name (documents built in memory)."""
    return doc.origin or doc.source


def item_id(doc: Document, position: int, item: AgendaItem) -> str:
    """An item is (its document's origin, its number or position): stable across re-ingest."""
    return stable_id(document_key(doc), item.number or f"#{position}")


def meeting_id(doc: Document) -> str | None:
    """The meeting a document belongs to, or None when it names neither body nor date."""
    m = doc.meeting
    if m is None or not (m.date or m.committee):
        return None
    if doc.municipality:
        return stable_id(doc.municipality, m.committee, m.date)
    return stable_id("", "document", document_key(doc), m.committee, m.date)
