"""What a heading the lexicon does not know looks like: a label of a few words in a heading's case that no
other reading claims (a name, a body, the document's kind, an outcome, the item's status), and such a label between
a finished sentence and prose.

The base of the page's own heading readers (repeated_headings, lined_headings, flat_run_labels, caps_labels): each
reads other evidence, all ask the same of the label itself, so it lives apart from any one of them.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .dashes import SPACED_DASH
from .document_kind import KIND_WORD
from .headings import (
    ATTACHMENT_HEADING,
    HEADING,
    HISTORY_HEADING,
    OUTCOME_WORDS,
    PLAIN_DECISION,
    ROUTE_LABEL,
    decision_body_date,
    is_heading,
    is_lexicon_heading,
)
from .lines import Line
from .people import ABSENT_LABEL
from .title_marks import STATUS_WORD

# Repeated lines that are no headings: outcomes ('Indstillingen godkendt', 'Taget til efterretning') and
# the lead of a proposal ('Center for Ejendomme indstiller, at').
NO_HEADING = re.compile(r"^(?:(?:Indstillingen|Forslaget|Sagen|Punktet|Dagsordenen)\s+)?" + OUTCOME_WORDS + r"\b"
                        r"|\bat:?$|\bindstiller\b", re.IGNORECASE)

# a label of a few words, letters only (no digits, dates or sentence punctuation), its ':' kept
LABEL_SHAPE = re.compile(rf"^[A-ZÆØÅ][A-Za-zÆØÅæøåéÉ{SPACED_DASH}/ ]{{2,48}}:?$")
MAX_WORDS = 4
# 'Åbent', 'Lukket punkt': the item's status, no label
STATUS_LINE = re.compile(rf"^{STATUS_WORD}(?:\s+(?:punkt|sag))?:?$", re.IGNORECASE)
PROSE = 40  # the shortest line that reads as a paragraph under a heading

# a field of the item's head with its value ('Øvrige sagsbehandlere: Jacob Philipsen', 'Sagsnr.: 24/1001'): the
# head ends there, and a label below it opens the text as one below a finished sentence does
_FIELD_LINE = re.compile(r"^[A-ZÆØÅ][\w .-]{1,30}:\s+\S")


def label_between(lines: list[Line], i: int, after_head: bool = False) -> bool:
    """Line `i` is a label of a few words that no other reading claims (no known heading, body's name,
    absence label, outcome or proposal's lead), after a finished sentence or a heading and before prose."""
    t = lines[i].text
    if not LABEL_SHAPE.match(t) or len(t.split()) > MAX_WORDS or is_lexicon_heading(t) or NO_HEADING.search(t) \
            or is_body_name(t.rstrip(":")) or ABSENT_LABEL.match(t) or STATUS_LINE.match(t):
        return False
    above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text), "")
    below = next((lines[k].text for k in range(i + 1, len(lines)) if lines[k].text), "")
    return len(below) >= PROSE and (after_head or above.endswith((".", ":")) or is_heading(above)
                                    or bool(_FIELD_LINE.match(above)))


LABEL_WORD = 6  # the shortest first word of a label seen once ('Mulige løsninger'); first names are shorter

SHORT_WORD = 4  # 'om', 'på', 'og', 'til': the words a phrase goes on after


def repeatable_label(t: str) -> bool:
    """A label of a few words in a heading's case, no other reading claims: not a name ('Hans Pedersen', every
    word capitalised), a running page header naming a body ('KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE',
    'Økonomiudvalget Åben beslutningsprotokol') or the document's kind ('Dagsorden', 'Referat': its title, which
    a page's header repeats above its facts and contents), an absence label, an outcome or the item's status."""
    words = t.rstrip(":").split()
    if not LABEL_SHAPE.match(t) or len(words) > MAX_WORDS:
        return False  # (the shape first: asking each word whether it names a body is the costly part)
    named = len(words) >= 2 and all(w[:1].isupper() for w in words) and not t.isupper() \
        or any(is_body_name(w) for w in words)
    return not named and not is_lexicon_heading(t) \
        and not NO_HEADING.search(t) and not is_body_name(t.rstrip(":")) and not ABSENT_LABEL.match(t) \
        and not STATUS_LINE.match(t) and not KIND_WORD.fullmatch(t.rstrip(":").rstrip())


def case_heading(t: str) -> bool:
    """A known heading of a case's text: no decision's, route's, history's or bilag's, which a site prints in
    forms of their own ('Sagsgang' plain above 'SAGSFREMSTILLING')."""
    return bool(HEADING.match(t)) and not (PLAIN_DECISION.match(t) or ROUTE_LABEL.match(t) or HISTORY_HEADING.match(t)
                                           or ATTACHMENT_HEADING.match(t)) and decision_body_date(t) is None
