"""Flattened item bodies (a PDF transcript's page lines, or benchmarks/parse_accuracy/flattened.py): labels,
absentees and decision heads found again inside a run of text (parse/inline_body.py). Each test goes red
when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.inline_body import split_inline
from sagsgang.parse.item_body import parse_item

_EXTRA = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra"


def _texts(text: str) -> list[str]:
    return [ln.text for ln in split_inline(text, 0)]


def _tune_page(name: str) -> Path:
    page = _EXTRA / "docs" / name
    if not page.exists():
        pytest.skip("the shared corpus is not here")
    return page


# --- a label whose value on its line is a body's name is a field, no section ---

def test_label_with_a_body_as_its_value_stays_one_field():
    lines = _texts("Sagsnr.: 330-2020-1487 Åbent Kompetence: Økonomiudvalget Beslutningstema Godkendelse af "
                   "dagsorden. Indstilling Borgmesteren indstiller, at dagsordenen godkendes.")
    assert "Kompetence: Økonomiudvalget" in lines
    assert "Kompetence" not in lines


def test_label_with_no_value_before_the_status_is_no_heading():
    """'Sagsnr.: Kompetence: Åben sag …' (a real tune transcript, x0282): the labels' values were lost."""
    lines = _texts("Sagsnr.: Kompetence: Åben sag Godkendelse af dagsorden. Borgmesteren indstiller, at "
                   "dagsordenen godkendes.")
    assert "Kompetence" not in lines


def test_label_before_a_decision_heading_is_no_field():
    """'Indstilling: Beslutning Økonomiudvalget den : Godkendt …' (a tune transcript, x0140): the heading after
    the label names a body, but it heads the decision."""
    item = parse_item(split_inline("Sagsnr.: Resumé: Indstilling: Beslutning Økonomiudvalget den : Godkendt med "
                                   "den ændring, at punkt 15 udgår. Sagsfremstilling: Beslutningskompetence:", 0),
                      "1", "ØU - Godkendelse af dagsorden")
    assert [(d.committee, d.text) for d in item.decisions] == [("Økonomiudvalget",
                                                                "Godkendt med den ændring, at punkt 15 udgår.")]


def test_tune_transcript_competence_labels_are_no_sections():
    page = _tune_page("x0282.txt")
    items = parse_file(page).to_contract()["items"]
    assert items[0]["sections"] == [] and items[1]["sections"] == []


# --- an absence label's value ends with its sentence; the decision's text follows ---

_ABSENCE_RUN = ("Beslutningstema Godkendelse af dagsorden. Indstilling Borgmesteren indstiller, 1. at Dagsorden "
                "godkendes Beslutning i Byrådet den 25. juni 2018: Fraværende: Villum Christensen havde meldt afbud "
                "- Mick Keller var indkaldt som suppleant og blev godkendt. Notat vedrørende fortolkning af "
                "Styrelsesvedtægtens § 30 vedrørende fravær udarbejdes. Dagsorden blev godkendt.")


def test_absence_sentence_then_the_decision_text():
    item = parse_item(split_inline(_ABSENCE_RUN, 0), "1", "Godkendelse af dagsorden (B)")
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Byrådet", "2018-06-25", "Notat vedrørende fortolkning af Styrelsesvedtægtens § 30 vedrørende fravær "
         "udarbejdes. Dagsorden blev godkendt.", ["Villum Christensen"])]


def test_substitute_sentence_stays_with_the_absentees():
    lines = _texts("Beslutning i Byrådet den 25. juni 2018: Fraværende: Bo Holm (V). I stedet mødte Kaj Berg (V). "
                   "Sagen blev udsat.")
    assert lines[-1] == "Sagen blev udsat."
    assert lines[-2].startswith("Fraværende: Bo Holm (V). I stedet mødte")
