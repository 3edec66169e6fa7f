"""Where a decision's absence list ends on a flattened page, past what a party's bracket used to end it at: the
bilag heading with its first bilag's number after a name with no bracket ('… Fraværende: Anne Hansen, V Bilag 1.
Kort …'), and the outcome right after the names under a label without its colon ('… Beslutning Fraværende Anne
Hansen Anbefales.', a label, a line of names and the outcome as the lined page prints them). inline_absences.py.
Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text

_HEAD = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nDeltagere: Carl Olsen (C), Eva Berg (O)\n\n"
         "1. Salg af grund ved Skolevej\nSagsfremstilling\nKommunen har modtaget et bud på grunden.\nBeslutning\n")
_NEXT = "\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n"


def _decisions(tmp_path: Path, decision: str) -> list[tuple[str, list[str]]]:
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(_HEAD + decision + _NEXT), encoding="utf-8")
    return [(d.text, d.absent) for it in parse_file(page).items for d in it.decisions]


@pytest.mark.parametrize("who", ["Anne Hansen, V", "Anne Hansen - V", "Anne Hansen", "Anne Hansen og Bo Jensen"])
def test_the_absence_list_ends_at_the_bilag_heading(tmp_path: Path, who: str) -> None:
    names = who.split(" og ")
    got = _decisions(tmp_path, f"Anbefales.\nFraværende: {who}\n\nBilag\n1. Kort over grunden\n")
    assert got == [("Anbefales.", names), ("Godkendt.", [])]


@pytest.mark.parametrize("who", ["Anne Hansen", "Anne Hansen (V)", "Anne Hansen (V), Bo Jensen (A)"])
def test_a_bare_label_over_names_ends_at_the_outcome(tmp_path: Path, who: str) -> None:
    got = _decisions(tmp_path, f"Fraværende\n{who.replace(', ', chr(10))}\nAnbefales.\n")
    assert got == [("Anbefales.", who.split(", ")), ("Godkendt.", [])]


def test_two_names_without_parties_run_together_are_not_read_as_one(tmp_path: Path) -> None:
    """'… Fraværende Anne Hansen Bo Jensen Anbefales.': nothing marks where one name ends; no name is made up."""
    got = _decisions(tmp_path, "Fraværende\nAnne Hansen\nBo Jensen\nAnbefales.\n")
    assert all(n in ("Anne Hansen", "Bo Jensen") for _, absent in got for n in absent)
