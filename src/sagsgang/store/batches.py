"""Queries over many ids, a chunk at a time: `WHERE x IN (?,?,…)` with at most CHUNK parameters, well
under SQLite's and PostgreSQL's limits, so a country's worth of ids never makes one statement."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
CHUNK = 500  # values per `IN (...)`


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """`values` in consecutive slices of at most `size`."""
    for at in range(0, len(values), size):
        yield values[at:at + size]


def marks(values: Sequence[object]) -> str:
    """The placeholders of an `IN (...)` list for `values`: '?,?,?'."""
    return ",".join("?" * len(values))
