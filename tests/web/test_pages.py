"""HTTP tests for the pages, feeds and API objects (search routes: see test_search_web.py)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote

from openapi_spec_validator import validate

from .conftest import SECRET


def test_item_page_shows_sections_decision_and_source(client, catalog):
    view = next(v for v in catalog.items.values() if v.document.source == "001_af3f98d7004bd649.txt")
    r = client.get(f"/punkt/{view.id}")
    assert r.status_code == 200 and 'lang="da"' in r.text
    assert "Indstilling til velfærdsaftale" in r.text and "Børne- og ungdomsudvalget" in r.text
    assert "Fraværende: Stinne Thorsen Kvorning (I)" in r.text and "001_af3f98d7004bd649.txt" in r.text
    assert f"/sag/{quote(view.case_key, safe='')}" in r.text


def test_closed_item_is_a_placeholder(client, catalog):
    view = next(v for v in catalog.items.values() if v.title == "Personalesag")
    r = client.get(f"/punkt/{view.id}")
    assert r.status_code == 200 and "Lukket punkt" in r.text and "24-009999" in r.text
    assert SECRET not in r.text


def test_script_renders_inert_and_cpr_is_masked(client, catalog):
    view = next(v for v in catalog.items.values() if v.number == "1" and v.document.source == "faxe_oeu.txt")
    r = client.get(f"/punkt/{view.id}")
    assert "<script>alert(1)</script>" not in r.text and "&lt;script&gt;" in r.text
    assert "010203-1234" not in r.text and "xxxxxx-xxxx" in r.text


def test_case_page_has_timeline_route_and_feed(client):
    r = client.get("/sag/" + quote("norddjurs|22/8164", safe=""))
    assert r.status_code == 200
    assert "Arbejdsmarkedsudvalget" in r.text and "Børne- og ungdomsudvalget" in r.text
    assert "næste: ØK ifølge sagsgangen" in r.text and 'type="application/atom+xml"' in r.text


def test_meeting_municipality_and_committee_pages(client, catalog):
    meeting = next(m for m in catalog.meetings.values() if m.committee == "Teknisk Udvalg")
    r = client.get(f"/moede/{meeting.id}")
    assert r.status_code == 200 and "Udviklingsplan Aarhus Ø - endelig vedtagelse" in r.text
    r = client.get("/kommune/Aarhus")
    assert r.status_code == 200 and "Teknisk Udvalg" in r.text and "Senest indlæst" in r.text
    r = client.get("/udvalg/Aarhus/Teknisk Udvalg")
    assert r.status_code == 200 and "1. oktober 2025" in r.text
    assert client.get("/kommuner").status_code == 200


def test_unknown_things_are_404(client):
    for path in ("/punkt/nope", "/sag/x%7Cy", "/moede/nope", "/kommune/Atlantis", "/udvalg/Aarhus/Nope",
                 "/api/v1/agendaItems/nope", "/api/v1/bodies/atlantis", "/feeds/sag/nope.atom"):
        assert client.get(path).status_code == 404, path


def test_case_feed_has_typed_events(client):
    r = client.get("/feeds/sag/" + quote("aarhus|EMN-2025-009242", safe="") + ".atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    terms = {c.get("term") for c in root.findall("a:entry/a:category", ns)}
    assert {"dagsordensat", "afgjort", "sendt videre med anbefaling", "nyt bilag"} <= terms


def test_committee_feed(client):
    r = client.get("/feeds/udvalg/Aarhus/Teknisk Udvalg.atom")
    root = ET.fromstring(r.content)
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 6


def test_api_objects_and_pagination(client):
    system = client.get("/api/v1/system").json()
    assert system["type"].endswith("System")
    bodies = client.get("/api/v1/bodies").json()
    names = {b["shortName"] for b in bodies["data"]}
    assert {"Aarhus", "Norddjurs", "København", "Faxe"} <= names
    meetings = client.get("/api/v1/bodies/aarhus/meetings?limit=1").json()
    assert meetings["pagination"]["totalElements"] == 2 and "next" in meetings["links"]
    meeting = meetings["data"][0]
    assert meeting["type"].endswith("Meeting") and meeting["start"].endswith("+02:00")  # Europe/Copenhagen, summer
    item = client.get(meeting["agendaItem"][0]["id"].replace("http://testserver", "")).json()
    assert item["type"].endswith("AgendaItem")
    papers = client.get("/api/v1/bodies/norddjurs/papers").json()["data"]
    (paper,) = papers
    assert paper["reference"] == "22/8164" and len(paper["consultation"]) == 2
    orgs = client.get("/api/v1/bodies/aarhus/organizations").json()["data"]
    assert {o["name"] for o in orgs if o["meeting"]} == {"Aarhus Byråd", "Teknisk Udvalg"}
    # committees only a case's route names are organizations too (consultations link to them)
    assert {o["name"] for o in orgs if not o["meeting"]} == {"Magistraten", "Kulturudvalget"}
    assert client.get(orgs[0]["id"]).status_code == 200
    people = client.get("/api/v1/bodies/ukendt/people").json()["data"]
    assert "Michael Gravesen" in {p["name"] for p in people}


def test_api_closed_item_has_name_and_number_only(client, catalog):
    view = next(v for v in catalog.items.values() if v.title == "Personalesag")
    obj = client.get(f"/api/v1/agendaItems/{view.id}").json()
    assert obj["public"] is False and obj["name"] == "Personalesag" and obj["number"] == "9"
    assert "resolutionText" not in obj and SECRET not in str(obj)


def test_api_file_objects(client, catalog):
    view = next(v for v in catalog.items.values() if v.document.source == "000_49f9073853a75b98.txt")
    obj = client.get(f"/api/v1/files/{view.id}-0").json()
    assert obj["type"].endswith("File") and obj["name"].startswith("Adm. tilkendegivelse")


def test_openapi_document_validates(client):
    doc = client.get("/api/v1/openapi.json").json()
    validate(doc)
    assert "/agendaItems/{item_id}" in doc["paths"] and "/search" in doc["paths"]
