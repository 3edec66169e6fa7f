"""A PDF transcript whose contents list prints its closed items under a group heading of their own, each as its
marker alone ('… Eventuelt Lukkede punkter Lukket punkt Lukket punkt Lukket punkt'), not what it is about, as the
transcript_variants net's 'closed-group' rewrites the tune transcripts: each marker is a closed entry of its own,
as a marker in capitals ('LUKKET PUNKT') already is. Synthetic page in the shape of the tune transcripts."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .transcript_page import FRAME

_PAGES = """1 Referat Kultur- og Fritidsudvalget Mødedato: 14. marts 2019 Mødetidspunkt: 16:00 Mødested: Mødelokale 2, \
Rådhuset Deltagere: Anne Holm, Peter Lund, Karen Mikkelsen

2 Indholdsfortegnelse 1. Godkendelse af dagsorden Budgetopfølgning pr. 28. februar Tilskud til \
idrætsforeningernes haller Ansøgning om lokaletilskud til nye lokaler Eventuelt Lukkede punkter Lukket punkt \
Lukket punkt Lukket punkt Underskrifter

3 1. Godkendelse af dagsorden Sagsnr.: 19/1001 Sagsfremstilling Dagsordenen er udsendt til udvalgets medlemmer. \
Beslutning i Kultur- og Fritidsudvalget den 14. marts 2019 Godkendt.
"""
_PAGE = FRAME.format(body="Kultur- og Fritidsudvalget", pages=_PAGES.rstrip("\n"))


def test_markers_beside_each_other_are_closed_entries_each(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(_PAGE, encoding="utf-8")
    assert [(it.title, it.public) for it in parse_file(page).items] == [
        ("Godkendelse af dagsorden", True), ("Budgetopfølgning pr. 28. februar", True),
        ("Tilskud til idrætsforeningernes haller", True), ("Ansøgning om lokaletilskud til nye lokaler", True),
        ("Eventuelt", True), ("Lukket punkt", False), ("Lukket punkt", False), ("Lukket punkt", False)]
