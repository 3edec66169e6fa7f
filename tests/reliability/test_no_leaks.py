"""Crawl every page, feed and API object reachable from the entry points of a site holding a
closed item whose (illegally stored) body carries a secret; nothing of it may appear anywhere,
and no CPR number may appear unmasked."""
from __future__ import annotations

import re

from ..web.conftest import SECRET
from .crawl import crawl

ENTRY = ["/", "/kommuner", "/tema?q=velfærdsaftale", "/api/v1/system", "/api/v1/bodies", "/api/v1/openapi.json",
         "/feeds/search.atom?q=velfærdsaftale"]
CPR = re.compile(r"(?<!\d)[0-3]\d[01]\d\d\d-\d{4}(?!\d)")


def test_crawl_finds_no_closed_content_and_no_cpr(client):
    seen = crawl(client, ENTRY)
    pages = len(seen)
    for target, text in seen.items():
        assert SECRET not in text, f"closed content leaked at {target}"
        assert not CPR.search(text), f"CPR number shown at {target}"
    kinds = {re.sub(r"/[^/]*$", "", s.split("?")[0]) for s in seen}
    assert pages > 100 and {"/punkt", "/sag", "/moede", "/api/v1/agendaItems", "/api/v1/meetings"} <= kinds
