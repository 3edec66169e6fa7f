"""Bilag (attachment files) as records: the shared Aarhus Byråd minutes of 27.08.2025 with two bilag
PDFs ingested in either order, re-ingested, and with the minutes replaced; a closed item's bilag;
the web and API views of a bilag hit.

Expected values are read off the documents by hand: item 2 of the minutes ('Svar på forslag fra
DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø', EMN-2025-003383) lists
'Meningstilkendegivelse Havnens Perle (påført 27.08.2025)'; the citizen's letter
aarhus_bilag_henvendelse.pdf is from Havnens Perle about that debate and says "jeg gerne vil have
foretræde" on page 1. aarhus_bilag_sager-paa-vej.pdf ('Sager på vej – Sundhed og Omsorg 2025',
4 pages, updated 29 August 2025) is a status list of the Sundhed og Omsorg department's cases;
no item of the minutes lists it or is about it, so it must stay unlinked, kept and searchable
('Ankestyrelsens Danmarkskort' is printed on its pages 1, 2 and 3, for 2025, 2023 and 2021)."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from sagsgang.cli import main
from sagsgang.commands.serve import make_loader
from sagsgang.demo.bilag import bilag_pdf
from sagsgang.ingest import ingest, ingest_harvested_bilag
from sagsgang.model import AgendaItem, Attachment, Document, Meeting, Section
from sagsgang.search import open_index, search
from sagsgang.web.app import create_app

from .conftest import corpus_file

MINUTES = "aarhus_byraad_2025-08-27_referat.pdf"
LETTER = "aarhus_bilag_henvendelse.pdf"
STATUS = "aarhus_bilag_sager-paa-vej.pdf"
ITEM2 = "Svar på forslag fra DD om principbeslutning om at sikre Havnens Perles fremtid på Aarhus Ø"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "aarhus"
    d.mkdir()
    for name in (MINUTES, LETTER, STATUS):
        shutil.copy(corpus_file(name), d / name)
    return d


def _check_links(store) -> None:
    by_file = {b["file"]: b for b in store.bilag_list()}
    assert set(by_file) == {LETTER, STATUS}
    letter, status = by_file[LETTER], by_file[STATUS]
    assert (letter["item_number"], letter["item_title"]) == ("2", ITEM2)
    assert letter["pages"] == 4 and letter["ocr_pages"] == []
    assert status["item_number"] is None and status["pages"] == 4
    hits = search(store, '"gerne vil have foretræde"')["results"]
    assert [(h["unit"], h["item_number"], h["title"], h["case_numbers"], h["date"], h["committee"])
            for h in hits] == [("bilag", "2", ITEM2, ["EMN-2025-003383"], "2025-08-27", "Aarhus Byråd")]
    b = hits[0]["bilag"]
    assert (b["page"], b["linked"], b["ocr"], b["label"]) == (1, True, False, "bilag til punkt 2, side 1")
    assert b["url"] == f"/bilag/{letter['id']}.pdf#page=1"
    hits = search(store, '"Ankestyrelsens Danmarkskort"')["results"]
    assert {h["unit"] for h in hits} == {"bilag"}
    assert sorted(h["page"] for h in hits) == [1, 2, 3]
    assert {h["source"] for h in hits} == {STATUS}
    assert {h["bilag"]["label"] for h in hits} == {f"bilag (ikke knyttet til et punkt), side {p}" for p in (1, 2, 3)}


@pytest.mark.parametrize("order", ["bilag first", "minutes first"])
def test_bilag_link_to_their_item_in_either_order(folder, tmp_path, order):
    names = [LETTER, STATUS, MINUTES] if order == "bilag first" else [MINUTES, LETTER, STATUS]
    store = open_index(str(tmp_path / "b.db"))
    try:
        for name in names:  # one ingest per file: the second one links
            report = ingest(store, [str(folder / name)])
            assert not report.failed and not report.skipped
            if name == MINUTES and order == "bilag first":  # the minutes' ingest tells where the letter went
                assert [(Path(p).name, note.split(" »")[0]) for p, note in report.bilag] == [(LETTER, "punkt 2")]
        _check_links(store)
        assert store.stats()["documents"] == 1 and store.stats()["bilag"] == 2
        assert store.stats()["bilag_pages"] == 8
        # re-ingesting the folder changes nothing
        again = ingest(store, [str(folder)])
        assert again.counts == {"unchanged": 3}
        _check_links(store)
    finally:
        store.close()


def test_replacing_the_minutes_relinks_their_bilag(folder, tmp_path):
    store = open_index(str(tmp_path / "b.db"))
    try:
        ingest(store, [str(folder)])
        with open(folder / MINUTES, "ab") as f:  # new bytes at the same path: a corrected upload
            f.write(b"\n%corrected\n")
        report = ingest(store, [str(folder / MINUTES)])
        assert report.counts == {"replaced": 1}
        linked_to = store.conn.execute(
            "SELECT d.content_hash FROM bilag_files b JOIN items i ON i.id = b.item_id "
            "JOIN documents d ON d.id = i.document_id").fetchall()
        assert linked_to == [(hashlib.sha256((folder / MINUTES).read_bytes()).hexdigest(),)]  # the new version
        _check_links(store)
    finally:
        store.close()


def test_cli_shows_a_bilag_hit_with_its_item(folder, tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    captured = capsys.readouterr()
    assert ("bilag: 2 stored or linked anew (counted among the documents), 1 linked to an item, 1 unlinked"
            in captured.out)
    assert main(["search", "foretræde", "--db", db, "--bilag", "only"]) == 0
    out = capsys.readouterr().out
    assert f"bilag til punkt 2, side 1 — »Fra: Havnens Perle <info@havnensperle.dk>«: {ITEM2}" in out
    assert main(["search", '"Ankestyrelsens Danmarkskort"', "--db", db, "--bilag", "exclude", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_web_and_api_show_bilag_hits_and_serve_the_pdf(folder, tmp_path):
    db = str(tmp_path / "w.db")
    store = open_index(db)
    ingest(store, [str(folder)])
    letter = next(b for b in store.bilag_list() if b["file"] == LETTER)
    store.close()
    client = TestClient(create_app(make_loader(db)))
    page = client.get("/", params={"q": '"gerne vil have foretræde"'}).text
    assert "bilag til punkt 2, side 1" in page and f'href="/bilag/{letter["id"]}.pdf#page=1"' in page
    assert "Kun i bilag" in page
    pdf = client.get(f"/bilag/{letter['id']}.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content == (folder / LETTER).read_bytes()
    assert client.get("/bilag/999.pdf").status_code == 404
    assert client.get("/", params={"q": "x", "bilag": "alle"}).status_code == 400
    api = client.get("/api/v1/search", params={"q": '"gerne vil have foretræde"'}).json()
    [hit] = api["results"]
    assert hit["unit"] == "bilag" and hit["agendaItem"].startswith("http://testserver/api/v1/agendaItems/")
    item = client.get(hit["agendaItem"].replace("http://testserver", "")).json()
    files = [f for f in item["auxiliaryFile"] if "accessUrl" in f]
    assert [(f["fileName"], f["size"], f["mimeType"]) for f in files] == [
        (LETTER, (folder / LETTER).stat().st_size, "application/pdf")]


def _closed_minutes(origin: str) -> Document:
    item = AgendaItem(title="Køb af ejendom", number="7", public=False, case_numbers=["24/5555"],
                      attachments=[Attachment("Bilag 1: Købsaftale Strandvejen")])
    other = AgendaItem(title="Cykelsti langs Åvej", number="1", case_numbers=["24/1111"],
                       sections=[Section("Sagsfremstilling", "Forvaltningen foreslår en cykelsti langs Åvej.")])
    return Document(source="referat.txt", municipality="Testby", document_type="referat",
                    meeting=Meeting(committee="Økonomiudvalget", date="2024-05-02"), items=[other, item],
                    content_hash="c" * 64, origin=origin)


@pytest.mark.parametrize("closed_first", [True, False])
def test_a_closed_items_bilag_is_never_searchable(tmp_path, closed_first):
    folder = tmp_path / "m"
    folder.mkdir()
    pdf = folder / "Bilag 1 Købsaftale Strandvejen.pdf"
    pdf.write_bytes(bilag_pdf("Købsaftale Strandvejen\n\nKøbesummen for ejendommen er aftalt til "
                              "HEMMELIGKØBESUM kroner, jf. forhandlingen med sælger."))
    store = open_index(str(tmp_path / "k.db"))
    try:
        if closed_first:
            store.put_document(_closed_minutes(str(folder / "referat.txt")))
        ingest(store, [str(pdf)], municipality="Testby")
        if not closed_first:  # searchable while nothing says whose it is ...
            assert search(store, "HEMMELIGKØBESUM")["total"] == 1
            store.put_document(_closed_minutes(str(folder / "referat.txt")))
        [b] = store.bilag_list()
        assert (b["item_number"], b["item_public"], b["method"]) == ("7", False, "bilagsliste")
        assert search(store, "HEMMELIGKØBESUM")["total"] == 0  # ... never once its item is known closed
        assert search(store, "Købsaftale Strandvejen", bilag="only")["total"] == 0
        assert store.bilag_file(b["id"]) is None  # nor is its file served
        from sagsgang.search.engine import rebuild_index
        rebuild_index(store)
        assert search(store, "HEMMELIGKØBESUM")["total"] == 0
    finally:
        store.close()


@pytest.mark.parametrize("closed_first", [True, False])
def test_inside_one_ingest_a_bilag_waits_unsearchable_until_it_is_linked(tmp_path, closed_first):
    """`ingest` links its bilag when all its files are stored; till then a bilag is not searchable
    (the item that lists it may be closed), and closed minutes take theirs out at once."""
    folder = tmp_path / "m"
    folder.mkdir()
    pdf = folder / "Bilag 1 Købsaftale Strandvejen.pdf"
    pdf.write_bytes(bilag_pdf("Købsaftale Strandvejen\n\nKøbesummen for ejendommen er aftalt til "
                              "HEMMELIGKØBESUM kroner, jf. forhandlingen med sælger."))
    letter = folder / "Brev.pdf"
    letter.write_bytes(bilag_pdf("Kære udvalg\n\nVi skriver om SYNLIGTORD i byen. Med venlig hilsen"))
    store = open_index(str(tmp_path / "k.db"))
    try:
        with store.deferred_bilag_links():  # one batch around both, as one ingest
            if closed_first:
                store.put_document(_closed_minutes(str(folder / "referat.txt")))
            ingest(store, [str(pdf), str(letter)], municipality="Testby")
            assert search(store, "HEMMELIGKØBESUM")["total"] == 0
            assert search(store, "SYNLIGTORD")["total"] == 0  # waiting for the batch's end
            if not closed_first:
                store.put_document(_closed_minutes(str(folder / "referat.txt")))
                assert search(store, "HEMMELIGKØBESUM")["total"] == 0
        by_line = {b["first_line"]: b for b in store.bilag_list()}
        closed, unlisted = by_line["Købsaftale Strandvejen"], by_line["Kære udvalg"]
        assert (closed["item_number"], closed["item_public"], closed["method"]) == ("7", False, "bilagsliste")
        assert unlisted["item_number"] is None
        assert search(store, "HEMMELIGKØBESUM")["total"] == 0
        assert search(store, "SYNLIGTORD")["total"] == 1  # linked (here: left unlinked) and searchable
    finally:
        store.close()


def test_harvested_bilag_bytes_are_read_and_linked_by_the_listing(tmp_path):
    site = "http://site.invalid"
    origin = f"{site}/api/agenda/dagsorden/5"
    minutes = Document(source="dagsorden-5.json", municipality="Testby", document_type="referat",
                       meeting=Meeting(committee="Økonomiudvalget", date="2024-05-02"), content_hash="d" * 64,
                       origin=origin, items=[
                           AgendaItem(title="Cykelsti langs Åvej", number="1", case_numbers=["24/1111"],
                                      attachments=[Attachment("Tidsplan", url="/vis/pdf/bilag/7")]),
                           AgendaItem(title="Skolestruktur", number="2", case_numbers=["24/2222"],
                                      attachments=[Attachment("Tidsplan", url="/vis/pdf/bilag/8")])])
    store = open_index(str(tmp_path / "h.db"))
    try:
        store.put_document(minutes)
        for n, number, data in ((8, "2", bilag_pdf("Tidsplan\n\nSkolerne lægges sammen fra august.")),
                                (9, "1", b"%PDF-1.4 not really")):
            url = f"{site}/vis/pdf/bilag/{n}"
            store.put_bilag(url, origin, number, "Tidsplan", "application/pdf", data, {"url": url, "status": 200})
        report = ingest_harvested_bilag(store)
        assert report.counts == {"new": 1} and [u for u, _ in report.failed] == [f"{site}/vis/pdf/bilag/9"]
        [b] = store.bilag_list()
        # both items list a 'Tidsplan'; the harvest says which one this file is
        assert (b["item_number"], b["method"], b["file"]) == ("2", "hentet", "8")
        assert search(store, "lægges sammen")["results"][0]["bilag"]["label"] == "bilag til punkt 2, side 1"
        assert ingest_harvested_bilag(store).counts == {}  # read once
    finally:
        store.close()
