"""A page that sets no blank line between its blocks: the first item, with nothing under it, right under the meeting's
last field line and right over the next item's header. Its number counts down from the headers below, and the field's
line ends the block above it as a blank line would. Invented pages; no real text copied."""
from __future__ import annotations

import re

import pytest

from .transcript_page import parse_text

_PAGE = """Referat
Økonomiudvalget
Mødedato: 14. marts 2024
Mødested: Byrådssalen
1. Godkendelse af dagsorden
2. Budget 2025
Sagsnr.: 24/102
Beslutning
Godkendt.
3. Lokalplan 12 for Skovvej
Sagsnr.: 24/103
Beslutning
Godkendt.
"""


@pytest.mark.parametrize("spacing", ["dense", "spaced"])
def test_the_first_item_under_the_last_field_line(tmp_path, spacing):
    """Before, item 1 was lost: it opened no block (no blank line above it) and no cue under it vouched for it. A page
    that sets a blank line after every line reads as this one (the reader takes the blanks away)."""
    text = _PAGE if spacing == "dense" else re.sub(r"\n+", "\n\n", _PAGE)
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"), ("3", "Lokalplan 12 for Skovvej")]


def test_a_point_under_a_sentence_is_no_item(tmp_path):
    """A numbered line under a sentence that leads to it is a point of the item's text, field line or none above."""
    text = _PAGE.replace("Mødested: Byrådssalen\n1. Godkendelse af dagsorden\n",
                         "Mødested: Byrådssalen\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n") \
        .replace("Sagsnr.: 24/103\n", "Sagsnr.: 24/103\nForvaltningen foreslår følgende:\n1. Planen sendes i høring\n")
    doc = parse_text(tmp_path, text)
    assert [it.number for it in doc.items] == ["1", "2", "3"]
