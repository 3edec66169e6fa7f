"""Absentees said as what the meeting or the case went without ('Mødet blev holdt uden X.', 'Mødet blev afholdt uden
deltagelse af X.', 'Sagen blev behandlet uden X.'), in the header (the meeting's) and under a decision (the
decision's), lined and flattened, on a small page of invented names (issue 11). And for precision: 'uden' after any
other word names nobody ('Godkendt uden bemærkninger.')."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

MEMBERS = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


def _doc(tmp_path, head: str = MEMBERS, decision: str = "Vedtaget.", flat: bool = False):
    text = PAGE.format(head=head, decision=decision)
    return parse_text(tmp_path, flattened_text(text) if flat else text)


@pytest.mark.parametrize("sentence", ["Mødet blev holdt uden {w}.", "Mødet blev afholdt uden {w}.",
                                      "Mødet blev afholdt uden deltagelse af {w}."])
@pytest.mark.parametrize("who,names", [("Vera Dahl (B)", ["Vera Dahl (B)"]),
                                       ("Vera Dahl (B) og Otto Lund (F)", ["Vera Dahl (B)", "Otto Lund (F)"])])
@pytest.mark.parametrize("flat", [False, True])
def test_meeting_held_without_members_names_the_meetings_absentees(tmp_path, sentence, who, names, flat):
    """'holdt uden X' was no absence at all, and on a flattened page the sentence run on after the members' list
    was weighed against the whole line above it (its other labels made no names of the list), so nobody was
    absent there either."""
    doc = _doc(tmp_path, head=f"{MEMBERS}\n{sentence.format(w=who)}", flat=flat)
    assert (doc.meeting.absent, doc.meeting.participants) == (names, ["Ulla Krog (B)", "Tage Mørk (F)"])
    assert doc.items[0].decisions[0].absent == []


@pytest.mark.parametrize("flat", [False, True])
def test_case_treated_without_a_member_names_the_decisions_absentee(tmp_path, flat):
    """Under a decision the same words are that decision's absence (the sentence stays in its text)."""
    doc = _doc(tmp_path, decision="Vedtaget. Sagen blev behandlet uden Vera Dahl (B).", flat=flat)
    [d] = doc.items[0].decisions
    assert (d.text, d.absent, doc.meeting.absent) == ("Vedtaget. Sagen blev behandlet uden Vera Dahl (B).",
                                                      ["Vera Dahl (B)"], [])


@pytest.mark.parametrize("decision", ["Vedtaget uden Bemærkninger.", "Vedtaget. Sagen blev sendt uden Ændringer."])
def test_without_after_another_word_names_nobody(tmp_path, decision):
    [d] = _doc(tmp_path, decision=decision).items[0].decisions
    assert d.absent == []
