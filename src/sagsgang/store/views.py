"""Indexed reads for the public view (web pages, API, feeds): one object at a time, by its public id.

The web used to build its whole catalog in memory from every document after each ingest; these
queries answer each page from indexes instead, so serve starts at once and its memory does not
grow with the corpus. The public ids (sagsgang.ids) are stored beside the rows they name
(documents.uid, documents.meeting_uid, items.uid, cases.uid, case_treatments.uid), written when a
document is stored and by schema migration 8 for what was stored before.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..ids import document_key, item_id, meeting_id, stable_id
from ..model import Document
from .batches import chunks, marks
from .codec import decode_parsed

COLUMNS = """
ALTER TABLE documents ADD COLUMN uid TEXT;
ALTER TABLE documents ADD COLUMN meeting_uid TEXT;
ALTER TABLE items ADD COLUMN uid TEXT;
CREATE INDEX documents_uid ON documents(uid);
CREATE INDEX documents_meeting ON documents(meeting_uid);
CREATE INDEX documents_municipality ON documents(municipality, source);
CREATE INDEX items_uid ON items(uid)
"""


def create_columns(conn: sqlite3.Connection) -> None:
    for stmt in COLUMNS.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)


def document_ids(doc: Document) -> tuple[str, str | None]:
    """(public id of the document, of its meeting): computed from the document alone, so a new
    document's row is inserted with them (its items' ids are sagsgang.ids.item_id)."""
    return stable_id("document", document_key(doc)), meeting_id(doc)


def set_ids(conn: sqlite3.Connection, doc_id: int, doc: Document) -> None:
    """Store the public ids of a document stored before schema 8, its meeting and its items."""
    conn.execute("UPDATE documents SET uid=?, meeting_uid=? WHERE id=?", (*document_ids(doc), doc_id))
    conn.executemany("UPDATE items SET uid=? WHERE document_id=? AND position=? AND unit IS NULL",
                     [(item_id(doc, pos, it), doc_id, pos) for pos, it in enumerate(doc.items)])


def backfill(conn: sqlite3.Connection) -> None:
    last = 0
    while True:
        rows = conn.execute("SELECT id, parsed, path FROM documents WHERE id > ? ORDER BY id LIMIT 200",
                            (last,)).fetchall()
        if not rows:
            return
        for doc_id, parsed, path in rows:
            doc = decode_parsed(parsed)
            doc.origin = doc.origin or path
            set_ids(conn, doc_id, doc)
        last = rows[-1][0]


# -- reading --------------------------------------------------------------------------------------
def document(conn: sqlite3.Connection, doc_id: int) -> Document:
    parsed, path = conn.execute("SELECT parsed, path FROM documents WHERE id=?", (doc_id,)).fetchone()
    doc = decode_parsed(parsed)
    doc.origin = doc.origin or path
    return doc


# The order the in-memory catalog listed documents in: municipality (none first), then source.
DOC_ORDER = "coalesce(d.municipality, ''), d.source, d.id"


def item_location(conn: sqlite3.Connection, uid: str) -> tuple[int, int, str | None] | None:
    """(document row id, position, case key) of the item with this public id (the last in
    catalog order when a document repeats an item number)."""
    row = conn.execute(
        f"SELECT i.document_id, i.position, li.case_key FROM items i JOIN documents d ON d.id = i.document_id "
        f"LEFT JOIN link_items li ON li.item_id = i.id WHERE i.uid=? AND i.unit IS NULL "
        f"ORDER BY {DOC_ORDER} DESC, i.position DESC LIMIT 1", (uid,)).fetchone()
    return tuple(row) if row else None


def document_rows(conn: sqlite3.Connection, where: str, params: tuple) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT d.id FROM documents d WHERE {where} ORDER BY {DOC_ORDER}", params)]


def by_origin(origins: list[str]) -> tuple[str, list[str]]:
    """The WHERE clause and parameters of "the documents with one of these origins" (path, else
    source: what search hits name), so the indexes on path and on source serve it."""
    m = marks(origins)
    return f"(d.path IN ({m}) OR (d.path IS NULL AND d.source IN ({m})))", [*origins, *origins]


def items_of_origins(conn: sqlite3.Connection, origins: list[str]) -> list[tuple[str, str, str | None, str, int]]:
    """(origin, public id, number, title, public) of the agenda items of the documents with these
    origins, in catalog order: what resolving a page of search hits to their items needs, read in
    one statement (per CHUNK origins) instead of a document and its items per hit."""
    out: list[tuple[str, str, str | None, str, int]] = []
    for part in chunks(list(dict.fromkeys(origins))):
        where, params = by_origin(list(part))
        out.extend(conn.execute(
            f"SELECT coalesce(d.path, d.source), i.uid, i.number, i.title, i.public FROM documents d "
            f"JOIN items i ON i.document_id = d.id WHERE {where} AND i.unit IS NULL "
            f"ORDER BY {DOC_ORDER}, i.position", params).fetchall())
    return out


def documents_of_origins(conn: sqlite3.Connection, origins: list[str]) -> list[tuple[str, str]]:
    """(origin, public id) of the documents with these origins, in catalog order (one statement)."""
    out: list[tuple[str, str]] = []
    for part in chunks(list(dict.fromkeys(origins))):
        where, params = by_origin(list(part))
        out.extend(conn.execute(f"SELECT coalesce(d.path, d.source), d.uid FROM documents d WHERE {where} "
                                f"ORDER BY {DOC_ORDER}", params).fetchall())
    return out


def items_of_documents(conn: sqlite3.Connection, doc_ids: list[int]) -> list[tuple[int, int, str | None]]:
    """(document row id, position, case key) of the agenda items of these documents, in catalog order."""
    out: list[tuple[int, int, str | None]] = []
    for doc_id in doc_ids:
        out.extend(conn.execute(
            "SELECT i.document_id, i.position, li.case_key FROM items i LEFT JOIN link_items li ON li.item_id = i.id "
            "WHERE i.document_id=? AND i.unit IS NULL ORDER BY i.position", (doc_id,)))
    return out


def items_of_case(conn: sqlite3.Connection, key: str) -> list[tuple[int, int, str | None]]:
    return [tuple(r) for r in conn.execute(
        f"SELECT i.document_id, i.position, li.case_key FROM link_items li JOIN items i ON i.id = li.item_id "
        f"JOIN documents d ON d.id = i.document_id WHERE li.case_key=? ORDER BY {DOC_ORDER}, i.position", (key,))]


def municipality_counts(conn: sqlite3.Connection) -> dict[str | None, int]:
    """Documents per municipality (None: documents naming none)."""
    return dict(conn.execute("SELECT municipality, count(*) FROM documents GROUP BY municipality"))


def meetings(conn: sqlite3.Connection, where: str, params: tuple) -> list[dict[str, Any]]:
    """The meetings of the documents matching `where`, each with its documents' types, keys and
    content hashes and its distinct item ids, in catalog order (one query)."""
    rows = conn.execute(
        f"SELECT d.id, d.meeting_uid, d.municipality, d.committee, d.meeting_date, d.meeting_time, d.location, "
        f"d.document_type, coalesce(d.path, d.source), d.content_hash, i.uid FROM documents d "
        f"LEFT JOIN items i ON i.document_id = d.id AND i.unit IS NULL "
        f"WHERE d.meeting_uid IS NOT NULL AND {where} ORDER BY {DOC_ORDER}, i.position", params).fetchall()
    out: dict[str, dict[str, Any]] = {}
    seen: set[int] = set()
    for doc_id, uid, muni, committee, day, start, location, dtype, key, chash, iid in rows:
        m = out.setdefault(uid, {"id": uid, "municipality": muni, "committee": committee, "date": day,
                                 "start_time": start, "location": location, "document_types": set(),
                                 "sources": [], "hashes": [], "item_ids": [], "documents": []})
        if doc_id not in seen:
            seen.add(doc_id)
            m["document_types"].add(dtype)
            m["sources"].append(key)
            m["hashes"].append(chash)
            m["documents"].append(doc_id)
        if iid is not None and iid not in m["item_ids"]:
            m["item_ids"].append(iid)
    return list(out.values())


def meeting_dates(conn: sqlite3.Connection, municipality: str | None) -> list[tuple[str | None, str | None]]:
    """(body, date) of each meeting of a municipality's documents (a meeting's documents share both)."""
    return conn.execute("SELECT min(committee), min(meeting_date) FROM documents WHERE municipality IS ? "
                        "AND meeting_uid IS NOT NULL GROUP BY meeting_uid ORDER BY meeting_uid",
                        (municipality,)).fetchall()  # min(): standard SQL for "the one value they share"


def case_committees(conn: sqlite3.Connection, municipality: str | None) -> list[str | None]:
    """The bodies named by the treatments of a municipality's cases."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT t.committee FROM cases c JOIN case_treatments t ON t.case_id = c.id "
        "WHERE c.municipality IS ?", (municipality,))]


def case_keys(conn: sqlite3.Connection, municipality: str | None) -> list[str]:
    return sorted({r[0] for r in conn.execute("SELECT key FROM cases WHERE municipality IS ?", (municipality,))})


def case_key_of_uid(conn: sqlite3.Connection, uid: str) -> str | None:
    row = conn.execute("SELECT key FROM cases WHERE uid=? ORDER BY key LIMIT 1", (uid,)).fetchone()
    return row[0] if row else None


def consultation_case(conn: sqlite3.Connection, uid: str) -> str | None:
    row = conn.execute("SELECT case_key FROM case_treatments WHERE uid=? ORDER BY case_key LIMIT 1",
                       (uid,)).fetchone()
    return row[0] if row else None


def ingested_at(conn: sqlite3.Connection, content_hash: str) -> str | None:
    row = conn.execute("SELECT ingested_at FROM documents WHERE content_hash=?", (content_hash,)).fetchone()
    return row[0] if row else None


def document_hashes(conn: sqlite3.Connection, municipality: str | None) -> list[str]:
    return [r[0] for r in conn.execute("SELECT content_hash FROM documents WHERE municipality IS ?", (municipality,))]


def latest_ingest(conn: sqlite3.Connection, hashes: list[str]) -> str | None:
    """When the newest of these documents (by content hash) was last (re)ingested."""
    latest = None
    for part in chunks(hashes):
        row = conn.execute(f"SELECT max(ingested_at) FROM documents WHERE content_hash IN ({marks(part)})",
                           part).fetchone()
        if row[0] is not None and (latest is None or row[0] > latest):
            latest = row[0]
    return latest
