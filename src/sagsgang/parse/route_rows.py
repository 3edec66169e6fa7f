"""The route's rows a flattened body runs on after a sentence, each on a line of its own.

'Sagsgang' / 'Økonomiudvalget 12.03.2024: Anbefales.' / 'Byrådet 20.03.2024': a route whose first body printed its
outcome beside it, the next body its date only (its meeting still to come); or a table of the route under its heads
('Behandling Mødedato' / 'Økonomiudvalget 12.03.2024' / 'Byrådet 20.03.2024'). A PDF viewer's transcript runs the
rows together ('… 12.03.2024: Anbefales. Byrådet 20.03.2024', '… accepteres. Behandling Mødedato Økonomiudvalget
12.03.2024 Byrådet 20.03.2024'): the outcome's decision took the next row as its text, or the table was read as
text, and the route lost its bodies. Rows of a body's name and a date right after a sentence's end, with nothing
after them to the body's end, are rows as the page printed them: no decision's text or sentence ends on bare bodies
and dates; a heading's words before the first body are the table's heads (a body's name opens with no heading).
"""
from __future__ import annotations

import re

from .bodies import is_printed_body
from .dashes import DASH_BEFORE_DATE
from .dates import DATE_ANY
from .headings import is_heading

_ROW = rf"[A-ZÆØÅ][\w\-, ]{{1,80}}?,?{DASH_BEFORE_DATE}\s+(?:(?i:den|d\.)\s+)?(?i:{DATE_ANY.pattern})"
# after a sentence's end: one row or more of a body and its date, to the end of the text
_ROWS_AT_END = re.compile(rf"(?<=[.!?]\s)(?P<rows>{_ROW}(?:\s+{_ROW})*)\s*$")
_ONE_ROW = re.compile(rf"(?P<body>[A-ZÆØÅ][\w\-, ]{{1,80}}?),?(?P<date>{DASH_BEFORE_DATE}\s+(?:(?i:den|d\.)\s+)?"
                      rf"(?i:{DATE_ANY.pattern}))")
_NAME_GLUE = frozenset({"og", "for", "i", "med", "til", "på", "af", "samt", "under", "&"})


def route_rows_at_end(text: str) -> str:
    """`text` with the rows of bodies and dates it ends on after a sentence each on a line of its own (and the
    table's heads before the first body on theirs), where every row names a body (bodies.is_printed_body)."""
    m = _ROWS_AT_END.search(text)
    if m is None:
        return text
    rows = list(_ONE_ROW.finditer(m.group("rows")))
    bodies = [r.group("body").strip().rstrip(",") for r in rows]
    head, bodies[0] = _heads_then_body(bodies[0])
    if not all(is_printed_body(b) for b in bodies):
        return text
    lines = [f"{b}{r.group('date')}" for b, r in zip(bodies, rows, strict=True)]
    return text[: m.start()] + "\n" + "\n".join([head, *lines] if head else lines) + "\n"


def _heads_then_body(first: str) -> tuple[str, str]:
    """('Behandling Mødedato', 'Økonomiudvalget') of a first row's words that open with a heading ('Behandling')
    and end in a body's name: the body the shortest tail that names one, widened past its glue ('Teknik- og
    Miljøudvalget'); ('', first) where the words do not open with a heading."""
    words = first.split()
    if len(words) < 2 or not is_heading(words[0]):
        return "", first
    for k in range(len(words) - 1, 0, -1):
        tail = " ".join(words[k:])
        if is_printed_body(tail) and words[k - 1] not in _NAME_GLUE and not words[k - 1].endswith("-"):
            return " ".join(words[:k]), tail
    return "", first
