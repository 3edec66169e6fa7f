"""What a PDF transcript prints on every page line: the running head a page line opens with and the running foot
it ends with, known by their repetition and read once for all page lines.

A transcript prints each PDF page as one long line that starts with the page number; most pages then repeat a head
(the body and date, 'Side N', a word like 'Referat': '3 Økonomiudvalget 12-03-2024 Side 3 15 Turismepolitik …') and
end with a foot (the municipality's address, a page count). Neither is wording we can list (each publisher prints its
own), so the head is the words after the page number that another page line opens with too, the page's own number
folded ('Side 3' on page 3 and 'Side 4' on page 4 alike), and the foot the last words most other page lines end with,
every page number folded. The readers of contents lists, page columns and a cover's facts all ask here, for many
page lines of one text: comparing each page line with every other one again for each ask grew with the square of the
pages, so the comparison is made once per text (head_lengths) or once per set of page lines (RunningFoot).

This module imports nothing of the parser, so modules the line reader imports (running) take their fold from here.
Two readers keep their own evidence, as they need more than one other page line alike: page_line_chrome blanks a foot
in every page line (most pages must share it, its numbers moving with the page), and inline_body reads the head every
page line of an item's body shares.
"""
from __future__ import annotations

import re
from functools import lru_cache

_PAGE_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]+(\S.*)$")
_MAX_WORDS = 12  # a running head is a few words; past that two pages share text, not a head
_SELF_NAMED = 8  # how far into a page line its own number printed again ends the head
_PAGE_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")  # 'Side 4', '4 of 5'; not a date or a case number


def fold_page_numbers(text: str) -> str:
    """`text` with every page number ('Side 4', '4 af 12') as '#': running lines are the same line whatever page
    prints them (running._key's and RunningFoot's)."""
    return _PAGE_NUMBER.sub("#", text)


def _shape(words: list[str], page: str) -> tuple[str, ...]:
    return tuple("#" if w.rstrip(".,:") == page else w for w in words[:_MAX_WORDS])  # 'Side 2.' as 'Side 2'


def running_head(text: str, at: int, pages: set[int]) -> tuple[int, int]:
    """The span of the running head of the page line that starts at or after `at` (past blank lines),
    behind its page number; an empty span where none is repeated or no page line starts there. `pages`:
    the offsets of the numbers that open the text's page lines. The head is the longest run of first
    words this page line shares with at least one other page line (head_lengths)."""
    m = _PAGE_LINE.match(text, _line_start(text, at))
    if m is None:
        return at, at
    if m.start(1) not in pages:
        # too few page lines to compare (an excerpt of two pages): the head is known where the page prints
        # its own number again among its first words ('2 Økonomiudvalget 12-03-2024 Side 2 …')
        words = m.group(2).split()
        own = _shape(words, m.group(1))
        best = next((k + 1 for k, w in enumerate(own[:_SELF_NAMED])  # not a date's day ('2. marts')
                     if w == "#" and not (k + 1 < len(words) and words[k + 1][:1].islower())), 0)
        return m.start(2), _past_words(text, m.start(2), best)
    return m.start(2), _past_words(text, m.start(2), head_lengths(text, frozenset(pages))[m.start(1)])


def without_running_heads(text: str, start: int, end: int, pages: set[int]) -> str:
    """`text[start:end]` with the running head of each page line that opens inside it blanked (spaces, so offsets
    stay): a span of a contents list that runs on over a page break ('… Greve Nord 34' / '3 Økonomiudvalget
    10-04-2024 Side 3 Eventuelt samarbejde … 36 24. …') holds the next page's head before its titles, and the head is
    no title's words. `pages`: the offsets of the numbers that open the text's page lines (running_head's)."""
    piece = text[start:end]
    for at in sorted(p for p in pages if start < p < end):
        a, b = running_head(text, at, pages)
        a, b = a - start, min(b, end) - start
        if b > a:
            piece = piece[:a] + " " * (b - a) + piece[b:]
    return piece


@lru_cache(maxsize=8)
def head_lengths(text: str, pages: frozenset[int]) -> dict[int, int]:
    """By the offset of the number of each page line of `text` that `pages` holds: how many words behind that number
    are its running head, the most first words (at most _MAX_WORDS, the page's own number folded) it shares with
    another of those page lines. Once per text: each reader asks for many page lines of the same text. Sorted, a
    page line shares most with a neighbour in the order, so no page line is compared with all the others."""
    shapes = sorted((_shape(m.group(2).split(), m.group(1)), m.start(1))
                    for m in _PAGE_LINE.finditer(text) if m.start(1) in pages)
    lengths = dict.fromkeys((at for _, at in shapes), 0)
    for (a, at_a), (b, at_b) in zip(shapes, shapes[1:], strict=False):
        k = _common_prefix(a, b)
        lengths[at_a], lengths[at_b] = max(lengths[at_a], k), max(lengths[at_b], k)
    return lengths


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


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


class RunningFoot:
    """The running foot of a transcript's page lines: for a page line, the longest run of its last words (at least
    three, page numbers folded: 'Side 1 af 9' and 'Side 4 af 9' alike) that at least half of the other page lines
    end with too ('… Mødested: Rådssalen Nordby Kommune, Torvet 1, 9999 Nordby'). Why: a PDF prints its footer (the
    municipality's address, a site, a page count) at the foot of every page, and a transcript runs it on after the
    page's last words; where a cover's last fact is the meeting's place, the footer would be read as part of it. A
    footer ends every page (an excerpt's last page, cut short, may lack it, hence half), while a page's own last words
    recur on one other page only by chance: the cover's last member and the one absent from a decision at the foot
    of a later page ('… Fraværende: Bo Holm (A)') are one name, no footer. The page lines' last words are folded once,
    however many of them are asked about."""

    def __init__(self, page_lines: list[str]) -> None:
        self._ends = [(m.group(1), _last_words(m.group(2))) for m in map(_PAGE_LINE.match, page_lines) if m is not None]

    def off(self, line: str) -> str:
        """`line` without the running foot it ends with; as it is where it ends with none or is no page line."""
        m = _PAGE_LINE.match(line)
        if m is None:
            return line
        own = _last_words(m.group(2))
        ends = [words for page, words in self._ends if page != m.group(1)]
        best = 0
        for k in range(_FOOT_MIN, min(_FOOT_MAX, len(own) - 1) + 1):
            if 2 * sum(len(e) > k and e[-k:] == own[-k:] for e in ends) < len(ends):
                break
            best = k
        words = line.split()
        if not best or _goes_on_from(words[: len(words) - best]):
            return line
        return " ".join(words[: len(words) - best])


# what a page's last words end in where the shared ending goes on from them: a list's comma ('… Bo Jensen (V), Carl
# Nielsen (C)'), its last 'og', or a label's colon ('Medlemmer: Anne Hansen (A), …')
_GOES_ON = re.compile(r"(?:[,:;]|^og|^samt)$")


def _goes_on_from(before: list[str]) -> bool:
    """The ending a page line shares with other page lines goes on from the page's own words before it: the
    names a cover lists under 'Medlemmer:' and the last page signs under 'Underskrifter:', or the last member,
    one absent at the foot of another page ('Fraværende: Dorte Lund (F)'). Why: on a transcript of three pages one
    other page line sharing an ending is half of them, and the page's content ends alike by chance as often as a
    footer does; a footer stands apart from the page's text, never as the value of its label or the rest of its
    list."""
    return bool(before) and bool(_GOES_ON.search(before[-1]))


def _last_words(text: str) -> list[str]:
    """The last words of a page line a foot can span (one more than the longest, so that a line longer than a foot
    stays known as longer), each with its page numbers folded ('3', '3.', '3/9' alike). Only these are compared:
    folding every word of every page of a long transcript would be work for nothing."""
    return [fold_page_numbers(w) for w in text.split()[-(_FOOT_MAX + 1):]]
