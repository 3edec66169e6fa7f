"""A route whose bodies each carry the code of their part in brackets ('Økonomiudvalget (I), Byrådet (B)': I for
indstilling, B for beslutning, as a legend on the page spells out): the bodies, as '(indstilling)' after one is
dropped. Invented page (tests/parse/route_page.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .route_page import item_route


@pytest.mark.parametrize("before", [True, False])
@pytest.mark.parametrize("block, route", [
    ("Sagsgang\nØkonomiudvalget (I), Byrådet (B)", ["Økonomiudvalget", "Byrådet"]),
    ("Sagsgang: Økonomiudvalget (I), Byrådet (B)", ["Økonomiudvalget", "Byrådet"]),
    ("Sagsgang\nØkonomiudvalget (I)\nByrådet (B)", ["Økonomiudvalget", "Byrådet"]),
    ("Forventet sagsgang: ØU (I), KB (B)", ["ØU", "KB"]),
    ("Sagsgang\nTeknisk Udvalg (O), Økonomiudvalget (I), Byrådet (B)",
     ["Teknisk Udvalg", "Økonomiudvalget", "Byrådet"]),
])
def test_treatment_codes_behind_the_bodies(tmp_path: Path, before: bool, block: str, route: list[str]) -> None:
    assert item_route(tmp_path, block, before) == route
