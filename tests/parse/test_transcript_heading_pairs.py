"""Section headings run into their text in a PDF transcript, in forms the lexicon holds only in part: two parts named
by one heading with an accented word ('Resumé og indstilling') or joined by a slash ('Økonomi/finansiering'), the
case's account qualified ('Kort sagsfremstilling'), and the plain words for what is put to the vote and what comes
after ('Forslag til beslutning', 'Det videre forløb'). Invented pages; no real text copied."""
from __future__ import annotations

import pytest

from .transcript_page import parse_transcript

_COVER = "1 Referat Plan- og Vejudvalget Mødedato: 9. april 2021 Mødested: Lokale Syd"
_TEXT = "Forvaltningen har modtaget en henvendelse fra en gruppe borgere i området om en ny cykelsti."


def _sections(tmp_path, body: str) -> list[str]:
    page = (f"2 Plan- og Vejudvalget 9. april 2021 Side 2 1. Cykelsti langs Kløvervej Sagsnr.: 21/1001 {body} "
            "Beslutning Godkendt.")
    doc = parse_transcript(tmp_path, _COVER, page, body="Plan- og Vejudvalget")
    assert [it.title for it in doc.items] == ["Cykelsti langs Kløvervej"]
    return [s.heading for s in doc.items[0].sections]


@pytest.mark.parametrize("heading", ["Resumé og indstilling", "Økonomi/finansiering", "Høring / inddragelse",
                                     "Kort sagsfremstilling", "Forslag til beslutning", "Det videre forløb",
                                     "Forventet sagsforløb"])
def test_the_heading_is_a_section_of_its_own(tmp_path, heading):
    assert _sections(tmp_path, f"Sagsfremstilling {_TEXT} {heading} Udvalget skal tage stilling til stien.") == [
        "Sagsfremstilling", heading, "Beslutning"]


def test_a_heading_pair_inside_prose_is_no_section(tmp_path):
    """'… om økonomi/finansiering Det …' in small letters inside a sentence heads nothing."""
    assert _sections(tmp_path, f"Sagsfremstilling {_TEXT} Notatet handler om økonomi/finansiering. Det er godt.") == [
        "Sagsfremstilling", "Beslutning"]


@pytest.mark.parametrize("heading", ["Resumé og indstilling", "Forslag til beslutning", "Forventet sagsforløb"])
def test_the_heading_ends_the_title_of_a_lone_item_with_no_case_number(tmp_path, heading):
    """'1. Cykelsti langs Kløvervej Resumé og indstilling Forvaltningen …': the heading is the lexicon's, so the
    title ends before it (entry_heads.lexicon_head_at)."""
    doc = parse_transcript(tmp_path, _COVER, "2 Plan- og Vejudvalget 9. april 2021 Side 2 1. Cykelsti langs Kløvervej "
                                             f"{heading} {_TEXT} Beslutning Godkendt.", body="Plan- og Vejudvalget")
    assert [it.title for it in doc.items] == ["Cykelsti langs Kløvervej"]
    assert [s.heading for s in doc.items[0].sections] == [heading, "Beslutning"]
