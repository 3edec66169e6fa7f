"""harvest's handling of one meeting: the document's file name from the meeting URL, --municipality
for a document that names none, the content hash kept in the fetch state, why a meeting failed,
and counters that add up over several meetings of a kind. In-process client, real store;
expected values written by hand."""
from __future__ import annotations

import hashlib
import json

from sagsgang.harvest.firstagenda import harvest_site
from sagsgang.harvest.polite import Fetched

from .test_harvest_units import BASE, FakeClient, meeting_bytes

LISTING_URL = BASE + "/api/agenda/udvalgsliste"



def site(*ids: str, **data: bytes) -> FakeClient:
    """A site listing meetings `ids` (one committee, dated in that order); `data` by id."""
    listing = {"Udvalg": {"g": [{"Navn": "Udvalg", "Moeder": [{"Id": mid, "Dato": f"2022-0{n}-01"}
                                                          for n, mid in enumerate(ids, start=1)]}]}}
    client = FakeClient({LISTING_URL: json.dumps(listing).encode()})
    for mid in ids:
        client.pages[f"{BASE}/api/agenda/dagsorden/{mid}"] = data[mid.strip("/")]
    return client


def test_the_file_name_is_the_meeting_id_even_after_a_slash_or_ending_in_x(store):
    client = site("m1/", "AX", m1=meeting_bytes(), AX=meeting_bytes().replace(b"Greve", b"Greve  ", 1))
    report = harvest_site(client, store, BASE, bilag=False)
    assert report.new == 2
    assert sorted(d.source for d in store.documents()) == ["AX.json", "m1.json"]


def test_municipality_is_given_to_a_document_that_names_none(store):
    anonymous = meeting_bytes().replace(b"greve.dk", b"example.org")  # no site: no municipality of its own
    report = harvest_site(site("m1", m1=anonymous), store, BASE, municipality="Køge", bilag=False)
    assert report.new == 1
    assert [d.municipality for d in store.documents()] == ["Køge"]


def test_the_fetch_state_keeps_the_sha256_of_the_fetched_bytes(store):
    data = meeting_bytes()
    harvest_site(site("m1", m1=data), store, BASE, bilag=False)
    state = store.fetch_state(BASE + "/api/agenda/dagsorden/m1")
    assert state["content_hash"] == hashlib.sha256(data).hexdigest()
    assert len(state["content_hash"]) == 64


def test_a_failed_meeting_keeps_the_reason_not_the_status(store):
    report = harvest_site(site("m1", m1=b'{"Udvalg": {"x": []}}'), store, BASE, bilag=False)
    assert report.failed == [(BASE + "/api/agenda/dagsorden/m1", "not a council document (no meeting, case "
                              "number, decision or council vocabulary found)")]


def test_two_changed_meetings_count_two(store):
    one, two = meeting_bytes(), meeting_bytes().replace(b"Greve", b"Greve  ", 1)
    client = site("m1", "m2", m1=one, m2=two)
    harvest_site(client, store, BASE, bilag=False)
    client.pages[BASE + "/api/agenda/dagsorden/m1"] = one.replace(b"Greve", b"Greve ", 1)
    client.pages[BASE + "/api/agenda/dagsorden/m2"] = two.replace(b"Greve", b"Greve ", 1)
    report = harvest_site(client, store, BASE, bilag=False)
    assert (report.new, report.changed, report.unchanged) == (0, 2, 0)


class NoValidators(FakeClient):
    """A site that sends no ETag or Last-Modified: every meeting comes back in full."""

    def get(self, url: str, state: dict | None = None) -> Fetched:
        got = super().get(url, None)
        return Fetched(got.url, got.status, got.data, None, None, got.content_type, got.fetched_at)


def test_meetings_served_again_in_full_but_the_same_count_unchanged(store):
    one, two = meeting_bytes(), meeting_bytes().replace(b"Greve", b"Greve  ", 1)
    client = site("m1", "m2", m1=one, m2=two)
    client.__class__ = NoValidators
    assert harvest_site(client, store, BASE, bilag=False).new == 2
    report = harvest_site(client, store, BASE, bilag=False)
    assert (report.new, report.changed, report.unchanged) == (0, 0, 2)
