"""A PDF printed as one flow of 'N) Title' headers (a cover sentence, no contents list, closed items printed only as
'Lukket punkt') and read the way a transcript site shows it: each page one line behind its page number, the page's
own folio read first ('1 1 Referat …'), the viewer's title the first page's first words. Invented words only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .transcript_page import TITLED_FRAME as FRAME

COVER = "Referat fra mødet i Lyngudvalget tirsdag den 3. maj 2022 kl. 16.00 i {place}"


def _item(n: int, title: str, serial: str, text: str = "") -> str:
    return (f"{n}) {title} Sagsnr.: 22-{serial} Beslutning Godkendt. Afbud: Ulla Trævang Resume Et kort resume om "
            f"{title.lower()}. {text}Indstilling Forvaltningen indstiller, at sagen godkendes. ")


def _parse(tmp_path: Path, title: str, *pages: str):
    page = tmp_path / "plain.txt"
    page.write_text(FRAME.format(title=title, pages="\n\n".join(pages)), encoding="utf-8")
    return parse_file(page)


def test_place_of_a_cover_sentence_ends_before_the_first_header(tmp_path):
    """'… kl. 16.00 i Mosesalen 1) Godkendelse …': the place is what the sentence says after 'i', up to the first
    item's number; a bracket the place did not open closes no part of it. (The viewer's title, the page's first
    words, is cut right after that number.)"""
    first = COVER.format(place="Mosesalen") + " " + _item(1, "Godkendelse af bladplan", "000111")
    doc = _parse(tmp_path, COVER.format(place="Mosesalen 1)"),
                 "1 " + first + _item(2, "Kvashegn i lunden", "000222"),
                 "2 " + _item(3, "Barkplan for skoven", "000333"),
                 "3 " + _item(4, "Mosdrift ved bækken", "000444"))
    assert doc.meeting.location == "Mosesalen"
    assert [it.number for it in doc.items] == ["1", "2", "3", "4"]


def test_a_place_keeps_a_bracket_it_opened(tmp_path):
    cover = COVER.format(place="Barkhuset (fløj 2)")
    doc = _parse(tmp_path, "1 " + cover, "1 1 " + cover + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + _item(2, "Kvashegn i lunden", "000222"), "2 2 " + _item(3, "Barkplan for skoven", "000333"))
    assert doc.meeting.location == "Barkhuset (fløj 2)"


def test_closed_items_printed_by_their_status_alone_do_not_make_the_headers_a_list(tmp_path):
    """'2) Lukket punkt 3) Lukket punkt 4) Stubbe …': the first headers packed close read as a short contents list,
    and the headers with long bodies after it were lost; a closed status alone before the next number is that
    item's whole header."""
    long_text = "Forvaltningen har gennemgået barken i skoven og målt stubbene på marken ved søen. " * 70
    doc = _parse(tmp_path, "1 " + COVER.format(place="Mosesalen"),
                 "1 1 " + COVER.format(place="Mosesalen") + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + "2) Lukket punkt 3) Lukket punkt " + _item(4, "Stubbe på marken", "000444", long_text),
                 "2 2 " + long_text + _item(5, "Barkplan for skoven", "000555", long_text),
                 "3 3 " + _item(6, "Mosdrift ved bækken", "000666") + "7) Lukket punkt " + _item(8, "Kvistliste",
                                                                                           "000888"))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Lukket punkt"), ("3", "Lukket punkt"), ("4", "Stubbe på marken"),
        ("5", "Barkplan for skoven"), ("6", "Mosdrift ved bækken"), ("7", "Lukket punkt"), ("8", "Kvistliste")]
    assert [it.case_numbers for it in doc.items][3:6] == [["22-000444"], ["22-000555"], ["22-000666"]]


def test_a_viewer_title_opening_with_the_folio_is_no_item(tmp_path):
    """A one-page meeting: the viewer's title '1 Referat fra mødet …' (the page's folio, then its first words) is
    no item 1 titled by the cover; the items are the page's own headers."""
    cover = COVER.format(place="Mosesalen")
    doc = _parse(tmp_path, "1 " + cover + " 1)",
                 "1 1 " + cover + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + _item(2, "Kvashegn i lunden", "000222", "Hegnet er målt og talt af forvaltningen i lunden. " * 8)
                 + "3) Lukket punkt " + _item(4, "Kvistliste", "000444"))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Kvashegn i lunden"), ("3", "Lukket punkt"), ("4", "Kvistliste")]
    # the folio's '1' and item 1's '1)' both before item 1's 'Sagsnr.': the folio's number heads nothing (the
    # cover is no item, item 1's 'Afbud' no meeting's absentees)
    assert (doc.meeting.committee, doc.meeting.location, doc.meeting.absent) == ("Lyngudvalget", "Mosesalen", [])


def test_a_first_header_after_a_word_that_may_lead_a_reference(tmp_path):
    """'… kl. 16.00 i Skriftligt møde 1) Godkendelse …': 'møde 1' may be a reference, but a bracket that nothing
    opened closes a list's number, the first item's."""
    cover = COVER.format(place="Skriftligt møde")
    doc = _parse(tmp_path, "1 " + cover.rsplit(" ", 1)[0],
                 "1 1 " + cover + " " + _item(1, "Godkendelse af bladplan", "000111") + "2) Lukket punkt "
                 + _item(3, "Kvistliste", "000333"))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Lukket punkt"), ("3", "Kvistliste")]
    assert doc.meeting.location == "Skriftligt møde"


def test_a_header_whose_title_prints_numbers_of_its_own(tmp_path):
    """'3) Hegn ved Lyngvej 11 Sagsnr.: …', '5) Barkopfølgning 2 2023, Lyngudvalget Sagsnr.: …': a number in a title
    that could number no next item (far above, or below) does not cut the title from its body's cue."""
    long_text = "Forvaltningen har gennemgået barken i skoven og målt stubbene på marken ved søen. " * 30
    doc = _parse(tmp_path, "1 " + COVER.format(place="Mosesalen"),
                 "1 1 " + COVER.format(place="Mosesalen") + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + _item(2, "Kvashegn i lunden", "000222", long_text),
                 "2 2 " + _item(3, "Hegn ved Lyngvej 11", "000333", long_text)
                 + _item(4, "Buskørsel på rute 224", "000444", long_text),
                 "3 3 " + _item(5, "Barkopfølgning 2 2023, Lyngudvalget", "000555", long_text)
                 + _item(6, "Mosdrift ved bækken", "000666", long_text) + _item(7, "Kvistliste", "000777"))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Kvashegn i lunden"), ("3", "Hegn ved Lyngvej 11"),
        ("4", "Buskørsel på rute 224"), ("5", "Barkopfølgning 2 2023, Lyngudvalget"), ("6", "Mosdrift ved bækken"),
        ("7", "Kvistliste")]


def test_a_bare_decision_heading_before_a_dash_list(tmp_path):
    """'Beslutning - Godkendt - Taget til efterretning Resume …': the decision's outcomes one a line behind a dash,
    run together; the dash is the list's, not a label's before its value."""
    cover = COVER.format(place="Mosesalen")
    dashed = _item(2, "Kvashegn i lunden", "000222").replace("Beslutning Godkendt.",
                                                             "Beslutning - Godkendt - Taget til efterretning")
    doc = _parse(tmp_path, "1 " + cover, "1 1 " + cover + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + dashed + _item(3, "Kvistliste", "000333"))
    decisions = [[(d.committee, d.text) for d in it.decisions] for it in doc.items]
    assert decisions[1] == [("Lyngudvalget", "- Godkendt - Taget til efterretning")]
    assert [s.heading for s in doc.items[1].sections][:1] == ["Beslutning"]


def test_closed_items_alone_over_a_page_break(tmp_path):
    """'… 3) Lukket punkt' ending a page line, '2 2 4) Lukket punkt 5) …' opening the next: the page's number
    between a closed item's status and the next number ends that header too."""
    long_text = "Forvaltningen har gennemgået barken i skoven og målt stubbene på marken ved søen. " * 12
    doc = _parse(tmp_path, "1 " + COVER.format(place="Mosesalen"),
                 "1 1 " + COVER.format(place="Mosesalen") + " " + _item(1, "Godkendelse af bladplan", "000111")
                 + _item(2, "Kvashegn i lunden", "000222", long_text) + "3) Lukket punkt",
                 "2 2 4) Lukket punkt 5) Lukket punkt " + _item(6, "Barkplan for skoven", "000666", long_text),
                 "3 3 " + _item(7, "Mosdrift ved bækken", "000777", long_text) + _item(8, "Kvistliste", "000888"))
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af bladplan"), ("2", "Kvashegn i lunden"), ("3", "Lukket punkt"), ("4", "Lukket punkt"),
        ("5", "Lukket punkt"), ("6", "Barkplan for skoven"), ("7", "Mosdrift ved bækken"), ("8", "Kvistliste")]
