"""The store and search behind the existing web layer: the exact API the web needs, and closed
items never leaking through search."""
from __future__ import annotations

from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.parse import parse_file
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..conftest import DOCS
from ..web.conftest import SECRET, closed_fixture


@pytest.fixture
def store(tmp_path):
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    s = open_index(str(tmp_path / "w.db"))
    names = ("000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt", "aarhus_teknisk-udvalg_2025-10-01_referat.html")
    for name in names:
        s.put_document(parse_file(DOCS / name), str(DOCS / name))
    s.put_document(closed_fixture(), "/faxe_oeu.txt")
    yield s
    s.close()


def test_web_api_methods(store):
    assert {d.source for d in store.documents()} >= {"000_49f9073853a75b98.txt", "faxe_oeu.txt"}
    assert set(store.document_modified()) == {d.content_hash for d in store.documents()}
    assert store.last_ingest() and store.data_version() == 4
    assert store.tombstones() == []
    assert store.stats()["documents"] == 4


def test_search_page_over_the_store(store):
    def load() -> Data:
        return Data(Catalog(store.documents()), partial(search, store), store.last_ingest())

    client = TestClient(create_app(load))
    page = client.get("/", params={"q": "velfærdsaftale"})
    assert page.status_code == 200 and "Indstilling til velfærdsaftale" in page.text
    assert SECRET not in client.get("/", params={"q": "hemmelig personsag øresund"}).text
    assert "Personalesag" in client.get("/", params={"q": "personalesag"}).text
    hits = search(store, "hemmelig personsag øresund", limit=100)["results"]
    assert "Personalesag" not in [h["title"] for h in hits]
