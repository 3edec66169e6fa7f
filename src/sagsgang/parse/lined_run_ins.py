"""A known case-text heading run into its text on a page that keeps its lines ('Sagsfremstilling Forvaltningen har
udarbejdet …', 'Indstilling Direktionen indstiller, at …'): cut onto a line of its own, as the page's other headings
stand. The annotation rules count headings run into their text; a flattened page's are cut by run_in_headings over
the whole run, a decision's by run_in_decisions, and this asks the same of a lined page's line at its start only.
"""
from __future__ import annotations

import re

from .headings import is_heading
from .label_shapes import PROSE, case_heading
from .lines import Line
from .run_in_headings import run_in_headings


def headings_off_their_text(lines: list[Line]) -> list[Line]:
    """The lines with a case-text heading that opens a line of prose and runs into its text cut off it: the heading
    known (label_shapes.case_heading: no decision's, route's, history's or bilag's, which read their own run-ins),
    with no colon (a label and its value on one line, 'Kompetence: Byrådet', is a field, and 'Resume: …' is
    run_in_decisions'), its text opening on a sentence's capitalised word, the line as long as prose, no heading
    itself ('FN's Verdensmål og Byrådets arbejdsgrundlag') and not the body's first (the header's rest). Why: a
    line of prose does not open on a heading's words followed by a capitalised word ('Sagsfremstilling
    Forvaltningen …'); a sentence goes on in small letters ('Indstilling fra direktionen …')."""
    out: list[Line] = []
    first = next((k for k, ln in enumerate(lines) if ln.text), -1)
    for k, ln in enumerate(lines):
        # (not the body's first line: it may go on with the item's header, a flattened body's whole run)
        parts = _heading_and_text(ln.text) if k != first and len(ln.text) >= PROSE else None
        if parts:
            head, text = parts
            out += [Line(head, ln.offset, head), Line(text, ln.offset + ln.text.index(text), text)]
        else:
            out.append(ln)
    return out


def _heading_and_text(line: str) -> tuple[str, str] | None:
    """(heading, text) where the line opens on a known case-text heading run into its capitalised text."""
    # (the line's first words only: a heading holds seven at most, and a flattened body's line runs for pages)
    cut = run_in_headings("\n" + " ".join(line.split(" ")[:_REACH])).lstrip("\n").split("\n", 1)
    head = cut[0].strip()
    if len(cut) < 2 or not line.startswith(head) or head.endswith(":") or not case_heading(head) or is_heading(line):
        return None
    text = line[len(head):].strip()
    return (head, text) if _SENTENCE_START.match(text) else None


_REACH = 12  # words of a line asked for a heading and the sentence after it


# a sentence's first word: a capital and small letters after it ('Forvaltningen har …'), no line in capitals
# ('INDSTILLING FRA MAGISTRATSAFDELINGEN …': one title, its first word no heading of its own)
_SENTENCE_START = re.compile(r"[A-ZÆØÅ][a-zæøå]")
