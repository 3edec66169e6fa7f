"""Hits on document text outside items, in the web UI, the API and the Atom feed: shown as hits on
the document, marked "ikke opdelt i punkter", linking a document page (inline documents, never skipped)."""
from __future__ import annotations

import pytest

from sagsgang.web.catalog import stable_id


@pytest.fixture
def client(two_pages):
    return two_pages


def doc_id(docs, name: str) -> str:
    """The catalog id of a document: from its origin, the path it was ingested from."""
    return stable_id("document", str(docs / name))


def test_search_page_marks_a_document_hit_and_links_its_page(client):
    client, docs = client
    r = client.get("/?q=trykkeri")
    page_id = doc_id(docs, "ingen-punkter.txt")
    assert "1 resultat for" in r.text and "ikke opdelt i punkter" in r.text
    assert f'href="/dokument/{page_id}"' in r.text and "<mark>trykkeri</mark>" in r.text
    page = client.get(f"/dokument/{page_id}")
    assert page.status_code == 200 and "ingen-punkter.txt" in page.text and "ikke opdelt i punkter" in page.text
    assert client.get("/dokument/nope").status_code == 404
    item_hit = client.get("/?q=rollatorer")  # an item's word: an item hit, unmarked
    assert "ikke opdelt i punkter" not in item_hit.text and 'href="/punkt/' in item_hit.text


def test_api_and_feed_mark_a_document_hit(client):
    client, docs = client
    body = client.get("/api/v1/search?q=Pjaltenborg").json()  # the meeting header of minutes with items
    hit, = body["results"]
    assert (hit["agendaItem"], hit["unit"], hit["sagsgang:note"]) == (None, "document", "ikke opdelt i punkter")
    assert hit["web"].endswith("/dokument/" + doc_id(docs, "referat.txt"))
    item, = client.get("/api/v1/search?q=rollatorer").json()["results"]
    assert item["unit"] == "item" and "/agendaItems/" in item["agendaItem"] and "sagsgang:note" not in item
    spec = client.get("/api/v1/openapi.json").json()["paths"]["/search"]["get"]
    assert "ikke opdelt i punkter" in spec["description"]
    feed = client.get("/feeds/search.atom?q=trykkeri").text
    assert "/dokument/" + doc_id(docs, "ingen-punkter.txt") in feed
