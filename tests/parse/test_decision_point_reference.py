"""A decision heading followed by the item's own number as a reference ('Vandløbsudvalgets beslutning den
03.02.2025' / 'Punkt 2' / 'Taget til efterretning'), as some publishing systems print every decision. Expected
by the annotation rules: the decision's text is the outcome only; the reference is no part of it, and a heading
with only the reference under it states no decision. A sentence about a point ('Punkt 2 blev udsat.') stays.
The reference and the outcome on one line, as a PDF's text layer and a flattened transcript give them."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

MEETING = """Referat
Vandløbsudvalget
Mødedato: 3. februar 2025 kl. 15:00

1. Oprensning af Krumbækken
Sagsnr.: 25-004411
Sagsfremstilling
Bækken skal renses for grøde langs Tuelvej.
Vandløbsudvalgets beslutning den 03.02.2025
{first}

2. Nye gangbroer ved Pilemosen
Sagsnr.: 25-004412
Sagsfremstilling
Der foreslås tre gangbroer over grøften.
Vandløbsudvalgets beslutning den 03.02.2025
Punkt 2 Godkendt med bemærkning om bredere broer.
"""


def _decisions(tmp_path: Path, first: str) -> list[list[str]]:
    page = tmp_path / "page.txt"
    page.write_text(MEETING.format(first=first), encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    return [[d["text"] for d in it["decisions"]] for it in items]


@pytest.mark.parametrize("first, expected", [
    ("Punkt 1 Taget til efterretning", ["Taget til efterretning"]),
    ("Punkt 1", []),
    ("Punkt 1 blev udsat til næste møde.", ["Punkt 1 blev udsat til næste møde."]),
])
def test_own_point_reference_leaves_the_decision(tmp_path: Path, first: str, expected: list[str]) -> None:
    first_item, second_item = _decisions(tmp_path, first)
    assert first_item == expected
    assert second_item == ["Godkendt med bemærkning om bredere broer."]
