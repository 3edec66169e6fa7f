"""Item numbers printed in a form the plain candidate pattern leaves alone, read where a run of them shows the form.

A list numbers its entries in one form on every entry: '(1) Title', '(2) Title', or, where a page prints its
items as the sub-items of one agenda point, '4.1 Title', '4.2 Title'. One such mark alone says little (a
bracketed count, a section of a report, a date's day and month), but a run of them counting up from 1 in the
same form is a list wherever it stands: on line starts or inside one flattened line. So the form is learned
from the run itself: every mark of the form is read, grouped by its form (the bracket; the point's number
before the stop), and the marks of a form that count up in a run (1, 2, 3 …, or 133, 134, 135 … where the
meeting numbers its items over the year; gaps of closed items allowed) go to the run finder (item_list) as
candidates; so do the marks a page of one or two items prints twice, its list's entry and its header below.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

# '(3) Title': the bracket stands alone, a capitalised title after it
_PAREN = re.compile(r"(?<![\w(])\((?P<num>\d{1,3})\)(?=[ \t\n]+[A-ZÆØÅ])")
# '4.3 Title': a point's number, a stop and the sub-item's number of one or two digits standing alone (not
# '4.100' an amount, not '4.1.2024' a date: the blank after it rules both out), a capitalised title after it
_SUB = re.compile(r"(?<![\w.,/:§-])(?P<head>\d{1,2})\.(?P<num>\d{1,2})(?=[ \t\n]+[A-ZÆØÅ])")
_MIN_RUN = 3  # entries: two marks in one form could be a chance pair
_STEP = 2  # the most a run steps from one number to the next: a closed item left out between them


class FormMark(NamedTuple):
    """One number of a run in a learned form: where its mark starts (`pos`: the bracket of '(2)'), where the title
    may start (`end`), its count in the run and the number as printed ('4.2'; '2' for '(2)')."""

    pos: int
    end: int
    num: int
    printed: str


def _in_runs(marks: list[FormMark]) -> list[FormMark]:
    """The marks of one form that stand in a run counting up in text order: each number one more than a number
    before it, or a few more (closed items a public list leaves out), three marks or more to a run. A list and
    its items' headers below it count up twice; a bracketed count in prose ('(6)', '(2)') does not count up."""
    runs: list[list[FormMark]] = []
    for mk in marks:
        # the run this number goes on: the one whose last number it follows most closely
        ahead = [run for run in runs if 0 < mk.num - run[-1].num <= _STEP]
        if ahead:
            min(ahead, key=lambda run: mk.num - run[-1].num).append(mk)
        else:
            runs.append([mk])
    return [mk for run in runs if len(run) >= _MIN_RUN for mk in run]


def _printed_twice(marks: list[FormMark], text: str) -> list[FormMark]:
    """The marks of one form whose number and title's first two words stand twice on the page: a list's entry and
    its item's header below it, which a page of one or two items prints (too few for a run), numbered from 1. A
    report's section number in prose stands once."""
    def key(mk: FormMark) -> tuple[str, tuple[str, ...]]:
        return mk.printed, tuple(text[mk.end: mk.end + 80].split()[:2])
    counts = Counter(key(mk) for mk in marks)
    twice = [mk for mk in marks if counts[key(mk)] >= 2]
    # and they count from 1 as a list does ('4.1', '4.2'): a section's number a title names ('17.4 Midtby - …',
    # an entry and its header) is no count
    nums = sorted({mk.num for mk in twice})
    return twice if nums == list(range(1, len(nums) + 1)) else []


def form_marks(text: str) -> list[FormMark]:
    """The marks of every form that count up in a run (see the module's docstring), in text order. A
    sub-item's form is its point's number: '2.1 Baggrund 2.2 Økonomi' under item 2 is its own form, which
    counts only where the point prints three sub-items or more, and the run finder weighs it as any run."""
    forms: dict[str, list[FormMark]] = {}  # ('()': the bracket's form; a point's number: its sub-items')
    for m in _PAREN.finditer(text):
        forms.setdefault("()", []).append(FormMark(m.start(), m.end(), int(m.group("num")), m.group("num")))
    for m in _SUB.finditer(text):
        forms.setdefault(m.group("head"), []).append(
            FormMark(m.start(), m.end(), int(m.group("num")), m.group()))
    kept = {mk for marks in forms.values() for mk in (*_in_runs(marks), *_printed_twice(marks, text))}
    return sorted(mk for mk in kept if mk.num)
