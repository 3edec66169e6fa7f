"""Headings a flattened page prints in capitals inside prose set in normal case ('… ført til referat. ØKONOMI
Udgiften afholdes …').

A publisher sets headings in capitals and prose never, so where the line breaks are lost the case still marks them,
even printed once; acronyms, bodies' names, running heads and headings glued together are told apart here.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .document_kind import KIND_WORD
from .headings import (
    is_lexicon_heading,
)
from .label_shapes import NO_HEADING, SHORT_WORD, STATUS_LINE
from .lines import Line
from .people import ABSENT_LABEL
from .run_slots import CAPS_RUN, head_next, name_after, prints_case_heading, sentence_begins

# a phrase of one to four words in capitals run in before a capitalised word of normal case ('… ført til referat.
# ØKONOMI Udgiften afholdes …', 'HØRING OG INDDRAGELSE I foråret …'); letters only (no 'CO2', no '§'). (Its first
# capital first, what stands before it asked behind it: _RUN_IN's quick scan)
_CAPS_RUN_IN = re.compile(r"(?P<label>[A-ZÆØÅ](?<![\w§-][A-ZÆØÅ])[A-ZÆØÅ]+(?: [A-ZÆØÅ]{2,}){0,3}):?\s+"
                          r"(?=[A-ZÆØÅ][a-zæøå]|I [a-zæøå])")

_LEADER_NUMBER = re.compile(r"(?:\.\.|…)\d{1,3}$")  # '… Rekvisittilskud...17': a contents row's leader and page
_CAPS_SHARE = 0.2  # the most of a run's words in capitals for it to be prose set in normal case
_CHROME_WORDS = 12  # a run's first and last words, where a page's running head and foot stand (page_chrome)
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\s)\d{1,3}\.?\s*$")  # '… 4 BUDGETOPFØLGNING Sagsnr …': an item's title


def caps_labels(lines: list[Line]) -> frozenset[str]:
    """Phrases a flattened page prints in capitals inside prose set in normal case, a sentence after each: a heading,
    even printed once. A publisher sets headings in capitals and prose never, so where the line breaks are lost the
    case still marks them ('… ført til referat. ØKONOMI Udgiften afholdes …'). Not an acronym or a body's initials
    ('KL', 'BUV', 'EU': _initials), a body's name ('ØKONOMIUDVALGET'), the
    document's kind, an item's status or an outcome, an item's title after its number, nor what the runs print
    among their first or last words two times or more (a running head or foot, 'KOMMUNALBESTYRELSEN …')."""
    runs = [ln.text for ln in lines if len(ln.text) >= CAPS_RUN]
    found: set[str] = set()
    for run in runs:
        labels = {label for m in _CAPS_RUN_IN.finditer(run) if (label := _caps_label(run, m))
                  and not _ITEM_NUMBER_BEFORE.search(run, max(0, m.start() - 6), m.start())}
        if labels and not _in_capitals(run) and not prints_case_heading(run, caps=False):
            # (beside known headings printed in normal case, capitals are the prose's sub-headings or stress, as
            # shaped_headings leaves them on a lined page; both asked last, for a run with a phrase in capitals)
            found |= labels
    ends = _run_ends(runs) if found else []
    return frozenset(t for t in _apart(found) if not _in_chrome(t, ends))


def _in_capitals(run: str) -> bool:
    """More than _CAPS_SHARE of the run's words are in capitals: a run set in capitals, whose case tells nothing."""
    words = run.split()
    return sum(len(w) > 1 and w.isupper() for w in words) > _CAPS_SHARE * len(words)


def _apart(labels: set[str]) -> set[str]:
    """`labels` with a phrase that begins or ends on another of them cut in two ('SAGSGRUNDLAG TIDSFORLØB' where
    'SAGSGRUNDLAG' stands alone elsewhere): a heading left empty, the next one right after it, as a publisher's
    template prints every heading of its items."""
    out = set(labels)
    for t in sorted(labels, key=len, reverse=True):
        words = t.split()
        cut = next((j for j in range(1, len(words))
                    if " ".join(words[:j]) in labels or " ".join(words[j:]) in labels), None)
        if cut is not None:
            out.discard(t)
            out |= {x for x in (" ".join(words[:cut]), " ".join(words[cut:])) if not _claimed_caps(x)}
    return out


def _caps_label(run: str, m: re.Match[str]) -> str | None:
    """The heading the capitals of `m` print, or None (caps_labels). Where they end on a known heading
    ('INDHOLD INDSTILLING Der er …': a heading left empty before the next), the words before it."""
    words = m.group("label").split()
    before = run[max(0, m.start() - 40): m.start()].split()
    if not before or before[-1].strip(".,:;()").isupper() and any(c.isalpha() for c in before[-1]) \
            or _LEADER_NUMBER.search(before[-1]) \
            or before[-1].isalpha() and before[-1].islower() and not sentence_begins(run, m.end()):
        return None  # (the run's start: a page's top, its title or running head; a longer phrase in capitals: a title
        # or a name, no heading of a few words; a contents row's page number behind its leader: a group of items; a
        # word of a sentence going on, no sentence after it: 'Aarhus som UNESCO Litteraturby, KF …', a name's part)
    while len(words) > 1 and len(words[-1]) <= SHORT_WORD and is_body_name(words[-1]):
        words.pop()  # a body's initials after it ('… ØKONOMI KKR Kommunerne …'); not in a heading of its own words
    while len(words) > 1 and len(words[0]) <= SHORT_WORD and is_body_name(words[0]):
        words.pop(0)
    first = next((j for j in range(len(words) - 1, 0, -1) if is_lexicon_heading(" ".join(words[:j]))), 0)
    words = words[first:]  # (a known heading before it is cut by the lexicon: 'INDSTILLING ØKONOMI Udgiften …')
    cut = next((j for j in range(1, len(words))  # (a known heading opens on its noun: 'TIL UDVALGETS AFGØRELSE' no)
                if len(words[j]) >= SHORT_WORD and is_lexicon_heading(" ".join(words[j:]))), len(words))
    empty, words = cut < len(words), words[:cut]
    label = " ".join(words)
    if not empty and name_after(run, m.end()) or head_next(run, m.end()):
        return None  # a name after it ('FORMAND Bente Holm') or an item's head (a contents row's title)
    return None if _claimed_caps(label) else label


def _claimed_caps(label: str) -> bool:
    """Capitals another reading claims (caps_labels): a known heading, initials, a body's name ('ØKONOMIUDVALGET',
    'BØRNE- OG SKOLEUDVALGET'), the document's kind ('REFERAT'), an item's status, an outcome ('GODKENDT'), an
    absence label, two headings glued together, or a phrase opening or ending on a small word ('OG', 'TIL': a part
    of a longer phrase, 'SAGER TIL' before 'UDVALGETS AFGØRELSE'; a heading ends on its noun)."""
    words = label.split()
    return is_lexicon_heading(label) or len(words) == 1 and _initials(label) or is_body_name(label.title()) \
        or any(len(w) > SHORT_WORD and is_body_name(w.capitalize()) for w in words) or bool(KIND_WORD.search(label)) \
        or bool(STATUS_LINE.match(label) or NO_HEADING.search(label) or ABSENT_LABEL.match(label.capitalize())) \
        or len(words[0]) < SHORT_WORD or len(words[-1]) < SHORT_WORD or _glued_heading(words[-1])


def _glued_heading(word: str) -> bool:
    """A word in capitals that ends on a known heading glued to the word before ('INDHOLDINDSTILLING'): two headings
    run together by the text's extraction, no third one (unglue reads such pairs)."""
    return any(is_lexicon_heading(word[k:]) for k in range(SHORT_WORD, len(word) - SHORT_WORD))


def _run_ends(runs: list[str]) -> list[str]:
    """The first and the last _CHROME_WORDS words of each run, where a page's running head and foot stand (read once
    for all of a page's phrases in capitals)."""
    return [" ".join(r.split()[:_CHROME_WORDS]) for r in runs] + [" ".join(r.split()[-_CHROME_WORDS:]) for r in runs]


def _in_chrome(label: str, ends: list[str]) -> bool:
    """`label` stands among the run ends (_run_ends) two times or more: a running head or foot (page_chrome)."""
    pattern = re.compile(rf"(?<!\S){re.escape(label)}(?!\S)")
    return sum(bool(pattern.search(e)) for e in ends) >= 2


_VOWELS = frozenset("AEIOUYÆØÅ")


def _initials(word: str) -> bool:
    """A word in capitals is initials or an acronym ('KL', 'BUPL', 'SSP', 'BRN'): four letters or fewer, or fewer than
    two vowels; a word of the language in capitals ('FORMÅL', 'HØRING') is longer and has its vowels."""
    return len(word) <= SHORT_WORD or sum(c in _VOWELS for c in word) < 2
