"""Dated decision heads that transcripts and flattened pages print (strand theads, issue 11), on invented pages read
as printed and flattened the way a PDF transcript prints them (flattening.flattened_text). Expected values by the
annotation rules: the committee as printed (a genitive its base name), the date as ISO, the text without its head."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES

PAGE = MINUTES


def _decisions(tmp_path: Path, page: str, flat: bool) -> list[tuple[str | None, str | None, str]]:
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page) if flat else page, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.date, d.text) for d in item.decisions]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", [
    "Økonomiudvalget - 12-03-2024: Anbefales.",  # run in
    "Økonomiudvalget – 12.03.2024:\nAnbefales.",  # over the outcome, an en dash
    "Økonomiudvalget - 12-03-2024 Anbefales.",  # a table's cells run together, no colon
    "Beslutning\nØkonomiudvalget - 12-03-2024: Anbefales.",  # under the heading
])
def test_a_dash_between_the_body_and_its_date_sets_the_date_off(tmp_path, block, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize(("block", "body", "date"), [
    ("Økonomiudvalgets møde den 12. marts 2024\nAnbefales.", "Økonomiudvalget", "2024-03-12"),
    ("Økonomiudvalgets møde den 12. marts 2024: Anbefales.", "Økonomiudvalget", "2024-03-12"),
    ("Beslutning\nByrådets møde 20.03.2024\nAnbefales.", "Byrådet", "2024-03-20"),
])
def test_a_genitive_meeting_head_over_an_outcome_names_its_body_by_its_base_name(tmp_path, block, body, date, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == [(body, date, "Anbefales.")]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", [
    "Økonomiudvalgets møde den 12. marts 2024\nForvaltningen orienterede om sagen.",  # no outcome after it
    "Sagen blev drøftet på Økonomiudvalgets møde den 5. marts 2024, og udvalget ønskede flere oplysninger.",
    "Sagen skal behandles i Økonomiudvalget den 12. marts 2024.",
])
def test_a_meeting_named_in_prose_or_over_no_outcome_is_no_decision(tmp_path, block, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == []


TRANSCRIPT = """Økonomiudvalget 12. marts 2024

Download "Økonomiudvalget 12. marts 2024"

Transkript

1 Økonomiudvalget Mødedato: Tirsdag den 12. marts 2024 Mødetidspunkt: 16:00 Side 1 af 6

2 Indholdsfortegnelse 1. Trafiksikkerhedsplan 2024 3 2. Budget 2025 5 3. Eventuelt 6 Side 2 af 6

3 Økonomiudvalget 12-03-2024 1. Trafiksikkerhedsplan 2024 Sagsnr.: 24/1234 Sagsfremstilling Forvaltningen har \
udarbejdet et udkast til en trafiksikkerhedsplan. Indstilling Forvaltningen indstiller, at planen godkendes. \
Beslutning i Økonomiudvalget den Side 3 af 6

4 Økonomiudvalget 12-03-2024 {date} Anbefales. Side 4 af 6

5 Økonomiudvalget 12-03-2024 2. Budget 2025 Sagsfremstilling Budgettet. Beslutning Godkendt. Side 5 af 6

6 Økonomiudvalget 12-03-2024 3. Eventuelt Beslutning Intet. Side 6 af 6
"""


@pytest.mark.parametrize("date", ["12. marts 2024", "12.03.2024"])
def test_a_heading_ending_its_page_keeps_the_day_of_the_date_opening_the_next(tmp_path, date):
    """The running head's optional page number after it is not the day of the date the next page opens with."""
    assert _decisions(tmp_path, TRANSCRIPT.format(date=date), False) == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", [
    "Behandlet i Økonomiudvalget den 12. marts 2024\nAnbefales.",  # the participle, not part of the body's name
    "12.03.2024 Økonomiudvalget: Anbefales.",  # the date first, run in
    "12-03-2024 Økonomiudvalget:\nAnbefales.",  # the date first, over the outcome
    "Økonomiudvalget's beslutning\nAnbefales.",  # the genitive's 's' behind an apostrophe, no date: the meeting's
])
def test_other_dated_heads_name_the_body_and_date_of_the_outcome(tmp_path, block, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]


@pytest.mark.parametrize("head", ["", "Beslutning\n"], ids=["bare", "headed"])
def test_a_flattened_decision_tables_undated_rows_are_each_their_bodys_decision(tmp_path, head):
    """'Teknik- og Miljøudvalget<TAB>Anbefales.' / 'Økonomiudvalget<TAB>Godkendt.': flattened, the tab folded, each
    row is still its body's decision (the meeting's own committee on the meeting's date)."""
    block = (f"{head}Teknik- og Miljøudvalget\tAnbefales.\n"
             "Økonomiudvalget\tGodkendt med den tilføjelse, at fristen forlænges.")
    assert _decisions(tmp_path, PAGE.format(block=block).replace("\t", " "), True) == [
        ("Teknik- og Miljøudvalget", None, "Anbefales."),
        ("Økonomiudvalget", "2024-03-12", "Godkendt med den tilføjelse, at fristen forlænges.")]


@pytest.mark.parametrize("head", ["Beslutning fra mødet den 12. marts 2024", "Beslutning (12.03.2024)"])
def test_a_heading_naming_its_date_only_leaves_a_flattened_decisions_text(tmp_path, head):
    assert _decisions(tmp_path, PAGE.format(block=f"{head}\nAnbefales."), True) == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales.")]


def test_a_sentence_after_the_decision_word_and_a_date_stays_text(tmp_path):
    """'Beslutning den 12. marts 2024 om …' is no heading: no capital after the date."""
    block = "Sagen blev udsat. Beslutning den 12. marts 2024 om budgettet følger."
    assert _decisions(tmp_path, PAGE.format(block=block), True) == []


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", ["Økonomiudvalget den 12. marts 2024, punkt 5: Anbefales.",
                                   "Økonomiudvalget, 12.03.2024, punkt 5:\nAnbefales."])
def test_the_item_number_after_a_treatments_date_may_be_spelled_punkt(tmp_path, block, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]
