"""How the store keeps a linked case (link/cases.py case_to_record / case_from_record) and the
small helpers the store links by (entry_order, item_keys, entry_signature): a case with every
field set comes back equal, its record has the field names the stored JSON has always had
(old databases keep them), and a closed item has no text signature. Values by hand."""
from __future__ import annotations

import json

from sagsgang.link.cases import (
    Case,
    ItemRef,
    Source,
    Treatment,
    case_from_record,
    case_to_record,
    entry_order,
    entry_signature,
    item_keys,
)
from sagsgang.model import AgendaItem, Document, Section

from .test_neardup import TEXT

CASE = Case(
    key="faxe|24/100", municipality="Faxe", numbers=["24/100", "24-000100"], title="Ny hal", route=["ØU", "BY"],
    items=[ItemRef(Source("a.txt", 3, "a" * 64), "5", "Ny hal", True, "referat", "Økonomiudvalget", "2024-03-01",
                   addressed_to="Byrådet", document_date="2024-02-28", attachments=["Tegning"])],
    treatments=[Treatment("Økonomiudvalget", "2024-03-01", "besluttet", "Godkendt.", absent=["Ib"], item_number="5",
                          own_minutes=True, sources=[Source("a.txt", 3, "a" * 64), Source("b.pdf", None, None)])],
)

RECORD = {
    "key": "faxe|24/100", "municipality": "Faxe", "numbers": ["24/100", "24-000100"], "title": "Ny hal",
    "route": ["ØU", "BY"],
    "items": [{"source": {"source": "a.txt", "page": 3, "content_hash": "a" * 64}, "number": "5", "title": "Ny hal",
               "public": True, "document_type": "referat", "meeting_committee": "Økonomiudvalget",
               "meeting_date": "2024-03-01", "addressed_to": "Byrådet", "document_date": "2024-02-28",
               "attachments": ["Tegning"]}],
    "treatments": [{"committee": "Økonomiudvalget", "date": "2024-03-01", "kind": "besluttet", "text": "Godkendt.",
                    "absent": ["Ib"], "item_number": "5", "own_minutes": True,
                    "sources": [{"source": "a.txt", "page": 3, "content_hash": "a" * 64},
                                {"source": "b.pdf", "page": None, "content_hash": None}]}],
}


def test_a_case_record_has_the_stored_field_names_and_comes_back_equal():
    assert case_to_record(CASE) == RECORD
    assert case_from_record(json.loads(json.dumps(RECORD))) == CASE


def test_a_record_is_a_copy_not_a_view_of_the_case():
    record = case_to_record(CASE)
    record["numbers"].append("x")
    record["route"].append("x")
    record["items"][0]["attachments"].append("x")
    record["treatments"][0]["absent"].append("x")
    assert CASE.numbers == ["24/100", "24-000100"] and CASE.route == ["ØU", "BY"]
    assert CASE.items[0].attachments == ["Tegning"] and CASE.treatments[0].absent == ["Ib"]


def test_entry_order_item_keys_and_signature():
    doc = Document(source="b.txt", municipality="Faxe", content_hash="c" * 64)
    assert entry_order(doc, 4) == ("c" * 64, "b.txt", 4)
    assert entry_order(Document(source="b.txt"), 0) == ("", "b.txt", 0)  # no hash: sorts first
    item = AgendaItem(title="Ny hal", case_numbers=["24/100", "24-000101"],
                      sections=[Section("Sagsfremstilling", TEXT)])
    assert item_keys(doc, item) == ["faxe|24/100", "faxe|24-000101"]  # the municipality first, one per number
    assert item_keys(doc, AgendaItem(title="x")) == []
    assert entry_signature(item) is not None
    item.public = False
    assert entry_signature(item) is None
