"""Linked cases kept in the store, updated in the transaction that adds or removes a document.

Linking itself stays in sagsgang.link (pure functions over items); this module only decides which
items to relink and writes the result. Every item has a row in `link_items` with its stored
MinHash signature, its link group and its case; `link_keys` (case keys) and `link_bands` (LSH band
keys) find the items a new item may join without reading the others. A new or removed document
relinks only the link groups it touches (link.link_groups: no case depends on an item outside its
group), so the tables always equal linking every stored document at once (build_cases) while the
work per document does not grow with the corpus.

Tables (schema migration 8):
  link_items(item_id, grp, case_key, municipality, numbered, sig)
  link_keys(key, item_id), link_bands(band, item_id)
  cases(id, key, uid, grp, municipality, title, numbers, route, public, first_date, last_date, data)
  case_numbers(number, case_id, case_key)   -- normalised case number -> case, for `sagsgang case`
  case_treatments(case_id, case_key, uid, position, committee, committee_key, date, kind, item_number,
                  own_minutes, text)        -- the typed steps: which body treated which case when
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from ..ids import stable_id
from ..link.cases import (
    Case,
    case_from_record,
    case_to_record,
    entry_order,
    entry_signature,
    item_keys,
    link_entries,
    link_groups,
)
from ..link.identity import committee_key
from ..link.neardup import band_keys, sig_bytes, sig_from_bytes, similar
from ..model import Document
from ..parse.casenumbers import normalize_case_number
from .codec import decode_parsed

TABLES = """
CREATE TABLE link_items (
    item_id INTEGER PRIMARY KEY,
    grp INTEGER NOT NULL,
    case_key TEXT NOT NULL,
    municipality TEXT,
    numbered INTEGER NOT NULL,
    sig BLOB
);
CREATE INDEX link_items_grp ON link_items(grp);
CREATE INDEX link_items_case ON link_items(case_key);
CREATE TABLE link_keys (key TEXT NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (key, item_id)) WITHOUT ROWID;
CREATE INDEX link_keys_item ON link_keys(item_id);
CREATE TABLE link_bands (band INTEGER NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (band, item_id)) WITHOUT ROWID;
CREATE INDEX link_bands_item ON link_bands(item_id);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    uid TEXT NOT NULL,
    grp INTEGER NOT NULL,
    municipality TEXT,
    title TEXT NOT NULL,
    numbers TEXT NOT NULL,
    route TEXT NOT NULL,
    public INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    data TEXT NOT NULL
);
CREATE INDEX cases_key ON cases(key);
CREATE INDEX cases_uid ON cases(uid);
CREATE INDEX cases_grp ON cases(grp);
CREATE INDEX cases_municipality ON cases(municipality, key);
CREATE TABLE case_numbers (
    number TEXT NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    case_key TEXT NOT NULL,
    PRIMARY KEY (number, case_id)
) WITHOUT ROWID;
CREATE INDEX case_numbers_case ON case_numbers(case_id);
CREATE TABLE case_treatments (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    case_key TEXT NOT NULL,
    uid TEXT NOT NULL,
    position INTEGER NOT NULL,
    committee TEXT,
    committee_key TEXT NOT NULL,
    date TEXT,
    kind TEXT NOT NULL,
    item_number TEXT,
    own_minutes INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX case_treatments_case ON case_treatments(case_id, position);
CREATE INDEX case_treatments_key ON case_treatments(case_key);
CREATE INDEX case_treatments_uid ON case_treatments(uid);
CREATE INDEX case_treatments_meeting ON case_treatments(committee_key, date)
"""


def create_tables(conn: sqlite3.Connection) -> None:
    for stmt in TABLES.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)


def backfill(conn: sqlite3.Connection) -> None:
    """Link every stored document, one at a time in id order (a database migrated to the linked
    tables gets the same rows ingest would have written)."""
    last = 0
    while True:
        rows = conn.execute("SELECT id, parsed FROM documents WHERE id > ? ORDER BY id LIMIT 200", (last,)).fetchall()
        if not rows:
            return
        for doc_id, parsed in rows:
            add_document(conn, doc_id, decode_parsed(parsed))
        last = rows[-1][0]


def add_document(conn: sqlite3.Connection, doc_id: int, doc: Document) -> None:
    """Link a just-inserted document's items (inside the caller's transaction): store their
    signatures and keys, then relink them with every group they may join."""
    ids = dict(conn.execute("SELECT position, id FROM items WHERE document_id=? AND unit IS NULL", (doc_id,)))
    touched: set[int] = set()
    new_ids = []
    for pos, item in enumerate(doc.items):
        iid = ids[pos]
        new_ids.append(iid)
        sig = entry_signature(item)
        keys = item_keys(doc, item)
        numbered = bool(item.case_numbers)
        for (grp,) in conn.execute(
                f"SELECT DISTINCT li.grp FROM link_keys k JOIN link_items li ON li.item_id = k.item_id "
                f"WHERE k.key IN ({','.join('?' * len(keys))})", keys) if keys else ():
            touched.add(grp)
        if sig is not None:
            bands = band_keys(doc.municipality, sig)
            rows = conn.execute(
                f"SELECT DISTINCT li.item_id, li.grp, li.municipality, li.numbered, li.sig FROM link_bands b "
                f"JOIN link_items li ON li.item_id = b.item_id WHERE b.band IN ({','.join('?' * len(bands))})",
                bands).fetchall()
            for _, grp, muni, other_numbered, other_sig in rows:
                if grp in touched or (numbered and other_numbered) or muni != doc.municipality:
                    continue
                if similar(sig, sig_from_bytes(other_sig)):
                    touched.add(grp)
            conn.executemany("INSERT OR IGNORE INTO link_bands(band, item_id) VALUES (?,?)", [(b, iid) for b in bands])
        conn.executemany("INSERT OR IGNORE INTO link_keys(key, item_id) VALUES (?,?)", [(k, iid) for k in keys])
        conn.execute("INSERT INTO link_items(item_id, grp, case_key, municipality, numbered, sig) VALUES (?,?,?,?,?,?)",
                     (iid, iid, "", doc.municipality, int(numbered), sig_bytes(sig)))
    members = list(dict.fromkeys(_members(conn, touched) + new_ids))
    _relink(conn, members, touched | set(new_ids))


def remove_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Unlink a document about to be deleted (inside the caller's transaction): the groups its
    items were in are relinked without them (a case may lose items, split or disappear)."""
    gone = [r[0] for r in conn.execute("SELECT id FROM items WHERE document_id=? AND unit IS NULL", (doc_id,))]
    if not gone:
        return
    marks = ",".join("?" * len(gone))
    groups = {r[0] for r in conn.execute(f"SELECT DISTINCT grp FROM link_items WHERE item_id IN ({marks})", gone)}
    for table in ("link_items", "link_keys", "link_bands"):
        conn.execute(f"DELETE FROM {table} WHERE item_id IN ({marks})", gone)
    _relink(conn, _members(conn, groups), groups)


def _members(conn: sqlite3.Connection, groups: Iterable[int]) -> list[int]:
    out: list[int] = []
    for grp in groups:
        out.extend(r[0] for r in conn.execute("SELECT item_id FROM link_items WHERE grp=?", (grp,)))
    return out


def _drop_groups(conn: sqlite3.Connection, groups: Iterable[int]) -> None:
    for grp in groups:
        for (case_id,) in conn.execute("SELECT id FROM cases WHERE grp=?", (grp,)).fetchall():
            conn.execute("DELETE FROM case_numbers WHERE case_id=?", (case_id,))
            conn.execute("DELETE FROM case_treatments WHERE case_id=?", (case_id,))
        conn.execute("DELETE FROM cases WHERE grp=?", (grp,))


def _relink(conn: sqlite3.Connection, item_ids: list[int], old_groups: set[int]) -> None:
    """Link `item_ids` (every member of the groups they came from) afresh and store their cases."""
    _drop_groups(conn, old_groups)
    if not item_ids:
        return
    docs: dict[int, Document] = {}
    entries, sigs, ids = [], [], []
    for chunk in range(0, len(item_ids), 500):
        part = item_ids[chunk:chunk + 500]
        rows = conn.execute(
            f"SELECT i.id, i.document_id, i.position, li.sig FROM items i JOIN link_items li ON li.item_id = i.id "
            f"WHERE i.id IN ({','.join('?' * len(part))})", part).fetchall()
        for iid, doc_id, pos, sig in rows:
            doc = docs.get(doc_id)
            if doc is None:
                parsed, path = conn.execute("SELECT parsed, path FROM documents WHERE id=?", (doc_id,)).fetchone()
                doc = docs[doc_id] = decode_parsed(parsed)
                doc.origin = doc.origin or path
            entries.append((entry_order(doc, pos), iid, (doc, doc.items[pos]), sig_from_bytes(sig)))
    entries.sort(key=lambda e: e[0])
    ids = [e[1] for e in entries]
    sigs = [e[3] for e in entries]
    pairs = [e[2] for e in entries]
    for members in link_groups(pairs, sigs):
        grp = min(ids[i] for i in members)
        sub = [pairs[i] for i in members]
        for case, in_case in link_entries(sub, [sigs[i] for i in members]):
            conn.executemany("UPDATE link_items SET grp=?, case_key=? WHERE item_id=?",
                             [(grp, case.key, ids[members[i]]) for i in in_case])
            _put_case(conn, case, grp)


def _put_case(conn: sqlite3.Connection, case: Case, grp: int) -> None:
    dates = sorted(d for d in [t.date for t in case.treatments] + [i.meeting_date or i.document_date
                                                                     for i in case.items] if d)
    cur = conn.execute(
        "INSERT INTO cases(key, uid, grp, municipality, title, numbers, route, public, first_date, last_date, data) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (case.key, stable_id(case.key), grp, case.municipality, case.title,
         json.dumps(case.numbers, ensure_ascii=False), json.dumps(case.route, ensure_ascii=False),
         int(case.public), dates[0] if dates else None, dates[-1] if dates else None,
         json.dumps(case_to_record(case), ensure_ascii=False)))
    case_id = cur.lastrowid
    conn.executemany("INSERT OR IGNORE INTO case_numbers(number, case_id, case_key) VALUES (?,?,?)",
                     [(normalize_case_number(n), case_id, case.key) for n in case.numbers])
    conn.executemany(
        "INSERT INTO case_treatments(case_id, case_key, uid, position, committee, committee_key, date, kind, "
        "item_number, own_minutes, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(case_id, case.key, stable_id(case.key, t.committee, t.date), pos, t.committee, committee_key(t.committee),
          t.date, t.kind, t.item_number, int(t.own_minutes), t.text) for pos, t in enumerate(case.treatments)])


# -- reading --------------------------------------------------------------------------------------
def _cases(conn: sqlite3.Connection, where: str, params: tuple | list) -> list[Case]:
    rows = conn.execute(f"SELECT data FROM cases WHERE {where} ORDER BY key, id", params).fetchall()
    return [case_from_record(json.loads(r[0])) for r in rows]


def cases_by_number(conn: sqlite3.Connection, number: str, municipality: str | None = None) -> list[Case]:
    """The cases a printed case number names (any printed form), by case key; one municipality's
    only when given (compared case-insensitively)."""
    found = _cases(conn, "id IN (SELECT case_id FROM case_numbers WHERE number=?)", (normalize_case_number(number),))
    return [c for c in found if not municipality or (c.municipality or "").casefold() == municipality.casefold()]


def all_cases(conn: sqlite3.Connection) -> list[Case]:
    """Every linked case, by key (for checks and exports; pages query by key or municipality)."""
    return _cases(conn, "1=1", ())


def case_by_key(conn: sqlite3.Connection, key: str) -> Case | None:
    found = _cases(conn, "key=?", (key,))
    return found[0] if found else None


def cases_of_items(conn: sqlite3.Connection, refs: Iterable[tuple[str, str | None, str]]) -> list[Case]:
    """The cases of the items named by (document source, item number, title), by case key."""
    keys: set[str] = set()
    for source, number, title in refs:
        keys.update(r[0] for r in conn.execute(
            "SELECT li.case_key FROM documents d JOIN items i ON i.document_id = d.id "
            "JOIN link_items li ON li.item_id = i.id WHERE d.source=? AND i.number IS ? AND i.title=? "
            "AND i.unit IS NULL", (source, number, title)))
    out = []
    for key in sorted(keys):
        out.extend(_cases(conn, "key=?", (key,)))
    return out
