"""Lists of unnumbered titles vouched for by the same titles returning as the headings of the items' bodies
below, in the list's order: on a flattened page (returning_heads, returned_first_entry) and on one that keeps
its lines (returning_lines).

Why apart: where a publisher numbers nothing, the titles coming back are the one evidence that pairs a list's
entry with its body; the flattened and the lined reading ask the same of a title (_title_like) and need the same
number of returns.
"""
from __future__ import annotations

import re

from .contents_base import BODY_LABEL, EMPTY_NUMBER, SENTENCE
from .headings import is_heading
from .list_entry import MAX_TITLE, ListEntry, fold_title, numbered_piece
from .title_marks import clean_title
from .title_split import FUNCTION_WORDS
from .title_tidy import BODY_OPENS

# where an unnumbered header's title may start on a flattened line: a word in capitals' first letter
_WORD_START = re.compile(r"(?<!\S)(?=[A-ZÆØÅ])")


def returning_heads(text: str) -> list[tuple[int, str]]:
    """(start, title) of each item header that prints no number on a flattened line: a title printed twice in a
    row before its body's first cue ('Budget for vejene Budget for vejene Sagsnr.: …'), or the longest run of
    words before that cue that the page printed before it (the list's entry: 'Budget for vejene Sagsgang …').
    Why: where nothing is numbered and the lines are lost, a title that comes back at a body's first cue is the
    one evidence that pairs a list's entry with its body, as a title alone on its line does on a lined page."""
    out: list[tuple[int, str]] = []
    last, route = 0, False  # (a header's title starts after the cue before it: the words between are that body's)
    for cue in BODY_OPENS.finditer(text):
        end = cue.start()
        begin = max(text.rfind("\n", 0, end) + 1, last)
        head = _doubled_before(text, max(end - 2 * MAX_TITLE, last), end) \
            or (None if route else _printed_before(text, begin, end))
        # (a title ends in a word, not a dash, a comma or a stop (a sentence repeated); 'Nr.148 -' before a case
        # number is a header's label; a header behind an item's number is read by it: '… Side 3 1. Title Sagsnr.')
        if head is not None and _title_like(head[1]) and not head[1].endswith(("-", "–", ",", ".")) \
                and not SENTENCE.search(head[1]) and not _NUMBER_BEHIND.search(text, max(0, head[0] - 12), head[0]):
            out.append(head)
        # (what follows the route's heading is its value, the committees: '… Sagsgang Byrådet Indstilling')
        last, route = cue.end(), "agsgang" in cue.group()
    return out


def _doubled_before(text: str, begin: int, end: int) -> tuple[int, str] | None:
    """(start, title) of the longest title printed twice in a row right before `end` ('X X'), maybe a page break
    between the two ('… X' / '2 X'), its second on the line `end` is on; or None."""
    for w in _WORD_START.finditer(text, max(begin, text.rfind("\n", 0, end) + 1), end):
        title = text[w.start():end]
        gap = _COPY_GAP.search(text, begin, w.start())
        first = gap.start() - len(title) if gap else -1
        if first >= begin and len(title) >= 8 and "\n" not in title and text[first: gap.start()] == title \
                and (first == 0 or text[first - 1].isspace()):
            return first, " ".join(title.split())
    return None


# an item's number right before a header's title ('1. ', 'Punkt 2 - ', '3: ')
_NUMBER_BEHIND = re.compile(r"(?<![\d,.\-/])\b\d{1,3}\s*[.:)\-–]?\s*\Z")


# between a title and its copy: a blank, or a page break and the next page's number ('… X' / '2 X')
_COPY_GAP = re.compile(r"(?:\s*\n\s*\d{1,3})?\s+\Z")


# what may stand before a header's title on its line: nothing, the page's number, or a text's end ('… Godkendt. '),
# not an item's number ('… Side 3 1. Title': a numbered header, read by its number)
_OPENS_HERE = re.compile(r"\s*(?:\d{1,3}\s+|.*[^\W\d][.!?]\s+)?", re.DOTALL)


def _printed_before(text: str, begin: int, end: int) -> tuple[int, str] | None:
    """(start, title) of the longest run of two words or more right before `end`, a title's length and no
    sentence, that opens where a header may (_OPENS_HERE) and that the page printed before (its list's entry), or
    None."""
    for w in _WORD_START.finditer(text, max(begin, end - MAX_TITLE), end):
        title = text[w.start():end]
        if _OPENS_HERE.fullmatch(text, begin, w.start()) and not _after_function_word(text[begin: w.start()]) \
                and len(title.split()) >= 2 and ":" not in title \
                and not SENTENCE.search(title) and text.find(title, 0, w.start()) >= 0:
            return w.start(), " ".join(title.split())
    return None


def _after_function_word(before: str) -> bool:
    """The words before a run end in a word that leads into more of a title ('… Anlægsregnskab vedr. ', '… Salg
    af '): its stop is an abbreviation's, not a sentence's end, and the run is the rest of that title, not a header
    of its own. Why: a title that names the same matter as the one before it ('Regnskab vedr. X, område 1' /
    'Regnskab vedr. X, område 2') repeats its tail, which is then printed before without being a list's entry."""
    words = before.split()
    return bool(words) and words[-1].casefold() in FUNCTION_WORDS


def returned_first_entry(text: str, heads: list[tuple[int, str]]) -> re.Match[str] | None:
    """Where a flattened list of unnumbered titles begins: the first place, on the line before the first returning
    header (returning_heads), that prints that header's title, when two of the headers' titles or more stand between
    it and the header in the headers' order. Why: the list of titles above and the same titles heading the bodies
    below, in the same order, vouch for each other (returning_lines, read where no line is left). `heads` are the
    page's returning_heads, read once for this and for the list's cut."""
    if len(heads) < _RETURNS_NEEDED:
        return None
    first, title = heads[0]
    at = text.find(title, 0, first)
    if at < 0:
        return None
    nl = text.find("\n", at)
    stop = first if nl < 0 else min(first, nl)  # the list's line, up to the first header
    seen, pos = 0, at
    for _, t in heads:
        found = text.find(t, pos, stop)
        if found >= 0:
            seen, pos = seen + 1, found + len(t)
    return EMPTY_NUMBER.match(text, at) if seen >= _RETURNS_NEEDED else None


# a list's bullet before an entry or a heading ('• Title', '- Title'): no part of the title
_BULLET = re.compile(r"^[•·▪●*\-–]\s+")
_RETURNS_NEEDED = 2  # titles of a run that must come back as headings: one alone may be a sentence quoted again


def _line_title(line: str) -> tuple[str, bool]:
    """A line read as a title: its bullet and open/closed marker off; (title, closed)."""
    return clean_title(_BULLET.sub("", line.strip()))


def _title_like(title: str) -> bool:
    """A line that may be a list's entry: a title's length, no section heading, no label of a body."""
    return 3 <= len(title) <= MAX_TITLE and not is_heading(title) and not BODY_LABEL.search(title) \
        and not title.endswith(":")


def returning_lines(text: str) -> list[ListEntry]:
    """A contents list that prints no numbers, vouched for by its headings: a run of three lines or more with no
    blank line between them, two of whose titles or more come back further down each as a line of its own, in the
    run's order (the headings of the items' bodies). Why: where a publisher numbers nothing, the list of titles
    above and the same titles heading the bodies below are the evidence that holds; the titles after the last one
    that comes back are items whose bodies the page does not reach. The list starts at its first returning title
    (what stands above it is the list's heading) and stops at the first line that is no title."""
    lines, at = [], 0
    for raw in text.split("\n"):
        lines.append((at, raw))
        at += len(raw) + 1
    alone: dict[str, list[int]] = {}
    for i, (_, raw) in enumerate(lines):
        if raw.strip():
            # (a heading below may print the item's number the list leaves out: '1  Budget for vejene')
            alone.setdefault(fold_title(numbered_piece(_line_title(raw)[0])[1]), []).append(i)
    i = 0
    while i < len(lines):
        if not lines[i][1].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j][1].strip():
            j += 1
        entries = _returning_run(lines, i, j, alone) if j - i >= 3 else []
        if entries:
            return entries
        i = j
    return []


def _returning_run(lines: list[tuple[int, str]], i: int, j: int, alone: dict[str, list[int]]) -> list[ListEntry]:
    """returning_lines' reading of the run of lines i..j-1: its entries, or none where it is no such list."""
    seen, back, first = -1, 0, None
    for k in range(i, j):
        title = _line_title(lines[k][1])[0]
        later = [x for x in alone.get(fold_title(title), []) if x >= j] if len(title) >= 8 else []
        if later and later[0] > seen:
            seen, back = later[0], back + 1
            first = k if first is None else first
    if back < _RETURNS_NEEDED or first is None:
        return []
    out = []
    for k in range(first, j):
        title, closed = _line_title(lines[k][1])
        if not _title_like(title):
            break
        at, raw = lines[k]
        out.append(ListEntry(None, title, not closed, at + len(raw) - len(raw.lstrip()), at + len(raw)))
    return out if len(out) >= 3 else []
