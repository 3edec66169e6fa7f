"""A case number printed right before an item's header on a flattened page ('… Godkendt. Sagsnr. 24/1002 3. Salg af
grund Sagsfremstilling …').

Some publishers print the case cell above the header's line (case_lines_above reads that on a lined page); a PDF
transcript flattens the page, so the label and its number stand right before the header's number. The label is a
body's cue, yet here it is no body's: a case number's value and then, with nothing between, an item's number and its
title. Its own module because the list reader (is the run inside a body?) and the header seeker (where does the
header start, whose case is it?) both ask it, and neither may import the other.
"""
from __future__ import annotations

import re

from .casenumbers import CASE_FORM, CASE_LABEL_WORDS

# the case label and its number, then only the space before the header's number (a lost-space page break allowed)
CASE_BEFORE = re.compile(rf"(?<!\w)(?P<case>(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*(?P<number>{CASE_FORM.pattern}))\s+$")


# a case label and number right after a header's title ('2. Title Sagsnr. 24/1214 …')
_CASE_AFTER = re.compile(rf"\s*(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*{CASE_FORM.pattern}")


def case_before(text: str, at: int, end: int, reach: int = 60) -> re.Match[str] | None:
    """The case label and number that end right before the header at `at` (only spaces between), whose title ends
    at `end`; None where none does, or where the title has its own case cell right after it: a header prints its
    case cell once, so a case number after every title ('1. Budget Sagsnr. 24/1207 2. Lokalplan Sagsnr. 24/1214',
    a contents table's case column) closes the entry before it, not the one after. Only after what ends the text
    before it, a sentence's stop or the page head's count ('… Godkendt. Sagsnr. …', '… Side 1 Sagsnr. …'): after a
    title's last word the case cell is that title's ('1. Lukket: Temamøde Sagsnr.: 24-011 2. Lukket: …', closed items
    printed with no body), as a header prints it."""
    if _CASE_AFTER.match(text, end):
        return None
    m = CASE_BEFORE.search(text, max(0, at - reach), at)
    before = text[: m.start()].rstrip() if m else ""
    return m if m and (not before or before[-1] in ".!?\n" or before[-1].isdigit()) else None
