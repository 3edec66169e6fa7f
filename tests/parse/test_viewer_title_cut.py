"""A transcript viewer's title repeats the page's head up to its length, so it can end in a bare label ('Referat
Havneudvalget Mødedato') or inside a value ('… Mødested: Bådehuset, Vig'): the page's head says the whole fact.
Pages of invented words."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

HEAD = ("Referat {body} Mødedato: 14. maj 2025 kl. 17:30 Mødested: Bådehuset, Vigvej 9 Deltagere: Svend Lykke (C), "
        "Marie Kløft (Ø), Ebbe Holt (V) Fraværende: Lis Strand (B) 1. Godkendelse af dagsorden Beslutning Godkendt. "
        "2. Ny badebro ved Vigstrand Sagsfremstilling Forvaltningen foreslår en ny badebro. Beslutning Vedtaget.")


def test_a_title_cut_after_one_label_is_no_row_of_column_heads(tmp_path):
    doc = parse_text(tmp_path, viewer_text("Referat Havneudvalget Mødedato", HEAD.format(body="Havneudvalget")))
    assert doc.meeting.committee == "Havneudvalget"
    assert doc.meeting.date == "2025-05-14"


def test_a_bare_label_that_ends_the_title_is_no_word_of_the_body(tmp_path):
    body = "Udvalget for Fjord og Strand"
    doc = parse_text(tmp_path, viewer_text(f"Referat {body} Dato", HEAD.format(body=body)))
    assert doc.meeting.committee == body


def test_a_place_cut_by_the_title_is_read_whole_from_the_page(tmp_path):
    title = "Referat Havneudvalget Mødedato: 14. maj 2025 kl. 17:30 Mødested: Bådehuset, Vig"
    doc = parse_text(tmp_path, viewer_text(title, HEAD.format(body="Havneudvalget")))
    assert doc.meeting.location == "Bådehuset, Vigvej 9"
    assert doc.meeting.start_time == "17:30"
