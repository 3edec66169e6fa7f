"""Absentees in the words benchmarks/parse_accuracy/absence_phrasings.py added for leaving and for the meeting's
notice: 'fratrådte' as the verb of leaving for a case ('X fratrådte under behandlingen af punktet', 'X erklærede sig
inhabil og fratrådte mødet'), the leaving as a clause before the verb of not taking part ('X forlod mødet kl. 18.00
og deltog ikke i …'), leaving the room with no more said ('X forlod herefter lokalet'), leaving 'ved' the treatment,
the body declaring the member inhabil ('Udvalget erklærede X for inhabil'), 'Afbud er modtaget fra X' and 'X deltog
ikke i dagens møde' in the header (leaving.py, people.py). Invented words and names; expected values by the
annotation rules (absence sentences stay in the decision's text; the header's absence is the meeting's)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


def _page(tmp_path: Path, decision: str = "Vedtaget.", head: str = HEAD, flat: bool = False):
    text = PAGE.format(head=head, decision=decision)
    return parse_text(tmp_path, flattened_text(text) if flat else text)


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) fratrådte under behandlingen af punktet.",
                                      "Vera Dahl (B) fratrådte mødet under sagens behandling.",
                                      "Vera Dahl (B) erklærede sig inhabil og fratrådte mødet.",
                                      "Vera Dahl (B) forlod mødet kl. 18.00 og deltog ikke i behandlingen af punktet.",
                                      "Vera Dahl (B) forlod herefter lokalet.",
                                      "Vera Dahl (B) forlod mødet ved behandlingen af punktet.",
                                      "Udvalget erklærede Vera Dahl (B) for inhabil.",
                                      "Udvalget erklærede Vera Dahl - B for inhabil."])
@pytest.mark.parametrize("flat", [False, True])
def test_leaving_for_the_case_names_the_decisions_absentee(tmp_path, sentence, flat):
    """The sentence stays in the text and its subject is the decision's absentee (it was nobody's)."""
    doc = _page(tmp_path, f"Vedtaget.\n{sentence}", flat=flat)
    name = "Vera Dahl - B" if "- B" in sentence else "Vera Dahl (B)"
    assert [(d.text, d.absent) for d in doc.items[0].decisions] == [(f"Vedtaget. {sentence}", [name])]
    assert not doc.meeting.absent


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) fratrådte sin post som formand i januar.",
                                      "Udvalget erklærede Vera Dahl (B) for ikke inhabil.",
                                      "Vera Dahl (B) forlod mødet."])
def test_leaving_a_post_being_cleared_or_leaving_the_meeting_names_no_absentee(tmp_path, sentence):
    """'fratrådte' without the case or the meeting beside it says someone left a post, 'for ikke inhabil' clears the
    member, and leaving the meeting with no more said may be after the case: no absence."""
    doc = _page(tmp_path, f"Vedtaget.\n{sentence}")
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]


@pytest.mark.parametrize("sentence", ["Afbud er modtaget fra Vera Dahl (B).", "Afbud var meldt fra Vera Dahl (B).",
                                      "Vera Dahl (B) deltog ikke i dagens møde."])
def test_the_headers_notice_with_its_auxiliary_or_todays_meeting_names_the_meetings_absentee(tmp_path, sentence):
    doc = _page(tmp_path, head=f"{HEAD}\n{sentence}")
    assert doc.meeting.absent == ["Vera Dahl (B)"]
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]
