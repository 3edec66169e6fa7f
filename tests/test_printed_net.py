"""benchmarks/parse_accuracy/printed.py: its pure parts (the subset of meetings, soft hyphens, the gold of a
template) and, where Debian's chromium is installed, one real meeting printed and read back."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

NET = Path(__file__).resolve().parents[1] / "benchmarks" / "parse_accuracy"
sys.path.insert(0, str(NET))
printed = pytest.importorskip("printed")

# a dev meeting (even index) of four items, the third one closed
MEETING = 28


def _meeting(template: str):
    paths = sorted(printed.GREVE.glob("*.json"))
    if len(paths) <= MEETING:
        pytest.skip("Greve publications not available")
    tree, items = printed.load(paths[MEETING])
    return printed.render(tree, items, template, random.Random(f"11/{MEETING}/{template}"))


def test_subset_takes_whole_pairs_so_each_half_gets_half():
    picked = printed.subset(288, 40)
    assert len(picked) == 40
    assert sum(k % 2 == 0 for k in picked) == 20
    assert all(k + 1 in picked for k in picked if k % 2 == 0)
    assert picked == printed.subset(288, 40)


def test_soft_hyphens_break_long_words_only():
    assert printed.soft_hyphens("Godkendelse af beskæftigelsesindsatsen") == \
        "Godkendelse af beskæftigel&shy;sesindsatsen"
    assert printed.soft_hyphens("A & B") == "A &amp; B"


def test_gold_of_a_template_says_what_it_prints():
    _, page, facts = _meeting("plain")
    gold = printed.printed_gold("x.pdf", page, facts)
    assert [it["number"] for it in gold["items"]] == ["1", "2", "3", "4"]
    closed = gold["items"][2]
    assert (closed["title"], closed["public"], closed["case_numbers"]) == ("Lukket punkt", False, [])
    assert gold["meeting"]["committee"] == "Byråd 2022-2025"
    markup, page, facts = _meeting("table")
    closed = printed.printed_gold("x.pdf", page, facts)["items"][2]
    assert closed["public"] is False and closed["title"] != "Lukket punkt" and closed["case_numbers"]
    assert "Side &quot;" not in markup and 'counter(pages)' in markup


@pytest.mark.skipif(printed.chromium() is None, reason="chromium not installed")
def test_a_printed_meeting_reads_back(tmp_path):
    from sagsgang.parse import parse_file

    markup, page, facts = _meeting("table")
    pdf = printed.printed_pdf(markup, tmp_path, printed.chromium())
    out = parse_file(pdf).to_contract()
    assert [it["title"] for it in out["items"]] == \
        [it["title"] for it in printed.printed_gold("x.pdf", page, facts)["items"]]
