"""A transcript of one case whose last page line is short ('2 Bilag 1. Kort over stien'): the viewer's next page, cut
before its heading as the long page before it is. Invented transcript; no real text copied."""
from __future__ import annotations

from .transcript_page import TITLED_FRAME, parse_text

_PAGE = ("1 Punkt 7. Nyt fortov på Skolevej Sagsnr.: 16/1002 Sagsfremstilling Borgerne har klaget over stien langs "
         "vejen. Indstilling Direktionen indstiller, at sagen godkendes. Beslutning i Økonomiudvalget den 12. maj 2016 "
         "Godkendt.")


def _parse(tmp_path, last: str):
    pages = "\n\n".join([_PAGE, last])
    return parse_text(tmp_path, TITLED_FRAME.format(title="Punkt 7. Nyt fortov på Skolevej", pages=pages)).items[0]


def test_a_short_next_page_is_cut_as_a_page(tmp_path):
    """'2 Bilag 1. Kort over stien' after page 1: its heading is a section and its entry a bilag, the decision ends at
    'Godkendt.' (before, the short line was no page line and ran on into the decision: 'Godkendt. 2 Bilag 1. …')."""
    item = _parse(tmp_path, "2 Bilag 1. Kort over stien")
    assert [d.text for d in item.decisions] == ["Godkendt."]
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"]
    assert [(a.number, a.title) for a in item.attachments] == [("1", "Kort over stien")]


def test_a_line_that_does_not_number_the_next_page_is_left(tmp_path):
    """A short line whose number is not the next page's ('5 Bilag …' after page 1) is not cut as a page."""
    item = _parse(tmp_path, "5 Bilag 1. Kort over stien")
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Indstilling", "Beslutning"]
