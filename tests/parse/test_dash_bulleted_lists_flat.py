"""Members' and absentees' lists bulleted with dashes or stars, and a substitute named after a member's dash (issue
11), as printed one a line and flattened onto one line. Annotation rules: each entry as printed with its party
marker; a trailing ' - X stedfortræder' is removed (X is named in a remark, not listed). Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.list_bullets import bullets_parted

from .transcript_page import parse_text

_PAGE = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n"
         "{lists}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


def _meeting(tmp_path: Path, lists: str, flat: bool) -> tuple[list[str], list[str]]:
    text = _PAGE.format(lists=lists)
    m = parse_text(tmp_path, " ".join(text.split("\n")) if flat else text).to_contract()["meeting"]
    return m["participants"], m["absent"]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("bullet", ["-", "–", "*"])
@pytest.mark.parametrize("members", [["Ida Skov, A", "Jonas Kvist, V", "Mette Lund, O"],
                                     ["Ida Skov (A)", "Jonas Kvist (V)", "Mette Lund (O)"]])
def test_a_list_bulleted_with_dashes_or_stars(tmp_path: Path, flat: bool, bullet: str, members: list[str]) -> None:
    lists = "Deltagere:\n" + "\n".join(f"{bullet} {n}" for n in members) + f"\nAfbud:\n{bullet} {members[1]}"
    assert _meeting(tmp_path, lists, flat) == (members, [members[1]])


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("bullet", ["•", "-"])
def test_a_substitute_after_the_absent_members_dash(tmp_path: Path, flat: bool, bullet: str) -> None:
    """'• Jonas Kvist, V - Bo Holm stedfortræder': the member was away, the substitute is a remark; the entries after
    it are read on (before, the remark's word ended a flattened list, and a line lost the member's party)."""
    members = ["Ida Skov, A", "Jonas Kvist, V", "Mette Lund, O"]
    lists = ("Deltagere:\n" + "\n".join(f"{bullet} {n}" for n in members)
             + f"\nAfbud:\n{bullet} Jonas Kvist, V - Bo Holm stedfortræder\n{bullet} Mette Lund, O")
    assert _meeting(tmp_path, lists, flat) == (members, ["Jonas Kvist, V", "Mette Lund, O"])


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("value", ["- Jonas Kvist, V - Mette Lund, O", "* Jonas Kvist, V * Mette Lund, O",
                                   "• Jonas Kvist, V • Mette Lund, O"])
def test_a_decisions_absentees_bulleted_on_the_labels_line(tmp_path: Path, flat: bool, value: str) -> None:
    """'Fraværende: - Jonas Kvist, V - Mette Lund, O' under a decision: two absentees, each with its party."""
    text = _PAGE.format(lists="").replace("Godkendt.\n", f"Godkendt.\nFraværende: {value}\n")
    doc = parse_text(tmp_path, " ".join(text.split("\n")) if flat else text)
    assert [(d.text, d.absent) for d in doc.items[0].decisions] == [("Godkendt.", ["Jonas Kvist, V", "Mette Lund, O"])]


@pytest.mark.parametrize("text, parted", [
    ("– Ida Skov, A – Bo Berg, V", " | Ida Skov, A | Bo Berg, V"),
    ("Ida Skov - A, Bo Berg - V", "Ida Skov - A, Bo Berg - V"),  # no opening bullet: the dashes are no marks
    ("- Ida Skov, A", "- Ida Skov, A"),  # one entry: nothing to part
    ("- Ida Skov, A - Bo Holm stedfortræder - Bo Berg, V", " | Ida Skov, A | Bo Berg, V"),
])
def test_bullets_parted(text: str, parted: str) -> None:
    assert bullets_parted(text, " | ") == parted
