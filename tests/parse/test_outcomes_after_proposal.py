"""An outcome printed under the proposal with no heading, at the item's end, in the words a participle alone or a
present s-passive says it ('Drøftet.', 'Sagen udsættes til mødet i maj.'): the meeting's decision on the item
(annotation rules), on a page that kept its lines and flattened. Invented pages; no real text copied."""
from __future__ import annotations

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.outcome_lines import is_outcome_after_proposal

from .flattening import flattened_text

_PAGE = """Økonomiudvalget
Referat
Mødedato: 12-03-2024
Mødested: Rådhuset, mødelokale 2
Deltagere: Anne Hansen, Bo Jensen

1. Ny plan for havnen
Sagsnr.: 24/1001
Sagsfremstilling
Forvaltningen har lavet et forslag til en ny plan for havnen, som nu forelægges.
Indstilling
Forvaltningen indstiller, at planen drøftes.
{outcome}
2. Salg af grund
Sagsnr.: 24/1002
Sagsfremstilling
Der er kommet et bud på grunden ved skolen.
Indstilling
Forvaltningen indstiller, at grunden sælges.
{outcome}
"""


@pytest.mark.parametrize("outcome", ["Drøftet.", "Sagen udsættes til mødet i maj.", "Punktet oversendes til Byrådet."])
@pytest.mark.parametrize("flat", [False, True])
def test_an_outcome_below_the_proposal_is_the_meetings_decision(tmp_path, outcome, flat):
    text = _PAGE.format(outcome=outcome)
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(text) if flat else text, encoding="utf-8")
    doc = parse_file(page)
    assert [[(d.committee, d.date, d.text) for d in it.decisions] for it in doc.items] == [
        [("Økonomiudvalget", "2024-03-12", outcome)]] * 2


def test_a_sentence_ending_in_a_reference_word_does_not_take_the_next_items_number(tmp_path):
    """'… Sagen udsættes til næste møde. 2. Salg af grund …' flattened: the full stop after 'møde' ends the outcome's
    sentence, so '2.' opens the next item (before, it was read as a reference, 'møde 2', and the items after it
    merged into the first)."""
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(_PAGE.format(outcome="Sagen udsættes til næste møde.")), encoding="utf-8")
    doc = parse_file(page)
    assert [(it.number, it.title) for it in doc.items] == [("1", "Ny plan for havnen"), ("2", "Salg af grund")]
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Sagen udsættes til næste møde."]] * 2


def test_only_the_outcome_shapes_count():
    """Not a sentence in lower case, nor one that dates a plan ('Sagen udsættes til 2025.'), nor a noun alone."""
    assert is_outcome_after_proposal("Drøftet")
    assert not is_outcome_after_proposal("drøftet.")
    assert not is_outcome_after_proposal("Sagen udsættes til 2025.")
    assert not is_outcome_after_proposal("Budget")
