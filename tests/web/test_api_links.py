"""Every link the API prints leads somewhere: a crawl of every API response over a generated
corpus (`sagsgang.demo.generate`, ingested through the CLI) finds no dead link."""
from __future__ import annotations

import json
from collections import deque
from urllib.parse import urlparse

from ..site import client

API = "/api/v1"


def api_links(value) -> list[str]:
    """Every string in a JSON value that is a link into the API."""
    if isinstance(value, dict):
        return [u for v in value.values() for u in api_links(v)]
    if isinstance(value, list):
        return [u for v in value for u in api_links(v)]
    return [value] if isinstance(value, str) and API in value and urlparse(value).path.startswith(API) else []


def crawl_api(web, entries: list[str], limit: int = 4000) -> tuple[dict[str, int], dict[str, str]]:
    """(status of every API target reached from `entries`, the page that first linked to each)."""
    status: dict[str, int] = {}
    found_on: dict[str, str] = {}
    queue = deque((e, "(entry)") for e in entries)
    while queue and len(status) < limit:
        url, parent = queue.popleft()
        parsed = urlparse(url)
        target = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        if target in status:
            continue
        r = web.get(target, follow_redirects=False)
        status[target], found_on[target] = r.status_code, parent
        if r.status_code == 200 and "json" in r.headers.get("content-type", ""):
            queue.extend((u, target) for u in api_links(r.json()))
    return status, found_on


def test_no_dead_links_in_the_api(demo_db):
    with client(demo_db) as web:
        status, found_on = crawl_api(web, [API, f"{API}/system", f"{API}/bodies", f"{API}/openapi.json"])
    dead = {t: (s, found_on[t]) for t, s in status.items() if s != 200}
    kinds = {t.split("?")[0].rsplit("/", 1)[0] for t in status}
    assert {f"{API}/meetings", f"{API}/agendaItems", f"{API}/papers", f"{API}/consultations",
            f"{API}/organizations", f"{API}/people"} <= kinds, kinds
    assert not dead, f"{len(dead)} dead links of {len(status)}, e.g. {json.dumps(list(dead.items())[:5])}"


def test_no_dead_links_in_the_api_over_the_shared_corpus(client):
    """The corpus has organizations a case's route names without a meeting (aarhus--magistraten)."""
    status, found_on = crawl_api(client, [API, f"{API}/bodies"])
    dead = {t: (s, found_on[t]) for t, s in status.items() if s != 200}
    assert f"{API}/organizations/aarhus--magistraten" in status and len(status) > 50
    assert not dead, f"{len(dead)} dead links of {len(status)}, e.g. {json.dumps(list(dead.items())[:5])}"
