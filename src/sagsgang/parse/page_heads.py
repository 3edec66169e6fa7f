"""The running head a PDF transcript's page line opens with, known by its repetition.

A transcript prints each PDF page as one long line that starts with the page number; most pages then
repeat a head (the body and date, 'Side N', a word like 'Referat'): '3 Økonomiudvalget 12-03-2024 Side 3
15 Turismepolitik …'. Where a contents list runs on from one page line to the next, that head stands
between two of its entries. It is no wording we can list (each publisher prints its own), so it is found
as the words after the page number that another page line opens with too, the page's own number folded
('Side 3' on page 3 and 'Side 4' on page 4 alike). Only the reading of a list skips it: the text is left
as it is for every other step. A running foot (the municipality's address, a page count) is found the same
way at a page line's end (without_running_foot), and taken off the meeting's header only.
"""
from __future__ import annotations

import re

from .list_entry import page_prefixes
from .running import fold_page_numbers

_PAGE_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]+(\S.*)$")
_MAX_WORDS = 12  # a running head is a few words; past that two pages share text, not a head
_SELF_NAMED = 8  # how far into a page line its own number printed again ends the head


def _shape(words: list[str], page: str) -> tuple[str, ...]:
    return tuple("#" if w.rstrip(".,:") == page else w for w in words[:_MAX_WORDS])  # 'Side 2.' as 'Side 2'


def running_head(text: str, at: int, pages: set[int]) -> tuple[int, int]:
    """The span of the running head of the page line that starts at or after `at` (past blank lines),
    behind its page number; an empty span where none is repeated or no page line starts there. `pages`:
    the offsets of the numbers that open the text's page lines. The head is the longest run of first
    words this page line shares with at least one other page line."""
    m = _PAGE_LINE.match(text, _line_start(text, at))
    if m is None:
        return at, at
    own = _shape(m.group(2).split(), m.group(1))
    if m.start(1) not in pages:
        # too few page lines to compare (an excerpt of two pages): the head is known where the page prints
        # its own number again among its first words ('2 Økonomiudvalget 12-03-2024 Side 2 …')
        words = m.group(2).split()
        best = next((k + 1 for k, w in enumerate(own[:_SELF_NAMED])  # not a date's day ('2. marts')
                     if w == "#" and not (k + 1 < len(words) and words[k + 1][:1].islower())), 0)
        return m.start(2), _past_words(text, m.start(2), best)
    best = 0
    for other in _PAGE_LINE.finditer(text):
        if other.start(1) == m.start(1) or other.start(1) not in pages:
            continue
        theirs = _shape(other.group(2).split(), other.group(1))
        k = 0
        while k < min(len(own), len(theirs)) and own[k] == theirs[k]:
            k += 1
        best = max(best, k)
    return m.start(2), _past_words(text, m.start(2), best)


def _past_words(text: str, at: int, count: int) -> int:
    """The offset past `count` words of `text` from `at`, as printed."""
    for _ in range(count):
        word = _WORD.match(text, at)
        at = word.end() if word else at
    return at


_WORD = re.compile(r"\S+[ \t]*")


def _line_start(text: str, at: int) -> int:
    while at < len(text) and text[at] == "\n":
        at += 1
    return at


_FOOT_MIN = 3  # words: a shorter shared ending ('… Side 3') is a page count, which the head readers know already
_FOOT_MAX = 25


def without_running_foot(line: str, page_lines: list[str]) -> str:
    """The page line `line` without the running foot it ends with: the longest run of last words (at least three,
    numbers folded: 'Side 1 af 9' and 'Side 4 af 9' alike) that at least half of the other page lines of
    `page_lines` end with too ('… Mødested: Rådssalen Nordby Kommune, Torvet 1, 9999 Nordby'). Why: a PDF prints its
    footer (the municipality's address, a site, a page count) at the foot of every page, and a transcript runs it on
    after the page's last words; where a cover's last fact is the meeting's place, the footer would be read as part
    of it. A footer ends every page (an excerpt's last page, cut short, may lack it, hence half), while a page's own
    last words recur on one other page only by chance: the cover's last member and the one absent from a decision
    at the foot of a later page ('… Fraværende: Bo Holm (A)') are one name, no footer."""
    m = _PAGE_LINE.match(line)
    if m is None:
        return line
    own = _last_words(m.group(2))
    ends = [_last_words(o.group(2)) for o in map(_PAGE_LINE.match, page_lines)
            if o is not None and o.group(1) != m.group(1)]
    best = 0
    for k in range(_FOOT_MIN, min(_FOOT_MAX, len(own) - 1) + 1):
        if 2 * sum(len(e) > k and e[-k:] == own[-k:] for e in ends) < len(ends):
            break
        best = k
    if not best:
        return line
    words = line.split()
    return " ".join(words[: len(words) - best])


def _last_words(text: str) -> list[str]:
    """The last words of a page line a foot can span (one more than the longest, so that a line longer than a foot
    stays known as longer), each with its page numbers folded ('3', '3.', '3/9' alike: running.fold_page_numbers).
    Only these are compared: folding every word of every page of a long transcript would be work for nothing."""
    return [fold_page_numbers(w) for w in text.split()[-(_FOOT_MAX + 1):]]


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
