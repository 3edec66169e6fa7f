"""Section headings that run into their text in a flattened body, each cut onto a line of its own.

'Sagsfremstilling Forvaltningen har …', 'Økonomiske konsekvenser Udgifterne …': any heading of up to seven words
(headings.is_heading), capitalised as a heading is and followed by a capitalised word, but not those that also begin
ordinary sentences ('Sagen …'), a bilag named in prose, a form's empty field, or words inside a decision heading
already cut. The one reader that asks every word of a flattened body whether a heading starts there.
"""
from __future__ import annotations

import re

from .bilag_in_prose import bilag_in_prose
from .bodies import route_from_text
from .dashes import SPACED_DASH
from .dates import DATE_ANY, MONTH_WORDS, NUMERIC_DMY
from .headings import (
    ATTACHMENT_HEADING,
    DECISION_HEADING,
    GENITIVE_DECISION,
    OUTCOME_WORDS,
    ROUTE_LABEL,
    SENTENCE_STARTS,
    decision_body_date,
    is_heading,
)
from .inline_fields import empty_field
from .run_in_decisions import FIELD_LABEL

MONTH = rf"(?:{MONTH_WORDS})\b"


# Section headings that run into their text ('Sagsfremstilling Forvaltningen har …', 'Økonomiske
# konsekvenser Udgifterne …'): any heading of up to seven words (headings.is_heading), capitalised as a
# heading is and followed by a capitalised word, but not those that also begin ordinary sentences ('Sagen …',
# headings.SENTENCE_STARTS).
_WORD_AT = re.compile(r"(?<=\s)[A-ZÆØÅ][\w'-]*")
_HEADING_WORDS = 7  # 'Sammenhæng til andre politikker/strategier og fagområder'


def _lists_bodies(after: str) -> bool:
    """'Behandling Kultur- og Fritidsudvalget, Økonomiudvalget. …': a list of bodies up to the full stop (a
    route), so the word before it is the heading, not a sentence's first word."""
    return bool(route_from_text(after.split(". ", 1)[0].rstrip(".")))


# '---' where a section's text was left empty ('Økonomiske konsekvenser --- Udtalelser og høring …', 'Beslutning -'
# at the text's end): its heading is followed by no capital, but is a heading still. Not one dash before a capital,
# which parts a label from its value ('Bilag - Borgmesterbrev om …')
_PLACEHOLDER = re.compile(rf"[{SPACED_DASH}—]{{2,}}(?=\s+[A-ZÆØÅ]|\s*$)|[{SPACED_DASH}—]\s*$")


# a sentence's stop right before a word ('… om sagen. Formål …'); a sentence's first words right after it, a
# capitalised word (or the preposition 'I') and one in small letters ('Formålet med …', 'I forlængelse af …')
_SENTENCE_ENDS = re.compile(r"[.!?]\s+$")
_SENTENCE_OPENS = re.compile(r"(?:[A-ZÆØÅ][a-zæøå]+|I)\s+[a-zæøå]")


def _between_sentences(text: str, start: int, after: int) -> bool:
    """'… et notat om sagen. Formål Formålet med planen er …': a heading word that also opens sentences
    (headings.SENTENCE_STARTS) standing alone between one sentence's stop and the next sentence's first words. A
    sentence it opens goes on in small letters ('Sagen blev …', 'Behandling af …': Danish writes its nouns so), so a
    capitalised word that opens a sentence right after it says it is the heading over that text."""
    return bool(_SENTENCE_ENDS.search(text, max(0, start - 4), start)) and bool(_SENTENCE_OPENS.match(text, after))


def _after_bodies(before: str) -> bool:
    """'Indstillinger Direktionen, Børn- og Familieudvalget, Socialudvalget Behandling Det indstilles …': the text
    since the heading before is a list of bodies (that heading's value, a table's cell), and no sentence runs
    on from a list of bodies, so the word after it heads the next cell."""
    return bool(before.strip()) and route_from_text(before.strip()) is not None


# a date in figures and an amount after it: after a heading word, a table's row ('Bevilling 25.01.2005 11.300.000 kr.
# Bevilling 28.09.2007 …'), the word its label, which the lined page prints on the row's line; no section's text
# begins so. (A date and then words does: 'Sagens forløb 21-03-2022 Kultur- og Fritidsudvalget Godkendt.')
_NUMERIC_DATE = re.compile(NUMERIC_DMY + r"\s+\d")


def text_begins(text: str, at: int) -> bool:
    """A section's text may begin at `at`: a capital, a number (not a table row's date and amount), or the dashes of
    a section left empty."""
    if text[at].isdecimal():  # (a table row's date begins on a digit, the dashes on a dash: each asked there only)
        return not _NUMERIC_DATE.match(text, at)
    return text[at].isupper() or text[at] in f"{SPACED_DASH}—" \
        and bool(_PLACEHOLDER.match(text, at) or _DASHED_LIST.match(text, at) or _dash_before_heading(text, at))


# a section's text opening on a bullet's list ('Resumé • Der er kommet …') or a quoted name ('Sagsfremstilling ”Plan
# 2030” blev …'): the lined page prints the heading on its line and the bullet or quote opens the next; no sentence
# puts a bullet or an opening quote right after a heading's word, so the word before it heads the text. (Not a dash:
# one dash before a capital parts a label from its value, 'Bilag - Borgmesterbrev om …', _DASHED_LIST; nor under a
# bilag heading, whose bullets are its entries, read by the bilag lists)
_MARKED_START = re.compile(r"(?:[•·▪●]\s*|[\"“”„«])[A-ZÆØÅ0-9]")


def _dash_before_heading(text: str, at: int) -> bool:
    """One dash where a section's text was left empty, the next heading right after it ('Lovgrundlag - Økonomiske
    konsekvenser Sagen har …'): the heading before it heads an empty section, as '---' does (_PLACEHOLDER)."""
    words = text[at + 1: at + 1 + 80].split()[:_DASH_HEADING_WORDS + 1]
    return any(is_heading(" ".join(words[:n])) and words[n][:1].isupper() for n in range(1, len(words)))


_DASH_HEADING_WORDS = 4  # 'Økonomiske og personalemæssige konsekvenser'


# a dashed list's first two entries ('Tidsplan - Januar: udvalget godkender planen. - Marts: høring …'): a section's
# text may open on a list, each entry behind the same dash; one dash alone before a capital parts a label from its
# value ('Bilag - Borgmesterbrev om …'), so the list shows by its second entry; a dash between two numbers is a
# number's own ('2022 - 15608', '2031 - 2032'), no entry's
_DASHED_LIST = re.compile(rf"(?P<dash>[{SPACED_DASH}])\s+[A-ZÆØÅ0-9][^\n]{{0,300}}?(?<!\d)\s(?P=dash)\s+[A-ZÆØÅ0-9]")


# a heading's date cut before its year ('… beslutning d. 3. april' / '2013 anmodede …'): the date goes on
_DATE_GOES_ON = re.compile(rf"{MONTH}\s+\d{{4}}\b", re.IGNORECASE)
# 'den' and then a date ('… opfølgning på Byrådets beslutning den 29. januar 2024 om …'): a genitive decision read
# with its date lost ('Byrådets beslutning den', headings.GENITIVE_DECISION) is a heading only where no date follows;
# with its date printed the phrase runs on into the date, and in prose on past it
_DATE_AFTER_DEN = re.compile(r"(?i:den|d\.)\s+\d")


def opens_line(text: str, at: int) -> bool:
    """The word at `at` opens a line of the text (a cut made before it: the body after its header's case number)."""
    j = at - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


_ENTRY_NUMBER = re.compile(r"\d{1,3}:\s")  # 'Bilag 1: Notat om …': an entry's label, its number after the word


# a word inside brackets or after a reference's 'jf.' ('… Roadmap 2023-2026 (jf. Bilag 1) tages til efterretning'):
# a reference to a bilag or a section in a sentence, never a heading of its own (no heading begins in brackets)
_IN_REFERENCE = re.compile(r"(?:\(|\b(?:jf|jfr|jvf)\.)\s*$")


def _label_in_text(text: str, phrase: str, start: int, end: int, after: int) -> bool:
    """The heading's words at text[start:end] are the text's own, no run-in heading: the bilag word naming a bilag
    in the prose (bilag_in_prose), or a form's field left empty among others ('Ejerforhold: Omkostningssted: …',
    empty_field)."""
    if ATTACHMENT_HEADING.match(phrase) and bilag_in_prose(text, start, after):
        return True
    return phrase.endswith(":") and empty_field(text, start, end, phrase)


def _inside_heading_line(text: str, at: int) -> bool:
    """The word at `at` is inside a decision heading already cut onto a line of its own ('Teknik- og
    Miljøudvalgets beslutning den 30. september 2025'): no shorter heading begins there ('Miljøudvalgets …')."""
    lo, hi = max(0, at - _HEAD_LINE - 2), min(len(text), at + _HEAD_LINE + 2)
    begin, end = text.rfind("\n", lo, at) + 1, text.find("\n", at, hi)
    if (begin == 0 and lo > 0) or (end < 0 and hi < len(text)):
        return False  # a line longer than any heading (looked at only this far: a flattened page is one line)
    if not text[begin:at].strip():
        return False
    line = text[begin: end if end >= 0 else len(text)].strip()
    return len(line) <= _HEAD_LINE and bool(ENDS_IN_DATE.search(line)) and decision_body_date(line) is not None


_HEAD_LINE = 120  # is_heading's bound: no heading is longer
ENDS_IN_DATE = re.compile(rf"(?:{DATE_ANY.pattern})\)?\s*:?$", re.IGNORECASE)


def on_lines_of_their_own(text: str, cuts: list[tuple[int, int]]) -> str:
    """The text with each of the `cuts` (start, end; in order, not overlapping) on a line of its own: joined once,
    not rebuilt per cut (a flattened page has thousands)."""
    pieces, done = [], 0
    for a, b in cuts:
        pieces += [text[done:a], "\n", text[a:b], "\n"]
        done = b
    pieces.append(text[done:])
    return "".join(pieces)


# a list's mark before its first entry ('Sagsgang • Økonomiudvalget • Byrådet', 'Sagsgang - Økonomiudvalget -
# Byrådet', 'Sagsgang → Økonomiudvalget'): the bodies a route's label heads, printed one a line behind bullets, dashes
# or arrows, their lines run together. A route label's text begins there (not any heading's: one dash before a
# capital parts other labels from their value, 'Bilag - Borgmesterbrev om …')
_LIST_MARK = re.compile(rf"[{SPACED_DASH}•·▪●→]\s+[A-ZÆØÅ]")


def run_in_headings(text: str) -> str:
    """The text with each run-in heading on a line of its own (the longest heading at a word first)."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    # whether a text may begin at each word: asked once a word, not once for each phrase that ends before it
    begins = [text_begins(text, at) for at, _ in words]
    # or where a bullet or an opening quote begins it, under any heading but a bilag heading (_MARKED_START)
    opened = [not b and bool(_MARKED_START.match(text, at)) for b, (at, _) in zip(begins, words, strict=True)]
    # or where any other list's mark begins it, under a route's label only (_LIST_MARK)
    marked = [not (b or o) and bool(_LIST_MARK.match(text, at))
              for b, o, (at, _) in zip(begins, opened, words, strict=True)]
    cuts: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        start = words[k][0]
        if not _WORD_AT.match(text, start) or text[max(0, start - 3): start].rstrip().endswith(",") \
                or _inside_heading_line(text, start) or _IN_REFERENCE.search(text, max(0, start - 6), start):
            k += 1  # (nor a word after a comma: a name's second part, 'På baggrund af Fritids-, Kultur- og …')
            continue
        for n in range(min(_HEADING_WORDS, len(words) - k - 1), 0, -1):
            if not (begins[k + n] or marked[k + n] or opened[k + n]) or text[words[k + n - 1][1] - 1] in ".,":
                continue  # (the cheap tests first: a phrase that ends in a stop or a comma is no heading)
            phrase = text[start: words[k + n - 1][1]]
            if opened[k + n] and ATTACHMENT_HEADING.match(phrase):
                continue
            if marked[k + n] and not ROUTE_LABEL.match(phrase):
                continue
            if is_heading(phrase) and not _DATE_GOES_ON.match(text, words[k + n - 1][0]) \
                    and not _DATE_AFTER_DEN.match(text, words[k + n - 1][0]) \
                    and not _ENTRY_NUMBER.match(text, words[k + n][0]) \
                    and not _label_in_text(text, phrase, start, words[k + n - 1][1], words[k + n][0]) \
                    and not DECISION_HEADING.match(phrase) and not FIELD_LABEL.fullmatch(phrase) \
                    and not _treatment_in_prose(phrase, text, words[k + n][0]) \
                    and (phrase not in SENTENCE_STARTS or k == 0 or opens_line(text, start)
                         or _lists_bodies(text[words[k + n][0]:]) or _between_sentences(text, start, words[k + n][0])
                         or _after_bodies(text[cuts[-1][1] if cuts else 0: start])):
                cuts.append((start, words[k + n - 1][1]))
                k += n - 1
                break
        k += 1
    return on_lines_of_their_own(text, cuts)


def _treatment_in_prose(phrase: str, text: str, after: int) -> bool:
    """'… og før Byrådets behandling 3. anbefales …': a body's treatment named inside a sentence, not the heading
    'Byrådets behandling' over an outcome; run in, such a heading has its colon or the outcome's word right after it
    (a genitive 'beslutning' heading stays as it was read: prose names a decision so far less often). Only where a
    body's name is in the genitive (decision_body_date): 'Sagens behandling' is a route's label, not a treatment."""
    m = GENITIVE_DECISION.match(phrase.strip())
    return bool(m) and m.group("noun").lower() == "behandling" and decision_body_date(phrase) is not None \
        and not phrase.rstrip().endswith(":") and not re.match(rf"{OUTCOME_WORDS}\b", text[after:])
