"""'Beslutning –' over its outcome, flattened ('… Beslutning – Godkendt med …', strand theads2): a typeset dash (en,
em) is the heading's own when one sentence follows it and no second entry, so the text is the outcome without it, as
the lined page reads it; a hyphen before one sentence opens a dash list's entry (test_titles_only_contents), and a
list of two entries and more ('Beslutning - Godkendt - Taget til efterretning') stays a list."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES

OUTCOME = "Godkendt med den tilføjelse, at fristen forlænges."


def _texts(tmp_path: Path, block: str) -> list[str]:
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(MINUTES.format(block=block)), encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [d.text for d in item.decisions]


@pytest.mark.parametrize("dash", ["–", "—"])
def test_the_headings_dash_is_not_the_decisions_text(tmp_path, dash):
    assert _texts(tmp_path, f"Beslutning {dash}\n{OUTCOME}") == [OUTCOME]


@pytest.mark.parametrize("block", [f"Beslutning\n- {OUTCOME}",
                                   "Beslutning\n- Godkendt\n- Taget til efterretning",
                                   "Beslutning\n– Godkendt.\n– Taget til efterretning.",
                                   "Beslutning\n- Godkendt.\n- Taget til efterretning."])
def test_a_hyphen_or_a_dash_list_of_two_entries_stays_a_list(tmp_path, block):
    assert _texts(tmp_path, block) == [" ".join(block.split("\n")[1:])]
