"""A list whose last name follows 'og' after the comma that closes the name before it ('Vera Dahl, B, og Otto Lund,
F', 'Vera Dahl (B), og Otto Lund (F)'): the comma is the apposition's, 'og' still joins the names, so both are read
with their parties, in labels and sentences alike (issue 11, absence_phrasings serial-* rows). Invented words and
names; expected values by the annotation rules (entries as printed, party marker included)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog, B, og Tage Mørk, F"
BOTH = ["Vera Dahl, B", "Otto Lund, F"]


@pytest.mark.parametrize("line", ["Afbud fra Vera Dahl, B, og Otto Lund, F.",
                                  "Vera Dahl, B, og Otto Lund, F, var fraværende.",
                                  "Fraværende: Vera Dahl, B, og Otto Lund, F"])
@pytest.mark.parametrize("flat", [False, True])
def test_the_decisions_absentees_after_a_closing_comma_before_og(tmp_path, line, flat):
    """', og' was read as a comma and a word 'og Otto Lund' that is no name: the last absentee was lost, or both."""
    page = PAGE.format(head=HEAD, decision=f"Vedtaget.\n{line}")
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    assert doc.items[0].decisions[0].absent == BOTH
    assert doc.meeting.participants == ["Ulla Krog, B", "Tage Mørk, F"]


def test_the_meetings_absentees_after_a_closing_comma_before_og(tmp_path):
    head = f"{HEAD}\nAfbud: Vera Dahl (B), og Otto Lund (F)"
    doc = parse_text(tmp_path, PAGE.format(head=head, decision="Vedtaget."))
    assert doc.meeting.absent == ["Vera Dahl (B)", "Otto Lund (F)"]
