"""A whole store copied into an empty one, row for row (`sagsgang copy`).

Why rows and not documents: a service that began on the zero-setup SQLite file and outgrew it
moves to PostgreSQL (and a PostgreSQL store can be taken home as one file). Ingesting the
documents again would parse and link every one anew — hours at a million items (~57 items/s into
PostgreSQL, BENCHMARKS.md) — while the rows already are the result. They go table by table
through the target's bulk path (COPY on PostgreSQL, pgconn.PGConnection.copy_rows; executemany
on SQLite), streamed from the source, so memory does not grow with the store.

What is copied: every table the two schemas share, in the source's creation order (a table after
those its foreign keys name), ids kept (items, cases and the web's public ids point at them), and
identity sequences moved past them. What is not: the change log (`index_queue`) and the registered
index positions, which describe the source's search index folders, and the meta rows that name
the store itself (its schema version, index id, the log's pruned mark). The target is marked
`index_stale`: the first search there builds its index from the copied records.

One transaction holding the target's global writers' lock: an interrupted or failed copy leaves
the target as it was (empty) and a rerun starts over; an ingest into the target waits for it. The
source is read in one snapshot (one read transaction), so an ingest into the source may go on:
what it commits after the copy began is simply not in the target, never half of a document.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from typing import Any

from ..errors import SagsgangError

# tables about the source's own search index folders: a target's nodes build their own
NOT_COPIED = frozenset({"index_queue", "index_positions"})
# meta rows that describe the store they are in, not its contents
OWN_META = frozenset({"schema_version", "index_id", "index_log_pruned", "index_stale"})
ROWS_PER_STEP = 10_000  # rows between progress reports
INSERT_BATCH = 1_000  # rows per executemany on SQLite

Progress = Callable[[str, int, int], None]  # (table, rows copied, rows in the table)


def copy_store(source: Any, target: Any, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of `source` into the empty store `target` (both opened stores, either
    kind); the rows copied per table. A SagsgangError, and nothing written, when the target
    holds data, the schemas differ, or a database error stops the copy."""
    plan = _plan(source, target)
    conn = target.conn
    with source.lock, target.lock:
        source.conn.execute("BEGIN")  # one snapshot of the source: an ingest into it may go on
        conn.execute("BEGIN IMMEDIATE")
        try:
            _refuse_data(conn, plan)
            copied = {table: _copy_table(source, conn, table, columns, progress) for table, columns in plan}
            _copy_meta(source.conn, conn)
            conn.execute("COMMIT")
        except BaseException as exc:
            with suppress(Exception):  # a connection that broke has no transaction left to undo
                conn.execute("ROLLBACK")
            with suppress(Exception):
                source.conn.execute("ROLLBACK")
            if isinstance(exc, _database_errors()):
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise SagsgangError(f"copy stopped, nothing written: {reason}") from exc
            raise
        source.conn.execute("ROLLBACK")  # only read
    target.refresh_statistics()  # tables filled by COPY have none: the planner would guess a few hundred rows
    return copied


def _database_errors() -> tuple[type[Exception], ...]:
    """What either database raises: a user's problem to report in one line, not a traceback."""
    import sqlite3

    import psycopg

    return sqlite3.Error, psycopg.Error


def _tables(conn: Any) -> dict[str, list[str]]:
    """The store's tables with their columns, in creation order (SQLite's own tables left out)."""
    listing = getattr(conn, "tables", None)
    if listing is not None:
        return listing()
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                        "'sqlite%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid")]
    return {name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')] for name in names}


def _plan(source: Any, target: Any) -> list[tuple[str, list[str]]]:
    """(table, columns) to copy, in the source's order; an error when the schemas differ (each
    store is migrated when opened, so they differ only when one program is older than the other)."""
    mine = source.conn.execute("PRAGMA user_version").fetchone()[0]
    theirs = target.conn.execute("PRAGMA user_version").fetchone()[0]
    if mine != theirs:
        raise SagsgangError(f"the source has schema version {mine}, the target {theirs}: "
                            "open both with the same sagsgang version")
    have, want = _tables(source.conn), _tables(target.conn)
    plan = []
    for table, columns in have.items():
        if table in NOT_COPIED or table == "meta":
            continue
        lost = [c for c in columns if c not in want.get(table, ())]
        if lost:
            raise SagsgangError(f"the target has no {table}.{lost[0]}: its schema differs from the source's")
        plan.append((table, columns))
    return plan


def _refuse_data(conn: Any, plan: list[tuple[str, list[str]]]) -> None:
    """The copy fills an empty store only: merging two stores is what ingest does, by document."""
    for table, _ in plan:
        if conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
            raise SagsgangError(f"the target already holds data (table {table}): copy into a new, empty "
                                "database (a new SQLite file, or a new schema: ?options=-csearch_path%3DNAME)")


def _copy_table(source: Any, conn: Any, table: str, columns: list[str], progress: Progress | None) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    total = source.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    rows = _counted(_rows(source.conn, f'SELECT {names} FROM "{table}"'), table, total, progress)
    bulk = getattr(conn, "copy_rows", None)
    if bulk is not None:
        n = bulk(table, columns, rows)
        conn.restart_ids(table)
    else:  # SQLite: AUTOINCREMENT follows the ids written (sqlite_sequence), nothing to restart
        sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        n = 0
        for batch in _batches(rows, INSERT_BATCH):
            conn.executemany(sql, batch)
            n += len(batch)
    if progress is not None and total == 0:
        progress(table, 0, 0)
    return n


def _rows(conn: Any, sql: str) -> Iterable[tuple]:
    """A read streamed from the source: a server-side cursor on PostgreSQL, sqlite3's own cursor
    (which steps through the table) on SQLite."""
    stream = getattr(conn, "stream", None)
    return stream(sql) if stream is not None else conn.execute(sql)


def _counted(rows: Iterable[tuple], table: str, total: int, progress: Progress | None) -> Iterator[tuple]:
    done = 0
    for row in rows:
        yield row
        done += 1
        if progress is not None and (done % ROWS_PER_STEP == 0 or done == total):
            progress(table, done, total)


def _batches(rows: Iterable[tuple], size: int) -> Iterator[Sequence[tuple]]:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_meta(source: Any, conn: Any) -> None:
    """The source's meta rows about its contents (analyzer, data version, last ingest, harvest
    listings), then `index_stale`, so a search on the target builds its index from the records."""
    rows = [(k, v) for k, v in source.execute("SELECT key, value FROM meta").fetchall() if k not in OWN_META]
    rows.append(("index_stale", "1"))
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", rows)
