"""Decision heads printed in other forms than the treatment's line ('Økonomiudvalget den 12. marts 2024:'), rewritten
to it so the decision readers read the body, the date and the outcome below or behind as they read that line.

- the genitive meeting head ('Økonomiudvalgets møde den 12. marts 2024' / 'Godkendt.'): the body whose meeting it was,
  by its base name (annotation rules: a genitive is reduced to its base name), and the meeting's date;
- the date first ('12.03.2024 Økonomiudvalget: Godkendt.'), closed by its colon.

Why: some councils head each body's outcome so rather than with 'Beslutning'; the readers took the genitive for no
body's name, or the line for text, and lost the decision. Only where an outcome follows the head, run in behind it or
opening the next line: a page's running head ('Byrådets møde 12.03.2024') or a sentence ('Sagen blev drøftet på
Økonomiudvalgets møde den 5. marts 2024, …') is followed by neither, and the head must start its line (flattened: a
sentence's start).
"""
from __future__ import annotations

import re

from .bodies import is_printed_body
from .dashes import SPACED_DASH
from .dates import DATE_ANY, NUMERIC_DMY
from .headings import OUTCOME_WORDS
from .lines import Line

# '<Body>s møde [den] <date>[:]': the body in the genitive, its meeting, the date
_GENITIVE = (rf"(?P<body>[A-ZÆØÅ][\w{SPACED_DASH}, ]{{2,80}}?)s\s+(?i:møde)\s+(?:(?i:den|d\.)\s+)?"
             rf"(?P<date>{DATE_ANY.pattern})")
# '<date> <Body>:': the date first, a numeric one (a word date first opens sentences: '12. marts 2024 Økonomiudvalget
# …'), the colon closing the head
_DATE_FIRST = rf"(?P<date>{NUMERIC_DMY})\s+(?P<body>[A-ZÆØÅ][\w{SPACED_DASH}, ]{{1,80}}?)\s*:"
_LINE = re.compile(rf"^(?:{_GENITIVE}\s*(?::\s*|\s+|$)|(?P<first>{_DATE_FIRST}\s*))(?P<rest>.*)$".replace(
    "(?P<date>", "(?P<d1>", 1).replace("(?P<body>", "(?P<b1>", 1))
# run into a flattened text after a sentence's end, at a line's start or behind the plain decision heading ('…
# Beslutning Byrådets møde den 20. marts 2024 Godkendt.'), an outcome's word or a colon after it
_RUN_IN = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n)|^|(?<=Beslutning\s)|(?<=BESLUTNING\s))"
                     rf"(?:{_GENITIVE}(?:\s*:|(?=\s+{OUTCOME_WORDS}\b))"
                     rf"|{_DATE_FIRST.replace('(?P<date>', '(?P<d2>').replace('(?P<body>', '(?P<b2>')}"
                     rf"(?=\s*{OUTCOME_WORDS}\b))")
_OUTCOME_FIRST = re.compile(rf"{OUTCOME_WORDS}\b")


def _as_treatment(m: re.Match[str], body: str, date: str) -> str | None:
    """'Økonomiudvalget den 12. marts 2024:' of the head's body (a genitive's base) and date, or None where the
    words name no body."""
    base = m.group(body).strip().rstrip(",")
    return f"{base} den {m.group(date)}:" if is_printed_body(base) else None


def head_forms(lines: list[Line]) -> list[Line]:
    """The lines with each such head over or before an outcome as the treatment's line it stands for
    ('Økonomiudvalgets møde den 12. marts 2024' / 'Godkendt.' -> 'Økonomiudvalget den 12. marts 2024:' /
    'Godkendt.'; run in: '12.03.2024 Økonomiudvalget: Godkendt.' -> 'Økonomiudvalget den 12.03.2024: Godkendt.')."""
    out = list(lines)
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        m = _LINE.match(t) if t[:1].isdecimal() or "øde" in t else None
        if m is None:
            continue
        rest = m.group("rest").strip()
        # the outcome behind the head, or opening the next printed line
        after = rest or next((x.text.strip() for x in lines[k + 1:] if x.text.strip()), "")
        head = _as_treatment(m, "b1", "d1") if m.group("b1") else _as_treatment(m, "body", "date")
        if head and _OUTCOME_FIRST.match(after):
            out[k] = Line(f"{head} {rest}".rstrip(), ln.offset, ln.raw)
    return out


def head_forms_run_in(text: str) -> str:
    """A flattened text with each such head run in before its outcome as the treatment's line it stands for ('…
    accepteres. Økonomiudvalgets møde den 12. marts 2024 Godkendt.' -> '… accepteres. Økonomiudvalget den 12. marts
    2024: Godkendt.'), which the flattened treatment reader cuts onto its own line."""
    def sub(m: re.Match[str]) -> str:
        head = _as_treatment(m, "body", "date") if m.group("body") else _as_treatment(m, "b2", "d2")
        return head or m.group(0)
    return _RUN_IN.sub(sub, text) if "øde" in text or re.search(_DATE_FIRST, text) else text
