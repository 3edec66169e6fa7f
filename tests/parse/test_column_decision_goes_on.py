"""A decision heading and its outcome on one line with no colon ('Beslutning Godkendt.', a two-column row read
across), the outcome's cell going on after its first sentence: an absence sentence or label, a further sentence
(issue 11). Read as the flattened page reads it: the heading, then the whole cell as the decision's text, labelled
absence lines removed from it and named absent (annotation rules). Invented page."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .minutes_page import MINUTES


@pytest.mark.parametrize("row, text, absent", [
    ("Beslutning Godkendt. Fraværende: Bo Jensen (V)", "Godkendt.", ["Bo Jensen (V)"]),
    ("Beslutning | Godkendt. Afbud: Bo Jensen (V) og Carl Nielsen (C)", "Godkendt.",
     ["Bo Jensen (V)", "Carl Nielsen (C)"]),
    ("Beslutning Godkendt. Bo Jensen (V) var fraværende.", "Godkendt. Bo Jensen (V) var fraværende.",
     ["Bo Jensen (V)"]),
    ("Beslutning Anbefales. Sagen sendes videre til Byrådet.", "Anbefales. Sagen sendes videre til Byrådet.", []),
])
def test_the_outcome_cell_goes_on_after_its_sentence(tmp_path: Path, row: str, text: str, absent: list[str]) -> None:
    p = tmp_path / "page.txt"
    p.write_text(MINUTES.format(block=row), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Økonomiudvalget", "2024-03-12", text, absent)]
    assert "Beslutning" in [s.heading for s in item.sections]


def test_a_line_that_names_a_decision_in_prose_is_no_row(tmp_path: Path) -> None:
    """'Beslutning om …' is a sentence's or a title's start, no heading with its outcome."""
    p = tmp_path / "page.txt"
    p.write_text(MINUTES.format(block="Beslutning om mødeplan. Godkendt af direktionen."), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert item.decisions == []
