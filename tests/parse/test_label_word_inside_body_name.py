"""A common label word inside a body's name ('Det Lokale Beskæftigelsesråd': 'Lokale' is a place's label elsewhere):
where the words before and after it make one body's name, the word is the name's, not a label that cuts the name
(fact_labels._inside_body_name). Invented pages, lined and flattened as a transcript prints them."""
from __future__ import annotations

from pathlib import Path

from .flattening import flattened_text
from .transcript_page import parse_text

_ITEMS = ("\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Budget 2025\nSagsfremstilling\nBudgettet.\n"
          "Beslutning\nGodkendt.\n")
_FACTS = "Mødedato: 12. marts 2024 kl. 16:00\nMødested: Byrådssalen\nDeltagere: Anne Hansen (V), Bo Jensen (A)\n"


def _meeting(tmp_path: Path, head: str, flat: bool = False) -> dict:
    text = head + _ITEMS
    return parse_text(tmp_path, flattened_text(text) if flat else text).to_contract()["meeting"]


def test_the_body_under_its_label(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat\nUdvalg: Det Lokale Beskæftigelsesråd\n" + _FACTS)
    assert m["committee"] == "Det Lokale Beskæftigelsesråd"


def test_the_body_under_its_label_flattened(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat\nUdvalg: Det Lokale Beskæftigelsesråd\n" + _FACTS, flat=True)
    assert (m["committee"], m["location"]) == ("Det Lokale Beskæftigelsesråd", "Byrådssalen")


def test_the_body_as_the_heads_line_flattened(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat\nDet Lokale Beskæftigelsesråd\n" + _FACTS, flat=True)
    assert m["committee"] == "Det Lokale Beskæftigelsesråd"


def test_the_word_after_a_time_is_still_the_places_label(tmp_path: Path) -> None:
    """'Mødetidspunkt 16:00 Mødelokale Rådssalen': no body's name around the word, so it labels the place."""
    head = "Referat\nØkonomiudvalget\nMødedato 12. marts 2024 Mødetidspunkt 16:00 Mødelokale Rådssalen\n"
    m = _meeting(tmp_path, head)
    assert m["location"] == "Rådssalen"
