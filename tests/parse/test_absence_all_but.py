"""Everyone there but some, said as an exception ('Alle medlemmer var mødt, undtagen X.', 'Alle deltog i mødet,
bortset fra X og Y.', 'Alle var til stede med undtagelse af X.'): the exception names who was away, from the meeting
in its header and from the case under a decision (issue 11, absence_phrasings m-alle-* rows). Invented words and
names; expected values by the annotation rules (sentences stay in the decision's text)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


@pytest.mark.parametrize("sentence", ["Alle medlemmer var mødt, undtagen Vera Dahl (B) og Otto Lund (F).",
                                      "Alle deltog i mødet, bortset fra Vera Dahl (B) og Otto Lund (F).",
                                      "Alle var til stede med undtagelse af Vera Dahl (B) og Otto Lund (F)."])
def test_the_exception_to_all_names_the_meetings_absentees(tmp_path, sentence):
    """No sentence of absence opened with 'Alle': the exception named nobody."""
    doc = parse_text(tmp_path, PAGE.format(head=f"{HEAD}\n{sentence}", decision="Vedtaget."))
    assert doc.meeting.absent == ["Vera Dahl (B)", "Otto Lund (F)"]
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]


def test_the_exception_under_a_decision_is_its_absentee(tmp_path):
    sentence = "Alle var til stede undtagen Vera Dahl (B)."
    [d] = parse_text(tmp_path, PAGE.format(head=HEAD, decision=f"Vedtaget.\n{sentence}")).items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])


def test_all_without_an_exception_names_nobody(tmp_path):
    doc = parse_text(tmp_path, PAGE.format(head=f"{HEAD}\nAlle medlemmer var mødt.", decision="Vedtaget."))
    assert doc.meeting.absent == []
