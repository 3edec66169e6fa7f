"""A cover whose template left the meeting's time blank prints the clock word alone before the place ('Møde i
Kommunalbestyrelsen mandag den 25. september 2006, Kl i Kommunalbestyrelsens mødesal'): the clock word is no part of
the place, as 'Kl. 19.00 i …' is not (parse/meeting_places.py). Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import TITLED_FRAME, parse_text

ITEMS = ("2 Punkt 1 Godkendelse af dagsorden Sagsnr.: 24/1101 Sagsfremstilling Dagsordenen forelægges. Beslutning "
         "Godkendt. Punkt 2 Ny cykelsti langs Åvej Sagsnr.: 24/1102 Sagsfremstilling Kommunen har modtaget en "
         "ansøgning. Beslutning Anbefales.")


@pytest.mark.parametrize("clock", ["Kl", "Kl.", "kl.", "Kl. 19.00"])
def test_the_clock_word_before_the_place_is_no_part_of_it(tmp_path: Path, clock: str) -> None:
    cover = (f"1 Møde i Kommunalbestyrelsen mandag den 25. september 2006, {clock} i Kommunalbestyrelsens mødesal "
             "Deltagere: Anne Hansen, Bo Jensen")
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Kommunen", pages=f"{cover}\n\n{ITEMS}")).to_contract()
    assert doc["meeting"]["location"] == "Kommunalbestyrelsens mødesal"
    assert doc["meeting"]["date"] == "2006-09-25"
