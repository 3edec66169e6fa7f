"""The page column of a contents list whose leaders were lost: page numbers printed bare between titles.

A transcript's contents list runs its entries into one line with each title's page number behind it
('… Ansøgning til Turismepuljen 8 Anlægsprojekter …'). Two or more such numbers that never fall are a
page column, and each parts two titles for sure. Its own module because the contents-list readers and
`title_split.split_titles` both need it and neither may import the other.
"""
from __future__ import annotations

import re

from .dashes import NUMBER_DASH, SPACED_DASH

# a page number printed bare between two titles ('… af dagsorden 3 Budgetopfølgning …'), or before the next
# title's item number where the list kept it ('… af dagsorden 3 2. Temamøde …'), or before a title that opens on an
# ordinal ('… af dagsorden 3 1. behandling af budget …': an ordinal's word is in lower case, an item's title opens in
# a capital, and a title's own words never run a bare number into an ordinal)
BARE_PAGE = re.compile(r"(?<=[a-zæøå.)]) (\d{1,3})(?= [A-ZÆØÅ]| \d{1,3}\. [A-ZÆØÅ]| \d\. [a-zæøå])")
# the same, where the pages of the entries around it bound the number (an entry's span in a list with a page
# column): it may follow a title's year (not any number: '… afdeling 6 7 …') or dash ('… Budget 2023-26 5
# Program …', '… ejerstrategi - 19 Indsamling …') and come before a title opening on a number ('… Greve Midt 20
# 10-årsplan for …', '… 20 2. behandling af …') or on a quoted name ('… autocampere 15 'Det indeklemte areal', …');
# the bounds keep the years and counts of titles out
OPENING_QUOTES = "'\"“„«‘"  # before a title that opens on a quoted name
BOUNDED_PAGE = re.compile(rf"(?:(?<=[a-zæøå.){SPACED_DASH}])|(?<=\b\d{{4}})|(?<=\b\d{{4}}[{NUMBER_DASH}]\d{{2}}))"
                          rf" (\d{{1,3}})(?= [{OPENING_QUOTES}]?[A-ZÆØÅ]| \d{{1,3}}-[a-zæøå]| \d\. [a-zæøå])")

# a bare page number after a title's last word, before the next title's capitalised first word, also over a page
# line's end (the next title behind the next page line's number: '… Skole 27' / '3 Frigivelse …')
PAGE_BEFORE_TITLE = re.compile(r"(?<=[\w)] )(\d{1,3})(?: | *\n\s*\d{1,3} )(?=[A-ZÆØÅ][a-zæøå])")


# the same page named ('… af dagsorden Side 3 Budgetopfølgning … Eventuelt Side 9'): the last one ends the span
_NAMED_PAGE = re.compile(r"(?<=[a-zæøå.)]) Side (\d{1,3})(?= [A-ZÆØÅ]|\s*$)")


def page_separators(span: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed-marker) of the page numbers between titles, bare or named ('Side 3'; the list
    prints them one way), when there are two or more and they do not go down (a page column whose
    leaders were lost)."""
    found = max(list(BARE_PAGE.finditer(span)), list(_NAMED_PAGE.finditer(span)), key=len)
    pages = [int(m.group(1)) for m in found]
    if any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        found = rising_column(found)
    if len(found) < 2 or not _plausible_steps([int(m.group(1)) for m in found]):
        return []
    return [(m.start(), m.end(), False) for m in found]


_LONGEST_STEP = 40  # pages one agenda item takes at most, as a rule: its text, its bilag printed inside


def _plausible_steps(pages: list[int]) -> bool:
    """The numbers step as a contents list's pages do: most items take a few pages, so half the steps at least
    are short. Numbers that rise in long leaps are the titles' own ('… terrænregulering, Rørsangervej 11 …
    ridebane på Grevevej 93 Udbud af buslinje 224 …': a list that prints no pages, its addresses and lines),
    and cutting behind them would take the numbers off the titles."""
    steps = sorted(b - a for a, b in zip(pages, pages[1:], strict=False))
    return steps[(len(steps) - 1) // 2] <= _LONGEST_STEP


def rising_column(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The page column among numbers between titles that do not all rise: the longest run of them that never
    falls, when it holds three in four of them and three at least; a number inside a title ('… H.C. Branners Vej
    1 R, 8600 Silkeborg 7 Godkendelse …', a street's) falls out of the column the pages print. [] otherwise."""
    pages = [int(m.group(1)) for m in found]
    best: list[list[int]] = []  # best[k]: the longest non-falling run ending at k (indices)
    for k, page in enumerate(pages):
        before = [best[j] for j in range(k) if pages[j] <= page]
        best.append([*max(before, key=len, default=[]), k])
    run = max(best, key=len, default=[])
    return [found[k] for k in run] if len(run) >= 3 and 4 * len(run) >= 3 * len(found) else []
