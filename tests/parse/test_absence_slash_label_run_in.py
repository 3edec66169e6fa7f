"""Two absence labels joined by a slash and run onto the outcome's line of a printed page ('Vedtaget. Afbud/fravær: Bo
Jensen (V)'): the label's own line, as on a page that prints it below the outcome, so the member is the decision's
absentee and the label no part of its text. Invented page (tests/parse/absence_page.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .absence_page import PAGE


@pytest.mark.parametrize("label", ["Afbud/fravær:", "Fravær/afbud:", "Fraværende/afbud:"])
@pytest.mark.parametrize("run_in", [True, False])
def test_a_slashed_label_on_the_outcomes_line(tmp_path: Path, label: str, run_in: bool) -> None:
    decision = f"Vedtaget.{' ' if run_in else chr(10)}{label} Bo Jensen (V)"
    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace("{head}", "Mødested: Havnekontoret").replace("{decision}", decision), encoding="utf-8")
    first = parse_file(page).to_contract()["items"][0]["decisions"]
    assert [(d["text"], d["absent"]) for d in first] == [("Vedtaget.", ["Bo Jensen (V)"])]
