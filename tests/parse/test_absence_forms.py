"""Absentees in the forms benchmarks/parse_accuracy/absence_forms.py probes (issue 11), on small pages of invented
words and names: a label that puts an absence sentence's predicate before the names ('Deltog ikke i behandlingen:',
'Følgende medlemmer deltog ikke:'), the verbs of not taking part in the present and perfect tense, an inhabil clause
in other words, two clauses each with its absentee, '&' between names, 'uden deltagelse af X', a given name's short
form in a flattened label. Expected values by the annotation rules (absence printed for an item is its decision's
`absent`; the header's is the meeting's; labelled absence lines leave the decision's text, absence sentences stay
in it)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F), Vera Dahl (B), Otto Lund (F)"


def _page(tmp_path: Path, decision: str = "Vedtaget.", head: str = HEAD, flat: bool = False):
    text = PAGE.format(head=head, decision=decision)
    return parse_text(tmp_path, flattened_text(text) if flat else text)


@pytest.mark.parametrize("label", ["Deltog ikke i behandlingen", "Deltog ikke i sagens behandling",
                                   "Følgende medlemmer deltog ikke", "Følgende var ikke til stede"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_label_of_not_taking_part_names_the_decisions_absentees(tmp_path, label, flat):
    """The predicate of an absence sentence printed as a label before the names was no label: the names stayed in
    the decision's text and nobody was absent."""
    [d] = _page(tmp_path, f"Vedtaget.\n{label}: Vera Dahl (B) og Otto Lund (F)", flat=flat).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)", "Otto Lund (F)"])


@pytest.mark.parametrize("label", ["Følgende medlemmer deltog ikke", "Følgende var ikke til stede"])
def test_a_header_label_of_who_did_not_take_part_names_the_meetings_absentees(tmp_path, label):
    """The header read these words as no label of its facts, so the meeting had no absentee."""
    doc = _page(tmp_path, head=f"{HEAD}\n{label}: Vera Dahl (B)")
    assert (doc.meeting.absent, doc.items[0].decisions[0].absent) == (["Vera Dahl (B)"], [])


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) deltager ikke i behandlingen af sagen.",
                                      "Vera Dahl (B) har ikke deltaget i sagens behandling.",
                                      "Vera Dahl (B) meddelte inhabilitet og deltog ikke i behandlingen.",
                                      "Vera Dahl (B) anså sig for inhabil og forlod mødet under sagens behandling.",
                                      "Sagen blev behandlet uden deltagelse af Vera Dahl (B)."])
@pytest.mark.parametrize("flat", [False, True])
def test_an_absence_sentence_in_other_tenses_and_words_names_the_absentee(tmp_path, sentence, flat):
    """Only the past tense 'deltog ikke', the set inhabil verbs and a lead at the sentence's start were read."""
    [d] = _page(tmp_path, f"Vedtaget.\n{sentence}", flat=flat).items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])


def test_each_clause_of_a_sentence_names_its_own_absentee(tmp_path):
    """Only the first clause's subject was read: 'og Otto Lund (F) var fraværende' lost its absentee."""
    sentence = "Vera Dahl (B) havde meldt afbud, og Otto Lund (F) var fraværende."
    [d] = _page(tmp_path, f"Vedtaget.\n{sentence}").items[0].decisions
    assert d.absent == ["Vera Dahl (B)", "Otto Lund (F)"]
    doc = _page(tmp_path, head=f"{HEAD}\n{sentence}")
    assert doc.meeting.absent == ["Vera Dahl (B)", "Otto Lund (F)"]


def test_names_joined_by_an_ampersand_are_two_absentees(tmp_path):
    [d] = _page(tmp_path, "Vedtaget.\nFraværende: Vera Dahl (B) & Otto Lund (F)").items[0].decisions
    assert d.absent == ["Vera Dahl (B)", "Otto Lund (F)"]


def test_a_given_names_short_form_stays_in_a_flattened_absence_label(tmp_path):
    """The flattened label's value ended at the short form's full stop ('Jens Chr'), and the surname went to the
    decision's text."""
    [d] = _page(tmp_path, "Vedtaget.\nFraværende: Jens Chr. Dahl (B)", flat=True).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Jens Chr. Dahl (B)"])


def test_members_who_declare_themselves_inhabile_together_are_absent(tmp_path):
    """The plural 'inhabile' ended no inhabil clause, so neither member was absent."""
    sentence = "Vera Dahl (B) og Otto Lund (F) erklærede sig inhabile og deltog ikke i behandlingen."
    [d] = _page(tmp_path, f"Vedtaget.\n{sentence}").items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)", "Otto Lund (F)"])
