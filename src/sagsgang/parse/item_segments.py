"""Item starts by the reading that explains more items (segment_items).

The printed cues of item headers, or the document's numbered item list with the bodies that follow it; headers
after the list that repeat its numbers give those entries their body. Items headed by no number: by a repeating
marker or case label, by a title over the section heading every item opens with, or by a title printed twice in a
row, whichever explains more items.
"""
from __future__ import annotations

import re

from .casenumbers import labelled_case_numbers
from .decided_blocks import decided_blocks
from .headings import FILE_EXTENSION, is_heading
from .item_list import joined_text, line_at
from .item_start_base import ItemStart, next_text_index
from .item_starts import find_item_starts
from .lines import Line
from .list_entry import MAX_TITLE, ListEntry, fold_title
from .listed_items import (
    labelled_before,
    listed_beyond,
    listed_headers,
    listed_status,
    listed_titles,
    listed_unread,
    meeting_item_list,
    one_header_each,
    without_bilag_entries,
    wrapped_entries,
)
from .marker_starts import LEADING_BULLET, marker_starts, titled_blocks
from .number_cells import number_cell_starts
from .outline_blocks import outline_blocks
from .title_marks import clean_title
from .toc_entries import drop_toc_entries


def segment_items(lines: list[Line], listed: list[ListEntry]) -> list[ItemStart]:
    """Item starts by the reading that explains more items: the printed cues of item headers, or
    the document's numbered item list (`listed`, from find_item_list: a table of contents, a
    flattened list) with the bodies that follow it. Headers after the list that repeat its
    numbers give those entries their body."""
    starts = without_bilag_entries(find_item_starts(lines, meeting_context=True), lines)
    cells = number_cell_starts(lines)
    if cells and starts and _inside_one_block(starts, cells, lines):
        starts = []  # ('1. at budgettet godkendes' …: a numbered list inside one item's body)
    marked = _unnumbered_starts(lines, cells) if len(starts) < 2 or _tight(starts, lines) else []
    if len(starts) >= 2 and len(marked) >= 2 and _inside_one_block(starts, marked, lines):
        starts = []  # ('• 1: Igangværende' / '• 2: Periodisk' …: a numbered list inside one unnumbered item's body)
    if len(starts) < 2:
        if len(marked) > len(starts) or (marked and not starts):
            starts = labelled_before(starts, marked) + marked
    text, offsets = joined_text(lines)
    listed = meeting_item_list(lines, starts, listed, offsets)
    if not listed:
        return starts
    starts = _off_the_list(starts, listed, offsets)
    if starts and len(listed) < max(1.5 * len(starts), len(starts) + 2):
        # the headers found by their cues win; the list still vouches for bodies without a cue
        starts = wrapped_entries(starts, listed, lines, offsets)
        after = line_at(offsets, listed[-1].end) + 1
        numbers = {s.number for s in starts if s.index >= after}  # (a number the list alone gives has no body yet)
        # (a heading the list vouches for by its title alone heads an entry of a list that numbers nothing)
        taken = {s.index for s in starts} | _header_lines(starts, after)
        extra = [s for s in listed_headers(lines, listed, after, taken) if s.number not in numbers or s.number is None]
        extra += listed_beyond(starts, listed, offsets, after)
        extra += listed_unread(starts, listed, lines, offsets)
        if not extra:
            return listed_status(listed_titles(starts, listed, offsets), listed)
        return drop_toc_entries(one_header_each(sorted(starts + extra, key=lambda s: s.index), lines), lines)
    from_list = []
    for e in listed:
        first, last = line_at(offsets, e.start), line_at(offsets, max(e.end - 1, e.start))
        from_list.append(ItemStart(first, e.number, e.title or "", consumed=last - first + 1, kind="listed",
                                   closed=not e.public, lead=text[offsets[first]:e.start]))
    after = max(s.index + s.consumed for s in from_list)
    bodies = [s for s in starts if s.index >= after]
    bodies += listed_headers(lines, listed, after, {s.index for s in bodies})
    return drop_toc_entries(sorted(_entries_with_bodies(from_list, bodies) + bodies, key=lambda s: s.index), lines)


def _header_lines(starts: list[ItemStart], after: int) -> set[int]:
    """The lines the headers below the list (from line `after` on) take ('1' / 'Budget for vejene': a number cell over
    its title): a title there is the header's own, no other heading the list vouches for. Not the lines a start on the
    list's own lines read on into (its last entry's page column over the first body's title)."""
    return {i for s in starts if s.index >= after for i in range(s.index, s.index + s.consumed)}


def _off_the_list(starts: list[ItemStart], listed: list[ListEntry], offsets: list[int]) -> list[ItemStart]:
    """The starts less those a marker found on the lines of a list that prints no numbers ('Lukket: Budget ..... 4'
    in a contents list of titles): the list's entries, which the list reads, not the headers of items below it.
    Why: a status marker heads a closed item's header and its entry alike, so counted as headers the list's
    closed entries outweigh the list that names every item."""
    if any(e.number is not None for e in listed):
        return starts
    first, last = line_at(offsets, listed[0].start), line_at(offsets, max(listed[-1].end - 1, listed[-1].start))
    return [s for s in starts if s.kind != "marker" or not first <= s.index <= last]


def _entries_with_bodies(entries: list[ItemStart], bodies: list[ItemStart]) -> list[ItemStart]:
    """The list's entries less those whose title heads an unnumbered body below (the list printed again as the
    bodies' headings, without their numbers: 'Status på kulturstrategi' / '20.00.00G01-0015' / 'Sagsfremstilling'):
    the body is that entry's item and takes its number and status, as a numbered header takes its entry's
    (drop_toc_entries), and the agenda's order puts it back in the list's place by that number. Only a numbered
    entry (an unnumbered list keeps its order by its own entries), a title listed once, taken by its first body: a
    title listed twice is no evidence of which entry a body is."""
    listed: dict[str, list[ItemStart]] = {}
    for e in entries:
        listed.setdefault(fold_title(e.title), []).append(e)
    taken: list[ItemStart] = []
    for b in bodies:
        same = listed.get(fold_title(b.title), []) if b.number is None and b.title else []
        if len(same) == 1 and same[0].number is not None and same[0] not in taken:
            b.number, b.closed = same[0].number, b.closed or same[0].closed
            taken.append(same[0])
    return [e for e in entries if e not in taken]


def _inside_one_block(starts: list[ItemStart], cells: list[ItemStart], lines: list[Line]) -> bool:
    """Every start found by its cue lies in the block one number cell heads (number_cells), one right under the
    other (blank lines at most between them): a numbered list inside that item's body ('1. Den kollektive bustrafik
    videreføres.' / '2. …' under a proposal), not the page's items, which the run of cells around it heads. Starts
    that head bodies of their own are the page's items, wherever a run of cells stands above them."""
    blocks = [c.index for c in cells]
    at = {sum(1 for b in blocks if b <= s.index) for s in starts}
    return len(at) == 1 and 0 not in at and _tight(starts, lines)


def _tight(starts: list[ItemStart], lines: list[Line]) -> bool:
    """Each start's line right under the one before (blank lines at most between them): a list, no bodies."""
    return all(not any(ln.text for ln in lines[a.index + a.consumed: b.index])
               for a, b in zip(starts, starts[1:], strict=False))


def _unnumbered_starts(lines: list[Line], cells: list[ItemStart]) -> list[ItemStart]:
    """Items headed by no number: by a repeating marker or case label, by a title over the section heading every
    item opens with, by a title printed twice in a row (doubled_titles), by blocks each holding a decision or by a
    title right over its bulleted headings (outline_blocks), whichever explains more items."""
    marked = marker_starts(lines, single=True) or titled_blocks(lines)
    doubled = doubled_titles(lines)
    marked = doubled if len(doubled) >= max(2, len(marked)) else marked
    decided = decided_blocks(lines)
    marked = decided if len(decided) > len(marked) else marked
    outline = outline_blocks(lines)
    marked = outline if len(outline) > len(marked) else marked
    return cells if len(cells) > len(marked) else marked


def doubled_titles(lines: list[Line]) -> list[ItemStart]:
    """Items whose title is printed twice in a row: a list's entry (maybe behind a bullet) and, as the next line
    with text (or after the entry's files, _files_under), the same words as its body's heading ('• Budget for vejene'
    / 'Budget for vejene' / 'Sagsnr. …'). Why: a page that unfolds each entry of its agenda under it prints the title
    again as the heading, numbered or not; two such pairs or more are the page's items. Not a section heading, a
    label or a sentence."""
    out = []
    for i, ln in enumerate(lines):
        if not ln.text or (out and i < out[-1].index + out[-1].consumed):
            continue
        title, closed = clean_title(LEADING_BULLET.sub("", ln.text.strip()))
        j = next_text_index(lines, i + 1)
        if j >= len(lines) or not 8 <= len(title) <= MAX_TITLE or is_heading(title) or title.endswith((".", ":")) \
                or labelled_case_numbers(title) is not None:
            continue
        files = _files_under(lines, j)
        k = next_text_index(lines, files[-1] + 1) if files else j
        if k >= len(lines):
            continue
        again, _ = clean_title(LEADING_BULLET.sub("", lines[k].text.strip()))
        if fold_title(again) == fold_title(title) and files:
            # the entry's files between its two prints: the item's bilag, kept in its body; the second print skipped
            out.append(ItemStart(i, None, title, consumed=1, kind="marker", closed=closed, skip={k}))
        elif fold_title(again) == fold_title(title):
            out.append(ItemStart(i, None, title, consumed=j - i + 1, kind="marker", closed=closed))
    return out if len(out) >= 2 else []


_FILES_BETWEEN = 2  # lines: the most of an entry's file links printed between its two prints


def _files_under(lines: list[Line], j: int) -> list[int]:
    """The lines from j on (blank lines between them) that hold file names only, up to _FILES_BETWEEN of them:
    the links to an entry's bilag that a page unfolding its agenda prints under the entry, before the title comes
    back as the heading of the item's body ('• Busbestilling' / 'Notat_om_busser.pdf Kort.pdf' / 'Busbestilling')."""
    out: list[int] = []
    while j < len(lines) and len(out) < _FILES_BETWEEN and _FILES_ONLY.fullmatch(lines[j].text.strip()):
        out.append(j)
        j = next_text_index(lines, j + 1)
    return out


# a line of attached files' names and nothing else ('Notat_om_busser.pdf Kort_over_ruter.pdf')
_FILES_ONLY = re.compile(rf"(?:\S+{FILE_EXTENSION}\s+)*\S+{FILE_EXTENSION}", re.IGNORECASE)
