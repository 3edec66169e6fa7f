"""The web answered by the store's indexed queries (StoreCatalog, what `sagsgang serve` uses)
shows exactly what the in-memory Catalog built from the same stored documents shows: every
page, feed and API object of real corpus documents, generated minutes and a closed item."""
from __future__ import annotations

from functools import partial
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from sagsgang.commands.serve import Modified
from sagsgang.demo import generate
from sagsgang.parse import parse_file
from sagsgang.search import index_item, search
from sagsgang.store import open_store
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import UNKNOWN, Catalog, StoreCatalog, slug, stable_id

from .conftest import closed_fixture


@pytest.fixture(scope="module")
def store(tmp_path_factory, documents, module_db):
    """One store of each kind (SQLite, PostgreSQL): every test here runs over both."""
    out = tmp_path_factory.mktemp("both")
    generate(out, municipalities=2, years=1, formats=("txt",), seed=5, max_items=400)
    generated = [parse_file(p) for p in sorted((out / "docs").iterdir())]
    s = open_store(module_db(), indexer=index_item)
    for doc in documents + generated:
        s.put_document(doc, f"/data/{doc.source}")
    nameless = closed_fixture()  # a document of no known municipality
    nameless.municipality, nameless.source, nameless.content_hash = None, "ukendt.txt", "e" * 64
    s.put_document(nameless, "/data/ukendt.txt")
    yield s
    s.close()


@pytest.fixture(scope="module")
def apps(store):
    find = partial(search, store)
    last = store.last_ingest()
    memory = Catalog(store.documents())
    in_memory = TestClient(create_app(lambda: Data(memory, find, last, store.document_modified(), store.tombstones())))
    queried = TestClient(create_app(lambda: Data(StoreCatalog(store), find, last, Modified(store),
                                                 store.tombstones())))
    return memory, in_memory, queried


def paths(catalog: Catalog) -> list[str]:
    api = "/api/v1"
    out = ["/kommuner", "/?q=lokalplan", "/?q=budget&limit=50", f"{api}/search?q=skole", f"{api}/bodies",
           "/tema?q=legeplads"]
    for name in catalog.municipalities():
        body = slug(name)
        out += [f"/kommune/{quote(name)}", f"{api}/bodies/{body}", f"{api}/bodies/{body}/organizations",
                f"{api}/bodies/{body}/meetings", f"{api}/bodies/{body}/papers", f"{api}/bodies/{body}/people"]
        for committee in catalog.committees(name):  # bodies that met (a page, a feed)
            c = quote(committee, safe="")
            out += [f"/udvalg/{quote(name)}/{c}", f"/feeds/udvalg/{quote(name)}/{c}.atom"]
        out += [f"{api}/organizations/{body}--{slug(c)}" for c in catalog.organizations(name)]  # also route-only
    out += [f"/punkt/{i}" for i in catalog.items] + [f"{api}/agendaItems/{i}" for i in catalog.items]
    out += [f"/moede/{m}" for m in catalog.meetings] + [f"{api}/meetings/{m}" for m in catalog.meetings]
    out += [f"/dokument/{d}" for d in catalog.document_views]
    for key, case in catalog.cases.items():
        out += [f"/sag/{quote(key, safe='')}", f"/feeds/sag/{quote(key, safe='')}.atom",
                f"{api}/papers/{stable_id(key)}"]
        out += [f"{api}/consultations/{stable_id(key, t.committee, t.date)}" for t in case.treatments]
    for pid, person in catalog.people.items():
        out += [f"/person/{pid}", f"/feeds/person/{pid}.atom", f"{api}/people/{pid}"]
        out += [f"{api}/memberships/{pid}-{party.id}" for party in catalog.parties_of_person(person)]
    for pid, party in catalog.parties.items():
        muni = slug(UNKNOWN if party.municipality.startswith("ukendt: ") else party.municipality)
        out += [f"/parti/{pid}", f"/feeds/parti/{pid}.atom", f"{api}/organizations/{muni}--parti-{slug(party.code)}"]
    return out + GONE


GONE = ["/punkt/0000", "/moede/0000", "/api/v1/papers/0000", "/api/v1/consultations/0000",
        "/kommune/Ukendtx", "/api/v1/organizations/x--y", "/person/0000", "/parti/0000", "/feeds/person/0000.atom",
        "/feeds/parti/0000.atom", "/api/v1/people/0000", "/api/v1/memberships/0000-0000",
        "/api/v1/organizations/ukendt--parti-zz"]


def test_every_page_and_api_object_is_the_same_from_queries_as_from_memory(apps):
    memory, in_memory, queried = apps
    urls = paths(memory)
    assert len(memory.items) > 300 and len(memory.cases) > 100 and UNKNOWN in memory.municipalities()
    assert len(memory.people) > 20 and len(memory.parties) > 5  # people and party pages are compared too
    for url in urls:
        a, b = in_memory.get(url), queried.get(url)
        assert (url, b.status_code, b.text) == (url, a.status_code, a.text)
    assert [u for u in urls if in_memory.get(u).status_code != 200] == GONE  # the rest are real objects


def test_people_party_and_municipality_pages_never_read_every_document(store, apps, monkeypatch):
    """Serve answers them from the people tables: reading all documents (what the registry was
    built from before issue 19) fails the test."""
    memory = apps[0]
    monkeypatch.setattr(store, "documents", lambda: pytest.fail("a page read every stored document"))
    find = partial(search, store)
    client = TestClient(create_app(lambda: Data(StoreCatalog(store), find, store.last_ingest(), Modified(store),
                                                store.tombstones())))
    person = next(p for p in memory.people.values() if memory.parties_of_person(p))
    party = memory.parties_of_person(person)[0]
    name = next(n for n in memory.municipalities() if n != UNKNOWN)
    for url in (f"/person/{person.id}", f"/parti/{party.id}", f"/kommune/{quote(name)}",
                f"/api/v1/people/{person.id}", f"/api/v1/bodies/{slug(name)}/people"):
        assert client.get(url).status_code == 200, url
    assert f'href="/parti/{party.id}"' in client.get(f"/person/{person.id}").text
