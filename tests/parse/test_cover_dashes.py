"""A minus sign (U+2212) or a figure dash (U+2012) typed where a hyphen or an en dash stands reads as that dash: in
a cover's date and time range, an item's dashed number, a member's role after the party. Pages of invented words."""
from __future__ import annotations

from sagsgang.read.visible import visible

from .transcript_page import parse_text

COVER = """Referat
Fjordudvalget
Mødedato: 14{d}05{d}2025
Tidspunkt: kl. 17.30 {d} 19.00
Mødested: Bådehuset, Vigvej 9
Deltagere: Svend Lykke (C) {d} formand, Marie Kløft (Ø), Ebbe Holt (V)
Fraværende: Lis Strand (B)

1 {d} Godkendelse af dagsorden
Beslutning
Godkendt.

2 {d} Ny badebro ved Vigstrand
Sagsnr.: 25{d}004417
Sagsfremstilling
Forvaltningen foreslår en ny badebro.
Beslutning
Vedtaget.
"""


def test_minus_signs_read_as_dashes(tmp_path):
    doc = parse_text(tmp_path, COVER.format(d="\u2212"))
    plain = parse_text(tmp_path, COVER.format(d="-"))
    m = doc.meeting
    assert (m.date, m.start_time, m.location) == ("2025-05-14", "17:30", "Bådehuset, Vigvej 9")
    assert (m.date, m.start_time, m.location) == (plain.meeting.date, plain.meeting.start_time,
                                                  plain.meeting.location)
    assert m.participants == plain.meeting.participants and len(m.participants) == 3
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden"),
                                                       ("2", "Ny badebro ved Vigstrand")]
    assert doc.items[1].case_numbers == ["25-004417"]


def test_figure_dashes_between_numbers_read_as_hyphens(tmp_path):
    doc = parse_text(tmp_path, COVER.format(d="\u2012"))
    assert (doc.meeting.date, doc.meeting.start_time) == ("2025-05-14", "17:30")
    assert [i.number for i in doc.items] == ["1", "2"]


def test_a_minus_before_a_number_stays_a_minus():
    assert visible("Merforbrug \u22122,5 mio. kr.") == "Merforbrug \u22122,5 mio. kr."
    assert visible("kl. 9\u22121 0") == "kl. 9-1 0"


def test_word_non_breaking_hyphens_in_numbers_read_as_hyphens(tmp_path):
    doc = parse_text(tmp_path, COVER.format(d="-").replace("14-05-2025", "14\u201105\u20112025")
                     .replace("25-004417", "25\u2010004417"))
    assert doc.meeting.date == "2025-05-14"
    assert doc.items[1].case_numbers == ["25-004417"]
