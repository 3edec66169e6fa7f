"""Shapes a vendor's PDF prints, read from the viewer's transcript of it (invented words only)."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_ITEMS = ("Skovudvalget Referat Åbent referat Dato: 12.09.2023 Side 2 INDHOLDSFORTEGNELSE Åbent referat "
          "1. Godkendelse af dagsorden 3 2. Træer i parken 4",
          "Skovudvalget Referat Åbent referat Dato: 12.09.2023 Side 3 1. Godkendelse af dagsorden Sagsnr.: 22-003654 "
          "Resume Godkendelse af dagsorden. Indstilling Administrationen indstiller at dagsordenen godkendes "
          "Skovudvalgets beslutning den 12.09.2023 Godkendt.",
          "Skovudvalget Referat Åbent referat Dato: 12.09.2023 Side 4 2. Træer i parken Sagsnr.: 22-003655 "
          "Resume Om træerne ved søen. Indstilling Administrationen indstiller at sagen godkendes "
          "Skovudvalgets beslutning den 12.09.2023 Godkendt.")


def test_slash_joined_absence_label_inside_a_flattened_cover(tmp_path: Path) -> None:
    """'… Tilstede A B C Afbud/Fraværende D': two labels joined by a slash, each word capitalised, label the
    absentees; read as 'Afbud' alone, '/Fraværende D' was no name and the meeting lost its absentee."""
    cover = ("Skovudvalget Referat Åbent referat Dato: 12.09.2023 Side 1 Referat Skovudvalget tirsdag den "
             "12. september 2023, kl. 16:00 i Lokale Grøn Åbent referat Tilstede Alfa Bravosen Carla Deltadóttir "
             "Egon Foxtrotsen Afbud/Fraværende Gurli Hotelsen")
    doc = parse_text(tmp_path, viewer_text("Skovudvalget Referat", cover, *_ITEMS))
    assert doc.meeting.participants == ["Alfa Bravosen", "Carla Deltadóttir", "Egon Foxtrotsen"]
    assert doc.meeting.absent == ["Gurli Hotelsen"]
