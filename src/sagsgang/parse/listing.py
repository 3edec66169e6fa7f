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
    return _row_lines(text, stop_at=MIN_ROWS)[0] >= MIN_ROWS


def is_mostly_listing(text: str) -> bool:
    """True when rows of meetings (as is_listing) make up at least half of the page's lines: a site's index whose
    intro and search form read as one item ('Dagsordener og referater' / 'fra Byrådet og udvalgene' / 'Søg …'), not a
    case's page with a short side list of other meetings."""
    rows, covered, lines = _row_lines(text)
    return rows >= MIN_ROWS and 2 * covered >= lines


def _row_lines(text: str, stop_at: int | None = None) -> tuple[int, int, int]:
    """(rows, the lines the rows span, the page's filled lines), counting up to `stop_at` rows."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    rows = covered = 0
    for i, line in enumerate(lines):
        if len(line) <= 24 and DATE_ANY.fullmatch(line):
            kind = next((k for k, nxt in enumerate(lines[i + 1:i + 1 + ROW_SPAN], 1) if KIND.fullmatch(nxt)), 0)
            if kind:
                rows += 1
                covered += kind + 1
                if rows == stop_at:
                    break
    return rows, covered, len(lines)
