"""Crawl every page, feed and API object reachable from the entry points of a site holding a
closed item whose (illegally stored) body carries a secret; no word of it may appear anywhere,
no CPR number may appear unmasked, and every link the site makes must resolve.

The site is built from generated documents (see conftest.py), so this never skips."""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, quote, quote_plus, urlparse

from ..web.conftest import SECRET
from .crawl import crawl

SECRET_WORDS = [w.casefold() for w in SECRET.split("-")]  # hemmelig, personsag, øresund
# its title, its case number, and its secret words (as one query: see without_echo)
SEARCHES = ["personalesag", "24-009999", " ".join(SECRET_WORDS)]
ENTRY = ["/", "/kommuner", "/api/v1/system", "/api/v1/bodies", "/api/v1/openapi.json"] + [
    url + quote(q) for q in SEARCHES for url in ("/?q=", "/tema?q=", "/api/v1/search?q=", "/feeds/search.atom?q=")]
CPR = re.compile(r"(?<!\d)[0-3]\d[01]\d\d\d-\d{4}(?!\d)")


def readable(body: str, content_type: str) -> str:
    """The text as a reader sees it: JSON unescaped (\\u00d8 is Ø), casefolded."""
    if "json" in content_type:
        body = json.dumps(json.loads(body), ensure_ascii=False)
    return body.casefold()


def without_echo(text: str, query: str) -> str:
    """The page without the query it echoes (title, search box, feed link). Only the whole query
    is removed, so each secret word shown on its own (a snippet marks words one by one) is still seen."""
    for form in (query, quote(query), quote_plus(query)):
        text = text.replace(form.casefold(), "")
    return text


def test_the_secret_words_occur_only_in_the_closed_item(site_documents):
    """Else finding them in a page would not prove a leak."""
    for doc in site_documents:
        for item in doc.items:
            text = repr(item).casefold()
            secret_item = doc.source == "faxe_oeu.txt" and item.title == "Personalesag"
            assert any(w in text for w in SECRET_WORDS) == secret_item, doc.source


def test_crawl_finds_no_closed_content_and_no_cpr(site_client):
    seen = crawl(site_client, ENTRY, ok=(200,))  # every link the site makes resolves
    pages = len(seen)
    for target, body in seen.items():
        text = readable(body, "json" if target.startswith("/api/v1/") else "html")
        for q in parse_qs(urlparse(target).query).get("q", []):
            text = without_echo(text, q)
        for word in SECRET_WORDS:
            assert word not in text, f"closed content ({word}) leaked at {target}"
        assert not CPR.search(body), f"CPR number shown at {target}"
    kinds = {re.sub(r"/[^/]*$", "", s.split("?")[0]) for s in seen}
    assert pages > 100 and {"/punkt", "/sag", "/moede", "/api/v1/agendaItems", "/api/v1/meetings"} <= kinds
    # the closed item itself was reached, through search and the listings
    closed_page = site_client.get("/?q=personalesag").text
    assert "Personalesag" in closed_page and "Lukket punkt" in closed_page
