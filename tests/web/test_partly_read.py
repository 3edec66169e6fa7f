"""A page the parser read only in part says so where users meet it: the document page names why (in Danish, the
reasons `sagsgang parse` prints) and how sure the reading is, and the API's items carry the same beside their source.
Kept with the stored document, so the web never loads the parser to work it out again."""
from __future__ import annotations

from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.ingest import ingest
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog, stable_id

from ..search.test_completeness import MINUTES, NO_ITEMS


@pytest.fixture
def site(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ingen-punkter.txt").write_text(NO_ITEMS, encoding="utf-8")
    (docs / "referat.txt").write_text(MINUTES, encoding="utf-8")
    store = open_index(str(tmp_path / "w.db"))
    ingest(store, [str(docs)])
    data = Data(Catalog(store.documents()), partial(search, store), store.last_ingest(), store.document_modified(),
                store.tombstones())
    yield TestClient(create_app(lambda: data)), docs
    store.close()


def page_of(client: TestClient, docs, name: str) -> str:
    r = client.get(f"/dokument/{stable_id('document', str(docs / name))}")
    assert r.status_code == 200
    return r.text


def test_a_page_without_items_says_it_was_only_partly_read(site):
    client, docs = site
    page = page_of(client, docs, "ingen-punkter.txt")
    assert "Delvist læst: ingen punkter fundet" in page
    assert "<dt>Læsning</dt><dd>sikkerhed 0," in page  # a Danish decimal comma


def test_a_page_read_whole_carries_no_warning_but_its_confidence(site):
    client, docs = site
    page = page_of(client, docs, "referat.txt")
    assert "Delvist læst" not in page
    assert "<dt>Læsning</dt><dd>sikkerhed " in page and "% af teksten i intet felt" in page


def test_the_api_gives_each_item_the_reading_of_its_document(site):
    client, _ = site
    item, = client.get("/api/v1/search?q=rollatorer").json()["results"]
    obj = client.get(item["agendaItem"]).json()
    source = obj["sagsgang:source"]
    assert 0 < source["confidence"] <= 1 and source["partlyRead"] == []
