"""harvest/firstagenda.py's decisions one by one, with an in-process client (no HTTP) and a real
store: which meetings, in which order, new/changed/unchanged/failed/forbidden, listing and bilag
state, the summary line. Expected values by hand."""
from __future__ import annotations

import json

import pytest

from sagsgang.harvest.firstagenda import SiteReport, harvest_site, meetings_of, site_base
from sagsgang.harvest.polite import Fetched, FetchError

from .conftest import greve_file


def meeting_bytes() -> bytes:
    """A small real Greve export (3 items, one bilag link); the test skips without the corpus."""
    return greve_file("Klima-,_Teknik-_og_Miljøudvalget_2022-12-12").read_bytes()


LISTING = {"Udvalg": {"Aktuelle politiske udvalg": [
    {"Navn": "Klima", "Id": "k", "Moeder": [{"Id": "m2", "Dato": "2022-12-12T15:00:00"},
                                            {"Id": "m1", "Dato": "2022-11-01T15:00:00"}]}],
    "Tidligere udvalg": [{"Navn": "Gammelt", "Id": "g", "Moeder": [{"Id": "m0", "Dato": "2021-01-04T08:00:00"},
                                                                  {"Id": "m1", "Dato": "2022-11-01T15:00:00"}]}]}}
BASE = "https://dagsordener.greve.dk"


class FakeClient:
    """Answers by URL from `pages` (bytes, or an exception to raise); a stored ETag is answered 304."""

    def __init__(self, pages: dict[str, object]) -> None:
        self.pages = pages
        self.asked: list[tuple[str, dict | None]] = []

    def get(self, url: str, state: dict | None = None) -> Fetched:
        self.asked.append((url, state))
        page = self.pages.get(url, FetchError(url, "HTTP 404"))
        if isinstance(page, Exception):
            raise page
        if state and state.get("etag") == f'"{hash(page)}"':
            return Fetched(url, 304, b"", state["etag"], None, None, "2025-12-01T10:00:00+01:00")
        return Fetched(url, 200, page, f'"{hash(page)}"', "Mon, 01 Dec 2025 09:00:00 GMT", "application/json",
                       "2025-12-01T10:00:00+01:00")


def pages(**meetings: bytes) -> dict[str, object]:
    out: dict[str, object] = {BASE + "/api/agenda/udvalgsliste": json.dumps(LISTING).encode()}
    for mid, data in meetings.items():
        out[f"{BASE}/api/agenda/dagsorden/{mid}"] = data
    return out


def test_meetings_of_every_group_once_oldest_first():
    assert meetings_of(LISTING) == [("m0", "2021-01-04T08:00:00"), ("m1", "2022-11-01T15:00:00"),
                                    ("m2", "2022-12-12T15:00:00")]
    assert meetings_of({"Udvalg": {"x": [{"Navn": "a", "Moeder": None}, {"Moeder": [{"Dato": "2020"}]}]}}) == []
    for bad in ({"Udvalg": []}, {"udvalg": {}}, [], "x"):
        with pytest.raises(ValueError):
            meetings_of(bad)


def test_site_base_is_scheme_and_host():
    assert site_base("dagsordener.greve.dk") == "https://dagsordener.greve.dk"
    assert site_base("http://x.dk:8080/vis/pdf?y=1") == "http://x.dk:8080"


def test_summary_line_and_ok():
    r = SiteReport("https://a.dk", meetings=5, new=2, changed=1, unchanged=1, bilag=3, bilag_unchanged=4)
    r.failed.append(("u", "HTTP 500"))
    r.forbidden.append("v")
    assert r.line() == ("https://a.dk: 5 meetings: 2 new, 1 changed, 1 unchanged, 1 failed, 1 forbidden by "
                        "robots.txt; bilag 3 fetched, 4 unchanged")
    assert not r.ok
    assert SiteReport("https://a.dk").ok and SiteReport("https://a.dk", error="x").line().endswith("; SITE FAILED: x")


BILAG = BASE + "/vis/pdf/bilag/c3a49927-c101-442e-85c5-ac13c35bba02"  # the one link that export lists


def test_new_then_unchanged_then_changed_with_since_failures_and_bilag(store):
    data = meeting_bytes()
    client = FakeClient(pages(m1=data, m2=FetchError("m2", "HTTP 503 after 4 retries"),
                              m0=FetchError("m0", "forbidden by robots.txt", forbidden=True)))
    client.pages[BILAG] = b"%PDF-1.4 bilag"
    seen = []
    report = harvest_site(client, store, BASE + "/borger/", since="2022-01-01",
                          progress=lambda n, total, url: seen.append((n, total, url)))
    assert report.error is None and report.meetings == 2 and report.forbidden == []  # m0 is before --since
    assert (report.new, report.changed, report.unchanged, report.bilag) == (1, 0, 0, 1)
    assert report.failed == [(BASE + "/api/agenda/dagsorden/m2", "HTTP 503 after 4 retries")]
    assert seen == [(1, 2, BASE + "/api/agenda/dagsorden/m1"), (2, 2, BASE + "/api/agenda/dagsorden/m2")]
    assert store.fetch_state(BILAG)["content_hash"]
    # the second run: stored validators make the request conditional; unchanged, its bilag not asked again
    asked = len(client.asked)
    report = harvest_site(client, store, BASE, since="2022-01-01")
    assert (report.new, report.changed, report.unchanged, report.bilag) == (0, 0, 1, 0)
    m1 = [s for u, s in client.asked[asked:] if u.endswith("/m1")]
    assert m1 and m1[0]["etag"] == f'"{hash(data)}"' and BILAG not in [u for u, _ in client.asked[asked:]]
    # new bytes for m1: replaced; its bilag asked again, conditionally, and unchanged
    client.pages[BASE + "/api/agenda/dagsorden/m1"] = data.replace(b"Greve", b"Greve ", 1)
    report = harvest_site(client, store, BASE, since="2022-01-01")
    assert (report.new, report.changed, report.unchanged, report.bilag, report.bilag_unchanged) == (0, 1, 0, 0, 1)
    client.pages[BASE + "/api/agenda/dagsorden/m1"] = data
    report = harvest_site(client, store, BASE, since="2022-01-01", bilag=False)
    assert report.changed == 1 and report.bilag == 0 and report.bilag_unchanged == 0


def test_all_meetings_without_since_and_forbidden_ones_counted(store):
    client = FakeClient(pages(m0=FetchError("m0", "forbidden by robots.txt", forbidden=True),
                              m1=meeting_bytes(), m2=b"{not json"))
    report = harvest_site(client, store, BASE, bilag=False)
    assert report.meetings == 3 and report.forbidden == [BASE + "/api/agenda/dagsorden/m0"]
    assert report.new == 1 and [u for u, _ in report.failed] == [BASE + "/api/agenda/dagsorden/m2"]


def test_not_a_firstagenda_site(store):
    report = harvest_site(FakeClient({BASE + "/api/agenda/udvalgsliste": b'{"x": 1}'}), store, BASE)
    assert report.error.startswith("not a FirstAgenda Publication site or unreachable") and report.meetings == 0
    report = harvest_site(FakeClient({}), store, BASE)
    assert "HTTP 404" in report.error


def test_an_unchanged_listing_is_read_from_the_store(store):
    client = FakeClient(pages(m1=meeting_bytes()))
    harvest_site(client, store, BASE, bilag=False)
    assert json.loads(store.get_meta(f"listing:{BASE}/api/agenda/udvalgsliste")) == LISTING
    report = harvest_site(client, store, BASE, bilag=False)  # the listing answers 304 now
    assert report.meetings == 3 and report.unchanged == 1


def test_counts_add_up_over_meetings_and_what_is_stored(store):
    second = meeting_bytes().replace(b"Greve", b"Greve  ", 1)  # other bytes: another document
    client = FakeClient(pages(m0=meeting_bytes(), m1=second, m2=b"{not json"))
    client.pages[BILAG] = b"%PDF-1.4 bilag"
    report = harvest_site(client, store, "dagsordener.greve.dk", municipality="Greve")
    assert report.site == BASE and report.meetings == 3
    # the second meeting lists the same bilag: asked conditionally, unchanged
    assert (report.new, report.changed, report.unchanged, report.bilag, report.bilag_unchanged) == (2, 0, 0, 1, 1)
    assert report.failed == [(BASE + "/api/agenda/dagsorden/m2", report.failed[0][1])] and report.failed[0][1]
    sources = sorted(d.source for d in store.documents())
    assert sources == ["m0.json", "m1.json"]  # named by the meeting's id
    assert {d.municipality for d in store.documents()} == {"Greve"}
    rows = store.conn.execute("SELECT url, document_origin, item_number, title, content_type FROM bilag").fetchall()
    assert rows == [(BILAG, BASE + "/api/agenda/dagsorden/m0", "2", "Besparelser på energiforbrug i Greve Svømmehal",
                     "application/json")]  # kept with the meeting that first listed it: item number and title
    listing_state = store.fetch_state(BASE + "/api/agenda/udvalgsliste")
    assert listing_state["content_hash"] and listing_state["status"] == 200
    meeting_state = store.fetch_state(BASE + "/api/agenda/dagsorden/m0")
    assert (meeting_state["status"], meeting_state["last_modified"]) == (200, "Mon, 01 Dec 2025 09:00:00 GMT")
    assert meeting_state["fetched_at"] == "2025-12-01T10:00:00+01:00"
    report = harvest_site(client, store, BASE, municipality="Greve")
    # the broken m2 too: known and unusable, not fetched again until it changes
    assert (report.unchanged, report.new, report.changed) == (3, 0, 0)
    # a forbidden bilag is named apart from failures
    client.pages[BASE + "/api/agenda/dagsorden/m1"] = second + b" "
    client.pages[BILAG] = FetchError(BILAG, "forbidden by robots.txt", forbidden=True)
    report = harvest_site(client, store, BASE, municipality="Greve")
    assert report.forbidden == [BILAG] and BILAG not in [u for u, _ in report.failed]
