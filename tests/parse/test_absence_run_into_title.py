"""An item's absence sentence printed under its header ('1. Salg af grund ved Skolevej' / 'Anne Hansen (V) var
forhindret i at deltage.'), which a PDF viewer's transcript runs into the header's title: the sentence is the item's
decision's absence, the title what is before its subject (title_absence.py). Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.title_absence import title_and_absence

from .flattening import flattened_text

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nDeltagere: Carl Olsen (C), Eva Berg (O)\n\n"
_REST = ("Sagsfremstilling\nKommunen har modtaget et bud på grunden.\nBeslutning\nAnbefales.\n\n2. Budget 2025\n"
         "Sagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n")


def _first_item(tmp_path: Path, header: str, sentence: str) -> tuple[str, list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(_HEAD + header + "\n" + sentence + "\n" + _REST), encoding="utf-8")
    item = parse_file(page).items[0]
    return item.title, [n for d in item.decisions for n in d.absent]


@pytest.mark.parametrize(("header", "sentence", "title", "absent"), [
    ("1. Salg af grund ved Skolevej", "Anne Hansen (V) var forhindret i at deltage.", "Salg af grund ved Skolevej",
     ["Anne Hansen (V)"]),
    ("1. Godkendelse af dagsorden", "Anne Marie Hansen (V) og Bo Jensen (A) deltog ikke i behandlingen af punktet.",
     "Godkendelse af dagsorden", ["Anne Marie Hansen (V)", "Bo Jensen (A)"]),
    ("1. Budget 2025", "Anne Hansen var forhindret i at deltage.", "Budget 2025", ["Anne Hansen"]),
])
def test_the_sentence_run_into_the_title_is_the_decisions_absence(tmp_path: Path, header: str, sentence: str,
                                                                   title: str, absent: list[str]) -> None:
    assert _first_item(tmp_path, header, sentence) == (title, absent)


def test_a_name_whose_first_word_may_be_the_titles_is_not_cut(tmp_path: Path) -> None:
    """'… ved Nørre Lindby Anne Hansen …': 'Lindby Anne Hansen' or 'Anne Hansen'? Undecided, so no absentee."""
    assert title_and_absence("Lokalplan ved Nørre Lindby Anne Hansen var forhindret i at deltage.")[1] is None


def test_a_title_without_an_absence_sentence_stays_whole() -> None:
    assert title_and_absence("Orientering om Anne Hansens forslag.") == ("Orientering om Anne Hansens forslag.", None)
    assert title_and_absence("Anne Hansen var forhindret i at deltage.")[1] is None  # nothing left for the title
