"""Positions on item pages, person and party pages, and OParl Person/Membership objects, over real
minutes (Aarhus Teknisk Udvalg, Dragør Økonomiudvalget). Expected names and stances are read by hand
from the documents."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from starlette.testclient import TestClient

from sagsgang.parse import parse_file
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..conftest import CORPUS, DOCS
from ..reliability.crawl import crawl_status

API = "/api/v1"
ATOM = "http://www.w3.org/2005/Atom"


@pytest.fixture(scope="module")
def people_catalog():
    paths = [DOCS / "aarhus_teknisk-udvalg_2025-10-01_referat.html", CORPUS / "extra" / "docs" / "x0254.txt"]
    if not all(p.exists() for p in paths):
        pytest.skip("shared corpus not available")
    return Catalog([parse_file(p) for p in paths])


@pytest.fixture
def web(people_catalog):
    def no_search(*args, **kwargs):
        return {"total": 0, "results": [], "facets": {}}
    return TestClient(create_app(lambda: Data(people_catalog, no_search, "2026-11-23T08:00:00+01:00")))


def test_item_page_shows_each_position_linked_to_the_person(web, people_catalog):
    view = next(v for v in people_catalog.items.values()
                if any(p["who"] == "Solveig Munk" for d in v.decisions for p in d.positions))
    page = web.get(f"/punkt/{view.id}").text
    solveig = next(p for p in people_catalog.people.values() if p.name == "Solveig Munk")
    assert f'<a href="/person/{solveig.id}">Solveig Munk</a>: imod' in page
    assert "Jakob Søgaard Clausen</a>: tog forbehold" in page


def test_person_page_lists_positions_with_links_to_the_decisions(web, people_catalog):
    jesper = next(p for p in people_catalog.people.values() if p.name == "Jesper Kjeldsen")
    page = web.get(f"/person/{jesper.id}").text
    assert "<h1>Jesper Kjeldsen</h1>" in page and "Teknisk Udvalg" in page and ">for<" in page
    assert all(f"/punkt/{r.item_id}" in page for r in jesper.positions)
    assert web.get("/person/ingen-saadan").status_code == 404


def test_party_page_and_a_members_meetings(web, people_catalog):
    party_a = next(p for p in people_catalog.parties.values() if p.code == "A" and p.municipality.startswith("ukendt"))
    page = web.get(f"/parti/{party_a.id}").text
    assert "<h1>Socialdemokratiet (A)</h1>" in page
    assert "Nicolaj Bertel Riber" in page and "Ole Hansen" in page  # "Medlemmer: … (A), Ole Hansen (A)"
    ole = next(p for p in people_catalog.people.values() if p.name == "Ole Hansen")
    person = web.get(f"/person/{ole.id}").text
    assert "Deltog i 1 møde" in person and f'href="/parti/{party_a.id}"' in person


def test_api_people_have_memberships_and_every_link_resolves(web, people_catalog):
    people = web.get(f"{API}/bodies/ukendt/people?limit=100").json()["data"]
    ole = next(p for p in people if p["name"] == "Ole Hansen")
    assert ole["type"].endswith("Person") and len(ole["membership"]) == 1
    m = ole["membership"][0]
    assert m["type"].endswith("Membership") and m["person"] == ole["id"]
    org = web.get(m["organization"].replace("http://testserver", "")).json()
    assert org["name"] == "Socialdemokratiet" and org["classification"] == "Parti"
    status, found_on = crawl_status(web, [API, f"{API}/bodies"])
    dead = {t: (s, found_on[t]) for t, s in status.items() if s != 200}
    assert any("/memberships/" in t for t in status) and any("/people/" in t for t in status)
    assert not dead, json.dumps(list(dead.items())[:5])


def test_api_agenda_item_carries_the_decisions_positions(web, people_catalog):
    view = next(v for v in people_catalog.items.values()
                if any(p["who"] == "Solveig Munk" for d in v.decisions for p in d.positions))
    obj = web.get(f"{API}/agendaItems/{view.id}").json()
    (decision,) = [d for d in obj["sagsgang:decisions"] if {"who": "Solveig Munk", "stance": "imod"} in d["positions"]]
    assert decision["organization"] == "Teknisk Udvalg" and decision["unanimous"] is False and decision["votes"] is None
    assert {"who": "Jesper Kjeldsen", "stance": "for"} in decision["positions"]


def test_a_persons_positions_feed(web, people_catalog):
    solveig = next(p for p in people_catalog.people.values() if p.name == "Solveig Munk")
    page = web.get(f"/person/{solveig.id}").text
    assert f'href="/feeds/person/{solveig.id}.atom"' in page
    r = web.get(f"/feeds/person/{solveig.id}.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    titles = [e.findtext(f"{{{ATOM}}}title") for e in root.findall(f"{{{ATOM}}}entry")]
    assert titles and all(t.startswith("Solveig Munk: imod") for t in titles)
    party = next(p for p in people_catalog.parties.values() if p.name == "Liberal Alliance")
    assert web.get(f"/feeds/parti/{party.id}.atom").status_code == 200
    assert web.get("/feeds/person/ingen.atom").status_code == 404
