"""The running head that repeats a transcript's own first words on every later page line, blanked.

A PDF of a single case (or of a meeting) may print its own header above each page after the first ('140. Regulativ
for husholdningsaffald', 'Referat Økonomiudvalget 12. marts 2024'). Flattened by the viewer, that head opens each
later page line behind its page number, and where it is an item's header it reads as a new item wherever a section
follows it on the page ('3 140. Regulativ for … Regulativet har … Administrativ indstilling Direktøren indstiller …'),
the page number of the first page taken for the item's number. page_line_chrome finds the running heads pages share
but keeps them, and takes none that opens on a number (the item a page opens with behind its head). This head is
known otherwise: every page line after the first opens with it and the first page line opens with the same words,
so it is the document's own header printed again, and no item's. Blanked (spaces, same length: offsets stay) on the
later page lines; the first page keeps it, as the header it is.
"""
from __future__ import annotations

import re

from .page_line_chrome import PAGE_LINE, TRANSCRIPT

_WORD = re.compile(r"\S+")
_MAX_WORDS = 24  # a head is a few words (a letterhead's name, the meeting, its date, 'Side 2 af 3'); past that two
# pages share text, not a head
_LEAST_WORDS = 2  # one shared word ('Referat') may be the pages' text as well as a head
_LEAST_LATER = 2  # later page lines that must all print it: one alone has nothing to be compared with


def _shape(number: str, words: list[str]) -> tuple[str, ...]:
    """A page line's first words behind its number, the page's own number folded ('Side 3' on page 3)."""
    return tuple("#" if w.rstrip(".,:") == number else w for w in words[:_MAX_WORDS])


def _pages(text: str) -> list[re.Match[str]]:
    """The transcript's page lines, numbered 1, 2, 3 … in turn from the first after 'Transkript'."""
    at = text.find(TRANSCRIPT)
    out: list[re.Match[str]] = []
    for m in PAGE_LINE.finditer(text, max(at, 0)) if at >= 0 else ():
        if int(m.group(1)) != len(out) + 1:
            break
        out.append(m)
    return out


def own_head(first: tuple[str, ...], later: list[tuple[str, ...]]) -> int:
    """How many words of the first page line's opening every later page line opens with too; 0 where fewer than
    _LEAST_WORDS, or too few later pages to tell."""
    if len(later) < _LEAST_LATER:
        return 0
    k = 0
    while k < len(first) and all(len(words) > k + 1 and words[k] == first[k] for words in later):
        k += 1  # (a later page line no longer than its head is cut: no page to compare)
    # (a head that prints the page's own number, 'Side 2 af 3', is the page's chrome, which page_line_chrome reads;
    # blanked here, a letterhead's page count was left behind and the page's items were lost with it)
    return k if k >= _LEAST_WORDS and "#" not in first[:k] else 0


def blank_own_heads(text: str) -> str:
    """`text` with the document's own header blanked where each later transcript page line repeats it behind its
    page number; as it is where the pages print none."""
    pages = _pages(text)
    if len(pages) < 1 + _LEAST_LATER:
        return text
    words = [list(_WORD.finditer(m.group(2))) for m in pages]
    shapes = [_shape(m.group(1), [w.group() for w in ws]) for m, ws in zip(pages, words, strict=True)]
    k = own_head(shapes[0], shapes[1:])
    if not k:
        return text
    chars = list(text)
    for m, ws in zip(pages[1:], words[1:], strict=True):
        start, end = m.start(2) + ws[0].start(), m.start(2) + ws[k - 1].end()
        chars[start:end] = " " * (end - start)
    return "".join(chars)
