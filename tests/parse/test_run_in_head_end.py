"""Where the meeting's head ends for the bold run-in labels of an HTML page (run_in_labels.split_run_in_text): at
the first item's header as item_starts reads one. Invented words."""
from __future__ import annotations

from sagsgang.parse.run_in_labels import split_run_in_text

_LABELS = frozenset({"Sagsfremstilling", "Bemærkninger"})
_PROSE = "Foreningen har søgt om tilskud til et nyt tag på hytten ved skoven."


def test_a_labelled_header_the_item_starts_know_ends_the_head():
    """'Dagsordenspunkt 1: …' is an item's header, so its first section label with prose is a section's."""
    text = f"Referat\nFritidsudvalget\nDagsordenspunkt 1: Tilskud til spejderhytten\nSagsfremstilling: {_PROSE}"
    assert split_run_in_text(text, _LABELS).split("\n")[-2:] == ["Sagsfremstilling", _PROSE]


def test_a_head_line_opening_on_a_number_does_not_end_the_head():
    """'12 medlemmer var indkaldt' is no item's header: the 'Bemærkninger: …' line after it stays the head's fact,
    and the first item's section is split below it."""
    text = (f"Referat\nFritidsudvalget\n12 medlemmer var indkaldt\nBemærkninger: {_PROSE}\n"
            f"1. Tilskud til spejderhytten\nSagsfremstilling: {_PROSE}")
    lines = split_run_in_text(text, _LABELS).split("\n")
    assert f"Bemærkninger: {_PROSE}" in lines
    assert lines[-2:] == ["Sagsfremstilling", _PROSE]
