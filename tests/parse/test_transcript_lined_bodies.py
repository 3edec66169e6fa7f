"""Item bodies of a PDF-viewer transcript of a page that kept its lines (transcript_lined.py): a heading that names
the meeting's committee by its kind ('Udvalgets beslutning') right after a sentence's end is read as that heading,
not with the sentence before it as a body's name (headings._SENTENCE_IN_NAME); and section headings other councils
use ('Redegørelse', 'Indstilling fra direktøren') are headings run into their text too.
Synthetic transcript pages in the shape of the tune transcripts; no real text copied."""
from __future__ import annotations

from sagsgang.parse.headings import decision_body_date, is_heading

from .transcript_page import parse_transcript as _parse

_COVER = "1 TEKNISK UDVALG REFERAT FRA MØDET TORSDAG DEN 12. MAJ 2016, KL. 16.00 PÅ RÅDHUSET"
_LIST = "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Trafikplan for midtbyen med forslag til nye p-regler"


def _item(n: int, title: str, body: str) -> str:
    return f"{n + 2} Teknisk Udvalg 12. maj 2016 Side {n + 2} {n}. {title} {body}"


def test_a_sentence_before_a_genitive_heading_is_no_part_of_its_body():
    """'Ingen bilag. Udvalgets beslutning': the words before the sentence's end are the text before the heading; the
    heading names the meeting's own committee by its kind."""
    assert decision_body_date("Ingen bemærkninger. Udvalgets beslutning") is None
    assert decision_body_date("Udvalgets beslutning") == ("", None)
    assert decision_body_date("Teknisk Udvalgs beslutning den 12. maj 2016") == ("Teknisk Udvalg", "12. maj 2016")


def test_the_committees_decision_run_in_after_a_sentence_is_the_meetings(tmp_path):
    """'… Bilag Ingen bilag. Udvalgets beslutning Godkendt.': the decision is the meeting's committee's, on its date,
    and 'Bilag' stays a section of its own."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Bilag Ingen bilag. Udvalgets beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til nye p-regler",
                       "Sagsnr.: 16/1234 Sagsfremstilling Forvaltningen har lavet et udkast til planen. "
                       "Bilag Ingen bilag. Udvalgets beslutning Anbefales."))
    item = next(it for it in doc.items if it.title.startswith("Trafikplan"))
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Bilag", "Beslutning"]
    assert [(d.committee, d.date) for d in item.decisions] == [(doc.meeting.committee, doc.meeting.date)]
    assert "bilag" not in item.decisions[0].committee.casefold()


def test_other_councils_section_words_are_headings():
    assert is_heading("Redegørelse") and is_heading("REDEGØRELSE:")
    assert is_heading("Indstilling fra direktøren") and is_heading("Indstilling fra Kommunaldirektøren")
    assert not is_heading("Redegørelse for trafikken") and not is_heading("Indstilling fra Ældrerådet")


def test_other_councils_section_words_run_in_are_sections(tmp_path):
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til nye p-regler",
                       "Sagsnr.: 16/1234 Redegørelse Forvaltningen har lavet et udkast til planen. "
                       "Indstilling fra direktøren Direktøren indstiller, at planen godkendes. "
                       "Beslutning Anbefales."))
    item = next(it for it in doc.items if it.title.startswith("Trafikplan"))
    assert [s.heading for s in item.sections] == ["Redegørelse", "Indstilling fra direktøren", "Beslutning"]

