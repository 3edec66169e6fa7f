"""'Beslutning – Godkendt.' on one line of a page that keeps its lines: the bare decision heading, a spaced dash and
the outcome, where another publisher prints a colon ('Beslutning: Godkendt.'); and 'Beslutning – Byrådet' or
'Beslutning – 3. april 2024' over the outcome, as 'Beslutning: Byrådet' reads. Before, a line with neither colon nor
comma was read as prose and the item lost its decision. A body's name after the dash is the heading's, never the
outcome; the flattened lists of test_dashed_decision_heading_flat keep their reading."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES


def _decisions(tmp_path: Path, block: str) -> list[tuple[str | None, str]]:
    p = tmp_path / "page.txt"
    p.write_text(MINUTES.format(block=block), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.text) for d in item.decisions]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
@pytest.mark.parametrize("word", ["Beslutning", "BESLUTNING", "Afgørelse"])
@pytest.mark.parametrize("outcome", ["Godkendt.", "Godkendt med den tilføjelse, at fristen forlænges."])
def test_the_outcome_after_the_headings_dash_is_the_decision(tmp_path, dash, word, outcome):
    assert _decisions(tmp_path, f"{word} {dash} {outcome}") == [("Økonomiudvalget", outcome)]


@pytest.mark.parametrize("head, body, date", [
    ("Beslutning – Byrådet", "Byrådet", None),
    ("Beslutning – Byrådet den 3. april 2024", "Byrådet", "2024-04-03"),
    ("Beslutning - Byrådet - 03.04.2024", "Byrådet", "2024-04-03"),
    ("Beslutning – 3. april 2024", "Økonomiudvalget", "2024-04-03"),
    ("Beslutning — den 03.04.2024", "Økonomiudvalget", "2024-04-03"),
])
def test_a_body_or_a_date_after_the_headings_dash_heads_the_decision(tmp_path, head, body, date):
    """The body (or the date) after the dash is the heading's, the next line the outcome."""
    p = tmp_path / "page.txt"
    p.write_text(MINUTES.format(block=f"{head}\nGodkendt."), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert [(d.committee, d.text) for d in item.decisions] == [(body, "Godkendt.")]
    assert date is None or item.decisions[0].date == date


@pytest.mark.parametrize("dash", ["–", "-"])
def test_flattened_the_body_after_the_dash_heads_its_outcome(tmp_path, dash):
    """Flattened ('… Beslutning – Byrådet Godkendt. 2. Eventuelt …'), as inline_decisions reads 'Beslutning i Byrådet
    Godkendt.': the body the heading names decided, its outcome the text after it."""
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(MINUTES.format(block=f"Beslutning {dash} Byrådet\nGodkendt.")), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    assert [(d.committee, d.text) for d in item.decisions] == [("Byrådet", "Godkendt.")]
