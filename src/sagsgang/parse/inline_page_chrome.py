"""A flattened page line's chrome: its running head, its foot, its number, a web page's tail.

A body that runs on over several page lines is one text only without what each page prints around it: the running
head the pages share, the foot ('… Side 3 af 5') or bare page number at a line's end, the next page's number at its
start, and a web page's toolbar after an item. These read the page, not the item, so they stand alone.
"""
from __future__ import annotations

import re
from collections import Counter

from .bodies import is_printed_body
from .bullets import BULLETS
from .dashes import NUMBER_DASH
from .dates import MONTH_WORDS
from .headings import OUTCOME_WORDS
from .inline_decisions import CAPS_BODY_DATE
from .lines import Line, is_chrome
from .run_in_headings import ENDS_IN_DATE

# "… Godkendt. Side 601" / "… tiltrådt. 2" / "… Side 2 af 12": the page's footer at the end of a flattened page
# line; not a label's value ('Punktnummer: 17'), nor an item's number after its label ('… 03-03-2016, pkt. 16', a
# treatment's line the page ended on, its outcome on the next page). Not lines._PAGE_FOOTER (a footer that is a line
# of its own, whole) nor title_tidy.PAGE_FOOTER ('Side N af M' and all after it, inside a list's title): here the
# footer ends a line of text, a bare page number too
PAGE_FOOTER = re.compile(r"(?<!:)(?<!(?i:pkt)\.)(?<!(?i:punkt))\s+(?:Side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?\s*$")


BULLET_END = re.compile(rf"\s*[{BULLETS}]\s*$")


def without_tail(text: str) -> str:
    """A body's text without what a web page prints after it, before the next item's header: a bullet that
    marks that header ('… Fraværende: Claus Larsen. • Pkt. 35 …'), its toolbar ('… Godkendt. Kopier link til
    punktet - Print 2: …'), which the lined page prints on lines of their own."""
    text = BULLET_END.sub("", text)
    words = list(re.finditer(r"\S+", text[-150:]))[-8:]
    base = max(0, len(text) - 150)
    for k, w in enumerate(words):  # the longest run of last words that is chrome, after a sentence if one word
        if is_chrome(" ".join(text[base + w.start():].split())) and (
                k + 2 <= len(words) or text[: base + w.start()].rstrip()[-1:] in (".", "!", "?")):
            return BULLET_END.sub("", text[: base + w.start()].rstrip())
    return text


# the page's number after the last sentence of a page line ('… Beslutning Anbefales. 5', '… Godkendt. Side 3 af 9')
_FOOT_AFTER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:Side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?\s*$"
                                  r"|\s+Side\s+\d{1,4}(?:\s+af\s+\d{1,4})?\s*$")


def footless(text: str, foot: re.Pattern[str], bare: re.Pattern[str]) -> str:
    """A page line without its foot: the running foot the pages share ('… Side 3 af 5', running_foot), or where
    none matched, a page number (`bare`), but not a date's year: where the foot was taken off before (one foot, not
    two), the date the page's text ended in ('… Beslutning i Økonomiudvalget den 12. marts 2024') read as a bare
    page number, and the heading lost its year."""
    unfooted = foot.sub("", text)
    if unfooted != text:
        return unfooted
    m = bare.search(text)
    if m is None or ENDS_IN_DATE.search(text, 0, m.end()):
        return text  # '… den 12. marts 2024': a date's year ends the page's text, its foot taken off before
    return text[: m.start()]


def last_foot(text: str, begin: int, stop: int, foot: re.Pattern[str]) -> str:
    """text[begin:stop] without the page's foot where the body runs to its page line's end: the last item's body on
    the document's last page, or a body that ends its page with no item after it. Why: every earlier page line of a
    body loses its foot where the next page goes on (find_inline_bodies); the last one kept it, so the decision ending
    the page read 'Anbefales. 5'. Only after a sentence's end, or as 'Side N': an excerpt cut inside a sentence may end
    in a number of its own ('… en bevilling på 12')."""
    if stop < len(text):
        return text[begin:stop]
    return footless(text[begin:stop], foot, _FOOT_AFTER_SENTENCE)


_LEADING_NUMBER = re.compile(r"^\s*(\d{1,4})\s+")


def line_before(lines: list[Line], j: int) -> str:
    """The text of the last non-empty line before line j."""
    return next((lines[k].text for k in range(j - 1, -1, -1) if lines[k].text), "")


def cut_page_head(text: str, previous: str) -> bool:
    """'5 Kultur- og Fritidsudv' after '4 Kultur- og Fritidsudvalget 16-08-2023 Side 4 …': the next page's
    number and the start of the running header the page before printed, the excerpt cut inside it."""
    numbers = _next_page(text, previous)
    if numbers is None:
        return False
    head = text[numbers[0].end():].strip()
    return bool(head) and previous[numbers[1].end():].startswith(head)


def _next_page(text: str, previous: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """(the number text starts with, the one previous starts with) where text's is the next page's: a
    transcript's page lines start with their page numbers, one after the other."""
    m, before = _LEADING_NUMBER.match(text), _LEADING_NUMBER.match(previous)
    return (m, before) if m and before and int(m.group(1)) == int(before.group(1)) + 1 else None


def page_text(text: str, previous: str) -> str:
    """A transcript's page line for split_inline without its page number (without_page_number), the space after the
    number kept: a heading that opens the page ('4 Bevilling Sagen har …') is cut as it was behind the number."""
    rest = without_page_number(text, previous)
    return text if rest == text else f" {rest}"


def without_page_number(text: str, previous: str) -> str:
    """A transcript's page line without its page number: the number it starts with when the page line
    before it starts with the number before that ('5 Dato: …' after '4 Punkt 2: …'). Nor the meeting's body
    and date in capitals right after it ('5 ØKONOMIUDVALGET DEN 12. MARTS 2024 …'): the page's running header,
    where too few pages tell it (running_head), which would head a decision (CAPS_BODY_DATE)."""
    numbers = _next_page(text, previous)
    if not numbers:
        return text
    rest = text[numbers[0].end():]
    head = CAPS_BODY_DATE.match(rest)
    return rest[head.end():].lstrip() if head and is_printed_body(head.group("body")) else rest


_NEVER = re.compile(r"(?!)")
# a page's head before the next item's header, where too few pages tell its running header: the page
# number, a short line, 'Side N' ('4 Økonomiudvalget 7. november 2023 Side 4 '), its N maybe taken for the number
# of a header whose list lost its numbers ('… Side 4 Orientering fra borgmesteren')
PAGE_HEAD = re.compile(r"^\d{1,3}\s+[^\n]{0,100}?\bSide(?:\s+\d{1,3})?\s*$")


def running_head(texts: list[str], least: int = 3) -> re.Pattern[str]:
    """The running header that opens each page line ('4 Teknik- og Miljøudvalget 16-01-2024 Side 4'):
    the page number, then the words (numbers as any number) that at least `least` page lines start
    with alike. Matches nothing when the pages print none."""
    pages = [t.split()[1:] for t in texts if re.match(r"\d{1,3} \S", t)]
    if len(pages) < least:
        return _NEVER
    def shape(w: str) -> str:
        return "#" if w.isdecimal() else w
    common: list[str] = []
    for words in zip(*pages, strict=False):
        shapes = {shape(w) for w in words}
        if len(shapes) != 1:
            break
        common.append(shapes.pop())
    if not common:
        return _NEVER
    # each word after the first optional in turn: the pages may share an item label too ('… Side 4
    # Punkt 2 …'), which the page where the previous item's body runs on does not print
    words = [r"\d+" if w == "#" else re.escape(w) for w in common]
    tail = "".join(rf"(?:\s+{w}" for w in words[1:]) + ")?" * (len(words) - 1)
    # (a bare page number after the head, not the day of a date opening the page's text: '4 Økonomiudvalget
    # 12-03-2024 12. marts 2024 Godkendt.', a dated heading's date the page before left, lost its day)
    return re.compile(rf"^\d{{1,3}}\s+{words[0]}{tail}(?:\s+\d{{1,3}}(?!\d|{_DAY_GOES_ON}))?\s*")


# what follows a date's day ('12. marts 2024', '12.03.2024', '12-03-2024', '12/3'), not an item's number ('2. Budget')
_DAY_GOES_ON = rf"\.?\s*(?:{MONTH_WORDS})\b|[.{NUMBER_DASH}/]\d"


# the words a page line ends with before its page number ('… Til orientering. Møde den Side 2'): after its
# last sentence, up to six words that end none
_TAIL = re.compile(r"(?:^|(?<=[.!?:])\s)\s*((?:[^\s.!?:]+\s+){1,6}?)(?:Side\s+)?\d{1,4}\s*$")


# a decision that ends two pages alike without its full stop ('Beslutning Anbefales uden bemærkninger 4') is none
_OUTCOME_OR_HEADING = re.compile(rf"\b(?:{OUTCOME_WORDS}|Beslutning)\b", re.IGNORECASE)


def running_foot(texts: list[str]) -> re.Pattern[str]:
    """The running footer that ends each page line before its page number ('Møde den Side 2', its date lost):
    the longest run of two or more words (numbers as any number) that at least two page lines print, whole,
    after their last sentence, with no outcome in it. Matches nothing when the pages print none: a decision that ends
    two pages alike ('Godkendt. Side 2') ends a sentence, so it is no footer."""
    seen: Counter[tuple[str, ...]] = Counter()
    for t in texts:
        m = _TAIL.search(t) if re.match(r"\d{1,3} \S", t) else None
        words = tuple("#" if w.isdecimal() else w for w in m.group(1).split()) if m else ()
        if len(words) >= 2:
            seen[words] += 1
    shared = [tail for tail, count in seen.items() if count >= 2 and not _OUTCOME_OR_HEADING.search(" ".join(tail))]
    if not shared:
        return _NEVER
    words = r"\s+".join(r"\d+" if w == "#" else re.escape(w) for w in max(shared, key=len))
    return re.compile(rf"\s+{words}\s+(?:Side\s+)?\d{{1,4}}\s*$")
