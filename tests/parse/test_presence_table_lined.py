"""A members' attendance table whose rows keep their lines, cells set apart by tabs or aligned by spaces (issue 11):
read by its columns, not as a list whose entries carry the cells ('Ida Skov (A) X'). Annotation rules: each member
as printed with its party (a party column's cell after the name), members marked away stay in participants and go
to meeting.absent. Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

_PAGE = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n\n"
         "{table}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


def _aligned(*rows: tuple[str, ...]) -> str:
    return "\n".join("".join(c.ljust(22) for c in row[:-1]) + row[-1] for row in rows)


@pytest.mark.parametrize("table, members, away", [
    # an X under 'Til stede' or 'Fraværende', tabs between the cells, a list's label above
    ("Deltagere:\nNavn\tTil stede\tFraværende\nIda Skov (A)\tX\t\nJonas Kvist (V)\t\tX\nMette Lund (O)\tX\t",
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], ["Jonas Kvist (V)"]),
    # a party column and a column of words, no label: the head row says it is the members' table
    ("Medlem\tParti\tDeltagelse\nIda Skov\tA\tDeltog\nJonas Kvist\tV\tDeltog ikke\nMette Lund\tO\tDeltog",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    # a presence column of ticks: the member left without one did not come
    ("Navn\tParti\tTil stede\nIda Skov\tA\t✓\nJonas Kvist\tV\t\nMette Lund\tO\t✓",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    # columns aligned by spaces, the X placed by its column's position
    ("Deltagere\n" + _aligned(("Navn", "Til stede", "Fraværende"), ("Ida Skov (A)", "X", ""),
                              ("Jonas Kvist (V)", "", "X"), ("Mette Lund (O)", "X", "")),
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], ["Jonas Kvist (V)"]),
    ("Deltagere\n" + _aligned(("Navn", "Parti", "Fremmødt"), ("Ida Skov", "A", "Ja"), ("Jonas Kvist", "V", "Nej"),
                              ("Mette Lund", "O", "Ja")),
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
])
def test_lined_table_read_by_its_columns(tmp_path: Path, table: str, members: list[str], away: list[str]) -> None:
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (members, away)
    assert meeting["location"] == "Havnekontoret, lokale 4"


@pytest.mark.parametrize("table, members, away", [
    ("Deltagere\nNavn\nParti\nFremmødt\nIda Skov\nA\nJa\nJonas Kvist\nV\nNej\nMette Lund\nO\nJa",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    # two mark columns, one mark a row: which column the mark stood in is lost, the members are not
    ("Navn\nTil stede\nFraværende\nIda Skov (A)\nX\nJonas Kvist (V)\nX\nMette Lund (O)\nX",
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], []),
])
def test_table_one_cell_a_line(tmp_path: Path, table: str, members: list[str], away: list[str]) -> None:
    """A table extracted row by row with each cell on its own line: the head's width of lines is a row."""
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (members, away)


def test_a_votes_table_is_no_attendance(tmp_path: Path) -> None:
    """'For'/'Imod'/'Undlod' columns hold votes: a member with no X under 'For' was not away, and the table's rows
    are no members' list (a guard: the head row names no attendance column)."""
    text = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n\n"
            "Deltagere:\nIda Skov (A)\nJonas Kvist (V)\nMette Lund (O)\n\n1. Godkendelse af dagsorden\nBeslutning\n"
            "Godkendt.\nNavn\tFor\tImod\tUndlod\nIda Skov (A)\tX\t\t\nJonas Kvist (V)\t\tX\t\n"
            "Mette Lund (O)\tX\t\t\n")
    doc = parse_text(tmp_path, text).to_contract()
    assert doc["meeting"]["participants"] == ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"]
    assert doc["meeting"]["absent"] == []


@pytest.mark.parametrize("heads, rows, members, away", [
    ("Navn Parti Fremmødt", "Ida Skov A Ja Jonas Kvist V Nej Mette Lund O Ja",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    ("Parti Deltagelse", "Ida Skov A Deltog Jonas Kvist V Deltog ikke Mette Lund O Deltog",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
])
def test_flattened_table_with_name_head_and_negated_cell(tmp_path: Path, heads: str, rows: str, members: list[str],
                                                         away: list[str]) -> None:
    """Flattened onto one line: the names' column head ('Navn') before the heads, a cell of two words ('Deltog
    ikke') that says away, not present and then a name 'ikke'."""
    text = ("Referat Havneudvalget Mødedato: 3. april 2025 kl. 15:00 Mødested: Havnekontoret, lokale 4 "
            f"Deltagere {heads} {rows} 1. Godkendelse af dagsorden Beslutning Godkendt.\n")
    meeting = parse_text(tmp_path, text).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (members, away)


def test_rows_with_a_remark_among_bare_names_are_the_list(tmp_path: Path) -> None:
    """Two marked rows ('Ida Skov (A)<TAB>Afbud') then names alone: one list whose marked members are away, not a
    headless table of two that ends the list."""
    table = "Deltagere:\nIda Skov (A)\tAfbud\nJonas Kvist (V)\tAfbud\nMette Lund (O)\nPer Holt (C)"
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert meeting["participants"] == ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)", "Per Holt (C)"]
    assert meeting["absent"] == ["Ida Skov (A)", "Jonas Kvist (V)"]


@pytest.mark.parametrize("table, members, away", [
    # a row's cells a single space apart: the party's brackets end the name, the office and attendance follow
    ("Deltagere\nIda Skov (A) Formand Deltog\nJonas Kvist (V) Næstformand Deltog\nMette Lund (O) Medlem Afbud",
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], ["Mette Lund (O)"]),
    # no brackets: the office's word ends the name
    ("Deltagere\nIda Skov Formand Deltog\nJonas Kvist Næstformand Deltog\nMette Lund Medlem Deltog ikke",
     ["Ida Skov", "Jonas Kvist", "Mette Lund"], ["Mette Lund"]),
])
def test_table_rows_a_space_apart(tmp_path: Path, table: str, members: list[str], away: list[str]) -> None:
    """A table whose cells the text layer set a single space apart (no tabs, no aligned columns): each row's
    shape, repeated, says which words are its cells. Before, no member was read."""
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (members, away)


@pytest.mark.parametrize("first", ["Ida Skov (A) Formand", "Ida Skov (A) Formand Deltog"])
def test_an_office_between_a_member_and_the_attendance_mark(tmp_path: Path, first: str) -> None:
    """'Mette Lund (O) Medlem Afbud' in a list of members with their offices: the office names nobody, the member
    is away ('Formand Deltog': there). Before, the row was lost from the list."""
    table = f"Medlemmer\n{first}\nJonas Kvist (V) Medlem\nMette Lund (O) Medlem Afbud"
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"],
                                                            ["Mette Lund (O)"])
