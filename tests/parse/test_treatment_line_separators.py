"""A line naming the body and the date of its treatment over the outcome, the date set off by a dash or 'd.'
('Social- og Sundhedsudvalget – 12.03.2024' / 'Godkendt.', 'Regionsrådet d. 12.03.2024' / 'Godkendt.'): that body's
decision on that date, as with 'den' or a bare space. Synthetic pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text


def _decisions(tmp_path: Path, head: str) -> list[tuple[str | None, str | None, str]]:
    text = ("Referat\nØkonomiudvalget\n12-03-2024\n\n1. Budget 2025\n\nSagsfremstilling\nBudgettet forelægges.\n\n"
            f"{head}\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n")
    return [(d.committee, d.date, d.text) for d in parse_text(tmp_path, text).items[0].decisions]


@pytest.mark.parametrize("head", ["Social- og Sundhedsudvalget - 12-03-2024",
                                  "Social- og Sundhedsudvalget – 12.03.2024",
                                  "Social- og Sundhedsudvalget d. 12.03.2024"])
def test_a_dash_or_d_sets_the_date_off(tmp_path: Path, head: str):
    assert _decisions(tmp_path, head) == [("Social- og Sundhedsudvalget", "2024-03-12", "Godkendt.")]


def test_a_body_named_with_glue_keeps_its_name(tmp_path: Path):
    assert _decisions(tmp_path, "Udvalget for Klima og Miljø – 12-03-2024") == [
        ("Udvalget for Klima og Miljø", "2024-03-12", "Godkendt.")]


def test_a_sentence_with_a_dash_and_a_date_is_no_head(tmp_path: Path):
    # not a body's name before the dash: the line is the case's text
    found = _decisions(tmp_path, "Budgettet blev drøftet - 12-03-2024")
    assert all(c != "Budgettet blev drøftet" for c, _, _ in found)
