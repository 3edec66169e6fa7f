"""Every link the API prints leads somewhere: a crawl of every API response over a generated
corpus (`sagsgang.demo.generate`, ingested through the CLI) finds no dead link."""
from __future__ import annotations

import json

from ..reliability.crawl import crawl_status
from ..site import client

API = "/api/v1"


def test_no_dead_links_in_the_api(demo_db):
    with client(demo_db) as web:
        status, found_on = crawl_status(web, [API, f"{API}/system", f"{API}/bodies", f"{API}/openapi.json"])
    dead = {t: (s, found_on[t]) for t, s in status.items() if s != 200}
    kinds = {t.split("?")[0].rsplit("/", 1)[0] for t in status}
    assert {f"{API}/meetings", f"{API}/agendaItems", f"{API}/papers", f"{API}/consultations",
            f"{API}/organizations", f"{API}/people"} <= kinds, kinds
    assert not dead, f"{len(dead)} dead links of {len(status)}, e.g. {json.dumps(list(dead.items())[:5])}"


def test_no_dead_links_in_the_api_over_the_shared_corpus(client):
    """The corpus has organizations a case's route names without a meeting (aarhus--magistraten)."""
    status, found_on = crawl_status(client, [API, f"{API}/bodies"])
    dead = {t: (s, found_on[t]) for t, s in status.items() if s != 200}
    assert f"{API}/organizations/aarhus--magistraten" in status and len(status) > 50
    assert not dead, f"{len(dead)} dead links of {len(status)}, e.g. {json.dumps(list(dead.items())[:5])}"
