"""A header line's last cell after a wide gap is cut off the title (item_starts._without_column), unless the title
ends in a dash before the gap: then the cell is the title's own continuation. Every dash the rules read as a hyphen
counts (parse/dashes.py's SPACED_DASHES), the em dash as well as the hyphen and the en dash. Invented titles."""
from __future__ import annotations

import pytest

from sagsgang.parse.item_start_base import ItemStart
from sagsgang.parse.item_starts import _without_column
from sagsgang.parse.lines import Line


def _titled(raw: str, title: str) -> str:
    start = ItemStart(index=0, number="4", title=title)
    _without_column(start, [Line(raw, 0, raw)])
    return start.title


def test_a_column_cell_after_a_gap_is_cut_off():
    assert _titled("4. Tilskud til lindebanen\tØU", "Tilskud til lindebanen ØU") == "Tilskud til lindebanen"


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_title_ending_in_a_dash_keeps_the_cell_after_it(dash):
    title = f"Tilskud til lindebanen {dash} Plan"
    assert _titled(f"4. Tilskud til lindebanen {dash}\tPlan", title) == title
