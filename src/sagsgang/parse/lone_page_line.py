"""The page number of a transcript that holds one page line, blanked.

A transcript site prints each PDF page as one line behind its page number ('1 Økonomiudvalget – Referat – 17. februar
2020 1. Godkendelse af dagsorden …'). Where three page lines or more count 1, 2, 3 …, the readers know those numbers
for pages (list_entry.page_prefixes); an excerpt of a long first page holds one page line only, and its '1' then reads
as an item's number: a case page's whole first page became item 1's title, its sections and decision unread, and a
meeting's first item numbered twice ('1 … 1. Godkendelse'). The viewer prints the number whatever the page holds, so
on a transcript of one page line it is the page's and no item's. Blanked (spaces, same length: offsets stay).
"""
from __future__ import annotations

from .page_line_chrome import PAGE_LINE, TRANSCRIPT


def blank_lone_page_number(text: str) -> str:
    """`text` with the number of its only transcript page line blanked; as it is where it has none or several."""
    at = text.find(TRANSCRIPT)
    if at < 0:
        return text
    lines = list(PAGE_LINE.finditer(text, at))
    if len(lines) != 1 or lines[0].group(1) != "1":
        return text
    m = lines[0]
    return text[: m.start(1)] + " " * (m.end(1) - m.start(1)) + text[m.end(1):]
