"""A PDF transcript prints the meeting's facts on one line, the place under a label no vocabulary knows ('Mødet
holdes:', 'Afholdt:'): the place is read by its shape, a room's or building's word or a street with its number, and
ends where the next label starts. A value of another shape under an unknown label before it ('Mødeform: Fysisk
møde', 'Emne: Budget for …') is no place (invented words and names)."""
from __future__ import annotations

import pytest

from sagsgang.parse.fact_labels import place_under_unknown_label

from .transcript_page import parse_text, viewer_text

ITEMS = "1 Godkendelse af dagsorden 2 Vedligehold af Mosestien"
BODY = ("Sagsnr.: 25/0417 Sagsfremstilling Forvaltningen har lavet et notat om stien. Beslutning i Moseudvalget den "
        "12. maj 2025 Godkendt.")


def _meeting(tmp_path, head: str):
    page = f"Referat Moseudvalget {head} Deltagere: Ulla Tvede (A), Per Kragh (V) og Iben Lund (O) {ITEMS}"
    return parse_text(tmp_path, viewer_text("Referat Moseudvalget", page, BODY)).meeting


@pytest.mark.parametrize(("head", "place"), [
    ("Mødedato: 12. maj 2025 Mødet holdes: Mosesalen, Kærby Rådhus", "Mosesalen, Kærby Rådhus"),
    ("Mødedato: 12. maj 2025 kl. 16:00 Afholdt: Kærvej 14, 4390 Kærby", "Kærvej 14, 4390 Kærby"),
    ("Mødet holdes: Lærkesalen, Kærby Bibliotek Mødedato: 12. maj 2025", "Lærkesalen, Kærby Bibliotek"),
])
def test_a_place_under_an_unknown_label_is_the_meetings_place(tmp_path, head, place):
    m = _meeting(tmp_path, head)
    assert m.location == place
    assert m.date == "2025-05-12"
    assert m.participants == ["Ulla Tvede (A)", "Per Kragh (V)", "Iben Lund (O)"]


@pytest.mark.parametrize(("label", "value", "place"), [
    ("Mødet holdes", "Mosesalen, Kærby Rådhus", True),
    ("Afholdt", "Kærvej 14, 4390 Kærby", True),
    ("Mødeform", "Fysisk møde", False),  # small words: no name of a place
    ("Emne", "Budget for Kærby Skole", False),  # a title's small word inside its first part
    ("Mødeleder", "Ulla Tvede", False),  # a person: no room's, building's or street's word
    ("Mødested", "Mosesalen", False),  # a known label is read by its field, not by this
])
def test_what_an_unknown_label_holds_is_a_place_by_its_shape(label, value, place):
    assert place_under_unknown_label(label, value) is place
