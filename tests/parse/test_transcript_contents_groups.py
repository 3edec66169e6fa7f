"""A transcript's contents list whose groups are numbered apart where the closed group outnumbers the open one (the
run of numbers the list reader takes is then the closed group's), and a status column beside a title that prints
its entry's number again. Invented titles only."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import contents_page, contents_rows, parse_text

OPEN = ["Godkendelse af dagsorden", "Trafiksikring af Kildevej i Nordlund", "Orientering om byggeriet Stenhøj Vænge"]
SHUT = ["Salg af grund ved Mosevang", "Personalesag i Tovskov Bibliotek", "Køb af areal ved Lindeparken",
        "Udbud af vintertjeneste", "Orientering fra direktionen"]


def _page(contents: str) -> str:
    return contents_page(contents, OPEN[0])


def _items(tmp_path: Path, contents: str) -> list[tuple[str | None, str | None, bool]]:
    return [(it.number, it.title, it.public) for it in parse_text(tmp_path, _page(contents)).items]


def test_a_closed_group_longer_than_the_open_one_keeps_the_open_group(tmp_path: Path):
    # the longest run of numbers is the closed group's 1 … 5: the open group's 1 … 3 before its heading is read too
    got = _items(tmp_path, f"Indholdsfortegnelse {contents_rows(OPEN, 1)} Lukkede punkter {contents_rows(SHUT, 8)}")
    assert got == [*((str(k), t, True) for k, t in enumerate(OPEN, 1)),
                   *((str(k), t, False) for k, t in enumerate(SHUT, 1))]


def test_an_open_group_of_one_entry_before_a_longer_closed_group(tmp_path: Path):
    got = _items(tmp_path, f"Dagsorden 1. {OPEN[0]} 3 Lukkede punkter {contents_rows(SHUT, 2)}")
    assert got == [("1", OPEN[0], True), *((str(k), t, False) for k, t in enumerate(SHUT, 1))]


def test_a_title_printing_its_entrys_number_again_beside_a_status_column(tmp_path: Path):
    # 'Åben 2 Budgetopfølgning 2 (2027) Teknisk Udvalg': the run's numbers carry their status, so the bare '2' is the
    # title's own
    titles = [OPEN[0], "Budgetopfølgning 2 (2027) Teknisk Udvalg", OPEN[1], SHUT[0]]
    rows = " ".join(f"{'Lukket' if k == 4 else 'Åben'} {k} {t} {2 * k + 1}" for k, t in enumerate(titles, 1))
    got = _items(tmp_path, f"Indholdsfortegnelse {rows}")
    assert got == [("1", OPEN[0], True), ("2", titles[1], True), ("3", OPEN[1], True), ("4", SHUT[0], False)]


def test_a_bare_number_before_its_title_not_the_number_the_title_prints(tmp_path: Path):
    # '3 2 Budgetopfølgning 2 2027, …': the entry's '2' follows the page 3; the '2' before the year is the title's
    titles = [OPEN[0], "Budgetopfølgning 2 2027, Teknisk Udvalg", OPEN[1], SHUT[0]]
    rows = " ".join(f"{k} {t} {2 * k + 1}" for k, t in enumerate(titles, 1))
    got = _items(tmp_path, f"Indholdsfortegnelse {rows}")
    assert got == [(str(k), t, True) for k, t in enumerate(titles, 1)]


def test_a_bare_number_before_its_title_not_the_number_before_a_bracketed_year(tmp_path: Path):
    # '3 2 Budgetopfølgning 2 (2027) Teknisk Udvalg 5 3 …': the '2' before the bracketed year is the title's
    titles = [OPEN[0], "Budgetopfølgning 2 (2027) Teknisk Udvalg", OPEN[1], SHUT[0]]
    rows = " ".join(f"{k} {t} {2 * k + 1}" for k, t in enumerate(titles, 1))
    got = _items(tmp_path, f"Indholdsfortegnelse {rows}")
    assert got == [(str(k), t, True) for k, t in enumerate(titles, 1)]
