"""OParl ids and Atom ids are absolute URLs (a mirror or feed reader stores them as keys), and an
Atom entry id holds no space (committee names and bilag titles are percent-encoded)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import quote, urlparse

from ..reliability.crawl import crawl_status
from ..site import client
from .test_api_links import API

ATOM = "{http://www.w3.org/2005/Atom}"


def oparl_ids(value) -> list[str]:
    """The `id` of every OParl object in a JSON value."""
    if isinstance(value, list):
        return [i for v in value for i in oparl_ids(v)]
    if not isinstance(value, dict):
        return []
    own = [value["id"]] if str(value.get("type", "")).startswith("https://schema.oparl.org/") else []
    return own + [i for v in value.values() for i in oparl_ids(v)]


def absolute(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in url


def test_oparl_ids_are_absolute(demo_db):
    with client(demo_db) as web:
        status, _ = crawl_status(web, [f"{API}/system", f"{API}/bodies"], limit=300)
        ids = [i for t in status if status[t] == 200 for i in oparl_ids(web.get(t).json())]
        system = web.get(f"{API}/system").json()
    assert len(ids) > 100
    assert [i for i in ids if not absolute(i)] == []
    assert absolute(system["website"]) and absolute(system["body"])


def test_atom_ids_are_absolute_without_spaces(demo_db):
    with client(demo_db) as web:
        body = web.get(f"{API}/bodies").json()["data"][0]
        orgs = web.get(body["organization"]).json()["data"]
        papers = web.get(body["paper"]).json()["data"]
        committee = next(o["name"] for o in orgs if o["meeting"] and " " in o["name"])
        case_key = urlparse(papers[0]["web"]).path.removeprefix("/sag/")
        feeds = [f"/feeds/udvalg/{quote(body['shortName'])}/{quote(committee)}.atom", f"/feeds/sag/{case_key}.atom",
                 "/feeds/search.atom?q=budget"]
        roots = [ET.fromstring(web.get(f).content) for f in feeds]
    ids = [e.text or "" for root in roots for e in root.iter(f"{ATOM}id")]
    entries = [e for root in roots for e in root.iter(f"{ATOM}entry")]
    assert len(entries) > 3 and all(len(root.findall(f"{ATOM}entry")) for root in roots)
    assert [i for i in ids if not absolute(i)] == []
