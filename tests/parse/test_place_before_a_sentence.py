"""A transcript's head runs the sentence printed under the place on after it ('… Mødested: Byrådssalen I mødet
deltog …', '… Mødested: Rådhuset Evt. afbud til sekretariatet …'): the place ends where the sentence begins, also
when the sentence opens with the one-letter 'I' or with an abbreviation, which a place's name never prints
capitalised before two small words. Invented pages (benchmarks/parse_accuracy/place_shapes.py prints them under
`place-then-i-sentence` and `place-then-abbreviation`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text, viewer_text

_LATER = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Tilskud til foreninger 4",
          "1. Godkendelse af dagsorden Sagsnr.: 27/101 Beslutning Godkendt. 2. Tilskud til foreninger Sagsnr.: 27/102 "
          "Sagsfremstilling Forvaltningen har lavet en indstilling. Beslutning Godkendt.")


@pytest.mark.parametrize("sentence", ["I mødet deltog også direktøren.", "Evt. afbud til sekretariatet.",
                                      "Ang. bilag henvises til hjemmesiden."])
@pytest.mark.parametrize("place", ["Byrådssalen", "Mødelokale 2, Rådhuset", "Kantinen, Skovvej 7"])
def test_the_place_ends_where_a_sentence_after_it_begins(tmp_path: Path, place: str, sentence: str) -> None:
    text = viewer_text("Referat Fritidsudvalget", f"Referat Fritidsudvalget Mødedato: 12.03.2027 Mødetidspunkt: "
                                                  f"16:00 Mødested: {place} {sentence} Deltagere: Gunnar Ravn (A), "
                                                  "Helle Kobbers (V)", *_LATER)
    assert parse_text(tmp_path, text).to_contract()["meeting"]["location"] == place


@pytest.mark.parametrize("place", ["Sal I og II, Rådhuset", "Lokale I, stuen"])
def test_a_roman_one_in_the_place_stays(tmp_path: Path, place: str) -> None:
    text = viewer_text("Referat Fritidsudvalget", f"Referat Fritidsudvalget Mødedato: 12.03.2027 Mødetidspunkt: "
                                                  f"16:00 Mødested: {place} Deltagere: Gunnar Ravn (A), "
                                                  "Helle Kobbers (V)", *_LATER)
    assert parse_text(tmp_path, text).to_contract()["meeting"]["location"] == place
