"""The item's head: the item its header names, and the lines that mark it (case number, closed status).

A line of an item's head may hold its case number alone, 'Lukket punkt' or '(Åben sag)'; the header's title
comes without its open/closed marker and the case number printed at the end of its line.
"""
from __future__ import annotations

from ..model import AgendaItem
from .casenumbers import case_number_head, case_number_tail, standalone_case_number
from .title_marks import CLOSED_MARKER, OPEN_CLOSED_TAG, clean_title


def head_marker(item: AgendaItem, t: str) -> bool:
    """A line of an item's head that marks the item: its case number alone ('24/1234', maybe with
    'Lukket sag'), 'Lukket punkt', '(Åben sag)'. Records what it says on the item; True when it was one."""
    cn = standalone_case_number(t)
    tag = OPEN_CLOSED_TAG.search(t)
    if cn:
        if cn not in item.case_numbers:
            item.case_numbers.append(cn)
    elif CLOSED_MARKER.match(t):
        item.public = False
        return True
    elif not (tag and len(t) < 140):
        return False
    if tag and tag.group(1).lower() == "lukket":
        item.public = False
    return True


def headed_item(title: str, number: str | None, closed: bool) -> AgendaItem:
    """The item its header names: the title without its open/closed marker and without the case number
    printed at the end of its line, which is the item's."""
    title, closed_by_title = clean_title(title)
    title, head_number = case_number_head(title)
    title, tail_number = case_number_tail(title)
    item = AgendaItem(title=title, number=number, public=not (closed or closed_by_title))
    item.case_numbers.extend(n for n in (head_number, tail_number) if n)
    return item
