"""SQLite implementation of the Store: WAL mode, one BEGIN IMMEDIATE ... COMMIT per document.

Records and the queue of their search-index rows are written in the same transaction, so a reader
(or an interrupted ingest) only ever sees a document fully in or fully out; the search layer
applies the queue to its index after the commit (see search/index.py).
"""
from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from ..errors import SagsgangError
from ..ids import item_id, meeting_id
from ..link.cases import Case
from ..link.people import Party, Person, scope_of
from ..model import BilagFile, Document
from . import links, people, views
from .base import AGENDA_ITEM_TYPE, MEETING_TYPE, IngestOutcome
from .batches import insert_ids
from .bilag import (
    bilag_of_items,
    bilag_pdf,
    deferred_links,
    harvested_bytes,
    link_note,
    put_bilag_file,
    relink_after,
    take_relinked,
    unread_harvested,
)
from .codec import decode_parsed, decode_text, encode_parsed, encode_text  # noqa: F401 - re-exported for search
from .prepare import Indexer, Prepared, prepare
from .schema import migrate

T = TypeVar("T")
TZ = ZoneInfo("Europe/Copenhagen")
DEFAULT_DB = "sagsgang.db"
OPEN_WAIT = 30.0  # seconds a connection waits for another's lock (SQLite's busy timeout)
# the stored document of these bytes ingested with these options: re-ingesting them is 'unchanged'
STORED = "SELECT id FROM documents WHERE content_hash=? AND options=? AND units IS NOT NULL"
# the documents a write of (content hash, options, path) would find: whether it is stored
# ('unchanged'), and the municipalities of those it would replace
PEEK = ("SELECT id, municipality, content_hash=? AND options=? AND units IS NOT NULL FROM documents "
        "WHERE (path IS NOT NULL AND path=?) OR content_hash=?")


class WiderLock(Exception):  # noqa: N818 - a signal to start again, not an error
    """A writer's transaction reached rows of a municipality whose lock it does not hold (a
    replaced document of another municipality, a bilag of none): it is rolled back and run again
    holding `scopes` (None: the global lock)."""

    def __init__(self, scopes: frozenset[str] | None) -> None:
        super().__init__(scopes)
        self.scopes = scopes


def lock_scopes(municipalities: Iterable[str | None]) -> frozenset[str] | None:
    """The writers' lock scopes that cover a write touching these municipalities: one per
    municipality, casefolded (case keys fold case, so 'Aarhus' and 'aarhus' link together and are
    one scope); None, the store's global lock, when one of them is unknown (None or ''): a
    document of no municipality links and is linked with no municipality's lock to guard it."""
    out: set[str] = set()
    for m in municipalities:
        if not m:
            return None
        out.add(m.casefold())
    return frozenset(out)


def now_iso() -> str:
    return datetime.now(TZ).isoformat(timespec="microseconds")


def options_key(options: dict[str, Any] | None) -> str:
    """The ingest options that shaped a stored document (e.g. the municipality given for it), as
    canonical JSON: part of what was ingested, so other options re-ingest the same bytes."""
    return json.dumps({k: v for k, v in sorted((options or {}).items()) if v is not None}, ensure_ascii=False)


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: SQLiteStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


# called with the store after every committed document, and when the store closes
Hook = Callable[["SQLiteStore"], None]


class SQLiteStore:
    """Records and the queue of their index rows in one SQLite file. The rows are computed by an
    `indexer` handed in by the search layer (sagsgang.search.open_index), which also hands in the
    hooks that apply the queue, so the store never imports the stage after it; a store opened
    without an indexer can read but not ingest."""

    def __init__(self, path: str, indexer: Indexer | None = None, on_commit: Hook | None = None,
                 on_close: Hook | None = None) -> None:
        self.path = path
        self.indexer = indexer
        self.on_commit = on_commit
        self.on_close = on_close
        self.closed = False
        # usable from the web server's threads; one lock serialises use of the one connection
        self._lock = threading.RLock()
        self._analyzer: str | None = None  # the index's analyzer, once the store names one
        self._people_deferred = 0  # > 0 inside deferred_people: people scopes are noted, rebuilt at its end
        self._held: frozenset[str] | None = None  # a writer's municipality locks (None: global, or none held)
        self._log: list[tuple] = []  # the writer's change-log rows, written last (`_changed`)
        self.conn = self._connect()
        migrate(self.conn)

    def _connect(self) -> Any:
        """The connection the store's SQL runs on (postgres.py hands in its adapter instead)."""
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=OPEN_WAIT, check_same_thread=False)
        # incremental auto-vacuum (takes effect on a new, empty file): the pages the index queue
        # used during an ingest go back to the file system when the store closes
        conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        write_ahead_log(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @property
    def lock(self) -> threading.RLock:
        """Held by every method; a caller that uses `conn` directly (search) holds it too, so the
        web server's threads never use the one connection at the same time."""
        return self._lock

    def owns(self, path: str) -> bool:
        """True for the database file and the files and folders named after it beside it (its
        WAL, SHM and journal, the search index folder `<db>.index`): an ingest of the folder that
        holds the database must never read them as documents."""
        if self.path in ("", ":memory:"):
            return False
        mine = os.path.realpath(self.path)
        real = os.path.realpath(path)
        return real == mine or (real.startswith(mine) and real[len(mine)] in "-.")

    # -- meta ---------------------------------------------------------------
    @_locked
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    @_locked
    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))

    def analyzer_name(self) -> str:
        """The analyzer the index was built with (fixed at first ingest; search uses the same)."""
        if self._analyzer:
            return self._analyzer
        name = self.get_meta("analyzer")
        if name:  # written once, at the first ingest, never changed: asked once, not per search
            self._analyzer = name
            return name
        return os.environ.get("SAGSGANG_ANALYZER", "danish") or "danish"

    # -- writing ------------------------------------------------------------
    @_locked
    def is_stored(self, content_hash: str, options: dict[str, Any] | None = None) -> bool:
        """True when these bytes were stored with these ingest options (re-ingesting them changes nothing)."""
        return self.conn.execute(STORED, (content_hash, options_key(options))).fetchone() is not None

    @_locked
    def put_document(self, doc: Document, path: str | None = None, options: dict[str, Any] | None = None,
                     fetch: dict[str, Any] | None = None, prepared: Prepared | None = None) -> IngestOutcome:
        """Store one document in one transaction. Its identity is its source (`path`, else
        `doc.origin`: a path or URL) plus its content and the ingest `options`: the same bytes with
        the same options are 'unchanged'; new bytes at the same source, or the same bytes with other
        options, replace the old records ('replaced'); a file of the same name from another source
        is another document ('new'). The base name alone never identifies a document.
        `fetch` (a harvested document: url, etag, last_modified, content_hash, status) is recorded
        in the same transaction, so a crash leaves a document and its fetch state both in or both out.
        What depends on the document alone is computed first (`prepare`; or handed in as `prepared`,
        made by a parsing process), so the transaction, which holds the writers' lock, does only
        the store's reads and writes and the linking. Bytes already stored are not prepared at all:
        a re-ingest of an unchanged document costs one lookup, not its preparation."""
        if self.indexer is None:
            raise RuntimeError("store opened without a search indexer; open it with sagsgang.search.open_index()")
        if not doc.content_hash:
            raise ValueError(f"{doc.source}: document has no content hash")
        path = path or doc.origin
        doc.origin = path
        opts = options_key(options)
        # looked up without the lock (and again under it): only a document that will be written is
        # prepared, and the writer asks for the locks of the municipalities its write will touch
        # (its own and those of the documents it replaces)
        found = self.conn.execute(PEEK, (doc.content_hash, opts, path, doc.content_hash)).fetchall()
        prep = None if any(r[2] for r in found) else self._prepared(doc, path, prepared)
        scopes = lock_scopes([doc.municipality, *(r[1] for r in found)])
        while True:
            try:
                return self._put(doc, path, opts, fetch, prepared, prep, scopes)
            except WiderLock as wider:  # rolled back: again, holding the locks of everything it touched
                scopes = wider.scopes

    def _put(self, doc: Document, path: str, opts: str, fetch: dict[str, Any] | None, prepared: Prepared | None,
             prep: Prepared | None, scopes: frozenset[str] | None) -> IngestOutcome:
        """put_document's transaction, holding the writers' locks of `scopes` (None: the global one)."""
        conn = self.conn
        self._begin_write(scopes)
        try:
            row = conn.execute(STORED, (doc.content_hash, opts)).fetchone()
            if row:
                self._put_fetch(fetch)
                conn.execute("COMMIT")
                return IngestOutcome("unchanged", row[0])
            if prep is None:  # stored when looked at, replaced by another writer since
                prep = self._prepared(doc, path, prepared)
            analyzer = self.analyzer_name()
            if prep.made_for[2] != analyzer:  # the store's first writer named another analyzer meanwhile
                prep = prepare(prep.doc, path, analyzer, self.indexer)
            doc = prep.doc
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('analyzer', ?)", (analyzer,))
            now = now_iso()
            old = conn.execute("SELECT id, parsed, path, municipality FROM documents WHERE (path IS NOT NULL AND "
                               "path=?) OR content_hash=?", (path, doc.content_hash)).fetchall()
            self._touching([doc.municipality, *(r[3] for r in old)])
            status = "replaced" if old else "new"
            stale: set[str] = set()  # people scopes to rebuild once the new version is in
            for old_id, old_parsed, old_path, _ in old:
                old_doc = decode_parsed(old_parsed)
                old_doc.origin = old_doc.origin or old_path
                self._remove(old_id, old_doc, now, stale_scopes=stale)
            m = doc.meeting
            # the public ids and the count of text units go in with the row: no UPDATE after it
            # (on PostgreSQL an UPDATE is a round trip and leaves a dead row behind)
            cur = conn.execute(
                "INSERT INTO documents(source, path, content_hash, municipality, document_type, committee, "
                "meeting_date, meeting_time, location, layout, pages, ingested_at, parsed, options, uid, meeting_uid, "
                "units) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.source, path, doc.content_hash, doc.municipality, doc.document_type,
                 m.committee if m else None, m.date if m else None, m.start_time if m else None,
                 m.location if m else None, doc.layout, doc.pages, now, prep.parsed, opts, prep.uid,
                 prep.meeting_uid, len(doc.unsplit)))
            doc_id = cur.lastrowid
            item_ids = self._put_items(doc_id, doc, prep)
            links.add_document(conn, doc_id, doc, item_ids, prep.links)
            people.put_facts(conn, doc_id, prep.people)
            self._people_changed(stale | {scope_of(doc)})
            relink_after(self, doc_id, doc, analyzer)  # bilag that arrived first, or whose item was just replaced
            # objects the new version names again are live, not deleted (a corrected file keeps its ids)
            conn.executemany("DELETE FROM tombstones WHERE object_id=?", [(i,) for i in prep.live])
            self._changed(now)
            self._put_fetch(fetch)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        finally:
            self._held = None
        if self.on_commit is not None:
            self.on_commit(self)
        return IngestOutcome(status, doc_id, len(doc.items))

    def _begin_write(self, scopes: frozenset[str] | None = None) -> None:
        """Begin a writer's transaction holding the writers' locks of `scopes` (municipalities,
        see `lock_scopes`; None: the global lock, alone). SQLite has one writer at a time whatever
        the scopes (BEGIN IMMEDIATE takes the file's write lock), so everything counts as held;
        postgres.py takes a lock per municipality."""
        self._log = []
        self._held = None
        self.conn.execute("BEGIN IMMEDIATE")

    def _touching(self, municipalities: Iterable[str | None]) -> None:
        """The transaction is about to change rows of these municipalities: raise WiderLock (the
        caller rolls back and starts again) when it does not hold all their locks."""
        held = self._held
        if held is None:
            return
        need = lock_scopes(municipalities)
        if need is None or not need <= held:
            raise WiderLock(None if need is None else held | need)

    def _prepared(self, doc: Document, path: str, prepared: Prepared | None) -> Prepared:
        """`prepared` when it was made for this document as it stands (origin, municipality and the
        store's analyzer), else the document prepared now."""
        analyzer = self.analyzer_name()
        if prepared is not None and prepared.made_for == (path, doc.municipality, analyzer):
            return prepared
        return prepare(doc, path, analyzer, self.indexer)

    def put_bilag_file(self, bf: BilagFile, path: str | None = None,
                       options: dict[str, Any] | None = None) -> IngestOutcome:
        """Store a bilag file and link it to its item in one transaction (store/bilag.py)."""
        return put_bilag_file(self, bf, path or bf.origin or bf.source, options)

    @_locked
    def bilag_link_note(self, document_id: int) -> str:
        """Where a stored bilag went (its item) or why it stayed unlinked: one line."""
        return link_note(self.conn, document_id)

    @_locked
    def bilag_file(self, bilag_id: int) -> tuple[bytes, str] | None:
        """A stored bilag's bytes and file name; None when there is none or it is a closed item's."""
        return bilag_pdf(self.conn, bilag_id)

    @_locked
    def _people_changed(self, scopes: set[str]) -> None:
        """A document of these scopes was stored or removed: rebuild their people and parties now,
        or, inside `deferred_people`, note them for one rebuild at the block's end."""
        if self._people_deferred:
            people.mark_stale(self.conn, scopes)
        else:
            people.refresh(self.conn, scopes)

    @contextmanager
    def deferred_people(self) -> Iterator[None]:
        """A block (an ingest run) in which a municipality's people and parties are rebuilt once at
        its end, not for every stored document: rebuilding reads all of the municipality's
        documents, so per document an ingest would grow with the square of its size."""
        self._people_deferred += 1
        try:
            yield
        finally:
            self._people_deferred -= 1
        if not self._people_deferred:
            self.refresh_people()

    @_locked
    def refresh_people(self) -> int:
        """Rebuild the scopes noted stale (by a deferred block, or one an interruption cut short)."""
        conn = self.conn
        self._begin_write()
        try:
            n = people.refresh_stale(conn)
            if n:
                self._changed(now_iso())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return n

    def deferred_bilag_links(self):
        """A block in which bilag are linked once at its end, not again per stored file (store/bilag.py)."""
        return deferred_links(self)

    def relinked_bilag(self) -> list[tuple[str, int]]:
        """(path, id) of stored bilag that documents stored since the last call linked anew."""
        return take_relinked(self)

    @_locked
    def unread_harvested_bilag(self) -> list[tuple[str, str, str | None]]:
        """Harvested bilag bytes not yet read into bilag records: (url, content hash, municipality)."""
        return unread_harvested(self.conn)

    @_locked
    def harvested_bilag_bytes(self, url: str) -> bytes | None:
        return harvested_bytes(self.conn, url)

    @_locked
    def bilag_list(self) -> list[dict[str, Any]]:
        """Every stored bilag with its link (item document origin and number; None when unlinked)."""
        return bilag_of_items(self.conn)

    def _queue(self, rows: Iterable[tuple]) -> None:
        """Rows for the change log (index_queue: item id, then its analysed title, decision and body,
        or no texts for a removal), kept in order and written by `_changed` at the transaction's end."""
        self._log.extend(rows)

    def _lock_log(self) -> None:
        """Take the change log's lock until the commit: nothing to take on SQLite (one writer at a
        time); postgres.py takes an advisory lock, since writers of different municipalities run at once."""

    def _changed(self, now: str) -> None:
        """The transaction's change-log rows, the last ingest's time and a new data version (inside
        the caller's transaction, last before its commit): what search indexes apply and readers
        (serve's cache, feeds) compare to see that the store changed. Written under the change
        log's lock, held to the commit: change ids (index_queue.seq) are then handed out in commit
        order, which search/changelog.py relies on (an index that applied id n never sees an
        id below n commit later), and the data version counts commits in that order too."""
        self._lock_log()
        rows, self._log = self._log, []
        self.conn.executemany("INSERT INTO index_queue(item_id, title, decision, body) VALUES (?,?,?,?)", rows)
        self.conn.execute("INSERT INTO meta(key, value) VALUES ('last_ingest', ?) "
                          "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (now,))
        self.conn.execute("INSERT INTO meta(key, value) VALUES ('data_version', '1') "
                          "ON CONFLICT(key) DO UPDATE SET value=CAST(meta.value AS INTEGER)+1")

    def _put_fetch(self, fetch: dict[str, Any] | None) -> None:
        """Record a fetched URL's validators and fetch time (inside the caller's transaction)."""
        if fetch:
            self.conn.execute(
                "INSERT INTO fetches(url, etag, last_modified, content_hash, status, fetched_at) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified, "
                "content_hash=excluded.content_hash, status=excluded.status, fetched_at=excluded.fetched_at",
                (fetch["url"], fetch.get("etag"), fetch.get("last_modified"), fetch.get("content_hash"),
                 fetch.get("status"), fetch.get("fetched_at") or now_iso()))

    @_locked
    def record_fetch(self, fetch: dict[str, Any]) -> None:
        """Record a fetch on its own (a listing, a 304, a bilag's validators)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._put_fetch(fetch)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    @_locked
    def fetch_state(self, url: str) -> dict[str, Any] | None:
        """What the last fetch of `url` returned: etag, last_modified, content_hash, status, fetched_at."""
        row = self.conn.execute("SELECT etag, last_modified, content_hash, status, fetched_at FROM fetches "
                                "WHERE url=?", (url,)).fetchone()
        if row is None:
            return None
        return dict(zip(("etag", "last_modified", "content_hash", "status", "fetched_at"), row, strict=True))

    @_locked
    def put_bilag(self, url: str, document_origin: str, item_number: str | None, title: str,
                  content_type: str | None, data: bytes, fetch: dict[str, Any]) -> None:
        """Keep a fetched bilag's bytes with the item it belongs to, and its fetch state, in one transaction."""
        import hashlib

        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT INTO bilag(url, document_origin, item_number, title, content_type, content_hash, data, "
                "fetched_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
                "document_origin=excluded.document_origin, item_number=excluded.item_number, title=excluded.title, "
                "content_type=excluded.content_type, content_hash=excluded.content_hash, data=excluded.data, "
                "fetched_at=excluded.fetched_at",
                (url, document_origin, item_number, title, content_type, hashlib.sha256(data).hexdigest(), data,
                 fetch.get("fetched_at") or now_iso()))
            self._put_fetch(fetch)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _put_items(self, doc_id: int, doc: Document, prep: Prepared) -> list[int]:
        """Store the document's items, its text outside items and their decisions, attachments
        and index-queue rows (inside the caller's transaction); the items' row ids, in order.

        Items and text units are one INSERT statement's rows (one round trip on PostgreSQL, not
        one per row; store/batches.insert_ids), each with its public id. A text unit is a row of
        `items` with unit='document', titled by its nearest heading, indexed as body text;
        documents.units, written with the document, records that the text outside items was read
        (schema 7). The index queue gets the items' rows, then the units' rows (their texts were
        analysed by `prepare`)."""
        ids = insert_ids(self.conn, "INSERT INTO items(document_id, position, number, title, public, case_numbers, "
                                    "route, page, body, municipality, committee, date, document_type, sketch, "
                                    "body_chars, uid, unit) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                         [(doc_id, *row) for row in prep.rows])
        # rows that need no id back: one statement per table, in item order
        decisions: list[tuple] = []
        attachments: list[tuple] = []
        for new_item_id, item in zip(ids, doc.items, strict=False):
            decisions.extend((new_item_id, d.committee, d.date, d.text if item.public else "",
                              json.dumps(d.absent, ensure_ascii=False)) for d in item.decisions)
            attachments.extend((new_item_id, a.number, a.title, int(a.public)) for a in item.attachments)
        queued = [(new_item_id, *texts) for new_item_id, texts in zip(ids, prep.texts, strict=True)]
        self.conn.executemany("INSERT INTO decisions(item_id, committee, date, text, absent) VALUES (?,?,?,?,?)",
                              decisions)
        self.conn.executemany("INSERT INTO attachments(item_id, number, title, public) VALUES (?,?,?,?)", attachments)
        self._queue(queued)
        return ids[:len(doc.items)]

    def _remove(self, doc_id: int, old: Document, now: str, stale_scopes: set[str] | None = None) -> None:
        """Delete a document's records (inside the caller's transaction), queue the removal of its
        items from the index (a row without texts) and tombstone its objects, each with the
        municipality it belonged to. Its people scope is rebuilt now, or added to `stale_scopes`
        when the caller stores a new version first (one rebuild instead of two)."""
        conn = self.conn
        self._queue((r[0], None, None, None) for r in conn.execute(
            "SELECT id FROM items WHERE document_id=? ORDER BY id", (doc_id,)).fetchall())
        links.remove_document(conn, doc_id)
        conn.execute("DELETE FROM person_facts WHERE document_id=?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))  # cascades to items, decisions, attachments
        if stale_scopes is None:
            self._people_changed({scope_of(old)})
        else:
            stale_scopes.add(scope_of(old))
        tombstone = "INSERT INTO tombstones(object_id, object_type, deleted_at, municipality) VALUES (?,?,?,?)"
        for pos, item in enumerate(old.items):
            conn.execute(tombstone, (item_id(old, pos, item), AGENDA_ITEM_TYPE, now, old.municipality))
        gone = meeting_id(old)
        if gone is not None:
            m = old.meeting
            still = old.municipality is not None and conn.execute(
                "SELECT 1 FROM documents WHERE municipality IS ? AND committee IS ? AND meeting_date IS ?",
                (old.municipality, m.committee, m.date)).fetchone()
            if not still:
                conn.execute(tombstone, (gone, MEETING_TYPE, now, old.municipality))

    # -- reading ------------------------------------------------------------
    @_locked
    def documents(self) -> list[Document]:
        rows = self.conn.execute("SELECT parsed, path FROM documents WHERE document_type IS NOT 'bilag' "
                                 "ORDER BY source, id").fetchall()
        docs = []
        for parsed, path in rows:
            doc = decode_parsed(parsed)
            doc.origin = doc.origin or path
            docs.append(doc)
        return docs

    @_locked
    def cases_by_number(self, number: str, municipality: str | None = None) -> list[Case]:
        return links.cases_by_number(self.conn, number, municipality)

    @_locked
    def case(self, key: str) -> Case | None:
        return links.case_by_key(self.conn, key)

    @_locked
    def cases_of_items(self, refs: Iterable[tuple[str, str | None, str]]) -> list[Case]:
        return links.cases_of_items(self.conn, refs)

    # -- people and parties, one at a time (store/people.py) -----------------------------
    @_locked
    def person(self, uid: str) -> Person | None:
        return people.person(self.conn, uid)

    @_locked
    def party(self, uid: str) -> Party | None:
        return people.party(self.conn, uid)

    @_locked
    def people_of(self, municipality: str | None, brief: bool = False) -> list[Person]:
        """A municipality's people by name (None: those of documents of no known municipality);
        `brief`: without their meetings and positions."""
        return people.people_of(self.conn, municipality, brief)

    @_locked
    def parties_of(self, municipality: str | None, brief: bool = False) -> list[Party]:
        return people.parties_of(self.conn, municipality, brief)

    @_locked
    def parties_of_person(self, person_uid: str) -> list[Party]:
        return people.parties_of_person(self.conn, person_uid)

    @_locked
    def who_page(self, scope: str, who: str) -> str | None:
        """The page of the person or party printed as `who` in a document of `scope`."""
        return people.who_page(self.conn, scope, who)

    @_locked
    def source_hashes(self, sources: set[str]) -> list[str]:
        return people.source_hashes(self.conn, sources)

    # -- the public view, one object at a time (store/views.py) ---------------------------
    @_locked
    def document_at(self, doc_id: int) -> Document:
        """The stored document with this row id, as documents() rebuilds it."""
        return views.document(self.conn, doc_id)

    @_locked
    def item_location(self, uid: str) -> tuple[int, int, str | None] | None:
        return views.item_location(self.conn, uid)

    @_locked
    def document_ids(self, *, uid: str | None = None, origin: str | None = None, meeting: str | None = None,
                     municipality: str | None = None, unknown_municipality: bool = False) -> list[int]:
        """Row ids of the documents with this public id, origin (path, else source), meeting id or
        municipality, in catalog order (municipality, source)."""
        if uid is not None:
            return views.document_rows(self.conn, "d.uid=?", (uid,))
        if origin is not None:
            return views.document_rows(self.conn, "(d.path=? OR (d.path IS NULL AND d.source=?))", (origin, origin))
        if meeting is not None:
            return views.document_rows(self.conn, "d.meeting_uid=?", (meeting,))
        return views.document_rows(self.conn, "d.municipality IS ?", (None if unknown_municipality else municipality,))

    @_locked
    def items_of_documents(self, doc_ids: list[int]) -> list[tuple[int, int, str | None]]:
        return views.items_of_documents(self.conn, doc_ids)

    @_locked
    def items_of_origins(self, origins: list[str]) -> list[tuple[str, str, str | None, str, int]]:
        return views.items_of_origins(self.conn, origins)

    @_locked
    def documents_of_origins(self, origins: list[str]) -> list[tuple[str, str]]:
        return views.documents_of_origins(self.conn, origins)

    @_locked
    def items_of_case(self, key: str) -> list[tuple[int, int, str | None]]:
        return views.items_of_case(self.conn, key)

    @_locked
    def municipality_counts(self) -> dict[str | None, int]:
        return views.municipality_counts(self.conn)

    @_locked
    def meetings(self, *, uid: str | None = None, municipality: str | None = None,
                 unknown_municipality: bool = False) -> list[dict[str, Any]]:
        if uid is not None:
            return views.meetings(self.conn, "d.meeting_uid=?", (uid,))
        return views.meetings(self.conn, "d.municipality IS ?", (None if unknown_municipality else municipality,))

    @_locked
    def meeting_dates(self, municipality: str | None) -> list[tuple[str | None, str | None]]:
        return views.meeting_dates(self.conn, municipality)

    @_locked
    def case_committees(self, municipality: str | None) -> list[str | None]:
        return views.case_committees(self.conn, municipality)

    @_locked
    def case_keys(self, municipality: str | None) -> list[str]:
        return views.case_keys(self.conn, municipality)

    @_locked
    def case_key_of_uid(self, uid: str) -> str | None:
        return views.case_key_of_uid(self.conn, uid)

    @_locked
    def consultation_case(self, uid: str) -> str | None:
        return views.consultation_case(self.conn, uid)

    @_locked
    def document_hashes(self, municipality: str | None) -> list[str]:
        return views.document_hashes(self.conn, municipality)

    @_locked
    def latest_ingest(self, hashes: list[str]) -> str | None:
        return views.latest_ingest(self.conn, hashes)

    @_locked
    def ingested_at(self, content_hash: str) -> str | None:
        return views.ingested_at(self.conn, content_hash)

    @_locked
    def document_modified(self) -> dict[str, str]:
        """content hash (unique per stored document) -> when its records last changed."""
        return dict(self.conn.execute("SELECT content_hash, ingested_at FROM documents ORDER BY id").fetchall())

    @_locked
    def tombstones(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT object_id, object_type, deleted_at, municipality FROM tombstones ORDER BY id")
        return [{"id": i, "type": t, "deleted": True, "modified": m, "municipality": muni} for i, t, m, muni in rows]

    @_locked
    def last_ingest(self) -> str | None:
        return self.get_meta("last_ingest")

    @_locked
    def data_version(self) -> int:
        return int(self.get_meta("data_version") or 0)

    @_locked
    def stats(self) -> dict[str, Any]:
        q = self.conn.execute
        return {
            "documents": q("SELECT count(*) FROM documents WHERE document_type IS NOT 'bilag'").fetchone()[0],
            "bilag": q("SELECT count(*) FROM bilag_files").fetchone()[0],
            "bilag_linked": q("SELECT count(*) FROM bilag_files WHERE item_id IS NOT NULL").fetchone()[0],
            "items": q("SELECT count(*) FROM items WHERE unit IS NULL").fetchone()[0],
            "text_units": q("SELECT count(*) FROM items WHERE unit = 'document'").fetchone()[0],
            "bilag_pages": q("SELECT count(*) FROM items WHERE unit = 'bilag'").fetchone()[0],
            "closed_items": q("SELECT count(*) FROM items WHERE public=0 AND unit IS NULL").fetchone()[0],
            "decisions": q("SELECT count(*) FROM decisions").fetchone()[0],
            "attachments": q("SELECT count(*) FROM attachments").fetchone()[0],
            "tombstones": q("SELECT count(*) FROM tombstones").fetchone()[0],
            "municipalities": sorted(r[0] for r in q("SELECT DISTINCT municipality FROM documents "
                                                    "WHERE municipality IS NOT NULL")),
            "analyzer": self.get_meta("analyzer"),
            "schema_version": q("PRAGMA user_version").fetchone()[0],
        }

    def close(self) -> None:
        """Apply the index queue (on_close), return free pages, close; closing twice is harmless."""
        if self.closed:
            return
        self.closed = True
        if self.on_close is not None:
            hook, self.on_close = self.on_close, None
            hook(self)
        with self._lock:
            self._return_free_pages()
        self.conn.close()

    def refresh_statistics(self) -> None:
        """After a bulk write (store/copy.py): PostgreSQL plans by table statistics and needs them
        refreshed (postgres.py); SQLite's planner here works without, so nothing to do."""

    def _return_free_pages(self) -> None:
        free, total = (self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
        if free > max(64, total // 20):  # more than 5% free: worth returning
            try:
                self.conn.executescript("PRAGMA incremental_vacuum;")  # stepped to the end (execute frees one page)
            except sqlite3.OperationalError:  # busy with another writer: the next close returns them
                pass

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_ahead_log(conn: sqlite3.Connection, wait: float = OPEN_WAIT) -> None:
    """Put the database in WAL mode. Two connections switching a new file at the same moment (serve and
    ingests started together) can each hold the lock the other needs; SQLite then answers one of them
    'database is locked' at once, without waiting (no busy handler, or they would wait for each other
    forever). The other finishes the switch in a moment, so the loser tries again, for up to `wait` s."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def open_store(path: str | None = None, indexer: Indexer | None = None, on_commit: Hook | None = None,
               on_close: Hook | None = None, *, create: bool = True) -> SQLiteStore:
    """Open (creating or migrating) the store at `path`, default $SAGSGANG_DB or ./sagsgang.db.
    `sqlite:///file.db` is accepted too; `postgresql://…` (or `postgres://…`) opens the PostgreSQL
    store (store/postgres.py); other schemes are an error.
    With create=False a missing file is an error instead of a new empty database: only ingest
    creates one, so a mistyped --db for search, case, theme or serve says so."""
    target = path or os.environ.get("SAGSGANG_DB") or DEFAULT_DB
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import open_postgres

        return open_postgres(target, indexer, on_commit, on_close, create=create)
    if target.startswith("sqlite:///"):  # sqlite:///relative.db, sqlite:////absolute.db
        target = target[len("sqlite:///"):]
    elif "://" in target:
        raise SagsgangError(f"{target.split('://')[0]}: database backend not supported "
                            "(use a SQLite file or a postgresql:// URL)")
    if not create and target != ":memory:" and not os.path.isfile(target):
        raise SagsgangError(f"{target}: no such database (create one with: sagsgang ingest PATH --db {target})")
    try:
        return SQLiteStore(target, indexer, on_commit, on_close)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise SagsgangError(f"{target}: cannot open database ({exc})") from None
