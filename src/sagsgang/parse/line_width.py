"""Lines a page's width broke: a PDF's column ends a line where the next word would not fit, whatever the
sentence, so a members list, a place, a title or a case number runs on to a line that opens in a capital or a
digit. Line repair (lines.repair_lines) joins such a pair on this evidence, which holds for any publisher's column,
where its lower-case rule cannot see the break. A page that keeps its lines as written (HTML paragraphs, a list
flattened onto one line) has no width and is left as it is.
"""
from __future__ import annotations

import re

from .headings import is_heading

# A page whose lines were broken at its width: several lines fill it to within a tenth, and it is a printed
# column's (a paragraph's line of an HTML page or a flattened list runs on far longer)
_FULL_SHARE = 0.9
_FULL_LINES = 3
_COLUMN_MAX = 160
_SENTENCES_BROKEN = 2


def wrap_width(lines: list[tuple[str, str]]) -> int | None:
    """The width the page's lines were broken at, when they were: the longest line's length, where at least
    _FULL_LINES lines come within a tenth of it, it is a printed column's and it broke sentences (`lines`: each
    line's text, its whitespace folded, and as printed, in order, blank ones too). None for a page that keeps its
    lines as written (a line there ends where its writer ended it). A line of one word (a contents line's dot
    leader, a link) runs past the width where nothing could break it: it does not set the width."""
    lengths = [_printed_length(text, raw) for text, raw in lines if " " in text]
    width = max(lengths, default=0)
    if not 0 < width <= _COLUMN_MAX or sum(n >= _FULL_SHARE * width for n in lengths) < _FULL_LINES:
        return None
    # and the width broke a sentence, seen where it cannot be mistaken: a full line whose sentence runs on in lower
    # case on the next (a page of short lines, labels and headings, has lines of like length and no such break)
    broken = sum(1 for (a, a_raw), (b, _) in zip(lines, lines[1:], strict=False)
                 if b[:1].islower() and not _ends_sentence(a) and _printed_length(a, a_raw) >= _FULL_SHARE * width)
    return width if broken >= _SENTENCES_BROKEN else None


# a line that opens an entry of its own, whatever the line before it: a numbered one ('134. Title', '3) …',
# 'Punkt 4 …', 'Sag nr. 12', a contents line's page '30'), a bullet's, or a label's with its colon ('Sagsnr.: …',
# 'Fraværende: …'; not a clock time's, '16:00')
_OPENS_ENTRY = re.compile(r"(?:(?:Punkt|Pkt\.?)\s*|[A-ZÆØÅ][a-zæøå]*\.? [Nn]r\.?\s*)?\d{1,3}[.)]?(?:\s|$)"
                          r"|[•*\u2013-]\s"
                          r"|[A-ZÆØÅ][^\s:]*(?:\s[^\s:]+){0,2}:(?!\d)")


def _printed_length(text: str, raw: str) -> int:
    """The line's length as printed, its spaces kept: a metadata row's cells stand apart by their column's width
    ('Sagsnr.: 330-2020-164          Dok.nr.: …')."""
    return len(raw or text)


# a name's initial before its last name ('Per B.' / 'Andersen'): a full stop that ends no sentence
_INITIAL_END = re.compile(r"(?:^|\s)[A-ZÆØÅ]\.$")


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?")) and not _INITIAL_END.search(text)


def width_broke(prev: str, prev_raw: str, nxt: str, width: int | None) -> bool:
    """The line ends only because the page's width ended it: the next line's first word would not have fit
    after it (a typesetter moves a word down only then), and the line ends no sentence. A members list, a
    place, a title or a case number's year then runs on to a line that opens in a capital or a digit, which
    the lower-case rule (lines.repair_lines) cannot see ('… Mødested:' / 'Byrådssalen', '… Per B.' /
    'Andersen og …'). A line that opens an entry of its own (_OPENS_ENTRY) or a heading stays its own."""
    if width is None or not prev or not nxt or _ends_sentence(prev):
        return False
    if is_heading(prev) and prev.endswith(":") or is_heading(nxt) and not nxt[0].islower() or _OPENS_ENTRY.match(nxt):
        return False  # (a heading's own line; a heading's words in lower case are a sentence's that ran on)
    return _printed_length(prev, prev_raw) + 1 + len(nxt.split(" ", 1)[0]) > width
