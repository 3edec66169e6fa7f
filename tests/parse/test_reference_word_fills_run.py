"""A title that ends on a word a reference follows ('… referat fra sidste møde', '… lokalplan', '… bilag'), flattened
onto one line with the next item's number ('… møde 2. Salg af grund …'): the number fills the run's gap between 1 and
3, so it is item 2's, not a reference 'møde 2' (lead, session 47). Before, item 2 lost its number and item 1's title
ran on to '… møde 2.'. Where the run has its 2 already, a reference's number stays a reference."""
from __future__ import annotations

import pytest

from sagsgang.parse.number_candidates import candidates

from .transcript_page import parse_text, viewer_text

HEAD = "Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødested: Rådhuset "


@pytest.mark.parametrize("word", ["referat fra sidste møde", "forslag til lokalplan", "orientering om bilag"])
@pytest.mark.parametrize("as_transcript", [False, True], ids=["flat", "transcript"])
def test_the_number_after_the_word_fills_the_run(tmp_path, word, as_transcript):
    line = HEAD + f"1. Godkendelse af {word} 2. Salg af grund på Industrivej 3. Budget 2025 4. Eventuelt"
    text = viewer_text("Referat Økonomiudvalget", line) if as_transcript else line + "\n"
    items = parse_text(tmp_path, text).items
    assert [(i.number, i.title) for i in items] == [
        ("1", f"Godkendelse af {word}"), ("2", "Salg af grund på Industrivej"), ("3", "Budget 2025"),
        ("4", "Eventuelt")]


def test_a_reference_beside_the_runs_own_number_stays_in_its_title(tmp_path):
    line = HEAD + "1. Godkendelse af dagsorden 2. Opfølgning på møde 2. halvår 3. Budget 2025"
    items = parse_text(tmp_path, line + "\n").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Opfølgning på møde 2. halvår"), ("3", "Budget 2025")]


@pytest.mark.parametrize("line", [
    "1. Godkendelse af dagsorden 2. Budget 2025 3. Status for lokalplan 4. Etape ved havnen",
    "1. Godkendelse af dagsorden 2. Status for lokalplan 7. Etape ved havnen 3. Budget 2025"])
def test_a_reference_that_fills_no_gap_is_no_candidate(line):
    assert [c.num for c in candidates(HEAD + line)] == [1, 2, 3]


def test_a_bare_number_after_the_word_stays_a_reference():
    """Without a mark the number is as likely the reference's ('Forslag til lokalplan 2 Søvej'): the run's own
    marks are the evidence, and a bare list gives none."""
    assert [c.num for c in candidates(HEAD + "1 Forslag til lokalplan 2 Søvej 3 Budget 2025")] == [1, 3]
