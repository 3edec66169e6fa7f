"""Danish as a reader expects it: the noun agrees with the number ("1 resultat"), the capital is
"Københavns Kommune", an agenda item's number is printed once, dates read "27. august 2025"."""
from __future__ import annotations

import re

from sagsgang.names import count, danish_date

from ..site import Item, cli, client, minutes


def one_item_site(tmp_path, municipality: str = "København") -> str:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "r.txt").write_text(
        minutes("Økonomiudvalget", "27-08-2025", [Item("Budget for vindmøller", "25-000001")]), encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(tmp_path / "docs"), "--db", db, "--municipality", municipality)[0] == 0
    return db


def test_singular_plural_and_the_capital_s_genitive(tmp_path):
    with client(one_item_site(tmp_path)) as web:
        results = web.get("/?q=vindmøller").text
        municipalities = web.get("/kommuner").text
        body = web.get("/api/v1/bodies/koebenhavn").json()
    assert "1 resultat for" in results and "1 resultater" not in results
    assert "(1 dokument)" in municipalities and "1 dokumenter" not in municipalities
    assert body["name"] == "Københavns Kommune"


def test_meeting_page_prints_the_number_once_and_a_danish_date(tmp_path):
    with client(one_item_site(tmp_path)) as web:
        meeting = web.get("/api/v1/bodies/koebenhavn/meetings").json()["data"][0]
        page = web.get(meeting["web"]).text
        municipality = web.get("/kommune/København").text
    agenda = re.search(r'<(ol|ul) class="agenda">', page)
    assert agenda and agenda.group(1) == "ul"  # an <ol> numbers the items a second time ("1. 1. Budget")
    assert "1. Budget for vindmøller" in page and "27. august 2025" in page and "2025-08-27" not in page
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", municipality)  # the last ingest as a Danish date too


def test_words_and_dates():
    assert (count(1, "punkt", "punkter"), count(0, "punkt", "punkter")) == ("1 punkt", "0 punkter")
    assert danish_date("2025-08-27") == "27. august 2025"
    assert danish_date("2026-12-01T03:26:41.698614+01:00") == "1. december 2026 kl. 03:26"
    assert (danish_date(None), danish_date("ukendt")) == ("", "ukendt")


def test_unknown_routes_answer_404_in_danish(tmp_path):
    with client(one_item_site(tmp_path)) as web:
        page = web.get("/findes-ikke")
        api = web.get("/api/v1/findes-ikke")
    assert page.status_code == 404 and "Siden findes ikke." in page.text
    assert "<title>Ikke fundet – sagsgang" in page.text
    assert api.status_code == 404 and api.json() == {"error": "Siden findes ikke."}
    assert "sagsgang – sagsgang" not in page.text
