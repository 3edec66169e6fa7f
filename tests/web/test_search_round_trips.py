"""A page of search results costs a bounded number of statements, whatever the number of hits
(issue 19, session 7): on PostgreSQL every statement is a round trip, and resolving each hit to
its item used to read and decode its document per hit (~3 statements a hit: 59 for a page of 20)."""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from sagsgang.ingest import parse_path
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, run_search
from sagsgang.web.catalog import Catalog, StoreCatalog

from ..generated import demo_folder
from ..store.test_round_trips import Recorder

QUERIES = ["budget", "skole", "lokalplan", "udvalget", "godkendt"]


@pytest.fixture(scope="module")
def store(tmp_path_factory, module_db):
    folder = demo_folder(tmp_path_factory.mktemp("searchtrips"), 30)
    s = open_index(module_db())
    with s.deferred_people():
        for path in sorted(Path(folder).iterdir()):
            _, doc, _, _ = parse_path(str(path))
            s.put_document(doc, str(path))
    yield s
    s.close()


def test_a_results_page_costs_a_bounded_number_of_statements(store):
    recorder = Recorder(store.conn)
    store.conn = recorder
    try:
        search(store, QUERIES[0])  # the index opened and caught up
        shown = 0
        for q in QUERIES:
            recorder.sql.clear()
            result = search(store, q, limit=20)
            assert len(recorder.sql) <= 3, recorder.sql  # caught up? the hits' rows, the page's texts
            recorder.sql.clear()
            page = run_search(Data(StoreCatalog(store), partial(search, store)), q, {}, 20, 0)
            shown += len(page["results"])
            # the search's 3, the page's items in one query, its documents (hits on text outside items) in one
            assert len(recorder.sql) <= 5, recorder.sql
            assert len(page["results"]) == len(result["results"])
        assert shown >= 60  # pages of many hits: a statement per hit would show
    finally:
        store.conn = recorder._conn


def test_hits_resolve_to_the_items_and_documents_the_lookups_one_at_a_time_find(store):
    stored = StoreCatalog(store)
    memory = Catalog(store.documents())
    for q in QUERIES:
        rows = search(store, q, limit=50, origin=True)["results"]
        refs = [(r["origin"], r["item_number"], r["title"]) for r in rows if r["unit"] != "document"]
        origins = [r["origin"] for r in rows if r["unit"] == "document"]
        one_by_one = [(v.id, v.public) if (v := stored.find_item(*ref)) else None for ref in refs]
        assert stored.item_ids(refs) == one_by_one == memory.item_ids(refs)
        assert None not in one_by_one
        docs = [dv.id if (dv := stored.find_document(o)) else None for o in origins]
        assert stored.document_ids(origins) == docs == memory.document_ids(origins)


def test_an_ingest_holding_the_index_writer_searches_in_as_few_statements(tmp_path, module_db, monkeypatch):
    """An ingest slower than SYNC_SECONDS takes tantivy's writer lock and keeps it until the store closes;
    its searches must not pass over the queue each time (found when a loaded CI machine ran the test above)."""
    from sagsgang.search import engine

    monkeypatch.setattr(engine, "SYNC_SECONDS", 0)  # as if each document took longer than the interval
    folder = demo_folder(tmp_path / "docs", 8)
    s = open_index(module_db())
    try:
        for path in sorted(Path(folder).iterdir()):
            _, doc, _, _ = parse_path(str(path))
            s.put_document(doc, str(path))
        assert engine.index_of(s).writer is not None  # the ingest holds the writer lock
        search(s, QUERIES[0])
        recorder = Recorder(s.conn)
        s.conn = recorder
        for q in QUERIES:
            recorder.sql.clear()
            search(s, q, limit=20)
            assert len(recorder.sql) <= 3, recorder.sql
        s.conn = recorder._conn
    finally:
        s.close()
