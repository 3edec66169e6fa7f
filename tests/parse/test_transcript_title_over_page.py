"""A header's title that a transcript's page break cuts in two: its first words end one page line, its rest opens the
next behind that page's number and running head ('… 2. Ansøgning om … renovering af' / '3 Økonomiudvalget Side 2
broer i Kalvehave Havn Sagsnr.: …'). Invented transcript; no real text copied."""
from __future__ import annotations

from .transcript_page import parse_transcript

_COVER = "1 Referat Økonomiudvalget Mødedato: 12. maj 2016 Mødested: Rådhuset, lokale 2"
_BODY = ("Sagsnr.: 16/100{n} Sagsfremstilling Forvaltningen har skrevet et notat. Indstilling Forvaltningen "
         "indstiller, at sagen godkendes. Beslutning i Økonomiudvalget den 12. maj 2016 Godkendt.")
_LONG = "Ansøgning om anlægsbevilling og frigivelse af rådighedsbeløb til renovering af"


def _pages(rest: str) -> list[str]:
    return [_COVER,
            f"2 Økonomiudvalget Side 1 1. Godkendelse af dagsorden {_BODY.format(n=1)} 2. {_LONG}",
            f"3 Økonomiudvalget Side 2 {rest} {_BODY.format(n=2)} 3. Nyt fortov på Skolevej {_BODY.format(n=3)}"]


def test_a_title_goes_on_behind_the_next_pages_running_head(tmp_path):
    """The rest in small letters behind the head both page lines open with ('# Økonomiudvalget Side #'), a body's cue
    after it: the title's last words (before, the title ended at the page line's end)."""
    doc = parse_transcript(tmp_path, *_pages("broer i Kalvehave Havn"), body="Økonomiudvalget")
    assert [it.title for it in doc.items] == [
        "Godkendelse af dagsorden", f"{_LONG} broer i Kalvehave Havn", "Nyt fortov på Skolevej"]
    assert doc.items[1].case_numbers == ["16/1002"]


def test_a_sentence_behind_the_head_is_no_titles_rest(tmp_path):
    """The next page opens a sentence ('Broerne er slidte. …'): no part of the title."""
    doc = parse_transcript(tmp_path, *_pages("Broerne er slidte. Der er behov for"), body="Økonomiudvalget")
    assert doc.items[1].title == _LONG


_PROSE = ("Forvaltningen har gennemgået sagen grundigt og vurderer, at der er behov for en samlet plan for området. "
          "Planen skal sikre, at borgerne får bedre forhold, og at økonomien holder i hele perioden. Der er afsat "
          "midler i budgettet til formålet, og arbejdet kan gå i gang straks efter beslutningen. ")


def test_a_wrapped_title_among_long_bodies_keeps_its_item(tmp_path):
    """Bodies too long for a list's run: the headers with their bodies are the list, and the wrapped header's body's
    cue is found behind the next page's head (before, item 2 was lost, its body read into item 1's)."""
    pages = [p.replace("Sagsfremstilling ", "Sagsfremstilling " + _PROSE) for p in _pages("broer i Kalvehave Havn")]
    doc = parse_transcript(tmp_path, *pages, body="Økonomiudvalget")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", f"{_LONG} broer i Kalvehave Havn"), ("3", "Nyt fortov på Skolevej")]
    heads = ["Sagsfremstilling", "Indstilling", "Beslutning"]
    assert [[s.heading for s in it.sections] for it in doc.items] == [heads] * 3
