"""A members' table with no attendance column, extracted one cell a line under its list's label ('Medlemmer' /
'Navn' / 'Parti' / 'Ida Skov' / 'A' …): the label says the rows are the members (issue 11). Annotation rules: each
member as printed with its party (the party's cell after the name, one space between). Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

_PAGE = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n\n"
         "{table}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize("label", ["Medlemmer", "Deltagere:", "Udvalgsmedlemmer"])
@pytest.mark.parametrize("heads, rows", [
    ("Navn\nParti", "Ida Skov\nA\nJonas Kvist\nV\nMette Lund\nO"),
    ("Navn\nParti\nFunktion", "Ida Skov\nA\nFormand\nJonas Kvist\nV\nNæstformand\nMette Lund\nO\nMedlem"),
])
def test_a_members_label_over_a_name_and_party_table(tmp_path: Path, label: str, heads: str, rows: str) -> None:
    meeting = parse_text(tmp_path, _PAGE.format(table=f"{label}\n{heads}\n{rows}")).to_contract()["meeting"]
    assert meeting["participants"] == ["Ida Skov A", "Jonas Kvist V", "Mette Lund O"]
    assert meeting["absent"] == []


def test_absence_below_the_table_is_read_on(tmp_path: Path) -> None:
    table = "Medlemmer\nNavn\nParti\nIda Skov\nA\nJonas Kvist\nV\nMette Lund\nO\n\nFraværende\nJonas Kvist"
    meeting = parse_text(tmp_path, _PAGE.format(table=table)).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (["Ida Skov A", "Jonas Kvist V", "Mette Lund O"],
                                                            ["Jonas Kvist"])
