"""A psycopg 3 connection that answers like the sqlite3 connection the store logic was written for.

Why: the store's logic and the search layer call `conn.execute(sql, params)` with SQLite SQL and
read `fetchone`, `fetchall`, iteration and `lastrowid`. This adapter translates each statement
(store/dialect.py) and runs it with psycopg, so that logic runs unchanged on PostgreSQL and no
caller learns which database it talks to. It also stands in for the SQLite statements that have
no PostgreSQL twin:

- `BEGIN IMMEDIATE` (SQLite's "take the write lock now") becomes BEGIN plus a transaction-level
  advisory lock: writers of one store (one schema) take turns, as on SQLite's file lock, while
  readers are never blocked (MVCC). Linking relinks groups of items across documents, so two
  documents written at once could otherwise each miss the other's items.
- a plain `BEGIN` (a reader that wants one consistent view, as SQLite's read transaction gives
  in WAL mode) becomes REPEATABLE READ: every statement of it sees the same snapshot. Writers stay
  READ COMMITTED on purpose: their snapshot must be taken after the lock is granted.
- `PRAGMA user_version` reads and writes the `schema_version` row of `meta`; other PRAGMAs that
  set something are ignored (WAL, foreign keys: PostgreSQL always has them).

Client-side binding (ClientCursor) keeps SQLite's loose typing: `? IS NULL` and untyped literals
need no casts. The connection is in autocommit mode; transactions are the explicit BEGIN/COMMIT
the store issues, exactly as with sqlite3's isolation_level=None.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator
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
_VERSION_READ = "SELECT value::int FROM meta WHERE key = 'schema_version'"
_VERSION_WRITE = ("INSERT INTO meta(key, value) VALUES ('schema_version', %s) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


def lock_key(schema: str) -> int:
    """The advisory lock id of a store: one per schema, so stores in one database do not wait on each other."""
    return zlib.crc32(f"sagsgang-writer:{schema}".encode()) - 2**31


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
        self.reconnect = reconnect
        self._read_only: tuple[Any, bool] | None = None  # (the connection asked, its answer)

    @property
    def read_only(self) -> bool:
        """True on a server that refuses writes: a hot standby (streaming replica), or a connection
        opened read only (`options=-c default_transaction_read_only=on`). A search node there keeps
        its index position in its folder only (search/changelog.py). Asked once per server
        connection (a search node asks at every index update), again after a reconnect."""
        self._live()
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
        self._live()
        pragma = _PRAGMA.match(sql)
        if pragma:
            return self._pragma(pragma.group(1).lower(), pragma.group(2))
        if re.match(r"^\s*BEGIN\s+IMMEDIATE\s*$", sql, re.I):
            self.raw.execute("BEGIN")
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (self.lock_id,))
            return PGCursor(None)
        if re.match(r"^\s*BEGIN(\s+DEFERRED)?\s*$", sql, re.I):  # a reader's transaction: one snapshot
            self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            return PGCursor(None)
        statement, bound, returning = bind(sql, tuple(params))
        if not statement.strip():
            return PGCursor(None)  # a statement with no PostgreSQL counterpart (an FTS5 table)
        cur = self.raw.execute(statement, bound)
        if returning:
            return PGCursor(None, lastrowid=cur.fetchone()[0], rowcount=cur.rowcount)
        rows = cur.fetchall() if cur.description is not None else None
        return PGCursor(rows, rowcount=cur.rowcount)

    def executemany(self, sql: str, seq: Iterable[Iterable[Any]]) -> PGCursor:
        self._live()
        runs: list[tuple[str, list[list[Any]]]] = []
        for params in seq:  # `IS ?` may translate differently per row: consecutive runs, in order
            statement, bound, returning = bind(sql, tuple(params))
            if returning:  # executemany has no lastrowid: the ids are not wanted
                statement = statement[:-len(" RETURNING id")]
            if runs and runs[-1][0] == statement:
                runs[-1][1].append(bound)
            else:
                runs.append((statement, [bound]))
        with self.raw.cursor() as cur:
            for statement, rows in runs:
                values = _VALUES.search(statement)
                if values and len(rows) > 1:  # one multi-row INSERT: one round trip, not one per row
                    head, group, tail = statement[:values.start(1)], values.group(1), statement[values.end(1):]
                    for at in range(0, len(rows), BATCH):
                        part = rows[at:at + BATCH]
                        cur.execute(head + ", ".join([group] * len(part)) + tail, [v for row in part for v in row])
                elif len(rows) <= 3:  # a pipeline costs more than a few plain round trips
                    for row in rows:
                        cur.execute(statement, row)
                else:
                    cur.executemany(statement, rows)
        return PGCursor(None)

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
