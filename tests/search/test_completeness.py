"""Full-text completeness: every word of every ingested document is searchable, whatever the parser
made of it, and no word of a closed item's text ever is.

Inline pages of every shape run always (no items found, header + items + trailing section, closed
item with secret text, HTML, PDF); the real pages of ../shared/corpus run when it is there."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from sagsgang.ingest import ingest
from sagsgang.privacy import mask_cpr
from sagsgang.read import read_document
from sagsgang.search import open_index, search, unfindable

from ..conftest import DOCS, EXTRA
from ..pdfmaker import text_pdf

NO_ITEMS = """Økonomiudvalget
Dagsorden • 19. august 2025 kl. 15.30
Indhold
Udvalget besøgte et trykkeri i Vestbyen, hvor trykkeriet viste den nye rotationspresse.
Trykkeri og avis fortalte om lærlinge.
En borger (010203-1234) ringede om besøget.
"""

MINUTES = """REFERAT Socialudvalget d. 05-03-2024

Mødedato Tirsdag d. 5. marts 2024 kl. 16:00
Mødested Rådhusets kantine, Pjaltenborg

Punkt 1: Klage over afgørelse om hjælpemidler

24-001234

Sagsfremstilling

Borgeren har klaget over afgørelsen om rollatorer.

Beslutning

Klagen blev afvist.

Punkt 2: Personalesag - Lukket punkt

Sagsfremstilling

Hemmeligholdt xylofonist Quistgaard fratræder med godtgørelse.

Punkt 3: Ældrepolitik

Sagsfremstilling

Ældrepolitikken revideres med fokus på fællesspisning.

Underskrifter
Formand Birthe Zwergius
"""

HTML = """<!doctype html><html><head><title>Kulturudvalget</title></head><body>
<h1>Kulturudvalget</h1><p>Referat af mødet 3. februar 2023, Musikhuset.</p>
<h2>1. Tilskud til spillested</h2><p>Spillestedet Tapperiet søger tilskud til lydanlæg.</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<footer>Kontakt kulturforvaltningen, telefon 12 34 56 78. Webredaktør Ingeborg Ørnstrup.</footer>
</body></html>"""

PDF_PAGES = [
    ["Teknik- og Miljøudvalget", "Dagsorden 14. juni 2023", "Mødested: Byrådssalen", "Fraværende: Knud Vognmand"],
    ["Punkt 1: Cykelsti langs Fjordvejen", "Sagsfremstilling", "Cykelstien anlægges med belysning."],
    ["Bilagsoversigt og kortmateriale", "Kortet viser tracéet mellem Skrænten og Mølledammen."],
]

SECRET = {"hemmeligholdt", "xylofonist", "quistgaard", "fratræder", "godtgørelse"}


def words_of(text: str) -> list[str]:
    """Every distinct word a reader can type (CPR numbers are masked in every output, so not)."""
    text = mask_cpr(text).replace("xxxxxx-xxxx", " ")
    return sorted(set(re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())))


def ingested(tmp_path: Path, files: dict[str, bytes]):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, data in files.items():
        (docs / name).write_bytes(data)
    store = open_index(str(tmp_path / "c.db"))
    report = ingest(store, [str(docs)])
    assert not report.failed and not report.skipped
    return store, docs


def test_every_word_of_every_inline_shape_is_searchable_and_closed_text_never(tmp_path):
    store, docs = ingested(tmp_path, {"ingen-punkter.txt": NO_ITEMS.encode(), "referat.txt": MINUTES.encode(),
                                      "kultur.html": HTML.encode(), "teknik.pdf": text_pdf(PDF_PAGES)})
    try:
        stored = {d.source: d for d in store.documents()}
        # the closed item's lines hold its secret text, its marker 'Lukket', its title and number;
        # title and number are public (indexed with the item), the rest is not required
        only_closed = closed_only_words(docs / "referat.txt", stored["referat.txt"])
        assert only_closed == SECRET | {"lukket", "personalesag", "2"}
        for path in sorted(docs.iterdir()):
            words = [w for w in words_of(read_document(path).text) if w not in SECRET | {"lukket"}]
            assert len(words) > 10
            assert unfindable(store, path.name, words) == [], path.name
        assert unfindable(store, "referat.txt", sorted(SECRET)) == sorted(SECRET)  # the closed item's text
        assert unfindable(store, "referat.txt", ["personalesag"]) == []           # its title is public
        for word in SECRET:
            assert search(store, word)["total"] == 0
    finally:
        store.close()


def test_a_page_without_items_is_found_and_marked_as_the_document(tmp_path):
    store, _ = ingested(tmp_path, {"ingen-punkter.txt": NO_ITEMS.encode(), "teknik.pdf": text_pdf(PDF_PAGES)})
    try:
        hit, = search(store, "trykkeri")["results"]
        assert (hit["source"], hit["unit"], hit["item_number"]) == ("ingen-punkter.txt", "document", None)
        assert "<mark>trykkeri</mark>" in hit["snippet"]
        hit, = search(store, "ringede")["results"]  # a CPR number in text outside items is masked
        assert "xxxxxx-xxxx" in hit["snippet"] and "010203" not in hit["snippet"]
        assert search(store, "010203")["total"] == 0 and search(store, "1234")["total"] == 0
        hit, = search(store, "Byrådssalen")["results"]  # the header page of a PDF with items
        assert (hit["source"], hit["unit"], hit["page"]) == ("teknik.pdf", "document", 1)
        assert hit["title"] == "Dagsorden 14. juni 2023"  # the nearest heading ('Mødested: …' is a label)
        hit, = search(store, "cykelsti belysning")["results"]  # an item's words find the item, once
        assert (hit["unit"], hit["item_number"]) == ("item", "1")
    finally:
        store.close()


def test_units_survive_an_index_rebuild(tmp_path):
    store, _ = ingested(tmp_path, {"ingen-punkter.txt": NO_ITEMS.encode()})
    store.close()
    for p in (tmp_path / "c.db.index").iterdir():
        p.unlink() if p.is_file() else None
    (tmp_path / "c.db.index" / "sagsgang-index-id").write_text("another database")
    store = open_index(str(tmp_path / "c.db"))
    try:
        assert [r["source"] for r in search(store, "rotationspresse")["results"]] == ["ingen-punkter.txt"]
    finally:
        store.close()


@pytest.mark.parametrize("folder", [DOCS, EXTRA], ids=["docs", "extra"])
def test_every_word_of_the_real_corpus_is_searchable(folder, tmp_path):
    if not folder.is_dir():
        pytest.skip(f"shared corpus not available ({folder})")
    store = open_index(str(tmp_path / "r.db"))
    try:
        report = ingest(store, [str(folder)], jobs=2)
        assert not report.failed
        stored = {d.source: d for d in store.documents()}
        bilag = {Path(p).name for p, _ in report.bilag}
        checked = 0
        for path in sorted(folder.iterdir()):
            doc = stored.get(path.name)
            if doc is None and path.name in bilag:  # a bilag file: every word of its pages searchable
                assert unfindable(store, path.name, words_of(read_document(path).text)) == [], path.name
                checked += 1
                continue
            if doc is None:  # not council material (a listing page): reported as skipped, not stored
                assert any(Path(p).name == path.name for p, _ in report.skipped)
                continue
            words = words_of(read_document(path).text)
            if any(not it.public for it in doc.items):
                # closed items: their text must stay out, so only the words of the public items and
                # of the lines the closed items do not cover are required (checked inline above)
                secret = closed_only_words(path, doc)
                words = [w for w in words if w not in secret]
            assert unfindable(store, path.name, words) == [], path.name
            checked += 1
        assert checked >= 5
    finally:
        store.close()


def closed_only_words(path: Path, doc) -> set[str]:
    """Words printed only on the lines that may belong to a closed item."""
    from sagsgang.unsplit import excluded_lines, item_starts, words

    text = unicodedata.normalize("NFC", read_document(path).text)
    lines = [words(ln) for ln in text.split("\n")]
    excluded = excluded_lines(doc, item_starts(doc, lines), lines)
    inside = {w for ln, x in zip(lines, excluded, strict=True) if x for w in ln}
    outside = {w for ln, x in zip(lines, excluded, strict=True) if not x for w in ln}
    return inside - outside


TRANSCRIPT_WITH_A_CLOSED_ITEM = """Referat Økonomiudvalget 22-02-2090
Emneord: zebrafinkeord

Transkript

1 Referat Økonomiudvalget Mødedato: 22-02-2090 Mødetidspunkt: 16:00 Mødested: Mødelokale 1, Rådhuset

2 Indholdsfortegnelse Tekst Side Åbne dagsordenspunkter Budgetopfølgning for anden kvartal 3 Lokalplan for \
boliger ved Skovvej 4 Lukkede dagsordenspunkter Salg af ejendom på havnen 5

3 Økonomiudvalget 22-02-2090 Side 3 Pkt. 1 Budgetopfølgning for anden kvartal Sagsfremstilling Forvaltningen \
har lavet en opfølgning. Beslutning Godkendt.

4 Økonomiudvalget 22-02-2090 Side 4 Pkt. 2 Lokalplan for boliger ved Skovvej Sagsfremstilling Planen sendes i \
høring. Beslutning Godkendt.

5 Økonomiudvalget 22-02-2090 Side 5 Pkt. 3 Salg af ejendom på havnen Sagsfremstilling Køberen \
hemmeligkøberord betaler prisen. Beslutning Godkendt.
"""


def test_a_transcripts_header_is_searchable_though_its_closed_item_is_found_on_no_line_start(tmp_path):
    """A PDF transcript prints each item's title behind the page's running head, so no line starts with a
    title and a closed item's span is unknown. What precedes the first mention of any item (the header, above
    the contents) is still no closed item's text: its words are searchable; the closed item's never are."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "oekonomiudvalget_2090-02-22_referat_transkript.txt").write_text(TRANSCRIPT_WITH_A_CLOSED_ITEM,
                                                                              encoding="utf-8")
    from sagsgang.parse import parse_file

    page = parse_file(docs / "oekonomiudvalget_2090-02-22_referat_transkript.txt")
    assert [it.public for it in page.items] == [True, True, False]
    store = open_index(str(tmp_path / "s.db"))
    try:
        ingest(store, [str(docs)])
        assert search(store, "zebrafinkeord")["total"] == 1
        assert search(store, "hemmeligkøberord")["total"] == 0
    finally:
        store.close()
