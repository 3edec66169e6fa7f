"""The open/closed status column of an unnumbered contents list ('Åben Title Åben Title Lukket Title', or a cell
after each title), read line by line (StatusColumn), and the page a closed entry's marker prints before its
title (without_marker_page).

Why apart: the column is a question about the whole list (which side of its titles the cells stand, and what a
cell left at a line's end means for the next line), not about any one title's cut (contents_cuts).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .contents_base import CLOSED_ENTRY
from .dashes import SPACED_DASH
from .list_entry import ListEntry
from .status_column import STATUS_CELL_WORDS

# an entry's open/closed status as a contents list prints it, in its two cases (the readings below use it)
_STATUS = STATUS_CELL_WORDS

# a closed marker, then a bare number, then a title ('Lukket - 21 Ejendomssag')
_MARKER_PAGE = re.compile(rf"^(?:{_STATUS})(?:\s+(?i:punkt|sag))?\s*[{SPACED_DASH}:]?\s+"
                          r"(\d{1,3})\s+(?=[A-ZÆØÅ])")


def without_marker_page(piece: str, paged: bool) -> str:
    """A piece of a list with a page column that prints the page between an entry's status marker and its title
    ('… Gensidig orientering Lukket - 21 Ejendomssag Lukket - 23 …', the page column read before the titles): the
    number is blanked (offsets kept). Why: the list is cut before each entry's marker, so the page its open
    entries lose at the cut (the page before a title ends the piece before it) stays inside a closed entry's
    piece; a page column prints one number per entry, and a bare number in it is that column's, while an item's
    own number in such a list prints its mark ('1.')."""
    m = _MARKER_PAGE.match(piece) if paged else None
    return piece if m is None else piece[:m.start(1)] + " " * len(m.group(1)) + piece[m.end(1):]


# the status cell right before a page line's first number ('2 Åben 23. Vedtægter …')
_RUN_ON_CELL = re.compile(rf"(?<!\S)({_STATUS})\s+$")


# a piece of a contents run that is an open/closed status and nothing else ('Åben', 'Lukket -', 'Lukket - Lukket': a
# status column and the closed marker the title printed): no title of its own ('Lukket punkt' alone is a closed entry)
_STATUS_WORD = re.compile(rf"(?<!\S)(?:{_STATUS})(?!\S)")
FIRST_CELL = re.compile(rf"(?<!\S)(?:{_STATUS})\s+(?:\d{{1,3}}[.)]?\s+)?$")
_TRAILING_CELL = re.compile(rf"(?<=[^\s{SPACED_DASH}:])\s+({_STATUS})\s*$")
_STATUS_CELL = re.compile(rf"(?:(?:{_STATUS})(?:\s*[{SPACED_DASH}:])?\s*)+")


def _a_status_column(pieces: list[tuple[int, str]]) -> bool:
    """Three status cells or more, one for every other title or more: a column that repeats per entry, not a
    closed entry printed as its marker alone ('… Eventuelt Lukket', an entry of its own)."""
    alone = sum(1 for _, piece in pieces if piece != CLOSED_ENTRY and _STATUS_CELL.fullmatch(piece.strip()))
    cells = sum(len(_STATUS_WORD.findall(piece)) for _, piece in pieces if piece != CLOSED_ENTRY)
    return alone > 0 and cells >= 3 and 2 * cells >= len(pieces) - alone


@dataclass
class StatusColumn:
    """The open/closed column of a contents list, read line by line (_status_cells)."""

    leading: bool  # its cells stand before their titles
    found: bool = False  # the list prints one (_a_status_column, or `leading`)
    pending: bool | None = None  # a leading cell that ended a line: the next line's first entry's status

    def read(self, pieces: list[tuple[int, str]], entries: list[ListEntry]
             ) -> tuple[list[tuple[int, str]], dict[int, bool | None]]:
        """The line's pieces without their cells, and the status (closed or not, by offset) the cells give."""
        if not (self.found or self.leading or _a_status_column(pieces)):
            return pieces, {}
        self.found = True
        self.leading = self.leading or not entries and bool(pieces) \
            and _STATUS_CELL.fullmatch(pieces[0][1].strip()) is not None
        cells, back, self.pending = _status_cells(pieces, self.leading, self.pending)
        if back is not None and entries:  # a trailing cell that opens a line: the last line's last entry's
            entries[-1] = replace(entries[-1], public=entries[-1].public and not back)
        return [(off, piece) for off, piece, _ in cells], {off: shut for off, _, shut in cells}

    def go_on(self, text: str, more: tuple[int, str | None, int]) -> None:
        """The list goes on over a page line whose first entry prints its cell before its number ('… Åben
        Midtjysk Iværksætterhus' / '2 Åben 23. Vedtægter …', contents_next_line): in a leading column that cell is the
        status of the line's first entry, as the first entry's cell before its number is on the list's first
        line. Why: the page line repeats the row as the list's first line prints it, cell, number, title."""
        cell = _RUN_ON_CELL.search(text, max(0, more[2] - 10), more[2]) if more[1] else None
        if cell and self.leading:
            self.pending = "lukket" in cell.group(1).lower()

    def closing(self, entries: list[ListEntry], end: int) -> list[ListEntry]:
        """The list's entries; where its last cell heads no title ('… Åben Eventuelt Lukket'), that cell is a
        closed entry whose title the list does not print (as a closed item's often is not)."""
        if self.pending:
            entries.append(ListEntry(None, "Lukket", False, end, end))
        return entries


def _status_cells(pieces: list[tuple[int, str]], leading: bool, pending: bool | None
                  ) -> tuple[list[tuple[int, str, bool | None]], bool | None, bool | None]:
    """A contents list with a status column ('Åben Title Åben Title Lukket Title', or the column after each title)
    whose cells the cuts left as pieces of their own: each cell is the status of the title it stands before
    (`leading`, the list opened with a cell) or after, never a title. Why: a list prints a column once per entry,
    on the same side of every entry, so the side its first entry shows is the side of all. (off, piece, closed
    by its cell or None) of the titles; the status a cell opening the line gives the entry before the line
    (trailing), and the status a cell ending it leaves for the next line's first entry (leading)."""
    out: list[tuple[int, str, bool | None]] = []
    back: bool | None = None
    for off, piece in pieces:
        if piece != CLOSED_ENTRY and _STATUS_CELL.fullmatch(piece.strip()):
            shut = "lukket" in piece.lower()
            if leading:
                pending = shut
            elif out:
                out[-1] = (out[-1][0], out[-1][1], shut)
            else:
                back = shut
            continue
        tail = _TRAILING_CELL.search(piece) if leading else None  # the next title's cell, cut off with this one
        out.append((off, piece[:tail.start()] + " " if tail else piece, pending if leading else None))
        pending = "lukket" in tail.group(1).lower() if tail else None
    return out, back, pending
