"""One page of a long list on a person's or party's page, newest first.

Why: a council member's stances and meetings over fifteen years run to thousands of rows, and each
row's link is checked against the store (does the item exist and is it public). Rendering them all
made those pages grow with the years held; a page of PAGE_ROWS rows costs the same at any size.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAGE_ROWS = 50


@dataclass
class Paged:
    rows: list[Any]
    page: int      # 1-based
    pages: int     # at least 1
    total: int
    first: int     # 0-based position of rows[0] in the whole list

    @property
    def newer(self) -> int | None:
        return min(self.page - 1, self.pages) if self.page > 1 else None

    @property
    def older(self) -> int | None:
        return self.page + 1 if self.page < self.pages else None


def newest_first(rows: list[Any], page: int, per_page: int = PAGE_ROWS) -> Paged:
    """Rows with a `date` (ISO, or None: last), newest first, cut to page `page` (empty past the end:
    a person's page pages its stances and meetings together, and one list may be shorter)."""
    ordered = sorted(rows, key=lambda r: getattr(r, "date", None) or "", reverse=True)
    pages = max(1, -(-len(ordered) // per_page))
    start = (max(page, 1) - 1) * per_page
    return Paged(ordered[start: start + per_page], max(page, 1), pages, len(ordered), start)


def pages_of(*lists: Paged) -> Paged:
    """The pager of a page showing several lists: as many pages as the longest list has."""
    return Paged([], lists[0].page, max(p.pages for p in lists), max(p.total for p in lists), 0)
