"""Atom feeds a polling reader can trust: the case feed names its own URL, times are Copenhagen
time with that day's offset, undated entries are not dated 1970, and a conditional GET is 304."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import quote, urlparse
from zoneinfo import ZoneInfo

from sagsgang.web.feeds import search_feed

from ..site import client

A = "{http://www.w3.org/2005/Atom}"
CPH = ZoneInfo("Europe/Copenhagen")


def first_case_feed(web) -> str:
    paper = web.get(web.get("/api/v1/bodies").json()["data"][0]["paper"]).json()["data"][0]
    return "/feeds/sag/" + urlparse(paper["web"]).path.removeprefix("/sag/") + ".atom"


def test_case_feed_names_its_own_url(demo_db):
    with client(demo_db) as web:
        path = first_case_feed(web)
        root = ET.fromstring(web.get(path).content)
        self_link = root.find(f"{A}link[@rel='self']").get("href")
        assert root.findtext(f"{A}id") == self_link == "http://testserver" + path
        assert web.get(urlparse(self_link).path).status_code == 200


def test_feed_times_are_copenhagen_time_of_that_day(demo_db):
    with client(demo_db) as web:
        body = web.get("/api/v1/bodies").json()["data"][0]
        committee = next(o["name"] for o in web.get(body["organization"]).json()["data"] if len(o["meeting"]) > 5)
        root = ET.fromstring(web.get(f"/feeds/udvalg/{quote(body['shortName'])}/{quote(committee)}.atom").content)
    stamps = [datetime.fromisoformat(e.findtext(f"{A}updated")) for e in root.iter(f"{A}entry")]
    assert {s.strftime("%z") for s in stamps} == {"+0100", "+0200"}  # a year of meetings: winter and summer
    assert all(s.utcoffset() == s.replace(tzinfo=CPH).utcoffset() for s in stamps)


def test_undated_entries_get_the_ingest_time_not_1970():
    feed = search_feed("budget", [{"title": "Budget", "url": "/punkt/abc", "snippet": ""},
                                  {"title": "Budget 2025", "url": "/punkt/def", "snippet": "", "date": "2025-07-03"}],
                       "http://example.org", "2026-11-23T08:00:00+01:00")
    root = ET.fromstring(feed)
    updated = {e.findtext(f"{A}title"): e.findtext(f"{A}updated") for e in root.iter(f"{A}entry")}
    assert updated == {"Budget": "2026-11-23T08:00:00+01:00", "Budget 2025": "2025-07-03T00:00:00+02:00"}
    assert root.findtext(f"{A}updated") == "2026-11-23T08:00:00+01:00"


def test_conditional_get_answers_304(demo_db):
    with client(demo_db) as web:
        path = first_case_feed(web)
        full = web.get(path)
        etag, last_modified = full.headers["etag"], full.headers["last-modified"]
        assert full.status_code == 200 and full.content
        again = web.get(path, headers={"If-None-Match": etag})
        since = web.get(path, headers={"If-Modified-Since": last_modified})
        stale = web.get(path, headers={"If-None-Match": '"something-else"'})
        old = web.get(path, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert (again.status_code, again.content) == (304, b"") and since.status_code == 304
    assert stale.status_code == 200 and old.status_code == 200 and stale.content == full.content
