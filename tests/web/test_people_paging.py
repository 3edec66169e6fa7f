"""A person's and a party's page show their stances and meetings fifty at a time, newest first, with
a pager: the page costs the same after fifteen years as after one (web/paging.py)."""
from __future__ import annotations

import hashlib
import re

import pytest
from starlette.testclient import TestClient

from sagsgang.model import AgendaItem, Decision, Document, Meeting
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

MEETINGS = 120  # one a week from 2022-01-03: more than two pages of fifty


def minutes(n: int) -> Document:
    day = f"2022-{1 + n // 28:02d}-{1 + n % 28:02d}"
    item = AgendaItem(title=f"Sag nummer {n}", number="1", decisions=[Decision(
        "Byrådet", day, "Godkendt.", positions=[{"who": "Anne Hansen (A)", "stance": "imod" if n % 2 else "for"},
                                                {"who": "A", "stance": "for"}])])
    return Document(source=f"m{n:03d}.txt", municipality="Faxe", document_type="referat",
                    content_hash=hashlib.sha256(str(n).encode()).hexdigest(),
                    meeting=Meeting(committee="Byrådet", date=day,
                                    participants=["Anne Hansen (A)", "Bo Jensen (V)"] if n % 10 else ["Bo Jensen (V)"],
                                    absent=[] if n % 10 else ["Anne Hansen (A)"]),
                    items=[item])


@pytest.fixture(scope="module")
def site():
    catalog = Catalog([minutes(n) for n in range(MEETINGS)])
    client = TestClient(create_app(lambda: Data(catalog, lambda *a, **k: {"total": 0, "results": [], "facets": {}},
                                                 "2026-12-01T08:00:00+01:00")))
    anne = next(p for p in catalog.people.values() if p.name == "Anne Hansen")
    party = next(p for p in catalog.parties.values() if p.code == "A")
    return client, anne, party


def titles(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"Sag nummer (\d+)", page)]


def test_a_persons_stances_and_meetings_come_fifty_a_page_newest_first(site):
    client, anne, _ = site
    first = client.get(f"/person/{anne.id}").text
    assert titles(first) == list(range(119, 69, -1))  # the newest fifty stances, 119 … 70
    assert "Viser 1–50 af 120 holdninger, nyeste først." in first
    assert "Viser 1–50 af 108 møder, nyeste først." in first  # 120 meetings, absent from every tenth
    assert "120 holdninger i beslutningerne" in first and "Deltog i 108 møder; fraværende 12 gange" in first
    assert "Side 1 af 3" in first and '<a href="?side=2" rel="next">Ældre</a>' in first and "Nyere" not in first
    last = client.get(f"/person/{anne.id}?side=3").text
    assert titles(last) == list(range(19, -1, -1))  # the oldest twenty
    assert "Viser 101–120 af 120 holdninger" in last and "Viser 101–108 af 108 møder" in last
    assert '<a href="?side=2" rel="prev">Nyere</a>' in last and "Ældre" not in last
    assert last.count('<a href="/moede/') == 8  # the eight oldest meetings she attended


def test_a_partys_stances_are_paged_too(site):
    client, _, party = site
    page = client.get(f"/parti/{party.id}?side=2").text
    assert titles(page) == list(range(69, 19, -1))
    assert "Viser 51–100 af 120 holdninger" in page and "Side 2 af 3" in page


def test_a_page_number_that_is_no_whole_number_is_a_clear_error(site):
    client, anne, _ = site
    response = client.get(f"/person/{anne.id}?side=nul")
    assert response.status_code == 400 and "side skal være et helt tal" in response.text
