"""A contents list with no numbers that gives each title a paragraph of its own: a blank line (or two) between the
titles under 'Indholdsfortegnelse', titles with a colon or a full stop of their own. Every title is an item; the
list ends where its rhythm breaks (the first item's header runs straight into its first heading). Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Byrådet\nGodkendt referat\nmandag den 7. maj 2007 kl. 17:00\nDet gamle Rådhus\n\nIndholdsfortegnelse\n\n\n"
TITLES = ["Overførsel af uforbrugte bevillinger fra 2006 til 2007", "Finansiel strategi",
          "Iværksættervejledning: Justering af aftale med erhvervsrådet",
          "Svar til det kommunale tilsyn om godkendelse af bestillingskontoret for taxakørsel.",
          "Tandplejen. Tilrettelæggelse af tandtilbud i landdistriktet", "Levende Sommer i byen"]


def _titles(tmp_path: Path, text: str) -> list[str | None]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [it.title for it in parse_file(page).items]


@pytest.mark.parametrize("gap", ["\n\n", "\n\n\n"], ids=["one-blank", "two-blanks"])
def test_each_title_of_a_double_spaced_list_is_an_item(tmp_path, gap):
    assert _titles(tmp_path, HEAD + gap.join(TITLES) + "\n") == TITLES


def test_the_list_ends_where_the_first_header_runs_into_its_heading(tmp_path):
    body = "\n\n{t}\nSagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n"
    text = HEAD + "\n\n".join(TITLES[:3]) + "".join(body.format(t=t) for t in TITLES[:3])
    assert _titles(tmp_path, text) == TITLES[:3]


def test_a_list_under_punkter_goes_on_past_a_long_title_ending_in_a_full_stop(tmp_path):
    """'PUNKTER' alone over one title a line; a title of many words ending in a full stop with more titles right
    under it is one of them, not the sentence that ends the list."""
    titles = ["Godkendelse af dagsorden til mødet 10. september 2014",
              "Principbeslutning om deltagelse i det videre arbejde med et fælles forsyningsselskab.",
              "Oplæg til oprettelse af Integrationsråd", "Beslutning om regnskab og beretning for 2013"]
    head = "UDVALG\n\nByrådet\n\nMØDE\n\nReferat\n\nSTED\n\nByrådssalen\n\n\nPUNKTER\n\n"
    assert _titles(tmp_path, head + "\n".join(titles) + "\n") == titles


def test_rows_that_open_on_their_status_in_small_letters(tmp_path):
    """'åbent Kvalitetsrapport 2014' / 'lukket Lukket punkt: salg af areal': a site's list whose status column
    prints before each title in small letters; each row is an item (not one line run on from the row above), the
    closed one closed, its title without the marker."""
    rows = ["Fraværende og bemærkninger til dagsordenen", "Evaluering af asylcenter på øen",
            "Generalforsamling i Nexø Havn A/S 2015", "Orientering fra formanden"]
    head = "Referat\nKommunalbestyrelsen\n26-03-2015 kl. 18:00\nkommunalbestyrelsessalen, Rønne\nDagsordenspunkter\n\n"
    page = tmp_path / "page.txt"
    page.write_text(head + "".join(f"  åbent {t}\n" for t in rows) + "  lukket Lukket punkt: salg af areal\n",
                    encoding="utf-8")
    assert [(it.title, it.public) for it in parse_file(page).items] == [(t, True) for t in rows] + [
        ("salg af areal", False)]
