"""Search: Danish analysis (analyzer.py) over a tantivy index (index.py, engine.py).

    open_index(path) -> store        a store that can ingest: its index rows are computed here
    open_writer(path) -> store       the same, without a local index (queue workers)
    search(store, query, **filters)  the shape of shared/spec/search-output.md
    rebuild_index(store)             recreate the index from the stored records
    unfindable(store, source, words) the words whose search would not find that document
"""
from __future__ import annotations

from ..model import AgendaItem, Document
from ..store import SQLiteStore, open_store
from .engine import (
    after_commit,
    index_of,
    index_row,
    indexed_ids,
    item_context,
    on_close,
    rebuild_index,
    search,
    unfindable,
)

__all__ = ["index_item", "indexed_ids", "open_index", "open_writer", "rebuild_index", "search", "unfindable"]


def index_item(doc: Document, item: AgendaItem, analyzer: str) -> tuple[str, str, str]:
    """The analysed strings of one item, queued by the store in the document's transaction."""
    return index_row(item, analyzer, item_context(doc))


def open_index(path: str | None = None) -> SQLiteStore:
    """The store with this layer's indexer and hooks: what ingest writes into and search reads.
    The index is opened (built, or brought up to date) here, before the first document."""
    store = open_store(path, indexer=index_item, on_commit=after_commit, on_close=on_close)
    index_of(store).sync(store.conn)  # a writer applies a queue left by an interrupted ingest at once
    return store


def open_writer(path: str | None = None) -> SQLiteStore:
    """A store that can ingest but keeps no search index of its own: what a queue worker writes
    into. Its documents reach every index through the store's change log (changelog.py), applied
    by the search nodes themselves, so a worker machine needs no index folder."""
    return open_store(path, indexer=index_item)
