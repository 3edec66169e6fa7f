"""Case numbers printed on the line above each item's header (case_lines_above): the page's repetition says each is
the case of the header below it. Invented text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.transcript_page import parse_text

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Rådhuset\n\n"


def _page(case: str, under: bool = False) -> str:
    items = []
    for n, title in ((1, "Budget 2025"), (2, "Salg af grund"), (3, "Køb af ejendom")):
        line = case.format(n=n)
        items.append(f"{n}. {title}\n{line}\n" if under else f"{line}\n{n}. {title}\n")
        items[-1] += "Sagsfremstilling\nForvaltningen har udarbejdet et notat.\nBeslutning\nGodkendt.\n"
    return _HEAD + "\n".join(items)


def _read(tmp_path: Path, text: str) -> list[tuple[list[str], list[str]]]:
    items = parse_text(tmp_path, text).to_contract()["items"]
    return [(it["case_numbers"], [d["text"] for d in it["decisions"]]) for it in items]


@pytest.mark.parametrize("case", ["24/100{n}", "Sagsnr.: 24/100{n}"])
def test_a_case_line_above_every_header_is_the_case_of_the_header_below(tmp_path: Path, case: str) -> None:
    """Before, each case line closed the decision above it ('Godkendt. 24/1002') and no item had a case."""
    assert _read(tmp_path, _page(case)) == [(["24/1001"], ["Godkendt."]), (["24/1002"], ["Godkendt."]),
                                            (["24/1003"], ["Godkendt."])]


def test_case_lines_under_the_headers_stay_theirs(tmp_path: Path) -> None:
    """A page that prints its case numbers under the headers: a case line that ends an item (its own, printed
    again) stays that item's, though one stands above every later header."""
    text = _page("Sagsnr.: 24/100{n}", under=True)
    for n in (1, 2, 3):
        text = text.replace(f"Godkendt.\n\n{n + 1}. ", f"Godkendt.\n24/100{n}\n\n{n + 1}. ")
    assert [cases for cases, _ in _read(tmp_path, text)] == [["24/1001"], ["24/1002"], ["24/1003"]]


def test_one_case_line_above_one_header_is_the_item_above_its_text(tmp_path: Path) -> None:
    """No repetition, no layout: a lone case line after a decision stays where it is printed."""
    text = _page("Bilag: notat {n}").replace("Bilag: notat 2\n", "Sagsnr.: 24/1002\n")
    assert _read(tmp_path, text)[0] == ([], ["Godkendt. Sagsnr.: 24/1002"])
