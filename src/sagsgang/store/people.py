"""People and parties kept in the store, rebuilt per municipality scope when a document changes.

The registry (link/people.py) merges names within one municipality, so a person depends on every
document of that municipality and on nothing outside it. When a document is added, replaced or
removed, only its scope's registry is built again, from that scope's documents in the order the
in-memory catalog reads them (source, then row id); the rows therefore always equal building the
registry of every stored document at once, while serve reads one person or party at a time.

A rebuild reads each document's `person_facts` row (what build_registry reads of it, written at
ingest), not the stored document: decoding every document of a municipality (zlib, JSON, the
model) was a third of a rebuild, which a queue worker runs every ~30 s holding the writers' lock
(issue 19, session 11).

Tables (self-contained migration; schema.py):
  people(uid, scope, municipality, name, scope_first, position, brief, data)
  parties(uid, scope, municipality, code, scope_first, position, brief, data)
  party_members(person_uid, party_uid, scope)   -- the parties of a person
  who_pages(scope, who, page)                    -- a position's name as printed -> its page
  person_facts(document_id, scope, facts)        -- link.people.person_facts of each non-bilag document,
                                                    zlib-compressed JSON (schema migrations 12 and 15)
`scope_first` is the source of the scope's first document: the catalog lists scopes in that order.
`data` is the whole Person or Party as JSON; `brief` the same without the meetings and positions,
which grow with the years a municipality has published (a party's positions: megabytes), for the
municipality page that lists names only.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from itertools import chain

from ..link.people import MeetingRef, Party, Person, PositionRef, Registry, person_facts, registry_of_facts
from ..model import Document
from .batches import chunks, marks
from .codec import decode_parsed, decode_record, encode_record

UNKNOWN_PREFIX = "ukendt: "

STALE_TABLE = "CREATE TABLE IF NOT EXISTS people_stale (\n    scope TEXT PRIMARY KEY\n)"
FACTS_TABLE = """CREATE TABLE IF NOT EXISTS person_facts (
    document_id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    facts BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS person_facts_scope ON person_facts(scope)"""
TABLES = """
CREATE TABLE IF NOT EXISTS people (
    uid TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    municipality TEXT,
    name TEXT NOT NULL,
    scope_first TEXT NOT NULL,
    position INTEGER NOT NULL,
    brief TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS people_scope ON people(scope);
CREATE INDEX IF NOT EXISTS people_municipality ON people(municipality);
CREATE TABLE IF NOT EXISTS parties (
    uid TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    municipality TEXT,
    code TEXT NOT NULL,
    scope_first TEXT NOT NULL,
    position INTEGER NOT NULL,
    brief TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS parties_scope ON parties(scope);
CREATE INDEX IF NOT EXISTS parties_municipality ON parties(municipality);
CREATE TABLE IF NOT EXISTS party_members (
    person_uid TEXT NOT NULL,
    party_uid TEXT NOT NULL,
    scope TEXT NOT NULL,
    PRIMARY KEY (person_uid, party_uid)
);
CREATE INDEX IF NOT EXISTS party_members_scope ON party_members(scope);
CREATE TABLE IF NOT EXISTS who_pages (
    scope TEXT NOT NULL,
    who TEXT NOT NULL,
    page TEXT NOT NULL,
    PRIMARY KEY (scope, who)
);
""" + STALE_TABLE + ";\n" + FACTS_TABLE
_TABLES = ("people", "parties", "party_members", "who_pages")


def create_tables(conn: sqlite3.Connection, tables: str = TABLES) -> None:
    for stmt in tables.split(";\n"):
        if stmt.strip():
            conn.execute(stmt)


def facts_row(doc: Document) -> tuple[str, bytes] | None:
    """The document's `person_facts` row (scope, encoded facts), computed before the writer takes the
    lock (store/prepare.py); None for a bilag file, which names no one (a rebuild never read those)."""
    if doc.document_type == "bilag":
        return None
    facts = person_facts(doc)
    return facts["scope"], encode_record(facts)


def put_facts(conn: sqlite3.Connection, doc_id: int, row: tuple[str, bytes] | None) -> None:
    """Store a just-inserted document's person facts (inside the caller's transaction)."""
    if row is not None:
        conn.execute("INSERT INTO person_facts(document_id, scope, facts) VALUES (?,?,?)", (doc_id, *row))


def backfill_facts(conn: sqlite3.Connection) -> None:
    """Give every non-bilag document without one its `person_facts` row, read from the stored
    document (schema migrations 12 and 15: a database from before the table). 200 documents at a
    time in id order, each read once; a database whose documents all have facts reads none."""
    create_tables(conn, FACTS_TABLE)
    last = 0
    while True:
        rows = conn.execute(
            "SELECT d.id, d.parsed, d.path FROM documents d LEFT JOIN person_facts f ON f.document_id = d.id "
            "WHERE f.document_id IS NULL AND d.document_type IS NOT 'bilag' AND d.id > ? ORDER BY d.id LIMIT 200",
            (last,)).fetchall()
        if not rows:
            return
        facts = []
        for doc_id, parsed, path in rows:
            doc = decode_parsed(parsed)
            doc.origin = doc.origin or path
            facts.append((doc_id, *facts_row(doc)))
        conn.executemany("INSERT INTO person_facts(document_id, scope, facts) VALUES (?,?,?)", facts)
        last = rows[-1][0]


def backfill(conn: sqlite3.Connection) -> None:
    """Build every scope's rows (a database migrated to these tables gets what ingest would have
    written): the documents' person facts first, then each scope from them."""
    backfill_facts(conn)
    scopes = {r[0] for r in conn.execute("SELECT DISTINCT scope FROM person_facts")}
    if scopes:  # a new database: nothing to build
        refresh(conn, scopes)


def _scope_facts(conn: sqlite3.Connection, scope: str) -> Iterator[dict]:
    """The person facts of the scope's documents (bilag files are no minutes), in the order the
    catalog reads the documents (source, then row id), decoded one at a time."""
    rows = conn.execute("SELECT f.facts FROM person_facts f JOIN documents d ON d.id = f.document_id "
                        "WHERE f.scope=? AND d.document_type IS NOT 'bilag' ORDER BY d.source, d.id", (scope,))
    for (facts,) in rows:
        yield decode_record(facts)


def mark_stale(conn: sqlite3.Connection, scopes: set[str]) -> None:
    """Note scopes to rebuild later (inside the caller's transaction): an ingest rebuilds each once at
    its end instead of once per stored document; the note survives an interrupted run, so the next
    refresh_stale still rebuilds them."""
    conn.execute(STALE_TABLE)  # a store migrated before the note table existed (one statement, not all tables)
    conn.executemany("INSERT OR IGNORE INTO people_stale(scope) VALUES (?)", [(s,) for s in sorted(scopes)])


def refresh_stale(conn: sqlite3.Connection) -> int:
    """Rebuild every noted scope and clear the notes (inside the caller's transaction); how many."""
    scopes = {row[0] for row in conn.execute("SELECT scope FROM people_stale").fetchall()}
    refresh(conn, scopes)
    conn.execute("DELETE FROM people_stale")
    return len(scopes)


def refresh(conn: sqlite3.Connection, scopes: set[str]) -> None:
    """Rebuild the rows of these scopes from their documents' person facts (inside the caller's transaction)."""
    for scope in sorted(scopes):
        facts = _scope_facts(conn, scope)
        head = next(facts, None)
        reg = None if head is None else registry_of_facts(chain([head], facts)).get(scope)
        new = _rows(reg, head["source"]) if reg is not None else dict.fromkeys(_TABLES, [])
        for table in _TABLES:
            _sync(conn, table, scope, new[table])


def who_pages_of(reg: Registry) -> dict[str, str]:
    """Who as printed -> the page of the person or party (a party's page wins, as in the catalog)."""
    out: dict[str, str] = {}
    for person in reg.people.values():
        for v in person.variants:
            out[v] = f"/person/{person.id}"
    for party in reg.parties.values():
        for ref in party.positions:
            out[ref.who] = f"/parti/{party.id}"
    return out


_REFS = ("attended", "missed", "positions")


def _json(obj: Person | Party, brief: bool = False) -> str:
    """The object as JSON (`brief`: its meetings and positions left out). Not dataclasses.asdict:
    its deep copies were half of a municipality's rebuild (2.5 of 4.5 s for 474 documents)."""
    d = dict(vars(obj))
    for key in _REFS:
        if key in d:
            d[key] = [] if brief else [vars(r) for r in d[key]]
    return json.dumps(d, ensure_ascii=False)


# per table: its columns, the first `n` of them its key
_COLUMNS = {"people": ("uid, scope, municipality, name, scope_first, position, brief, data", 1),
            "parties": ("uid, scope, municipality, code, scope_first, position, brief, data", 1),
            "party_members": ("person_uid, party_uid, scope", 2),
            "who_pages": ("scope, who, page", 2)}


def _rows(reg: Registry, first: str) -> dict[str, list[tuple]]:
    """The registry's rows of each table (`first`: the source of the scope's first document)."""
    scope = reg.municipality
    muni = None if scope.startswith(UNKNOWN_PREFIX) else scope
    return {
        "people": [(p.id, scope, muni, p.name, first, pos, _json(p, True), _json(p))
                   for pos, p in enumerate(reg.people.values())],
        "parties": [(p.id, scope, muni, p.code, first, pos, _json(p, True), _json(p))
                    for pos, p in enumerate(reg.parties.values())],
        "party_members": [(m, p.id, scope) for p in reg.parties.values() for m in p.members],
        "who_pages": [(scope, who, page) for who, page in who_pages_of(reg).items()],
    }


def _sync(conn: sqlite3.Connection, table: str, scope: str, rows: list[tuple]) -> None:
    """Make the scope's rows of `table` equal `rows`, writing only those that differ: a row
    stored exactly as it is stays (a rebuild after a few new documents changes the people they
    name and the parties with new positions; deleting and writing every row of the municipality,
    party rows of megabytes among them, was the rebuild's largest cost after reading documents)."""
    columns, n = _COLUMNS[table]
    key = columns.split(", ")[:n]
    old = {tuple(r[:n]): tuple(r) for r in conn.execute(f"SELECT {columns} FROM {table} WHERE scope=?", (scope,))}
    new = {r[:n]: r for r in rows}
    conn.executemany(f"DELETE FROM {table} WHERE {' AND '.join(f'{k}=?' for k in key)}",
                     [k for k, row in old.items() if new.get(k) != row])
    conn.executemany(_insert(table), [row for k, row in new.items() if old.get(k) != row])


def _insert(table: str) -> str:
    """The INSERT of a row of `table` (a person is listed once per party: party_members ignores repeats)."""
    columns = _COLUMNS[table][0]
    verb = "INSERT OR IGNORE" if table == "party_members" else "INSERT"
    return f"{verb} INTO {table}({columns}) VALUES ({marks(columns.split(', '))})"


def _put(conn: sqlite3.Connection, reg: Registry, first: str) -> None:
    """Write the registry's rows into tables holding none of its scope (tests build expected rows so)."""
    for table, rows in _rows(reg, first).items():
        conn.executemany(_insert(table), rows)


# -- reading --------------------------------------------------------------------------------------
def _person(data: str) -> Person:
    d = json.loads(data)
    d["attended"] = [MeetingRef(**m) for m in d["attended"]]
    d["missed"] = [MeetingRef(**m) for m in d["missed"]]
    d["positions"] = [PositionRef(**r) for r in d["positions"]]
    return Person(**d)


def _party(data: str) -> Party:
    d = json.loads(data)
    d["positions"] = [PositionRef(**r) for r in d["positions"]]
    return Party(**d)


def person(conn: sqlite3.Connection, uid: str) -> Person | None:
    row = conn.execute("SELECT data FROM people WHERE uid=?", (uid,)).fetchone()
    return _person(row[0]) if row else None


def party(conn: sqlite3.Connection, uid: str) -> Party | None:
    row = conn.execute("SELECT data FROM parties WHERE uid=?", (uid,)).fetchone()
    return _party(row[0]) if row else None


def people_of(conn: sqlite3.Connection, municipality: str | None, brief: bool = False) -> list[Person]:
    """A municipality's people (None: those of every document of no known municipality), by name;
    equal names in scope order, then in the order the documents name them (as the catalog).
    `brief`: without meetings and positions."""
    rows = conn.execute(f"SELECT {'brief' if brief else 'data'} FROM people WHERE municipality IS ? "
                        f"ORDER BY scope_first, scope, position", (municipality,)).fetchall()
    return sorted((_person(r[0]) for r in rows), key=lambda p: p.name)


def parties_of(conn: sqlite3.Connection, municipality: str | None, brief: bool = False) -> list[Party]:
    """A municipality's parties by code (`brief`: without their positions)."""
    rows = conn.execute(f"SELECT {'brief' if brief else 'data'} FROM parties WHERE municipality IS ? "
                        f"ORDER BY scope_first, scope, position", (municipality,)).fetchall()
    return sorted((_party(r[0]) for r in rows), key=lambda p: p.code)


def parties_of_person(conn: sqlite3.Connection, person_uid: str) -> list[Party]:
    """The parties a person is a member of, in the order their registry lists them (without their
    positions: a person's page and membership name the party only)."""
    rows = conn.execute("SELECT p.brief FROM party_members m JOIN parties p ON p.uid = m.party_uid "
                        "WHERE m.person_uid=? ORDER BY p.position", (person_uid,)).fetchall()
    return [_party(r[0]) for r in rows]


def who_page(conn: sqlite3.Connection, scope: str, who: str) -> str | None:
    row = conn.execute("SELECT page FROM who_pages WHERE scope=? AND who=?", (scope, who)).fetchone()
    return row[0] if row else None


def source_hashes(conn: sqlite3.Connection, sources: set[str]) -> list[str]:
    """The content hashes of the (non-bilag) documents named `sources`, in catalog order."""
    found: list[tuple[str, int, str]] = []
    names = sorted(sources)
    for part in chunks(names):
        found += conn.execute(f"SELECT source, id, content_hash FROM documents WHERE source IN "
                              f"({marks(part)}) AND document_type IS NOT 'bilag'", part).fetchall()
    return [h for _, _, h in sorted(found)]
