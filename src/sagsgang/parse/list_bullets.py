"""How a list of people marks its entries where extraction ran them onto one line: the bullet it opens with, and a
substitute named after a member's dash.

A list one a line ('– Anna Holm, V' / '– Bo Berg, A'), flattened, keeps its bullets as the only marks between its
entries; a dash also sets a remark off inside an entry ('Bo Berg, V - Ida Lund stedfortræder'). The list's own
opening bullet says which mark parts the entries; the remark is known by its word. Both readers of lists (the
meeting's lists, a decision's absentees) ask here, so the rule is written once.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASH

# who came in a listed member's place, after a dash and the member ('Bo Berg, V - Ida Lund stedfortræder', 'Bo Berg (V)
# – Ida Lund (V) suppleant'): a remark on the entry (annotation rules: ' - X stedfortræder' is removed), which ends at
# the word; the entries after it in a flattened list are read on (before, the remark's word ended the list)
DASHED_SUBSTITUTE = re.compile(rf"\s+[{SPACED_DASH}]\s+[A-ZÆØÅ][\w'’.-]*"
                               r"(?:\s+(?:[A-ZÆØÅ][\w'’.-]*|van|von|de|af)){0,4}(?:\s*,?\s*\([A-ZÆØÅ]{1,3}\))?"
                               r"\s+(?i:stedfortræder|suppleant)\b\.?")

# a list's first bullet, before a capitalised word ('– Anna Holm', '* Anna Holm', '• Anna Holm')
_OPENING_BULLET = re.compile(rf"\s*(?P<bullet>[•·▪●{SPACED_DASH}*])\s+(?=[A-ZÆØÅ])")


def bullets_parted(text: str, part: str) -> str:
    """A flattened list that opens with a bullet, each such bullet before a capitalised word written as `part` ('–
    Anna Holm, V – Bo Berg, A' → '• Anna Holm, V • Bo Berg, A' with part ' • '): the bullet the list opens with is its
    entries' mark, also where it is a dash or a star, which a flattened list otherwise reads as part of a name ('V –
    Bo Berg'). Two such bullets at least; a dash inside an entry that opens with none ('Anna Holm - A') is left. A
    substitute's dash after a member goes first (DASHED_SUBSTITUTE), so it parts nothing."""
    m = _OPENING_BULLET.match(text)
    if m is None:
        return text
    text = DASHED_SUBSTITUTE.sub("", text)
    marks = re.compile(rf"(?:^|\s){re.escape(m.group('bullet'))}\s+(?=[A-ZÆØÅ])")
    return marks.sub(part, text) if len(marks.findall(text)) >= 2 else text
