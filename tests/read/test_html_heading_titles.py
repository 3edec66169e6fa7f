"""An item's title that a site sets as a heading (<h2>) heads that item: where the page prints the item's number
and title and then the title again as the heading of its body, that heading is no section of the item.
Invented words only."""
from __future__ import annotations

from sagsgang.parse import parse_file

PAGE = """<html><body><main><h1>Referat</h1><p>Plovudvalget</p><p>Mødedato: 12. marts 2031 kl. 16:00</p>
<p>41. Ny harvebane ved Muldvej</p><h2>Ny harvebane ved Muldvej</h2><h3>Sagsfremstilling</h3>
<p>Plovkontoret foreslår en ny harvebane langs den gamle muldvej til brug for skoleklasser.</p>
<h3>Beslutning</h3><p>Godkendt.</p>
<p>42. Tudsvingets vedligehold</p><h2>Tudsvingets vedligehold</h2><h3>Sagsfremstilling</h3>
<p>Tudsvinget trænger til ny maling og smøring inden sæsonen begynder i april.</p>
<h3>Beslutning</h3><p>Godkendt.</p></main></body></html>"""


def test_an_items_title_repeated_as_its_heading_is_no_section(tmp_path):
    page = tmp_path / "moede.html"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [(it["number"], it["title"]) for it in items] == [("41", "Ny harvebane ved Muldvej"),
                                                             ("42", "Tudsvingets vedligehold")]
    assert [it["sections"] for it in items] == [["Sagsfremstilling", "Beslutning"]] * 2
