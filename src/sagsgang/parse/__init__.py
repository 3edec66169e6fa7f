"""Parse: text -> Document. Pure (no I/O beyond what `parse_file` reads), so it runs in parallel.

    parse_file(path)   read and parse one file
    parse_result(r)    parse an already-read document (ingest reads bytes once to hash them)

The two are imported on first use (PEP 562): the store, search and web import only the parser's
vocabulary (`parse.bodies`: municipalities and committee names), and must not pay for the readers,
layouts and their patterns (a quarter of a second of every `serve` and `case` start).
"""
from __future__ import annotations

from typing import Any

__all__ = ["parse_file", "parse_result"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
