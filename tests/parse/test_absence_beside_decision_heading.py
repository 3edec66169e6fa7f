"""Absentees printed on a decision heading's own line after a dash or a comma ('Beslutning i Byrådet den
12-03-2024 - Fraværende: Anne Hansen (V)', 'Økonomiudvalgets beslutning den 12.03.2024, afbud: …'), and a
meeting's absentees said in a sentence right under a labelled members' line ('Deltagere: …' / 'X havde meldt
afbud.'). Expected values by the annotation rules: a labelled absence line leaves the decision's text, its names
are that decision's `absent`; absence for the whole meeting printed in the header's prose is `meeting.absent`."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

MEETING = """Referat
Byrådet
Mødedato: 12. marts 2024 kl. 16:00
{header}
1. Salg af grund ved Skolevej
Sagsfremstilling
Kommunen har modtaget et bud på grunden.
{decision}

2. Budget 2025
Sagsfremstilling
Budgettet.
Beslutning
Godkendt.
"""


def _parse(tmp_path: Path, decision: str, header: str = "") -> dict:
    page = tmp_path / "page.txt"
    page.write_text(MEETING.format(decision=decision, header=header), encoding="utf-8")
    return parse_file(page).to_contract()


@pytest.mark.parametrize("decision, absent", [
    ("Beslutning i Byrådet den 12-03-2024 - Fraværende: Anne Hansen (V)\nGodkendt.", ["Anne Hansen (V)"]),
    ("Beslutning i Byrådet den 12-03-2024 – Fraværende: Anne Hansen (V)\nGodkendt.", ["Anne Hansen (V)"]),
    ("Byrådets beslutning den 12.03.2024, afbud: Anne Hansen (V) og Bo Jensen (A)\nGodkendt.",
     ["Anne Hansen (V)", "Bo Jensen (A)"]),
    ("Beslutning den 12. marts 2024, Fraværende: Dorte Nielsen\nGodkendt.", ["Dorte Nielsen"]),
])
def test_absence_after_dash_or_comma_on_heading(tmp_path: Path, decision: str, absent: list[str]) -> None:
    got = _parse(tmp_path, decision)
    first = got["items"][0]["decisions"]
    assert [(d["committee"], d["date"], d["text"], d["absent"]) for d in first] == \
        [("Byrådet", "2024-03-12", "Godkendt.", absent)]
    assert got["meeting"]["absent"] == []
    assert got["items"][1]["decisions"][0]["absent"] == []


def test_each_decision_keeps_its_own_absentees(tmp_path: Path) -> None:
    decision = ("Beslutning i Økonomiudvalget den 5. marts 2024 - Fraværende: Anne Hansen (V)\nAnbefales.\n"
                "Beslutning i Byrådet den 12. marts 2024 - Fraværende: Bo Jensen (A)\nGodkendt.")
    got = _parse(tmp_path, decision)["items"][0]["decisions"]
    assert [(d["committee"], d["text"], d["absent"]) for d in got] == \
        [("Økonomiudvalget", "Anbefales.", ["Anne Hansen (V)"]), ("Byrådet", "Godkendt.", ["Bo Jensen (A)"])]


def test_a_dash_in_a_heading_without_a_label_names_nobody(tmp_path: Path) -> None:
    got = _parse(tmp_path, "Beslutning i Byrådet den 12-03-2024 - Anne Hansen (V) spurgte til prisen.\nGodkendt.")
    assert all(not d["absent"] for it in got["items"] for d in it["decisions"])


def test_meeting_absence_sentence_under_labelled_members(tmp_path: Path) -> None:
    header = "Deltagere: Carl Olsen (C), Eva Berg (O)\nAnne Hansen (V) og Bo Jensen (A) havde meldt afbud.\n"
    got = _parse(tmp_path, "Beslutning\nGodkendt.", header=header)
    assert got["meeting"]["absent"] == ["Anne Hansen (V)", "Bo Jensen (A)"]
    assert got["items"][0]["decisions"][0]["absent"] == []


def test_sentence_not_under_the_members_line_names_no_meeting_absentee(tmp_path: Path) -> None:
    """A sentence below another labelled line (the minute-taker's) names nobody listed: no member's absence."""
    header = "Deltagere: Carl Olsen (C), Eva Berg (O)\nReferent: Lis Berg\nAnne Hansen (V) havde meldt afbud.\n"
    got = _parse(tmp_path, "Beslutning\nGodkendt.", header=header)
    assert got["meeting"]["absent"] == []


@pytest.mark.parametrize("heading, absent", [
    ("Beslutning i Byrådet den 12. marts 2024 - Fraværende: Anne Hansen (V)", ["Anne Hansen (V)"]),
    ("Byrådets beslutning den 12.03.2024, afbud: Anne Hansen (V) og Bo Jensen (A)",
     ["Anne Hansen (V)", "Bo Jensen (A)"]),
    ("Beslutning den 12-03-2024 (Fraværende: Anne Hansen (V))", ["Anne Hansen (V)"]),
    ("Beslutning i Byrådet den 12. marts 2024: afbud: Dorte Nielsen", ["Dorte Nielsen"]),
])
def test_absence_beside_heading_in_a_flattened_page(tmp_path: Path, heading: str, absent: list[str]) -> None:
    """The same page as a PDF transcript prints it (its lines joined behind a page number): the separator before
    the label is neither the decision's text nor a name."""
    page = tmp_path / "page.txt"
    lines = MEETING.format(decision=f"{heading}\nGodkendt.", header="").split("\n")
    page.write_text("Referat\n\nTranskript\n\n1 " + " ".join(t for t in lines if t.strip()) + "\n", encoding="utf-8")
    got = parse_file(page).to_contract()
    assert [(d["committee"], d["date"], d["text"], d["absent"]) for d in got["items"][0]["decisions"]] == \
        [("Byrådet", "2024-03-12", "Godkendt.", absent)]


def test_meeting_absence_sentence_printed_as_the_members_are(tmp_path: Path) -> None:
    """Members printed without parties: a sentence right below them naming a person the same way names a member
    who is away; under members printed with parties, a name without one (staff, a guest) does not."""
    header = "Deltagere: Carl Olsen, Eva Berg\nDorte Nielsen havde meldt afbud.\n"
    assert _parse(tmp_path, "Beslutning\nGodkendt.", header=header)["meeting"]["absent"] == ["Dorte Nielsen"]
    header = "Deltagere: Carl Olsen (C), Eva Berg (O)\nDorte Nielsen havde meldt afbud.\n"
    assert _parse(tmp_path, "Beslutning\nGodkendt.", header=header)["meeting"]["absent"] == []


@pytest.mark.parametrize("header, absent", [
    ("Deltagere: Carl Olsen (C), Eva Berg (O), Anne Hansen (V)\nAnne Hansen (V) havde forfald.\n", ["Anne Hansen (V)"]),
    ("Deltagere: Carl Olsen (C), Eva Berg (O), Anne Hansen (V)\nMed afbud fra Anne Hansen (V).\n", ["Anne Hansen (V)"]),
    # a sentence that starts as a label does, names no absentee
    ("Deltagere: Carl Olsen (C), Eva Berg (O), Anne Hansen (V)\nMed afbud fra formanden ledede Eva Berg (O) mødet.\n",
     []),
])
def test_meeting_absence_in_other_words(tmp_path: Path, header: str, absent: list[str]) -> None:
    got = _parse(tmp_path, "Beslutning\nGodkendt.", header=header)
    assert got["meeting"]["absent"] == absent
    assert got["items"][0]["decisions"][0]["absent"] == []


def test_med_afbud_fra_under_a_decision_is_its_absence_sentence(tmp_path: Path) -> None:
    got = _parse(tmp_path, "Beslutning\nGodkendt.\nMed afbud fra Anne Hansen (V).")
    assert [(d["text"], d["absent"]) for d in got["items"][0]["decisions"]] == \
        [("Godkendt. Med afbud fra Anne Hansen (V).", ["Anne Hansen (V)"])]
    assert got["meeting"]["absent"] == []


@pytest.mark.parametrize("block, absent", [
    ("Fraværende\nAnne Hansen (V)", ["Anne Hansen (V)"]),
    ("Afbud\nAnne Hansen (V) og Bo Jensen (A)", ["Anne Hansen (V)", "Bo Jensen (A)"]),
])
def test_absence_block_ending_a_flattened_item(tmp_path: Path, block: str, absent: list[str]) -> None:
    """A 'Fraværende' block under the decision, the item's last words once a transcript joins its lines: a label
    line, not the decision's text."""
    page = tmp_path / "page.txt"
    lines = MEETING.format(decision=f"Beslutning\nGodkendt.\n{block}", header="").split("\n")
    page.write_text("Referat\n\nTranskript\n\n1 " + " ".join(t for t in lines if t.strip()) + "\n", encoding="utf-8")
    got = parse_file(page).to_contract()
    assert [(d["text"], d["absent"]) for d in got["items"][0]["decisions"]] == [("Godkendt.", absent)]


def test_absence_sentence_with_the_party_by_its_name(tmp_path: Path) -> None:
    got = _parse(tmp_path, "Beslutning\nGodkendt.\nLise Holm (Socialdemokratiet) var fraværende.")
    assert [(d["text"], d["absent"]) for d in got["items"][0]["decisions"]] == \
        [("Godkendt. Lise Holm (Socialdemokratiet) var fraværende.", ["Lise Holm (Socialdemokratiet)"])]


def test_a_department_in_brackets_is_no_absentee(tmp_path: Path) -> None:
    got = _parse(tmp_path, "Beslutning\nGodkendt.\nForvaltningen (Teknik og Miljø) var fraværende.")
    assert got["items"][0]["decisions"][0]["absent"] == []
