"""Item bodies of a PDF transcript printed in the shapes other councils use (transcript_bodies.py): headings glued to
their text with no space ('SagsfremstillingDer er …', 'Økonomiske konsekvenserUdgifterne …', 'BESLUTNINGGodkendt.').
Synthetic transcript pages in the shape of the tune transcripts; no real text copied."""
from __future__ import annotations

from sagsgang.parse.unglue import glued_headings

from .transcript_page import parse_transcript as _parse

_COVER = "1 TEKNISK UDVALG REFERAT FRA MØDET TORSDAG DEN 12. MAJ 2016, KL. 16.00 PÅ RÅDHUSET"
_LIST = ("2 Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Trafikplan for midtbyen med forslag til ændrede "
         "parkeringsregler 3. Udbud af vintertjeneste på kommunens veje")


def _item(n: int, title: str, body: str) -> str:
    return f"{n + 2} Teknisk Udvalg 12. maj 2016 Side {n + 2} {n}. {title} {body}"


def test_a_heading_of_several_words_glued_to_its_text_is_a_section(tmp_path):
    """'Økonomiske konsekvenserUdgifterne …': a heading of two words glued to its text is parted and counted, as the
    one-word glue ('SagsfremstillingForvaltningen') was before."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "BeslutningGodkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler",
                       "Sagsnr.: 16/1234 SagsfremstillingForvaltningen har udarbejdet et forslag til en trafikplan. "
                       "Økonomiske konsekvenserUdgifterne afholdes inden for rammen. "
                       "BeslutningAnbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Sagens formålDer skal vælges en entreprenør."))
    sections = {it.title: [s.heading for s in it.sections] for it in doc.items}
    assert sections["Trafikplan for midtbyen med forslag til ændrede parkeringsregler"] == [
        "Sagsfremstilling", "Økonomiske konsekvenser", "Beslutning"]
    assert sections["Udbud af vintertjeneste på kommunens veje"] == ["Sagens formål"]


def test_a_heading_in_capitals_glued_to_its_text_is_a_section(tmp_path):
    """'SAGSFREMSTILLINGForvaltningen …', 'BESLUTNINGAnbefales.': the heading in capitals, its text's first word
    capitalised; the item's header is found by the glued heading after a title the list printed shorter."""
    doc = _parse(tmp_path, _COVER, _LIST,
                 _item(1, "Godkendelse af dagsorden", "BESLUTNINGGodkendt."),
                 _item(2, "Trafikplan for midtbyen med forslag til ændrede parkeringsregler 2016",
                       "SAGSFREMSTILLINGForvaltningen har udarbejdet et forslag til en trafikplan. "
                       "BESLUTNINGAnbefales."),
                 _item(3, "Udbud af vintertjeneste på kommunens veje", "Sagsnr.: 16/1235 Beslutning Godkendt."))
    item = next(it for it in doc.items if it.title.startswith("Trafikplan"))
    assert [s.heading.casefold() for s in item.sections] == ["sagsfremstilling", "beslutning"]
    assert [d.text for d in item.decisions] == ["Anbefales."]


def test_glue_is_parted_only_after_a_known_heading():
    """A capital inside a word is parted only where the words before it are a heading: 'KommuneKredit',
    'Beslutningsforslaget' or a heading's start inside a longer word stay as printed."""
    text = "Lånet optages i KommuneKredit. BeslutningsforslagetBlev drøftet. ResumeI slutningen af året SagsgangAU, KB"
    assert glued_headings(text) == ("Lånet optages i KommuneKredit. BeslutningsforslagetBlev drøftet. \nResume\n"
                                    "I slutningen af året \nSagsgang\nAU, KB")
