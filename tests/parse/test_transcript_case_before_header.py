"""A case number printed right before each item's header in a flattened transcript ('… Godkendt. Sagsnr. 16/1002
2. Renovering af broer …'), the page's count before the first ('2 Teknisk Udvalg Side 1 Sagsnr. 16/1001 1. …'): the
case cell of the header after it, no body's text. Invented transcript; no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = "1 Referat Teknisk Udvalg Mødedato: 12. maj 2016 Mødested: Rådhuset, lokale 2"


def _item(n: int, title: str) -> str:
    return (f"Sagsnr. 16/100{n} {n}. {title} Sagsfremstilling Forvaltningen har skrevet et notat om sagen. "
            "Indstilling Forvaltningen indstiller, at sagen godkendes. Beslutning i Teknisk Udvalg den 12. maj 2016 "
            "Godkendt.")


def test_a_case_number_before_each_header_is_that_items(tmp_path):
    """Each header's case cell stands before its number: the run of headers is the list (before, the label before the
    first number read the run as a list inside a body, and the page's count 'Side 1' with 'Side 2' as the list), each
    item gets its own case number, and the decision before it ends at its own text ('Godkendt.', not 'Godkendt.
    Sagsnr. 16/1002')."""
    doc = parse_transcript(tmp_path, _COVER,
                           f"2 Teknisk Udvalg Side 1 {_item(1, 'Godkendelse af dagsorden')} "
                           f"{_item(2, 'Renovering af broer i havnen')}",
                           f"3 Teknisk Udvalg Side 2 {_item(3, 'Nyt fortov på Skolevej')}")
    assert [(it.number, it.title, it.case_numbers) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", ["16/1001"]),
        ("2", "Renovering af broer i havnen", ["16/1002"]),
        ("3", "Nyt fortov på Skolevej", ["16/1003"])]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Godkendt."]] * 3


def test_a_case_number_after_the_header_stays_the_headers(tmp_path):
    """The usual order ('1. Title Sagsnr. 16/1001 Sagsfremstilling …') is read as before."""
    pages = ["2 Teknisk Udvalg Side 1 1. Godkendelse af dagsorden Sagsnr. 16/1001 Sagsfremstilling Notat. "
             "Beslutning i Teknisk Udvalg den 12. maj 2016 Godkendt. 2. Nyt fortov Sagsnr. 16/1002 Sagsfremstilling "
             "Notat. Beslutning i Teknisk Udvalg den 12. maj 2016 Godkendt."]
    doc = parse_transcript(tmp_path, _COVER, *pages)
    assert [(it.number, it.case_numbers) for it in doc.items] == [("1", ["16/1001"]), ("2", ["16/1002"])]


def test_a_case_number_after_every_listed_title_stays_with_the_entry_before(tmp_path):
    """A contents table with a case column ('1. Budget 2025 Sagsnr. 24/1207 2. Lokalplan 12 Sagsnr. 24/1214'): the
    case number after each title is that entry's, not the next header's cell (a header prints its cell once)."""
    contents = ("Indholdsfortegnelse 1. Budget 2025 Sagsnr. 24/1207 2. Lokalplan 12 Sagsnr. 24/1214 "
                "3. Nyt fortov Sagsnr. 24/1221")
    bodies = [f"{2 + n} Teknisk Udvalg Side {2 + n} {n}. {t} Sagsfremstilling Forvaltningen har skrevet et notat. "
              "Beslutning i Teknisk Udvalg den 12. maj 2016 Godkendt."
              for n, t in ((1, "Budget 2025"), (2, "Lokalplan 12"), (3, "Nyt fortov"))]
    doc = parse_transcript(tmp_path, f"{_COVER} {contents}", *bodies)
    own = {"1": "24/1207", "2": "24/1214", "3": "24/1221"}
    assert [it.number for it in doc.items] == ["1", "2", "3"]
    assert all(set(it.case_numbers) <= {own[it.number]} for it in doc.items)


def test_closed_items_case_cells_stay_with_their_titles(tmp_path):
    """Closed items printed with no body, each header with its case cell ('1. Lukket: Temamøde om skolerne Sagsnr.:
    24-011319 2. Lukket: Temamøde om rammeaftalen Sagsnr.: 24-011320 3. Godkendelse af dagsorden Resume …'): the cell
    before the third header follows the second title's last word, so it is the second's (before, item 3 took it)."""
    page = ("2 Teknisk Udvalg Side 1 1. Lukket: Temamøde om skolerne Sagsnr.: 24-011319 2. Lukket: Temamøde om "
            "rammeaftalen Sagsnr.: 24-011320 3. Godkendelse af dagsorden Resume Dagsordenen for mødet. Indstilling "
            "Forvaltningen indstiller, at dagsordenen godkendes. Beslutning i Teknisk Udvalg den 12. maj 2016 "
            "Godkendt.")
    doc = parse_transcript(tmp_path, _COVER, page)
    assert [(it.number, it.case_numbers) for it in doc.items] == [
        ("1", ["24-011319"]), ("2", ["24-011320"]), ("3", [])]
