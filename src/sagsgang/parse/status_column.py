"""A contents list that prints every title's status (open/closed) beside it: the status parts the titles.

Some contents lists print a status column ('Tønderingvej - … - Bevillingssag Åbent Områdefornyelse i Durup -
bevillingssag Åbent …'). Run together into one transcript line, the status word is where one title ends and the
next starts, and title_split cuts there. What a word-by-word guess finds between two status words is then a
capitalised word inside one title ('SPILDEVANDSANLÆG - … M.V | BEVILLINGSSAG', 'Etablering af spildevandsanlæg |
Eskov - Selde, …'): the list has already said where its titles part. This is its own module because the
question is about the whole run (is there a column, and where), not about any word in it.
"""
from __future__ import annotations

import re

# the words a status column prints in its cells, as printed (one list for every reader of such a column:
# contents_status, title_tidy and this module)
STATUS_CELL_WORDS = "Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET"
# the status words of a column: open ones too, so the column marks every title (a list that marks its closed
# items alone leaves the open ones unmarked, run together with no word between them)
_OPEN = re.compile(r"^(?:Åben|Åbent|ÅBENT|ÅBEN)$")
_STATUS = re.compile(rf"^(?:{STATUS_CELL_WORDS})$")
_WORD = re.compile(r"\S+")
_FEWEST = 3  # status words a column shows at the least: two may be titles' own words
_LONGEST = 200  # characters between two status words that one title may fill (list_entry.MAX_TITLE)


def status_words(span: str) -> list[tuple[int, int]]:
    """(start, end) of the status words of a column in the run: a bare status word with a title after it (a
    capital) or at the run's end, not the marker that opens a closed title ('Lukket punkt: …', 'Lukket - …').
    Empty where fewer than _FEWEST stand or none of them is an open one."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(span)]
    found = []
    for k, (start, end, w) in enumerate(words):
        nxt = words[k + 1][2] if k + 1 < len(words) else ""
        if _STATUS.match(w) and (not nxt or nxt[:1].isupper() and not nxt.endswith(":") and nxt[:1].isalpha()):
            found.append((start, end))
    if len(found) < _FEWEST or not any(_OPEN.match(span[a:b]) for a, b in found):
        return []
    return found


def within_status_column(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts of a run, but a guess (score under 2) between two status words of its column, or before its
    first: each title there is closed by its own status word. A stretch between two status words longer than a
    title runs (_LONGEST) lost a status word and keeps its cuts; so does the run after its last status word (the
    list's last title, or what follows the list)."""
    column = status_words(span)
    if not column:
        return cuts
    bounds = [0, *(end for _, end in column)]
    shut = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b - a <= _LONGEST]
    return [c for c in cuts if c[0] >= 2.0 or not any(a < c[1] < b for a, b in shut)]
