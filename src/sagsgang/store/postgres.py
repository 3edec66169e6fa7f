"""The PostgreSQL store: the same store logic as SQLite, over psycopg 3 (`--db postgresql://…`).

Why a subclass and not a second implementation: every rule of the store (identity, one
transaction per document, idempotency, tombstones, CPR masking, linked cases, bilag, harvest
state, migrations) lives once in sqlite.py and the modules it calls; this class only opens the
connection (through the adapter in pgconn.py, which translates the SQL) and replaces what is
about a file: where the search index folder lives, and returning free pages on close.

One store is one schema: the URL's `options=-csearch_path=NAME` picks it (default `public`), so
several stores (and each test) can share a database. The schema version is a `meta` row.

Several processes may ingest into one store at once. A document's writer holds the advisory lock
of its municipality (pgconn.begin_write), not one lock for the store: linking never crosses
municipalities (case keys and LSH band keys carry the municipality; text candidates are filtered
to it), so writers of different municipalities run at once and two of one municipality take
turns. A transaction that still fails on a transient conflict (deadlock, serialization, unique
key) is retried from the start (a retry looks everything up again, so it is idempotent), and the
unique content-hash index keeps a document from being stored twice whatever happens.

What a document's write touches beyond its municipality's rows, and how each is kept safe:
- the documents it replaces (same path, or the same bytes): they may be of another municipality
  (a corrected file naming another, the same bytes ingested with other options). Their
  municipalities are looked up before the lock and locked too; under the lock the writer checks
  that it holds the lock of every municipality it touches, else it rolls back and starts again
  holding them all (sqlite.WiderLock). Locks are taken in ascending id order: no deadlock.
- the change log (`index_queue.seq`): search indexes apply it by id and keep the last id applied
  (search/changelog.py), so ids must be handed out in commit order. A writer keeps its log rows
  and writes them last, under the change log's own advisory lock held to the commit.
- `meta` last_ingest and data_version (one row each for the store): updated last, under the same
  log lock, so the data version counts commits in order and no two writers wait on these rows
  in a cycle. `meta` analyzer: INSERT … ON CONFLICT DO NOTHING, written once.
- bilag: a document relinks the bilag of its municipality and those of no municipality; touching
  one of no municipality needs the global lock (WiderLock). Storing a bilag, linking the bilag an
  ingest marked, rebuilding stale people scopes, harvest state of its own and the change log's
  registering and pruning take the global lock (a writer alone, as before).
- ids (sequences of documents, items, cases, tombstones): unique whatever the order; across
  municipalities they are no longer in commit order, and nothing but the change log reads them
  as one. A link group's id is its smallest item id: the same groups as a serial ingest, other ids.
- per-document or per-municipality rows that need nothing more: items, decisions, attachments,
  link tables, cases, case numbers and treatments (the groups of its municipality), people and
  parties (rebuilt per scope: the municipality; `people_stale` is INSERT OR IGNORE per scope),
  tombstones of its own objects, the fetch row of its URL.
A document of no known municipality takes the global lock, which waits for every municipality's
writer and they for it (shared/exclusive, pgconn.begin_write). SQLite keeps one writer at a time.

The search index stays a tantivy folder on the machine that runs the command (search/index.py),
named after the database and schema, under $SAGSGANG_INDEX_DIR (default ~/.cache/sagsgang).
"""
from __future__ import annotations

import hashlib
import os
import re
import time
from typing import Any

from ..errors import SagsgangError
from ..model import Document
from .base import IngestOutcome
from .pgconn import PGConnection
from .prepare import Indexer, Prepared
from .sqlite import Hook, SQLiteStore

RETRIES = 3
ANALYZE_FIRST = 50  # documents stored before the first ANALYZE; then at every doubling
ANALYZED = ("documents", "items", "decisions", "attachments", "tombstones", "link_items", "link_keys", "link_bands",
            "link_inputs", "cases", "case_numbers", "case_treatments", "bilag_files", "bilag", "fetches",
            "people", "parties", "party_members", "who_pages", "person_facts")
# SQLSTATEs worth another try of the whole transaction: serialization failure, deadlock, unique key
TRANSIENT = {"40001", "40P01", "23505"}


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def schema_of(conninfo: dict[str, Any]) -> str:
    """The schema the URL's `options` put first on the search path (`public` when none)."""
    m = re.search(r"-c\s*search_path\s*=\s*([^\s,]+)", conninfo.get("options") or "")
    return m.group(1).strip('"') if m else "public"


def index_base(url: str, conninfo: dict[str, Any]) -> str:
    """Where this store's search index folder goes on this machine (`<base>.index`): one per
    database and schema, named readably and made unique by a hash of the server address."""
    folder = os.environ.get("SAGSGANG_INDEX_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "sagsgang")
    schema = schema_of(conninfo)
    where = "\x1f".join(str(conninfo.get(k) or "") for k in ("host", "port", "dbname", "user")) + "\x1f" + schema
    name = re.sub(r"[^\w.-]", "_", f"pg-{conninfo.get('dbname') or 'postgres'}-{schema}")
    return os.path.join(folder, f"{name}-{hashlib.sha1(where.encode()).hexdigest()[:8]}")


class PostgresStore(SQLiteStore):
    """The store over one PostgreSQL schema. `path` is the local base of its search index folder."""

    def __init__(self, url: str, indexer: Indexer | None = None, on_commit: Hook | None = None,
                 on_close: Hook | None = None, *, create: bool = True) -> None:
        self.url = url
        self._create = create
        self._written = 0  # documents this store object stored (statistics are refreshed as they grow)
        self._analyze_at = ANALYZE_FIRST
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        try:
            self.conninfo = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise SagsgangError(f"{redacted(url)}: not a PostgreSQL URL ({exc})") from None
        super().__init__(index_base(url, self.conninfo), indexer, on_commit, on_close)

    def _raw(self) -> Any:
        """A new psycopg connection: autocommit (the store says BEGIN/COMMIT itself, as with
        sqlite3's isolation_level=None), client-side binding (SQLite's loose typing)."""
        import psycopg

        try:
            return psycopg.connect(self.url, autocommit=True, cursor_factory=psycopg.ClientCursor,
                                   connect_timeout=int(self.conninfo.get("connect_timeout") or 10))
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise SagsgangError(f"{redacted(self.url)}: cannot connect to PostgreSQL ({reason})") from None

    def _connect(self) -> PGConnection:
        import psycopg

        raw = self._raw()
        conn = PGConnection(raw, schema_of(self.conninfo), reconnect=self._raw)
        # a replica (read only) is never where a store is made: it must hold one already
        read_only = conn.read_only
        create = self._create and not read_only
        if create and conn.schema != "public":  # a new store may name a schema of its own
            try:
                raw.execute(f'CREATE SCHEMA IF NOT EXISTS "{conn.schema}"')
            except (psycopg.errors.UniqueViolation, psycopg.errors.DuplicateSchema):
                pass  # another process made it at the same moment (IF NOT EXISTS is not atomic)
        if not create and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            conn.close()
            where = "this read-only server (a replica: ingest on the primary)" if read_only else "this schema"
            raise SagsgangError(f"{redacted(self.url)}: no sagsgang database in {where} "
                                f"(create one with: sagsgang ingest PATH --db <the primary's URL>)")
        return conn

    def _return_free_pages(self) -> None:
        """After writing: fresh planner statistics, and the index queue's dead rows given back
        (SQLite's incremental vacuum; needed where autovacuum is off, harmless where it is on)."""
        if self._written:
            import psycopg

            try:
                self.refresh_statistics()
                self.conn.execute("VACUUM index_queue")
            except psycopg.Error:  # housekeeping only: the next writer's close does it
                pass

    def refresh_statistics(self) -> None:
        """Planner statistics for the store's tables. Without them (a bulk ingest into new tables,
        autovacuum off or behind) PostgreSQL guesses a few hundred rows and scans whole tables:
        a meeting page took 24 ms instead of 0.1 ms on 11k items."""
        with self._lock:
            present = {r[0] for r in self.conn.execute(
                "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")}
            tables = [t for t in ANALYZED if t in present]
            if tables:
                self.conn.execute("ANALYZE " + ", ".join(tables))

    def _wrote(self, outcome: IngestOutcome) -> IngestOutcome:
        """Count a stored document; analyze at 50, 100, 200, ... of them, so an ingest's own
        lookups (link keys, bands) are planned on statistics that keep up with the tables."""
        if outcome.status != "unchanged":
            self._written += 1
            if self._written >= self._analyze_at:
                self.refresh_statistics()
                self._analyze_at *= 2
        return outcome

    def put_document(self, doc: Document, path: str | None = None, options: dict[str, Any] | None = None,
                     fetch: dict[str, Any] | None = None, prepared: Prepared | None = None) -> IngestOutcome:
        """SQLiteStore.put_document, retried when another writer's transaction conflicted with it."""
        return self._wrote(_retried(lambda: super(PostgresStore, self).put_document(doc, path, options, fetch,
                                                                                   prepared)))

    def _begin_write(self, scopes: frozenset[str] | None = None) -> None:
        """A writer's transaction holding the locks of these municipalities (pgconn.begin_write),
        or the global writers' lock when `scopes` is None: writers of different municipalities
        run at once (see the module docstring for what a write shares with other municipalities)."""
        self._log = []
        self._held = scopes
        self.conn.begin_write(scopes)

    def _lock_log(self) -> None:
        self.conn.lock_log()

    def put_bilag_file(self, bf: Any, path: str | None = None, options: dict[str, Any] | None = None) -> IngestOutcome:
        return self._wrote(_retried(lambda: super(PostgresStore, self).put_bilag_file(bf, path, options)))

    def stats(self) -> dict[str, Any]:
        return {**super().stats(), "backend": "postgresql"}


def _retried(attempt):
    import psycopg

    for n in range(RETRIES):
        try:
            return attempt()
        except psycopg.Error as exc:
            if exc.sqlstate not in TRANSIENT or n == RETRIES - 1:
                raise
            time.sleep(0.05 * (n + 1))
    raise AssertionError("unreachable")


def open_postgres(url: str, indexer: Indexer | None = None, on_commit: Hook | None = None,
                  on_close: Hook | None = None, *, create: bool = True) -> PostgresStore:
    """Open (creating or migrating) the PostgreSQL store at `url`; a clear SagsgangError when
    psycopg is missing, the URL is malformed or the server cannot be reached."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise SagsgangError("postgresql: the PostgreSQL store needs psycopg 3 "
                            "(pip install 'psycopg[binary]'; it is a dependency of sagsgang)") from None
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    try:
        return PostgresStore(url, indexer, on_commit, on_close, create=create)
    except psycopg.Error as exc:
        raise SagsgangError(f"{redacted(url)}: PostgreSQL error ({str(exc).strip().splitlines()[0]})") from None
