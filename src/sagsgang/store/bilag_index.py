"""Lookups that keep bilag linking from growing with the corpus (issue 16).

Linking a bilag (link/bilag.py) looks at every item of its municipality, and every new meeting
document used to look at every stored bilag: ingesting B bilag with D documents of I items cost
B x I + D x B. But the evidence `link` weighs before content is all of one kind: an item listing
a title the file carries, printing a case number the file prints, lying in the file's folder, or
the harvested page the file came from. Those are keys; this module keeps them in both
directions, so a new bilag fetches only the items that share a key with it, and a new document
only the bilag that share one with its items:

  title key   the first TRUNCATED_MIN characters of a plain title (listed title or file key): two
              titles `link` counts as the same always share it (equal, or one a cut of the other
              keeping at least that many characters)
  number      a normalised case number (items) / any number the bilag prints (bilag)
  folder      the folder of an item's document: `link` weighs the items of a folder only when it
              holds one meeting document of the bilag's municipality, so the index keeps the
              origins per folder and the caller checks that count against the database
  origin      an item's document origin (a harvested listing names it)

An answer is a superset: ids of removed rows or of rows that reuse an id are weeded out by the
caller, which reads the rows anew. Content (`link`'s last step) needs every item and is still
computed over all of them, only for a bilag no key ties to anything.

The index lives in memory beside the facts cache, per store. It is built from the database on
first use and whenever the store's data version is not the one it expects (another process, a
rolled back transaction), and kept up to date by the writers (`add_item` for a stored meeting
document's items, `add_bilag` for a stored bilag), which run inside the transaction that bumps the
data version once more. A store without bilag builds no index (store/bilag.py::relink_after).
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..link.bilag import TRUNCATED_MIN, BilagFacts, listed_parts
from ..parse.casenumbers import normalize_case_number

WEAK = ("indhold", "mappe")  # links by content: any new item like the bilag may change them

if TYPE_CHECKING:
    from .sqlite import SQLiteStore


def title_key(plain: str) -> str:
    """The lookup key of a plain title: what equal and cut-short titles have in common."""
    return plain[:TRUNCATED_MIN]


def _folder(origin: str) -> str | None:
    return None if "://" in origin else os.path.dirname(origin)


class BilagIndex:
    """Keys -> item ids and keys -> bilag document ids (see the module docstring)."""

    def __init__(self) -> None:
        self.version: int | None = None
        self.items: dict[str, dict[str, set[int]]] = {"title": {}, "number": {}, "origin": {}}
        self.folders: dict[str, set[str]] = {}  # folder -> origins of the meeting documents in it
        self.munis: dict[str, set[str | None]] = {}  # origin -> municipalities of its items
        self.bilag: dict[str, dict[str, set[int]]] = {"title": {}, "number": {}}
        self.weak: set[int] = set()  # bilag linked by content: any item like them may move them

    # -- filling --------------------------------------------------------------------------------

    def add_item(self, item_id: int, origin: str, case_numbers: Iterable[str], titles: Iterable[str],
                 municipality: str | None) -> None:
        """One agenda item: its document origin, its case numbers, its listed bilag titles."""
        put = self.items
        put["origin"].setdefault(origin, set()).add(item_id)
        self.munis.setdefault(origin, set()).add(municipality)
        if (folder := _folder(origin)) is not None:
            self.folders.setdefault(folder, set()).add(origin)
        for c in case_numbers:
            put["number"].setdefault(normalize_case_number(c), set()).add(item_id)
        for t in titles:
            if plain := listed_parts(t)[1]:
                put["title"].setdefault(title_key(plain), set()).add(item_id)

    def add_bilag(self, doc_id: int, facts: BilagFacts) -> None:
        """One bilag file: the titles it may be listed under, the numbers it prints, its folder."""
        put = self.bilag
        for k in facts.keys:
            put["title"].setdefault(title_key(k), set()).add(doc_id)
        for n in facts.numbers:
            put["number"].setdefault(n, set()).add(doc_id)

    # -- asking ---------------------------------------------------------------------------------

    def items_for(self, facts: BilagFacts) -> set[int]:
        """Ids of the items that may list the bilag, print a case number it prints or be its
        harvested listing (a superset); its folder is `folder_origins`'."""
        got: set[int] = set()
        look = self.items
        for origin, _ in facts.harvested:
            got |= look["origin"].get(origin, set())
        for k in facts.keys:
            got |= look["title"].get(title_key(k), set())
        for n in facts.numbers:
            got |= look["number"].get(n, set())
        return got

    def folder_origins(self, facts: BilagFacts) -> list[str]:
        """Origins of the meeting documents in the bilag's folder with items of its municipality
        (any, when it names none); some may be gone since (the caller checks)."""
        origins = self.folders.get(facts.folder or "", set()) if facts.folder is not None else set()
        return sorted(o for o in origins if facts.municipality is None or facts.municipality in self.munis[o])

    def items_of(self, origin: str) -> set[int]:
        return self.items["origin"].get(origin, set())

    def bilag_for(self, case_numbers: Iterable[str], titles: Iterable[str]) -> set[int]:
        """Ids of the bilag a new document's items may list or print the case number of (a
        superset; a harvested listing, unlinked bilag and content likeness are the caller's)."""
        got: set[int] = set()
        look = self.bilag
        for c in case_numbers:
            got |= look["number"].get(normalize_case_number(c), set())
        for t in titles:
            if plain := listed_parts(t)[1]:
                got |= look["title"].get(title_key(plain), set())
        return got


def build(store: SQLiteStore, bilag_facts) -> BilagIndex:
    """The index of everything stored (`bilag_facts(store, doc_id)` gives a bilag's facts)."""
    conn = store.conn
    index = BilagIndex()
    titles: dict[int, list[str]] = {}
    for item_id, title in conn.execute("SELECT item_id, title FROM attachments"):
        titles.setdefault(item_id, []).append(title)
    for item_id, origin, cases, muni in conn.execute(
            "SELECT i.id, COALESCE(d.path, d.source), i.case_numbers, i.municipality FROM items i JOIN documents d "
            "ON d.id = i.document_id WHERE i.unit IS NULL AND d.document_type IS NOT 'bilag'"):
        index.add_item(item_id, origin, json.loads(cases), titles.get(item_id, ()), muni)
    for doc_id, method in conn.execute("SELECT document_id, method FROM bilag_files").fetchall():
        index.add_bilag(doc_id, bilag_facts(store, doc_id))
        if method in WEAK:
            index.weak.add(doc_id)
    return index
