"""A line that prints the item's bilag: 'Bilag 1: …', 'Bilag: Udkast til planen', 'Bilag: 1 - Åben …' (the heading
run into its list), a line of file names.

'Bilag 1: …' lines after the text are the item's bilag, not part of a decision; a line of attached files' names
and nothing else is the item's bilag, one a line, whatever label (or none) the site printed above them.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .headings import ATTACHED_FILE, ATTACHMENT_FIELD, ATTACHMENT_LINK, FILE_AT_END
from .lines import Line

# a list's first entry: its number 1 and a dash, stop or parenthesis ('1 - Åben …', '1. Notat'), or a bullet
_FIRST_ENTRY = re.compile(r"1\s*[-\u2013.)](?:\s|$)|[•·▪●◦*-]\s")


class BilagOnLine(NamedTuple):
    """What a line that prints bilag gives: the bilag lines, the reading mode after it, and the bilag heading the
    line runs into its list's first entry (None when it prints none), which opens the list's section."""

    lines: list[Line]
    mode: str
    heading: str | None = None


def _heading_run_in(ln: Line) -> str | None:
    """The bilag heading of a line that runs it into its list's first entry ('Bilag: 1 - Åben Notat …', its
    entries 2, 3 … on the lines below): the label as printed, a heading as it is on a line of its own; None for a
    label with its value ('Bilag: Udkast til planen'). A value that opens with entry 1 starts a list."""
    field = ATTACHMENT_FIELD.match(ln.text)
    if field is None or not _FIRST_ENTRY.match(field.group("title")):
        return None
    return ln.text[:field.start("title")].rstrip(" :")


def bilag_on_line(ln: Line, mode: str) -> BilagOnLine | None:
    """The bilag of a line that prints them (with the reading mode after it and a heading it runs in), or None.
    'Bilag 1: …' lines after the text are the item's bilag, not part of a decision; 'Bilag: Udkast til planen' is
    a label with its bilag on the line (no section; 'Bilag: Ingen' is dropped with the list), which ends a
    decision. A line of attached files' names and nothing else ('Notat.pdf Høringssvar.pdf') is the item's bilag,
    one a line, whatever label (or none) the site printed above them."""
    field = ATTACHMENT_FIELD.match(ln.text)
    heading = _heading_run_in(ln) if field else None
    if field and heading is not None:
        # the list's first entry, its cells as printed (a bilag table reads its cells by the tabs between them)
        raw = (ln.raw or ln.text).split(":", 1)[1].strip()
        return BilagOnLine([Line(field.group("title"), ln.offset + field.start("title"), raw)], "attachments",
                           heading)
    if field:
        at = ln.offset + field.start("title")
        return BilagOnLine([Line(t, at) for t in _numbered_run(field.group("title"))],
                           "after_decision" if mode == "decision" else mode)
    if ATTACHMENT_LINK.match(ln.text):
        return BilagOnLine([ln], "attachments")
    names = _file_names(ln.text)
    return BilagOnLine([Line(name, ln.offset) for name in names], mode) if names else None


def _numbered_run(value: str) -> list[str]:
    """'1. Budgetforslag 2. Notat om anlæg' -> each entry: bilag numbered 1, 2, 3 … run together on the
    label's line; any other value is one bilag."""
    cuts = [m for m in re.finditer(r"(?:^|\s)(\d{1,2})\.\s+(?=\D)", value)]
    if len(cuts) < 2 or [int(m.group(1)) for m in cuts] != list(range(1, len(cuts) + 1)) or cuts[0].start() != 0:
        return [value]
    ends = [m.start() for m in cuts[1:]] + [len(value)]
    return [value[m.start(): end].strip() for m, end in zip(cuts, ends, strict=True)]


def _file_names(t: str) -> list[str]:
    """The file names a line consists of, in order, or [] when it holds anything else. A line that does not
    end in a file's extension cannot be one: asked first, as the search for names in a long paragraph line
    (up to 150 characters tried from each start) was a tenth of an ingest's time."""
    if not FILE_AT_END.search(t):
        return []
    names = [m.group(0) for m in ATTACHED_FILE.finditer(t)]
    return names if names and re.sub(r"\s+", "", "".join(names)) == re.sub(r"\s+", "", t) else []
