"""Contents lists that print no item numbers, read by their shape instead.

Some publishers print the agenda as a table of contents without numbers: titles behind a
'Indholdsfortegnelse' cue, one title per line with a page number, dot leaders, a page-number
column, or a title page whose titles run together. item_list falls back to these readers when no
run of rising numbers holds; they are kept apart because they read lines and cues, not numbers.

This module composes the flattened reading (unnumbered_toc): where the list begins (contents_first_entry,
headless_contents, returning_titles), how each line's runs are cut into titles (contents_cuts), the status
column beside them (contents_status) and where the list goes on to the next page line (contents_next_line).
The shared pieces live in contents_base; lists that keep their lines are read by lined_contents and
returning_titles, tables that came out column by column by contents_columns.
"""
from __future__ import annotations

import re

from .bulleted_contents import bullet_closes, bulleted_first_entry
from .contents_base import BODY_LABEL, CLOSED_ENTRY, TOC_CUE, titles_only
from .contents_cuts import (
    before_body,
    cut_run,
    header_starts,
    heading_over_groups,
    last_number,
    one_title,
    separated_runs,
    through_last_leader,
    whole_header_titles,
)
from .contents_first_entry import (
    aligned_first_entry,
    confirmed_first_entry,
    first_of_titles_line,
    leader_list,
    title_page,
)
from .contents_next_line import next_contents_line
from .contents_status import FIRST_CELL, StatusColumn, without_marker_page
from .headless_contents import paged_tail, titles_tail
from .list_entry import MAX_TITLE, ListEntry, fold_title, mark_groups, numbered_piece, text_start
from .page_column import page_separators as _page_separators
from .returning_titles import returned_first_entry, returning_heads
from .title_marks import clean_title
from .title_split import GROUP_MARK, lower_words
from .title_tidy import tidy, without_wrapped_page

# a piece of an unnumbered list that is a bare number and nothing else ('LUKKET PUNKT: 47 LUKKET PUNKT: 49'): the page a
# closed entry's marker printed, cut off the marker that is an entry of its own. Why it holds across publishers: a
# list that prints no item numbers prints a bare number only in its page column, and no title is a number alone
_PAGE_ALONE = re.compile(r"\d{1,3}")


def unnumbered_toc(text: str) -> list[ListEntry]:
    returning = returning_heads(text)  # (every path below reads them: the list's start or its cut)
    m = TOC_CUE.search(text) or confirmed_first_entry(text) or leader_list(text) or first_of_titles_line(text) \
        or paged_tail(text) or title_page(text) or aligned_first_entry(text) \
        or returned_first_entry(text, returning) or titles_tail(text) or bulleted_first_entry(text)
    if not m:
        return []
    common = lower_words(text)
    nl = text.find("\n", m.end())
    known = header_starts(text[nl:]) if nl >= 0 else frozenset()
    whole = whole_header_titles(text[nl:]) if nl >= 0 else frozenset()
    heads = [h for h in returning if h[0] > m.end()]
    known |= {" ".join(t.split()[:3]) for _, t in heads}
    whole |= {t for _, t in heads}
    entries: list[ListEntry] = []
    in_closed_group = False
    begin, num, at = m.end(), m.group("num") or None, m.start()
    first_shut = bool(m.groupdict().get("shut"))  # 'Lukket 1. Salg af grund': the cue took the first's status
    # a status column before each entry where the first entry's cell stands before its number ('Åben 1. …')
    column = StatusColumn(FIRST_CELL.search(text, max(0, m.end() - 20), m.end()) is not None)
    while True:
        nl = text.find("\n", begin)
        # the list ends where the first header that prints no number begins ('… Title Title Sagsnr.: …')
        nl = next((h for h, _ in heads if begin < h < (nl if nl >= 0 else len(text))), nl)
        span, groups = mark_groups(text[begin: nl if nl >= 0 else len(text)], False)
        paged = bool(_page_separators(span))  # a page column: the last title's page number goes too
        segments = separated_runs(span)
        # where leaders part the titles one by one ('Title.....3 Title.....4', each run a title's length), a
        # run a leader closes is one title; where they close groups of titles only, the runs are cut as ever
        led = [seg for _, seg, by_leader in segments if by_leader]
        all_but_last_led = all(by_leader for _, _, by_leader in segments[:-1])
        leadered = (len(led) >= 3 or led and all_but_last_led) \
            and sorted(len(x) for x in led)[len(led) // 2] <= MAX_TITLE * 3 // 4
        if leadered and all_but_last_led and not segments[-1][2] and not titles_only(segments[-1][1]):
            # what runs on after the last leader is the page's next text, no entry; unless it prints titles and
            # nothing else (three or more, no label, no body cue): the list goes on with its leaders lost
            segments = segments[:-1]
        elif leadered:
            segments = through_last_leader(segments, span)
        last = last_number(entries, num)
        # (a run between two of a bulleted list's bullets is one title, as one behind a leader is)
        pieces = [(at + off, piece) for at, seg, by_leader in segments
                  for off, piece in ([(0, seg)] if seg == CLOSED_ENTRY or leadered and by_leader and one_title(seg)
                                     or bullet_closes(span, at + len(seg))
                                     else cut_run(seg, last, common, known, whole))]
        pieces = before_body(pieces)
        pieces, shut_at = column.read(pieces, entries)
        if not entries and (len(pieces) < 3 or len(BODY_LABEL.findall(span[:400])) >= 2):
            return []  # a cue word before an item's body ('Sagsoversigt 1. … Afbud: … Fraværende: …'), no list
        if not entries and heading_over_groups(span, pieces):
            pieces = pieces[1:]
        for k, (off, piece) in enumerate(pieces):
            title, closed = ("Lukket punkt", True) if piece == CLOSED_ENTRY else _piece_title(piece, paged)
            in_closed_group = next((shut for g, shut in reversed(groups) if g < text_start(piece, off)),
                                   in_closed_group)
            closed = closed or in_closed_group or first_shut and not entries or bool(shut_at.get(off))
            if title and not _PAGE_ALONE.fullmatch(title):
                title = title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0]
                number, title = (num, title) if k == 0 and num else numbered_piece(title)
                entries.append(ListEntry(number, title, not closed,
                                         at if k == 0 else begin + off, begin + len(span)))
        more = next_contents_line(text, nl, entries, span)
        back = _first_returned(entries)
        if more is None or back < len(entries):
            return column.closing(entries[:back], begin + len(span))
        begin, num, at = more
        column.go_on(text, more)


def _first_returned(entries: list[ListEntry]) -> int:
    """Where the list's first title comes back (its index; the list's length where it does not): the first item's
    body begins there, run on from the list's last title on the same page line ('… Gensidige orienteringer
    Godkendelse af dagsorden Sagsgang og sagstype …'), so no entry goes on from it. Why across publishers: a list
    names each item once; its first title printed again heads the first body, whatever the page prints beside it."""
    first = fold_title(entries[0].title) if entries else ""
    return next((k for k, e in enumerate(entries[1:], 1) if fold_title(e.title) == first), len(entries))


def _piece_title(piece: str, paged: bool) -> tuple[str, bool]:
    """An unnumbered list's piece as (title, closed): without the page its closed marker printed, its group marks,
    its page column (tidy) and a page number wrapped inside it (without_wrapped_page), then cleaned (clean_title)."""
    return clean_title(without_wrapped_page(tidy(without_marker_page(piece, paged).replace(GROUP_MARK, " "), paged)))
