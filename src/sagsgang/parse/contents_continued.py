"""A contents list's heading printed again where the list goes on over a page break.

A contents list longer than a page prints its heading again at the top of the next page ('Indholdsfortegnelse',
'Indholdsfortegnelse (fortsat)', 'PUNKTER', 'Dagsordenspunkter - fortsat'). The list reader takes such a heading
between two numbers for the start of another list (holds_titles: no title holds the contents' heading), so the run of
numbers stopped at the page break and the items after it were lost. Why the line can go, for every publisher: a line
that is nothing but the contents heading, said to go on ('fortsat') or printed a second time, heads no item and is
no title's text; the numbers before and after it are one list.
"""
from __future__ import annotations

import re

from .page_lines import CONTENTS_WORDS

# the heading alone on its line, maybe with the word that says the list goes on ('(fortsat)', '- fortsat', 'forts.'):
# the contents headings (page_lines), and the bare 'Punkter' / 'Dagsorden' a list is headed by too ('PUNKTER')
_HEADING_LINE = re.compile(rf"(?im)^[ \t]*(?:{CONTENTS_WORDS}|Punkter|Dagsorden)[ \t]*:?[ \t]*"
                           r"(?P<cont>[-–(]?[ \t]*(?:fortsat|forts\.)[ \t]*\)?)?[ \t]*:?[ \t]*$")


def is_contents_heading(text: str) -> bool:
    """`text` (one line) is a contents list's heading and nothing else, maybe said to go on: the list's own
    heading, never a section of an item's case (a page that prints it again may have it read as a page's label)."""
    return bool(_HEADING_LINE.fullmatch(text.strip()))


def without_continued_headings(text: str) -> str:
    """`text` with each line that repeats the contents list's heading (or says it goes on) blanked, character for
    character, so that every offset into the text still points at the same place."""
    seen: set[str] = set()
    out = text
    for m in _HEADING_LINE.finditer(text):
        word = m.group().replace(m.group("cont") or "", "").strip(" \t:").casefold()
        if m.group("cont") or word in seen:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
        seen.add(word)
    return out
