"""A harvested bilag as the store keeps and reports it (store/bilag.py): the bytes waiting to be
read, the record and its link after reading, the line the ingest report prints, the fields a
search hit and the API's bilag list carry; and an unlinked bilag. A two-item meeting whose items
both list a 'Tidsplan' (the harvest says which one the file is). Values written by hand."""
from __future__ import annotations

import hashlib

import pytest

from sagsgang.demo.bilag import bilag_pdf
from sagsgang.ingest import ingest, ingest_harvested_bilag
from sagsgang.model import AgendaItem, Attachment, Document, Meeting
from sagsgang.search import open_index, search
from sagsgang.store.bilag import page_item

SITE = "http://site.invalid"
ORIGIN = f"{SITE}/api/agenda/dagsorden/5"
URL = f"{SITE}/vis/pdf/bilag/8"
DATA = bilag_pdf("Tidsplan\n\nSkolerne lægges sammen fra august.")
SHA = hashlib.sha256(DATA).hexdigest()
REASON = f"hentet fra punktets bilagsliste ({ORIGIN})"


@pytest.fixture
def store(tmp_path):
    s = open_index(str(tmp_path / "h.db"))
    s.put_document(Document(
        source="dagsorden-5.json", municipality="Testby", document_type="referat", content_hash="d" * 64,
        meeting=Meeting(committee="Økonomiudvalget", date="2024-05-02"), origin=ORIGIN, items=[
            AgendaItem(title="Cykelsti langs Åvej", number="1", case_numbers=["24/1111"],
                       attachments=[Attachment("Tidsplan", url="/vis/pdf/bilag/7")]),
            AgendaItem(title="Skolestruktur", number="2", case_numbers=["24/2222"],
                       attachments=[Attachment("Tidsplan", url="/vis/pdf/bilag/8")])]))
    s.put_bilag(URL, ORIGIN, "2", "Tidsplan", "application/pdf", DATA, {"url": URL, "status": 200})
    yield s
    s.close()


def test_harvested_bytes_wait_until_read_once(store):
    assert store.unread_harvested_bilag() == [(URL, SHA, "Testby")]  # the municipality of its meeting
    assert store.harvested_bilag_bytes(URL) == DATA and store.harvested_bilag_bytes(SITE + "/x") is None
    report = ingest_harvested_bilag(store)
    assert report.bilag == [(URL, f"punkt 2 »Skolestruktur« i dagsorden-5.json (hentet: {REASON})")]
    assert store.unread_harvested_bilag() == []


def test_the_bilag_list_and_a_search_hit_name_the_bilag_and_its_item(store):
    ingest_harvested_bilag(store)
    (b,) = store.bilag_list()
    assert b == {"id": b["id"], "title": "Tidsplan", "first_line": "Tidsplan", "number": None, "size": len(DATA),
                 "pages": 1, "ocr_pages": [], "method": "hentet", "reason": REASON, "sha256": SHA, "file": "8",
                 "item_number": "2", "item_title": "Skolestruktur", "item_public": True, "item_origin": ORIGIN}
    (hit,) = search(store, "lægges sammen")["results"]
    assert (hit["source"], hit["title"], hit["item_number"], hit["case_numbers"], hit["unit"], hit["page"]) == (
        "dagsorden-5.json", "Skolestruktur", "2", ["24/2222"], "bilag", 1)
    assert hit["bilag"] == {"id": b["id"], "title": "Tidsplan", "number": None, "page": 1, "ocr": False,
                            "linked": True, "method": "hentet", "url": f"/bilag/{b['id']}.pdf#page=1",
                            "label": "bilag til punkt 2, side 1"}
    assert store.bilag_file(b["id"]) == (DATA, "8")
    assert store.bilag_link_note(b["id"]).startswith("punkt 2 »Skolestruktur«")


def test_an_unlinked_bilag_says_why_and_keeps_its_own_title(store, tmp_path):
    pdf = tmp_path / "Vejrapport.pdf"
    pdf.write_bytes(bilag_pdf("Vejrapport\n\nRegnen faldt tæt i marts og april."))
    report = ingest(store, [str(pdf)], municipality="Testby")
    assert report.bilag == [(str(pdf), "ikke knyttet til et punkt (indholdet ligner intet punkt nok (0.00 < 0.12))")]
    (hit,) = search(store, "Regnen faldt")["results"]
    assert (hit["title"], hit["item_number"], hit["source"]) == ("Vejrapport", None, "Vejrapport.pdf")
    assert (hit["bilag"]["linked"], hit["bilag"]["label"]) == (False, "bilag (ikke knyttet til et punkt), side 1")
    (b,) = store.bilag_list()
    assert (b["item_number"], b["item_title"], b["item_public"], b["item_origin"], b["method"]) == (
        None, None, None, None, None)
    assert store.bilag_link_note(9999) == "ikke knyttet: ukendt bilag"


def test_a_bilag_page_is_titled_only_on_its_first_page():
    assert (page_item("Tidsplan", "tekst", 1).title, page_item("Tidsplan", "tekst", 2).title) == ("Tidsplan", "")
    assert (page_item("Tidsplan", "tekst", 2).intro, page_item("Tidsplan", "tekst", 2).page) == ("tekst", 2)


def test_the_same_bytes_are_unchanged_and_new_bytes_at_the_path_replace(store, tmp_path):
    pdf = tmp_path / "Vejrapport.pdf"
    pdf.write_bytes(bilag_pdf("Vejrapport\n\nRegnen faldt tæt i marts og april."))
    assert dict(ingest(store, [str(pdf)], municipality="Testby").counts) == {"new": 1}
    assert dict(ingest(store, [str(pdf)], municipality="Testby").counts) == {"unchanged": 1}
    pdf.write_bytes(bilag_pdf("Vejrapport\n\nRegnen faldt tæt i marts, april og maj."))
    assert dict(ingest(store, [str(pdf)], municipality="Testby").counts) == {"replaced": 1}
    (b,) = store.bilag_list()  # one record: the old one is gone
    assert b["file"] == "Vejrapport.pdf" and b["pages"] == 1
    row = store.conn.execute("SELECT document_type, layout, pages, municipality, units FROM documents "
                             "WHERE id=?", (b["id"],)).fetchone()
    assert row == ("bilag", "bilag", 1, "Testby", 1)
    assert search(store, "maj")["total"] == 1 and search(store, "Regnen faldt")["total"] == 1


def test_a_store_without_an_indexer_refuses_a_bilag(tmp_path):
    from sagsgang.model import BilagFile
    from sagsgang.store import open_store

    s = open_store(str(tmp_path / "plain.db"))
    try:
        with pytest.raises(RuntimeError, match=r"^store opened without a search indexer; open it with "
                                               r"sagsgang\.search\.open_index\(\)$"):
            s.put_bilag_file(BilagFile(source="x.pdf", data=b"%PDF", pages=["x"], title="x",
                                       content_hash="x" * 64, size=4))
    finally:
        s.close()
