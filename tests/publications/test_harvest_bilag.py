"""harvest's bilag loop over one meeting: a closed item, a bilag without a file, a refused or
unchanged bilag each skip only themselves, never the bilag after them; counters add up over
several bilag. The meeting is the Greve export with its first item closed and two more bilag
on item 2. In-process client, real store; expected values by hand."""
from __future__ import annotations

import json

from sagsgang.harvest.firstagenda import harvest_site
from sagsgang.harvest.polite import FetchError

from .test_harvest_units import BASE, BILAG, FakeClient, greve_file, pages

MEETING = BASE + "/api/agenda/dagsorden/m1"
SECOND = BASE + "/vis/pdf/bilag/b2"



def meeting(version: int = 0) -> bytes:
    """Item 1 closed; item 2 lists a bilag without a file id, the export's own bilag, then 'b2'.
    `version` adds spaces at the end: other bytes, the same meeting."""
    tree = json.loads(greve_file("Klima-,_Teknik-_og_Miljøudvalget_2022-12-12").read_bytes())
    items = sorted(tree["Dagsordenpunkter"], key=lambda it: it["Sorting"])
    items[0]["Caption"] = items[0]["Navn"] = "Lukket punkt: Personalesag"
    own = items[1]["Bilag"][0]
    items[1]["Bilag"] = [{"Navn": "Uden fil", "Order": 0}, dict(own, Order=1),
                         {"Navn": "Tidsplan", "Id": "b2", "Order": 2}]
    return json.dumps(tree, ensure_ascii=False).encode() + b" " * version


# the listing names m0 and m2 too; the site has only m1 (the others fail with HTTP 404)


def test_every_bilag_after_a_closed_item_or_a_missing_file_is_fetched(store):
    client = FakeClient(pages(m1=meeting()))
    client.pages[BILAG] = b"%PDF-1.4 one"
    client.pages[SECOND] = b"%PDF-1.4 two"
    report = harvest_site(client, store, BASE)
    assert (report.new, report.bilag, report.bilag_unchanged) == (1, 2, 0)
    assert [u for u, _ in report.failed if "/vis/pdf/" in u] == []
    assert [u for u, _ in client.asked if "/vis/pdf/" in u] == [BILAG, SECOND]


def test_unchanged_and_refused_bilag_skip_only_themselves(store):
    client = FakeClient(pages(m1=meeting()))
    client.pages[BILAG] = b"%PDF-1.4 one"
    client.pages[SECOND] = b"%PDF-1.4 two"
    harvest_site(client, store, BASE)
    client.pages[MEETING] = meeting(1)  # replaced: its bilag are asked again, conditionally
    report = harvest_site(client, store, BASE)
    assert (report.changed, report.bilag, report.bilag_unchanged) == (1, 0, 2)
    client.pages[MEETING] = meeting(2)
    client.pages[BILAG] = FetchError(BILAG, "HTTP 500")
    report = harvest_site(client, store, BASE)
    assert [f for f in report.failed if "/vis/pdf/" in f[0]] == [(BILAG, "HTTP 500")]
    assert (report.bilag, report.bilag_unchanged) == (0, 1)
