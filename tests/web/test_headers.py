"""Every answer carries a Content-Security-Policy that forbids framing, `nosniff`; the read-only
API and feeds may be read from any origin (CORS); pages are not opened to other origins."""
from __future__ import annotations

import pytest

from ..site import client


@pytest.mark.parametrize("path", ["/", "/?q=budget", "/kommuner", "/api/v1", "/api/v1/bodies",
                                  "/feeds/search.atom?q=budget", "/findes-ikke", "/?q=budget&from=garbage"])
def test_security_headers_on_every_answer(demo_db, path):
    with client(demo_db) as web:
        r = web.get(path)
    csp = {d.split()[0]: d.split()[1:] for d in r.headers["content-security-policy"].split("; ")}
    assert csp["default-src"] == ["'self'"] and csp["frame-ancestors"] == ["'none'"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_cors_on_the_open_data_api_only(demo_db):
    with client(demo_db) as web:
        api = web.get("/api/v1/bodies", headers={"Origin": "https://example.org"})
        feed = web.get("/feeds/search.atom?q=budget", headers={"Origin": "https://example.org"})
        page = web.get("/", headers={"Origin": "https://example.org"})
    assert api.headers["access-control-allow-origin"] == "*" and feed.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in page.headers
