"""A member's absence said by its reason alone ('Bo Jensen (V) var syg.', '… var på ferie.', '… var bortrejst.'): the
reason is said only of one who was away, as the same word after a name in a members' list ('Bo Jensen (V) - syg')
marks the member absent. Under a decision the member missed that decision; in the meeting's head, the meeting.
Invented page and names (tests/parse/absence_page.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .absence_page import PAGE
from .flattening import flattened_text

REASONS = ["var syg.", "var sygemeldt.", "var på ferie.", "var bortrejst.", "var syg på grund af influenza."]


def _contract(tmp_path: Path, head: str, decision: str, flat: bool) -> dict:
    text = PAGE.replace("{head}", head).replace("{decision}", decision)
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(text) if flat else text, encoding="utf-8")
    return parse_file(page).to_contract()


@pytest.mark.parametrize("reason", REASONS[:4])
@pytest.mark.parametrize("flat", [False, True])
def test_a_reason_under_a_decision_names_its_absentee(tmp_path: Path, reason: str, flat: bool) -> None:
    doc = _contract(tmp_path, "Mødested: Havnekontoret", f"Godkendt.\nBo Jensen (V) {reason}", flat)
    assert [d["absent"] for it in doc["items"] for d in it["decisions"]] == [["Bo Jensen (V)"], []]


@pytest.mark.parametrize("reason", REASONS)
def test_a_reason_in_the_head_names_the_meetings_absentee(tmp_path: Path, reason: str) -> None:
    doc = _contract(tmp_path, f"Medlemmer: Bo Jensen (V), Anne Hansen (A)\nBo Jensen (V) {reason}", "Godkendt.", False)
    assert doc["meeting"]["absent"] == ["Bo Jensen (V)"]


def test_a_reason_said_of_a_thing_is_no_absence(tmp_path: Path) -> None:
    # the word in a case's text about no person ('Vejen var syg…' is no Danish; a building 'var bortrejst' neither):
    # a sentence that goes on after the reason names no absentee
    doc = _contract(tmp_path, "Mødested: Havnekontoret", "Godkendt.\nBo Jensen (V) var syg af grin over forslaget.",
                    False)
    assert [d["absent"] for it in doc["items"] for d in it["decisions"]] == [[], []]
