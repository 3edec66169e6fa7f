"""A lined contents list whose numbers skip (the closed items a public list leaves out, 1, 2, 4, 5, 7): each line
is one entry, so the gap is no number lost in print and no title is parted at a capitalised word inside it."""
from __future__ import annotations

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare


def listed(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.number, e.title) for e in find_item_list(prepare(text))]


_TITLES = {
    "41": "Godkendelse af dagsorden",
    "42": "Tilskud til foreningen Grønnemose Idræt",
    "44": "Ansøgning om lånegaranti Vestermølle Varmeværk",
    "45": "Budgetopfølgning for udvalgets område",
    "47": "Ny vejledning for Kildeby Bibliotek",
}


def test_entries_on_their_own_lines_keep_their_titles_across_skipped_numbers():
    text = "Dagsorden\n\nPunkter\n\n" + "".join(f"{n}. {t}\n" for n, t in _TITLES.items())
    assert listed(text) == list(_TITLES.items())


def test_a_number_on_its_own_line_over_one_title_line_keeps_it_whole():
    text = "Dagsorden\n\nIndhold\n\n" + "".join(f"{n}.\n\n{t}\n\n" for n, t in _TITLES.items())
    assert listed(text) == list(_TITLES.items())

