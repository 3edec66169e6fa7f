"""Outcomes a Danish minute prints without a 'Beslutning' heading (issue 11): a body's statement after the proposal
('Økonomiudvalget anbefaler indstillingen.'), also where an excerpt cut it off, on an invented page read three ways:
with its lines, flattened (each page one long line) and as a PDF transcript. By the annotation rules such a
statement is a decision of that body, dated only where a date is printed with it, and a truncated one still counts."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.model import Document

from .flattening import flattened_text
from .transcript_page import parse_text, viewer_text

PAGE = """Referat
Byrådet
Mødedato: 12. marts 2027
Mødested: Rådhuset, byrådssalen

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Renovering af Skovvej
Sagsnr.: 27/1234
Sagsfremstilling
Forvaltningen har udarbejdet et forslag til renovering af vejen og dens fortove.
Indstilling
Teknik- og Miljøudvalget indstiller, at byrådet godkender forslaget.
{tail}"""


def _as_transcript(text: str) -> str:
    """The page as a PDF transcript: its lines run together into two page lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    half = len(lines) // 2
    return viewer_text("Referat Byrådet", " ".join(lines[:half]), " ".join(lines[half:]))


FORMS = {"lined": lambda t: t, "flattened": lambda t: flattened_text(t, 1200), "transcript": _as_transcript}


def decisions(tmp_path: Path, tail: str, form: str) -> list[tuple[str | None, str | None, str]]:
    doc: Document = parse_text(tmp_path, FORMS[form](PAGE.format(tail=tail)))
    item = next(it for it in doc.items if it.number == "2")
    return [(d.committee, d.date, d.text) for d in item.decisions]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("cut", [
    "Økonomiudvalget an", "Økonomiudvalget anbefaler indst", "Økonomiudvalget godkendte sage"])
def test_a_stated_outcome_cut_off_by_the_excerpts_end_is_its_bodys_decision(tmp_path, cut, form):
    assert decisions(tmp_path, f"\n{cut}", form) == [("Økonomiudvalget", None, cut)]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("cut", ["Byrådet godkendte d", "Byrådet godkendte"])
def test_a_sentence_cut_where_it_may_still_be_the_cases_history_is_no_decision(tmp_path, cut, form):
    """'Byrådet godkendte d…' may go on 'den 3. maj planen': too little is left to tell it is an outcome."""
    tail = f"\nSagsbeskrivelse\nByrådet har tidligere drøftet vejens standard. {cut}"
    assert decisions(tmp_path, tail, form) == []


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("heading", ["Sagens forløb", "Historik"])
def test_a_bodys_outcome_stated_under_the_case_history_is_its_undated_decision(tmp_path, heading, form):
    tail = f"\n{heading}\nØkonomiudvalget anbefaler indstillingen.\n\nBeslutning\nGodkendt."
    assert decisions(tmp_path, tail, form) == [
        ("Økonomiudvalget", None, "Økonomiudvalget anbefaler indstillingen."), ("Byrådet", "2027-03-12", "Godkendt.")]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_dated_treatment_under_the_case_history_keeps_its_stated_outcome(tmp_path, form):
    tail = "\nSagens forløb\nØkonomiudvalget den 2. marts 2027\nAnbefales.\n\nBeslutning\nGodkendt."
    assert decisions(tmp_path, tail, form) == [
        ("Økonomiudvalget", "2027-03-02", "Anbefales."), ("Byrådet", "2027-03-12", "Godkendt.")]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("outcome", [
    "Godkendt.", "Forslaget godkendt.", "Indstillingen blev godkendt.", "Indstillingen tiltrådt.",
    "Anbefales over for Økonomiudvalget.",
])
def test_an_outcome_below_the_proposal_at_the_items_end_is_the_meetings_decision(tmp_path, outcome, form):
    """No 'Beslutning' heading between the proposal and what became of it (a margin heading lost)."""
    assert decisions(tmp_path, f"\n{outcome}", form) == [("Byrådet", "2027-03-12", outcome)]


@pytest.mark.parametrize("form", ["flattened", "transcript"])
def test_a_short_paragraph_run_on_after_the_proposal_and_ending_in_an_outcome_is_the_decision(tmp_path, form):
    """A transcript runs the decision's lines, their full stops lost, onto the proposal's sentence."""
    tail = "\nPunkt 7 udsættes til næste møde\nForslaget godkendt"
    text = "Punkt 7 udsættes til næste møde Forslaget godkendt"
    assert decisions(tmp_path, tail, form) == [("Byrådet", "2027-03-12", text)]


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("tail", [
    "\nSagen behandles i Økonomiudvalget og Byrådet.",
    "\nForvaltningen vil efterfølgende orientere om resultatet, når arbejdet er afsluttet.",
])
def test_text_after_the_proposal_that_states_no_outcome_is_no_decision(tmp_path, tail, form):
    assert decisions(tmp_path, tail, form) == []


@pytest.mark.parametrize("gap", ["\t", "    "])
@pytest.mark.parametrize("heading", ["", "Beslutning\n"])
def test_a_decision_tables_rows_of_body_and_outcome_are_each_bodys_decision(tmp_path, gap, heading):
    """'Økonomiudvalget<TAB>Anbefales.': the body's cell and the outcome's cell of one row; undated, the meeting's
    own body takes the meeting's date (annotation rules)."""
    tail = f"\n{heading}Økonomiudvalget{gap}Anbefales over for Byrådet.\nByrådet{gap}Godkendt."
    assert decisions(tmp_path, tail, "lined") == [
        ("Økonomiudvalget", None, "Anbefales over for Byrådet."), ("Byrådet", "2027-03-12", "Godkendt.")]


def test_a_routes_rows_are_no_decisions(tmp_path):
    tail = "\nSagsgang\nØkonomiudvalget\tIndstilles\nByrådet\tBeslutter"
    assert decisions(tmp_path, tail, "lined") == []
