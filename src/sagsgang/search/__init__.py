"""Search: Danish analysis (analyzer.py) over an SQLite FTS5 index (engine.py).

    search(store, query, **filters) -> dict   the shape of shared/spec/search-output.md
"""
from __future__ import annotations

from .engine import rebuild_index, search

__all__ = ["rebuild_index", "search"]
