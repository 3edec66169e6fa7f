"""A meeting's absentees under a label said as a sentence's lead ('Følgende havde meldt afbud: X', 'Afbud meddelt
af X'), and an absence list that ends where a substitutes' label begins ('Afbud: X Stedfortræder: Y'), on a page
that keeps its lines and on one run onto a single line. Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

_FACTS = ["Referat", "Havneudvalget", "Mødedato: 3. april 2025 kl. 15:00", "Mødested: Havnekontoret, lokale 4",
          "Deltagere: Ida Skov (A), Jonas Kvist (V), Mette Lund (O)"]
_ITEM = ["1. Godkendelse af dagsorden", "Beslutning", "Godkendt."]


def _meeting(tmp_path: Path, absence: str, flat: bool) -> dict:
    lines = [*_FACTS, absence, "", *_ITEM]
    text = " ".join(t for t in lines if t) if flat else "\n".join(lines)
    return parse_text(tmp_path, text + "\n").to_contract()["meeting"]


@pytest.mark.parametrize("absence", [
    "Følgende havde meldt afbud: Jonas Kvist (V)",
    "Følgende medlemmer havde meldt afbud: Jonas Kvist (V)",
    "Afbud meddelt af Jonas Kvist (V).",
    "Følgende var fraværende: Jonas Kvist (V)",
])
@pytest.mark.parametrize("flat", [False, True])
def test_absentees_under_a_sentence_lead(tmp_path: Path, absence: str, flat: bool) -> None:
    meeting = _meeting(tmp_path, absence, flat)
    assert meeting["absent"] == ["Jonas Kvist (V)"]
    assert meeting["participants"] == ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"]


@pytest.mark.parametrize("label", ["Stedfortræder", "Suppleant", "Stedfortrædere"])
def test_a_substitutes_label_ends_the_absentees(tmp_path: Path, label: str) -> None:
    meeting = _meeting(tmp_path, f"Afbud: Jonas Kvist {label}: Karl Holt", flat=True)
    assert meeting["absent"] == ["Jonas Kvist"]
