"""Tombstones name exactly the ids the public read path served, so a mirror can delete them.

An item's public id is (source, item number; the position only when there is no number), a
meeting's is (municipality, body, date): the ids below are computed by hand with that rule and
checked against the catalog the API serves from, before the document is replaced."""
from __future__ import annotations

import hashlib

from sagsgang.model import AgendaItem, Document, Meeting, Section
from sagsgang.search import open_index
from sagsgang.store.base import AGENDA_ITEM_TYPE, MEETING_TYPE
from sagsgang.web.catalog import Catalog

from ..conftest import sha16


def minutes(date: str, text: str) -> Document:
    items = [AgendaItem(title="Budget 2025", number="7", case_numbers=["24/100"],
                        sections=[Section("Sagsfremstilling", text)]),
             AgendaItem(title="Eventuelt", number=None, sections=[Section("Sagsfremstilling", "Intet.")])]
    return Document(source="oeu.txt", municipality="Faxe", document_type="referat",
                    meeting=Meeting(committee="Økonomiudvalget", date=date), items=items,
                    content_hash=hashlib.sha256((date + text).encode()).hexdigest())


ITEM_7 = sha16("oeu.txt", "7")         # the numbered item, first on the agenda
ITEM_NO_NUMBER = sha16("oeu.txt", "#1")  # the unnumbered item, second (position 1)
MEETING_0501 = sha16("Faxe", "Økonomiudvalget", "2024-05-01")


def test_hand_written_ids_are_the_ids_the_catalog_serves():
    catalog = Catalog([minutes("2024-05-01", "Første udgave.")])
    assert sorted(catalog.items) == sorted([ITEM_7, ITEM_NO_NUMBER])
    assert list(catalog.meetings) == [MEETING_0501]


def test_replacement_tombstones_the_served_item_and_meeting_ids(new_db):
    store = open_index(new_db("t"))
    store.put_document(minutes("2024-05-01", "Første udgave."), "/x/oeu.txt")
    served = Catalog(store.documents())
    # stored, the document is named by where it came from (its path), not its file name
    item_7, item_no_number = sha16("/x/oeu.txt", "7"), sha16("/x/oeu.txt", "#1")
    assert sorted(served.items) == sorted([item_7, item_no_number]) and list(served.meetings) == [MEETING_0501]
    # the corrected file moves the meeting to another date and keeps one renumbered item:
    # the old meeting and both old items are gone
    corrected = minutes("2024-05-08", "Rettet udgave.")
    corrected.items = [corrected.items[0]]
    corrected.items[0].number = "8"
    assert store.put_document(corrected, "/x/oeu.txt").status == "replaced"
    by_type: dict[str, list[str]] = {}
    for t in store.tombstones():
        by_type.setdefault(t["type"], []).append(t["id"])
    assert sorted(by_type[AGENDA_ITEM_TYPE]) == sorted([item_7, item_no_number])
    assert by_type[MEETING_TYPE] == [MEETING_0501]
    store.close()
