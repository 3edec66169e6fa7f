"""Search: Danish analysis (analyzer.py) over an SQLite FTS5 index (engine.py).

    open_index(path) -> store        a store that can ingest: its FTS rows are built here
    search(store, query, **filters)  the shape of shared/spec/search-output.md
    rebuild_index(store)             recreate the FTS rows from the stored records
"""
from __future__ import annotations

from ..model import AgendaItem, Document
from ..store import SQLiteStore, open_store
from .engine import index_row, item_context, rebuild_index, search

__all__ = ["index_item", "open_index", "rebuild_index", "search"]


def index_item(doc: Document, item: AgendaItem, analyzer: str) -> tuple[str, str, str]:
    """The FTS5 row of one item, as the store writes it in the document's transaction."""
    return index_row(item, analyzer, item_context(doc))


def open_index(path: str | None = None) -> SQLiteStore:
    """The store with this layer's indexer: what ingest writes into and search reads. An index a
    schema migration emptied (index_stale) is rebuilt here, the only place that can compute it."""
    store = open_store(path, indexer=index_item)
    if store.get_meta("index_stale"):
        rebuild_index(store)
    return store
