"""Tune transcripts whose contents list is given a case column ('… Årsregnskab Sagsnr. 24/1214 Låneadgang mv.
vedrørende 2016 i Sagsnr. 24/1221 5. Forslag til budgetproces …'), rewritten by the transcript_variants net's own
'case-numbers' function, so the tests read what the net scores. Each row's case number is that row's entry's:
not the number's of the entry whose item number the list printed last (its body, found on the list's line, ran
on over the rows whose numbers were lost), and also where the items' bodies are found on the pages below."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .corpus_pages import extra_gold, extra_page

_ROOT = Path(__file__).resolve().parents[2]


def _variant(name: str) -> tuple[str, dict]:
    """Tune page `name` with the net's case column, and its gold holding each row's number."""
    sys.path.insert(0, str(_ROOT / "benchmarks" / "parse_accuracy"))
    try:
        from transcript_variants import GOLD_EDITS, VARIANTS
    finally:
        sys.path.pop(0)
    text, gold = extra_page(name).read_text(encoding="utf-8"), extra_gold(name)
    return VARIANTS["case-numbers"](text, gold), GOLD_EDITS["case-numbers"](text, json.loads(json.dumps(gold)))


def _read(tmp_path: Path, name: str) -> tuple[dict[str | None, list[str]], dict[str, list[str]]]:
    """(title -> case numbers read, title -> the gold's) of the variant of `name`, for the titles read as printed."""
    text, gold = _variant(name)
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    read = {it.title: it.case_numbers for it in parse_file(page).items}
    want = {it["title"]: it["case_numbers"] for it in gold["items"] if it["title"] in read}
    assert len(want) >= len(gold["items"]) - 1
    return read, want


@pytest.mark.parametrize("name", ["x0083.txt", "x0213.txt"])
def test_a_numbered_entrys_body_ends_at_the_next_rows_title(tmp_path: Path, name: str):
    """The list prints some numbers and the numbered entries' headers are found on the list's own line, each
    with a body (its case cell): that body ends where the next row's title stands with its own cell, whose
    entry the list lost the number of ('3. Årsregnskab Sagsnr. 24/1214 Låneadgang … Sagsnr. 24/1221 5. …')."""
    read, want = _read(tmp_path, name)
    assert {t: read[t] for t in want} == want


@pytest.mark.parametrize("name", ["x0073.txt", "x0088.txt"])
def test_each_listed_entry_keeps_its_own_rows_case_number(tmp_path: Path, name: str):
    """The items' bodies are found on the pages below the list: each entry still gets the number its row
    prints after its title."""
    read, want = _read(tmp_path, name)
    assert {t: read[t] for t in want} == want
