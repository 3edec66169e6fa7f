"""Shared fixtures: the real documents in ../shared/corpus (tests skip cleanly without them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .stores import BACKENDS, Databases

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"
EXTRA = CORPUS / "extra" / "docs"


def corpus_file(name: str) -> Path:
    path = DOCS / name
    if not path.exists():
        pytest.skip(f"shared corpus not available ({path})")
    return path


@pytest.fixture
def corpus():
    return corpus_file


def sha16(*parts: str) -> str:
    """A public object id computed by hand (the catalog's rule: sha1 of the parts joined by \\x1f,
    first 16 hex digits), so tests need not trust the code they check."""
    import hashlib

    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


# -- the two stores ------------------------------------------------------------------------------
# `new_db` / `module_db`: a factory of fresh empty databases, once per store (sqlite, postgresql).

@pytest.fixture(scope="session", autouse=True)
def _index_folders(tmp_path_factory):
    """PostgreSQL stores keep their search index folder under $SAGSGANG_INDEX_DIR: a temporary
    one for the test session (subprocesses inherit it), never the user's cache."""
    import os

    old = os.environ.get("SAGSGANG_INDEX_DIR")
    os.environ["SAGSGANG_INDEX_DIR"] = str(tmp_path_factory.mktemp("pg-index"))
    yield
    if old is None:
        os.environ.pop("SAGSGANG_INDEX_DIR", None)
    else:
        os.environ["SAGSGANG_INDEX_DIR"] = old


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_db(backend, tmp_path):
    dbs = Databases(backend, tmp_path)
    yield dbs.new
    dbs.drop()


@pytest.fixture
def pg_db(tmp_path):
    """new_db for PostgreSQL alone: what only that store has (schemas, its index folder)."""
    dbs = Databases("postgresql", tmp_path)
    yield dbs.new
    dbs.drop()


@pytest.fixture(scope="module", params=BACKENDS)
def module_backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def module_db(module_backend, tmp_path_factory):
    dbs = Databases(module_backend, tmp_path_factory.mktemp(module_backend))
    yield dbs.new
    dbs.drop()
