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

from .header_patterns import ITEM_LABEL_WORDS
from .list_entry import GROUP

# what a title opens with behind its number's mark: a capital, or the paragraph sign or a quote a title may open with
# ('[6] § 17 stk. 4 udvalg …', '(3) "Grøn by" …'); not a small letter or a digit (a count in prose, a vote's '(6) 12')
_TITLE_AFTER = r"(?=[ \t\n]+[A-ZÆØÅ§\"“'])"
# '(3) Title': the bracket stands alone, a capitalised title after it
_PAREN = re.compile(rf"(?<![\w(])\((?P<num>\d{{1,3}})\){_TITLE_AFTER}")
# '4.3 Title': a point's number, a stop and the sub-item's number of one or two digits standing alone (not
# '4.100' an amount, not '4.1.2024' a date: the blank after it rules both out), a capitalised title after it
_SUB = re.compile(r"(?<![\w.,/:§-])(?P<head>\d{1,2})\.(?P<num>\d{1,2})(?=[ \t\n]+[A-ZÆØÅ])")
# '[3] Title': a square bracket, as '(3)'
_SQUARE = re.compile(rf"(?<![\w\[])\[(?P<num>\d{{1,3}})\]{_TITLE_AFTER}")
# 'IV. Title', 'C. Title', 'c) Title': a roman numeral or a letter counting the items, its stop or bracket after it
# (read as a count only in a run from the first, _from_first: a name's initials ('Jens A. Hansen') do not count so;
# never in brackets: '(A)', '(V)', '(I)' are the parties after members' names, which a list prints in any order, A,
# B, C … by chance)
_ROMAN = re.compile(rf"(?<![\w.,/§(-])(?P<num>[IVX]{{1,5}})(?P<mark>[.)]){_TITLE_AFTER}")
_LETTER = re.compile(rf"(?<![\w.,/§(-])(?P<num>[A-Za-z])(?P<mark>[.)]){_TITLE_AFTER}")
# '1a Title', '1b Title': a page that numbers its items as the lettered parts of one point, the point's number glued
# to a small letter that counts them (sub_items reads '2a' after item 2 in a run of whole numbers; here no whole
# number runs, the letters do); the point's number is the form, as '4.1', '4.2' is _SUB's
_SUB_LETTER = re.compile(rf"(?<![\w.,/§(-])(?P<mark>\d{{1,3}})(?P<num>[a-z])\.?{_TITLE_AFTER}")
# 'Punkt IV Title', 'Pkt. B: Title': the count after an item's label, as the lined reader reads it (item_starts'
# label words), with no stop of its own; the same runs from the first decide (a label before a capital letter is rarely
# anything else, but 'Punkt A' may name a point of a proposal)
# (a title starts as LABELLED_START's does: in anything but a small letter, '§ 17 stk. 4 udvalg …' too)
_AFTER_COUNT = r"(?P<mark>[:.]?)(?=[ \t\n]+(?-i:[^\sa-zæøå]))"
_LABELLED_ROMAN = re.compile(rf"(?<![\w.]){ITEM_LABEL_WORDS}\s*(?P<num>(?-i:[IVX]{{1,5}})){_AFTER_COUNT}",
                             re.IGNORECASE)
_LABELLED_LETTER = re.compile(rf"(?<![\w.]){ITEM_LABEL_WORDS}\s*(?P<num>(?-i:[A-Z])){_AFTER_COUNT}", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_MIN_RUN = 3  # entries: two marks in one form could be a chance pair
# a counted run this long needs no anchor (_anchored): names' initials or numerals do not count up A, B, C, D, E by
# chance, each before a capital, where three might ('a) … b) … c) …' flattened into the line of the page's head)
_LONG_RUN = 5


def _form_key(kind: str, capital: bool, mark: str) -> str:
    """The key a counted form's marks are gathered under (_counted): its kind ('roman', 'letter', 'letter-label', …),
    whether its sign is a capital, and the stop or bracket after it ('.', ')'); one key, one run's form."""
    return f"{kind}{capital}{mark}"


# the form of a name's initial ('Jens A. Hansen'): a capital and a full stop, which members' names in alphabetical
# order would count up in; a run in this form needs its anchor however long
_INITIAL = _form_key("letter", capital=True, mark=".")
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


def _roman(numeral: str) -> int:
    """The roman numeral's value (0 where it is not one written the usual way: 'IIV')."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    return total if _roman_of(total) == numeral else 0


def _roman_of(n: int) -> str:
    """`n` written in roman numerals, the usual way (to tell 'IV' from 'IIII')."""
    out = ""
    for value, glyph in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + glyph, n - value
    return out


def _from_first(marks: list[FormMark], firsts: set[FormMark], min_run: int = _MIN_RUN) -> list[FormMark]:
    """The marks of a counted form (letters, roman numerals) that count 1, 2, 3 … by one from a first among
    `firsts` (_anchored), each after the one before, three or more; a list printed twice (its entries, then its
    items' headers) counts so twice. Why stricter than _in_runs: a letter or a numeral is many things besides a
    count ('Jens A. Hansen', 'Christian IV.'), but only a list counts them up from the first in order."""
    runs: list[list[FormMark]] = []
    for mk in marks:
        if mk.num == 1 and mk in firsts:
            runs.append([mk])
        elif runs and runs[-1][-1].num == mk.num - 1:
            runs[-1].append(mk)
    return [mk for run in runs if len(run) >= min_run for mk in run]


def _counted(text: str) -> list[FormMark]:
    """The marks of the letter and roman forms in runs (_from_first) or printed twice (_printed_twice), each form
    apart: its kind (roman, capital or small letter, a point's lettered parts '1a') and its mark ('.' or ')'; the
    point's number); a group's heading left out."""
    forms: dict[str, list[FormMark]] = {}
    for kind, pattern in (("roman", _ROMAN), ("letter", _LETTER), ("roman-label", _LABELLED_ROMAN),
                          ("letter-label", _LABELLED_LETTER), ("sub-letter", _SUB_LETTER)):
        for m in pattern.finditer(text):
            if GROUP.match(text, m.end()):  # 'A. Åbne sager': a group's heading, no item
                continue
            sign = m.group("num")
            num = _roman(sign) if kind.startswith("roman") else ord(sign.upper()) - ord("A") + 1
            key = _form_key(kind, sign.isupper(), m.group("mark"))
            # (a labelled count stands at its sign, as a digit after its label does: the label is the entry's; a
            # sub-item's letter at its point's number, printed with it: '1a')
            if kind == "sub-letter":
                forms.setdefault(key, []).append(FormMark(m.start(), m.end(), num, m.group("mark") + sign))
            else:
                forms.setdefault(key, []).append(FormMark(m.start("num"), m.end(), num, sign))
    # (a labelled count's first is anchored by its label: 'Pkt. A' names an item's count as 'Pkt. 1' does, and a
    # point's number glued to its letter ('1a') by its digits: no name's initial or numeral is printed so)
    return [mk for key, marks in forms.items()
            for mk in (*_from_first(marks, set(marks) if "-label" in key or key.startswith("sub-letter")
                                    else _anchored(marks, text)),
                       *(_from_first(marks, set(marks), _LONG_RUN) if key != _INITIAL else ()),
                       *_printed_twice(marks, text))]


def _anchored(marks: list[FormMark], text: str) -> set[FormMark]:
    """The marks that may open a counted run: those that open their line, or whose sign and title's first word
    stand twice on the page (a list's entry and its item's header; one word: a title of one word, 'Eventuelt',
    has the next entry's mark after it in the list). Why: a name's initial ('Jens A. Hansen, Lise B. Berg, Ole C.
    Nielsen') may count up from A by chance, inside a line and once; a list's first letter heads its line or is
    printed again over its item's body (a flattened list whose later items are printed once still counts on)."""
    def key(mk: FormMark) -> tuple[str, tuple[str, ...]]:
        return mk.printed, tuple(text[mk.end: mk.end + 80].split()[:1])
    counts = Counter(key(mk) for mk in marks)
    return {mk for mk in marks if counts[key(mk)] >= 2 or not text[text.rfind("\n", 0, mk.pos) + 1: mk.pos].strip()}


def form_marks(text: str) -> list[FormMark]:
    """The marks of every form that count up in a run (see the module's docstring), in text order. A
    sub-item's form is its point's number: '2.1 Baggrund 2.2 Økonomi' under item 2 is its own form, which
    counts only where the point prints three sub-items or more, and the run finder weighs it as any run."""
    forms: dict[str, list[FormMark]] = {}  # ('()': the bracket's form; a point's number: its sub-items')
    for m in _PAREN.finditer(text):
        forms.setdefault("()", []).append(FormMark(m.start(), m.end(), int(m.group("num")), m.group("num")))
    for m in _SQUARE.finditer(text):
        forms.setdefault("[]", []).append(FormMark(m.start(), m.end(), int(m.group("num")), m.group("num")))
    for m in _SUB.finditer(text):
        forms.setdefault(m.group("head"), []).append(
            FormMark(m.start(), m.end(), int(m.group("num")), m.group()))
    kept = {mk for marks in forms.values() for mk in (*_in_runs(marks), *_printed_twice(marks, text))}
    kept.update(_counted(text))
    return sorted(mk for mk in kept if mk.num)
