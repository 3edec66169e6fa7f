"""Meeting facts (municipality, place, committee, document type) and item facts (route, bilag) as
pages of other municipalities and regions plausibly print them. Each page is small and synthetic;
the expected value is read off the page by the annotation rules (shared/spec/annotation-rules.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_MEETING = """Referat
Økonomiudvalget
Mødedato: 12.03.2024 kl. 16.00
Mødested: Byrådssalen

1. Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def _parse(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p).to_contract()


@pytest.mark.parametrize(("page", "expected"), [
    # a double name printed with a space for its hyphen
    ("Høje Taastrup Kommune\n" + _MEETING, "Høje-Taastrup"),
    ("Lyngby Taarbæk Kommunes Økonomiudvalg\n" + _MEETING, "Lyngby-Taarbæk"),
    # the names in use before 2011
    ("Århus Kommune\n" + _MEETING, "Aarhus"),
    ("BRØNDERSLEV-DRONNINGLUND KOMMUNE\n" + _MEETING, "Brønderslev"),
    # the council's own domain with the genitive before 'kommune'
    (_MEETING + "\nwww.nordfynskommune.dk\n", "Nordfyn"),
    # a region's name in capitals at the head of its page
    ("REGION SJÆLLAND\nReferat\nForretningsudvalget\nMødedato: 12.03.2024 kl. 16.00\n\n"
     "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n", "Region Sjælland"),
])
def test_municipality_printed_in_other_spellings(tmp_path: Path, page: str, expected: str) -> None:
    assert _parse(tmp_path, page)["municipality"] == expected


@pytest.mark.parametrize("page", [
    # a place name is not the municipality, whatever its spelling
    _MEETING + "\nSagen vedrører en bolig i Høje Taastrup.\n",
    # a region named in a case's text, not at the page's head
    _MEETING + "\nSagsfremstilling\nREGION SJÆLLAND har sendt planen i høring.\n",
])
def test_municipality_not_from_a_place_name(tmp_path: Path, page: str) -> None:
    assert _parse(tmp_path, page)["municipality"] is None
