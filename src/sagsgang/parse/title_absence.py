"""An absence sentence a flattened page runs on into an item's header, given back to the item's head.

'1. Salg af grund ved Skolevej' / 'Anne Hansen (V) var forhindret i at deltage.' printed on two lines says who
missed the item (item_absence reads it as the decision's); a PDF viewer's transcript joins the lines, and the
header's title runs on to the body's first heading: 'Salg af grund ved Skolevej Anne Hansen (V) var forhindret i
at deltage.'. The title ends where the sentence's subject begins. No line break marks that, so the name's own first
word is found by what the title's words before it are (_name_start): a title's last word that needs an object
('… ved Skolevej') keeps one capitalised word, and where two readings stay open nothing is cut (precision first: a
name cut wrong is a false absentee).
"""
from __future__ import annotations

import re

from .item_absence import sentence_absentees
from .title_split import FUNCTION_WORDS

_CAPITAL_WORD = re.compile(r"(?<!\S)[A-ZÆØÅ][\w'’.-]*")
_NAME_WORD = re.compile(r"[A-ZÆØÅ][\w'’.-]*")


def title_and_absence(title: str) -> tuple[str, str | None]:
    """(title, absence sentence) of a header whose title ends in an absence sentence of this item ('… Anne Hansen
    (V) var forhindret i at deltage.', item_absence.sentence_absentees), its subject's start sure; (title, None)
    otherwise."""
    if not title.endswith((".", "!")):
        return title, None
    starts = (m.start() for m in _CAPITAL_WORD.finditer(title) if m.start())
    first = next((k for k in starts if sentence_absentees(title[k:])), None)
    at = _name_start(title, first) if first is not None else None
    if at is None:
        return title, None
    head = title[:at].rstrip(" ,:;-–")
    return (head, title[at:]) if head else (title, None)


def _name_start(title: str, first: int) -> int | None:
    """Where the first absentee's name begins, from the earliest start of the capitalised run an absence sentence
    reads (`first`): the whole run where the title's word before it is a word in lower case or a number ('…
    dagsorden Anne Hansen …', '… 2025 Anne Hansen …'), a name of two to four words; past the run's first word where
    the word before needs an object ('… ved Skolevej Anne Hansen …') or the run opens the title, only where two
    words are left (three or more leave the title's and the name's words undecided: no cut)."""
    words = title[first:].split()
    run = 0
    for w in words:
        if not _NAME_WORD.fullmatch(w.rstrip(",")):
            break
        run += 1
        if w.endswith(","):
            break
    before = title[:first].split()
    open_word = not before or before[-1].lower() in FUNCTION_WORDS or before[-1][:1].isupper()
    if not open_word:
        return first if 2 <= run <= 4 else None
    if run != 3:
        return None
    second = title[first + len(words[0]):]
    return first + len(words[0]) + len(second) - len(second.lstrip())
