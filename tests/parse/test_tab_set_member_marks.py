"""A members' list whose rows set each member's mark off by a tab ('Anna Berg (A)<TAB>Afbud'), read from a PDF
viewer's transcript that ran the rows onto one line: the mark is that member's, never a label over the members
printed after it (tab_marks.py). Invented page; precision first, a present member must not read as absent."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

from .flattening import flattened_text

_PAGE = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nDeltagere:\nCarl Olsen (C)\n"
         "Anna Berg (A)\tAfbud\nEva Holm (O)\nFinn Dahl (V)\tFerie\nLis Dam (F)\n\n1. Salg af grund ved Skolevej\n"
         "Sagsfremstilling\nKommunen har modtaget et bud på grunden.\nBeslutning\nAnbefales.\n\n2. Budget 2025\n"
         "Sagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n")


def _absent(tmp_path: Path, text: str) -> list[str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    meeting = parse_file(page).meeting
    return meeting.absent if meeting else []


def test_tab_set_marks_name_their_own_members_in_a_transcript(tmp_path: Path) -> None:
    assert _absent(tmp_path, flattened_text(_PAGE)) == ["Anna Berg (A)", "Finn Dahl (V)"]


def test_tab_set_marks_read_alike_on_the_printed_lines(tmp_path: Path) -> None:
    assert _absent(tmp_path, _PAGE) == ["Anna Berg (A)", "Finn Dahl (V)"]


def test_a_bare_label_line_in_a_transcript_still_opens_its_list(tmp_path: Path) -> None:
    """No tab: 'Fraværende' on a line of its own is the label over the names below it, run on or not."""
    text = _PAGE.replace("\tAfbud", "").replace("\tFerie", "").replace("Lis Dam (F)\n", "Fraværende\nLis Dam (F)\n")
    assert _absent(tmp_path, flattened_text(text)) == ["Lis Dam (F)"]
