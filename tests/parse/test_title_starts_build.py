"""The learned title starts (benchmarks/parse_accuracy/build_title_starts.py): its default build is the list the
parser reads, and its Greve-dev option adds common title openings tune lacks but never a place name nor one
council's own habit. Skipped cleanly where the shared corpus is absent."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sagsgang.parse.title_split import TITLE_STARTS

from .corpus_pages import CORPUS

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "parse_accuracy"


@pytest.fixture(scope="module")
def builder():  # type: ignore[no-untyped-def]
    if not (CORPUS / "publications" / "firstagenda-greve").is_dir():
        pytest.skip("shared corpus absent")
    sys.path.insert(0, str(BENCH))
    try:
        import build_title_starts
    finally:
        sys.path.remove(str(BENCH))
    return build_title_starts


def test_default_build_is_the_shipped_list(builder) -> None:  # type: ignore[no-untyped-def]
    assert frozenset(builder.build(CORPUS)) == TITLE_STARTS


def test_greve_dev_adds_common_openings_and_no_names(builder) -> None:  # type: ignore[no-untyped-def]
    words = set(builder.build(CORPUS, greve_min_count=5))
    assert {"Udbud", "Budgetopfølgning", "Opfølgning"} <= words - TITLE_STARTS
    # place names (no lower case in any title) and one council's habits (no tune title starts so) stay out
    assert not words & {"Greve", "Mosede", "Strandparken", "Tune", "Tryghed", "Introduktion", "Klub"}
