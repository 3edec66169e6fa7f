"""A page number printed bare behind every item's title, in the contents list and on the item's own header line
(trailing_pages.without_title_pages), is no part of the title; a title's own number behind a few titles is.
Invented pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text

_BODY = "Sagsfremstilling\n\nForvaltningen har skrevet et notat om sagen.\n\nBeslutning\n\nGodkendt.\n"


def _lined(headers: list[str], listed: list[str] | None = None) -> str:
    contents = "\n".join(listed or []) + "\n\n" if listed else ""
    bodies = "\n".join(f"{h}\n\n{_BODY}" for h in headers)
    return f"Referat\n\nMiljøudvalget\n\nMødedato: 7. april 2027\n\n{contents}{bodies}"


def _titles(tmp_path: Path, text: str) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in parse_text(tmp_path, text).items]


def test_a_page_behind_every_header_leaves_the_titles(tmp_path: Path) -> None:
    headers = ["1. Godkendelse af dagsorden 4", "2. Regnskab for havnen 2026 5", "3. Ny cykelsti ved skolen 7",
               "4. Meddelelser 9"]
    assert _titles(tmp_path, _lined(headers)) == [
        ("1", "Godkendelse af dagsorden"), ("2", "Regnskab for havnen 2026"), ("3", "Ny cykelsti ved skolen"),
        ("4", "Meddelelser")]


def test_the_contents_pages_vouch_for_the_headers_pages(tmp_path: Path) -> None:
    # the list's reader takes the page off its entries; the two items printed below keep it on their header lines
    listed = ["1 Godkendelse af dagsorden 3", "2 Salg af grund ved åen 4", "3 Status på skolebyggeriet 6",
              "4 Budgetønsker fra foreningerne 8", "5 Meddelelser 9"]
    headers = ["1 Godkendelse af dagsorden 3", "2 Salg af grund ved åen 4"]
    titles = _titles(tmp_path, _lined(headers, listed))
    assert ("1", "Godkendelse af dagsorden") in titles
    assert ("2", "Salg af grund ved åen") in titles


def test_a_titles_own_numbers_are_kept(tmp_path: Path) -> None:
    # numbers behind a few titles, not rising down the list: the titles' own (a plan's, a year's)
    headers = ["1. Godkendelse af dagsorden", "2. Lokalplan 14", "3. Tillæg 3", "4. Budgetopfølgning 2027",
               "5. Meddelelser"]
    assert [t for _, t in _titles(tmp_path, _lined(headers))] == [
        "Godkendelse af dagsorden", "Lokalplan 14", "Tillæg 3", "Budgetopfølgning 2027", "Meddelelser"]



def test_two_titles_ending_on_far_apart_numbers_keep_them(tmp_path: Path):
    # a short page of two items whose titles end on their own numbers ('Budgetopfølgning 3', 'Lokalplan 45'),
    # nothing printed behind them: two rising numbers dozens apart are no page column (the next item starts a few
    # pages on), so neither title loses its number
    page = ("Økonomiudvalget\nReferat\nMødedato: 12. marts 2026 kl. 16:00\n\n"
            "1. Budgetopfølgning 3\n\nSagsfremstilling\n"
            "Forvaltningen har udarbejdet budgetopfølgning for tredje kvartal.\n\nBeslutning\nGodkendt.\n\n"
            "2. Lokalplan 45\n\nSagsfremstilling\nForslag til lokalplan for et boligområde ved skolen.\n\n"
            "Beslutning\nGodkendt.\n")
    assert [it.title for it in parse_text(tmp_path, page).items] == ["Budgetopfølgning 3", "Lokalplan 45"]
