"""Where an unnumbered contents list goes on past the page line just read: the next page's line, behind the
running head the page repeats, when its first number goes on from the list's entries or its page column goes on
from the line above's (next_contents_line).

Why apart: a list that runs over a page break is told from the first body after it by the numbers and pages
the two lines print, evidence no other part of the reading looks at.
"""
from __future__ import annotations

import re

from .contents_base import titles_only
from .dates import NUMERIC_DMY
from .list_entry import MAX_SPAN, MAX_STEP, MAX_TITLE_WORDS, NUMBER_THEN_TITLE, ListEntry, holds_titles, page_prefixes
from .page_chrome import running_head
from .page_column import page_separators as _page_separators
from .title_tidy import BODY_CUE


def next_contents_line(text: str, nl: int, entries: list[ListEntry], span: str) -> tuple[int, str | None, int] | None:
    """Where the contents go on from the page line just read (`span`, ending at `nl`): (offset of the next
    line's titles, its first printed number or None, where its entry starts); None where the list ends.
    The next page's line goes on with it when its first number goes on from the entries read (a few split
    apart or lost: '3 15 Turismepolitik …'), or, where no number is printed, when its page column goes on
    from the one the line above ended ('… Trafikplan for midtbyen 9' / '3 Udbud af vintertjeneste 10 …')."""
    if nl < 0:
        return None
    more = _run_on_behind_head(text, nl)
    if more is not None:
        end, num, _ = more
        first = int(entries[0].number or 1) if entries and (entries[0].number or "").isdecimal() else 1
        if not 0 <= int(num) - first - len(entries) <= MAX_STEP + 2 \
                or not holds_titles(text[end: text.find("\n", end)]):
            return None
        return more
    more = _PAGE_LINE.match(text, nl)
    if more is None:
        return None
    end = text.find("\n", more.end())
    line = text[more.end(): end if end >= 0 else len(text)]
    above, below = _page_separators(span), _page_separators(line)
    if above and below:  # a page column: it goes on from the page the line above ended on
        paged = _separated_page(line, below[0]) >= _separated_page(span, above[-1]) and holds_titles(line) \
            and not BODY_CUE.search(line)
        return (more.end(), None, more.end()) if paged else None
    # no pages: a line of titles and nothing else, maybe behind the running header the page prints (below a
    # contents line, two titles left as one may run longer than a title alone); no item's numbered header on it
    head = _RUNNING_PAGE_HEAD.match(line)
    at = head.end() if head else 0
    listed = not above and not NUMBER_THEN_TITLE.search(line, at) and titles_only(line[at:], 2 * MAX_TITLE_WORDS)
    return (more.end() + at, None, more.end()) if listed else None


def _run_on_behind_head(text: str, nl: int) -> tuple[int, str, int] | None:
    """(end, printed number, offset of the number) of the numbered entry the next page line goes on with
    (_PAGE_RUN_ON), read past the running head the page repeats (page_chrome) whatever its wording."""
    more = _PAGE_RUN_ON.match(text, nl)
    if more is not None:
        return more.end(), more.group("num"), more.start("num")
    skip_from, skip_to = running_head(text, nl, page_prefixes(text))
    if skip_from == skip_to:
        return None
    cut = len(text[nl:skip_from])  # the page line with its head taken out, read as the head-less page reads
    more = _PAGE_RUN_ON.match(text[nl:skip_from] + text[skip_to: skip_to + MAX_SPAN])
    if more is None or more.start("num") < cut:
        return None
    return skip_to + more.end() - cut, more.group("num"), skip_to + more.start("num") - cut


# the start of a transcript's next page line: its page number, then text
_PAGE_LINE = re.compile(r"\n+[ \t]*\d{1,3}[ \t]+(?=[A-ZÆØÅ])")
# a page's running header: the body and date, then the page ('Teknisk Udvalg 12-05-2016 Side 3 ')
_RUNNING_PAGE_HEAD = re.compile(r"[^\n]{0,80}?\b" + NUMERIC_DMY + r"\s+Side\s+\d{1,3}\s+")


def _separated_page(span: str, separator: tuple[int, int, bool]) -> int:
    """The page number a page separator (_page_separators) prints."""
    return int(span[separator[0]:separator[1]].split()[-1])


# The contents run on to the next page's line: '2 23. Vedtægter Midtjyllands EU-kontor …'
_PAGE_RUN_ON = re.compile(r"\n+\s*\d{1,3}\s+(?:" + _RUNNING_PAGE_HEAD.pattern + r")?"  # behind the page's running head
                          r"(?P<cell>(?i:åben|åbent|lukket)\s+)?"  # a leading status column's cell ('3 Åben 15. …')
                          r"(?:(?i:punkt|pkt\.?)\s+)?"
                          # '3 15. Title', '3 Punkt 15 Title', '3 15 Title' (bare: the number must go on from the
                          # list's, next_contents_line)
                          r"(?P<num>\d{1,3})[.)]?\s+(?=[A-ZÆØÅ])")
