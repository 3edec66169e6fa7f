"""The facts of a meeting a PDF transcript prints over a page break, read behind the next page line's running head.

A transcript prints each PDF page as one long line that starts with the page number and, on most pages, a running
head (page_chrome.running_head). A block of facts the cover runs on to the next page line has that head between a
label and its value; behind it the text goes on as printed.
"""
from __future__ import annotations

from .list_entry import page_prefixes
from .page_chrome import running_head


def facts_text(text: str, starts: list[int], picked: list[int], cut: int) -> str:
    """The page lines `picked` (indices of the lines joined as `text`, each starting at `starts`: item_list.joined_text)
    run together as one text, each behind its page number and running head (known by repetition: running_head), the
    last one up to `cut`. Why: a block of the
    meeting's facts a PDF prints on a page of its own may run over a page break ('… Mødested:' / '4 Økonomiudvalget
    12-03-2024 Side 4 Byrådssalen …'); behind the page's number and head its text goes on as printed, so a label
    ending a page line takes the next page line's first words as its value."""
    pages = page_prefixes(text)
    out = []
    for n, k in enumerate(picked):
        line_end = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
        end = starts[k] + cut if n == len(picked) - 1 else line_end
        out.append(text[running_head(text, starts[k], pages)[1]: end].strip())
    return " ".join(out)
