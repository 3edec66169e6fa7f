"""Labels the header reader does not know, inside a header row it has found, as boundaries of the values around them.

A PDF transcript runs a page's header onto one line ('Sted: Byrådssalen Deltog: Anne Hansen, Bo Jensen Afbud: …').
The reader cuts that line at the labels it knows; a label it does not know ('Deltog:', 'Mødets deltagere:',
'Bemærk:', 'Referent:') would otherwise run on inside the value before it, and the place would read 'Byrådssalen
Deltog: Anne Hansen …'. Another publisher's label is not in any vocabulary, but its print is: a capitalised word or
two with a colon, inside a row that already has labels. Such a label fills no field; it ends the value before it.
"""
from __future__ import annotations

import re
from collections.abc import Callable

# 'Deltog:', 'Mødets deltagere:', 'REFERENT:', 'Øvrige fremmødte:'; not a time ('16:00'), a web address ('https:'),
# nor a word inside a sentence (lower-case)
_UNKNOWN = re.compile(r"(?<=\s)(?P<label>(?:[A-ZÆØÅ][a-zæøåé]+|[A-ZÆØÅ]{2,})(?:\s+(?:[a-zæøåé]+|[A-ZÆØÅ]{2,})){0,2})"
                      r"\s*:(?=\s|$)")


def with_unknown_labels(text: str, spans: list[tuple[str, int, int]],
                        bounded: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """`spans` (label, start, end) of a header row with the unknown labels added that follow a value of a known label
    that `bounded` names (a place: one or a few words, never a list), in order; `spans` as they are otherwise. A
    list of names is not cut so: its 'Formand: Anne Hansen' is part of it."""
    if not spans:
        return spans
    out = list(spans)
    for m in _UNKNOWN.finditer(text, spans[0][2]):
        before = [s for s in out if s[2] <= m.start()]
        last = max(before, key=lambda s: s[1]) if before else None
        if last is not None and bounded(last[0]) and not any(a < m.end() and m.start() < b for _, a, b in out):
            out.append((m.group("label"), m.start(), m.end()))
    return sorted(out, key=lambda s: s[1]) if len(out) > len(spans) else spans


def unknown_label_spans(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of every label in `text` shaped as another publisher's label is ('Mødet holdes:',
    'Afholdt:'), for a reader that asks what the value after one is."""
    return [(m.group("label"), m.start(), m.end()) for m in _UNKNOWN.finditer(text)]
