"""Crawl every page, feed and API object reachable from the entry points of a site holding a
closed item whose (illegally stored) body carries a secret; nothing of it may appear anywhere,
and no CPR number may appear unmasked."""
from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import urljoin, urlparse

from ..web.conftest import SECRET

ENTRY = ["/", "/kommuner", "/tema?q=velfærdsaftale", "/api/v1/system", "/api/v1/bodies", "/api/v1/openapi.json",
         "/feeds/search.atom?q=velfærdsaftale"]
HREF = re.compile(r'(?:href|src)="([^"#]+)"')
CPR = re.compile(r"(?<!\d)[0-3]\d[01]\d\d\d-\d{4}(?!\d)")


def links(body: str, content_type: str) -> list[str]:
    if "json" in content_type:
        found = []

        def walk(x):
            if isinstance(x, dict):
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
            elif isinstance(x, str) and "/api/v1/" in x:
                found.append(x)
        walk(json.loads(body))
        return found
    return [m.replace("&amp;", "&") for m in HREF.findall(body)]


def test_crawl_finds_no_closed_content_and_no_cpr(client):
    seen, queue, pages = set(), deque(ENTRY), 0
    while queue and pages < 3000:
        url = queue.popleft()
        path = urlparse(urljoin("http://testserver/", url))
        if path.netloc not in ("testserver", "") or path.path.startswith("/static"):
            continue
        target = path.path + (f"?{path.query}" if path.query else "")
        if target in seen:
            continue
        seen.add(target)
        r = client.get(target)
        pages += 1
        assert r.status_code in (200, 404), target
        assert SECRET not in r.text, f"closed content leaked at {target}"
        assert not CPR.search(r.text), f"CPR number shown at {target}"
        queue.extend(links(r.text, r.headers.get("content-type", "")))
    kinds = {re.sub(r"/[^/]*$", "", s.split("?")[0]) for s in seen}
    assert pages > 100 and {"/punkt", "/sag", "/moede", "/api/v1/agendaItems", "/api/v1/meetings"} <= kinds
