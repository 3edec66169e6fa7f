"""Item headers numbered by a count in letters or roman numerals on a page that keeps its lines ('II. Title',
'B. Title', 'c) Title', or the mark alone on its line with the title under it).

The header patterns of header_patterns read digits. A publisher that counts its items 'I.', 'II.', 'III.' or 'A.',
'B.', 'C.' prints the count in the same place, so the same headers are read here, the number as printed ('II',
'B', 'c'). A letter or a numeral is many things besides a count ('A. B. Hansen', 'Christian IV.', a body's
lettered list), so a mark is read only in a run of its form (roman, capital or small letter, and its stop) that
counts 1, 2, 3 … from the first, one line after another, and only where most marks of one such run open a body
(a cue before the next mark, item_start_base.marks_body): the headers' run; a contents list counts the same run again
without bodies, and drop_toc_entries gives each entry its header below. find_item_starts reads these only on a page
where no digit reads an item: beside digit headers such a run is a body's points more often than the agenda.
"""
from __future__ import annotations

from collections import Counter

from .header_patterns import COUNTED_START
from .headings import is_heading
from .item_start_base import ItemStart, marks_body, next_text_index
from .lines import Line
from .list_entry import GROUP, fold_title
from .outcome_lines import is_outcome_line

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_MIN_RUN = 2  # a list and its headers each count from the first; one mark alone is no count
_CUE_LINES = 9  # how far under a header its body's first cue may stand (as numbered_starts._numbered_is_item)


def _roman(numeral: str) -> int:
    """The roman numeral's value; 0 where it is not one written the usual way ('IIV', 'VV')."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    out, n = "", total
    for value, glyph in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + glyph, n - value
    return total if out == numeral else 0


def _counts(sign: str) -> list[tuple[str, int]]:
    """The forms `sign` may count in and its count in each: 'I' is roman 1 and the capital letter 9."""
    out = [(f"letter{sign.isupper()}", ord(sign.upper()) - ord("A") + 1)] if len(sign) == 1 else []
    if sign.isupper() and set(sign) <= set(_ROMAN_VALUES) and _roman(sign):
        out.append(("roman", _roman(sign)))
    return out


def _header(lines: list[Line], i: int) -> ItemStart | None:
    """Line i as a counted header: the mark and its title, or the mark alone with a title-like line under it."""
    m = COUNTED_START.match(lines[i].text)
    if m is None or GROUP.match(lines[i].text, m.end("mark")):
        return None  # ('A. Åbne sager': a group's heading, no item)
    if m.group("title"):
        return ItemStart(i, m.group("num"), m.group("title"))
    j = next_text_index(lines, i + 1)
    if j >= len(lines) or not lines[j].text[:1].isupper() or is_heading(lines[j].text) or marks_body(lines[j].text):
        return None
    return ItemStart(i, m.group("num"), lines[j].text, consumed=j - i + 1)


def _opens_body(lines: list[Line], start: ItemStart, end: int) -> bool:
    """A cue or an outcome stands under the header before line `end` (the next counted mark)."""
    stop = min(end, start.index + start.consumed + _CUE_LINES)
    return any(marks_body(ln.text) or is_outcome_line(ln.text)
               for ln in lines[start.index + start.consumed: stop] if ln.text)


def counted_starts(lines: list[Line]) -> list[ItemStart]:
    """The headers of the counted form whose runs from the first explain the most items (see the module's
    docstring), in line order; none where no form counts so. A form's marks with their title beside them and its
    marks alone over their title count apart (a fold-out's 'II. Title' right over the header 'II.' / 'Title')."""
    shapes: dict[tuple[str, bool], list[tuple[int, ItemStart]]] = {}
    for i, ln in enumerate(lines):
        start = _header(lines, i) if ln.text else None
        if start is None:
            continue
        mark = ln.text.lstrip("•·▪●◦ ")[len(start.number or ""):][:1]
        for form, count in _counts(start.number or ""):
            shapes.setdefault((form + mark, start.consumed == 1), []).append((count, start))
    forms: dict[str, list[ItemStart]] = {}
    for (form, _), marks in shapes.items():
        runs = _runs(marks)
        kept = sorted((s for run in runs for s in run), key=lambda s: s.index)
        opens = {s.index for k, s in enumerate(kept)
                 if _opens_body(lines, s, kept[k + 1].index if k + 1 < len(kept) else len(lines))}
        if any(2 * sum(s.index in opens for s in run) > len(run) for run in runs):
            forms.setdefault(form, []).extend(kept)
    best = max(forms.values(), key=len, default=[])
    return sorted(best, key=lambda s: s.index)


def _runs(marks: list[tuple[int, ItemStart]]) -> list[list[ItemStart]]:
    """The runs of marks that count 1, 2, 3 … by one in line order, each opening at a first, _MIN_RUN or more; a
    page of one item counts to one twice, its list's entry and its header ('I. Title' … 'I.' / 'Title')."""
    runs: list[list[tuple[int, ItemStart]]] = []
    for count, start in marks:
        if count == 1:
            runs.append([(count, start)])
        elif runs and runs[-1][-1][0] == count - 1:
            runs[-1].append((count, start))
    twice = Counter((s.number, fold_title(s.title)) for run in runs for _, s in run if len(run) == 1)
    return [[s for _, s in run] for run in runs
            if len(run) >= _MIN_RUN or twice[(run[0][1].number, fold_title(run[0][1].title))] >= 2]


def counts_in_one_form(numbers: list[str | None]) -> list[int] | None:
    """The counts of `numbers` where all of them count in one form (all roman numerals, else all small or all
    capital letters), None where they do not: the agenda's order of items the page prints out of it (a contents
    list whose entries' bodies come later), as digits give it."""
    for form in ("roman", "letterTrue", "letterFalse"):
        counts = [dict(_counts(n)).get(form) if n else None for n in numbers]
        if numbers and all(counts):
            return counts
    return None
