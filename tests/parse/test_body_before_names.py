"""A row of labels with the body's and the members' labels side by side and no place ('Udvalg: Deltagere: Fraværende:
<body> <names> <names>', a two-column table read column by column): the body ends where the first member's given
name starts, so the body is the committee and the first member keeps his own name. Invented pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_LATER = ("Indholdsfortegnelse 1 Godkendelse af dagsorden 2 Tilskud til foreninger",
          "1 Godkendelse af dagsorden Sagsnr.: 25/101 Beslutning Godkendt. 2 Tilskud til foreninger Sagsnr.: 25/102 "
          "Sagsfremstilling Forvaltningen har lavet en indstilling. Beslutning Godkendt.")


def test_the_body_before_the_members_of_a_row_read_by_column(tmp_path: Path) -> None:
    m = parse_text(tmp_path, viewer_text(
        "Dagsorden", "Dagsorden Udvalg: Deltagere: Fraværende: Fritids- og Idrætsudvalget Gunnar Ravn (A), Helle "
                     "Kobbers (V), Inger Saltofte (F) Jonas Brix (C)", *_LATER)).to_contract()["meeting"]
    assert m["committee"] == "Fritids- og Idrætsudvalget"
    assert m["participants"][:3] == ["Gunnar Ravn (A)", "Helle Kobbers (V)", "Inger Saltofte (F)"]
