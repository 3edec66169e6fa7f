"""A psycopg 3 connection that answers like the sqlite3 connection the store logic was written for.

Why: the store's logic and the search layer call `conn.execute(sql, params)` with SQLite SQL and
read `fetchone`, `fetchall`, iteration and `lastrowid`. This adapter translates each statement
(store/dialect.py) and runs it with psycopg, so that logic runs unchanged on PostgreSQL and no
caller learns which database it talks to. It also stands in for the SQLite statements that have
no PostgreSQL twin:

- `BEGIN IMMEDIATE` (SQLite's "take the write lock now") becomes BEGIN plus a transaction-level
  advisory lock, the store's global writers' lock: such a writer is alone, as on SQLite's file
  lock, while readers are never blocked (MVCC). A document's writer instead holds its
  municipality's lock (`begin_write`, with the global one shared): linking relinks groups of
  items across documents, but never across municipalities, so two documents of one municipality
  written at once could each miss the other's items while two of different ones cannot.
- a plain `BEGIN` (a reader that wants one consistent view, as SQLite's read transaction gives
  in WAL mode) becomes REPEATABLE READ: every statement of it sees the same snapshot. Writers stay
  READ COMMITTED on purpose: their snapshot must be taken after the lock is granted.
- `PRAGMA user_version` reads and writes the `schema_version` row of `meta`; other PRAGMAs that
  set something are ignored (WAL, foreign keys: PostgreSQL always has them).

Round trips: on PostgreSQL each statement is one, and a writer holds the advisory lock while it
waits for them. So inside a writer's transaction the writes whose answer nobody reads (INSERT,
UPDATE, DELETE without RETURNING; BEGIN and the lock) are held back and sent, in order, in one
simple-protocol query with the next statement whose answer is read or with the COMMIT
(`execute`); `insert_ids` turns a run of one-row INSERTs that need their ids back into multi-row
INSERT ... RETURNING. A document's write went from ~52 round trips to ~14 (BENCHMARKS.md,
"PostgreSQL writes and search round trips").

Client-side binding (ClientCursor) keeps SQLite's loose typing: `? IS NULL` and untyped literals
need no casts. The connection is in autocommit mode; transactions are the explicit BEGIN/COMMIT
the store issues, exactly as with sqlite3's isolation_level=None.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from .dialect import bind

# INSERT ... VALUES (%s, ...) [ON CONFLICT DO NOTHING]: the one group of placeholders, repeatable
_VALUES = re.compile(r"^\s*INSERT\s+INTO\s+\w+\s*\([^)]*\)\s*VALUES\s*(\((?:\s*%s\s*,?)+\))"
                     r"\s*(?:ON CONFLICT DO NOTHING)?\s*$", re.I)
BATCH = 500  # rows per multi-row INSERT
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)\s*(?:=\s*(\w+))?\s*;?\s*$", re.I)
# read from the catalog table itself (this statement's snapshot), not by name lookup: to_regclass
# may answer from a cache that predates the migration another process committed while we waited
_HAS_META = "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'meta'"
_TABLES = ("SELECT c.relname, a.attname FROM pg_catalog.pg_class c "
           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid "
           "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped "
           "ORDER BY c.oid, a.attnum")
_IDENTITY = ("SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
             "WHERE n.nspname = current_schema() AND c.relname = %s AND a.attidentity <> ''")
_VERSION_READ = "SELECT value::int FROM meta WHERE key = 'schema_version'"
_VERSION_WRITE = ("INSERT INTO meta(key, value) VALUES ('schema_version', %s) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


@lru_cache(maxsize=4096)
def _kind(sql: str) -> tuple[str, str | None, str | None]:
    """What `execute` does with a statement: ('pragma', name, value), ('write',) for BEGIN
    IMMEDIATE, ('read',) for a reader's BEGIN, ('sql',) for the rest. Cached by text: the store
    sends the same few hundred statements over and over, and three regular expressions per
    statement were a measurable part of the writer's Python time."""
    pragma = _PRAGMA.match(sql)
    if pragma:
        return "pragma", pragma.group(1).lower(), pragma.group(2)
    if re.match(r"^\s*BEGIN\s+IMMEDIATE\s*$", sql, re.I):
        return "write", None, None
    if re.match(r"^\s*BEGIN(\s+DEFERRED)?\s*$", sql, re.I):
        return "read", None, None
    if re.match(r"^\s*(COMMIT|END)\s*;?\s*$", sql, re.I):
        return "commit", None, None
    if re.match(r"^\s*ROLLBACK\s*;?\s*$", sql, re.I):
        return "rollback", None, None
    return "sql", None, None


# statements a writer's transaction sends later, with the next one whose answer is read: their
# own answer (no rows, no id) is never looked at
_DEFERRABLE = re.compile(r"^\s*(?:INSERT|UPDATE|DELETE)\b|^\s*CREATE\s+TABLE\s+IF\s+NOT\s+EXISTS\b", re.I)
_RETURNING = re.compile(r"\bRETURNING\b", re.I)


def deferrable(statement: str) -> bool:
    """True for a write whose result nobody reads (no RETURNING): it can wait for the next round trip."""
    return _DEFERRABLE.match(statement) is not None and _RETURNING.search(statement) is None


def _runs(sql: str, seq: Iterable[Iterable[Any]]) -> list[tuple[str, list[list[Any]]]]:
    """The rows of an executemany as (PostgreSQL statement, its rows): `IS ?` may translate differently
    per row, so consecutive runs, in order; no RETURNING (executemany has no lastrowid)."""
    runs: list[tuple[str, list[list[Any]]]] = []
    for params in seq:
        statement, bound, returning = bind(sql, tuple(params))
        if returning:
            statement = statement[:-len(" RETURNING id")]
        if runs and runs[-1][0] == statement:
            runs[-1][1].append(bound)
        else:
            runs.append((statement, [bound]))
    return runs


def lock_key(schema: str, municipality: str | None = None) -> int:
    """An advisory lock id of a store's writers (one set per schema, so stores in one database do
    not wait on each other). Without a municipality: the store's global writers' lock (the id every
    writer took before writers per municipality, so an older writer still excludes all newer
    ones); with one: that municipality's lock, a 64-bit id of the schema and the casefolded name
    (case keys fold case, so 'Aarhus' and 'aarhus' are one scope). Two municipalities whose ids
    collide only share a lock; one never equals the global or the log lock."""
    store = zlib.crc32(f"sagsgang-writer:{schema}".encode())
    if municipality is None:
        return store - 2**31
    key = ((store << 32) | zlib.crc32(municipality.casefold().encode())) - 2**63
    return key ^ 1 if key in (store - 2**31, log_key(schema)) else key


def log_key(schema: str) -> int:
    """The advisory lock id of a store's change log: held from a writer's first change-log row to
    its commit, so change ids (index_queue.seq) are handed out in commit order (search/changelog.py)."""
    key = zlib.crc32(f"sagsgang-log:{schema}".encode()) - 2**31
    return key ^ 1 if key == zlib.crc32(f"sagsgang-writer:{schema}".encode()) - 2**31 else key


class PGCursor:
    """The rows of one statement, as sqlite3.Cursor offers them."""

    def __init__(self, rows: list[tuple] | None, lastrowid: int | None = None, rowcount: int = -1) -> None:
        self._rows = rows or []
        self._at = 0
        self.lastrowid = lastrowid
        self.rowcount = rowcount

    def fetchone(self) -> tuple | None:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[tuple]:
        rest = self._rows[self._at:]
        self._at = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[tuple]:
        while (row := self.fetchone()) is not None:
            yield row


class PGConnection:
    """sqlite3.Connection's execute/executemany/executescript/close over one psycopg connection."""

    dialect = "postgresql"

    def __init__(self, raw: Any, schema: str, reconnect: Callable[[], Any] | None = None) -> None:
        self.raw = raw
        self.schema = schema
        self.lock_id = lock_key(schema)
        self.log_id = log_key(schema)
        self.reconnect = reconnect
        self._read_only: tuple[Any, bool] | None = None  # (the connection asked, its answer)
        self._writing = False  # inside BEGIN IMMEDIATE ... COMMIT/ROLLBACK
        self._pending: list[bytes] = []  # that transaction's statements not sent yet, ready to run
        self._literal: tuple[Any, Any] | None = None  # (the connection, its psycopg Transformer)

    @property
    def read_only(self) -> bool:
        """True on a server that refuses writes: a hot standby (streaming replica), or a connection
        opened read only (`options=-c default_transaction_read_only=on`). A search node there keeps
        its index position in its folder only (search/changelog.py). Asked once per server
        connection (a search node asks at every index update), again after a reconnect."""
        self._live()
        self._flush()
        if self._read_only is None or self._read_only[0] is not self.raw:
            self._read_only = (self.raw, self.raw.execute("SHOW transaction_read_only").fetchone()[0] == "on")
        return self._read_only[1]

    def _live(self) -> None:
        """A connection the server dropped (a restart, a fail-over, an idle timeout) is replaced
        before the next statement, so a long-running serve recovers after one failed request
        instead of failing every request until it is restarted."""
        if self.raw.broken and self.reconnect is not None:
            self.raw = self.reconnect()

    def execute(self, sql: str, params: Iterable[Any] = ()) -> PGCursor:
        """Run one SQLite statement. Inside a writer's transaction (BEGIN IMMEDIATE) the writes
        whose answer is not read (INSERT/UPDATE/DELETE without RETURNING) and the BEGIN with its
        lock are held back and sent in one round trip with the next statement whose answer is
        read, or with the COMMIT: the store's logic stays a sequence of single statements while a
        document's write costs a round trip per read, not per statement. Order is kept (every
        statement goes after those before it); an error in a held-back write is raised by that
        later round trip, inside the same transaction, which the caller then rolls back."""
        self._live()
        kind, name, value = _kind(sql)
        if kind == "pragma":
            self._flush()
            return self._pragma(name, value)
        if kind == "write":  # BEGIN and the writers' (global) lock go with the transaction's first read
            self.begin_write(None)
            return PGCursor(None)
        if kind == "read":  # a reader's transaction: one snapshot
            self._flush()
            self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            return PGCursor(None)
        if kind == "rollback":  # what was held back never ran: nothing of it to undo
            self._pending = []
            self._writing = False
            self.raw.execute("ROLLBACK")
            return PGCursor(None)
        if kind == "commit":
            self._writing = False
            self._send("COMMIT")
            return PGCursor(None)
        statement, bound, returning = bind(sql, tuple(params))
        if not statement.strip():
            return PGCursor(None)  # a statement with no PostgreSQL counterpart (an FTS5 table)
        if self._writing and not returning and deferrable(statement):
            self._pending.append(self._rendered(statement, bound))
            return PGCursor(None)
        cur = self._send(statement, bound)
        if returning:
            return PGCursor(None, lastrowid=cur.fetchone()[0], rowcount=cur.rowcount)
        rows = cur.fetchall() if cur.description is not None else None
        return PGCursor(rows, rowcount=cur.rowcount)

    def begin_write(self, municipalities: Iterable[str] | None) -> None:
        """Start a writer's transaction holding the store's global writers' lock (None: alone, as
        BEGIN IMMEDIATE) or the locks of these municipalities. A municipality's writer holds the
        global lock shared and its municipality's locks exclusive, in ascending id order, so
        writers of different municipalities run at once, two of one municipality take turns, and
        a global writer waits for all of them (and they for it); every writer takes its locks in
        the same order (global, municipalities, log), so they cannot deadlock on them. The BEGIN
        and the locks go with the transaction's first read, which runs after they are granted:
        READ COMMITTED takes each statement's snapshot when it starts, so every read sees what
        the writers before it committed."""
        self._flush()
        self._writing = True
        if municipalities is None:
            self._pending = [b"BEGIN", f"SELECT pg_advisory_xact_lock({int(self.lock_id)})".encode()]
            return
        keys = sorted({lock_key(self.schema, m) for m in municipalities})
        self._pending = [b"BEGIN", f"SELECT pg_advisory_xact_lock_shared({int(self.lock_id)})".encode(),
                         *(f"SELECT pg_advisory_xact_lock({k})".encode() for k in keys)]

    def lock_log(self) -> None:
        """Inside a writer's transaction: take the change log's lock (held to the commit) before
        the statements that follow; it goes with them, no round trip of its own."""
        if self._writing:
            self._pending.append(f"SELECT pg_advisory_xact_lock({int(self.log_id)})".encode())

    def _rendered(self, statement: str, bound: Sequence[Any]) -> bytes:
        """The statement with its values in it, as psycopg's client-side binding sends it anyway:
        each value as psycopg's literal (the same adapters), put in with bytes' `%` formatting.
        Not `mogrify`: psycopg parses a statement's placeholders again for every statement longer
        than 4 kB or with more than 50 values (a multi-row INSERT, an IN list), which was ~8 ms of
        a document's write. The store's statements (dialect.bind) hold only `%s` and `%%`."""
        if self._literal is None or self._literal[0] is not self.raw:
            from psycopg.adapt import Transformer

            self._literal = (self.raw, Transformer(self.raw))
        literal = self._literal[1].as_literal
        return statement.encode("utf-8") % tuple(b"NULL" if v is None else literal(v) for v in bound)

    def _send(self, statement: str, bound: Sequence[Any] | None = None) -> Any:
        """Run `statement` after the held-back ones, in one round trip; its cursor."""
        if bound is None and not self._pending:
            return self.raw.execute(statement)
        text = statement.encode("utf-8") if bound is None else self._rendered(statement, bound)
        if self._pending:
            text = b"; ".join([*self._pending, text])
            self._pending = []
        cur = self.raw.execute(text)
        while cur.nextset():  # the answer of the last statement is the one asked for
            pass
        return cur

    def _flush(self) -> None:
        """Send what was held back (before a statement that bypasses `_send`)."""
        if self._pending:
            text = b"; ".join(self._pending)
            self._pending = []
            self.raw.execute(text)

    def executemany(self, sql: str, seq: Iterable[Iterable[Any]]) -> PGCursor:
        self._live()
        runs = _runs(sql, seq)
        defer = self._writing and all(deferrable(statement) for statement, _ in runs)
        if not defer:
            self._flush()
        with self.raw.cursor() as cur:
            for statement, rows in runs:
                values = _VALUES.search(statement)
                if values and len(rows) > 1:  # one multi-row INSERT: one round trip, not one per row
                    head, group, tail = statement[:values.start(1)], values.group(1), statement[values.end(1):]
                    for at in range(0, len(rows), BATCH):
                        part = rows[at:at + BATCH]
                        many = head + ", ".join([group] * len(part)) + tail
                        flat = [v for row in part for v in row]
                        if defer:
                            self._pending.append(self._rendered(many, flat))
                        else:
                            cur.execute(self._rendered(many, flat))
                elif defer:
                    self._pending.extend(self._rendered(statement, row) for row in rows)
                elif len(rows) <= 3:  # a pipeline costs more than a few plain round trips
                    for row in rows:
                        cur.execute(statement, row)
                else:
                    cur.executemany(statement, rows)
        return PGCursor(None)

    def insert_ids(self, sql: str, rows: Sequence[Sequence[Any]]) -> list[int]:
        """The rows of a one-row `INSERT ... VALUES (?,...)` as multi-row INSERTs of BATCH rows
        with RETURNING id: one round trip per BATCH rows, not one per row (store/batches.py).
        The ids come back in row order: an identity column draws them from its sequence as the
        VALUES rows are inserted, one after the other, so ascending ids are the rows' order."""
        if not rows:
            return []
        self._live()
        bound_rows = []
        statement = ""
        for params in rows:
            statement, bound, _ = bind(sql, tuple(params))
            bound_rows.append(bound)
        statement = statement.removesuffix(" RETURNING id")
        values = _VALUES.search(statement)
        if values is None or statement.rstrip().upper().endswith("ON CONFLICT DO NOTHING"):
            return [self.execute(sql, params).lastrowid for params in rows]  # not a plain INSERT ... VALUES
        head, group, tail = statement[:values.start(1)], values.group(1), statement[values.end(1):]
        ids: list[int] = []
        for at in range(0, len(bound_rows), BATCH):
            part = bound_rows[at:at + BATCH]
            cur = self._send(head + ", ".join([group] * len(part)) + tail + " RETURNING id",
                             [v for row in part for v in row])
            ids.extend(sorted(r[0] for r in cur.fetchall()))
        return ids

    # the bulk path of store/copy.py: a whole store's tables, streamed out and COPYed in
    def tables(self) -> dict[str, list[str]]:
        """Every table of this schema with its columns, in creation order (a table after those its
        foreign keys name: the catalog's oids grow as tables are made)."""
        self._flush()
        out: dict[str, list[str]] = {}
        for table, column in self.raw.execute(_TABLES).fetchall():
            out.setdefault(table, []).append(column)
        return out

    def stream(self, sql: str, size: int = 5000) -> Iterator[tuple]:
        """The rows of a large read, `size` at a time through a server-side cursor (in a read
        transaction of its own), so a table of millions of rows never sits in memory at once."""
        self._live()
        self._flush()
        with self.raw.transaction(), self.raw.cursor(name="sagsgang_stream") as cur:
            cur.itersize = size
            cur.execute(sql)
            yield from cur

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Put `rows` into `table` with COPY, in the open transaction; how many. COPY is the
        server's bulk path: one stream, no statement per row to parse, plan or render."""
        self._flush()
        names = ", ".join(f'"{c}"' for c in columns)
        n = 0
        with self.raw.cursor() as cur, cur.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
                n += 1
        return n

    def restart_ids(self, table: str) -> None:
        """After rows came in with their ids: the table's identity column (if any) hands out ids
        after the largest, as SQLite's AUTOINCREMENT does by itself."""
        self._flush()
        for (column,) in self.raw.execute(_IDENTITY, (table,)).fetchall():
            self.raw.execute(f'SELECT setval(pg_get_serial_sequence(%s, %s), '
                             f'(SELECT COALESCE(MAX("{column}"), 0) + 1 FROM "{table}"), false)',
                             (f'"{table}"', column))

    def executescript(self, script: str) -> None:
        for stmt in script.split(";\n"):
            if stmt.strip():
                self.execute(stmt)

    def _pragma(self, name: str, value: str | None) -> PGCursor:
        if name == "user_version":
            if value is None:
                row = None  # no meta table yet: an empty schema, version 0
                if self.raw.execute(_HAS_META).fetchone() is not None:
                    row = self.raw.execute(_VERSION_READ).fetchone()
                return PGCursor([(row[0] if row else 0,)])
            self.raw.execute(_VERSION_WRITE, (str(int(value)),))
            return PGCursor(None)
        if value is not None:
            return PGCursor(None)  # journal mode, synchronous, foreign keys: nothing to set on PostgreSQL
        raise NotImplementedError(f"PRAGMA {name} has no PostgreSQL counterpart")

    def close(self) -> None:
        self.raw.close()
