"""The shared real pages a test reads where the corpus is present: a test that needs one is skipped cleanly
when ../shared/corpus is absent (a fresh machine), never failed."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.model import AgendaItem
from sagsgang.parse import parse_file

EXTRA_DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "extra" / "docs"


def extra_page_items(name: str) -> list[AgendaItem]:
    """The items the parser reads from the shared excerpt `name` (skips the test when the corpus is absent)."""
    page = EXTRA_DOCS / name
    if not page.exists():
        pytest.skip(f"corpus page {name} absent")
    return parse_file(page).items


def extra_page_titles(name: str) -> list[str | None]:
    """The item titles of the shared excerpt `name`, in order."""
    return [it.title for it in extra_page_items(name)]
