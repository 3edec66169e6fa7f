"""Page numbers a contents list printed inside its titles, where most of its titles wrap.

A contents table prints each row's page beside the title's first line; a transcript reads the table row by row, so
a title that wraps in its cell takes its page mid-title ('1. Status på sygedagpenge i 3 lyset af Covid-19 2. …').
Where few titles wrap, the pages that end the other rows show the page column (title_tidy.page_numbers) and the
wrapped ones are read against it (title_tidy.drop_page_numbers). Where most titles wrap, few rows end in a page,
and the column went unseen: the titles kept their pages. The evidence is the column's own: every row holds a bare
number, at its end or between its words, and taken in turn they rise as a list's pages do. A title's own numbers
(a house's, a count's) do not rise row by row through every row of a list.
"""
from __future__ import annotations

import re

from .dates import DATE_ANY

# a bare page number at a span's end, or between two of its words (not a date's day '1.', a year, 'nr. 7')
_END = re.compile(r"\s(\d{1,3})\s*$")
# (not before the page's own label: '… byrådsgruppe 102 Side 2.' ends the row on its page, then the page's foot)
_INSIDE = re.compile(r"(?<=\S)\s+(\d{1,3})(?=\s+(?!Side\b)[\w(])")
_NOT_PAGE_BEFORE = re.compile(r"(?i:nr\.?|nummer|afd\.?|afdeling|lokalplan|tillæg|etape|pkt\.?|punkt|kl\.?)$")
_MAX_STEP = 40  # pages between two rows: a list rarely spans more
# a date's year right before a number: a page's dated foot run onto the row ('… Årsregnskab 2014 24 25. juni 2015 2
# Tønder Kommune …': the row's page before the date, the foot's page after it), whose numbers no wrapped title took
_BY_A_DATE = re.compile(r"\d{1,2}\.?\s+[a-zæøå]+\s+(?:19|20)\d{2}$|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")


def _fit(span: str, last: int) -> tuple[re.Match[str] | None, bool]:
    """The number `span` prints as its page after page `last`, and whether it ends the span: the one it ends with,
    else the nearest one on inside it (a title's own number may stand before its page, 'matrikel 47 8 Kildebrønde',
    or end it, 'køb af 16 Lillevangsvej 82'); None where none rises from `last` within a list's reach."""
    end = _END.search(span)
    if end and last <= int(end.group(1)) <= last + _MAX_STEP:
        return end, True
    inside = [m for m in _INSIDE.finditer(span) if not _NOT_PAGE_BEFORE.search(span[: m.start()].rstrip())
              and not _BY_A_DATE.search(span[: m.start()].rstrip()) and not DATE_ANY.match(span[m.end():].lstrip())
              and last <= int(m.group(1)) <= last + _MAX_STEP]
    return min(inside, key=lambda m: int(m.group(1)), default=None), False


def inner_pages(spans: list[str], seen: bool = False) -> list[tuple[int, int | None]] | None:
    """Per span of a list's rows: its page and, where the page stands inside the title, that number's offset in the
    span (None where it ends the span). None unless every row but the last (which may run on into a body) holds one
    whose pages rise and some stand inside titles: a third of them, unless the ending pages showed the column already
    (`seen`), when one is enough."""
    rows = spans[:-1] if len(spans) > 3 else spans
    if len(rows) < 3:
        return None
    out: list[tuple[int, int | None]] = []
    last = 0
    for span in spans:
        fit, at_end = _fit(span, last)
        if fit is None:
            if len(out) < len(rows):
                return None
            out.append((last, None))  # (the last span: no page of its own read)
            continue
        last = int(fit.group(1))
        out.append((last, None if at_end else fit.start(1)))
    inside = sum(1 for _, at in out[: len(rows)] if at is not None)
    return out if inside and (seen or 3 * inside >= len(rows)) else None


def next_pages(pages: list[int]) -> list[int]:
    """The page of the row after each row (a little after the last one for the last row): what a number inside a
    title is read against, where inner_pages read every row's page."""
    return [*pages[1:], pages[-1] + _MAX_STEP] if pages else []


def without_inner_page(span: str, at: int | None) -> str:
    """`span` without the page number printed at offset `at` inside it (as read by inner_pages)."""
    if at is None:
        return span
    m = re.match(r"\d{1,3}", span[at:])
    return span[:at].rstrip() + " " + span[at + m.end():].lstrip() if m else span
