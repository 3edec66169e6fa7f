"""A cover printed as spaced lines (a PDF reader gives an empty line between each): the committee, the date, the
time and the place each on a line of its own, then the members under a bare heading. Invented council and names."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_COVER = """Referat

Kornblomstudvalget

Tirsdag den 4. marts 2031

Kl. 14:00

Mødelokale Uglen

Medlemmer
Ravna Tolstrup
Eskil Brandholt
Vibsa Krogager

Fraværende

Indholdsfortegnelse

Punkt nr. Side
1. Godkendelse af dagsorden.............................. 2
2. Ny sti langs Mølleåen................................. 3

1. Godkendelse af dagsorden

Sagsnr.: 31-000417

Beslutning i Kornblomstudvalget den 04-03-2031
Godkendt.

2. Ny sti langs Mølleåen

Sagsnr.: 31-000982

Beslutning i Kornblomstudvalget den 04-03-2031
Anbefales.
"""


def _meeting(tmp_path: Path, text: str):
    f = tmp_path / "cover.txt"
    f.write_text(text, encoding="utf-8")
    return parse_file(f).meeting


def test_place_on_its_own_line_after_the_time_line(tmp_path: Path) -> None:
    # the empty lines between the cover's lines do not push the place out of reach of the date
    m = _meeting(tmp_path, _COVER)
    assert (m.date, m.start_time, m.location) == ("2031-03-04", "14:00", "Mødelokale Uglen")


def test_a_name_after_the_time_line_is_no_place(tmp_path: Path) -> None:
    # the line after the time must name a room or a building: a member's name there is not a place
    m = _meeting(tmp_path, _COVER.replace("Mødelokale Uglen\n\n", ""))
    assert m.location is None


def test_the_period_of_the_deciding_body_is_no_case_number(tmp_path: Path) -> None:
    # 'Sagen afgøres i: <body> 2030-2033': a sentence beginning 'Sagen' is no 'Sag:' label, its period no case
    text = _COVER.replace("Sagsnr.: 31-000982\n", "Sagsnr.: 31-000982\nSagen afgøres i: Byrådet 2030-2033\n")
    f = tmp_path / "cover.txt"
    f.write_text(text, encoding="utf-8")
    items = parse_file(f).items
    assert [it.case_numbers for it in items] == [["31-000417"], ["31-000982"]]


def test_an_empty_absence_label_before_the_next_pages_running_head(tmp_path: Path) -> None:
    # 'Fraværende' ends the cover page, the next page begins with its running head: no absentee is named
    head = "Referat For Skov- og Kornblomstudvalget 4. marts 2031 - kl. 14:00 Side 2 2 of 13"
    text = _COVER.replace("Fraværende\n\n", f"Fraværende\n\n{head}\n\n")
    m = _meeting(tmp_path, text)
    assert (m.participants, m.absent) == (["Ravna Tolstrup", "Eskil Brandholt", "Vibsa Krogager"], [])
    assert m.location == "Mødelokale Uglen"  # the running head's 'kl. 14:00 Side 2' gives no place either
