"""An absence sentence with a sentence adverb between its verb and the absence ('X var dog fraværende', 'X deltog
desværre ikke i sagens behandling', 'X var heller ikke til stede'): the adverb weighs the sentence, the absence is the
same, at the decision and in the meeting's header (issue 11, absence_phrasings var-dog-fravaerende,
deltog-desvaerre-ikke, heller-ikke-til-stede, m-var-dog-fravaerende rows). Invented words and names; expected values
by the annotation rules (sentences stay in the decision's text; the header's absentees are the meeting's)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"
SENTENCES = ["Vera Dahl (B) var dog fraværende.", "Vera Dahl (B) deltog desværre ikke i sagens behandling.",
             "Vera Dahl (B) var heller ikke til stede.", "Vera Dahl (B) var også fraværende."]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("flat", [False, True])
def test_an_adverb_in_the_sentence_keeps_the_decisions_absentee(tmp_path, sentence, flat):
    """The verb had to meet the absence word at once ('var fraværende'): 'var dog fraværende' named nobody."""
    page = PAGE.format(head=HEAD, decision=f"Vedtaget.\n{sentence}")
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    [d] = doc.items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", ["Vera Dahl (B)"])


@pytest.mark.parametrize("sentence", [SENTENCES[0], SENTENCES[2]])
def test_an_adverb_in_the_headers_sentence_keeps_the_meetings_absentee(tmp_path, sentence):
    doc = parse_text(tmp_path, PAGE.format(head=f"{HEAD}\n{sentence}", decision="Vedtaget."))
    assert doc.meeting.absent == ["Vera Dahl (B)"]
    assert [d.absent for it in doc.items for d in it.decisions] == [[], []]
