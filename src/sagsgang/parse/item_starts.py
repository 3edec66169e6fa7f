"""Where agenda items start on a page that keeps its lines.

"Punkt 4:", "Nr.148 -", "Pkt. 115", "• 1", "64. Title", "Sag nr. 11"; the two readings (labelled_starts,
numbered_starts) are weighed against each other here, the headers' titles finished (a column cell cut off, a
wrapped line joined), and a table of contents listing the same items without bodies is resolved
(toc_entries), so the body parser sees each item once.
"""
from __future__ import annotations

import re

from .counted_starts import counted_starts
from .dashes import SPACED_DASHES
from .excerpt_end import number_at_end
from .item_start_base import ItemStart
from .labelled_starts import labelled_starts
from .lines import Line, norm_space
from .numbered_starts import numbered_starts
from .title_marks import STATUS_ONLY, clean_title
from .toc_entries import drop_toc_entries
from .wrapped_titles import extend_wrapped_title


def find_item_starts(lines: list[Line], meeting_context: bool = False) -> list[ItemStart]:
    """Item header lines in document order, with table-of-contents duplicates removed.

    Headers are read two ways, by their labels ('Punkt 4', 'Pkt. 115', '• 1', 'Sag nr. 11') and by their
    numbers alone ('64. Title'); the reading that finds more items is the page's (labels on a tie): a page
    that labels its headers labels them all, and one line of a text that looks like a label ('Nr. 12',
    '• 3') does not switch off the numbered headers of the rest. With `meeting_context` (the header says
    Referat/Dagsorden), a run of numbered titles counts as the list of items even where the bodies are
    missing."""
    labelled = labelled_starts(lines)
    numbered = numbered_starts(lines, meeting_context, sorted(s.index for s in labelled))
    starts = labelled if labelled and len(labelled) >= len(numbered) - len(_contents_of(numbered, labelled)) \
        else numbered
    if not starts:
        # ('I.', 'II.', 'III.' / 'A.', 'B.', 'C.': a page that counts its items so) only where no digit reads an item:
        # beside digit headers, a run of lettered or roman marks is more often a body's points than the agenda (taken
        # wherever it outnumbered the digits, it cost the check pages printed as HTML 6 of 166 items found)
        starts = counted_starts(lines)
    for s in starts:
        _without_column(s, lines)
    titles = {clean_title(s.title)[0].casefold() for s in starts}
    for s in starts:
        extend_wrapped_title(s, lines, titles)
    cut = number_at_end(lines, starts)
    return drop_toc_entries(starts + [cut] if cut else starts, lines)


# the last column of a header line, after a tab or a wide gap: a short cell ('Beslutning', '12-03-2024', 'ØU')
_COLUMN_TAIL = re.compile(r"(?:\t|\s{3,})\s*(?P<col>[^\t(]\S*(?: \S+){0,2})\s*$")


def _without_column(start: ItemStart, lines: list[Line]) -> None:
    """The header's title without the cell a table or a tabbed line prints after it (without_column_cell)."""
    if start.consumed == 1:
        start.title = without_column_cell(start.title, lines[start.index].raw)


def without_column_cell(title: str, raw: str) -> str:
    """`title` without the cell a table or a tabbed line (`raw`, tabs kept) prints after it: a status
    ('Beslutning'), a date or a committee's short name set in a column of its own is no part of the title, as the
    gap shows (a title sets its words one space apart). An open/closed status stays on the title for clean_title to
    read. A cell in brackets ('   (B)') is a type tag, the title's own (annotation rules)."""
    m = _COLUMN_TAIL.search(raw)
    if not m or len(m.group("col")) > 25:
        return title
    col = norm_space(m.group("col"))
    head = title[: len(title) - len(col)].rstrip()
    # (a title that ends in a dash, a colon or a comma runs on into the cell: any dash the rules read, dashes.py)
    if title.endswith(col) and len(head) > 3 and not head.endswith((*SPACED_DASHES, ":", ",")):
        return head + (" " + col if STATUS_ONLY.fullmatch(col) else "")
    return title


def _contents_of(numbered: list[ItemStart], labelled: list[ItemStart]) -> list[ItemStart]:
    """The numbered titles above the first labelled header that a labelled header below repeats (its number, its
    title with or without the contents row's page): a contents table ('1 Godkendelse af dagsorden 3') of the
    labelled headers ('Punkt 1 …' / 'Godkendelse af dagsorden'). They name the same items again, so they are no
    items of their own when the two readings are counted: a list above its headers can only repeat them."""
    if not labelled:
        return []
    first = min(s.index for s in labelled)
    titles: dict[str | None, list[str]] = {}
    for s in labelled:
        titles.setdefault(s.number, []).append(clean_title(s.title)[0].casefold())
    out = []
    for s in numbered:
        row = _ROW_PAGE.sub("", clean_title(s.title)[0]).casefold()
        if s.index < first and row and any(t and (t.startswith(row) or row.startswith(t))
                                           for t in titles.get(s.number, [])):
            out.append(s)
    return out


_ROW_PAGE = re.compile(r"\s+\d{1,3}$")  # a contents row's page after its title
