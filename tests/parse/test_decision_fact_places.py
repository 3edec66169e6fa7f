"""Where pages put a decision's facts: dated decision lines that carry the item's number at that meeting
(`Økonomiudvalget den 12. marts 2024, pkt. 5:`), absentees labelled `Med afbud:` / `Fraværende uden afbud:`,
absence printed in an item's head over its case number or in a block after its attachments, and decisions
printed under a route's label (`Politisk behandling`). Small synthetic pages; expected values are read off
each page by hand by the annotation rules (earlier treatments oldest first, labelled absence lines out of
the decision text, a route's listed bodies its route and a decision only where an outcome is printed)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

SINGLE = "Salg af grund ved Skolevej\nSagsnr.: 24-000456\n{body}\nSagsfremstilling\nKommunen har modtaget et bud.\n"
MEETING = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024 kl. 16:00
{head}

1. Salg af grund ved Skolevej
{item}

2. Budget 2025
Sagsfremstilling
Budgettet.
Beslutning
Godkendt.
"""


def _parse(tmp_path: Path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p)


def _facts(item) -> list[tuple[str | None, str | None, str, list[str]]]:
    return [(d.committee, d.date, d.text, d.absent) for d in item.decisions]


TWO = [("Økonomiudvalget", "2024-03-12", "Anbefales.", ["Anne Hansen (V)"]),
       ("Byrådet", "2024-03-20", "Godkendt.", ["Bo Jensen (A)"])]


@pytest.mark.parametrize("body", [
    "Økonomiudvalget den 12. marts 2024, pkt. 5:\nAnbefales.\nFraværende: Anne Hansen (V)\n"
    "Byrådet den 20. marts 2024, pkt. 7:\nGodkendt.\nFraværende: Bo Jensen (A)",
    "Økonomiudvalget den 12. marts 2024, pkt. 5: Anbefales.\nFraværende: Anne Hansen (V)\n"
    "Byrådet den 20. marts 2024, pkt. 7: Godkendt.\nFraværende: Bo Jensen (A)",
    "Økonomiudvalget 12.03.2024, pkt. 5:\nAnbefales.\nFraværende: Anne Hansen (V)\n"
    "Byrådet 20.03.2024, pkt. 7:\nGodkendt.\nFraværende: Bo Jensen (A)",
])
def test_a_dated_decision_line_with_the_item_number_heads_its_decision(tmp_path, body):
    [item] = _parse(tmp_path, SINGLE.format(body=body)).items
    assert _facts(item) == TWO


@pytest.mark.parametrize("label", ["Med afbud: Anne Hansen (V)", "Fraværende uden afbud: Anne Hansen (V)",
                                   "Med afbud:\nAnne Hansen (V)"])
def test_absence_labels_with_afbud_name_the_decisions_absentee(tmp_path, label):
    doc = _parse(tmp_path, MEETING.format(head="", item=f"Sagsfremstilling\nBud.\nBeslutning\nAnbefales.\n{label}"))
    assert _facts(doc.items[0]) == [("Økonomiudvalget", "2024-03-12", "Anbefales.", ["Anne Hansen (V)"])]


def test_med_afbud_in_the_meetings_header_is_absence_from_the_meeting(tmp_path):
    head = "Medlemmer: Anne Hansen (V), Bo Jensen (A), Carl Berg (C)\nMed afbud: Anne Hansen (V)"
    doc = _parse(tmp_path, MEETING.format(head=head, item="Beslutning\nAnbefales."))
    assert doc.meeting.absent == ["Anne Hansen (V)"]


@pytest.mark.parametrize("item", [
    "Fraværende: Anne Hansen (V)\nSagsnr.: 24-000456\nSagsfremstilling\nBud.\nBeslutning\nAnbefales.",
    "Sagsfremstilling\nBud.\nBeslutning\nAnbefales.\nBilag\n1. Kort over grunden\nFraværende\nAnne Hansen (V)",
])
def test_absence_printed_for_the_item_outside_its_decision_is_the_decisions(tmp_path, item):
    first = _parse(tmp_path, MEETING.format(head="", item=item)).items[0]
    assert first.title == "Salg af grund ved Skolevej"
    assert _facts(first) == [("Økonomiudvalget", "2024-03-12", "Anbefales.", ["Anne Hansen (V)"])]
    assert [a.title for a in first.attachments] in ([], ["Kort over grunden"])


def test_decisions_under_a_route_label_are_decisions_and_their_bodies_the_route(tmp_path):
    body = ("Politisk behandling\nØkonomiudvalget, 12. marts 2024, pkt. 5\nAnbefales.\nFraværende: Anne Hansen (V)\n"
            "Byrådet, 20. marts 2024, pkt. 7\nGodkendt.\nFraværende: Bo Jensen (A)")
    [item] = _parse(tmp_path, SINGLE.format(body=body)).items
    assert item.route == ["Økonomiudvalget", "Byrådet"]
    assert _facts(item) == TWO


def test_a_listed_treatment_without_an_outcome_stays_route_only(tmp_path):
    body = ("Politisk behandling\nØkonomiudvalget, 12. marts 2024\nAnbefales.\nByrådet, 20. marts 2024")
    [item] = _parse(tmp_path, SINGLE.format(body=body)).items
    assert item.route == ["Økonomiudvalget", "Byrådet"]
    assert _facts(item) == [("Økonomiudvalget", "2024-03-12", "Anbefales.", [])]


def test_a_route_in_prose_is_no_route(tmp_path):
    [item] = _parse(tmp_path, "Salg af grund\nSagsnr.: 24-000456\nSagsfremstilling\n"
                              "Sagen behandles i Økonomiudvalget og derefter i Byrådet.\n").items
    assert item.route == []


def test_dated_decision_lines_below_the_case_text_keep_their_own_absentees(tmp_path):
    text = ("Salg af grund ved Skolevej\nSagsnr.: 24-000456\nSagsfremstilling\nKommunen har modtaget et bud.\n"
            "Økonomiudvalget den 12. marts 2024:\nAnbefales.\nFraværende: Anne Hansen (V)\n"
            "Byrådet den 20. marts 2024:\nGodkendt.\nFraværende: Bo Jensen (A)\n")
    [item] = _parse(tmp_path, text).items
    assert _facts(item) == TWO


def test_a_route_label_over_dated_lines_with_item_numbers_lists_the_bodies(tmp_path):
    body = "Sagsgang\nØkonomiudvalget, 12. marts 2024, pkt. 5\nByrådet, 20. marts 2024, pkt. 7"
    [item] = _parse(tmp_path, SINGLE.format(body=body)).items
    assert item.route == ["Økonomiudvalget", "Byrådet"]
    assert item.decisions == []


@pytest.mark.parametrize("label", ["Fraværende", "Afbud:"])
def test_a_two_column_table_read_column_by_column_gives_the_label_its_names(tmp_path, label):
    """'Beslutning | Anbefales.' / 'Fraværende | Anne Hansen (V)' extracted column by column: the labels, then the
    values; the names after the outcome are the label's."""
    item = f"Sagsfremstilling\nBud.\nBeslutning\n{label}\nAnbefales.\nAnne Hansen (V)"
    first = _parse(tmp_path, MEETING.format(head="", item=item)).items[0]
    assert _facts(first) == [("Økonomiudvalget", "2024-03-12", "Anbefales.", ["Anne Hansen (V)"])]


def test_a_decision_ending_in_a_name_without_an_absence_label_keeps_it_as_text(tmp_path):
    item = "Sagsfremstilling\nBud.\nBeslutning\nAnbefales.\nAnne Hansen (V)"
    first = _parse(tmp_path, MEETING.format(head="", item=item)).items[0]
    assert _facts(first) == [("Økonomiudvalget", "2024-03-12", "Anbefales. Anne Hansen (V)", [])]


def test_an_absence_sentence_after_a_labelled_absence_line_names_one_more(tmp_path):
    item = ("Sagsfremstilling\nBud.\nBeslutning\nAnbefales.\n"
            "Afbud: Anne Hansen (V). Bo Jensen (A) deltog ikke i behandlingen.")
    first = _parse(tmp_path, MEETING.format(head="", item=item)).items[0]
    assert first.decisions[0].absent == ["Anne Hansen (V)", "Bo Jensen (A)"]
