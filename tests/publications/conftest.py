"""The machine-readable publications in ../shared/corpus/publications (tests skip without them)."""
from __future__ import annotations

from pathlib import Path

import pytest

PUBLICATIONS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "publications"
GREVE = PUBLICATIONS / "firstagenda-greve"
OS2 = PUBLICATIONS / "os2dagsorden-examples"


def publication(*parts: str) -> Path:
    path = PUBLICATIONS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"publications corpus not available ({path})")
    return path


def greve_file(prefix: str) -> Path:
    """The one Greve meeting file whose name starts with `prefix` (committee_datetime)."""
    folder = publication("firstagenda-greve")
    found = sorted(folder.glob(prefix + "*.json"))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def store(tmp_path):
    """An empty store with its search index, for the harvester's tests."""
    from sagsgang.search import open_index

    s = open_index(str(tmp_path / "h.db"))
    yield s
    s.close()
