"""The SQLite schema, versioned with PRAGMA user_version.

MIGRATIONS[i] brings a database from version i to i+1; `migrate` applies the missing ones in one
transaction each, so an old database is upgraded in place and a new one is built the same way.
A migration is SQL, or a function of the connection when it must rewrite stored values.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from ..errors import SagsgangError
from ..privacy import mask_cpr, mask_document
from .codec import decode_parsed, decode_text, encode_parsed, encode_text


def _batches(conn: sqlite3.Connection, table: str, columns: str, size: int = 500):
    """(id, *columns) of every row, read a batch at a time (a national database does not fit in memory)."""
    last = 0
    while True:
        rows = conn.execute(f"SELECT id, {columns} FROM {table} WHERE id > ? ORDER BY id LIMIT ?",
                            (last, size)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _identity_and_masking(conn: sqlite3.Connection) -> None:
    """5 -> 6. Document identity becomes its source (path or URL) plus its content and the ingest
    options (`options`: a corrected --municipality re-ingests); tombstones carry the municipality
    they belong to, so a body's list names only its own deleted objects. CPR numbers are masked in
    every record stored before masking moved to the store's entry, and the search index is rebuilt
    from the masked records (`index_stale`), so no raw number stays in the file or the index."""
    conn.execute("ALTER TABLE documents ADD COLUMN options TEXT NOT NULL DEFAULT '{}'")
    conn.execute("ALTER TABLE tombstones ADD COLUMN municipality TEXT")
    for doc_id, parsed, location, path in _batches(conn, "documents", "parsed, location, path"):
        doc = mask_document(decode_parsed(parsed))
        doc.origin = doc.origin or path
        conn.execute("UPDATE documents SET parsed=?, location=?, source=? WHERE id=?",
                     (encode_parsed(doc), mask_cpr(location) if location else location, doc.source, doc_id))
    for item_id, title, body, cases in _batches(conn, "items", "title, body, case_numbers"):
        conn.execute("UPDATE items SET title=?, body=?, case_numbers=? WHERE id=?",
                     (mask_cpr(title), encode_text(mask_cpr(decode_text(body))),
                      json.dumps([mask_cpr(c) for c in json.loads(cases)], ensure_ascii=False), item_id))
    for row_id, text in _batches(conn, "decisions", "text"):
        conn.execute("UPDATE decisions SET text=? WHERE id=?", (mask_cpr(text), row_id))
    for row_id, title in _batches(conn, "attachments", "title"):
        conn.execute("UPDATE attachments SET title=? WHERE id=?", (mask_cpr(title), row_id))
    conn.execute("DELETE FROM index_queue")  # raw analysed rows; the rebuild reads the masked records
    conn.execute("INSERT INTO meta(key, value) VALUES ('index_stale', '1') "
                 "ON CONFLICT(key) DO UPDATE SET value = '1'")


def _harvest_state(conn: sqlite3.Connection) -> None:
    """Harvest state: per fetched URL its validators (ETag, Last-Modified), content hash, HTTP
    status and fetch time, so a rerun asks only "changed since?" and a crash resumes where it
    stopped; and the bilag fetched for items, kept as the bytes the site served (reading them is
    another stage's job). Self-contained (IF NOT EXISTS), so it can be renumbered on merge."""
    conn.execute("""CREATE TABLE IF NOT EXISTS fetches (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        status INTEGER,
        fetched_at TEXT NOT NULL
    )""")
    conn.execute("""CREATE TABLE IF NOT EXISTS bilag (
        url TEXT PRIMARY KEY,
        document_origin TEXT NOT NULL,
        item_number TEXT,
        title TEXT,
        content_type TEXT,
        content_hash TEXT,
        data BLOB,
        fetched_at TEXT NOT NULL
    )""")
    conn.execute("CREATE INDEX IF NOT EXISTS bilag_document ON bilag(document_origin)")


def _bilag_files(conn: sqlite3.Connection) -> None:
    """Bilag files as records (store/bilag.py): a bilag is a `documents` row of type 'bilag' with
    one `items` row per page (unit = 'bilag'); this table keeps its bytes, size, pages, OCR'd
    pages and its link to an item (item_id falls to NULL when the item's minutes are replaced,
    and the store links it again in the same transaction). Self-contained (IF NOT EXISTS), so it
    can be renumbered on merge."""
    conn.execute("""CREATE TABLE IF NOT EXISTS bilag_files (
        document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        size INTEGER NOT NULL,
        pages INTEGER NOT NULL,
        ocr_pages TEXT NOT NULL,
        data BLOB,
        item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
        method TEXT,
        score REAL,
        reason TEXT,
        listed_as TEXT,
        number TEXT,
        linked_at TEXT
    )""")
    conn.execute("CREATE INDEX IF NOT EXISTS bilag_files_item ON bilag_files(item_id)")


def _linked_cases(conn: sqlite3.Connection) -> None:
    """Cases linked at ingest (store/links.py): every item's signature, link group and case, the
    cases with their numbers and typed treatments, kept up to date per document, and the public
    ids of documents, meetings and items (store/views.py), so `case`, `theme` and the web answer
    by indexed queries instead of linking every document per call.
    Existing documents are linked here, one at a time as ingest would have. Self-contained (it
    only adds tables), so it can sit at any position of MIGRATIONS."""
    from . import links, views

    views.create_columns(conn)
    views.backfill(conn)
    links.create_tables(conn)
    links.backfill(conn)


def _change_log(conn: sqlite3.Connection) -> None:
    """The index queue becomes a change log that several search indexes follow (issue 19): rows
    stay after an index applied them, each index records how far it got in `index_positions`
    (one row per index folder, refreshed when it applies something), and rows every live index
    has applied are pruned (search/changelog.py). The item_id index lets an index skip a change
    that a later one of the same item supersedes. Self-contained (IF NOT EXISTS)."""
    conn.execute("CREATE INDEX IF NOT EXISTS index_queue_item ON index_queue(item_id)")
    conn.execute("""CREATE TABLE IF NOT EXISTS index_positions (
        node TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        seen_at TEXT NOT NULL
    )""")


def _people_tables(conn: sqlite3.Connection) -> None:
    """People and parties kept at ingest per municipality scope (store/people.py), so serve answers
    person, party and municipality pages by indexed queries instead of building the registry from
    every document. Existing documents are read once each, for their person facts. Self-contained (it only
    adds tables, IF NOT EXISTS), so it can sit at any position of MIGRATIONS."""
    from . import people

    people.create_tables(conn)
    people.backfill(conn)


def _link_inputs(conn: sqlite3.Connection) -> None:
    """What linking reads of each item, kept per item (store/links.py `link_inputs`), so a relink
    reads those small rows instead of decoding every member's stored document (issue 19). Filled
    here from the stored documents, each read once. Self-contained (IF NOT EXISTS; migration 10
    creates the table for a database linked from scratch, whose items then all have inputs and
    nothing is read), so it can sit at any position after migration 10."""
    from . import links

    conn.execute("CREATE TABLE IF NOT EXISTS link_inputs (item_id INTEGER PRIMARY KEY, entry BLOB NOT NULL)")
    links.backfill_inputs(conn)


def _person_facts(conn: sqlite3.Connection) -> None:
    """What building the people registry reads of each document, kept per document (store/people.py
    `person_facts`), so a municipality's rebuild reads those small rows instead of decoding all its
    stored documents (issue 19). Filled here from the stored documents, each read once.
    Self-contained (IF NOT EXISTS; migration 12 creates and fills the table for a database from
    before the people tables, whose documents then all have facts and nothing is read), so it can
    sit at any position after migration 12."""
    from . import people

    people.backfill_facts(conn)


MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 0 -> 1
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        path TEXT,
        content_hash TEXT NOT NULL,
        municipality TEXT,
        document_type TEXT,
        committee TEXT,
        meeting_date TEXT,
        meeting_time TEXT,
        location TEXT,
        layout TEXT,
        pages INTEGER,
        ingested_at TEXT NOT NULL,
        parsed TEXT NOT NULL
    );
    CREATE UNIQUE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_source ON documents(source);
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number TEXT,
        title TEXT NOT NULL,
        public INTEGER NOT NULL,
        case_numbers TEXT NOT NULL,
        route TEXT NOT NULL,
        page INTEGER,
        body TEXT NOT NULL,
        municipality TEXT,
        committee TEXT,
        date TEXT,
        document_type TEXT
    );
    CREATE INDEX items_document ON items(document_id);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        committee TEXT,
        date TEXT,
        text TEXT NOT NULL,
        absent TEXT NOT NULL
    );
    CREATE INDEX decisions_item ON decisions(item_id);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        number TEXT,
        title TEXT NOT NULL,
        public INTEGER NOT NULL
    );
    CREATE INDEX attachments_item ON attachments(item_id);
    CREATE TABLE tombstones (
        id INTEGER PRIMARY KEY,
        object_id TEXT NOT NULL,
        object_type TEXT NOT NULL,
        deleted_at TEXT NOT NULL
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE VIRTUAL TABLE items_fts USING fts5(
        title, decision, body,
        tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
    );
    """,
    # 1 -> 2: the index vocabulary, so query words can be split against indexed words
    """
    CREATE VIRTUAL TABLE items_vocab USING fts5vocab(items_fts, 'row');
    """,
    # 2 -> 3: a contentless index (the analysed strings were a third of the file and never read back);
    # the search layer rebuilds it from the stored documents on the next open (index_stale)
    """
    DROP TABLE items_vocab;
    DROP TABLE items_fts;
    CREATE VIRTUAL TABLE items_fts USING fts5(
        title, decision, body, content = '',
        tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
    );
    CREATE VIRTUAL TABLE items_vocab USING fts5vocab(items_fts, 'row');
    INSERT INTO meta(key, value) VALUES ('index_stale', '1') ON CONFLICT(key) DO UPDATE SET value = '1';
    """,
    # 3 -> 4: a word sketch and the length of each item's body, so search can tell the same write-up
    # published twice without loading bodies (NULL for older rows: search then reads the body)
    """
    ALTER TABLE items ADD COLUMN sketch BLOB;
    ALTER TABLE items ADD COLUMN body_chars INTEGER;
    """,
    # 4 -> 5: full-text search moves to a tantivy index beside the file (search/index.py); the
    # store keeps a queue of analysed rows and removals that the index applies after each commit.
    # index_id ties an index folder to this database; the first open builds the index.
    """
    DROP TABLE items_vocab;
    DROP TABLE items_fts;
    CREATE TABLE index_queue (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL,
        title TEXT,
        decision TEXT,
        body TEXT
    );
    INSERT INTO meta(key, value) VALUES ('index_id', lower(hex(randomblob(16))));
    INSERT INTO meta(key, value) VALUES ('index_stale', '1') ON CONFLICT(key) DO UPDATE SET value = '1';
    """,
    # 5 -> 6: identity by source + content + options, tombstones per municipality, CPR masked
    _identity_and_masking,
    # 6 -> 7: document-level text units (text outside every item, sagsgang.unsplit) are rows of
    # `items` with unit = 'document', so search, snippets and removal treat them like items;
    # everything that counts or shows agenda items reads the rows with unit IS NULL.
    # documents.units counts a document's units; NULL for documents stored before, whose text
    # outside items was never read: ingest reads those files again (they are not 'unchanged')
    """
    ALTER TABLE items ADD COLUMN unit TEXT;
    ALTER TABLE documents ADD COLUMN units INTEGER;
    """,
    # 7 -> 8: harvest state (sagsgang harvest)
    _harvest_state,
    # 8 -> 9: bilag files, their pages as searchable rows, their links to items (issue 16)
    _bilag_files,
    # 9 -> 10: cases, link groups, near-duplicate candidates and typed treatments kept at ingest
    _linked_cases,
    # 10 -> 11: the index queue is a change log followed by every search node at its own position
    _change_log,
    # 11 -> 12: people and parties per municipality scope, kept at ingest (issue 19)
    _people_tables,
    # 12 -> 13: every stored document revives its objects' tombstones by object id (a corrected file keeps
    # its ids): an index, so that lookup reads the few rows it needs, not every tombstone of the country
    """
    CREATE INDEX IF NOT EXISTS tombstones_object ON tombstones(object_id);
    """,
    # 13 -> 14: what linking reads of each item, so a relink does not decode stored documents (issue 19)
    _link_inputs,
    # 14 -> 15: what the people registry reads of each document, so a rebuild does not decode stored documents
    _person_facts,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Apply missing migrations; return the resulting version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SagsgangError(f"database schema version {version} is newer than this sagsgang ({SCHEMA_VERSION})")
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version_now = conn.execute("PRAGMA user_version").fetchone()[0]
            if version_now == version:  # another process may have migrated meanwhile
                step = MIGRATIONS[version]
                if callable(step):
                    step(conn)
                else:
                    for stmt in step.split(";\n"):
                        if stmt.strip():
                            conn.execute(stmt)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version
