"""A case number printed on an item's title line, set off from the title as another publisher sets it (after a dash
or a middle dot, in brackets with its label, or next to a second number), on a transcript page flattened onto one
line a page: the contents row's number and the header's are the item's case numbers, no part of its title
(annotation rules, 'Case numbers'; benchmarks/parse_accuracy/title_lines.py 'case-dash', 'case-dot', 'case-paren',
'kle-after' flat). Invented words."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_transcript

HEAD = "Vestervig Kommune · Engudvalget · 04.06.2024 Side {n} af 7"
TITLES = ["Ny sti langs fjorden", "Tilskud til bådelauget", "Lys på parkeringspladsen", "Orientering fra formanden"]
COVER = f"1 {HEAD.format(n=1)} Referat Engudvalget Mødedato: 04.06.2024 Mødetidspunkt: 17:00 Mødested: Mosesalen"

# (how the line prints the case number after the title, the case numbers it holds)
SHAPES = {
    "dash": (" - 24-00{s}", ["24-00{s}"]),
    "dot": (" · EMN-2024-00{s}", ["EMN-2024-00{s}"]),
    "paren": (" (Sagsnr. 24/1{s})", ["24/1{s}"]),
    "two": (" - 24-00{s} 00.01.00-P20-{k}-24", ["24-00{s}", "00.01.00-P20-{k}-24"]),
}


def _pages(tail: str, bodies: range, listed: bool = True) -> list[str]:
    """The cover, the contents (its rows with the case numbers when `listed`) and the items' `bodies`."""
    cases = [tail.format(s=4100 + k, k=k) for k in range(1, 5)]
    contents = f"2 {HEAD.format(n=2)} Dagsorden " + " ".join(
        f"{k}. {t}{c if listed else ''}" for k, (t, c) in enumerate(zip(TITLES, cases, strict=True), 1))
    items = [f"{k + 2} {HEAD.format(n=k + 2)} {k}. {TITLES[k - 1]}{cases[k - 1]} Sagsfremstilling Forvaltningen "
             f"har skrevet et kort notat om sagen nummer {k}. Indstilling Forvaltningen indstiller, at udvalget "
             "godkender sagen. Beslutning Godkendt." for k in bodies]
    return [COVER, contents, *items]


@pytest.mark.parametrize("listed", [True, False], ids=["listed", "headers-only"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_case_number_beside_a_header_title_is_the_items(tmp_path: Path, shape: str, listed: bool) -> None:
    tail, numbers = SHAPES[shape]
    doc = parse_transcript(tmp_path, *_pages(tail, range(1, 5), listed), body="Engudvalget")
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert [it.case_numbers for it in doc.items] == [[n.format(s=4100 + k, k=k) for n in numbers]
                                                     for k in range(1, 5)]


@pytest.mark.parametrize("shape", ["dash", "dot"])
def test_the_contents_row_gives_the_case_number_of_an_item_without_its_body(tmp_path: Path, shape: str) -> None:
    tail, numbers = SHAPES[shape]
    doc = parse_transcript(tmp_path, *_pages(tail, range(1, 2)), body="Engudvalget")
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert [it.case_numbers for it in doc.items] == [[n.format(s=4100 + k, k=k) for n in numbers]
                                                     for k in range(1, 5)]
