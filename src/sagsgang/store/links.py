"""Linked cases kept in the store, updated in the transaction that adds or removes a document.

Linking itself stays in sagsgang.link (pure functions over items); this module only decides which
items to relink and writes the result. Every item has a row in `link_items` with its stored
MinHash signature, its link group and its case; `link_keys` (case keys) and `link_bands` (LSH band
keys) find the items a new item may join without reading the others. A new or removed document
relinks only the link groups it touches (link.link_groups: no case depends on an item outside its
group), so the tables always equal linking every stored document at once (build_cases) while the
work per document does not grow with the corpus.

A relink reads each member item's `link_inputs` row, a few hundred bytes, not its whole stored
document: decoding every member's document (zlib, JSON, the model, positions of old rows) made a
100k ingest slow down as groups grew (~11 documents/s over the first 3,000, ~9 over 8,000; session
9). The entries sit in a table of their own, not a column of `link_items`, because every relink
UPDATEs the members' `link_items` rows and PostgreSQL writes a new copy of each updated row.

Tables (schema migrations 10 and 14):
  link_items(item_id, grp, case_key, municipality, numbered, sig)
  link_inputs(item_id, entry)   -- what linking reads of the item and its document (link.cases.entry_record),
                                   zlib-compressed JSON: a relink reads these, never `documents.parsed`
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
    entry_document,
    entry_item,
    entry_order,
    entry_record,
    entry_signature,
    item_keys,
    link_entries,
    link_groups,
)
from ..link.identity import committee_key
from ..link.neardup import Signature, band_keys, sig_bytes, sig_from_bytes, similar
from ..model import Document
from ..parse.casenumbers import normalize_case_number
from .batches import chunks, insert_ids, marks
from .codec import decode_parsed, decode_record, encode_record

TABLES = """
CREATE TABLE link_items (
    item_id INTEGER PRIMARY KEY,
    grp INTEGER NOT NULL,
    case_key TEXT NOT NULL,
    municipality TEXT,
    numbered INTEGER NOT NULL,
    sig BLOB
);
CREATE TABLE link_inputs (item_id INTEGER PRIMARY KEY, entry BLOB NOT NULL);
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


def backfill_inputs(conn: sqlite3.Connection) -> None:
    """Give every linked item that has none its `link_inputs` row, read from its stored document
    (schema migration 14: a database linked before the table existed). The documents are read 200
    at a time in id order, each once; a database whose items all have inputs reads none."""
    last = 0
    while True:
        doc_ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT i.document_id FROM items i JOIN link_items li ON li.item_id = i.id "
            "LEFT JOIN link_inputs e ON e.item_id = i.id WHERE e.item_id IS NULL AND i.document_id > ? "
            "ORDER BY i.document_id LIMIT 200", (last,))]
        if not doc_ids:
            return
        missing: dict[int, list[tuple[int, int]]] = {}  # document -> (item, position) without inputs
        for iid, doc_id, pos in conn.execute(
                f"SELECT i.id, i.document_id, i.position FROM items i JOIN link_items li ON li.item_id = i.id "
                f"LEFT JOIN link_inputs e ON e.item_id = i.id WHERE e.item_id IS NULL "
                f"AND i.document_id IN ({marks(doc_ids)})", doc_ids):
            missing.setdefault(doc_id, []).append((iid, pos))
        rows = []
        for doc_id, parsed in conn.execute(f"SELECT id, parsed FROM documents WHERE id IN ({marks(doc_ids)})",
                                           doc_ids):
            doc = decode_parsed(parsed)
            rows.extend((iid, encode_record(entry_record(doc, doc.items[pos]))) for iid, pos in missing[doc_id])
        conn.executemany("INSERT INTO link_inputs(item_id, entry) VALUES (?,?)", rows)
        last = doc_ids[-1]


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


# per item: signature, case keys, band keys, encoded link input (entry_record)
LinkFacts = tuple[list, list[list[str]], list[list[int]], list[bytes]]


def link_facts(doc: Document) -> LinkFacts:
    """What linking needs of a document's items that depends on the document alone (their MinHash
    signatures, case keys, LSH band keys and the link inputs a later relink reads): computed
    before the writer takes the store's lock (or in the parsing process), not while other
    writers wait."""
    sigs = [entry_signature(item) for item in doc.items]
    keys = [item_keys(doc, item) for item in doc.items]
    bands = [band_keys(doc.municipality, sig) if sig is not None else [] for sig in sigs]
    inputs = [encode_record(entry_record(doc, item)) for item in doc.items]
    return sigs, keys, bands, inputs


def add_document(conn: sqlite3.Connection, doc_id: int, doc: Document, item_ids: list[int] | None = None,
                 facts: LinkFacts | None = None) -> None:
    """Link a just-inserted document's items (inside the caller's transaction): store their
    signatures and keys, then relink them with every group they may join.

    The stored items the new ones may join are read with one query for all the document's case
    keys, one for all its band keys and one for the signatures of the candidates its items compare
    their text with (not two per item, nor a signature per band hit), before the new rows are written: a
    new item found through another new item would only add that item's own group, and every new
    item's group is relinked anyway. `item_ids`: the items' row ids in order, when the caller has
    them (it just inserted them); else they are read. `facts`: link_facts(doc), when the caller
    computed them already."""
    new_ids = item_ids
    if new_ids is None:
        ids = dict(conn.execute("SELECT position, id FROM items WHERE document_id=? AND unit IS NULL", (doc_id,)))
        new_ids = [ids[pos] for pos in range(len(doc.items))]
    sigs, keys, bands, inputs = facts if facts is not None else link_facts(doc)
    touched: set[int] = set()
    all_keys = list(dict.fromkeys(k for ks in keys for k in ks))
    for part in chunks(all_keys):
        touched.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT li.grp FROM link_keys k JOIN link_items li ON li.item_id = k.item_id "
            f"WHERE k.key IN ({marks(part)})", part))
    hits: dict[int, list[int]] = {}  # band -> stored items with it
    found: dict[int, tuple[int, str | None, int]] = {}  # stored item -> grp, municipality, numbered
    all_bands = list(dict.fromkeys(b for bs in bands for b in bs))
    for part in chunks(all_bands):
        for band, iid, grp, muni, other_numbered in conn.execute(
                f"SELECT b.band, li.item_id, li.grp, li.municipality, li.numbered FROM link_bands b "
                f"JOIN link_items li ON li.item_id = b.item_id WHERE b.band IN ({marks(part)})", part):
            hits.setdefault(band, []).append(iid)
            found[iid] = (grp, muni, other_numbered)
    # the candidates each new item compares its text with (same municipality, not both numbered);
    # their signatures are read once each, only for these
    candidates = []
    for item, item_bands in zip(doc.items, bands, strict=True):
        numbered = bool(item.case_numbers)
        candidates.append([other for other in dict.fromkeys(o for b in item_bands for o in hits.get(b, ()))
                           if not (numbered and found[other][2]) and found[other][1] == doc.municipality])
    wanted = sorted({other for cs in candidates for other in cs})
    stored_sigs: dict[int, Signature | None] = {}
    for part in chunks(wanted):
        stored_sigs.update((iid, sig_from_bytes(sig)) for iid, sig in conn.execute(
            f"SELECT item_id, sig FROM link_items WHERE item_id IN ({marks(part)})", part))
    for sig, others in zip(sigs, candidates, strict=True):
        for other in others:
            grp = found[other][0]
            if grp not in touched and similar(sig, stored_sigs[other]):
                touched.add(grp)
    conn.executemany("INSERT OR IGNORE INTO link_bands(band, item_id) VALUES (?,?)",
                     [(b, iid) for iid, bs in zip(new_ids, bands, strict=True) for b in bs])
    conn.executemany("INSERT OR IGNORE INTO link_keys(key, item_id) VALUES (?,?)",
                     [(k, iid) for iid, ks in zip(new_ids, keys, strict=True) for k in ks])
    conn.executemany("INSERT INTO link_items(item_id, grp, case_key, municipality, numbered, sig) VALUES (?,?,?,?,?,?)",
                     [(iid, iid, "", doc.municipality, int(bool(item.case_numbers)), sig_bytes(sig))
                      for iid, item, sig in zip(new_ids, doc.items, sigs, strict=True)])
    conn.executemany("INSERT INTO link_inputs(item_id, entry) VALUES (?,?)",
                     list(zip(new_ids, inputs, strict=True)))
    members = list(dict.fromkeys(_members(conn, touched) + new_ids))
    _relink(conn, members, touched | set(new_ids))


def remove_document(conn: sqlite3.Connection, doc_id: int) -> None:
    """Unlink a document about to be deleted (inside the caller's transaction): the groups its
    items were in are relinked without them (a case may lose items, split or disappear)."""
    gone = [r[0] for r in conn.execute("SELECT id FROM items WHERE document_id=? AND unit IS NULL", (doc_id,))]
    if not gone:
        return
    groups = {r[0] for r in conn.execute(f"SELECT DISTINCT grp FROM link_items WHERE item_id IN ({marks(gone)})",
                                         gone)}
    for table in ("link_items", "link_keys", "link_bands", "link_inputs"):
        conn.execute(f"DELETE FROM {table} WHERE item_id IN ({marks(gone)})", gone)
    _relink(conn, _members(conn, groups), groups)


def _members(conn: sqlite3.Connection, groups: Iterable[int]) -> list[int]:
    out: list[int] = []
    for part in chunks(sorted(groups)):
        out.extend(r[0] for r in conn.execute(f"SELECT item_id FROM link_items WHERE grp IN ({marks(part)})", part))
    return out


def _drop_groups(conn: sqlite3.Connection, groups: Iterable[int]) -> None:
    for part in chunks(sorted(groups)):
        case_ids = [r[0] for r in conn.execute(f"SELECT id FROM cases WHERE grp IN ({marks(part)})", part)]
        for ids in chunks(case_ids):
            conn.execute(f"DELETE FROM case_numbers WHERE case_id IN ({marks(ids)})", ids)
            conn.execute(f"DELETE FROM case_treatments WHERE case_id IN ({marks(ids)})", ids)
        if case_ids:
            conn.execute(f"DELETE FROM cases WHERE grp IN ({marks(part)})", part)


def _relink(conn: sqlite3.Connection, item_ids: list[int], old_groups: set[int]) -> None:
    """Link `item_ids` (every member of the groups they came from) afresh and store their cases.
    The members are read from `link_inputs` (what linking reads of them), not from their stored
    documents; the items of one document share one Document object, as a decoded document's do.
    (The document's origin is not in the inputs: linking never reads it.)"""
    _drop_groups(conn, old_groups)
    if not item_ids:
        return
    docs: dict[int, Document] = {}
    entries = []
    for part in chunks(item_ids):
        rows = conn.execute(
            f"SELECT i.id, i.document_id, i.position, li.sig, e.entry FROM items i "
            f"JOIN link_items li ON li.item_id = i.id LEFT JOIN link_inputs e ON e.item_id = i.id "
            f"WHERE i.id IN ({marks(part)})", part).fetchall()
        for iid, doc_id, pos, sig, entry in rows:
            if entry is None:  # schema migration 14 gave every linked item one; ingest writes them
                raise RuntimeError(f"item {iid} has no link input (link_inputs): the store is inconsistent")
            record = decode_record(entry)
            doc = docs.get(doc_id)
            if doc is None:
                doc = docs[doc_id] = entry_document(record)
            entries.append((entry_order(doc, pos), iid, (doc, entry_item(record)), sig_from_bytes(sig)))
    entries.sort(key=lambda e: e[0])
    ids = [e[1] for e in entries]
    sigs = [e[3] for e in entries]
    pairs = [e[2] for e in entries]
    moved: list[tuple[int, str, int]] = []
    made: list[tuple[Case, int]] = []
    for members in link_groups(pairs, sigs):
        grp = min(ids[i] for i in members)
        sub = [pairs[i] for i in members]
        for case, in_case in link_entries(sub, [sigs[i] for i in members]):
            moved.extend((grp, case.key, ids[members[i]]) for i in in_case)
            made.append((case, grp))
    # the rows of every case at once: one statement per table, in the order the cases were made
    case_ids = insert_ids(conn, CASE_INSERT, [_case_row(case, grp) for case, grp in made])
    numbers: list[tuple[str, int, str]] = []
    treatments: list[tuple] = []
    for (case, _), case_id in zip(made, case_ids, strict=True):
        numbers.extend((normalize_case_number(n), case_id, case.key) for n in case.numbers)
        treatments.extend(
            (case_id, case.key, stable_id(case.key, t.committee, t.date), pos, t.committee,
             committee_key(t.committee), t.date, t.kind, t.item_number, int(t.own_minutes), t.text)
            for pos, t in enumerate(case.treatments))
    conn.executemany("UPDATE link_items SET grp=?, case_key=? WHERE item_id=?", moved)
    conn.executemany("INSERT OR IGNORE INTO case_numbers(number, case_id, case_key) VALUES (?,?,?)", numbers)
    conn.executemany(
        "INSERT INTO case_treatments(case_id, case_key, uid, position, committee, committee_key, date, kind, "
        "item_number, own_minutes, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)", treatments)


CASE_INSERT = ("INSERT INTO cases(key, uid, grp, municipality, title, numbers, route, public, first_date, "
               "last_date, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def _case_row(case: Case, grp: int) -> tuple:
    """The values of the case's row in `cases` (CASE_INSERT)."""
    dates = sorted(d for d in [t.date for t in case.treatments] + [i.meeting_date or i.document_date
                                                                     for i in case.items] if d)
    return (case.key, stable_id(case.key), grp, case.municipality, case.title,
            json.dumps(case.numbers, ensure_ascii=False), json.dumps(case.route, ensure_ascii=False),
            int(case.public), dates[0] if dates else None, dates[-1] if dates else None,
            json.dumps(case_to_record(case), ensure_ascii=False))


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
