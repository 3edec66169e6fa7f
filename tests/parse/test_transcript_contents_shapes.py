"""Shapes of a transcript's contents list: groups numbered apart (the open items 1 … n, then 'Lukkede punkter' and the
closed items from 1 again), a heading with its colon over a page column, a page number before a title that opens on an
ordinal. Invented titles only."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import contents_page, contents_rows, parse_text

OPEN = ["Godkendelse af dagsorden", "Trafiksikring af Kildevej i Nordlund", "Budget 2027-2030 for Grønhøj Skole"]
SHUT = ["Salg af grund ved Mosevang", "Personalesag i Tovskov Bibliotek"]


def _page(contents: str) -> str:
    return contents_page(contents, OPEN[0])


def test_closed_items_numbered_from_one_again_are_items_of_their_own(tmp_path: Path):
    contents = f"Indholdsfortegnelse {contents_rows(OPEN, 3)} Lukkede punkter {contents_rows(SHUT, 11)}"
    doc = parse_text(tmp_path, _page(contents))
    got = [(it.number, it.title, it.public) for it in doc.items]
    assert got == [("1", OPEN[0], True), ("2", OPEN[1], True), ("3", OPEN[2], True),
                   ("1", SHUT[0], False), ("2", SHUT[1], False)]


def test_the_first_body_opens_the_open_item_one_not_the_closed_one(tmp_path: Path):
    # the body's header '1. Godkendelse af dagsorden' is the open group's item 1; the closed group's item 1 has no body
    contents = f"Indholdsfortegnelse {contents_rows(OPEN, 3)} Lukkede punkter {contents_rows(SHUT, 11)}"
    doc = parse_text(tmp_path, _page(contents))
    ones = [(it.title, it.public, [s.heading for s in it.sections][:2]) for it in doc.items if it.number == "1"]
    assert ones == [(OPEN[0], True, ["Sagsfremstilling", "Indstilling"]), (SHUT[0], False, [])]


PAGED = ["Godkendelse af dagsorden", "Budget for Tovskov Hallen", "Trafiksikring af Kildevej",
         "Ny udbudspolitik for Nordlund", "Orientering fra formanden"]


def _paged(titles: list[str]) -> str:
    return " ".join(f"{t} {p}" for t, p in zip(titles, (3, 5, 6, 8, 11), strict=True))


def test_a_contents_heading_with_its_colon_heads_a_page_column(tmp_path: Path):
    # 'Indholdsfortegnelse:' heads the list as 'Indholdsfortegnelse' does; the numbers after the titles are their pages
    # (the first title stands before the first number, none after the last), not the items' numbers
    doc = parse_text(tmp_path, _page(f"Indholdsfortegnelse: {_paged(PAGED)}"))
    got = [(it.number, it.title) for it in doc.items]
    assert got == [("1", PAGED[0]), *((None, t) for t in PAGED[1:])]


def test_a_page_before_a_title_opening_on_an_ordinal_is_no_part_of_it(tmp_path: Path):
    titles = [PAGED[0], "1. behandling af budget for Tovskov Hallen", *PAGED[2:]]
    doc = parse_text(tmp_path, _page(f"Indholdsfortegnelse {_paged(titles)}"))
    assert [it.title for it in doc.items] == titles


def test_a_part_heading_over_the_first_body_starts_no_second_group(tmp_path: Path):
    # 'Lukket referat' heads the minutes' part below the list, and '1. Meddelelser' under it is the first item's
    # header again, its body following: no closed group numbered from 1, and item 1 keeps its decision
    text = ("Referat\nUdvalget for Sundhed\n\n1. Meddelelser 3\n2. Budget for Tovskov Hallen 5\n"
            "3. Trafiksikring af Kildevej 7\n\nLukket referat\n\n1. Meddelelser\n\nSagsnr.: 2027-4411\n\n"
            "Sagsfremstilling\nForvaltningen orienterer om møder.\n\nBeslutning\nTaget til efterretning\n\n"
            "2. Budget for Tovskov Hallen\n\nSagsnr.: 2027-4412\n\nBeslutning\nGodkendt\n")
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title, [d.text for d in it.decisions]) for it in doc.items][:2] == [
        ("1", "Meddelelser", ["Taget til efterretning"]), ("2", "Budget for Tovskov Hallen", ["Godkendt"])]
