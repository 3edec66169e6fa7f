"""A members' table with a column of attendance run onto one line (issue 11): its cells ('Afbud', 'Til stede')
are no labels. Before, 'Afbud' opened an absence list and the next row's member became the absentee - a wrong name
where the page names the right one. Annotation rules: members marked absent stay in `participants` and are
listed in `meeting.absent`, each as printed with its party. Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.presence_table import presence_rows

from .transcript_page import parse_text

_HEAD = ("Referat Havneudvalget Mødedato: 3. april 2025 kl. 15:00 Mødested: Havnekontoret, lokale 4 "
         "Medlemmer {heads} {rows} 1. Godkendelse af dagsorden Beslutning Godkendt.\n")


@pytest.mark.parametrize("heads, rows, members, away", [
    ("Parti Fremmøde", "Ida Skov A Til stede Jonas Kvist V Afbud Mette Lund O Til stede",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    ("Parti Fremmødt", "Ida Skov (A) Ja Jonas Kvist (V) Ja Mette Lund (O) Nej",
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], ["Mette Lund (O)"]),
    ("Status", "Ida Skov Deltog Jonas Kvist Fraværende Mette Lund Deltog",
     ["Ida Skov", "Jonas Kvist", "Mette Lund"], ["Jonas Kvist"]),
    # an office column between the party and the attendance
    ("Parti Funktion Fremmøde", "Ida Skov A Formand Til stede Jonas Kvist V Medlem Afbud Mette Lund O Medlem Deltog",
     ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"], ["Jonas Kvist V"]),
    # no heads: each row's party in brackets, its office and attendance after it
    ("", "Ida Skov (A) Formand Deltog Jonas Kvist (V) Medlem Afbud Mette Lund (O) Medlem Deltog",
     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"], ["Jonas Kvist (V)"]),
])
def test_flattened_table_reads_each_rows_cell(tmp_path: Path, heads: str, rows: str, members: list[str],
                                              away: list[str]) -> None:
    meeting = parse_text(tmp_path, _HEAD.format(heads=heads, rows=rows)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (members, away)
    assert meeting["location"] == "Havnekontoret, lokale 4"


def test_a_list_without_the_attendance_head_is_no_table() -> None:
    assert presence_rows("Ida Skov A Til stede Jonas Kvist V Afbud") is None  # no head names the column
    assert presence_rows("Ida Skov (A) Jonas Kvist (V) Afbud") is None  # a row without its cell: a list
    assert presence_rows("Parti Fremmøde Ida Skov A Til stede og flere") is None  # a row that is no name and cell


@pytest.mark.parametrize("rows, away", [
    ("Ida Skov (A) Jonas Kvist (V): Afbud Mette Lund (O)", ["Jonas Kvist (V)"]),
    ("Ida Skov (A), Jonas Kvist (V): Afbud, Mette Lund (O)", ["Jonas Kvist (V)"]),
    ("Ida Skov (A) Jonas Kvist (V) Mette Lund (O): Afbud", ["Mette Lund (O)"]),
])
def test_a_mark_after_the_colon_behind_a_members_party(tmp_path: Path, rows: str, away: list[str]) -> None:
    """'Jonas Kvist (V): Afbud' in a flattened members' list: the colon is the name's, the capitalised mark after it
    no label of a list of its own. Before, 'Afbud' took the next member for the meeting's absentee, or named
    nobody."""
    text = ("Referat Havneudvalget Mødedato: 3. april 2025 kl. 15:00 Mødested: Havnekontoret, lokale 4 "
            f"Deltagere: {rows} 1. Godkendelse af dagsorden Beslutning Godkendt.\n")
    meeting = parse_text(tmp_path, text).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"],
                                                            away)
