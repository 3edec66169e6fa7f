"""A numbered contents list whose first entry lost its number: the title and page printed before entry 2.

Text extraction loses digits here and there ('Indholdsfortegnelse Godkendelse af dagsorden 3 2. Budget 4 3. …'): the
run of numbers the list is read from then opens at 2, and the first title stays in the lead before it, so the first
item, and the body its header opens below the list ('Punkt 1: Godkendelse af dagsorden Sagsnr.: …'), are lost.
"""
from __future__ import annotations

import re

from .contents_base import TOC_CUE
from .headings import is_heading
from .list_entry import MAX_TITLE_WORDS, ListEntry
from .title_marks import clean_title
from .title_tidy import BODY_CUE

# the line's lead before entry 2: its page number (a transcript's page line), maybe the list's cue, then one title
# and its page; a title of words only (no date, clock time or running header's page 'Side 2' can be taken for one)
_PAGE_LINE = re.compile(r"\d{1,3}[ \t]+")
_TITLE_PAGE = re.compile(r"(?P<title>[A-ZÆØÅ][^\d\n:]{2,}?)[ \t]+\d{1,3}[ \t]*")
# an entry's page behind its title, as the list prints it for entry 2
_PAGE_AFTER = re.compile(r"[ \t]\d{1,3}[ \t]*$")
_PAGE_OPENS = re.compile(r"\d{1,3}[ \t]+\D")


def with_lost_first(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """The entries, with the first one put back where the list opens at 2 and its line prints, before entry 2, one
    title with its page the way entry 2 prints its own (title, then page): that title is entry 1, its number lost.
    Why across publishers: a list numbers its items from 1, and a contents row is title then page for every entry;
    the lead of the list's line holds only its page number and its cue otherwise. The number stays None (the
    annotation rules: a number the print lost is no number), a header below the list gives it."""
    if len(entries) < 2 or entries[0].number != "2":
        return entries
    first = entries[0]
    # (the page may open the next entry's span where that entry lost its number: '… område 5 Prognose …')
    if not _PAGE_AFTER.search(text[first.start:entries[1].start]) and not _PAGE_OPENS.match(text, entries[1].start):
        return entries  # entry 2 prints no page behind its title: no row shape to read entry 1 by
    begin = text.rfind("\n", 0, first.start) + 1
    m = _PAGE_LINE.match(text, begin, first.start)
    at = m.end() if m else begin
    cue = TOC_CUE.match(text, at, first.start)
    if cue and not cue.group("num"):
        at = cue.end()
    row = _TITLE_PAGE.fullmatch(text, at, first.start)
    if row is None:
        return entries
    title, closed = clean_title(row.group("title"))
    if not title or len(title.split()) > MAX_TITLE_WORDS or is_heading(title) or BODY_CUE.search(title) \
            or TOC_CUE.fullmatch(title):
        return entries
    return [ListEntry(None, title, not closed, row.start("title"), row.end("title")), *entries]
