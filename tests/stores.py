"""Fresh, empty databases of either store for tests: a SQLite file, or a PostgreSQL schema.

A PostgreSQL database is a schema of its own (`t_<random>`, put first on the search path by the
URL's options), made by the store when it first opens it and dropped when the test ends, so tests
never see each other's rows. PostgreSQL runs only when SAGSGANG_TEST_PG_DSN names a server
(`.ci/run` exports it); otherwise those tests skip and say why.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

BACKENDS = ["sqlite", "postgresql"]
PG_SKIP = "PostgreSQL store: set SAGSGANG_TEST_PG_DSN (e.g. postgresql://postgres@localhost/test) to run it"


def pg_dsn() -> str | None:
    return os.environ.get("SAGSGANG_TEST_PG_DSN") or None


class Databases:
    """new(name) -> the location of a new empty database of `backend` (a path or a URL)."""

    def __init__(self, backend: str, folder: Path) -> None:
        if backend == "postgresql" and pg_dsn() is None:
            pytest.skip(PG_SKIP)
        self.backend = backend
        self.folder = folder
        self.schemas: list[str] = []
        self.count = 0

    def new(self, name: str = "s") -> str:
        self.count += 1
        if self.backend == "sqlite":
            return str(self.folder / f"{name}-{self.count}.db")
        schema = f"t_{uuid.uuid4().hex[:16]}"
        self.schemas.append(schema)
        base = pg_dsn()
        return f"{base}{'&' if '?' in base else '?'}options={quote('-csearch_path=' + schema)}"

    def drop(self) -> None:
        if not self.schemas:
            return
        import psycopg

        with psycopg.connect(pg_dsn(), autocommit=True) as conn:
            for schema in self.schemas:
                conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        self.schemas.clear()


def connect(db: str):
    """A bare connection to `db` as the store would talk to it (sqlite3, or the PostgreSQL adapter
    that takes SQLite SQL), without opening a store: for building old schemas by hand."""
    if "://" not in db:
        import sqlite3

        return sqlite3.connect(db, isolation_level=None)
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from sagsgang.store.pgconn import PGConnection
    from sagsgang.store.postgres import schema_of

    raw = psycopg.connect(db, autocommit=True, cursor_factory=psycopg.ClientCursor)
    schema = schema_of(conninfo_to_dict(db))
    raw.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    return PGConnection(raw, schema)
