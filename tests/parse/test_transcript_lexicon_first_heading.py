"""A PDF transcript's item header run into its body with no case number between, the body opening on a heading the
lexicon knows from lined pages but that is none of the few words every body opens with ('1. Cykelsti langs Kløvervej
Beslutningstema Udvalget skal …'), on a page of one item's body, where no repetition tells the heading; and a
section's text that opens on a bullet ('Sagsfremstilling • Kommunen har …'). Invented pages; no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = "1 Referat Plan- og Vejudvalget Mødedato: 9. april 2021 Mødested: Lokale Syd"
_TITLE = "Cykelsti langs Kløvervej"
_TEXT = "Forvaltningen har modtaget en henvendelse fra en gruppe borgere i området om en ny cykelsti."


def _one_item(tmp_path, body: str):
    doc = parse_transcript(tmp_path, _COVER, f"2 Plan- og Vejudvalget 9. april 2021 Side 2 1. {_TITLE} {body}",
                           body="Plan- og Vejudvalget")
    assert len(doc.items) == 1
    return doc.items[0]


def test_a_lexicon_heading_ends_the_title_of_a_lone_item(tmp_path):
    """'Beslutningstema Forvaltningen har …': the title ends before the heading, which is the item's first section."""
    item = _one_item(tmp_path, f"Beslutningstema {_TEXT} Indstilling Direktionen indstiller, at sagen godkendes. "
                               "Beslutning Godkendt.")
    assert item.title == _TITLE
    assert [s.heading for s in item.sections] == ["Beslutningstema", "Indstilling", "Beslutning"]


def test_a_lexicon_heading_in_capitals_with_its_colon_ends_the_title(tmp_path):
    item = _one_item(tmp_path, f"ØKONOMISKE KONSEKVENSER: {_TEXT} Beslutning Godkendt.")
    assert item.title == _TITLE
    assert [s.heading for s in item.sections] == ["ØKONOMISKE KONSEKVENSER", "Beslutning"]


def test_a_heading_word_that_ends_the_title_before_a_case_label_stays_in_the_title(tmp_path):
    """'… Kløvervej Økonomi Sagsnr.: 21/1001 Sagsfremstilling …': the heading's word is followed by a label, not by
    the prose a heading heads, so it is the title's last word."""
    item = _one_item(tmp_path, f"Økonomi Sagsnr.: 21/1001 Sagsfremstilling {_TEXT} Beslutning Godkendt.")
    assert item.title == f"{_TITLE} Økonomi"
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Beslutning"]


def test_a_section_text_opening_on_a_bullet_keeps_its_heading(tmp_path):
    """'Sagsfremstilling • Forvaltningen …' and 'Vurdering • …': each heading is a section and the title ends
    before the first, with no case number between."""
    item = _one_item(tmp_path, f"Sagsfremstilling • {_TEXT} • Sagen er drøftet med de berørte parter. "
                               "Vurdering • Forvaltningen anbefaler, at stien anlægges. Beslutning Godkendt.")
    assert item.title == _TITLE
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Vurdering", "Beslutning"]


def test_a_section_text_opening_on_a_quoted_name_keeps_its_heading(tmp_path):
    item = _one_item(tmp_path, f"Sagsnr.: 21/1001 Sagsfremstilling {_TEXT} Baggrund ”Cykelplan 2030” blev vedtaget "
                               "af byrådet i 2019. Beslutning Godkendt.")
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Baggrund", "Beslutning"]
