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


def walk(client, entries: list[str], limit: int, follow_redirects: bool = True):
    """(target, response, the page that first linked to it) for every target of this site reachable
    from `entries`, breadth first, at most `limit`."""
    seen: set[str] = set()
    queue = deque((e, "(entry)") for e in entries)
    while queue and len(seen) < limit:
        url, parent = queue.popleft()
        path = urlparse(urljoin("http://testserver/", url))
        if path.netloc not in ("testserver", "") or path.path.startswith("/static"):
            continue
        target = path.path + (f"?{path.query}" if path.query else "")
        if target in seen:
            continue
        seen.add(target)
        r = client.get(target, follow_redirects=follow_redirects)
        yield target, r, parent
        queue.extend((u, target) for u in links(r.text, r.headers.get("content-type", "")))


def crawl(client, entries: list[str], limit: int = 3000, ok: tuple[int, ...] = (200, 404)) -> dict[str, str]:
    """target -> response text of every page reachable from `entries` (at most `limit`); every
    response must have a status in `ok` ((200,): every link the site prints must resolve)."""
    seen: dict[str, str] = {}
    for target, r, _ in walk(client, entries, limit):
        assert r.status_code in ok, target
        seen[target] = r.text
    return seen


def crawl_status(client, entries: list[str], limit: int = 4000) -> tuple[dict[str, int], dict[str, str]]:
    """(status of every target reached from `entries` without following redirects, the page that
    first linked to each): a dead link shows as a status other than 200."""
    status: dict[str, int] = {}
    found_on: dict[str, str] = {}
    for target, r, parent in walk(client, entries, limit, follow_redirects=False):
        status[target], found_on[target] = r.status_code, parent
    return status, found_on
