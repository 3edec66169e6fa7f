"""A transcript's head that prints the members' list straight after the place with no label of its own ('Mødested:
Byrådssalen Anne Hansen (V), Bo Jensen (A)', the list's label lost or printed in a column of its own): the place
ends where the first name marked with a party's letters begins, as a place never prints a party's letters. Invented
pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import FRAME, parse_text

_ITEMS = ("1. Godkendelse af dagsorden Beslutning Godkendt. 2. Salg af grund ved Skolevej Sagsnr.: 24-000456 "
          "Sagsfremstilling Kommunen har modtaget et bud på grunden. Beslutning Anbefales.")


def _location(tmp_path: Path, head: str) -> str | None:
    text = FRAME.format(body="Økonomiudvalget", pages=f"1 {head} {_ITEMS}")
    return parse_text(tmp_path, text).to_contract()["meeting"]["location"]


@pytest.mark.parametrize("place", ["Byrådssalen", "Kildeby Golfklub", "Fjernmøde", "Rådhuset, mødelokale 1"])
def test_the_place_ends_before_the_marked_names(tmp_path: Path, place: str) -> None:
    head = (f"Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: {place} "
            "Anne Hansen (V), Bo Jensen (A)")
    assert _location(tmp_path, head) == place


def test_a_place_without_names_after_it_is_whole(tmp_path: Path) -> None:
    head = "Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Kildeby Golfklub Dagsorden"
    assert _location(tmp_path, head) == "Kildeby Golfklub"
