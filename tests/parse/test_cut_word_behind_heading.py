"""A transcript item cut by the excerpt right behind a heading (strand trans, issue 11), on invented pages: the cut
word run on behind the heading on its printed line is the first word of that heading's text, not a next heading cut
off; a cut heading on a line of its own under an empty section stays one (annotation-rules: a heading cut off by the
end of an excerpt counts as printed)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .test_transcript_contents_ends import HEAD

ITEM_CUT = HEAD + (
    "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Vintertjeneste på stierne 4 3. Renovering af Bakkevej 5\n\n"
    "3 Punkt 1: Godkendelse af dagsorden Sagsnr.: 26-000412 Resume Dagsordenen forelægges til godkendelse. "
    "Beslutning Godkendt. Punkt 2: Vintertjeneste på stierne Sagsnr.: 26-000977 Resume Udvalget skal tage stilling "
    "til saltning af stierne i vinterperioden. Indstilling Administr")


def _sections(tmp_path: Path, text: str) -> list:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return next(it for it in parse_file(p).items if it.number == "2").sections


def test_a_cut_word_run_on_behind_a_heading_is_its_text_not_a_cut_heading(tmp_path):
    assert [s.heading for s in _sections(tmp_path, ITEM_CUT)] == ["Resume", "Indstilling"]


LINED_CUT = """Referat af Teknikudvalgets møde den 5. marts 2026

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Vintertjeneste på stierne

Resume

Udvalget skal tage stilling til saltning af stierne.

Indstilling

Administr"""


def test_a_cut_heading_on_a_line_of_its_own_under_an_empty_section_stays_a_heading(tmp_path):
    assert [s.heading for s in _sections(tmp_path, LINED_CUT)] == ["Resume", "Indstilling", "Administr"]



def test_a_heading_cut_in_its_words_behind_an_empty_section_stays_a_heading(tmp_path):
    # a page of empty sections flattened: 'Beskrivelse af sagen' heads nothing, the next heading is cut in its words
    page = ITEM_CUT.replace("Indstilling Administr", "Beskrivelse af sagen Beskrivelse af alternativ ind")
    assert [s.heading for s in _sections(tmp_path, page)] == [
        "Resume", "Beskrivelse af sagen", "Beskrivelse af alternativ ind"]
