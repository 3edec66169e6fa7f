"""What the readers of unnumbered contents lists share: the cue that heads a list, the labels of an item's body
and a sentence's end that no list prints, and a page line that prints titles and nothing else (titles_only).

Why a module of its own: the list's first-entry finders, its cutting and its run-on to the next page line all ask
these same questions of a line, and other readers (header_runs, number_candidates, chain_entries, …) ask them too;
living here, none of them imports another reader to borrow a pattern.
"""
from __future__ import annotations

import re

from .dates import DATE_ANY, TIME
from .fact_labels import prints_meeting_facts
from .list_entry import MAX_TITLE_WORDS, holds_titles
from .title_marks import CLOSED_PREFIX
from .title_split import split_titles
from .title_tidy import BODY_CUE

# A table of contents whose numbers extraction lost: a cue, column heads, then titles in a row.
TOC_CUE = re.compile(  # (each heading with its colon where one is printed: 'Indholdsfortegnelse:' heads the same list)
    r"(?i:Indholdsfortegnelse:?|Til behandling forelå:?|Følgende sager (?:behandles|blev behandlet):?"
    r"|Sagsoversigt:?|Sagsliste:?|Oversigt over (?:sager|punkter|dagsordenspunkter):?|Punkter på dagsordenen:?"
    r"|Dagsordenspunkter:?|(?:Punkter|Sager) til behandling:?"
    r"|(?-i:INDHOLD|Indhold|PUNKTER)(?=\s*:?\s+(?:\d{1,3}\.?\s+)?[A-ZÆØÅ])"  # a heading before a capital, not prose
    r"|Dagsorden(?= +(?:Side|Punkt nr\.|Pkt\.) )"  # the agenda's heading over its contents' column heads
    r"|Sag nr\.:?\s+Emne:?|Pkt\.\s+Tekst|Punkt\s+Titel|(?:Punkt|Sag) nr\. +Side(?= +1\. ))"  # or its column heads
    r"(?:[^\n]{0,80}?(?=\s(?:Sag nr\.|Punkt nr\.|Pkt\.)\s+Side\b))?"  # the meeting repeated above the columns
    r"(?:\s+(?:Side|Punkt nr\.|Pkt\.|Tekst|Sag nr\.:?|Emne|Åbne dagsordenspunkter|[A-ZÆØÅ/\-]{3,}))*"
    r"\s+(?:(?:\d{1,3}\s+(?=\d{1,3}[.)]\s))?"  # its first page, printed before the item's number ('Side 3 1. …')
    r"(?:(?i:åben|åbent|(?P<shut>lukket))\s+)?"  # the first entry's status before its number ('Lukket 1. …')
    r"(?:(?i:punkt|pkt\.?|sag)\s+)?(?P<num>\d{1,3})[.)]?\s+)?(?=[A-ZÆØÅ])")  # its first number, maybe labelled


# labels of an item's body, never of a contents list
BODY_LABEL = re.compile(r"\b(?:Afbud|Fraværende|Fravær|Sagsnr\.?|Sags nr\.?|Resumé|Indstilling|Beslutning)\s*:")


SENTENCE = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")


# where a page line's header text may end: after a sentence or a label's value ('… tages af dagsordenen. ')
TEXT_END = re.compile(r"(?<!\d)[.:]\s+(?=[A-ZÆØÅ])")  # not an item's number ('41. ')


# a proposing sentence up to where it introduces its points: 'Forvaltningen indstiller følgende:', 'Direktionen
# anbefaler, at', 'Det indstilles:' (item_list reads the same lead before a run of numbers)
PROPOSAL_LEAD = (r"\b(?:indstiller|indstilles|anbefaler|anbefales|foreslår|foreslås)\b[^.:\n]{0,60}?"
                 r"(?:\s+følgende\s*:|,?\s+at|:)")


EMPTY_NUMBER = re.compile(r"(?P<num>)")  # a list's start that prints no number


def meeting_head(line: str) -> bool:
    """A page line that prints the meeting's date and its time of day ('Torsdag den 20. juni 2013 Kl. 10:30
    Rådhuset …', '… 14. marts 2024 Mødet afholdes i Mødecenter, lokale C kl. 16.00 …') or labels two of its facts
    ('Mødested … Dato …'): the meeting's header flattened, whose pieces split like titles but are its facts. A title
    may print a date ('Budgetopfølgning pr. 31. marts 2013'), hardly a date and a clock time after it, or two of a
    meeting's labels."""
    d = DATE_ANY.search(line)
    return prints_meeting_facts(line) or bool(d and TIME.search(line, d.end()))


def titles_only(line: str, longest: int = MAX_TITLE_WORDS) -> bool:
    """A page line that prints three or more titles and nothing else: few of its pieces are names alone (no
    list of members), none longer than `longest` words (two titles may stay one where no cut is sure), and no
    label or body cue and hardly a sentence's end stands among them (no item's text)."""
    if len(line) < 80 or BODY_CUE.search(line) or not holds_titles(line) or meeting_head(line):
        return False
    titles = split_titles(line)
    # ('Lukket - Ejendomssag' is a closed item's title, not a name)
    names = [t for t in titles if len(t.split()) >= 2 and not re.search(r"\b[a-zæøå]{2,}\b|\d", t)
             and not CLOSED_PREFIX.match(t)]
    # a title may end in a full stop before the next ('Orientering fra borgmesteren. Budget …'): a few
    # such stops, but not the sentences of a text
    return len(titles) >= 3 and len(SENTENCE.findall(line)) <= len(titles) // 5 \
        and all(len(t.split()) <= longest for t in titles) and len(names) <= 0.3 * len(titles)


CLOSED_ENTRY = "\x00closed"  # a segment that is a closed entry's marker alone
