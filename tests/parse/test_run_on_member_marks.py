"""A members' list one a line, each absent member marked after the name ('Anne Hansen (afbud)', 'Anne Hansen -
syg', 'Anne Hansen, næstformand - afbud'), some names with no party: a transcript runs the lines together, and the
mark is then the only glue between the marked name and the next ('Carl Olsen (C) Anne Hansen (afbud) Eva Berg
(O)'). The mark leaves a comma in its place, and one before its own member after the party that ended the member
before (attendance_lists._unmarked): the names stay apart, the marked one is absent. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nDeltagere:\nCarl Olsen (C)\n"
_ITEMS = ("Eva Berg (O)\n\n1. Salg af grund ved Skolevej\nSagsfremstilling\nKommunen har modtaget et bud på grunden.\n"
          "Beslutning\nAnbefales.\n\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize(("marked", "name"), [
    ("Anne Hansen (afbud)", "Anne Hansen"), ("Anne Hansen - fraværende", "Anne Hansen"),
    ("Anne Hansen - syg", "Anne Hansen"), ("Anne Hansen, næstformand - afbud", "Anne Hansen"),
    ("Anne Hansen (Venstre) (ferie)", "Anne Hansen (Venstre)"),
])
@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_a_marked_member_is_absent_and_the_list_stays_whole(tmp_path: Path, marked: str, name: str,
                                                           flat: bool) -> None:
    text = _HEAD + marked + "\n" + _ITEMS
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(text) if flat else text, encoding="utf-8")
    meeting = parse_file(page).meeting
    assert meeting is not None
    assert (meeting.participants, meeting.absent) == (["Carl Olsen (C)", name, "Eva Berg (O)"], [name])
