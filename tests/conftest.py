"""Shared fixtures: the real documents in ../shared/corpus (tests skip cleanly without them)."""
from __future__ import annotations

from pathlib import Path

import pytest

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
