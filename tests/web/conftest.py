"""A web app over real corpus documents plus one synthetic closed item carrying secret text; and a site of two pages
ingested from text (`two_pages`: one without items, one read whole)."""
from __future__ import annotations

from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.demo import generate
from sagsgang.ingest import ingest
from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section
from sagsgang.parse import parse_file
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..conftest import DOCS
from ..search.test_completeness import MINUTES, NO_ITEMS
from ..site import cli

SECRET = "HEMMELIG-PERSONSAG-ØRESUND"
NAMES = ["000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt", "003_356bb92c41c6d0b8.txt",
         "004_aa3e7e1ea5d949e8.txt", "aarhus_agenda_example.html", "aarhus_teknisk-udvalg_2025-10-01_referat.html"]


def closed_fixture() -> Document:
    """A closed item whose body text must never appear anywhere public (the parser would never keep
    it; the web must not show it even if a store did)."""
    item = AgendaItem(title="Personalesag", number="9", public=False, case_numbers=["24-009999"],
                      sections=[Section("Sagsfremstilling", SECRET)], intro=SECRET,
                      decisions=[Decision("Økonomiudvalget", "2024-05-02", SECRET)])
    open_item = AgendaItem(title="Skolestruktur <script>alert(1)</script>", number="1", case_numbers=["24-000001"],
                           sections=[Section("Sagsfremstilling", "Borger med CPR 010203-1234 klagede.")],
                           decisions=[Decision("Økonomiudvalget", "2024-05-02", "Godkendt.")])
    return Document(source="faxe_oeu.txt", municipality="Faxe", document_type="referat", content_hash="f" * 64,
                    meeting=Meeting(committee="Økonomiudvalget", date="2024-05-02", start_time="17:00"),
                    items=[open_item, item])


@pytest.fixture(scope="session")
def documents():
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    return [parse_file(DOCS / n) for n in NAMES] + [closed_fixture()]


@pytest.fixture(scope="session")
def catalog(documents):
    return Catalog(documents)


@pytest.fixture
def client(catalog):
    def no_search(*args, **kwargs):
        return {"total": 0, "results": [], "facets": {}}
    return TestClient(create_app(lambda: Data(catalog, no_search, "2026-11-23T08:00:00+01:00")))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """A database of generated minutes (`sagsgang.demo.generate`, a year of one municipality, text and
    HTML) ingested through the CLI: a whole site without the shared corpus."""
    out = tmp_path_factory.mktemp("demo")
    generate(out, municipalities=1, years=1, formats=("txt", "html"))
    db = str(out / "demo.db")
    assert cli("ingest", str(out / "docs"), "--db", db, "--jobs", "1")[0] == 0
    return db


@pytest.fixture
def two_pages(tmp_path):
    """A site over two ingested pages: one with no items (its words outside items), one read whole; and their folder."""
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
