"""A tune transcript whose contents list labels its numbers ('Punkt 4 Anlægsprojekter …', 'Sag 4 …') where it
prints them, rewritten by the transcript_variants net's own 'punkt-numbers' and 'sag-numbers' functions (the
tests read what the net scores): the list lost some numbers and prints a page after each title ('… Klosterforum
8 Punkt 4 Anlægsprojekter …'). The label before the run's next number is that entry's, never a title of its own
after the page number: the list reads as it does where the numbers are printed bare ('8 4. Anlægsprojekter')."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .corpus_pages import extra_gold, extra_page

_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("variant", ["punkt-numbers", "sag-numbers"])
def test_the_next_entrys_label_is_no_title(tmp_path: Path, variant: str):
    sys.path.insert(0, str(_ROOT / "benchmarks" / "parse_accuracy"))
    try:
        from transcript_variants import VARIANTS
    finally:
        sys.path.pop(0)
    name = "x0088.txt"  # 'Punkt 1 Overførsel … Ansøgning til Turismepuljen - Klosterforum 8 Punkt 4 …'
    gold = extra_gold(name)
    page = tmp_path / name
    page.write_text(VARIANTS[variant](extra_page(name).read_text(encoding="utf-8"), gold), encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(extra_page(name).read_text(encoding="utf-8"), encoding="utf-8")
    assert [(it.number, it.title) for it in parse_file(page).items] \
        == [(it.number, it.title) for it in parse_file(plain).items]
