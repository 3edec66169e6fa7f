"""Whether a bilag word inside a flattened body names a bilag in the text rather than heads the item's list.

'Bilag 1 indeholder …', '… følgende bilag: - Bilag 1 Notat - Bilag 2 Kort …', 'Se i øvrigt Bilag 3.': a list's
entries named in prose run on into the paragraphs after them, so read as the item's bilag they would take whole
sentences for titles. The run-in heading reader asks this before it cuts 'Bilag' off as a heading; it reads only the
words around the bilag word, so it stands alone.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASH

# 'Bilag 1 indeholder ajourført oversigt …', 'Bilag 1- 3 viser …': a bilag (or a range of them) named by its number as
# a sentence's subject, a verb after it
_BILAG_NAMED = re.compile(rf"\d{{1,3}}(?:\s*[{SPACED_DASH}]\s*\d{{1,3}})?\s+[a-zæøå]")
# a list's dash before the word ('… vedlagt følgende bilag: - Bilag 1 Notat om vandløb - Bilag 2 Kort …'): an entry
# of a list printed in a section's prose
_LIST_DASH_BEFORE = re.compile(rf"(?:^|\s)[{SPACED_DASH}•]\s*$")


def bilag_in_prose(text: str, start: int, after: int) -> bool:
    """The bilag word at `start` names a bilag in the text rather than heading the item's bilag list: by its number as
    a sentence's subject ('Bilag 1 indeholder …'), or as a numbered entry of a dashed list inside the prose ('…
    følgende bilag: - Bilag 1 Notat - Bilag 2 Kort …'; the bilag list of the item has its heading before its first
    entry, which no dash precedes), or by any number that does not open the item's own list (_names_one_bilag). A
    list's entries there run on into the paragraphs after the list, so read as the item's bilag they would take
    whole sentences for titles."""
    if _BILAG_NAMED.match(text, after) or _names_one_bilag(text, start, after) or _sentence_runs_on(text, after):
        return True
    numbered = re.match(r"\d{1,3}\s", text[after:after + 4])
    return bool(numbered and _LIST_DASH_BEFORE.search(text, max(0, start - 4), start))


# the words of the text behind the bilag word up to its first full stop or the line's end
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?=\.\s|\.?$|\n)", re.MULTILINE)
_SENTENCE_WORDS = 12  # no bilag title runs this long in lower case


def _sentence_runs_on(text: str, after: int) -> bool:
    """A sentence runs on behind the bilag word ('… a-dagpenge. Bilag I de vedlagte bilag fremgår antallet og andelen
    af …'): a dozen words or more before its first stop, none capitalised but the first. Titles run together behind
    a bilag heading each begin on a capital ('Bilag Kort over grunden Notat om økonomi Tidsplan'), so the word is the
    text's own (a paragraph that names the bilag), no heading over a list of them."""
    m = _FIRST_SENTENCE.match(text, after)
    words = m.group().split() if m else []
    return len(words) >= _SENTENCE_WORDS and not any(w[:1].isupper() for w in words[1:])


# the number after the bilag word, and its mark ('Bilag 3.', 'Bilag 1)', 'Bilag 1 Kort')
_NUMBER_AFTER = re.compile(r"(?P<n>\d{1,3})(?P<mark>[.)]?)(?!\d)")
# a bilag table's first row behind its heading ('Bilag 1 - Åben Notat om budget (108896/22)'): the heading's list
_TABLE_ROW = re.compile(rf"1\s*[{SPACED_DASH}]\s*(?:Åben|Lukket)\b", re.IGNORECASE)
_LIST_REACH = 300  # how far the next entry may follow the first (a title is shorter)


def _names_one_bilag(text: str, start: int, after: int) -> bool:
    """The bilag word before a number names that one bilag, as a reference in a sentence ('Se i øvrigt Bilag 3.
    Øvrige …', 'fremgår af Bilag 1. Ansøger …') or as an entry's own label in a list the text discusses ('Se vedlagte
    bilag: Bilag 1. Svar fra … Bilag 2. Orientering …'): the word heads the item's bilag list only where the number
    opens that list, '1' with the next entry '2' (same mark, no bilag word before it) close after it ('Bilag 1. Kort
    over grunden 2. Notat om økonomi'), a bilag table's first row ('Bilag 1 - Åben Notat …'), or a list of one
    entry after a sentence has ended ('… Taget til efterretning. Bilag 1 Notat om grunden')."""
    m = _NUMBER_AFTER.match(text, after)
    if not m or _TABLE_ROW.match(text, after):
        return False
    if m.group("n") != "1":
        return True
    mark = re.escape(m.group("mark"))
    if re.compile(rf"(?<![Bb]ilag)\s+2{mark}\s+[A-ZÆØÅ]").search(text, m.end(), m.end() + _LIST_REACH):
        return False
    labelled = re.compile(rf"\b[Bb]ilag\s+2{mark}\s").search(text, m.end(), m.end() + _LIST_REACH)
    return bool(labelled) or not _SENTENCE_ENDED.search(text, max(0, start - 3), start)


# where a sentence or a line ended before the word (its stop, a label's colon): a heading may stand there
_SENTENCE_ENDED = re.compile(r"(?:^|[.!?:\n])\s*$")
