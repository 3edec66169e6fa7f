"""Crawl a site (pages, feeds, API objects) from entry points, following every link it prints."""
from __future__ import annotations

import json
import re
from collections import deque
from urllib.parse import urljoin, urlparse

HREF = re.compile(r'(?:href|src)="([^"#]+)"')


def links(body: str, content_type: str) -> list[str]:
    """The site's own links in a response: hrefs of HTML and Atom, /api/v1/ URLs anywhere in JSON."""
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


def crawl(client, entries: list[str], limit: int = 3000, ok: tuple[int, ...] = (200, 404)) -> dict[str, str]:
    """target -> response text of every page reachable from `entries` (at most `limit`); every
    response must have a status in `ok` ((200,): every link the site prints must resolve)."""
    seen: dict[str, str] = {}
    queue = deque(entries)
    while queue and len(seen) < limit:
        url = queue.popleft()
        path = urlparse(urljoin("http://testserver/", url))
        if path.netloc not in ("testserver", "") or path.path.startswith("/static"):
            continue
        target = path.path + (f"?{path.query}" if path.query else "")
        if target in seen:
            continue
        r = client.get(target)
        assert r.status_code in ok, target
        seen[target] = r.text
        queue.extend(links(r.text, r.headers.get("content-type", "")))
    return seen
