"""A member's mark a transcript's row sets off by a tab, written as the colon form the list readers know.

A members' list printed one a line with a column of marks ('Anna Berg (A)<TAB>Afbud') keeps the tab when a PDF
viewer's transcript runs its lines together ('Deltagere: Anna Berg (A)<TAB>Afbud Carl Olsen (C) Eva Holm (O)'), but
the lines fold it into a space, and 'Afbud Carl Olsen (C) …' then reads as a label over the members after it: three
present members taken as absent. The tab is the evidence: a label opens its own line, which a transcript joins with a
space; a cell of the row a tab sets off. Written 'Anna Berg (A):Afbud', the mark reads as the member's (the colon
behind the party's bracket, attendance_lists._ABSENCE_MARK), and the text keeps its length (offsets stay).
"""
from __future__ import annotations

import re

from .people import ABSENCE_LABEL_WORD, ABSENCE_REASON_WORD

# the tab right behind a party's bracket ('(A)', '(SF)'), before an absence word the next name follows on its line
_TAB_MARK = re.compile(rf"(?<=[A-ZÆØÅ]\))\t(?=(?i:{ABSENCE_LABEL_WORD}|{ABSENCE_REASON_WORD})"
                       r"[ \t]+[A-ZÆØÅ][a-zæøå])")


def tab_marks_as_colons(text: str) -> str:
    """`text` with each tab-set mark of a run-on members' list written after a colon in the tab's place."""
    return _TAB_MARK.sub(":", text) if "\t" in text else text
