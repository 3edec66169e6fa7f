"""Queries over many ids, a chunk at a time: `WHERE x IN (?,?,…)` with at most CHUNK parameters, well
under SQLite's and PostgreSQL's limits, so a country's worth of ids never makes one statement."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
CHUNK = 500  # values per `IN (...)`


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`values` in consecutive slices of at most `size`."""
    for at in range(0, len(values), size):
        yield values[at:at + size]


def marks(values: Sequence[object]) -> str:
    """The placeholders of an `IN (...)` list for `values`: '?,?,?'."""
    return ",".join("?" * len(values))


def insert_ids(conn: Any, sql: str, rows: Sequence[Sequence[object]]) -> list[int]:
    """Insert `rows` with the one-row INSERT ... VALUES (?,...) `sql`; their new ids, in row order.

    Why: a row whose id the caller needs (an item, a case) was one statement each, and on
    PostgreSQL every statement is a round trip to the server. The PostgreSQL adapter
    (pgconn.PGConnection.insert_ids) sends them as multi-row INSERTs with RETURNING; on sqlite3
    a statement is a function call, so the rows go one by one with their lastrowid."""
    many = getattr(conn, "insert_ids", None)
    if many is not None:
        return many(sql, rows)
    return [conn.execute(sql, row).lastrowid for row in rows]
