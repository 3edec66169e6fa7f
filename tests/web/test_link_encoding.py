"""Committee names hold '/' and spaces (`Plan/Miljø-udvalget`, `Teknisk Udvalg`): every page link
to them is percent-encoded and resolves, committee page and committee feed alike."""
from __future__ import annotations

import re

from ..reliability.crawl import HREF, crawl_status
from ..site import Item, cli, client, minutes


def test_committee_names_with_slash_and_space_give_live_encoded_links(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n, committee in enumerate(["Plan/Miljø-udvalget", "Teknisk Udvalg"]):
        (docs / f"r{n}.txt").write_text(minutes(committee, "10-06-2025", [Item("Lokalplan 1234", "25-000111")]),
                                        encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(docs), "--db", db, "--municipality", "Aarhus")[0] == 0
    with client(db) as web:
        status, found_on = crawl_status(web, ["/kommuner", "/kommune/Aarhus"], limit=500)
        pages = [web.get(t).text for t, s in status.items() if s == 200 and not t.startswith("/api/")]
    hrefs = {h for p in pages for h in HREF.findall(p)}
    assert "/udvalg/Aarhus/Plan%2FMilj%C3%B8-udvalget" in status and "/udvalg/Aarhus/Teknisk%20Udvalg" in status
    assert "/feeds/udvalg/Aarhus/Plan%2FMilj%C3%B8-udvalget.atom" in status
    assert {t: (s, found_on[t]) for t, s in status.items() if s != 200} == {}
    assert [h for h in hrefs if re.search(r"[\s/]Plan/|\s", h)] == []
