"""Item numbers printed after their titles, moved before them: 'Godkendelse af dagsorden - pkt. 145' and
'Godkendelse af dagsorden (145)' read as 'pkt. 145 - Godkendelse af dagsorden' and '(145) Godkendelse af dagsorden'.

Why: every reader of item heads looks for the number first ('3. Title', 'Pkt. 3 - Title', '(3) Title'). Some
publishers print the number after the title instead, in the contents list and over each item's text alike; read
as it stands, each number then opens the NEXT title, and every item gets its neighbour's number, on lined pages and
flattened transcripts alike. The evidence that the numbers stand after their titles is their run: three marks or
more of the same form, their numbers rising one by one (a contents list, or the items' heads where no list is
printed). A mark's title is the text since the mark before it where the two are a list's entries; else the words
before it that another print of the same mark has before it too (the list's entry and the item's head); else its
line, or on a transcript's long line the words back to a label, a sentence's stop or a word in capitals. A mark
outside the run is moved only where the text before it ends with its run mark's title, so a dated treatment line
('Økonomiudvalget 12.03.2024 - pkt. 5') stays as printed.

The move keeps the text's length (' - pkt. 5' after a title becomes 'pkt. 5 - ' before it, ' (5)' becomes '(5) '), so
every offset into the text stays that of the same print, as the other readings of lines.prepare keep them.
"""
from __future__ import annotations

import bisect
import re

# a number printed after a title: behind a spaced dash and an item label ('… - pkt. 5', '… – Punkt 5') or in
# brackets ('… (5)') after a word (not after a list's colon or comma: 'følgende: (1) at …, (2) at …' counts a
# sentence's parts), standing before the line's end or the next word
_TRAILING = re.compile(r" [-–] ((?i:pkt\.|punkt)) (\d{1,4})(?=[ \t]|$)|(?<=[\w.]) \((\d{1,4})\)(?=[ \t]|$)",
                       re.MULTILINE)
_MIN_RUN = 3
_MAX_ENTRY = 200  # characters between two of a contents list's marks: an entry's title, not a body's text
_MAX_TITLE_WORDS = 14
_MAX_ENTRY_WORDS = 25
# a word a title cannot go back past: a label's colon, a sentence's stop ('Godkendt.', not 'm.v.'), a number (a
# time, a date, a page's number), a word in capitals ('PUNKTER'), a bullet or a bracket's end ('Hansen (A)')
_BEFORE_TITLE = re.compile(r"(?::|^[^.]*[a-zæøå)]{2}\.|\d|^[A-ZÆØÅ]{2,}|[•)])$")
# the entry's status printed after its number ('… - pkt. 170 - Lukket punkt'): the entry's, not the next title's
_STATUS = re.compile(r"\s*(?:[-–] )?\(?(?i:lukket|åben|åbent)(?: punkt)?\)?(?=\s)")


def _number(m: re.Match[str]) -> int:
    return int(m.group(2) or m.group(3))


def _form(m: re.Match[str]) -> str:
    return "paren" if m.group(3) else m.group(1).lower()


def _runs(marks: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The runs of marks of one form whose numbers rise by one (a mark printing the number before it again, the
    item's head after its list entry, neither breaks nor joins the run), each of _MIN_RUN marks or more."""
    runs: list[list[re.Match[str]]] = []
    for form in {_form(m) for m in marks}:
        run: list[re.Match[str]] = []
        for m in (m for m in marks if _form(m) == form):
            if run and _number(m) == _number(run[-1]):
                continue
            if not run or _number(m) != _number(run[-1]) + 1:
                runs.append(run)
                run = []
            run.append(m)
        runs.append(run)
    return [r for r in runs if len(r) >= _MIN_RUN]


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _at_line_end(text: str, mark: re.Match[str]) -> bool:
    """Nothing but blanks after the mark on its line: a lined page's title with its number at its end."""
    return not text[mark.end(): (text.find("\n", mark.end()) + 1 or len(text) + 1) - 1].strip()


def _shared_words(text: str, mark: re.Match[str], again: list[re.Match[str]]) -> int:
    """Where the words before `mark` start that another print of the same mark has before it too (the list's
    entry and the item's head print the title twice), or -1 where none shares a word."""
    floor = _line_start(text, mark.start())
    words = list(re.finditer(r"\S+", text[floor:mark.start()]))
    for other in again:
        before = text[_line_start(text, other.start()):other.start()].split()
        common = 0
        while common < min(len(words), len(before)) and words[-1 - common].group() == before[-1 - common]:
            common += 1
        if common:
            return floor + words[-common].start()
    return -1


def _words_back(text: str, mark: re.Match[str], again: list[re.Match[str]]) -> tuple[int, bool]:
    """Where the title before `mark` starts when no list entry bounds it, and whether the page shows it: the words
    another print of the mark has before it too, or its line where the mark ends a short line (shown); else the
    words back to a label, a number, a sentence's stop or a word in capitals, at most a title's length (not)."""
    shared = _shared_words(text, mark, again)
    if shared >= 0:
        return shared, True
    floor = _line_start(text, mark.start())
    words = list(re.finditer(r"\S+", text[floor:mark.start()]))
    if 0 < len(words) <= _MAX_TITLE_WORDS and _at_line_end(text, mark):
        return floor + words[0].start(), True
    start = len(words)
    while start > 0 and len(words) - start < _MAX_TITLE_WORDS and not _BEFORE_TITLE.search(words[start - 1].group()):
        start -= 1
    return (floor + words[start].start() if start < len(words) else mark.start()), False


def _numbers_after(run: list[re.Match[str]], marks: _Prints, text: str) -> bool:
    """The list prints its numbers after the titles: its items' heads say so (_suffix_votes), or, where none is
    printed, each mark ends its line, or the mark is an item's label behind a spaced dash ('… - pkt. 5'), which
    opens no title ('(5)' may: '(1) A (2) B' flattened)."""
    after, before = _suffix_votes(run, marks, text)
    if after or before:
        return after > before
    return all(_at_line_end(text, m) for m in run) or _form(run[0]) != "paren"


def _suffix_votes(run: list[re.Match[str]], marks: _Prints, text: str) -> tuple[int, int]:
    """How many of a list's entries its items' heads print with the number after the title, and how many with the
    number before it. Why: flattened, '(1) A (2) B (3) C' and 'A (1) B (2) C (3)' are the same run; the heads
    below tell them apart ('A (1) Sagsfremstilling …' against '… Godkendt. (1) A Sagsfremstilling …')."""
    after = before = 0
    for k in range(1, len(run) - 1):
        suffix_title = _norm(text[run[k - 1].end():run[k].start()])
        prefix_title = _norm(text[run[k].end():run[k + 1].start()])
        for other in _again(marks, run[k]):
            after += _title_at(text, other, suffix_title) is not None
            before += _norm(text[other.end(): other.end() + 2 * len(prefix_title) + 20]).startswith(prefix_title)
    return after, before


def _is_list(run: list[re.Match[str]], text: str) -> bool:
    """The run is a contents list's: each mark close after the one before, a title's words between them (the
    items' heads have their texts between)."""
    return all(b.start() - a.end() <= _MAX_ENTRY and len(text[a.end():b.start()].split()) <= _MAX_ENTRY_WORDS
               for a, b in zip(run, run[1:], strict=False))


def _entry_start(text: str, after: re.Match[str], mark: re.Match[str]) -> int:
    """Where a list's title starts after the mark before it: past the entry's status and a transcript page line's
    own number where the list goes on over a page break."""
    start = _line_start(text, mark.start())
    if start > after.end():
        page = _PAGE_NUMBER.match(text, start)
        start = page.end() if page and text.startswith("\n\n", start - 2) else start
    else:
        status = _STATUS.match(text, after.end())
        start = status.end() if status else after.end()
    while start < mark.start() and text[start] in " \t":
        start += 1
    return start


# a transcript page line's own number before its text ('2 Hovedbyer på forkant - pkt. 162'), no title's word
_PAGE_NUMBER = re.compile(r"\d{1,3} (?=\S)")


def _moved(text: str, title_start: int, mark: re.Match[str]) -> str:
    """The text from `title_start` to the mark's end with the mark put before the title, of the same length."""
    title = text[title_start:mark.start()]
    head = f"({mark.group(3)}) " if mark.group(3) else f"{mark.group(1)} {mark.group(2)} - "
    return head + title


# the marks by their form and number: the prints of one number looked up, not searched for among all the marks
_Prints = dict[tuple[str, int], list[re.Match[str]]]


def _prints(marks: list[re.Match[str]]) -> _Prints:
    out: _Prints = {}
    for m in marks:
        out.setdefault((_form(m), _number(m)), []).append(m)
    return out


def _again(marks: _Prints, mark: re.Match[str]) -> list[re.Match[str]]:
    """The other prints of `mark`'s number in its form (the list's entry and the item's head)."""
    return [o for o in marks.get((_form(mark), _number(mark)), []) if o is not mark]


def _mark_end_before(ends: list[int], mark: re.Match[str]) -> int:
    """The end of the mark before `mark` (0 for the first): no title reaches back past another's number."""
    k = bisect.bisect_right(ends, mark.start())
    return ends[k - 1] if k else 0


def _norm(s: str) -> str:
    return " ".join(s.split())


def _title_at(text: str, mark: re.Match[str], title: str) -> int | None:
    """Where `title` starts if the text before `mark` ends with it (its words, however spaced or broken)."""
    before = _norm(text[max(0, mark.start() - 3 * len(title) - 40):mark.start()])
    if before != title and not before.endswith(" " + title):
        return None
    need, at = len(title.replace(" ", "")), mark.start()
    while need > 0 and at > 0:
        at -= 1
        need -= not text[at].isspace()
    return at


Moves = dict[int, tuple[int, re.Match[str]]]  # a mark's start -> (its title's start, the mark)
Titles = dict[tuple[str, int], str]  # (a mark's form, its number) -> its title, whitespace folded


def _take(text: str, m: re.Match[str], start: int, titles: Titles, moves: Moves) -> None:
    """The title from `start` to the mark is the mark's: kept for the mark's other prints, and the mark moved."""
    if start < m.start():
        titles[(_form(m), _number(m))] = _norm(text[start:m.start()])
        moves[m.start()] = (start, m)


def _titles_of_runs(text: str, marks: list[re.Match[str]], runs: list[list[re.Match[str]]]) -> tuple[Titles, Moves]:
    """Each run mark's title: a list's entries first (bounded by their neighbours), then the heads of numbers no
    list printed (the words back from the mark, never past another mark)."""
    titles: Titles = {}
    moves: Moves = {}
    prints, ends = _prints(marks), sorted(m.end() for m in marks)
    lists = [run for run in runs if _is_list(run, text)]
    for run in lists:
        if not _numbers_after(run, prints, text):
            continue
        for k, m in enumerate(run):
            _take(text, m, _entry_start(text, run[k - 1], m) if k else _words_back(text, m, _again(prints, m))[0],
                  titles, moves)
    for m in (m for run in runs if run not in lists for m in run):
        if m.start() not in moves and (_form(m), _number(m)) not in titles:
            start, shown = _words_back(text, m, _again(prints, m))
            if shown:
                _take(text, m, max(start, _mark_end_before(ends, m)), titles, moves)
    return titles, moves


def numbers_before_titles(text: str) -> str:
    """`text` with the item numbers printed after the titles moved before them (the same length)."""
    if "(" not in text and "kt" not in text.lower():
        return text
    marks = list(_TRAILING.finditer(text))
    runs = _runs(marks)
    if not runs:
        return text
    titles, moves = _titles_of_runs(text, marks, runs)
    for m in marks:
        title = titles.get((_form(m), _number(m)))
        at = _title_at(text, m, title) if m.start() not in moves and title else None
        if at is not None:
            moves[m.start()] = (at, m)
    out = text
    for start, m in moves.values():
        out = out[:start] + _moved(text, start, m) + out[m.end():]
    return out
