"""A PDF transcript's contents list that prints a closed item's marker behind its title's dash ('… Salg af
grund - LUKKET SAG...12'): the marker is that title's, as a dash joins a note to what stands before it, so the
entry is the title, closed, and no closed entry of its own follows it (a marker alone, with no dash before it,
still is one: test_transcript_closed_markers). Synthetic page in the shape of the tune transcripts."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .transcript_page import FRAME

_PAGES = """1 Referat Teknik- og Havneudvalget Mødedato: 3. maj 2027 Mødetidspunkt: 15:00 Mødested: Mødelokale 4, \
Rådhuset Deltagere: Birthe Kollerup, Svend Aamark, Lone Trindholt

2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden Ny belysning på \
stiforbindelsen Tilskud til bådelauget Forslag om fartdæmpning på skolevejen Salg af grund - LUKKET SAG...12 \
Eventuelt...13 Bilagsoversigt...14

3 Teknik- og Havneudvalget Godkendelse af dagsorden Sagsnr.: 27/ Sagsfremstilling Dagsordenen er udsendt til \
udvalgets medlemmer. Beslutning i Teknik- og Havneudvalget den Godkendt.
"""
_PAGE = FRAME.format(body="Teknik- og Havneudvalget", pages=_PAGES.rstrip("\n"))


def test_marker_behind_a_dash_closes_its_title(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    got = [(it.title, it.public) for it in parse_file(page).items]
    assert ("Salg af grund", False) in got
    assert all(title != "Lukket punkt" for title, _ in got)
