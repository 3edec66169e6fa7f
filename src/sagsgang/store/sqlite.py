"""SQLite implementation of the Store: WAL mode, one BEGIN IMMEDIATE ... COMMIT per document.

Records and the queue of their search-index rows are written in the same transaction, so a reader
(or an interrupted ingest) only ever sees a document fully in or fully out; the search layer
applies the queue to its index after the commit (see search/index.py).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from ..errors import SagsgangError
from ..link.neardup import word_sketch
from ..model import Document, document_from_dict, document_to_dict
from .base import AGENDA_ITEM_TYPE, MEETING_TYPE, IngestOutcome
from .schema import migrate

T = TypeVar("T")
TZ = ZoneInfo("Europe/Copenhagen")
DEFAULT_DB = "sagsgang.db"


def now_iso() -> str:
    return datetime.now(TZ).isoformat(timespec="microseconds")


def stable_id(*parts: str | None) -> str:
    """The public object ids (the same rule as the web catalog), so tombstones name what the API showed."""
    return hashlib.sha1("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()[:16]


def published(doc: Document) -> Document:
    """The document as it may be kept: a closed item keeps its title, number, case numbers, route,
    section headings and attachment list, never body or decision text (the parser does not keep
    them either; this makes sure no other producer can put them into the store)."""
    if all(it.public for it in doc.items):
        return doc
    doc = document_from_dict(document_to_dict(doc))
    for it in doc.items:
        if not it.public:
            it.intro = ""
            for sec in it.sections:
                sec.text = ""
            for d in it.decisions:
                d.text = ""
    return doc


def item_committee_date(doc: Document, item) -> tuple[str | None, str | None]:
    m = doc.meeting
    committee = m.committee if m and m.committee else None
    date = m.date if m and m.date else None
    for d in item.decisions:
        committee = committee or d.committee
        date = date or d.date
    return committee, date


def _locked(method: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(method)
    def wrapper(self: SQLiteStore, *args: Any, **kwargs: Any) -> T:
        with self._lock:
            return method(self, *args, **kwargs)
    return wrapper


# (document, item, analyzer name) -> the analysed (title, decision, body) strings of the item.
Indexer = Callable[[Document, Any, str], tuple[str, str, str]]
# called with the store after every committed document, and when the store closes
Hook = Callable[["SQLiteStore"], None]


def encode_parsed(doc: Document) -> bytes:
    """The parsed document as stored: JSON, zlib-compressed (about a fifth of the plain size)."""
    return zlib.compress(json.dumps(document_to_dict(doc), ensure_ascii=False).encode("utf-8"), 6)


def encode_text(text: str) -> bytes:
    """An item's body as stored: zlib-compressed UTF-8 (read back with decode_text)."""
    return zlib.compress(text.encode("utf-8"), 6)


def decode_text(value: bytes | str | None) -> str:
    """Inverse of encode_text; plain text from databases before schema 3 reads too."""
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value or ""


def decode_parsed(value: bytes | str) -> Document:
    """Inverse of encode_parsed; plain JSON text from databases before schema 3 reads too."""
    if isinstance(value, bytes):
        value = zlib.decompress(value).decode("utf-8")
    return document_from_dict(json.loads(value))


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
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        self._lock = threading.RLock()
        # incremental auto-vacuum (takes effect on a new, empty file): the pages the index queue
        # used during an ingest go back to the file system when the store closes
        self.conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(self.conn)

    @property
    def lock(self) -> threading.RLock:
        """Held by every method; a caller that uses `conn` directly (search) holds it too, so the
        web server's threads never use the one connection at the same time."""
        return self._lock

    # -- meta ---------------------------------------------------------------
    @_locked
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def analyzer_name(self) -> str:
        """The analyzer the index was built with (fixed at first ingest; search uses the same)."""
        name = self.get_meta("analyzer")
        if name:
            return name
        return os.environ.get("SAGSGANG_ANALYZER", "danish") or "danish"

    # -- writing ------------------------------------------------------------
    @_locked
    def put_document(self, doc: Document, path: str | None = None) -> IngestOutcome:
        if self.indexer is None:
            raise RuntimeError("store opened without a search indexer; open it with sagsgang.search.open_index()")
        if not doc.content_hash:
            raise ValueError(f"{doc.source}: document has no content hash")
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT id FROM documents WHERE content_hash=?", (doc.content_hash,)).fetchone():
                row = conn.execute("SELECT id FROM documents WHERE content_hash=?", (doc.content_hash,)).fetchone()
                conn.execute("COMMIT")
                return IngestOutcome("unchanged", row[0])
            analyzer = self.analyzer_name()
            conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('analyzer', ?)", (analyzer,))
            now = now_iso()
            old = conn.execute("SELECT id, parsed FROM documents WHERE (path IS NOT NULL AND path=?) OR source=?",
                               (path, doc.source)).fetchall()
            status = "replaced" if old else "new"
            removed = [decode_parsed(old_parsed) for _, old_parsed in old]
            for (old_id, _), old_doc in zip(old, removed, strict=True):
                self._remove(old_id, old_doc, now)
            m = doc.meeting
            cur = conn.execute(
                "INSERT INTO documents(source, path, content_hash, municipality, document_type, committee, "
                "meeting_date, meeting_time, location, layout, pages, ingested_at, parsed) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.source, path, doc.content_hash, doc.municipality, doc.document_type,
                 m.committee if m else None, m.date if m else None, m.start_time if m else None,
                 m.location if m else None, doc.layout, doc.pages, now, encode_parsed(published(doc))))
            doc_id = cur.lastrowid
            for pos, item in enumerate(doc.items):
                committee, date = item_committee_date(doc, item)
                text = item.body_text if item.public else ""
                icur = conn.execute(
                    "INSERT INTO items(document_id, position, number, title, public, case_numbers, route, page, "
                    "body, municipality, committee, date, document_type, sketch, body_chars) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc_id, pos, item.number, item.title, int(item.public),
                     json.dumps(item.case_numbers, ensure_ascii=False), json.dumps(item.route, ensure_ascii=False),
                     item.page, encode_text(text), doc.municipality, committee, date, doc.document_type,
                     word_sketch(text), len(text)))
                item_id = icur.lastrowid
                for d in item.decisions:
                    conn.execute("INSERT INTO decisions(item_id, committee, date, text, absent) VALUES (?,?,?,?,?)",
                                 (item_id, d.committee, d.date, d.text if item.public else "",
                                  json.dumps(d.absent, ensure_ascii=False)))
                for a in item.attachments:
                    conn.execute("INSERT INTO attachments(item_id, number, title, public) VALUES (?,?,?,?)",
                                 (item_id, a.number, a.title, int(a.public)))
                conn.execute("INSERT INTO index_queue(item_id, title, decision, body) VALUES (?,?,?,?)",
                             (item_id, *self.indexer(doc, item, analyzer)))
            for old_doc in removed:  # only now: the new version may hold the same meeting
                self._tombstone_meeting_if_gone(old_doc, now)
            conn.execute("INSERT INTO meta(key, value) VALUES ('last_ingest', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (now,))
            conn.execute("INSERT INTO meta(key, value) VALUES ('data_version', '1') "
                         "ON CONFLICT(key) DO UPDATE SET value=CAST(value AS INTEGER)+1")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if self.on_commit is not None:
            self.on_commit(self)
        return IngestOutcome(status, doc_id, len(doc.items))

    def _remove(self, doc_id: int, old: Document, now: str) -> None:
        """Delete a document's records (inside the caller's transaction), queue the removal of its
        items from the index (a row without texts) and tombstone its items (its meeting: see
        _tombstone_meeting_if_gone, once the new version is in)."""
        conn = self.conn
        conn.execute("INSERT INTO index_queue(item_id) SELECT id FROM items WHERE document_id=? ORDER BY id",
                     (doc_id,))
        conn.execute("DELETE FROM documents WHERE id=?", (doc_id,))  # cascades to items, decisions, attachments
        for pos, item in enumerate(old.items):
            conn.execute("INSERT INTO tombstones(object_id, object_type, deleted_at) VALUES (?,?,?)",
                         (stable_id(old.source, item.number or f"#{pos}"), AGENDA_ITEM_TYPE, now))

    def _tombstone_meeting_if_gone(self, old: Document, now: str) -> None:
        """Tombstone the meeting of a removed document when no stored document holds it any more."""
        conn = self.conn
        m = old.meeting
        if m is not None:
            still = conn.execute("SELECT 1 FROM documents WHERE municipality IS ? AND committee IS ? "
                                 "AND meeting_date IS ?", (old.municipality, m.committee, m.date)).fetchone()
            if not still:
                conn.execute("INSERT INTO tombstones(object_id, object_type, deleted_at) VALUES (?,?,?)",
                             (stable_id(old.municipality, m.committee, m.date), MEETING_TYPE, now))

    # -- reading ------------------------------------------------------------
    @_locked
    def documents(self) -> list[Document]:
        rows = self.conn.execute("SELECT parsed FROM documents ORDER BY source, id").fetchall()
        return [decode_parsed(r[0]) for r in rows]

    @_locked
    def document_modified(self) -> dict[str, str]:
        return {s: t for s, t in self.conn.execute("SELECT source, ingested_at FROM documents ORDER BY id")}

    @_locked
    def tombstones(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT object_id, object_type, deleted_at FROM tombstones ORDER BY id")
        return [{"id": i, "type": t, "deleted": True, "modified": m} for i, t, m in rows]

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
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "items": q("SELECT count(*) FROM items").fetchone()[0],
            "closed_items": q("SELECT count(*) FROM items WHERE public=0").fetchone()[0],
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
            free, total = (self.conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
            if free > max(64, total // 20):  # more than 5% free: worth returning
                try:
                    self.conn.executescript("PRAGMA incremental_vacuum;")  # stepped to the end (execute frees one page)
                except sqlite3.OperationalError:  # busy with another writer: the next close returns them
                    pass
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: str | None = None, indexer: Indexer | None = None, on_commit: Hook | None = None,
               on_close: Hook | None = None) -> SQLiteStore:
    """Open (creating or migrating) the store at `path`, default $SAGSGANG_DB or ./sagsgang.db.
    `sqlite:///file.db` is accepted too; other URLs (postgresql://) name backends not built yet."""
    target = path or os.environ.get("SAGSGANG_DB") or DEFAULT_DB
    if target.startswith("sqlite:///"):  # sqlite:///relative.db, sqlite:////absolute.db
        target = target[len("sqlite:///"):]
    elif "://" in target:
        raise SagsgangError(f"{target.split('://')[0]}: database backend not supported yet (use a SQLite file)")
    try:
        return SQLiteStore(target, indexer, on_commit, on_close)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise SagsgangError(f"{target}: cannot open database ({exc})") from None
