"""A page the parser read only in part says so where users meet it: the document page names why (in Danish, the
reasons `sagsgang parse` prints) and how sure the reading is, and the API's items carry the same beside their source.
Kept with the stored document, so the web never loads the parser to work it out again."""
from __future__ import annotations

from starlette.testclient import TestClient

from .test_unsplit_web import doc_id


def page_of(client: TestClient, docs, name: str) -> str:
    r = client.get(f"/dokument/{doc_id(docs, name)}")
    assert r.status_code == 200
    return r.text


def test_a_page_without_items_says_it_was_only_partly_read(two_pages):
    client, docs = two_pages
    page = page_of(client, docs, "ingen-punkter.txt")
    assert "Delvist læst: ingen punkter fundet" in page
    assert "<dt>Læsning</dt><dd>sikkerhed 0," in page  # a Danish decimal comma


def test_a_page_read_whole_carries_no_warning_but_its_confidence(two_pages):
    client, docs = two_pages
    page = page_of(client, docs, "referat.txt")
    assert "Delvist læst" not in page
    assert "<dt>Læsning</dt><dd>sikkerhed " in page and "% af teksten i intet felt" in page


def test_the_api_gives_each_item_the_reading_of_its_document(two_pages):
    client, _ = two_pages
    item, = client.get("/api/v1/search?q=rollatorer").json()["results"]
    obj = client.get(item["agendaItem"]).json()
    source = obj["sagsgang:source"]
    assert 0 < source["confidence"] <= 1 and source["partlyRead"] == []
