"""The members' line going on into its absentees' label in small letters, after a comma or a semicolon ('Deltagere:
Ulla Krog (B), Tage Mørk (F), fraværende: Vera Dahl (B)'): the label of the class with its colon is the label in the
sentence's case, so its names are the meeting's absentees, not members (issue 11, absence_phrasings m-run-in-* rows).
Invented words and names; expected values by the annotation rules (the header's absentees are the meeting's only)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text


@pytest.mark.parametrize("run_in", [", fraværende: Vera Dahl (B) og Otto Lund (F)",
                                    "; afbud: Vera Dahl (B) og Otto Lund (F)",
                                    ", ikke til stede: Vera Dahl (B) og Otto Lund (F)"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_lower_case_absence_label_after_the_members_names_the_meetings_absentees(tmp_path, run_in, flat):
    """The mid-line label was read only capitalised: the absentees were read as members and nobody was absent."""
    page = PAGE.format(head=f"Deltagere: Ulla Krog (B), Tage Mørk (F){run_in}", decision="Vedtaget.")
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    assert doc.meeting.participants == ["Ulla Krog (B)", "Tage Mørk (F)"]
    assert doc.meeting.absent == ["Vera Dahl (B)", "Otto Lund (F)"]
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]


def test_a_lower_case_place_word_after_a_comma_is_no_label(tmp_path):
    """Only the absence labels read in small letters: 'sted:' after a comma stays a word of the sentence."""
    page = PAGE.format(head="Deltagere: Ulla Krog (B), Tage Mørk (F)\nMødested: Rådhuset, sted: kantinen",
                       decision="Vedtaget.")
    doc = parse_text(tmp_path, page)
    assert (doc.meeting.absent, doc.meeting.participants) == ([], ["Ulla Krog (B)", "Tage Mørk (F)"])
