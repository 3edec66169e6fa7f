"""Decisions printed under heading words and in rows that councils use beside 'Beslutning' (benchmarks/parse_accuracy/
decision_shapes.py): a decision table's dated rows, 'Beslutning truffet af X', 'Behandling i X den D', 'Udvalgets
behandling', 'Beslutning –'. Invented text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.flattening import flattened_text
from tests.parse.transcript_page import parse_text

MEETING = "Referat\nFritidsudvalget\nMødedato: 9. april 2025 kl. 15:30\n\n1. Ny bane ved Mosevang\n"
BODY = ("Sagsfremstilling\nForeningen ønsker en ny bane ved hallen.\nIndstilling\n"
        "Forvaltningen indstiller, at banen anlægges.\n")
NEXT = "\n2. Takster 2026\nSagsfremstilling\nTaksterne.\nBeslutning\nGodkendt.\n"
OUTCOME = "Godkendt med den ændring, at banen belyses."


def _decisions(tmp_path: Path, block: str, flat: bool = False) -> list[tuple]:
    text = MEETING + BODY + block + "\n" + NEXT
    doc = parse_text(tmp_path, flattened_text(text) if flat else text)
    first = doc.to_contract()["items"][0]
    return [(d["committee"], d["date"], d["text"], d["absent"]) for d in first["decisions"]]


def test_dated_rows_of_a_decision_table_are_each_a_bodys_decision(tmp_path: Path) -> None:
    # the body's cell with its date, the outcome's cell beside it: one decision per row, not one run together
    block = "Beslutning\nPlanudvalget 02-04-2025\tAnbefales.\nFritidsudvalget 09-04-2025\t" + OUTCOME
    assert _decisions(tmp_path, block) == [("Planudvalget", "2025-04-02", "Anbefales.", []),
                                           ("Fritidsudvalget", "2025-04-09", OUTCOME, [])]


@pytest.mark.parametrize("flat", [False, True])
def test_decision_made_by_a_named_body(tmp_path: Path, flat: bool) -> None:
    block = f"Beslutning truffet af Fritidsudvalget\n{OUTCOME}\nFraværende: Lise Holm (C)"
    assert _decisions(tmp_path, block, flat) == [("Fritidsudvalget", "2025-04-09", OUTCOME, ["Lise Holm (C)"])]


def test_treatment_heading_names_its_body_and_date(tmp_path: Path) -> None:
    block = f"Behandling i Fritidsudvalget den 9. april 2025\n{OUTCOME}"
    assert _decisions(tmp_path, block) == [("Fritidsudvalget", "2025-04-09", OUTCOME, [])]


@pytest.mark.parametrize("head", ["Udvalgets behandling", "Fritidsudvalgets behandling", "Beslutning –",
                                  "BESLUTNING -"])
def test_heading_without_body_takes_the_meetings(tmp_path: Path, head: str) -> None:
    assert _decisions(tmp_path, f"{head}\n{OUTCOME}") == [("Fritidsudvalget", "2025-04-09", OUTCOME, [])]



@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("head", ["Referat", "Protokol", "Beslutningsprotokol", "Behandling"])
def test_record_heading_over_an_outcome_heads_the_decision(tmp_path: Path, head: str, flat: bool) -> None:
    block = f"{head}\n{OUTCOME}\nFraværende: Lise Holm (C)"
    assert _decisions(tmp_path, block, flat) == [("Fritidsudvalget", "2025-04-09", OUTCOME, ["Lise Holm (C)"])]


def test_flattened_dated_line_of_a_body_by_its_initials(tmp_path: Path) -> None:
    # 'FU 09.04.2025: …' run in on a transcript's line, as a lined page reads it
    assert _decisions(tmp_path, f"FU 09.04.2025: {OUTCOME}", flat=True) == [("FU", "2025-04-09", OUTCOME, [])]


@pytest.mark.parametrize("flat", [False, True])
def test_date_cell_between_heading_and_outcome_is_the_decisions_date(tmp_path: Path, flat: bool) -> None:
    block = f"Beslutning: 09-04-2025 {OUTCOME}\nFraværende: Lise Holm (C)"
    assert _decisions(tmp_path, block, flat) == [("Fritidsudvalget", "2025-04-09", OUTCOME, ["Lise Holm (C)"])]


def test_a_sentence_telling_of_a_treatment_heads_no_decision(tmp_path: Path) -> None:
    # a case text's line wrapped after a body's treatment and its date goes on: prose, not an outcome's heading
    body = BODY.replace("Foreningen ønsker en ny bane ved hallen.\n",
                        "Siden Planudvalgets behandling den 2. april 2025 er der kommet et notat om\n"
                        "belysning af banen.\n")
    doc = parse_text(tmp_path, MEETING + body + "Beslutning\n" + OUTCOME + "\n" + NEXT)
    first = doc.to_contract()["items"][0]
    assert [(d["committee"], d["text"]) for d in first["decisions"]] == [("Fritidsudvalget", OUTCOME)]
    assert first["sections"] == ["Sagsfremstilling", "Indstilling", "Beslutning"]


def test_a_treatment_named_inside_a_flattened_decision_is_no_heading(tmp_path: Path) -> None:
    # '… før Planudvalgets behandling 3. godkendes': a body's treatment in the decision's sentence, the next point's
    # number after it; read as a run-in heading it cut the decision short
    said = ("Fritidsudvalget anbefaler at 1. godkendes 2. godkendes med bemærkning om at beslutningen gælder "
            "straks og før Planudvalgets behandling 3. godkendes")
    doc = parse_text(tmp_path, flattened_text(MEETING + BODY + "Beslutning\n" + said + "\n" + NEXT))
    first = doc.to_contract()["items"][0]
    assert [d["text"] for d in first["decisions"]] == [said]
    assert "Planudvalgets behandling" not in first["sections"]
