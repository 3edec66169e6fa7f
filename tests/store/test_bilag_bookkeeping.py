"""What the store keeps beside a bilag's link (store/bilag.py): the ingest options it was stored
with, its pages in the search index (their context words, its title on page 1 only, a closed
item's pages out of the index itself, the same after a rebuild), a failed write rolled back, and
the bilag key index kept up to date instead of rebuilt for every file (but rebuilt when another
connection wrote). Small hand-made documents (tests/store/test_bilag_arrival.py's); expected
values written by hand."""
from __future__ import annotations

import pytest

from sagsgang.search import indexed_ids, open_writer, rebuild_index, search
from sagsgang.store import bilag as store_bilag
from sagsgang.store import bilag_index
from sagsgang.store.base import IngestOutcome

from .test_bilag_arrival import bilag_file, minutes, only, roads, schools


def page_ids(store, bilag_id: int) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT id FROM items WHERE document_id=? AND unit='bilag' "
                                             "ORDER BY position", (bilag_id,))]


def test_a_bilag_is_stored_with_its_ingest_options(store):
    """The options an ingest read the file with are part of what was stored (like a document's):
    the ingest's pre-check skips the same bytes with the same options, other options (OCR) read
    them again. A bilag adds no agenda items to the count."""
    bf = bilag_file("/m/Tidsplan.pdf")
    first = store.put_bilag_file(bf, options={"municipality": "Testby"})
    assert first == IngestOutcome("new", first.document_id, 0)
    assert store.is_stored(bf.content_hash, {"municipality": "Testby"})
    assert not store.is_stored(bf.content_hash, {"municipality": "Testby", "ocr": True})
    assert store.put_bilag_file(bf, options={"municipality": "Testby"}) == IngestOutcome("unchanged",
                                                                                         first.document_id, 0)
    again = store.put_bilag_file(bf, options={"municipality": "Testby", "ocr": True})
    assert (again.status, len(store.bilag_list())) == ("replaced", 1)


def test_a_bilag_page_is_found_by_its_items_committee_and_municipality(store):
    """Like an item, a linked bilag page is indexed with its item's municipality and committee, so
    a search naming them finds it (and prefers it over pages of other councils)."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    bid = store.put_bilag_file(bilag_file("/m/Tidsplan.pdf")).document_id
    for word in ("Børneudvalget", "Testby"):
        hits = search(store, word)["results"]
        assert sorted((h["unit"], h["item_number"]) for h in hits) == [("bilag", "2"), ("item", "1"), ("item", "2")]
    assert [h["bilag"]["id"] for h in search(store, "Børneudvalget")["results"] if h["unit"] == "bilag"] == [bid]


def test_a_bilag_title_not_printed_in_it_finds_its_first_page_once(store):
    """The title a bilag was given (not in its text) is searchable, on page 1 only: one result."""
    bf = bilag_file("/x/Pjece.pdf", "Eleverne flytter i august.")
    bf.title, bf.pages = "Pjece", ["Eleverne flytter i august.", "Lærerne følger med."]
    bid = store.put_bilag_file(bf).document_id
    (hit,) = search(store, "Pjece")["results"]
    assert (hit["unit"], hit["page"], hit["bilag"]["id"], hit["bilag"]["title"]) == ("bilag", 1, bid, "Pjece")


def test_a_closed_items_bilag_pages_leave_the_index_itself_and_stay_out_after_a_rebuild(store):
    """Not only filtered from results: the closed item's bilag text must not be in the index files
    at all (they lie on disk beside the public ones); rebuilding the index from the store keeps it
    out and puts the other bilag's pages back as they were."""
    tidsplan = store.put_bilag_file(bilag_file("/m/Tidsplan.pdf")).document_id
    weather = store.put_bilag_file(bilag_file("/x/Vejrapport.pdf", "Vejrapport\n\nRegnen faldt tæt i marts."))
    assert set(page_ids(store, tidsplan)) <= set(indexed_ids(store))
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools(public=False)]))
    assert only_item_public(store, tidsplan) is False
    indexed = set(indexed_ids(store))
    assert not set(page_ids(store, tidsplan)) & indexed
    assert set(page_ids(store, weather.document_id)) <= indexed
    rebuild_index(store)
    assert set(indexed_ids(store)) == indexed
    (hit,) = search(store, "Regnen faldt")["results"]
    assert (hit["unit"], hit["title"], hit["bilag"]["id"]) == ("bilag", "Vejrapport", weather.document_id)
    assert search(store, "Nordskolen")["total"] == 0


def only_item_public(store, bilag_id: int) -> bool | None:
    (b,) = [b for b in store.bilag_list() if b["id"] == bilag_id]
    return b["item_public"]


def test_a_failed_bilag_write_is_rolled_back_and_the_store_goes_on(store, monkeypatch):
    """The indexer fails while a bilag is stored: the caller gets that error (not another one from
    a failed rollback), nothing of the bilag is kept, and the next attempt stores and links it."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))

    def broken(*args):
        raise RuntimeError("indexer broke")

    working = store.indexer
    monkeypatch.setattr(store, "indexer", broken)
    with pytest.raises(RuntimeError, match="^indexer broke$"):
        store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert store.bilag_list() == []
    assert store.conn.execute("SELECT COUNT(*) FROM documents WHERE document_type='bilag'").fetchone() == (0,)
    monkeypatch.setattr(store, "indexer", working)
    assert store.put_bilag_file(bilag_file("/m/Tidsplan.pdf")).status == "new"
    assert only(store)["item_number"] == "2"


def test_a_failed_link_at_the_end_of_an_ingest_leaves_the_bilag_marked_for_the_next(store, monkeypatch):
    """Linking the marked bilag when an ingest ends fails: that error reaches the caller, the
    bilag stays marked (not linked, not lost), and the next ingest's end links it."""
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    decide = store_bilag._decide

    def broken(*args):
        raise RuntimeError("linking broke")

    monkeypatch.setattr(store_bilag, "_decide", broken)
    with pytest.raises(RuntimeError, match="^linking broke$"):
        with store.deferred_bilag_links():
            store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    assert store.conn.execute("SELECT COUNT(*) FROM bilag_files WHERE linked_at IS NULL").fetchone() == (1,)
    monkeypatch.setattr(store_bilag, "_decide", decide)
    with store.deferred_bilag_links():
        pass
    b = only(store)
    assert (b["item_number"], b["method"]) == ("2", "bilagsliste")


def test_the_bilag_key_index_is_built_once_and_then_kept_up_to_date(store, monkeypatch):
    """Building the key index reads every stored item: done for every file, a national ingest
    would read the whole store once per file. Built at the first bilag, then kept up to date by
    every writer (a bilag, minutes, the end of an ingest), and still right: each bilag below is
    linked by the index alone."""
    builds = []
    build = bilag_index.build

    def counted(*args):
        builds.append(1)
        return build(*args)

    monkeypatch.setattr(bilag_index, "build", counted)
    store.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    assert builds == []  # no bilag yet: no index
    store.put_bilag_file(bilag_file("/m/Tidsplan.pdf"))
    store.put_document(minutes("/n/referat-6.pdf", "a", [schools("3", listed="Høringssvar")], date="2024-06-13"))
    store.put_bilag_file(bilag_file("/n/Høringssvar.pdf", "Høringssvar\n\nVi er imod planen."))
    with store.deferred_bilag_links():
        store.put_bilag_file(bilag_file("/p/Budget.pdf", "Budget\n\nUdgifterne stiger."))
        store.put_document(minutes("/p/referat-7.pdf", "a", [schools("5", listed="Budget")], date="2024-08-15"))
    store.put_document(minutes("/q/referat-8.pdf", "a", [roads("9")], date="2024-09-12"))
    assert builds == [1]
    assert {b["file"]: (b["item_origin"], b["item_number"]) for b in store.bilag_list()} == {
        "Tidsplan.pdf": ("/m/referat-5.pdf", "2"), "Høringssvar.pdf": ("/n/referat-6.pdf", "3"),
        "Budget.pdf": ("/p/referat-7.pdf", "5")}


def test_a_bilag_is_linked_against_what_another_connection_stored_since(store, tmp_path):
    """A queue worker (another connection) stores minutes while this store is open and has its
    key index: this store's next bilag must see those minutes' items (the index is rebuilt when
    the data version says another writer was here), not link against what it knew before."""
    store.put_bilag_file(bilag_file("/x/Vejrapport.pdf", "Vejrapport\n\nRegnen faldt tæt i marts."))
    worker = open_writer(str(tmp_path / "b.db"))
    try:
        worker.put_document(minutes("/m/referat-5.pdf", "a", [roads(), schools()]))
    finally:
        worker.close()
    bid = store.put_bilag_file(bilag_file("/m/Tidsplan.pdf")).document_id
    (b,) = [b for b in store.bilag_list() if b["id"] == bid]
    assert (b["item_origin"], b["item_number"], b["method"]) == ("/m/referat-5.pdf", "2", "bilagsliste")
