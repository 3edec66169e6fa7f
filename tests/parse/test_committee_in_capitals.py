"""A head that sets the body's name in capitals ('KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE') while the pages' running
heads print it in ordinary letters: the meeting's body is the ordinary form, as the gold writes it; a name printed in
capitals only stays so. Synthetic pages."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.committee_names import as_printed_plainly

from .transcript_page import parse_text, viewer_text

BODY = ("1. Godkendelse af dagsorden Sagsfremstilling Dagsordenen forelægges. Beslutning Godkendt. "
        "2. Budget 2023 Sagsfremstilling Budgettet forelægges. Beslutning Godkendt.")


def test_the_ordinary_form_the_running_heads_print_wins(tmp_path: Path):
    text = viewer_text("KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE",
                       "KOMMUNALBESTYRELSEN FOR VESTBY KOMMUNE REFERAT FRA MØDET TORSDAG DEN 26. FEBRUAR 2009",
                       f"Kommunalbestyrelsen 26. februar 2009 Side: 2 {BODY}")
    doc = parse_text(tmp_path, text)
    assert doc.meeting is not None and doc.meeting.committee == "Kommunalbestyrelsen"
    assert [d.committee for it in doc.items for d in it.decisions] == ["Kommunalbestyrelsen"] * 2


def test_capitals_alone_and_small_letters_in_a_sentence_keep_the_printed_name():
    assert as_printed_plainly("ØKONOMIUDVALG", "ØKONOMIUDVALG\nReferat") == "ØKONOMIUDVALG"
    assert as_printed_plainly("BYRÅDET", "BYRÅDET\nSagen sendes til byrådet.") == "BYRÅDET"
    assert as_printed_plainly("BYRÅDET", "BYRÅDET\nByrådet 12. marts") == "Byrådet"
    assert as_printed_plainly("Byrådet", "BYRÅDET\nByrådet") == "Byrådet"
    assert as_printed_plainly("BYRÅDET", "BYRÅDET\nByrådets beslutning") == "BYRÅDET"  # another word
    assert as_printed_plainly("BYRÅDET", "SAGEN AFGØRES IByrådet.") == "Byrådet"  # glued to a heading in capitals
