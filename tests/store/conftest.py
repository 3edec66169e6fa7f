"""Fixtures of the store tests (tests/conftest.py has the two stores' database factories)."""
from __future__ import annotations

import pytest

from sagsgang.search import open_index


@pytest.fixture
def store(tmp_path):
    """An empty SQLite store with its search index, at tmp_path/b.db (a test may open it again
    there, as the next ingest run would). Files that need another store define their own."""
    s = open_index(str(tmp_path / "b.db"))
    yield s
    s.close()
