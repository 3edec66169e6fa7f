"""harvest's committee list: the order meetings are fetched in, --since on its first day, the
message a non-FirstAgenda site gets, and the stored listing a 304 is answered from (and the
fallback when the store lost it). In-process client, real store; expected values by hand."""
from __future__ import annotations

import json

from sagsgang.harvest.firstagenda import harvest_site, meetings_of

from .test_harvest_units import BASE, LISTING, FakeClient, meeting_bytes, pages

LISTING_URL = BASE + "/api/agenda/udvalgsliste"



def test_meetings_are_ordered_by_date_then_id_not_by_id():
    listing = {"Udvalg": {"g": [{"Moeder": [{"Id": "a", "Dato": "2023-05-02"}, {"Id": "c", "Dato": "2023-05-01"},
                                            {"Id": "b", "Dato": "2023-05-01"}, {"Id": "d"}]}]}}
    # undated first (its date is ""), then by date, the same day by id
    assert meetings_of(listing) == [("d", ""), ("b", "2023-05-01"), ("c", "2023-05-01"), ("a", "2023-05-02")]


def test_since_keeps_meetings_on_its_own_day(store):
    client = FakeClient(pages(m1=meeting_bytes(), m2=b"{not json"))
    report = harvest_site(client, store, BASE, since="2022-11-01", bilag=False)  # m1 is on 2022-11-01
    assert report.meetings == 2 and report.new == 1


def test_a_site_without_committee_groups_is_named_so(store):
    report = harvest_site(FakeClient({LISTING_URL: b'{"x": 1}'}), store, BASE)
    assert report.error == ("not a FirstAgenda Publication site or unreachable "
                            "(no 'Udvalg' groups: not a FirstAgenda Publication committee list)")


def test_the_listing_is_asked_conditionally_and_a_304_read_from_the_store(store):
    client = FakeClient(pages(m1=meeting_bytes()))
    harvest_site(client, store, BASE, bilag=False)
    etag = f'"{hash(client.pages[LISTING_URL])}"'
    del client.asked[:]
    report = harvest_site(client, store, BASE, bilag=False)
    listing_asks = [state for url, state in client.asked if url == LISTING_URL]
    assert len(listing_asks) == 1 and listing_asks[0]["etag"] == etag  # once, with its validator
    assert report.meetings == 3 and report.unchanged == 1


def test_the_stored_listing_keeps_danish_letters_readable(store):
    listing = {"Udvalg": {"g": [{"Navn": "Klima-, Teknik- og Miljøudvalget", "Moeder": [{"Id": "m1"}]}]}}
    client = FakeClient({LISTING_URL: json.dumps(listing).encode(),
                         BASE + "/api/agenda/dagsorden/m1": meeting_bytes()})
    harvest_site(client, store, BASE, bilag=False)
    assert "Miljøudvalget" in store.get_meta(f"listing:{LISTING_URL}")


def test_a_304_for_a_listing_the_store_lost_fetches_it_again_and_keeps_it(store):
    client = FakeClient(pages(m1=meeting_bytes()))
    harvest_site(client, store, BASE, bilag=False)
    store.conn.execute("DELETE FROM meta WHERE key=?", (f"listing:{LISTING_URL}",))
    del client.asked[:]
    report = harvest_site(client, store, BASE, bilag=False)
    listing_asks = [state for url, state in client.asked if url == LISTING_URL]
    assert len(listing_asks) == 2 and listing_asks[0]["etag"] and listing_asks[1] is None  # 304, then in full
    assert report.error is None and report.meetings == 3 and report.unchanged == 1
    assert json.loads(store.get_meta(f"listing:{LISTING_URL}")) == LISTING  # kept again
    del client.asked[:]
    harvest_site(client, store, BASE, bilag=False)
    assert len([u for u, _ in client.asked if u == LISTING_URL]) == 1  # so the next run asks once


def test_a_changed_listing_is_read_as_served_not_from_the_store(store):
    client = FakeClient(pages(m1=meeting_bytes()))
    harvest_site(client, store, BASE, bilag=False)
    changed = json.loads(json.dumps(LISTING))
    changed["Udvalg"]["Tidligere udvalg"][0]["Moeder"].append({"Id": "m3", "Dato": "2023-01-02T08:00:00"})
    client.pages[LISTING_URL] = json.dumps(changed).encode()
    report = harvest_site(client, store, BASE, bilag=False)
    assert report.meetings == 4
    assert json.loads(store.get_meta(f"listing:{LISTING_URL}")) == changed
