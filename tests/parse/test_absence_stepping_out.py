"""Leaving a case's treatment in the verbs with 'ud' ('X trådte ud under behandlingen af punktet', 'X udtrådte under
sagens behandling', 'X gik ud af lokalet under …', 'X erklærede sig inhabil og trådte ud') and leaving for being
inhabil with the reason after the verb ('X forlod mødet pga. inhabilitet'): the member is the decision's absentee
(issue 11, absence_phrasings traadte-ud, udtraadte, gik-ud-af-lokalet, forlod-pga-inhabilitet rows). Invented words
and names; expected values by the annotation rules (absence sentences stay in the decision's text)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


@pytest.mark.parametrize("sentence", [
    "Vera Dahl (B) trådte ud under behandlingen af punktet.",
    "Vera Dahl (B) udtrådte under sagens behandling.",
    "Vera Dahl (B) gik ud af lokalet under behandlingen af punktet.",
    "Vera Dahl (B) erklærede sig inhabil og trådte ud.",
    "Vera Dahl (B) forlod mødet pga. inhabilitet.",
    "Vera Dahl (B) forlod mødet på grund af sin inhabilitet."])
@pytest.mark.parametrize("flat", [False, True])
def test_stepping_out_of_the_case_makes_the_decisions_absentee(tmp_path, sentence, flat):
    """Only 'forlod' and 'fratrådte' were verbs of leaving, and 'pga.' ended the sentence before its reason."""
    page = PAGE.format(head=HEAD, decision=f"Vedtaget.\n{sentence}")
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    [d] = doc.items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])
    assert doc.meeting.absent == []


def test_stepping_out_of_a_body_is_no_absence(tmp_path):
    """'udtrådte af udvalget': a post left, no case beside it, nobody absent."""
    sentence = "Vera Dahl (B) udtrådte af udvalget i januar."
    [d] = parse_text(tmp_path, PAGE.format(head=HEAD, decision=f"Vedtaget.\n{sentence}")).items[0].decisions
    assert d.absent == []
