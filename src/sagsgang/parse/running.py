"""Running headers and footers of a PDF: the lines printed at the top or bottom of most pages.

A page break in minutes drops the committee's name, 'Referat', the date and 'Side 4' into the
middle of whatever the page cut, most often a decision ('Indstillingen godkendt Sundheds- og
Forebyggelsesudvalget Referat Åbent referat Dato: 04.12.2012 Side 5'). They are known by their
repetition, not by their wording: the same line (a page number aside) at the same place among the
first or last lines of at least 60 % of the pages after the first, and only as a block from the
page's edge, so a heading that often opens a page ('Beslutninger' where every item starts on a new
page) stays. The first page keeps its head, which is the meeting's header. The lines are blanked,
not removed, so offsets into the text (page provenance) stay right.
"""
from __future__ import annotations

from collections import Counter

from .casenumbers import labelled_case_numbers, standalone_case_number
from .header_patterns import LABELLED_START, NUMBERED_START
from .headings import is_heading
from .page_chrome import fold_page_numbers

HEAD, FOOT = 6, 4  # non-empty lines at the top and bottom of a page where running lines stand


def _key(line: str) -> str:
    """The line with page numbers folded; empty for a line that is the document's own text wherever
    it stands: a sentence, a section heading, an item's header or a case number (one item per page
    prints 'Punkt 5' on page 5)."""
    t = " ".join(line.split())
    if t.endswith(".") or is_heading(t) or LABELLED_START.match(t) or NUMBERED_START.match(t) \
            or standalone_case_number(t) or labelled_case_numbers(t) is not None:
        return ""
    return fold_page_numbers(t)


def _filled(page: str) -> list[str]:
    return [ln for ln in page.split("\n") if ln.strip()]


def blank_running_lines(text: str, pages: list[str], separator: str) -> str:
    """`text` (the pages joined by `separator`) with the running lines of pages 2.. blanked."""
    if len(pages) < 3 or separator.join(pages) != text:
        return text
    top: Counter[tuple[int, str]] = Counter()
    bottom: Counter[tuple[int, str]] = Counter()
    for page in pages[1:]:
        filled = _filled(page)
        top.update((k, _key(ln)) for k, ln in enumerate(filled[:HEAD]))
        bottom.update((k, _key(ln)) for k, ln in enumerate(reversed(filled[-FOOT:])))
    need = max(2.0, 0.6 * (len(pages) - 1))
    running_top = {p for p, n in top.items() if n >= need and p[1]}
    running_bottom = {p for p, n in bottom.items() if n >= need and p[1]}
    if not running_top and not running_bottom:
        return text
    return separator.join([pages[0], *(_blanked(p, running_top, running_bottom) for p in pages[1:])])


def _blanked(page: str, running_top: set[tuple[int, str]], running_bottom: set[tuple[int, str]]) -> str:
    lines = page.split("\n")
    at = [i for i, ln in enumerate(lines) if ln.strip()]
    gone: set[int] = set()
    for k, i in enumerate(at[:HEAD]):  # the block of running lines from the top edge
        if (k, _key(lines[i])) not in running_top:
            break
        gone.add(i)
    for k, i in enumerate(reversed(at[-FOOT:])):  # and from the bottom edge
        if (k, _key(lines[i])) not in running_bottom:
            break
        gone.add(i)
    return "\n".join(" " * len(ln) if i in gone else ln for i, ln in enumerate(lines))
