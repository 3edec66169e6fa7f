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
