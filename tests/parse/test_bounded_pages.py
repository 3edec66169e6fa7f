"""A page number of a transcript's contents list parts two titles where some item numbers were lost, also after
a title's year or dash and before a title that opens on a number (issue 11, page_column.BOUNDED_PAGE, read in
entry_cuts._page_cuts and _rising_pages): '… efter høring 4 10-årsplan for …', '… over 2 mio. kr. 2022 21 Vej- og
…', '… ejerstrategi - 19 Greve Fjernvarme …'. The pages of the entries around bound the number, so a title's own count
('… afdeling 6 7 8 …') is no page."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare

from .transcript_page import ITEM_BODY, parse_transcript


def _listed(entries: str) -> list[tuple[str | None, str]]:
    text = f"Transkript\n\n1 Referat Vestby Byråd\n\n2 Indholdsfortegnelse {entries}\n"
    return [(e.number, e.title) for e in find_item_list(prepare(text))]


def test_a_page_before_a_title_opening_on_a_number_parts_them() -> None:
    listed = _listed("1. Godkendelse af dagsorden 3 2. Godkendelse af reviderede vedtægter på dagtilbudsområdet "
                     "efter høring 4 10-årsplan for bygningsoptimering af skoler 6 4. Øget fleksibilitet i "
                     "modtagelsen af børn 8 5. Orientering fra formanden 9")
    assert ("2", "Godkendelse af reviderede vedtægter på dagtilbudsområdet efter høring") in listed
    assert (None, "10-årsplan for bygningsoptimering af skoler") in listed


def test_a_page_after_a_titles_year_parts_it_from_the_next_title(tmp_path: Path) -> None:
    # a Greve council's contents (its captions), printed as a transcript that kept some of its item numbers
    contents = ("2 Indholdsfortegnelse Godkendelse af dagsorden 3 Program for byrådsmødet 4 3. Lukket: Orientering 5 "
                "4. Lukket: Orientering fra administrationen 6 Spørgetid 7 6. Borgmesteren orienterer 8 "
                "Initiativretsforslag fra Enhedslisten om ansættelse af mennesker med handicap 9 8. Omkonstituering i "
                "Socialdemokratiet 11 9. Valg af delegerede til kommunalpolitisk topmøde 12 10. Drifts- og "
                "anlægsoverførsler 2022 til 2023 14 Blomster på mærkedage 16 12. Brugsretsaftale med Tune Vandværk "
                "vedr. drikkevandsboring 17 13. Lejeaftale matrikel 5bø Hundige By, Kildebrønde med Waves "
                "Shoppingcenter 19 Anlægsregnskaber over 2 mio. kr. 2022 21 Vej- og Landskabspuljer i 2023, "
                "prioritering og frigivelse 22 16. Lokalplan for plejecenter i Lunden i Tune, endelig vedtagelse 24 "
                "17. Lån i Birkehegnet 28")
    doc = parse_transcript(tmp_path, "1 Dagsorden fra mødet i Byrådet mandag den 6. marts 2023 kl. 19:00", contents,
                           body="Byrådet")
    titles = [it.title for it in doc.items]
    assert "Anlægsregnskaber over 2 mio. kr. 2022" in titles
    assert "Vej- og Landskabspuljer i 2023, prioritering og frigivelse" in titles


def test_a_page_before_a_kept_item_number_parts_the_titles(tmp_path: Path) -> None:
    # the page column of an unnumbered contents list, where a few item numbers were kept behind their pages
    contents = ("2 Godkendelse af dagsorden 3 2. Temamøde om aktivitetsparate kontanthjælpsmodtagere over 30 år i "
                "Greve Kommune 5 Udmøntning af elementer i anden delaftale om nytænkning af beskæftigelsesindsatsen 6 "
                "Særlig opmærksomhed på administrationen af 225-timersreglen i Kommunernes Ydelsessystem 8 "
                "Orientering fra formanden/gensidig orientering 9 Huskeliste og orientering fra administrationen 10 "
                "Beskæftigelses- og Erhvervsudvalget - mødekalender 2023 12")
    doc = parse_transcript(tmp_path, "1 Referat BESKÆFTIGELSES- OG ERHVERVSUDVALGET MANDAG DEN 13. MARTS 2023, KL. "
                           "08.00 PÅ MØDELOKALE 1", contents,
                           "3 1. Godkendelse af dagsorden " + ITEM_BODY.format(n=101),
                           "4 2. Temamøde om aktivitetsparate kontanthjælpsmodtagere over 30 år i Greve Kommune "
                           + ITEM_BODY.format(n=102), body="Beskæftigelses- og Erhvervsudvalget")
    listed = [(it.number, it.title) for it in doc.items]
    assert ("2", "Temamøde om aktivitetsparate kontanthjælpsmodtagere over 30 år i Greve Kommune") in listed
    assert not any(title and title[:1].isdigit() for _, title in listed)  # no '3 2.' piece of a page and a number
