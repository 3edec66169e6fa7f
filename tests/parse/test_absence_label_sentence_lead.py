"""'Fraværende var X.' in a meeting's header: the absence label said as the lead of its sentence (issue 11).
Annotation rules: meeting.absent is who the header lists as absent, as printed. Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

_PAGE = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n"
         "Deltagere: Ida Skov (A), Jonas Kvist (V), Mette Lund (O)\n{line}\n\n1. Godkendelse af dagsorden\n"
         "Beslutning\nGodkendt.\n")


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("line, absent", [
    ("Fraværende var Jonas Kvist (V).", ["Jonas Kvist (V)"]),
    ("Fraværende var Jonas Kvist (V) og Mette Lund (O).", ["Jonas Kvist (V)", "Mette Lund (O)"]),
])
def test_the_absence_label_run_into_its_sentence(tmp_path: Path, flat: bool, line: str, absent: list[str]) -> None:
    """(before, on a page that keeps its lines, 'var' was read as the value's first word and nobody found)"""
    text = _PAGE.format(line=line)
    meeting = parse_text(tmp_path, " ".join(text.split("\n")) if flat else text).to_contract()["meeting"]
    assert meeting["absent"] == absent
