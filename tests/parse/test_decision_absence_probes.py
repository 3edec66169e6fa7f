"""Decisions and their absentees in forms a probe of invented minutes found unread (issue 11, strand dabsent): a
decision heading that names its body by initials with the outcome on the same line, absence said as 'Afbud meldt af
X.', a label set off by a dash and run onto the outcome, 'Fraværende medlemmer:', 'havde anmeldt forfald'. Each is
read on the page as printed (lines kept) and flattened (a PDF's transcript)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .absence_page import PAGE
from .flattening import flattened_text
from .minutes_page import MINUTES


def _write(tmp_path: Path, page: str, flat: bool) -> Path:
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page) if flat else page, encoding="utf-8")
    return p


def _decisions(tmp_path: Path, block: str, flat: bool = False):
    return parse_file(_write(tmp_path, MINUTES.replace("{block}", block), flat)).items[0].decisions


def _decision(tmp_path: Path, decision: str, flat: bool = False,
              head: str = "Deltagere: Ulla Krog (B), Tage Mørk (F), Vera Dahl (B)"):
    return parse_file(_write(tmp_path, PAGE.format(head=head, decision=decision), flat)).items[0].decisions


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("line", ["Beslutning ØU 12.03.2024 Godkendt.", "Beslutning i ØU den 12. marts 2024 Godkendt.",
                                  "Beslutning ØU den 12.03.2024 Godkendt."])
def test_a_heading_naming_its_body_by_initials_with_the_outcome_on_its_line(tmp_path, line, flat):
    """'Beslutning ØU 12.03.2024 Godkendt.' on one kept line: the written-out body ('Beslutning Økonomiudvalget …')
    was read, the initials behind the heading's word were not, and the decision was lost."""
    [d] = _decisions(tmp_path, line, flat)
    assert (d.committee, d.date, d.text) == ("ØU", "2024-03-12", "Godkendt.")


@pytest.mark.parametrize("flat", [False, True])
def test_the_outcome_cell_may_go_on_with_who_was_away(tmp_path, flat):
    """The outcome's cell of a one-line heading with a second sentence: its first sentence is the outcome."""
    [d] = _decisions(tmp_path, "Beslutning ØU 12-03-2024 Godkendt. Bo Jensen (V) var fraværende.", flat)
    assert (d.committee, d.date, d.text, d.absent) == ("ØU", "2024-03-12", "Godkendt. Bo Jensen (V) var fraværende.",
                                                      ["Bo Jensen (V)"])


@pytest.mark.parametrize("block", ["Beslutning\nØU 12.03.2024 Godkendt.", "ØU 12.03.2024\nGodkendt."])
def test_a_body_of_two_initials_before_its_date_heads_the_outcome(tmp_path, block):
    """'ØU 12.03.2024' over (or before) the outcome: a body's initials are two letters, which the body-and-date
    line's reader took for too short a name."""
    [d] = _decisions(tmp_path, block)
    assert (d.committee, d.date, d.text) == ("ØU", "2024-03-12", "Godkendt.")


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("sep", ["\n", " "])
def test_afbud_meldt_af_is_a_sentence_that_names_the_absentee(tmp_path, sep, flat):
    """'Afbud meldt af X.' is the sentence 'Afbud fra X.' with the notice's verb: it stays in the text and names X
    (on its own line it was taken for a label whose value was 'meldt af X', no names, and the line left the text)."""
    [d] = _decision(tmp_path, f"Vedtaget.{sep}Afbud meldt af Vera Dahl (B).", flat)
    assert (d.text, d.absent) == ("Vedtaget. Afbud meldt af Vera Dahl (B).", ["Vera Dahl (B)"])


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_dashed_absence_label_run_onto_the_outcome(tmp_path, dash, flat):
    """'Godkendt. Fraværende - X og Y': the label set off by a dash, run onto the outcome's line (or a transcript's),
    is the label read on a line of its own."""
    [d] = _decision(tmp_path, f"Vedtaget. Fraværende {dash} Vera Dahl (B) og Tage Mørk (F)", flat)
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)", "Tage Mørk (F)"])


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("sep", ["\n", " "])
def test_fravaerende_medlemmer_labels_the_absentees(tmp_path, sep, flat):
    [d] = _decision(tmp_path, f"Vedtaget.{sep}Fraværende medlemmer: Vera Dahl (B)", flat)
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)"])


@pytest.mark.parametrize("flat", [False, True])
def test_havde_anmeldt_forfald_names_the_absentee_of_a_decision_and_of_the_meeting(tmp_path, flat):
    [d] = _decision(tmp_path, "Vedtaget.\nVera Dahl (B) havde anmeldt forfald.", flat)
    assert (d.text, d.absent) == ("Vedtaget. Vera Dahl (B) havde anmeldt forfald.", ["Vera Dahl (B)"])
    page = PAGE.format(head="Deltagere: Ulla Krog (B), Tage Mørk (F)\nVera Dahl (B) havde anmeldt forfald.",
                       decision="Vedtaget.")
    assert parse_file(_write(tmp_path, page, flat)).meeting.absent == ["Vera Dahl (B)"]


@pytest.mark.parametrize("rows", [
    "Teknik- og Miljøudvalget, 5. marts 2024, pkt. 12: Anbefales. Fraværende: Carl Nielsen (C)\n"
    "Økonomiudvalget, 12. marts 2024, pkt. 4: Godkendt.",
    "Teknik- og Miljøudvalget 05-03-2024\nAnbefales. Fraværende: Carl Nielsen (C)\n"
    "Økonomiudvalget 12-03-2024\nGodkendt."])
def test_absentees_before_the_next_bodys_treatment_on_a_transcript(tmp_path, rows):
    """A transcript runs the list of absentees on into the next body's treatment ('… Fraværende: Carl Nielsen (C)
    Økonomiudvalget 12-03-2024 Godkendt.'): the party's bracket ends the names, the body starts after it. The body
    was read as 'Carl Nielsen (C) Økonomiudvalget', or the two treatments as one, and the absentee lost."""
    first, second = _decisions(tmp_path, rows, flat=True)
    assert (first.committee, first.text, first.absent) == ("Teknik- og Miljøudvalget", "Anbefales.",
                                                           ["Carl Nielsen (C)"])
    assert (second.committee, second.date, second.text) == ("Økonomiudvalget", "2024-03-12", "Godkendt.")
