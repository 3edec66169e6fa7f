"""What writing a document computes from the document alone, for any store.

Why a module of its own: the part of a write that depends only on the document (masking, its
encoded form, public ids, the rows of its items, their index texts, the link and person facts) is made before
the writer takes the store's lock, or in a parsing process (`ingest --jobs N`, ingest.parse_prepared)
that must not name a database. Every store (SQLite, and PostgreSQL through the same logic) writes
what `prepare` made; nothing here reads or writes a database.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ids import item_id, meeting_id
from ..link.neardup import word_sketch
from ..model import AgendaItem, Document, TextUnit, document_from_dict, document_to_dict
from ..privacy import mask_document
from . import links, people, views
from .codec import encode_parsed, encode_text

# (document, item, analyzer name) -> the analysed (title, decision, body) strings of the item.
Indexer = Callable[[Document, Any, str], tuple[str, str, str]]


def published(doc: Document) -> Document:
    """The document as it may be kept. A closed item keeps its title, number, case numbers, route,
    section headings and attachment list, never body or decision text (the parser does not keep
    them either; this makes sure no other producer can put them into the store). CPR numbers are
    masked in every field here, where text enters the store, so nothing downstream (records,
    search index, snippets, web, API, feeds, reports) can show one; a document without closed
    items is masked in place."""
    if not all(it.public for it in doc.items):
        units = doc.unsplit  # text outside items (never a closed item's): not part of the stored dict
        doc = document_from_dict(document_to_dict(doc))
        doc.unsplit = units
        for it in doc.items:
            if not it.public:
                it.intro = ""
                for sec in it.sections:
                    sec.text = ""
                for d in it.decisions:
                    d.text = ""
    return mask_document(doc)


def unit_item(unit: TextUnit) -> AgendaItem:
    """A document-level text unit as the indexer sees it: an untitled public item whose body is
    the unit's terms (the words no item of the document holds)."""
    return AgendaItem(title="", intro=unit.terms, page=unit.page)


def item_committee_date(doc: Document, item) -> tuple[str | None, str | None]:
    m = doc.meeting
    committee = m.committee if m and m.committee else None
    date = m.date if m and m.date else None
    for d in item.decisions:
        committee = committee or d.committee
        date = date or d.date
    return committee, date


@dataclass
class Prepared:
    """What writing a document computes from the document alone, made before the writer takes the
    store's lock (or in a parsing process, see `prepare`): the published (masked) document, its
    encoded form and public ids, the rows of its items and text units (without the document's row
    id), their index-queue texts, the ids its objects go by, the link facts and the person facts
    (store/people.py; None for a bilag file). Under the lock
    only the reads and writes that depend on what is stored are left."""

    made_for: tuple  # (origin, municipality, analyzer): a document changed after this is prepared again
    doc: Document
    parsed: bytes
    uid: str
    meeting_uid: str | None
    rows: list[tuple]
    texts: list[tuple[str, str, str]]
    live: list[str]
    links: links.LinkFacts
    people: tuple[str, bytes] | None


def prepare(doc: Document, path: str, analyzer: str, indexer: Indexer) -> Prepared:
    """The lock-free part of `put_document` for `doc` stored from `path` with `analyzer`. The
    document is published (masked) here: its stored form and everything below are computed from
    the published one, as before."""
    doc.origin = path
    made_for = (path, doc.municipality, analyzer)
    doc = published(doc)
    uid, meeting_uid = views.document_ids(doc)
    rows = item_rows(doc)
    texts = [indexer(doc, item, analyzer) for item in doc.items]
    texts += [indexer(doc, unit_item(unit), analyzer) for unit in doc.unsplit]
    live = [item_id(doc, pos, it) for pos, it in enumerate(doc.items)] + [meeting_id(doc)]
    return Prepared(made_for, doc, encode_parsed(doc), uid, meeting_uid, rows, texts, [i for i in live if i],
                    links.link_facts(doc), people.facts_row(doc))


def item_rows(doc: Document) -> list[tuple]:
    """The `items` rows of a document's items, then of its text units, without the document's row id."""
    rows: list[tuple] = []
    for pos, item in enumerate(doc.items):
        committee, date = item_committee_date(doc, item)
        text = item.body_text if item.public else ""
        rows.append((pos, item.number, item.title, int(item.public),
                     json.dumps(item.case_numbers, ensure_ascii=False), json.dumps(item.route, ensure_ascii=False),
                     item.page, encode_text(text), doc.municipality, committee, date, doc.document_type,
                     word_sketch(text), len(text), item_id(doc, pos, item), None))
    m = doc.meeting
    committee, date = (m.committee, m.date) if m else (None, None)
    for pos, unit in enumerate(doc.unsplit, start=len(doc.items)):
        rows.append((pos, None, unit.heading or "", 1, "[]", "[]", unit.page, encode_text(unit.text),
                     doc.municipality, committee, date or doc.date, doc.document_type, word_sketch(unit.text),
                     len(unit.text), None, "document"))
    return rows
