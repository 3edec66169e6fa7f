"""A time label whose value prints the date line whole ('Møde: 12. maj 2025 kl. 16:00, Kærhuset', 'Tidspunkt: …'),
the facts run onto one line in a PDF transcript: the room or building after the date and its time is the meeting's
place, as after a date label's (invented words and names)."""
from __future__ import annotations

import pytest

from .transcript_page import parse_text, viewer_text

BODY = ("Sagsnr.: 25/0417 Sagsfremstilling Forvaltningen har lavet et notat om stien. Beslutning i Moseudvalget den "
        "12. maj 2025 Godkendt.")


@pytest.mark.parametrize("head", [
    "Møde: 12. maj 2025 kl. 16:00, Kærhuset",
    "Tidspunkt: 12.05.2025, kl. 16.00, Mosesalen",
])
def test_the_place_after_a_dated_time_labels_date_and_time(tmp_path, head):
    page = (f"Referat Moseudvalget {head} Deltagere: Ulla Tvede, Per Kragh, Iben Lund 1 Godkendelse af dagsorden "
            "2 Vedligehold af Mosestien")
    m = parse_text(tmp_path, viewer_text("Referat Moseudvalget", page, BODY)).meeting
    assert (m.date, m.start_time) == ("2025-05-12", "16:00")
    assert m.location == head.rsplit(", ", 1)[1]
    assert m.participants == ["Ulla Tvede", "Per Kragh", "Iben Lund"]
