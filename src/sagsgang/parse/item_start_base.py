"""What every reader of item starts shares: the ItemStart record, the walk to the next printed line, and
whether a line marks an item's body (a cue) or can be a title.

Its own module so that the readers (labelled, numbered, 'Sag nr.', contents entries, counted) import it and
not one another: each reader asks these same questions of the lines around a header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .casenumbers import labelled_case_numbers, standalone_case_number
from .headings import is_heading
from .lines import Line
from .title_marks import CLOSED_MARKER, OPEN_CLOSED_TAG

_LEADING_BULLET = re.compile(r"^[•·▪●◦]\s*")


@dataclass
class ItemStart:
    index: int
    number: str | None
    title: str
    consumed: int = 1  # lines taken by the header (number-only header + title line = 2)
    kind: str = "labelled"
    title_before: bool = False  # title is the line before `index` (Sag nr. style)
    skip: set[int] = field(default_factory=set)  # lines inside this item that are dropped duplicate headers
    closed: bool = False  # marked closed where it was listed ("lukket 101", "(FOR LUKKEDE DØRE)")
    lead: str = ""  # text before the item on its line (a flattened list shares its line with the header)


def is_cue(text: str) -> bool:
    """A line that marks an item's body: a section heading (bulleted too: '• Sagsfremstilling', a fold-out's
    button), a case-number label with or without its number on the line ('Sags nr.:' / '450-2018-4075'), an
    open/closed marker."""
    text = _LEADING_BULLET.sub("", text)
    return bool(is_heading(text) or labelled_case_numbers(text) is not None or standalone_case_number(text)
                or text.lower().startswith("sagsbehandler") or CLOSED_MARKER.match(text)
                or OPEN_CLOSED_TAG.search(text))


def marks_body(text: str) -> bool:
    """A line that shows an item's body has begun: a cue (is_cue), or a section heading with its text run in
    after the colon ('INDSTILLING: Der er ikke modtaget afbud', 'Sagsfremstilling: Kommunen har …'), as a page
    prints a heading and a short text on one line."""
    if is_cue(text):
        return True
    head, colon, rest = _LEADING_BULLET.sub("", text).partition(":")
    return bool(colon and rest.strip() and len(head) <= 40 and is_heading(head + ":"))


def next_text_index(lines: list[Line], i: int) -> int:
    """Index of the first non-blank line at or after i (len(lines) when none)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def previous_text_index(lines: list[Line], i: int) -> int:
    """Index of the last non-blank line at or before i (-1 when none)."""
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


def next_header(starts: list[ItemStart], number: str) -> bool:
    """`number` is the one after the last header's."""
    last = starts[-1].number if starts else None
    return bool(last and last.isdecimal() and number.isdecimal() and int(number) == int(last) + 1)


def title_like(text: str) -> bool:
    """A line that can be a title below its header: no heading, no cue, not a label with no value ('Lukket:',
    'Sagsnr.:': a form's empty field), and not a sentence going on in lower case ('Nr. 12' / 'og er på 800 m2.':
    a house number in a text)."""
    return not text[:1].islower() and not is_heading(text) and not is_cue(text) and not LABEL_ALONE.fullmatch(text)


# a label with no value ('Lukket:', 'Sagsnr.:'): a form's empty field, where a title would stand
LABEL_ALONE = re.compile(r"[\w. -]{1,30}:\s*")


def case_number_line(text: str) -> bool:
    return bool(standalone_case_number(text) or labelled_case_numbers(text))


# the case's type on a line of its own under the title ('Orienteringssag', 'Beslutningssag', 'Drøftelsessag'): a
# field of the item, no part of its title
CASE_TYPE_LINE = re.compile(r"^[A-ZÆØÅ][a-zæøå]{3,}ssag\.?$")


def number_value(number: str | None) -> float | None:
    try:
        return float(number) if number else None
    except ValueError:
        return None
