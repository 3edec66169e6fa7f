"""Numbered points of a proposal inside an item's body ('Forvaltningen indstiller følgende:' / '1. …' / '2. …') on a
page that numbers its items too: the points are the section's prose, not items, whether they count from 1 or go on
with the next items' numbers, on a page that keeps its lines and on a transcript's flattened line. Expected values by
the annotation rules: the items are the headers with their bodies; invented words only."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text

TITLES = ["Godkendelse af dagsorden", "Ny belysning på Kløverstien", "Udvidelse af Lærkehaven",
          "Tilskud til foreningen Grøn Skovmus"]
POINTS = ["Projektet for stien sendes i høring i fire uger.", "Udgiften afholdes af den afsatte pulje.",
          "Forvaltningen vender tilbage med en status til efteråret."]


def _page(first: int) -> str:
    """A numbered agenda; item 2's Indstilling lists three points numbered from `first`."""
    out = ["Referat", "", "Teknisk Udvalg", "Mødedato: 3. marts 2025 kl. 16:00", ""]
    for n, title in enumerate(TITLES, 1):
        out += [f"{n}. {title}", f"Sagsnr.: 25/10{n}", "", "Sagsfremstilling",
                "Forvaltningen har lavet et notat om sagen.", "", "Indstilling"]
        if n == 2:
            out += ["Forvaltningen indstiller følgende:", *(f"{first + k}. {p}" for k, p in enumerate(POINTS))]
        else:
            out += ["Forvaltningen indstiller, at sagen godkendes."]
        out += ["", "Beslutning", "Godkendt.", ""]
    return "\n".join(out) + "\n"


def _items(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


EXPECTED = [(str(n), t) for n, t in enumerate(TITLES, 1)]


@pytest.mark.parametrize("first", [1, 3])
def test_proposal_points_on_their_lines_are_no_items(tmp_path: Path, first: int) -> None:
    assert _items(tmp_path, _page(first)) == EXPECTED


def test_proposal_points_on_a_flattened_page_are_no_items(tmp_path: Path) -> None:
    assert _items(tmp_path, flattened_text(_page(3))) == EXPECTED


def test_numbered_items_under_a_short_heading_stay_items(tmp_path: Path) -> None:
    # 'Dagsorden:' heads the items themselves: a word, not a sentence introducing a proposal's points
    text = _page(1).replace("Mødedato: 3. marts 2025 kl. 16:00\n", "Mødedato: 3. marts 2025 kl. 16:00\nDagsorden:")
    assert _items(tmp_path, text) == EXPECTED


LETTERED = ("Referat\n\nTranskript\n\n1 Referat Teknisk Udvalg Dato: 3. marts 2025 kl. 16:00 Pkt. 1 Ny belysning på "
            "Kløverstien Sagsnr. 101 Resume Udvalget drøfter belysningen på stien.\n\n"
            "2 Teknisk Udvalg, 03-03-2025, pkt. 1 Godkendt. Pkt. 2 Udvidelse af Lærkehaven Sagsnr. 102 Resume Udvalget "
            "besluttede i fjor at se på haven. Denne gennemgang er nu lavet. Haven er for lille til de mange brugere. "
            "Forvaltningen indstiller følgende: " + " ".join(f"{m}) {p}" for m, p in zip("abc", POINTS, strict=True))
            + "\n\n3 Teknisk Udvalg, 03-03-2025, pkt. 2 Godkendt. Pkt. 3 Tilskud til foreningen Grøn Skovmus "
            "Sagsnr. 103 Resume Foreningen søger om tilskud. Teknisk Udvalg, 03-03-2025, pkt. 3 Godkendt.\n")


def test_lettered_points_ending_a_flattened_page_line_are_no_contents(tmp_path: Path) -> None:
    # a page line's tail of sentences and lettered points is an item's body, not a contents list without numbers
    assert [n for n, _ in _items(tmp_path, LETTERED)] == ["1", "2", "3"]
