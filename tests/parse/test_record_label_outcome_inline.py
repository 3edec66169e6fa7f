"""The record's label with the outcome behind its colon on one line ('Referat: Godkendt.', 'Protokol: Anbefales.',
'Behandling: Godkendt.'), on a page that keeps its lines (lead, session 47): the item's decision, as the label on a
line of its own over the outcome and the flattened page (inline_decisions.RECORD_RUN) were read already. Before, the
line was no decision at all. A label over prose is no decision: only an outcome's word after the colon makes one."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .minutes_page import MINUTES


def _item(tmp_path: Path, block: str):
    p = tmp_path / "page.txt"
    p.write_text(MINUTES.format(block=block), encoding="utf-8")
    return next(it for it in parse_file(p).items if it.number == "1")


@pytest.mark.parametrize("label", ["Referat", "Protokol", "Behandling", "REFERAT"])
def test_the_outcome_behind_the_label_is_the_decision(tmp_path, label):
    item = _item(tmp_path, f"{label}: Godkendt.\nFraværende: Bo Jensen (V)")
    assert [(d.committee, d.date, d.text, list(d.absent)) for d in item.decisions] == [
        ("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])]


def test_prose_behind_the_label_is_no_decision(tmp_path):
    item = _item(tmp_path, "Referat: Udvalget besøgte skolen inden mødet.")
    assert item.decisions == []
