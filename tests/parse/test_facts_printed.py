"""Meeting facts printed in the shapes other councils use (benchmarks/parse_accuracy/facts_variants.py): small
literal pages in those shapes; the expected values are read off the page by the annotation rules."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

# a site's navigation (a link's date, no time) and the participants above the meeting's own lines
_NAV = """Dagsordener og referater

Du kan læse dagsordener og referater fra udvalgenes møder ved at følge linket.

Læs dagsordener og referater til og med den 10. februar 2016

Dagsordener og referater fra efter den 10. februar 2016

Printvenlig version

Forside:

Deltagere:

Jette Hansen

Søren Winther Nielsen

Elisabeth Gade Holm

Hanne Madsen (protokol)

"""

_ITEMS = """
Indholdsfortegnelse

1. Orientering fra direktøren
2. Ny tidsplan for budgetproces 2020

1. Orientering fra direktøren

Beslutning
Taget til efterretning.

2. Ny tidsplan for budgetproces 2020

Beslutning
Godkendt.
"""


def _meeting(tmp_path: Path, head: str) -> dict:
    p = tmp_path / "page.txt"
    p.write_text(_NAV + head + _ITEMS, encoding="utf-8")
    return parse_file(p).to_contract()["meeting"]


def test_date_time_place_line_below_the_navigation(tmp_path: Path) -> None:
    """'<body>' / '<date> kl. <time> <place>' below the site's lines: the meeting's, not the link's date."""
    m = _meeting(tmp_path, "Økonomiudvalget\n13.08.2019 kl. 17:00 Mødelokale 1, forhallen\n")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Økonomiudvalget", "2019-08-13", "17:00", "Mødelokale 1, forhallen")


def test_weekday_date_time_comma_place_below_the_navigation(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Kommunalbestyrelsen\nTirsdag den 10. december 2019 kl. 18:00, Kommunalbestyrelsessalen\n")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Kommunalbestyrelsen", "2019-12-10", "18:00", "Kommunalbestyrelsessalen")


def test_body_date_place_dashed_below_the_navigation(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Økonomiudvalget - 13. august 2019 - Mødelokale 1, forhallen\n")
    assert (m["committee"], m["date"], m["location"]) == ("Økonomiudvalget", "2019-08-13", "Mødelokale 1, forhallen")


def test_values_column_extracted_above_its_labels(tmp_path: Path) -> None:
    """A two-column head extracted column-wise, the values first: the n lines above n bare labels are theirs."""
    page = ("Referat\n\nOnsdag den 31. maj 2017 kl. 17:00\n\nIndustrien, Aarup\nByrådet\n"
            "Søren Steen Andersen, Dan Gørtz, Lars Kristian Pedersen\nMødested:\nUdvalg:\nMedlemmer:\n" + _ITEMS)
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    m = parse_file(p).to_contract()["meeting"]
    assert (m["location"], m["committee"], m["participants"]) == (
        "Industrien, Aarup", "Byrådet", ["Søren Steen Andersen", "Dan Gørtz", "Lars Kristian Pedersen"])


def test_values_column_with_the_date_and_time(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Økonomiudvalget\nTirsdag den 13. august 2019\nKl. 17:00\nMødelokale 1, forhallen\n"
                           "Udvalg:\nDato:\nTid:\nSted:\n")
    assert (m["committee"], m["date"], m["start_time"], m["location"]) == (
        "Økonomiudvalget", "2019-08-13", "17:00", "Mødelokale 1, forhallen")


_PAGED = """Byrådet 21.05.2019    Side 1

Referat: 21. maj 2019 kl. 16:00

Byrådssalen, Rådhuset

Deltagere

 • Pia Vestergaard
 • Gitte Kjeldsen
 • Erik Viborg
Byrådet 21.05.2019    Side 2

 • Jens Erik Damgaard
 • Hans Østergaard

Fraværende

 • Svend Boye Thomsen
""" + _ITEMS


def test_participants_run_on_across_a_running_page_head(tmp_path: Path) -> None:
    """The committee only in a running page head, which cuts the list of participants: the list goes on."""
    p = tmp_path / "page.txt"
    p.write_text(_PAGED, encoding="utf-8")
    m = parse_file(p).to_contract()["meeting"]
    assert m["participants"] == ["Pia Vestergaard", "Gitte Kjeldsen", "Erik Viborg", "Jens Erik Damgaard",
                                 "Hans Østergaard"]


def test_time_from_the_dated_line_under_a_running_head(tmp_path: Path) -> None:
    """The running head gives the body and the date; the meeting's own line prints the date again with its time."""
    p = tmp_path / "page.txt"
    p.write_text("Børne- og Skoleudvalget 30.01.2018    Side 1\n\n30-01-2018 kl. 13:00\n"
                 "Mødelokale C, Ullasvej 23, 3700 Rønne\n" + _ITEMS, encoding="utf-8")
    m = parse_file(p).to_contract()["meeting"]
    assert (m["committee"], m["date"], m["start_time"]) == ("Børne- og Skoleudvalget", "2018-01-30", "13:00")


def test_body_under_a_label_the_reader_does_not_know(tmp_path: Path) -> None:
    """'Organ: Økonomiudvalget' in the head's label block, below the site's lines: the body that met."""
    m = _meeting(tmp_path, "Organ: Økonomiudvalget\n\nDato: Tirsdag den 13. august 2019\n\nTid: Kl. 17:00\n\n"
                           "Sted: Mødelokale 1, forhallen\n")
    assert (m["committee"], m["date"]) == ("Økonomiudvalget", "2019-08-13")


def test_body_under_its_councils_letterhead_in_a_title_run(tmp_path: Path) -> None:
    """'Referat' / 'Kommunalbestyrelsen i Bornholm' / 'Børne- og Skoleudvalget': the title runs over the council
    named with its municipality, then the body that met."""
    p = tmp_path / "page.txt"
    p.write_text("Referat\nKommunalbestyrelsen i Bornholm\nBørne- og Skoleudvalget\n30-01-2018 kl. 13:00\n"
                 "Mødelokale C, Ullasvej 23, 3700 Rønne\n" + _ITEMS, encoding="utf-8")
    assert parse_file(p).to_contract()["meeting"]["committee"] == "Børne- og Skoleudvalget"
