"""A header's title that a transcript's page break cuts in two: its first words end one page line, its last words
open the next one behind that page's number and running head, its body's cue right after them ('… 2. Ansøgning om
anlægsbevilling til renovering af' / '3 Økonomiudvalget Side 2 broer i Kalvehave Havn Sagsnr.: …').

Why across publishers: a PDF transcript prints each page as one line, so a header at a page's foot wraps onto the
next page, and the words between the page number and the title's rest are that page's running head, the same words
(numbers as any number) the header's own page line opens with. A title's rest opens in lower case, or after a first
part that ends on a hyphen; a body's own text after a page break opens a sentence. Its own module: the header reader
(header_runs) asks it where the body begins and what the title is, and knows nothing of page heads otherwise.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from .contents_base import SENTENCE
from .list_entry import MAX_TITLE

_NEXT_PAGE = re.compile(r"[ \t]*\n+[ \t]*(?=\d{1,4}\s)")
_WORD = re.compile(r"\S+")


class WrappedTitle(NamedTuple):
    """Where the title's first part ends (its page line's end), where its rest opens on the next page line, and
    where the body's cue stands after the rest."""
    first_end: int
    rest: int
    cue: int


def _shape(word: str) -> str:
    return "#" if word.isdecimal() else word


def _head_end(line: str, next_line: str) -> int:
    """Where the words the two page lines open with alike (numbers as any number: the page number, the page count)
    end on the next line; 0 where they share none (no page number on both)."""
    end = 0
    for a, b in zip(_WORD.finditer(line), _WORD.finditer(next_line), strict=False):
        if _shape(a.group()) != _shape(b.group()):
            break
        end = b.end()
    return end


def title_over_page(text: str, at: int, body_cue: Callable[[str, int], int | None]) -> WrappedTitle | None:
    """The title that opens at `at` wrapped over a page break onto the next page line, its body's cue
    (`body_cue(text, start)`: where the first cue within a title's length after start stands) behind its rest on
    that line; None where the header's line runs on past a title's length, holds a sentence, or the next page line
    does not open on the page's head and a title's rest."""
    nl = text.find("\n", at)
    first = text[at:nl] if nl >= 0 else ""
    if not first.strip() or len(first) > MAX_TITLE or SENTENCE.search(first):
        return None
    page = _NEXT_PAGE.match(text, nl)
    if page is None:
        return None
    line_start = text.rfind("\n", 0, at) + 1
    next_end = text.find("\n", page.end())
    next_line = text[page.end(): next_end if next_end >= 0 else len(text)]
    head = _head_end(text[line_start:at], next_line)
    if not head:
        return None
    rest = page.end() + head + len(next_line[head:]) - len(next_line[head:].lstrip())
    opens = text[rest: rest + 1]
    if not (opens.islower() or first.rstrip().endswith("-") and opens.isalpha()):
        return None
    cue = body_cue(text, rest)
    if cue is None or cue <= rest or "\n" in text[rest:cue] or SENTENCE.search(text, rest, cue + 1) \
            or len(first.strip()) + cue - rest > MAX_TITLE:
        return None
    return WrappedTitle(nl, rest, cue)
