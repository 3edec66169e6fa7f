"""Decision headings that date their body's treatment in the forms other councils print (lead, session 47): the
weekday before 'den' ('Beslutning i Økonomiudvalget tirsdag den 12. marts 2024'), a comma before it, the date in
brackets after the body, 'Behandling i X' with a bare date, 'Beslutning på mødet den …' (the meeting's own body), and
'Fraværende var:' under the outcome. Before, the weekday or the comma was read as part of the body's name
('Økonomiudvalget tirsdag'), and the genitive, bracketed, bare-dated and 'på mødet' headings gave no decision at all:
the outcome and its absentee were lost. Read on the page as printed and flattened onto one line."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES

HEADS = [
    "Beslutning i Økonomiudvalget tirsdag den 12. marts 2024",
    "Beslutning i Økonomiudvalget, den 12. marts 2024",
    "Beslutning i Økonomiudvalget, tirsdag den 12. marts 2024",
    "Økonomiudvalgets beslutning tirsdag den 12. marts 2024",
    "Beslutning i Økonomiudvalget (12.03.2024)",
    "Behandling i Økonomiudvalget 12. marts 2024",
    "Behandling i Økonomiudvalget tirsdag den 12. marts 2024",
    "Beslutning på mødet den 12. marts 2024",
]


def _decisions(tmp_path: Path, block: str, flat: bool) -> list[tuple[str | None, str | None, str, list[str]]]:
    text = MINUTES.format(block=block)
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(text) if flat else text, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.date, d.text, list(d.absent)) for d in item.decisions]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("head", HEADS)
def test_the_heading_names_the_body_and_the_date(tmp_path, head, flat):
    block = f"{head}\nGodkendt.\nFraværende: Bo Jensen (V)"
    assert _decisions(tmp_path, block, flat) == [("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("label", ["Fraværende var", "Afbud fra"])
def test_an_absence_label_worded_as_a_sentence_start(tmp_path, label, flat):
    block = f"Beslutning\nGodkendt.\n{label}: Bo Jensen (V)"
    assert _decisions(tmp_path, block, flat) == [("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])]
