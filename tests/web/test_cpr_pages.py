"""Every value a page prints passes the templates' CPR masking (Jinja `finalize`), so a page
cannot forget it — even over documents that never went through the store, which masks on entry."""
from __future__ import annotations

import re
from urllib.parse import quote

from starlette.testclient import TestClient

from sagsgang.model import AgendaItem, Attachment, Decision, Document, Meeting, Section
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

N = "010203\u20134321"  # en dash: the form the old masking missed


def raw_documents() -> list[Document]:
    """A document as a parser (not the store) hands it over: numbers unmasked in every field."""
    open_item = AgendaItem(title=f"Klage vedr. {N}", number="1", case_numbers=["24-000001"], route=["Byrådet"],
                           intro=f"Borger {N} klager.", sections=[Section("Sagsfremstilling", f"Sagen om {N}.")],
                           decisions=[Decision("Byrådet", "2024-01-10", f"Afvist for {N}.")],
                           attachments=[Attachment(f"Klage fra {N}")])
    closed = AgendaItem(title=f"Personsag {N}", number="2", public=False, case_numbers=["24-000002"])
    return [Document(source="r.txt", municipality="Faxe", document_type="referat", content_hash="a" * 64,
                     meeting=Meeting("Byrådet", "2024-01-10", "16:00", f"Sal {N}"), items=[open_item, closed])]


def test_pages_mask_every_printed_value():
    catalog = Catalog(raw_documents())
    item = next(v for v in catalog.items.values() if v.public)

    def fake_search(query, **kwargs):
        return {"query": query, "total": 1, "facets": {}, "results": [{
            "source": "r.txt", "origin": "r.txt", "item_number": "1", "title": item.title, "municipality": "Faxe",
            "committee": "Byrådet", "date": "2024-01-10", "case_numbers": [], "public": True, "score": 1.0,
            "snippet": f"Borger <mark>{N[:6]}</mark>{N[6:]} klager"}]}

    web = TestClient(create_app(lambda: Data(catalog, fake_search)))
    pages = [f"/punkt/{v.id}" for v in catalog.items.values()] + [f"/moede/{m}" for m in catalog.meetings]
    pages += [f"/sag/{quote(k, safe='')}" for k in catalog.cases] + ["/?q=klage", "/tema?q=klage"]
    for path in pages:
        text = web.get(path).text
        assert "Klage vedr." in text or "Personsag" in text, path
        assert not re.search(r"010203|4321", text), path
