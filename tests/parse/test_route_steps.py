"""A route's bodies with more printed beside each step: the body's part after 'til' or in brackets after its date
('Havneudvalget til orientering', 'Havneudvalget 02.04.2025 (indstilling)'), the date after 'den' on both sides of
'og', the item's number at the body's meeting ('pkt. 4'), a word of sequence between two bodies ('og derefter'),
the next field a row ran on after the bodies; and a 'Sagsgang:' value in words, which lists no bodies and gives no
route (a wrong route is worse than none). Invented pages; expected values by annotation-rules.md ('Routes')."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .route_page import item_route

_NAMES = ["Havneudvalget", "Byrådet"]


@pytest.mark.parametrize(("block", "route"), [
    ("Sagsgang: Havneudvalget til orientering, Byrådet til beslutning", _NAMES),
    ("Sagsgang: HU den 02.04.2025 og BY den 16.04.2025", ["HU", "BY"]),
    ("Sagsgang: HU 02.04.2025 pkt. 4, BY 16.04.2025", ["HU", "BY"]),
    ("Sagsgang: Havneudvalget og derefter Byrådet", _NAMES),
    ("Sagsgang: Havneudvalget, herefter Byrådet", _NAMES),
    ("Sagsgang: HU, BY Sagstype: Beslutning", ["HU", "BY"]),
    ("Politisk behandling\nHavneudvalget 02.04.2025 (indstilling)\nByrådet 16.04.2025 (beslutning)", _NAMES),
    # a value in words names no list of bodies: no route rather than the words
    ("Sagsgang: Behandles i HU og BY", []),
    # a sentence of who recommends to whom ('X indstiller til Y') in the case's text is no route's 'til' between steps
    ("Uddybning: Direktionen indstiller til Havneudvalget\n1. At anbefale byrådet at godkende planen.", []),
])
def test_route_steps(tmp_path: Path, block: str, route: list[str]) -> None:
    assert item_route(tmp_path, block) == route


def test_dated_steps_with_parts_flattened(tmp_path: Path) -> None:
    """The bodies one a line with date and part in brackets, the lines run together on a flattened page: each
    entry ends after its part, so the route is the bodies, not one entry swallowing the next."""
    text = ("Referat\n\nHavneudvalget\n\nMødedato: 02.04.2025\n\n1. Ny kaj ved Sydhavnen\n\nSagsnr.: 25-000777\n\n"
            "Politisk behandling\nHavneudvalget 02.04.2025 (indstilling)\nByrådet 16.04.2025 (beslutning)\n\n"
            "Sagsfremstilling\nForvaltningen foreslår en ny kaj.\n\n2. Isbryder 2025\n\nSagsfremstilling\n"
            "Planen for vinteren.\n\nBeslutning\nGodkendt.\n")
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(text), encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert items[0]["route"] == _NAMES


@pytest.mark.parametrize("before", [True, False])
def test_treatment_table_header_row_on_one_line(tmp_path: Path, before: bool) -> None:
    """A treatment table whose header row reads as one line ('Behandling Mødedato'), a body and its date a row:
    the rows' bodies are the route, in the item's head or after its text."""
    block = "Behandling Mødedato\nHavneudvalget 02.04.2025\nByrådet 16.04.2025"
    assert item_route(tmp_path, block, before) == _NAMES


def test_treatment_table_one_row(tmp_path: Path) -> None:
    """The same table over one body: the label makes it a route (the 'Behandling' column of one row)."""
    assert item_route(tmp_path, "Behandling Dato\nByrådet 16.04.2025") == ["Byrådet"]
