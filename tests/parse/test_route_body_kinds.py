"""Route entries that name a body by its kind rather than by a committee's name (annotation-rules.md, 'Routes').

A route lists the bodies heard before the council as well as the committees: the MED bodies of the co-determination
system ('HMU, MED, ØU', 'HovedMED', 'Hoved-MED') and the bodies of a kind together ('Skolebestyrelserne'). Each of
them dropped the whole route before, because one entry was no body. Each page is small and invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.bodies import is_body_name

from .route_page import item_route


@pytest.mark.parametrize(("block", "route"), [
    ("Sagsgang: HMU, MED, ØU", ["HMU", "MED", "ØU"]),
    ("Sagsgang: HovedMED, Økonomiudvalget, Byrådet", ["HovedMED", "Økonomiudvalget", "Byrådet"]),
    ("Sagsgang: Hoved-MED, Økonomiudvalget, Byrådet", ["Hoved-MED", "Økonomiudvalget", "Byrådet"]),
    ("Sagsgang: Skolebestyrelserne, Børne- og Skoleudvalget", ["Skolebestyrelserne", "Børne- og Skoleudvalget"]),
    ("Sagsgang: Handicaprådene, Social- og Sundhedsudvalget", ["Handicaprådene", "Social- og Sundhedsudvalget"]),
])
@pytest.mark.parametrize("before", [True, False])
def test_route_of_body_kinds(tmp_path: Path, block: str, route: list[str], before: bool) -> None:
    assert item_route(tmp_path, block, before) == route


@pytest.mark.parametrize(("name", "body"), [
    ("Hoved-MED", True),
    ("Skolebestyrelserne", True),
    ("Sammen med", False),  # the word of the language, in small letters
])
def test_body_kinds(name: str, body: bool) -> None:
    assert is_body_name(name) is body
