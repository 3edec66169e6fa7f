"""A page column printed behind the items' titles: the bare page number a title line ends on, taken off the title.

Some publishers print each item's page behind its title, in the contents list and on the item's own header line
('3. Budgetopfølgning 2024 7'), with no leader dots to set it apart. Read one line at a time, the number is a word
of the title. Read across the page's items it is not: a page column prints a number behind (almost) every item's
title and the numbers never fall down the agenda, while a title's own number ('Lokalplan 12', 'Gamle Landevej 42',
'tillæg nr. 3') stands on a few titles and follows nothing. So an item's page is the number the text prints right
behind its title (behind the whole title where the text prints one there, as a contents list does behind a title
that ends on its own number: 'Lokalplan 12 5'; else behind the title less its last number), and the numbers are
pages only when at least two items and three in four of them have one and they never fall in agenda order. Only
then does a title that ends on its page lose it. A number after a numbering label ('nr. 77', '§ 4') is a title's
own reference, never a page. The list readers take a page column off the entries they read; this reads the
column again for the titles the items' own header lines gave (which win over the list's, and print the page too).
"""
from __future__ import annotations

import re

from ..model import AgendaItem

# a title's last word a bare number of one to three digits (a page; a year or a case number is longer), after a
# word, an abbreviation's full stop, a closing bracket ('… dagsorden (B) 3') or a year ('… marts 2024 4'), not after
# a short number ('afdeling 6 7'), a dash or a comma
_TRAILING = re.compile(r"(?:(?<=[^\W\d_]|[.)])|(?<=\b\d{4})) (\d{1,3})$")
# a number that a label numbers: the title's own plan, paragraph or point ('Lokalplan nr. 12', '§ 4', 'pkt. 3')
_NUMBERED_BY = re.compile(r"(?:\b(?i:nr|no|pkt|punkt)\.?|§)$")
# a bare number right behind a title: spaces, one to three digits, then no digit, full stop or bracket (the next
# entry's item number '2.' / '2)' is no page) and no dash, slash or colon (a case number '24-003250', a time)
_PAGE_BEHIND = re.compile(r"[ \t]+(\d{1,3})(?![\d.,)/:\-–])")
# a page printed with its label behind a title ('3. Budgetopfølgning 2024 Side 7')
_LABELLED_PAGE = re.compile(r"\s+(?:[Ss]ide|s\.)\s+(\d{1,3})$")
_SEARCHED = 4  # printings of a title looked at: its contents entry and its header come first
_NEAR_PAGES = 10  # pages between two items' starts a column of two titles' last words may show


def _own_number(title: str) -> re.Match[str] | None:
    """The bare number a title ends on, unless a label numbers it."""
    m = _TRAILING.search(title)
    if m is None or _NUMBERED_BY.search(title[: m.start()]):
        return None
    return m


def _printed_behind(text: str, title: str) -> int | None:
    """The page number the text prints right behind `title`, at a word's start, in its first few printings."""
    at, seen = text.find(title), 0
    while at >= 0 and seen < _SEARCHED:
        if at == 0 or not text[at - 1].isalnum():
            m = _PAGE_BEHIND.match(text, at + len(title))
            if m:
                return int(m.group(1))
        at, seen = text.find(title, at + 1), seen + 1
    return None


def without_title_pages(items: list[AgendaItem], text: str) -> None:
    """Take the page column off the titles of `items` (in agenda order), where the text prints one behind them."""
    titled = [it for it in items if it.title]
    if _labelled_column(titled):
        return
    if not any(_own_number(it.title) for it in titled):
        return  # no title ends on a number: nothing to take off (and the text is not searched)
    pages: list[int] = []
    ending: list[tuple[AgendaItem, re.Match[str]]] = []  # the titles that end on their page
    for it in titled:
        page = _printed_behind(text, it.title)
        own = _own_number(it.title) if page is None else None
        if own is not None:
            page = int(own.group(1))
            ending.append((it, own))
        if page is not None:
            pages.append(page)
    if not ending or len(pages) < 2 or 4 * len(pages) < 3 * len(titled):
        return
    if len(pages) == 2 and len(ending) == 2 and pages[1] - pages[0] > _NEAR_PAGES:
        # two titles' last words alone, far apart ('Budgetopfølgning 3', 'Lokalplan 45'): a title's own numbers as
        # likely as pages; an agenda's next item starts a few pages on, not dozens
        return
    if any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return
    for it, m in ending:
        it.title = it.title[: m.start()].rstrip()


def _labelled_column(titled: list[AgendaItem]) -> bool:
    """A page column printed with its label behind the titles ('1. Godkendelse af dagsorden Side 3', '2. Lokalplan
    12 Side 5'): two titles or more end so, their pages never falling; the label and its page go, and a bare number
    that another title ends on is that title's own ('Salg af Skolevej 7', its page read off elsewhere): True when
    the column was such."""
    labelled = [(it, m) for it in titled if (m := _LABELLED_PAGE.search(it.title))]
    pages = [int(m.group(1)) for _, m in labelled]
    if len(labelled) < 2 or any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return False
    for it, m in labelled:
        it.title = it.title[: m.start()].rstrip()
    return True
