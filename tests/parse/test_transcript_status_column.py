"""PDF-transcript pages whose contents list prints each entry's open/closed status as a column of its own,
before every entry ('Åben 1. Godkendelse af dagsorden Åben Budgetopfølgning … Lukket Salg af grund …'), the way
the transcript_variants net's 'status-before' rewrites the tune transcripts. The cells are the entries'
statuses, never items of their own; and where the list prints no other status, a lone 'Lukket' at the end is
still a closed entry whose title is not printed. Synthetic pages in the shape of the tune transcripts."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .transcript_page import FRAME

_PAGES = """1 Referat Kultur- og Fritidsudvalget Mødedato: 14. marts 2019 Mødetidspunkt: 16:00 Mødested: Mødelokale 2, \
Rådhuset Deltagere: Anne Holm, Peter Lund, Karen Mikkelsen

2 Indholdsfortegnelse {contents}

3 1. Godkendelse af dagsorden Sagsnr.: 19/1001 Sagsfremstilling Dagsordenen er udsendt til udvalgets medlemmer. \
Beslutning i Kultur- og Fritidsudvalget den 14. marts 2019 Godkendt.

4 2. Budgetopfølgning pr. 28. februar Sagsnr.: 19/1002 Sagsfremstilling Forvaltningen har udarbejdet en \
opfølgning på udvalgets budget. Beslutning i Kultur- og Fritidsudvalget den 14. marts 2019 Taget til efterretning.
"""
_PAGE = FRAME.format(body="Kultur- og Fritidsudvalget", pages=_PAGES.rstrip("\n"))

_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 28. februar", "Tilskud til idrætsforeningernes haller",
           "Ansøgning om lokaletilskud til nye lokaler", "Salg af grund ved stadion",
           "Kulturpris 2019 - indstilling af kandidater", "Eventuelt"]
_PUBLIC = [True, True, True, True, False, True, True]


def _items(tmp_path: Path, contents: str) -> list[tuple[str | None, bool]]:
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=contents), encoding="utf-8")
    return [(it.title, it.public) for it in parse_file(page).items]


def test_a_status_column_before_each_entry_is_no_entry_of_its_own(tmp_path):
    """'Åben Title Åben Title Lukket Title': the column stands before every entry, as the first entry's cell
    before its number shows; each cell is the status of the title after it (here item 5 is closed, not 4)."""
    contents = "Åben 1. " + " ".join(
        ("" if k == 0 else ("Åben " if public else "Lukket ")) + title
        for k, (title, public) in enumerate(zip(_TITLES, _PUBLIC, strict=True)))
    assert _items(tmp_path, contents) == list(zip(_TITLES, _PUBLIC, strict=True))


def test_the_last_cell_with_no_title_after_it_is_a_closed_entry(tmp_path):
    """'… Åben Eventuelt Lukket': the list's last cell heads no title; it is a closed entry whose title the
    list does not print, not Eventuelt's status."""
    contents = "Åben 1. " + " ".join(
        ("" if k == 0 else ("Åben " if public else "Lukket ")) + title
        for k, (title, public) in enumerate(zip(_TITLES, _PUBLIC, strict=True))) + " Lukket"
    assert _items(tmp_path, contents) == [*zip(_TITLES, _PUBLIC, strict=True), ("Lukket", False)]


def test_a_status_column_goes_on_over_the_next_page_line(tmp_path):
    """'… Åben Kulturpris …' / '3 Lukket 6. Salg af grund Åben Eventuelt': the list runs on to the next page's
    line, whose first entry prints its cell before its number as the list's first entry does; the list goes on
    there, and the cell is that entry's status."""
    cells = [("Åben " if public else "Lukket ") for public in _PUBLIC]
    first = ["Åben 1. " + _TITLES[0]] + [cells[k] + _TITLES[k] for k in range(1, 4)]
    second = [cells[4] + "5. " + _TITLES[4]] + [cells[k] + _TITLES[k] for k in range(5, 7)]
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=" ".join(first) + "\n\n3 " + " ".join(second)), encoding="utf-8")
    assert [(it.title, it.public) for it in parse_file(page).items] == list(zip(_TITLES, _PUBLIC, strict=True))
