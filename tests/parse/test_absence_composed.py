"""Absentees in the words benchmarks/parse_accuracy/absence_phrasings.py added for issue 11: absence labels composed
of the known words ('Meddelt forfald:', 'Afbud meldt af:', 'Ej mødt:', 'Fraværende (afbud):', 'Fraværende pga.
sygdom:'), the verbs of not attending the lexicon lacked ('udeblev', 'var ej til stede', 'gik under behandlingen',
'kunne ikke deltage', 'forlod mødet kl. 17.30 under …'), an item's own absence sentence above its 'Beslutning'
heading, and a member marked away by the reason ('- syg', '(ferie)'). Invented words and names; expected values by
the annotation rules (labelled absence lines leave the decision's text, sentences stay in; absence printed for an
item is its decision's, the header's is the meeting's)."""
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


@pytest.mark.parametrize("label", ["Meddelt forfald", "Anmeldt afbud", "Afbud meldt af", "Ej mødt", "Ikke fremmødt",
                                   "Ikke deltagende", "Fraværende (afbud)", "Fraværende pga. sygdom",
                                   "Fraværende under punktet"])
@pytest.mark.parametrize("flat", [False, True])
def test_an_absence_label_composed_of_known_words_leaves_the_decision(tmp_path, label, flat):
    """A notice's verb before the absence's noun, who gave it, its reason, or a negated word of presence: the label
    was no label, so its line stayed in the decision's text and nobody was absent."""
    [d] = _page(tmp_path, f"Vedtaget.\n{label}: Vera Dahl (B)", flat=flat).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)"])


@pytest.mark.parametrize("label", ["Meddelt forfald", "Meldt forfald", "Ej mødt", "Ikke deltagende"])
def test_a_composed_absence_label_in_the_header_names_the_meetings_absentees(tmp_path, label):
    doc = _page(tmp_path, head=f"{HEAD}\n{label}: Vera Dahl (B)")
    assert doc.meeting.absent == ["Vera Dahl (B)"]
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) udeblev.", "Vera Dahl (B) var ej til stede.",
                                      "Vera Dahl (B) deltog ej.", "Vera Dahl (B) gik under behandlingen af punktet.",
                                      "Vera Dahl (B) kunne ikke deltage.", "Vera Dahl (B) var ikke deltagende.",
                                      "Vera Dahl (B) forlod mødet kl. 17.30 under behandlingen af punktet."])
@pytest.mark.parametrize("flat", [False, True])
def test_a_verb_of_not_attending_names_the_decisions_absentee(tmp_path, sentence, flat):
    """The sentence stays in the text (annotation rules) and its subject is the decision's absentee."""
    [d] = _page(tmp_path, f"Vedtaget.\n{sentence}", flat=flat).items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) udeblev.", "Vera Dahl (B) var ej til stede.",
                                      "Vera Dahl (B) havde forfald pga. sygdom."])
def test_a_verb_of_not_attending_in_the_header_names_the_meetings_absentee(tmp_path, sentence):
    assert _page(tmp_path, head=f"{HEAD}\n{sentence}").meeting.absent == ["Vera Dahl (B)"]


@pytest.mark.parametrize(("line", "with_line"), [
    ("langs molen.\n", "langs molen.\nVera Dahl (B) deltog ikke i behandlingen af punktet.\n"),
    ("Sagsfremstilling\n", "Vera Dahl (B) var forhindret i at deltage.\nSagsfremstilling\n")])
def test_an_items_absence_sentence_above_its_decision_heading_is_the_decisions(tmp_path, line, with_line):
    """Printed under the case text, above 'Beslutning', or in the item's head: the item's own absence, that
    decision's absentee."""
    text = PAGE.format(head=HEAD, decision="Vedtaget.").replace(line, with_line, 1)
    doc = parse_text(tmp_path, text)
    assert [d.absent for it in doc.items for d in it.decisions] == [["Vera Dahl (B)"], []]


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) deltog ikke i mødet i Havnerådet den 3. marts.",
                                      "Vera Dahl (B) kunne ikke tiltræde forslaget."])
def test_a_sentence_about_another_meeting_or_a_vote_names_no_absentee(tmp_path, sentence):
    text = PAGE.format(head=HEAD, decision=f"Vedtaget.\n{sentence}" if "tiltræde" in sentence else "Vedtaget.")
    if "tiltræde" not in sentence:
        text = text.replace("langs molen.\n", f"langs molen.\n{sentence}\n")
    doc = parse_text(tmp_path, text)
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]
    assert not doc.meeting.absent


@pytest.mark.parametrize("mark", [" - syg", " (ferie)", " - sygemeldt"])
def test_a_member_marked_with_the_reason_for_absence_is_absent(tmp_path, mark):
    """'Vera Dahl (B) - syg' in the members' list: a reason for absence is said only of one who was away."""
    doc = _page(tmp_path, head=f"Medlemmer:\nUlla Krog (B)\nVera Dahl (B){mark}\nTage Mørk (F)")
    assert doc.meeting.absent == ["Vera Dahl (B)"]
    assert "Vera Dahl (B)" in doc.meeting.participants
