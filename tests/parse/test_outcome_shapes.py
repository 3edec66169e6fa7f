"""Outcomes printed in shapes benchmarks/parse_accuracy/outcome_shapes.py found read wrong: a decision heading and its
outcome as a two-column row read across ('Beslutning<TAB>Godkendt.'), and earlier treatments as dated lines under a
history label that a PDF transcript flattened onto one line ('… Behandling Vejudvalget den 4. april 2025: Tiltrådt.
Kommunalbestyrelsen den 9. april 2025 Vedtaget.'). Invented words only."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.transcript_page import parse_text, viewer_text

_MEETING = "Referat\nVejudvalget\nMødedato: 4. april 2025 kl. 15:00\n\n"
_ITEM = "1. Ny belysning på Mølledammen\nSagsfremstilling\nLygterne er slidte.\n"
_NEXT = "\n2. Vintertjeneste\nSagsfremstilling\nSaltet er købt.\nBeslutning\nGodkendt.\n"


def _decisions(doc) -> list[tuple[str | None, str | None, str, list[str]]]:
    return [(d.committee, d.date, d.text, list(d.absent)) for d in doc.items[0].decisions]


@pytest.mark.parametrize("row", ["Beslutning\tTiltrådt.", "Afgørelse   Tiltrådt.", "BESLUTNING\tTiltrådt."])
def test_decision_row_read_across(tmp_path: Path, row: str) -> None:
    doc = parse_text(tmp_path, _MEETING + _ITEM + row + "\nFraværende\tKlaus Smed (Ø)\n" + _NEXT)
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", ["Klaus Smed (Ø)"])]


@pytest.mark.parametrize("text", ["Beslutning godkendt af formanden", "Beslutning om vintertjeneste"])
def test_heading_word_before_lower_case_words_is_no_row(tmp_path: Path, text: str) -> None:
    doc = parse_text(tmp_path, _MEETING + _ITEM + text + "\n" + _NEXT)
    assert _decisions(doc) == []


_HISTORY = ("1 Ny belysning på Mølledammen Sagsnr.: 25-000777 Sagsfremstilling Lygterne er slidte. {label} "
            "Vejudvalget den 4. april 2025{colon} Tiltrådt. Kommunalbestyrelsen den 9. april 2025{colon} Vedtaget.")


@pytest.mark.parametrize("label", ["Behandling", "Politisk behandling", "Tidligere beslutninger"])
@pytest.mark.parametrize("colon", [":", ""])
def test_flattened_treatments_under_a_history_label(tmp_path: Path, label: str, colon: str) -> None:
    doc = parse_text(tmp_path, viewer_text("Ny belysning på Mølledammen", _HISTORY.format(label=label, colon=colon)))
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", []),
                               ("Kommunalbestyrelsen", "2025-04-09", "Vedtaget.", [])]


@pytest.mark.parametrize("row", ["Beslutning | Tiltrådt.", "Beslutning|Tiltrådt."])
def test_decision_row_with_a_cell_border(tmp_path: Path, row: str) -> None:
    doc = parse_text(tmp_path, _MEETING + _ITEM + row + "\n" + _NEXT)
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", [])]


@pytest.mark.parametrize("head", ["Beslutning/Afgørelse", "Afgørelse / Beslutning:"])
def test_both_decision_nouns_joined_by_a_slash(tmp_path: Path, head: str) -> None:
    doc = parse_text(tmp_path, _MEETING + _ITEM + head + "\nTiltrådt.\nFraværende: Klaus Smed (Ø)\n" + _NEXT)
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", ["Klaus Smed (Ø)"])]


def test_proposal_and_decision_joined_by_a_slash_is_no_decision_heading(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _MEETING + _ITEM + "Indstilling/beslutning\nForvaltningen indstiller, at lygterne "
                     "skiftes.\n" + _NEXT)
    assert _decisions(doc) == []


def test_flattened_undated_heading_before_its_outcome(tmp_path: Path) -> None:
    page = ("1 Referat Vejudvalget Mødedato: 4. april 2025 kl. 15:00 1. Ny belysning på Mølledammen Sagsfremstilling "
            "Lygterne er slidte. Beslutning i Vejudvalget Tiltrådt. 2. Vintertjeneste Sagsfremstilling Saltet er købt. "
            "Beslutning Godkendt.")
    doc = parse_text(tmp_path, viewer_text("Referat", page))
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", [])]


def test_flattened_decision_row_with_a_cell_border(tmp_path: Path) -> None:
    # a table's rows read across, then flattened: the bar parts the heading's cell from the outcome's
    page = ("1 Referat Vejudvalget Mødedato: 4. april 2025 kl. 15:00 1. Ny belysning på Mølledammen Sagsfremstilling "
            "Lygterne er slidte. Beslutning | Tiltrådt. Fraværende | Klaus Smed (Ø) 2. Vintertjeneste Sagsfremstilling "
            "Saltet er købt. Beslutning Godkendt.")
    doc = parse_text(tmp_path, viewer_text("Referat", page))
    assert _decisions(doc) == [("Vejudvalget", "2025-04-04", "Tiltrådt.", ["Klaus Smed (Ø)"])]
