"""The cells of a table's row that every item's title was read with, where a page lost the gaps between the cells.

A site that prints its agenda as a table ('1 | Åben | 12.03.2026 | Teknik- og Miljøudvalget | Godkendelse af
dagsorden') loses the cell borders when its text is copied or flattened: each item's title then opens or ends with
the same cells, row after row. What tells those cells from the titles' own words is that repetition across every
item, together with the kind of value a column holds: an item's status, a date, a time. Words that every title
shares but that are no such value ('Lokalplan …' on every row) stay, so a meeting of like titles keeps them whole.
lines.without_column_cells reads the cells where the page keeps its tabs; list_entry.without_column_tails reads a
list's last cell of one kind; this reads the rows' shared cells on either side of the titles, once the items are
known.
"""
from __future__ import annotations

import re

from ..model import AgendaItem
from .status_column import STATUS_CELL_WORDS

_STATUS = re.compile(rf"(?i:{STATUS_CELL_WORDS}|offentlig|fortrolig)")  # (a status column's words, either case)
# a date or a time printed as one word ('12.03.2026', '12-03-2026', '16:00', '16.30')
_VALUE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}[.:]\d{2}")
_MIN_ROWS = 3  # rows that must share the cells: two titles alike by chance are no table


def _cell_word(words: list[str]) -> bool:
    """The words at one place of every row are a column's cell: one status word in each (it may differ: 'Åben' /
    'Lukket'), or one value of a date's or time's kind in each, or the very same word in each."""
    return all(_STATUS.fullmatch(w) for w in words) or all(_VALUE.fullmatch(w) for w in words) \
        or len(set(words)) == 1


def _shared_cells(rows: list[list[str]], from_end: bool) -> int:
    """How many words every row opens (or ends) with that are its cells: the run of places where _cell_word
    holds, kept only where it holds a status or a value (not only the same words, which titles share too) and
    leaves every title a word of its own."""
    n, valued = 0, False
    shortest = min(len(r) for r in rows)
    while n < shortest - 1:
        words = [r[-1 - n] if from_end else r[n] for r in rows]
        if not _cell_word(words):
            break
        valued = valued or any(_STATUS.fullmatch(w) or _VALUE.fullmatch(w) for w in words)
        n += 1
    return n if valued else 0


def without_row_cells(items: list[AgendaItem]) -> list[AgendaItem]:
    """The items with the row cells their titles share taken off (a closed status among them marks the item
    closed), where every titled item of three or more was read with them."""
    titled = [it for it in items if it.title]
    # (one untitled item at most: a closed row whose title is not printed has no cells to share)
    if len(titled) < _MIN_ROWS or len(titled) < len(items) - 1:
        return items
    rows = [it.title.split() for it in titled]
    head, tail = _shared_cells(rows, from_end=False), _shared_cells(rows, from_end=True)
    if not head and not tail:
        return items
    for it, words in zip(titled, rows, strict=True):
        cells = words[:head] + (words[len(words) - tail:] if tail else [])
        it.title = " ".join(words[head: len(words) - tail])
        if any(w.lower() == "lukket" for w in cells):
            it.public = False
    return items
