"""Items listed more than once on a page: a table of contents above the items, a fold-out header above its body.

An item is known by its number: the listing with a body is the item, the bodiless ones are its entries in a
list. Its own module: the lined reader and the item segments both resolve their starts with it.
"""
from __future__ import annotations

import re

from .dates import DATE_ANY
from .header_patterns import NUMBERED_START
from .item_start_base import ItemStart, number_value
from .lines import Line, norm_space
from .list_entry import GROUP
from .restarted_keys import restarted_key


def _body_size(starts: list[ItemStart], k: int, lines: list[Line], head: set[str]) -> int:
    """The item's non-empty lines up to the next start; `head`, the document's lines above its first start."""
    end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
    body = [ln.text for ln in lines[starts[k].index + starts[k].consumed: end] if ln.text]
    if starts[k].kind == "listed":
        # a contents list's last entry runs on to the first item's header over the page's foot and the next
        # page's head ('25. juni 2015' / '2' / 'Byrådet' / 'Dagsorden'): the meeting's date, a page number and
        # the lines the document's head printed above the list, which are no body; counted as one, the entry
        # took the place of the item whose header follows, and that item was lost
        body = [t for t in body if not _page_chrome(norm_space(t), head)]
    return len(body)


def _page_chrome(text: str, head: set[str]) -> bool:
    """A line a page break prints: a bare page number, a bare date, or a line of the document's own head."""
    return text in head or bool(re.fullmatch(r"\d{1,4}", text)) or bool(DATE_ANY.fullmatch(text))


def drop_toc_entries(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """Resolve numbers listed more than once (tables of contents, fold-out headers).

    An item is known by its number: a bodiless listing (table of contents) is replaced by the
    later listing that has a body; a bodiless repeat right before its body (fold-out header) is
    dropped. Numbered items must rise, but only items with a body count for that, so a table of
    contents does not block the items it lists."""
    head = {norm_space(ln.text) for ln in lines[: starts[0].index] if ln.text} if starts else set()
    sizes = [_body_size(starts, k, lines, head) for k in range(len(starts))]
    key = restarted_key(starts)
    kept: dict[object, tuple[ItemStart, int]] = {}
    order: list[ItemStart] = []
    last_real: float | None = None
    for k, s in enumerate(starts):
        size = sizes[k]
        if size <= 2 and s.number is not None and any(key(o) == key(s) for o in starts[k + 1:]):
            if size and starts[k + 1].number == s.number:
                _open_at_fold_out(starts[k + 1], s)
            elif order:  # a fold-out header inside the previous item's span is no part of its text
                max(order, key=lambda o: o.index).skip.update(range(s.index, s.index + s.consumed))
            continue
        n = number_value(s.number)
        # (a group numbered apart: its items are no repeats of the first group's)
        kept, last_real = ({}, None) if _opens_group(lines, starts, k, size, last_real) else (kept, last_real)
        if s.number is not None and key(s) in kept:
            prev, prev_size = kept[key(s)]
            if prev_size <= 2 < size:
                order[order.index(prev)] = s
                kept[key(s)] = (s, size)
                last_real = number_value(s.number) if number_value(s.number) is not None else last_real
            continue
        if s.kind == "numbered" and size > 2 and n is not None and last_real is not None and n <= last_real:
            continue
        below = last_real if last_real is not None else 0
        if s.kind == "numbered" and size > 2 and n is not None and n > below + 1 and any(
                sizes[j] > 2 and (m := number_value(o.number)) is not None and below < m < n
                for j, o in enumerate(starts[k + 1:], start=k + 1)):
            continue  # '3. Vurdering' in item 1's text with item 2 still to come: the text's heading, not item 3
        order.append(s)
        kept[key(s)] = (s, size)
        if size > 2 and n is not None:
            last_real = n
    return sorted(order, key=lambda o: o.index)


def _opens_group(lines: list[Line], starts: list[ItemStart], k: int, size: int, last_real: float | None) -> bool:
    """Start k, a numbered header with a body (`size` lines) numbered no higher than the last such item before it
    (`last_real`), stands under a group heading on a line of its own ('Åbne punkter' … '3. Title' / body / 'Lukkede
    punkter' / '1. Title'), with no numbered line between the two: its group is numbered apart from 1, as a contents
    list's groups are (restarted_runs), so its numbers repeat none of the first group's. Why across publishers: a
    body's numbered points never start over behind such a heading."""
    n = number_value(starts[k].number)
    if starts[k].kind != "numbered" or size <= 2 or n is None or last_real is None or n > last_real:
        return False
    begin = starts[k - 1].index + starts[k - 1].consumed if k else 0
    heads = [i for i in range(begin, starts[k].index) if GROUP.fullmatch(lines[i].text)]
    return bool(heads) and not any(NUMBERED_START.match(ln.text) for ln in lines[heads[-1] + 1: starts[k].index])


def _open_at_fold_out(start: ItemStart, fold_out: ItemStart) -> None:
    """A fold-out header ('• Pkt. 102 Dialogmøde') with lines of its own before the header it unfolds
    ('Pkt. 102' / 'Dialogmøde'): those lines (the bilag a site links above the text) are the item's, so
    the item opens at the fold-out, both headers left out of its body."""
    start.skip.update(range(fold_out.index, fold_out.index + fold_out.consumed),
                      range(start.index, start.index + start.consumed))
    start.index, start.consumed = fold_out.index, 0
