"""Listing pages: a council site's index of meetings (front page, search result, archive).

Such a page names many meetings — a date, a body and the kind of document, row after row — but is
none of them: it holds no agenda item. Stored, it became an empty meeting of an unknown body (its
first date, its first body), so a page without items that lists meetings is not a council document.
The cue is the row, not a site: a line that is only a date, followed within a few lines by a line
that is only a document kind (Dagsorden, Referat, ...), at least MIN_ROWS times.
"""
from __future__ import annotations

import re

from .dates import DATE_ANY

MIN_ROWS = 3
ROW_SPAN = 3  # lines after the date within which the document kind stands
KIND = re.compile(r"(?:dagsorden|referat|beslutningsprotokol|tillægsdagsorden)(?:\s+\w+)?", re.IGNORECASE)


def is_listing(text: str) -> bool:
    """True when `text` lists at least MIN_ROWS meetings as rows of date, body and document kind."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows = 0
    for i, line in enumerate(lines):
        if len(line) <= 24 and DATE_ANY.fullmatch(line) and any(
                KIND.fullmatch(nxt) for nxt in lines[i + 1:i + 1 + ROW_SPAN]):
            rows += 1
            if rows >= MIN_ROWS:
                return True
    return False
