"""The shared real pages a test reads where the corpus is present: a test that needs one is skipped cleanly
when ../shared/corpus is absent (a fresh machine), never failed. An `extra/` page a test reads must be a `tune`
page: `check` pages are the unseen-municipality estimate and no test may be built on one."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from sagsgang.model import AgendaItem
from sagsgang.parse import parse_file

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
EXTRA = CORPUS / "extra"
EXTRA_DOCS = EXTRA / "docs"


@cache
def _extra_split() -> dict[str, str]:
    """Each extra page's split ('tune' or 'check'), from extra/split.tsv."""
    rows = (EXTRA / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {name: split for name, split, *_ in (row.split("\t") for row in rows)}


def corpus_file(relative: str) -> Path:
    """The shared corpus file at `relative` (e.g. 'docs/004_….txt', 'extra/docs/x0072.txt'); skips the test when it
    is absent, and fails it when it is an extra page outside `tune`."""
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"shared corpus file {relative} absent")
    if path.parent == EXTRA_DOCS:
        assert _extra_split().get(path.name) == "tune", f"{path.name}: tests may read tune pages only"
    return path


def extra_page(name: str) -> Path:
    """The shared excerpt `name` (a tune page)."""
    return corpus_file(f"extra/docs/{name}")


def extra_gold(name: str) -> dict[str, Any]:
    """The hand-made gold of the tune excerpt `name`."""
    extra_page(name)
    return json.loads(corpus_file(f"extra/gold/{name}.json").read_text(encoding="utf-8"))


def extra_page_items(name: str) -> list[AgendaItem]:
    """The items the parser reads from the shared excerpt `name`."""
    return parse_file(extra_page(name)).items


def extra_page_titles(name: str) -> list[str | None]:
    """The item titles of the shared excerpt `name`, in order."""
    return [it.title for it in extra_page_items(name)]
