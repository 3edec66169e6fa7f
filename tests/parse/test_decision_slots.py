"""Decisions printed under headings the lexicon (headings.py) does not know, found from what the page prints under
them (parse/decision_slots.py): a label over an outcome in several items, or a label over one closing verdict.
The labels used ('Udvalgets behandling', 'Protokol', 'Resultat') are not in the lexicon; a label over a proposal
or over prose, and a label inside a known decision's block, must stay plain sections (annotation rules: a decision
needs an outcome printed, 'X indstiller' is never a decision)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.headings import decision_body_date, is_heading

_UNKNOWN = ("Udvalgets behandling", "Protokol", "Resultat")


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


def _decisions(tmp_path: Path, text: str) -> list[list[tuple[str | None, str | None, str, list[str]]]]:
    return [[(d["committee"], d["date"], d["text"], d["absent"]) for d in it["decisions"]]
            for it in _parse(tmp_path, text)["items"]]


def test_probe_words_are_unknown() -> None:
    """The tests below mean something only while the lexicon lacks these words."""
    assert not any(is_heading(w) or decision_body_date(w) is not None for w in _UNKNOWN)


def _minutes(label: str, outcomes: tuple[str, str]) -> str:
    return ("Referat\n\nTeknik- og Miljøudvalget\n\nMødedato: 12. marts 2024 kl. 16:00\n\n"
            "1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nDagsordenen forelægges til godkendelse.\n\n"
            f"{label}\n\n{outcomes[0]}\n\n"
            "2. Trafiksikkerhedsplan 2024-2028\n\nSagsfremstilling\n\nForvaltningen har udarbejdet et udkast til en "
            "ny trafiksikkerhedsplan for kommunens veje og stier.\n\n"
            "Indstilling\n\nForvaltningen indstiller, at planen sendes i offentlig høring.\n\n"
            f"{label}\n\n{outcomes[1]}\n\nAnne Hansen (V) var fraværende.\n")


@pytest.mark.parametrize("label", _UNKNOWN)
def test_repeated_label_over_outcomes_heads_the_decisions(tmp_path: Path, label: str) -> None:
    got = _decisions(tmp_path, _minutes(label, ("Godkendt.", "Indstillingen er tiltrådt.")))
    assert got == [[("Teknik- og Miljøudvalget", "2024-03-12", "Godkendt.", [])],
                   [("Teknik- og Miljøudvalget", "2024-03-12",
                     "Indstillingen er tiltrådt. Anne Hansen (V) var fraværende.", ["Anne Hansen (V)"])]]
    sections = [it["sections"] for it in _parse(tmp_path, _minutes(label, ("Godkendt.", "Godkendt.")))["items"]]
    assert sections == [["Sagsfremstilling", label], ["Sagsfremstilling", "Indstilling", label]]


def test_single_closing_verdict_is_a_decision(tmp_path: Path) -> None:
    page = ("Referat\n\nTeknik- og Miljøudvalget\n\nMødedato: 12. marts 2024 kl. 16:00\n\n"
            "1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nDagsordenen forelægges til godkendelse.\n\n"
            "Protokol\n\nTeknik- og Miljøudvalget godkendte dagsordenen.\n\n"
            "2. Orientering om vejarbejder\n\nSagsfremstilling\n\nForvaltningen orienterer om de planlagte "
            "vejarbejder i sommerperioden og om omkørslerne.\n")
    got = _decisions(tmp_path, page)
    assert got[0] == [("Teknik- og Miljøudvalget", "2024-03-12", "Teknik- og Miljøudvalget godkendte dagsordenen.",
                       [])]
    assert got[1] == []


def test_label_over_proposal_or_prose_is_no_decision(tmp_path: Path) -> None:
    proposal = _minutes("Udvalgets behandling", ("Direktøren indstiller, at dagsordenen godkendes.",
                                                 "Forvaltningen anbefaler, at planen sendes i høring."))
    assert _decisions(tmp_path, proposal) == [[], []]
    history = _minutes("Baggrund", ("Planen blev vedtaget af byrådet i 2019 og er siden revideret to gange, "
                                    "senest efter en høring med borgere, virksomheder og interesseorganisationer "
                                    "i hele kommunen, hvor der kom mange høringssvar om cykelstier og skoleveje.",
                                    "Godkendt."))
    assert _decisions(tmp_path, history)[0] == []


def test_label_inside_a_known_decision_is_part_of_it(tmp_path: Path) -> None:
    page = ("Referat\n\nByrådet\n\nMødedato: 12. marts 2024 kl. 16:00\n\n"
            "1. Budget 2025\n\nSagsfremstilling\n\nBudgettet forelægges.\n\nBeslutning\n\nGodkendt.\n\n"
            "Afstemning\n\nGodkendt med 25 stemmer mod 4.\n\n"
            "2. Takster 2025\n\nSagsfremstilling\n\nTaksterne forelægges.\n\nBeslutning\n\nGodkendt.\n\n"
            "Afstemning\n\nGodkendt med 27 stemmer mod 2.\n")
    got = _decisions(tmp_path, page)
    assert [len(d) for d in got] == [1, 1]


_CLOSING = ("Referat\n\nByrådet\n\nMødedato: 20. marts 2024 kl. 16:00\n\n1. Salg af grund ved Skolevej\n\n"
            "Sagsfremstilling\n\nKommunen har modtaget et bud på grunden fra en lokal virksomhed.\n\n"
            "Indstilling\n\nDirektionen indstiller, at grunden sælges.\n\n{last}\n\n"
            "2. Budget 2025\n\nSagsfremstilling\n\nBudgettet forelægges.\n\nBeslutning\n\nGodkendt.\n")


@pytest.mark.parametrize("last", ["Godkendt.", "Indstillingen blev godkendt.", "Dagsordenen godkendt.", "Foretoges."])
def test_outcome_closing_an_item_without_heading_is_the_meetings_decision(tmp_path: Path, last: str) -> None:
    """Annotation rules: an outcome printed for the meeting's item without a heading is the meeting's decision."""
    assert _decisions(tmp_path, _CLOSING.format(last=last))[0] == [("Byrådet", "2024-03-20", last, [])]


@pytest.mark.parametrize("last", ["Sagen blev drøftet i udvalget i januar, hvor forvaltningen fremlagde tre modeller "
                                  "for salget, og udvalget bad om en ny vurdering af grundens værdi.",
                                  "Grunden ligger i byens østlige del."])
def test_prose_closing_an_item_is_no_decision(tmp_path: Path, last: str) -> None:
    assert _decisions(tmp_path, _CLOSING.format(last=last))[0] == []


def test_transcript_outcome_after_the_proposal(tmp_path: Path) -> None:
    """A PDF transcript whose decision heading was lost: the short text with an outcome after the proposal's
    sentence, at the item's end, is the meeting's decision."""
    page = ("Referat\n\nTranskript\n\n1 Byrådet den 5. oktober 2009 kl. 18.00 Side 1 1. Godkendelse af dagsorden "
            "Sagsnr.: Kompetence: Åben sag Godkendelse af dagsorden. Borgmesteren indstiller, at dagsordenen "
            "godkendes. Punkt 15 overføres til åben dagsorden Dagsordenen godkendt 2. Budget 2010 - 2. behandling "
            "Sagsnr.: Kompetence: BY Åben sag Budgetforslaget for 2010 forelægges til 2. behandling i byrådet.\n")
    got = _decisions(tmp_path, page)
    assert got and got[0] == [("Byrådet", "2009-10-05", "Punkt 15 overføres til åben dagsorden Dagsordenen godkendt",
                               [])]


def test_run_in_label_before_outcomes_is_cut_out_of_a_transcript_page() -> None:
    """A transcript's page runs the heading into its text; repeated before outcomes, the label is a heading."""
    from sagsgang.parse.decision_slots import run_in_decision_labels
    page = ("Budgettet forelægges. Protokol Godkendt. Anne Hansen (V) var fraværende. 2. Takster Taksterne "
            "forelægges. Protokol Anbefales. 3. Eventuelt Intet. Sagen Udsat til næste møde.")
    assert [x.strip() for x in run_in_decision_labels(page).split("\n")] == [
        "Budgettet forelægges.", "Protokol", "Godkendt. Anne Hansen (V) var fraværende. 2. Takster Taksterne "
        "forelægges.", "Protokol", "Anbefales. 3. Eventuelt Intet. Sagen Udsat til næste møde."]


def test_label_with_outcome_run_in_after_colon(tmp_path: Path) -> None:
    """'Protokol: Godkendt.' in item after item: the label heads the decision as on a line of its own."""
    page = _minutes("Protokol", ("Godkendt.", "Anbefales.")).replace("Protokol\n\n", "Protokol: ")
    got = _decisions(tmp_path, page)
    assert [[(c, d, t) for c, d, t, _ in item] for item in got] == [
        [("Teknik- og Miljøudvalget", "2024-03-12", "Godkendt.")],
        [("Teknik- og Miljøudvalget", "2024-03-12", "Anbefales. Anne Hansen (V) var fraværende.")]]
