"""An absence label whose value is the word for none, with the next heading and its text run on after it by a
flattened page ('Fraværende' / 'Ingen. Sagsoplysninger Ingen.'): nobody is absent, and the heading's words are no
absentee's name. Evidence: the section_shapes net's flattened pages gave 'Ingen. Sagsoplysninger Ingen' as the
meeting's absentee once the item's body ended before the next header's status word. Invented page."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.people import split_names

PAGE = """Referat
Kulturudvalget
Mødedato: 14. august 2024 kl. 16:00
Mødested: Kulturhuset

1. Fraværende og bemærkninger til dagsordenen
Sagsnr.: 24/1001
Fraværende
Ingen. Sagsoplysninger Ingen.

2. Status på kulturstrategi
Sagsfremstilling
Forvaltningen giver en status.
Beslutning
Taget til efterretning.
"""


@pytest.mark.parametrize("value", ["Ingen. Sagsoplysninger Ingen.", "Ingen. Bemærkninger til dagsordenen",
                                   "ingen. Sagsoplysninger"])
def test_none_as_the_first_sentence_names_nobody(value: str) -> None:
    assert split_names(value) == []


def test_a_name_with_an_initial_is_still_a_name() -> None:
    assert split_names("Jens A. Hansen") == ["Jens A. Hansen"]


def test_the_attendance_items_none_with_a_heading_run_on(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert parse_file(page).to_contract()["meeting"]["absent"] == []
