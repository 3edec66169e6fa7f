"""Every parse says how much of its text it explained; partial parses are reported, not silent."""
from __future__ import annotations

from sagsgang.parse.quality import UNREAD_WARNING, warning
from tests.parse.test_generic import parse_text

WELL_READ = ("Referat\nØkonomiudvalget\nMødedato: 14-08-2019\n\n1. Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\n"
             "Beslutning\n\nGodkendt.\n\n2. Budget 2025\n\nSagsnr.: 24/200\n\nBeslutning\n\nOversendt til Byrådet.\n")


def test_a_fully_read_minutes_page_has_little_unread_text_and_no_warning():
    doc = parse_text(WELL_READ)
    assert len(doc.items) == 2
    assert doc.unread_share is not None and doc.unread_share < 0.25
    assert doc.confidence is not None and doc.confidence > 0.7
    assert warning(doc) is None


def test_prose_the_parser_cannot_place_is_counted_and_reported():
    prose = " ".join(["Udvalget besøgte et trykkeri i Vejle og drøftede lærepladser med ledelsen."] * 12)
    doc = parse_text(WELL_READ.replace("\n\n1. Godkendelse", "\n\n" + prose + "\n\n1. Godkendelse"))
    assert len(doc.items) == 2 and doc.unread_share > UNREAD_WARNING
    note = warning(doc)
    assert note and note.startswith("partly read") and f"{doc.unread_share:.0%}" in note
    assert doc.confidence < parse_text(WELL_READ).confidence


def test_a_meeting_page_without_items_says_so():
    doc = parse_text("Referat\nØkonomiudvalget\nMødedato: 14-08-2019\n\n"
                     "Udvalget besøgte et trykkeri i Vejle og drøftede lærepladser med ledelsen.\n")
    assert doc.items == [] and warning(doc).startswith("no agenda item found")
