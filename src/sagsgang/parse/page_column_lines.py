"""A contents list's page column read across a transcript's page lines.

A PDF transcript prints each page as one long line behind its page number, most pages opening with a
running head ('2 Økonomiudvalget 13-06-2022 Side 2 Godkendelse af dagsorden 3 Evaluering … 4 …' /
'3 Økonomiudvalget 13-06-2022 Side 3 Kommuneplan … 28 …'). A contents list whose item numbers were lost
keeps its page column: bare numbers that each trail a title. When the list runs over two pages, the page
line's number and head stand between two of its entries, and 'Side 2' of the head looks like a number of
the run. This blanks that page furniture (spaces, so offsets stay those of the text), so the list reads as
one line of titles and pages, as it does when it fits on one page.
"""
from __future__ import annotations

import re

from .list_entry import page_prefixes
from .page_chrome import running_head

_PAGE_LINE = re.compile(r"(\d{1,3})[ \t]+")


def blank_page_heads(text: str, first: int, last: int) -> str | None:
    """`text` with the page number and running head of each page line from the one holding offset `first`
    through the one holding `last` blanked, and the line breaks between those lines; None where the text
    has no page lines or a line between them is not a page line (the run is no transcript page's list)."""
    pages = page_prefixes(text)
    start = text.rfind("\n", 0, first) + 1
    if start not in pages:
        return None
    chars = list(text)
    at = start
    while at <= last:
        if at not in pages:
            return None
        number = _PAGE_LINE.match(text, at)
        cut = max(running_head(text, at, pages)[1], number.end() if number else at)
        chars[at:cut] = " " * (cut - at)
        nl = text.find("\n", at)
        if nl < 0 or nl >= last:
            break
        nxt = nl
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        chars[nl:nxt] = " " * (nxt - nl)
        at = nxt
    return "".join(chars)
