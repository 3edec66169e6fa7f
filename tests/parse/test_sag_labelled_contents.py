"""A transcript's contents list that labels its entries 'Sag 1', 'Sag 2' (a case label, as 'Punkt 1' is an item
label) and lost every number after the first: the first number is the first entry's, not a title 'Sag 1' of its
own. Synthetic pages in the shape of the tune transcripts (transcript_variants.py `sag-numbers`); no real text."""
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
