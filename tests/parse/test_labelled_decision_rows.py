"""'Body: Outcome.' rows under a plain 'Beslutning' heading (strand theads2, issue 11), on an invented page read as
printed and flattened. By the annotation rules an outcome printed with its body ('Teknik- og Miljøudvalget:
Anbefales.') is that body's decision, and a heading with no committee takes the meeting's: two rows and more are one
decision per body, its text the outcome after the colon, the meeting's committee on the meeting's date, another body
undated. A single row stays the heading's text as printed; a label that names no body makes no row."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES

TMU = "Teknik- og Miljøudvalget"
LATER = "Godkendt med den tilføjelse, at fristen forlænges."


def _decisions(tmp_path: Path, block: str, flat: bool) -> list[tuple[str | None, str | None, str]]:
    page = MINUTES.format(block=block)
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page) if flat else page, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.date, d.text) for d in item.decisions]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_two_labelled_rows_are_each_their_bodys_decision(tmp_path, flat):
    block = f"Beslutning\n{TMU}: Anbefales.\nØkonomiudvalget: {LATER}"
    assert _decisions(tmp_path, block, flat) == [(TMU, None, "Anbefales."),
                                                 ("Økonomiudvalget", "2024-03-12", LATER)]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_a_third_row_is_a_third_decision(tmp_path, flat):
    block = f"Beslutning\n{TMU}: Anbefales.\nØkonomiudvalget: Anbefales.\nByrådet: {LATER}"
    assert _decisions(tmp_path, block, flat) == [(TMU, None, "Anbefales."),
                                                 ("Økonomiudvalget", "2024-03-12", "Anbefales."),
                                                 ("Byrådet", None, LATER)]


def test_rows_run_on_one_line_are_read_as_rows(tmp_path):
    block = f"Beslutning\n{TMU}: Anbefales. Økonomiudvalget: {LATER}"
    assert _decisions(tmp_path, block, False) == [(TMU, None, "Anbefales."),
                                                  ("Økonomiudvalget", "2024-03-12", LATER)]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", [
    "Beslutning\nØkonomiudvalget: Godkendt.",  # a single row: the gold's convention unknown, left as printed
    "Beslutning\nAd 1: Godkendt.\nAd 2: Godkendt.",  # points of the proposal, no bodies
    "Beslutning\nGodkendt.\nBemærkning: Godkendt.",  # a remark's label
    "Beslutning\nØkonomiudvalget: Godkendt.\nFor stemte: A, V",  # a vote
])
def test_labels_that_make_no_table_leave_one_decision_as_printed(tmp_path, block, flat):
    text = " ".join(block.split("\n")[1:])
    assert _decisions(tmp_path, block, flat) == [("Økonomiudvalget", "2024-03-12", text)]
