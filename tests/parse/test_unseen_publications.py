"""Two minutes PDFs from publishers no rule was written against (shared/corpus/publications/
os2dagsorden-examples: an eDoc-produced Ballerup PDF whose export says what it holds, and an
Acadre-produced Syddjurs PDF). Expected values read off the documents by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "publications" / "os2dagsorden-examples"
pytestmark = pytest.mark.skipif(not DIR.is_dir(), reason="shared corpus not present")


def test_edoc_minutes_pdf_one_item_per_listed_header_with_its_decision():
    doc = parse_file(DIR / "ballerup_sundheds-og-forebyggelsesudvalget_2012-12-04_referat.pdf")
    # '1. Meddelelser' then, after a page break's running header, 'Sagsnr.: 2011-29298': one item
    assert [(it.number, it.case_numbers) for it in doc.items] == [
        ("1", ["2011-29298"]), ("2", ["2012-28504"]), ("3", ["2012-31114"]), ("4", ["2012-31673"]),
        ("5", ["2011-29939"]), ("6", ["2012-21786"]), ("7", ["2012-28505"]), ("8", ["2010-3082"])]
    assert doc.items[7].title == "Evaluering af rygestopkurser"
    # 'Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2' / 'Indstillingen godkendt' /
    # 'Følgende deltog ikke i behandlingen af punktet:' (nobody): the outcome repeats in every item but
    # is no heading, and the page's running header is no part of it
    texts = [[d.text for d in it.decisions] for it in doc.items]
    assert texts == [["Taget til efterretning"], ["Indstillingen godkendt"], ["Indstilles til godkendelse"],
                     ["Indstillingen godkendt"], ["Indstillingen godkendt"], ["Indstillingen godkendt"],
                     [texts[6][0]], ["Taget til efterretning"]]
    assert texts[6][0].startswith("Indstillingen godkendt med denne bemærkning: Gruppen af unge")
    assert {(d.committee, d.date) for it in doc.items for d in it.decisions} == {
        ("Sundheds- og Forebyggelsesudvalget", "2012-12-04")}
    assert not any(s.heading in ("Indstillingen godkendt", "Taget til efterretning") for it in doc.items
                   for s in it.sections)


def test_acadre_minutes_pdf_bilag_list_is_no_item_list():
    doc = parse_file(DIR / "syddjurs_plan-udvikling-kultur-ekstraordinaert_2013-06-20_referat.pdf")
    assert doc.meeting.committee == "Udvalget for plan, udvikling og kultur (PUK)"
    [item] = doc.items  # 'Bilag' / '1 Åben Opsamlingsnotat …' / '2 Åben Politik …' are its bilag
    assert (item.number, item.case_numbers) == ("715", ["12/27845"])
    assert [d.date for d in item.decisions] == ["2013-04-10", "2013-04-24", "2013-06-20"]
    # '1 Åben Opsamlingsnotat. Temamøde 20.09.2012 222359/12': number, open, title (the ESDH document
    # number after it is none of it); the signature page after the list is no bilag
    assert [(a.number, a.title, a.public) for a in item.attachments] == [
        ("1", "Opsamlingsnotat. Temamøde 20.09.2012", True),
        ("2", "Politik for Kultur og Fritid - Lokalt engagement, Godkendt af byrådet 300409", True),
        ("3", "Kulturkommune 2017 - arbejdsoplæg til Udvalget for Plan, Udvikling og Kultur", True)]

