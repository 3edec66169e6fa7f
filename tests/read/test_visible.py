"""Characters that print as nothing or as a line break (soft hyphens, zero-width spaces, Word's line separator)
and bullets typed in a symbol font are read as the page shows them, by every reader. Pages of invented words."""
from __future__ import annotations

from sagsgang.parse import parse_file
from sagsgang.read import read_bytes
from sagsgang.read.visible import visible

PAGE = """Referat
Havneudvalget
Mødedato: 3. april 2025 kl. 15:00
Mødested: Pakhuset
Deltagere: Ulla Krog (B), Tage Mørk (F)
Afbud: Palle Sand (V)

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Udvidel\u00adse af lystbåde\u200bhavnen
Sagsnr.: 25/101
Sagsfremstilling
Forvaltningen foreslår tre nye broer:
\uf0b7 en bro ved molen
\uf0b7 en bro ved slæbestedet
Beslutning
Vedtaget.
"""


def test_a_title_with_soft_hyphens_and_zero_width_spaces_reads_as_printed(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    assert [it.title for it in parse_file(p).items] == ["Godkendelse af dagsorden", "Udvidelse af lystbådehavnen"]


def test_word_line_separators_are_line_ends(tmp_path):
    """A text whose lines end in U+2028 (pasted from Word) reads as the same page with '\\n' (the place was read
    'Pakhuset\\u2028')."""
    plain, separated = tmp_path / "plain.txt", tmp_path / "separated.txt"
    plain.write_text(PAGE, encoding="utf-8")
    separated.write_text(PAGE.replace("\n", "\u2028"), encoding="utf-8")
    assert {**parse_file(separated).to_contract(), "source": ""} == {**parse_file(plain).to_contract(), "source": ""}


def test_symbol_font_bullets_are_bullets_and_private_use_inside_a_word_stays():
    assert visible("broer:\n\uf0b7 en bro\n  \uf0a7 to broer") == "broer:\n• en bro\n  • to broer"
    assert visible("kode\uf0b7x") == "kode\uf0b7x"


def test_a_soft_hyphen_that_ends_a_line_is_the_printed_hyphen():
    """The word was broken there: a hyphen, so the line repair joins it as any hyphenated word."""
    assert visible("lystbåde\u00ad\nhavnen") == "lystbåde-\nhavnen"


def test_html_soft_hyphens_and_headings_read_whole():
    html = ("<html><body><h1>Havne&shy;udvalget</h1><p>Forslag om kaj&shy;anlæg&#8203;get</p></body></html>")
    result = read_bytes(html.encode("utf-8"), "side.html")
    assert result.text == "Havneudvalget\n\nForslag om kajanlægget"
    assert result.headings == frozenset({"Havneudvalget"})
