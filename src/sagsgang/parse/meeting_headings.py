"""A meeting's heading between two lists of items on one page line: a committee's name and the meeting's date.

A transcript of a PDF that holds more than one meeting (an agenda bundle, a council's minutes after its committee's)
prints each meeting's contents under that meeting's own heading ('… 4. Mødekalender 2024 12 Teknik- og
Miljøudvalget 14. marts 2024 1. Godkendelse af dagsorden 13 2. …'); flattened, the second list goes on from the
first on the same line, numbered from 1 again. The heading is the one thing a meeting's list prints between its
entries that is no title: a body's name (bodies.is_body_name) right before a date, nothing else. A title may end in a
committee's name, hardly in a name and then a date with the next row numbered lower than the last.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .dates import NUMERIC_DMY, WORD_DATE

# the meeting's date, in words or digits, optionally after 'den', on the page line of the lists around it, the next
# list's first number behind it on that line (a lined page's route table, 'Børne- og Skoleudvalget' / '30-01-2018' /
# '1', sets its cells on lines of their own; a running head over each item's header, '… den 16. december 2027' /
# '1 Åbent Meddelelser', stands on a line of its own)
_IN_LINE_DATE = WORD_DATE.pattern.replace(r"\s", r"[ \t]")
_DATE = re.compile(rf"(?:[ \t]+den)?[ \t]+(?:{_IN_LINE_DATE}|{NUMERIC_DMY})(?=[ \t]+\d)", re.IGNORECASE)
_NAME_WORDS = 6  # words of a committee's name ('Udvalget for Klima, Natur og Miljø')
_WHOLE = re.compile(r"(?P<kind>.+)", re.DOTALL)  # (the heading as a match: its start named as a group heading's is)


def meeting_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first meeting heading (a body's name, then a date) in text[start:end], as a match whose 'kind' group
    starts at the name and which ends after the date; None where there is none."""
    for date in _DATE.finditer(text, start):  # (the number behind the date may lie past `end`)
        if date.end() > end:
            break
        base = max(start, date.start() - 90, text.rfind("\n", 0, date.start()) + 1)
        words = list(re.finditer(r"\S+", text[base: date.start()]))
        # the longest run of last words before the date that names a body, none of them a number (the last row's
        # page stands before the name: '… Corona-krisen 8 Økonomiudvalget den …')
        named = next((k for k, w in enumerate(reversed(words)) if re.search(r"\d", w.group())), len(words))
        for k in range(min(_NAME_WORDS, named), 0, -1):
            at = base + words[-k].start()
            if is_body_name(text[at: date.start()]):
                return _WHOLE.match(text, at, date.end())
    return None
