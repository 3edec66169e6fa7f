"""Where one entry's span parts into titles, where the numbers of some items were lost in print.

A span between two item numbers `step` apart holds `step` titles. With a page column, the pages between those of the
entries around the span part them surest (a page rises and ends a title before a capitalised word); without one,
title_split's title starts do. A transcript's page footer run into a span (the meeting's date, a page number) is cut
off first, known by the date the page above the list printed.
"""
from __future__ import annotations

import re

from .casenumbers import past_case_head
from .dates import DATE_ANY
from .page_column import BOUNDED_PAGE, OPENING_QUOTES
from .title_split import cut_pieces, split_points

_DATED_FOOT = re.compile(rf"\s(?P<date>{DATE_ANY.pattern})(?:\s+\d{{1,3}}){{1,2}}\s+[A-ZÆØÅ]")


def without_dated_foot(span: str, step: int | None, head: str) -> str:
    """An entry's span of a page-column list without the page's footer that a transcript ran into it ('Rømø Havn -
    Årsregnskab 2014 24 25. juni 2015 2 Tønder Kommune – Kommunalbestyrelsen Dagsorden'): the meeting's date, which
    the page's `head` above the list printed (its footer repeats it), then a page number or two and more words, cut
    off with what follows; a title's own date ('Budgetopfølgning pr. 31. januar 2024 4 Punkt 3 …') is not the
    meeting's. Only an entry of one title (step 1) or the list's last (step None: the footer ends its page); a span
    of lost numbers may print a title after it."""
    if step is not None and step != 1:
        return span
    m = _DATED_FOOT.search(span)
    return span[: m.start()] if m and m.group("date") in head else span


def _page_cuts(span: str, low: int, high: int, step: int | None) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers that part the titles of lost item numbers inside one
    entry's span of a list with a page column ('10. Henvendelser til formanden 18 Huskeliste og orientering
    20 13. …': item 11's number was lost, its page was not): a page between the pages of the entries
    around it, after a title's last word and before a capitalised word, ends a title. Taken only where
    they give as many titles as the numbers ask for, each of two words or more (a page inside a wrapped
    title, '… svømmehal i Sindal 36 Hallerne', leaves a one-word piece)."""
    found = [m for m in BOUNDED_PAGE.finditer(span) if low <= int(m.group(1)) <= high]
    if step is None or len(found) != step - 1 \
            or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    cuts = [(m.start(), m.end() - m.start()) for m in found]
    if any(len(piece.split()) < 2 for _, piece in cut_pieces(span, cuts)):
        return []
    return cuts


def entry_cuts(span: str, step: int | None, common: frozenset[str], page_range: tuple[int, int] | None
               ) -> list[tuple[int, int]]:
    """Where the titles of one entry's span part (`step` titles, or None: as many as it holds, as at the end of
    a flattened list: '… køkken i Solstrålen 36 Resultat af trafikanalyse … 37 Kommunal lånegaranti …'): at the
    pages between `page_range` where a page column is printed (_page_cuts, else _rising_pages as the surest
    cuts), else where titles start (and, with no count, inside a piece longer than a title runs: split_points'
    `long`)."""
    if page_range is None:
        cuts = split_points(span, step, common=common, long=step is None) if step != 1 else []
    else:
        low, high = page_range
        cuts = _page_cuts(span, low, high, step) or (
            split_points(span, step, common=common, pages=_rising_pages(span, low, high), long=step is None)
            if step != 1 else [])
    # a case cell that opens the span ('Sagsnr. 24/1187 Salg af grund 5') is the row's, its title behind it: no title
    # ends at the cell ('Sagsnr. 24/1187' and 'Salg af grund' as two entries of a list's run-on end)
    lead = len(span) - len(span.lstrip())
    cell = past_case_head(span, lead)
    return [c for c in cuts if c[0] != cell] if cell > lead else cuts


def _rising_pages(span: str, low: int, high: int) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers in an entry's span that part titles ('… Ejerstrategi for KLAR
    Forsyning 36 Udbudsplan 2023 38 Placeringsforslag …'): between the pages of the entries around it, rising,
    before a word in small letters after its capital ('… Vandselskab 49 A/S' wraps a company's name), not
    before a page label ('… byrådsgruppe 102 Side 2.' is the page's footer), the last title keeping two words.
    Where they are fewer or more than the lost numbers ask for, they still mark the surest cuts
    (split_points)."""
    found = [m for m in BOUNDED_PAGE.finditer(span) if low <= int(m.group(1)) <= high
             and not span.startswith(" Side", m.end()) and _opens_a_word(span, m.end() + 1)]
    if not found or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    pages = [(m.start(), m.end() - m.start()) for m in found]
    pieces = cut_pieces(span, pages)
    # a title of one word between two pages stands ('… Højst 41 Ældrepuljen 43 …'); one left after the last page,
    # where the span ends, is a wrapped title's last word ('… i Sindal 36 Hallerne' before the next number)
    # (nothing after the last page: it closes the list)
    return pages if all(len(piece.split()) >= (2 if k == len(pieces) - 1 else 1) or not piece.strip() and k
                        for k, (_, piece) in enumerate(pieces)) else []


def _opens_a_word(span: str, at: int) -> bool:
    """The word at `at` opens like a title's first word: a capital before small letters ('Udbudsplan'), not a
    company's letters ('… Vandselskab 49 A/S'), or a number joined to a word ('10-årsplan'), or a reading's ordinal
    before small letters ('2. behandling af …'), also behind an opening quote ("'Det indeklemte areal', …")."""
    at += 1 if span[at: at + 1] and span[at] in OPENING_QUOTES else 0
    return span[at + 1: at + 2].islower() or bool(re.match(r"\d{1,3}-[a-zæøå]|\d\. [a-zæøå]", span[at:]))

