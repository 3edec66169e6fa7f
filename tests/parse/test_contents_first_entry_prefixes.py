"""A transcript's contents list that lost every number after the first, its first number printed behind something
other than the list's heading: a 'Sag' label ('Sag 1'), a page column read first ('Side 3 1. …'), a status column
('Lukket 1. …'). The first number is still the first entry's, no title of its own. Synthetic pages in the shape of
the tune transcripts (transcript_variants.py `sag-numbers`, `page-first`, `status-before`); no real text."""
from __future__ import annotations

from sagsgang.model import Document

from .transcript_page import ITEM_BODY as _BODY
from .transcript_page import parse_transcript as _parse

_COVER = "1 Referat Teknisk Udvalg Dato 12. maj 2016 Mødetidspunkt 16:00 Sted Mødelokale 3, Rådhuset"
_TITLES = ["Godkendelse af dagsorden", "Orientering fra formanden", "Budgetopfølgning for vejområdet",
           "Salg af grund ved havnen", "Trafikplan for midtbyen", "Eventuelt"]


def _rows(doc: Document) -> list[tuple[str | None, str | None]]:
    return [(it.number, it.title) for it in doc.items]


def test_sag_label_before_the_first_number_numbers_the_first_entry(tmp_path):
    """'Indholdsfortegnelse Sag nr. Side Sag 1 Godkendelse af dagsorden Orientering …': 'Sag 1' is the first
    entry's label and number (as 'Punkt 1' would be), no title of its own."""
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse Sag nr. Side Sag 1 " + " ".join(_TITLES),
                 "3 1. Godkendelse af dagsorden " + _BODY.format(n=1))
    rows = _rows(doc)
    assert rows[0] == ("1", "Godkendelse af dagsorden")
    assert [t for _, t in rows] == _TITLES
    assert all(not (t or "").startswith("Sag") for _, t in rows)


def test_a_page_before_the_first_number_is_no_title(tmp_path):
    """'Indholdsfortegnelse Sag nr. Side 3 1. Godkendelse af dagsorden 5 Orientering …': the page column came out
    before the titles; the bare 3 before '1.' is the first entry's page, '1.' its number, and no title '1.'."""
    line = " ".join(f"{3 + 2 * k} " + ("1. " if k == 0 else "") + t for k, t in enumerate(_TITLES))
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse Sag nr. Side " + line,
                 "3 1. Godkendelse af dagsorden " + _BODY.format(n=1))
    rows = _rows(doc)
    assert rows[0] == ("1", "Godkendelse af dagsorden")
    assert [t for _, t in rows] == _TITLES


def test_a_status_before_the_first_number_is_the_first_entrys(tmp_path):
    """'Indholdsfortegnelse Lukket 1. Godkendelse af dagsorden Åben Orientering …': a status column before the
    titles; 'Lukket' closes the first entry and '1.' numbers it, no title 'Lukket 1.' of its own."""
    line = " ".join(("Lukket 1. " if k == 0 else "Åben ") + t for k, t in enumerate(_TITLES))
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse Sag nr. Side " + line,
                 "3 2. Orientering fra formanden " + _BODY.format(n=2))
    rows = _rows(doc)
    assert rows[0] == ("1", "Godkendelse af dagsorden")
    assert rows[1][1] == "Orientering fra formanden"
    assert [it.public for it in doc.items][:2] == [False, True]
