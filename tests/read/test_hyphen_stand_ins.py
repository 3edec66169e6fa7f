"""The reader folds the same hyphen stand-ins the parser counts as dashes: the reader imports nothing of the parser
(the pipeline runs one way), so the list is written in both, and this test holds the two equal."""
from __future__ import annotations

import pytest

from sagsgang.parse.dashes import DASH_CHARACTERS, HYPHEN_STAND_INS
from sagsgang.read import visible as visible_module
from sagsgang.read.visible import visible


def test_reader_and_parser_name_the_same_stand_ins() -> None:
    assert visible_module.HYPHEN_STAND_INS == HYPHEN_STAND_INS
    assert set(HYPHEN_STAND_INS) <= DASH_CHARACTERS


@pytest.mark.parametrize("dash", list(HYPHEN_STAND_INS))
def test_each_stand_in_between_figures_reads_as_a_hyphen(dash: str) -> None:
    assert visible(f"Sag 24{dash}0317 om Vindelbro") == "Sag 24-0317 om Vindelbro"
