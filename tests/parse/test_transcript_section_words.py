"""Section headings of a PDF transcript that no line of its own marks (strand: item sections in transcripts): two
known headings joined under one ('Høring og inddragelse'), the general words of any Danish case presentation
('Sammendrag'), unknown headings printed with a colon where the page prints its known headings so ('Klimaaftryk:')
or in a row of headings left empty, and an unknown heading printed once right after an item's head.
Synthetic transcript pages; invented names and words, no real text copied."""
from __future__ import annotations

from sagsgang.parse.headings import is_lexicon_heading

from .transcript_page import parse_transcript as _parse

_COVER = "1 VEJ- OG PARKUDVALGET REFERAT FRA MØDET ONSDAG DEN 9. MARTS 2022, KL. 15.00 PÅ BRØNDLEV RÅDHUS"
_LIST = ("2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Ny sti langs Møllebækken ved Tornhøj "
         "3. Beplantning af pladsen foran Hvedeladen")


def _item(n: int, title: str, body: str) -> str:
    return f"{n + 2} Vej- og Parkudvalget 9. marts 2022 Side {n + 2} {n}. {title} {body}"


def _sections(*bodies: str, tmp_path) -> list[str]:
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 _item(2, "Ny sti langs Møllebækken ved Tornhøj", bodies[0]),
                 _item(3, "Beplantning af pladsen foran Hvedeladen", "Sagsnr.: 22/0412 Beslutning Godkendt."),
                 body="Vej- og Parkudvalget")
    item = next(it for it in doc.items if it.title.startswith("Ny sti"))
    return [s.heading for s in item.sections]


def test_two_known_headings_joined_by_og_are_one_heading(tmp_path):
    """'Høring og inddragelse Grundejerne har …': both words head a part of any case presentation, so the pair
    does; read as 'Høring' alone, the heading would lose its second word into the text."""
    got = _sections("Sagsnr.: 22/0411 Sagsfremstilling Forvaltningen har tegnet en ny sti langs bækken. "
                    "Høring og inddragelse Grundejerne langs bækken har haft planen i høring i fire uger. "
                    "Indstilling Forvaltningen indstiller, at stien anlægges. Beslutning Godkendt.", tmp_path=tmp_path)
    assert got == ["Sagsfremstilling", "Høring og inddragelse", "Indstilling", "Beslutning"]


def test_general_case_presentation_words_are_headings():
    """Words every Danish case presentation may head a part with, whole line only: not any phrase that begins so."""
    for heading in ("Risici", "Sammendrag", "Forvaltningens anbefaling", "Centerchefens indstilling",
                    "Tidligere politisk behandling", "Baggrund og formål", "Tidsplan og proces"):
        assert is_lexicon_heading(heading), heading
    for line in ("Risici ved stien", "Høring og Tornhøj", "Sagen og Møllebækken"):
        assert not is_lexicon_heading(line), line


def test_an_unknown_heading_in_the_colon_form_of_the_page_is_a_section(tmp_path):
    """'Klimaaftryk: Stien anlægges …': the page prints its known headings with a colon ('Sagsfremstilling:',
    'Økonomi:', 'Indstilling:'), so an unknown phrase printed so after a finished sentence, a sentence after it, is
    one of them; a sentence's own colon ('… følgende: Stien …') is not."""
    got = _sections("Sagsnr.: 22/0411 Sagsfremstilling: Forvaltningen har tegnet en ny sti langs bækken. "
                    "Planen rummer følgende: Stien får grus og bænke. "
                    "Klimaaftryk: Stien anlægges med genbrugt grus fra Hvedeladen. "
                    "Økonomi: Udgiften afholdes inden for rammen. "
                    "Indstilling: Forvaltningen indstiller, at stien anlægges. Beslutning Godkendt.", tmp_path=tmp_path)
    assert got == ["Sagsfremstilling", "Klimaaftryk", "Økonomi", "Indstilling", "Beslutning"]


def test_a_row_of_headings_left_empty_is_read_as_headings(tmp_path):
    """'… Sagsnr.: Tilblivelse: Klimaaftryk: Beslutning …': a template's headings printed one after the other with
    nothing under them, after the case number's label: each is a heading of the item."""
    got = _sections("Sagsnr.: Tilblivelse: Klimaaftryk: Beslutning Vej- og Parkudvalget den 9. marts 2022: Godkendt, "
                    "idet stien føres uden om den gamle pumpestation ved Tornhøj.", tmp_path=tmp_path)
    assert got == ["Tilblivelse", "Klimaaftryk", "Beslutning"]


def test_an_unknown_heading_right_after_the_case_number_opens_the_case_text(tmp_path):
    """'… Sagsnr.: 22/0411 Tilblivelse Grundejerforeningen ved Tornhøj har bedt …': a word printed once, right after
    the item's head and before a sentence, is the heading of the case text's first section."""
    got = _sections("Sagsnr.: 22/0411 Tilblivelse Grundejerforeningen ved Tornhøj har bedt om en sti langs bækken, "
                    "så børnene kan gå sikkert til skole. Beslutning Godkendt.", tmp_path=tmp_path)
    assert got == ["Tilblivelse", "Beslutning"]


def test_a_title_after_the_case_number_is_no_opening_heading(tmp_path):
    """A phrase after the case number that the page prints elsewhere too (the contents list names the item so) is the
    item's title, no heading of its text."""
    doc = _parse(tmp_path, _COVER, "2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Stiplanlægning",
                 _item(1, "Godkendelse af dagsorden", "Beslutning Godkendt."),
                 "4 Vej- og Parkudvalget 9. marts 2022 Side 4 2. Sagsnr.: 22/0411 Stiplanlægning Grundejerforeningen "
                 "ved Tornhøj har bedt om en sti langs bækken, så børnene kan gå sikkert til skole. "
                 "Beslutning Godkendt.",
                 body="Vej- og Parkudvalget")
    assert all("Stiplanlægning" not in [s.heading for s in it.sections] for it in doc.items)


def test_a_month_printed_with_its_colon_is_a_timeline_entry_not_a_section(tmp_path):
    """'Maj: Stien åbner …' / 'Juni: Bænkene sættes op …': the page prints its headings with a colon, but a month's
    name alone is an entry of the case's timeline, each month with what happens then, not a heading."""
    got = _sections("Sagsnr.: 22/0411 Sagsfremstilling: Forvaltningen har tegnet en ny sti langs bækken. "
                    "Tidsplan: Arbejdet følger denne plan. Maj: Stien får grus og et nyt skilt ved broen. "
                    "Juni: Bænkene sættes op langs hele stien. "
                    "Økonomi: Udgiften afholdes inden for rammen. "
                    "Indstilling: Forvaltningen indstiller, at stien anlægges. Beslutning Godkendt.", tmp_path=tmp_path)
    assert got == ["Sagsfremstilling", "Tidsplan", "Økonomi", "Indstilling", "Beslutning"]
