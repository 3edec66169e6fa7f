"""Where a phrase stands in a flattened page's run: a heading's slot (the run's start, after a finished sentence,
right after an item's head), inside a sentence, before a name.

A flattened page prints its headings run in with their text; only what stands around a phrase tells a heading from a
sentence's words. The run is long, so these read it in place, without copying its prefix. Shared by the run-in
readers (flat_run_labels, caps_labels).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .bodies import is_body_name
from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .headings import (
    PROPOSER_HEADING,
)
from .label_shapes import case_heading
from .lines import Line
from .title_marks import STATUS_WORD

# a phrase of a few words run in after a finished sentence, its colon or none, a capitalised word after it ('… til
# efterretning. Begrundelse Direktøren indstiller …', 'Faglige overvejelser: Direktionen.'). (Its capital first and
# the space before it asked behind that: a pattern that opens on a class of letters is scanned for them quickly,
# one that opens on a look-behind is tried at every character of a long run.)
_RUN_IN = re.compile(r"(?P<label>[A-ZÆØÅ](?<!\S[A-ZÆØÅ])[a-zæøåé]{3,}(?: [a-zæøåé]{2,}){0,2}):? (?=[A-ZÆØÅ][a-zæøå])")

RunInMarks = list[tuple[str, list[re.Match[str]]]]  # each run of a page with its run-in phrases (_RUN_IN)


def run_in_marks(lines: list[Line]) -> RunInMarks:
    """Each run of the page (CAPS_RUN characters or more) with its run-in phrases: a flattened page's run is long,
    and run_labels (twice), _paired_labels (twice) and opening_labels each read the same phrases, found once here."""
    return [(ln.text, list(_RUN_IN.finditer(ln.text))) for ln in lines if len(ln.text) >= CAPS_RUN]


# a run of several sentences, shorter than _RUN: the case marks a heading on its own, where a phrase in normal case
# needs the page's other runs beside it (a page line cut at its running head is shorter than a flattened page's run)
CAPS_RUN = 200

_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|^\d{1,4}\s+)(?=[A-ZÆØÅ])")
HEADING_WORDS = 4  # the most words a case-text heading the run prints is read for ('Økonomi og finansiering')


def prints_case_heading(run: str, caps: bool = True, run_in: bool = False) -> bool:
    """The run prints a known case-text heading at a sentence's start: its text has headings the lexicon knows,
    and the phrases beside them are its prose's sub-headings or sentences, as run_headings leaves them on a lined
    page. With `caps` False only one printed in normal case ('Sagsfremstilling', not 'SAGSFREMSTILLING'); with
    `run_in` only one a capital follows, in either case (a heading word that also opens sentences, 'Sagen fremlægges
    …', is then a sentence's subject)."""
    for m in _SENTENCE_START.finditer(run):
        words = run[m.end(): m.end() + 80].split()[:HEADING_WORDS]
        if not caps and (not words or words[0].isupper()):
            continue
        if any(case_heading(" ".join(words[:n])) and (caps and not run_in and not _clause_goes_on(words, n)
                                                      or n < len(words) and words[n][:1].isupper())
               for n in range(1, len(words) + 1)):
            return True  # (in normal case, run in before a capital: 'Sagen fremlægges …' opens a sentence)
        glued = _GLUED_HEAD.match(words[0]) if run_in and words else None
        if glued and case_heading(glued.group(0)):
            return True  # ('SagsfremstillingKommunen har …': the heading glued to its text's first word)
    return False


# a word glued to the capitalised word after it, where extraction lost the space between a heading and its text
_GLUED_HEAD = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}(?=[A-ZÆØÅ][a-zæøå])")


def _clause_goes_on(words: list[str], n: int) -> bool:
    """The heading of a proposer and a verb ('Direktøren indstiller', headings.PROPOSER_HEADING) with a word in small
    letters after it: the sentence that opens a proposal ('Direktøren indstiller til Byrådet …'), no heading; a heading
    of nouns is one whatever follows it in capitals ('SAGSFREMSTILLING'), a clause only where it stops."""
    return n < len(words) and words[n][:1].islower() and bool(PROPOSER_HEADING.match(" ".join(words[:n])))


def sentence_begins(run: str, at: int) -> bool:
    """A sentence begins at `at`: a capitalised word and a word in small letters after it ('Stillingtagen til …')."""
    words = run[at: at + 80].split()[:2]
    return len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower()


def word_at(run: str, at: int) -> str:
    """The word that begins at `at` (`run[at:].split(maxsplit=1)[0]` where a word begins there), read in place
    rather than from a copy of the long run's rest."""
    end = at
    while end < len(run) and not run[end].isspace():
        end += 1
    return run[at:end]


def stripped_end(run: str, end: int, chars: str | None = None) -> int:
    """Where `run[:end].rstrip(chars)` ends, found without copying the prefix (a flattened run is one long line,
    and its phrases are read by what stands before each)."""
    while end and (run[end - 1] in chars if chars else run[end - 1].isspace()):
        end -= 1
    return end


def digits_only(run: str, end: int) -> bool:
    """`run[:end].isdigit()`, stopping at the first other character instead of copying the prefix."""
    return end > 0 and all(run[i].isdigit() for i in range(end))


def initial_before(run: str, end: int) -> bool:
    """The stop before `end` closes a name's initial ('John T. Olsen'), no sentence: one capital alone before it.
    A surname after an initial would otherwise stand in a heading's slot, once for every time the name is printed."""
    return run[end - 1] == "." and end >= 2 and run[end - 2].isupper() and (end == 2 or run[end - 3] == " ")


# words that open a clause and need one after them ('Hvis Byrådet godkender …', 'Såfremt Udvalget …'): a sentence's
# first word before a body's name, never a heading of their own, however often the page starts sentences with them
CLAUSE_OPENER = re.compile(r"Hvis|Såfremt|Når|Idet|Selvom|Skønt|Fordi|Eftersom|Mens|Inden|Medmindre|Ifald")


def in_slot(run: str, end: int, labels: frozenset[str]) -> bool:
    """The text before `end` of `run` (its spaces at the end left out) leaves a phrase there in a heading's slot:
    the run's start or its page number ('2 Begrundelse …'), a finished sentence, or one of the run's `labels`
    (with its ':' or none)."""
    end = stripped_end(run, end, ":")
    return not end or digits_only(run, end) or run[end - 1] in ".!?" and not initial_before(run, end) or any(
        run.endswith(x, 0, end) and (end == len(x) or run[end - len(x) - 1] == " ") for x in labels)


# the end of an item's head: its case number ('16/31575', '85.02.02G00-0011', 'Sagsnr. 250467', a label left empty
# 'Sagsnr:') or its status word ('Åben', 'Åbent punkt', 'Lukket sag') right before the phrase
_HEAD_END = re.compile(rf"(?:{CASE_FORM.pattern}|(?<!\S)(?:{CASE_LABEL_WORDS})\.?\s*:?(?:\s*\d[\w./-]*)?"
                       rf"|(?<!\S)(?:{STATUS_WORD})(?:\s+(?:punkt|sag))?)\s*$", re.IGNORECASE)
HEAD_TAIL = 40  # characters looked at before a phrase for the head's end


def head_end(run: str, end: int) -> bool:
    """The text of `run` before `end` ends an item's head: a case number or the item's status word. (Its last word
    asked first, cheaply: most phrases follow a word of prose, not a number, a label's stop or a status word.)"""
    last = stripped_end(run, end, ".:")  # (a number ends in a digit, or a letter after one: '21-046857K')
    if not last:
        return False
    if not (run[last - 1].isdigit() or last > 1 and run[last - 2].isdigit()
            or _HEAD_WORD.fullmatch(run, run.rfind(" ", 0, last) + 1, last)):
        return _head_field_end(run, last)
    return bool(_HEAD_END.search(run, max(0, end - HEAD_TAIL), end))


# the case's type as an item's head prints it ('Beslutningssag', 'Orienteringssag'): one word on '-sag', capitalised
_CASE_KIND = re.compile(r"(?<!\S)[A-ZÆØÅ][a-zæøå]{3,}ssag")
# a field of the head whose value is a body ('Kompetence: Økonomiudvalget', 'Beslutningskompetence: Byrådet')
_FIELD_TAIL = 70  # characters looked at before a phrase for a field naming a body
_BODY_FIELD = re.compile(r"(?<!\S)[A-ZÆØÅ][a-zæøå]{4,}:\s+(?P<body>[A-ZÆØÅ][^:.]{1,60})$")


def _head_field_end(run: str, last: int) -> bool:
    """The text of `run` before `last` ends with the last field of an item's head other than its number or status:
    the case's type ('Beslutningssag') or a one-word label with a body as its value ('Kompetence: Byrådet'). A
    head's fields are the item's metadata, printed before its text; the phrase after them opens the text as a
    heading does (as after a case number), where a sentence's words would go on in small letters."""
    if run.endswith("ssag", 0, last) and _CASE_KIND.fullmatch(run, run.rfind(" ", 0, last) + 1, last):
        return True
    at = max(0, last - _FIELD_TAIL)
    if run.rfind(": ", at, last) < 0:  # (no label's colon near: most phrases follow prose)
        return False
    m = _BODY_FIELD.search(run, at, last)
    return bool(m) and is_body_name(m.group("body"))


# an item's head right after a phrase ('… Sagsnr. 24/1221 Åbent Erhvervskontoret Sagsnr. 24/1228 Åbent …'): the phrase
# is a contents row's title between two rows' cells, no heading (a heading opens its section's text)
_HEAD_NEXT = re.compile(rf"\s*(?:(?:{CASE_LABEL_WORDS})\b|(?:{STATUS_WORD})\b|{CASE_FORM.pattern})", re.IGNORECASE)


def head_next(run: str, at: int) -> bool:
    """An item's head (its case label or number, its status word) follows at `at` (_HEAD_NEXT)."""
    return _HEAD_NEXT.match(run, at) is not None


_HEAD_WORD = re.compile(rf"(?:{STATUS_WORD}|punkt|sag|{CASE_LABEL_WORDS})", re.IGNORECASE)


def name_after(run: str, at: int) -> bool:
    """Two capitalised words stand at `at` ('Marie Jensen …'): a field's value naming a person, where a heading's text
    begins with a sentence ('Økonomiudvalget indstiller …', 'Sundheds- og …')."""
    after = run[at: at + 80].split(maxsplit=2)[:2]
    return len(after) == 2 and after[0][:1].isupper() and after[1][:1].isupper() and not after[0].endswith(("-", "-,"))


def inside_sentence(label: str, run: str, labels: Iterable[str]) -> bool:
    """`label` stands inside a sentence somewhere in `run` (after a word or a comma, not a finished sentence nor
    another of the run's `labels`: 'Redegørelse Sagsoplysninger'): a proper name's start ('i Aarhus Kommune', 'og
    Socialistisk Folkeparti', 'fra Jesper Kjeldsen'), no heading."""
    for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", run):
        end = stripped_end(run, m.start())  # (what stands before it, read in place: the run is long)
        if end and not digits_only(run, end) and run[end - 1] not in ".!?:" and not head_end(run, end) \
                and not any(run.endswith(" " + x, 0, end) for x in labels):  # ('2 Begrundelse …': a page's number)
            return True
    return False
