"""Where a flattened body is cut at its case-number labels: before each label, and before the title printed right
before one.

A flattened page runs an item's case-number label ('Sagsnr.: 24/12', 'Sagsnr. 249050', 'Acadre sagsnr.: …', 'Sag:
24/12', a document's number after the case's) into the text around it; inline_lines.split_inline cuts the text at
the positions case_label_cuts gives, so each label (and the title over it) stands on its line as the lined page
prints it.
"""
from __future__ import annotations

import re

from .bullets import BULLETS
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .header_patterns import POINT_LABEL
from .headings import is_cut_heading, is_heading
from .list_entry import MAX_TITLE

# A case-number label inside a flattened line ("… Sagsnr.: 14/4 Resumé: …").
# 'Sag nr.:' with its colon is a label too; without it, 'Sag nr. 4' numbers an item
_CASE_LABEL = re.compile(rf"(?<=\s)(?=(?:{CASE_LABEL_WORDS}|Sag\s+nr)\.?\s*:"
                         # with its full stop, before a serial of digits ('… Pkt. 34 Title Sagsnr. 249050 Udvalget …')
                         r"|(?:Sagsnr|Sags\s?nr)\.\s*\d{4,9}\s"
                         # 'Sag:' where a case number follows ('… Åben sag Sag: 24/1234 Sagsfremstilling …')
                         rf"|Sag\s*:\s*{CASE_FORM.pattern}"
                         # a document's number after the case's ('Sag 306-2009-142584 Dok. 306-2019-205315'): a field of
                         # its own, as the lined page prints it, so it is not read as a second case number
                         rf"|Dok(?:ument)?(?:\.?\s?nr)?\.?\s*:?\s*{CASE_FORM.pattern})", re.IGNORECASE)
# a sentence's end before a capital or a digit: where a title run on after a text may begin
STOP_BEFORE = re.compile(r"[.!?]\s+(?=[A-ZÆØÅ0-9])")


# the same label with its full stop before a case number's own form ('… Spørgetid Sagsnr. 450-2017-25250 Initialer
# NIB Åbent …', an item's header flattened with its cells)
_FORM_LABEL = re.compile(rf"(?<=\s)(?=(?:Sagsnr|Sags\s?nr)\.\s*{CASE_FORM.pattern})", re.IGNORECASE)


def case_label_cuts(text: str) -> set[int]:
    """The positions to cut `text` at: before each case-number label (not inside a longer one) and before the
    title printed right before it."""
    labels = [m.start() for m in _CASE_LABEL.finditer(text) if not _in_longer_label(text, m.start())]
    labels += _lone_form_labels(text, labels)
    return {c for at in labels for c in (at, _title_before(text, at)) if c}


def _lone_form_labels(text: str, labels: list[int]) -> list[int]:
    """Where 'Sagsnr.' stands before a case number's own form with no colon (_FORM_LABEL), no other such label within
    a title's length of it: an item's header, one behind each item's body. Not a contents table's case column, which
    prints one behind each title ('… Budget Sagsnr. 24/1207 ØU - Mødeplan Sagsnr. 24/1214 …'), where the list is
    read by its titles and no cut is wanted."""
    found = [m.start() for m in _FORM_LABEL.finditer(text)]
    return [at for at in found if at not in labels and not _ITEM_LABEL_BEFORE.search(text, 0, at)
            and not any(0 < abs(other - at) <= MAX_TITLE for other in found)]


# an item's label and number right before the case label ('… Side 14 af 18 Punkt 7 Sagsnr. 21-016102 Lukket punkt.'):
# the case number is a cell of the item's own header, which its label opens; no cut between them
_ITEM_LABEL_BEFORE = re.compile(rf"(?<![\w.]){POINT_LABEL}\s*\d{{1,3}}\.?\s*$")


def _in_longer_label(text: str, at: int) -> bool:
    """The case label at `at` is the tail of a longer one that begins a word before it ('Acadre sagsnr.:', the
    label the word before it opens): one label, not a word cut off before a second."""
    before = re.search(r"(\S+)[ \t]+$", text[max(0, at - 30):at])
    if before is None:
        return False
    longer = _LABEL_WORD.match(text, at - len(before.group(0)))
    return longer is not None and longer.end() > at


_LABEL_WORD = re.compile(rf"(?:{CASE_LABEL_WORDS})(?![\w])", re.IGNORECASE)


def _title_before(text: str, at: int) -> int | None:
    """Where the title printed right before a case-number label at `at` begins: after the last sentence's stop,
    when what follows it is a short capitalised run with no stop, colon or heading ('… Godkendt. Budget for vejene
    Sagsnr.: 24/12 Sagsfremstilling …'). Why: a page that prints each title over its case number, unnumbered, runs
    the title on after the last item's text when flattened; cut there, its lines read as the lined page's do
    (marker_starts), and the last decision does not end in the next item's title. Not an item's number's stop
    ('… Godkendt. 2. Budget for vejene Sagsnr.: …': the number heads the title)."""
    begin = text.rfind("\n", 0, at) + 1
    stops = [x.end() for x in _STOP_BEFORE_TITLE.finditer(text, begin, at)
             if not _NUMBER_STOP.search(text, begin, x.start() + 1) and not _label_stop(text, begin, x.start())]
    if not stops:
        return None
    run = _TITLE_MARK.sub("", text[max(stops):at].strip())
    return max(stops) if 3 <= len(run) <= MAX_TITLE and run[:1].isupper() and not _NO_TITLE.search(run) \
        and not is_heading(run) and not is_cut_heading(run) else None


# a sentence's end before a title, maybe with the bullet or dash the page marks its titles with ('… Godkendt. •
# Spørgetid Sagsnr. …'): the cut goes before the mark, which _title_over_tag reads as the title's
_STOP_BEFORE_TITLE = re.compile(rf"[.!?]\s+(?=(?:[{BULLETS}–-]\s+)?[A-ZÆØÅ0-9])")
_TITLE_MARK = re.compile(rf"^[{BULLETS}–-]\s+")
# an item's number and its stop ('2.'), right before a title; a name's initial ('Jens W. Dahl'): no sentence's end
_NUMBER_STOP = re.compile(r"(?:^|\s)(?:\d{1,3}|[A-ZÆØÅ])\.$")
# an item's label and number opening a title after a sentence's stop ('… Godkendt. Pkt. 2 Spørgetid Sagsnr. …'): the
# label's stop is no sentence's end, the label heads the title as the number does. Not a label behind its title
# ('… dagsorden - pkt. 2 Sagsnr. …'), where the title's start is not known from it
_LABEL_AND_NUMBER = re.compile(rf"(?<=[.!?]\s){POINT_LABEL}\s*\d{{1,3}}(?![\d,])")


def _label_stop(text: str, begin: int, stop: int) -> bool:
    """The full stop at `stop` is inside an item's label before its number ('Pkt. 2', 'Punkt nr. 2') that opens a
    title after a sentence's stop, no sentence's end."""
    return any(m.start() < stop < m.end()
               for m in _LABEL_AND_NUMBER.finditer(text, max(begin, stop - 12), min(len(text), stop + 8)))


# what no title holds: a label's colon ('Fraværende: Bo Hansen'), a list of names ('Dahl, Lars Kolling, Mike Maarup')
_NO_TITLE = re.compile(r":|,[^,]*,")
