"""PDF-transcript pages (a docplayer-like site: title line, 'Størrelse: px', 'Transkript', each PDF page
flattened onto one line behind its page number) whose contents list lost some of its item numbers but
kept its page column. Synthetic pages in the shapes benchmarks/parse_accuracy/transcribed.py renders from
real meetings; no real text copied."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_HEAD = """Referat {body}

Størrelse: px
Starte visningen fra side:

Download "Referat {body}"

Transkript

1 Referat {body} Mødedato: 3. marts 2021 Mødetidspunkt: kl. 16:00 Mødested: Rådhuset, lokale 2

2 {contents}

3 1. Godkendelse af dagsorden Sagsnr.: 21-000123 Beslutning Godkendt.
"""


def _items(tmp_path: Path, contents: str, body: str = "Teknisk Udvalg") -> list[tuple[str | None, str, bool]]:
    page = tmp_path / "page.txt"
    page.write_text(_HEAD.format(body=body, contents=contents), encoding="utf-8")
    return [(it.number, it.title, it.public) for it in parse_file(page).items]


@pytest.mark.parametrize("contents", [
    # 'N.' kept on some entries, bare page numbers after every title: the bare numbers are pages
    "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 4 Budgetopfølgning for "
    "vejområdet 6 4. Trafiksikkerhedsplan 2021-2024 7 Ansøgning om tilskud til cykelsti 9 Lukket: Salg af areal "
    "ved havnen 10 7. Eventuelt 11",
    # no heading, another cue word, the pages rising by more than one
    "Til behandling forelå: 1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 5 Budgetopfølgning for "
    "vejområdet 8 4. Trafiksikkerhedsplan 2021-2024 12 Ansøgning om tilskud til cykelsti 13 Lukket: Salg af "
    "areal ved havnen 15 7. Eventuelt 16",
    "1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 4 Budgetopfølgning for vejområdet 6 "
    "4. Trafiksikkerhedsplan 2021-2024 7 Ansøgning om tilskud til cykelsti 9 Lukket: Salg af areal ved havnen "
    "10 7. Eventuelt 11",
])
def test_bare_page_numbers_between_numbered_entries_are_no_item_numbers(tmp_path, contents):
    """A list that prints '2. Title' for some entries and lost the numbers of others keeps each title's page
    as a bare number: '… 2021-2024 7 Ansøgning …' is page 7, not item 7 (that item is 'Eventuelt')."""
    assert _items(tmp_path, contents) == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Orientering om vejarbejder", True),
        (None, "Budgetopfølgning for vejområdet", True), ("4", "Trafiksikkerhedsplan 2021-2024", True),
        (None, "Ansøgning om tilskud til cykelsti", True), (None, "Salg af areal ved havnen", False),
        ("7", "Eventuelt", True)]


def test_numbers_printed_one_way_keep_their_reading(tmp_path):
    """A list whose numbers are all bare ('1 Title 3 2 Title 4'), pages after each title: still items and
    pages, read as before (the guard needs numbers printed both ways)."""
    contents = ("Pkt. Tekst Side 1 Godkendelse af dagsorden 3 2 Orientering om vejarbejder 4 3 Budgetopfølgning "
                "for vejområdet 6 4 Trafiksikkerhedsplan 7")
    assert [(n, t) for n, t, _ in _items(tmp_path, contents)] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Orientering om vejarbejder"),
        ("3", "Budgetopfølgning for vejområdet"), ("4", "Trafiksikkerhedsplan")]



@pytest.mark.parametrize("contents", [
    "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 4 3. Køb af areal ved "
    "matrikel 4a Solrød By, Havdrup 5 Ny lejeaftale med Idrætsforeningen 7 5. Trafikplan 8 6. Eventuelt 9",
    "1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 4 3. Køb af areal ved "
    "matrikel 4a Solrød By, Havdrup 5 Ny lejeaftale med Idrætsforeningen 7 5. Trafikplan 8 6. Eventuelt 9",
    "Til behandling forelå: 1. Godkendelse af dagsorden 3 2. Orientering om vejarbejder 5 3. Køb af areal ved "
    "matrikel 4a Solrød By, Havdrup 6 Ny lejeaftale med Idrætsforeningen 9 5. Trafikplan 10 6. Eventuelt 12",
])
def test_a_page_number_parts_the_titles_of_a_lost_number(tmp_path, contents):
    """Between items 3 and 5 one number was lost and one page kept ('… Havdrup 5 Ny lejeaftale …'): the
    title of item 4 starts after that page, not at a capitalised name inside item 3's title."""
    assert [(n, t) for n, t, _ in _items(tmp_path, contents)] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Orientering om vejarbejder"),
        ("3", "Køb af areal ved matrikel 4a Solrød By, Havdrup"), (None, "Ny lejeaftale med Idrætsforeningen"),
        ("5", "Trafikplan"), ("6", "Eventuelt")]


@pytest.mark.parametrize("number", ["", "12. "])
def test_a_short_transcript_of_one_case_is_read_as_one(tmp_path: Path, number: str) -> None:
    """A transcript of a single case whose only page is short: the page line runs the case's labels and headings
    into its text ('1 Lokalplan 123 … Sagsnr.: 24/1234 Sagsfremstilling … Beslutning i Byrådet den … Vedtaget.'),
    and is cut at them as a long page is, so the case keeps its case number, sections and decision."""
    page = tmp_path / "page.txt"
    page.write_text("Lokalplan 123 for boliger ved Skovvej\n\nStørrelse: px\nStarte visningen fra side:\n\n"
                    f"Transkript\n\n1 {number}Lokalplan 123 for boliger ved Skovvej Sagsnr.: 24/1234 "
                    "Sagsfremstilling Forvaltningen fremlægger forslag til lokalplan. Beslutning i Byrådet den "
                    "14. marts 2024 Vedtaget.\n",
                    encoding="utf-8")
    doc = parse_file(page)
    [item] = doc.items
    assert doc.document_type == "sagsfremstilling"
    assert (item.title, item.case_numbers) == ("Lokalplan 123 for boliger ved Skovvej", ["24/1234"])
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [("Byrådet", "2024-03-14", "Vedtaget.")]
