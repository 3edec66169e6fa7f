"""Store: parsed documents in a database, one transaction per document.

    open_store(path)  the SQLite store (default $SAGSGANG_DB or ./sagsgang.db), or the PostgreSQL
                      store for a postgresql:// URL (postgres.py: the same logic over psycopg 3)
"""
from __future__ import annotations

from .base import IngestOutcome, Store
from .sqlite import SQLiteStore, open_store

__all__ = ["IngestOutcome", "SQLiteStore", "Store", "open_store"]
