"""A header's list written as a sentence ends in its full stop right after the last name's party letters ('Afbud fra
Vera Dahl, B.', 'Fraværende: Vera Dahl, B og Otto Lund, F.'): the letters are the party and the stop is the
sentence's (issue 11, absence_phrasings m-afbud-fra-sentence). Invented words and names; expected values by the
annotation rules (entries as printed, party marker included)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog, B; Tage Mørk, F"


@pytest.mark.parametrize(("line", "who"), [
    ("Afbud fra Vera Dahl, B.", ["Vera Dahl, B"]),
    ("Fraværende: Vera Dahl, B og Otto Lund, F.", ["Vera Dahl, B", "Otto Lund, F"]),
    ("Afbud fra Vera Dahl - B og Otto Lund - SF.", ["Vera Dahl - B", "Otto Lund - SF"])])
@pytest.mark.parametrize("flat", [False, True])
def test_the_party_letters_before_the_sentences_stop_stay_with_the_absentee(tmp_path, line, who, flat):
    """'V.' after the comma was split off as a chunk of its own and, with its stop, read as no party: the absentee
    lost the party ('Vera Dahl'), the last of two lost it alone."""
    text = PAGE.format(head=f"{HEAD}\n{line}", decision="Vedtaget.")
    doc = parse_text(tmp_path, flattened_text(text) if flat else text)
    assert doc.meeting.absent == who
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]


def test_a_members_line_ending_in_a_stop_keeps_the_last_members_party(tmp_path):
    """'Deltagere: Ulla Krog, B; Tage Mørk, F.': the last member keeps the letters before the stop."""
    doc = parse_text(tmp_path, PAGE.format(head=f"{HEAD}.", decision="Vedtaget."))
    assert doc.meeting.participants == ["Ulla Krog, B", "Tage Mørk, F"]
