"""A body's treatment of the case run into a flattened body, each on a line of its own.

'Økonomiudvalget den 12. marts 2024: Anbefales.', '… Sundheds- og Omsorgsudvalget, 03-04-2014, pkt. 34 Godkendt.',
'Udvalg: Magistraten Dato: 19-08-2025 Punktnummer: 4 …', '… Økonomiudvalget anbefaler indstillingen.': the body,
its date (maybe the item's number) and its outcome, which the item reader takes for the body and date of the
decision below it where the page kept its lines. They anchor on a body's name and a date, not on a heading word.
"""
from __future__ import annotations

import re

from .bodies import is_body_name, is_printed_body
from .dashes import DASH_BEFORE_DATE
from .dates import DATE_ANY
from .headings import ITEM_NUMBER_AFTER, OUTCOME_WORDS, PLAIN_DECISION, is_heading
from .headless_outcomes import STATED_OUTCOME, cut_outcome_statement
from .people import ABSENT_SENTENCE
from .title_marks import STATUS_WORD

# right after a member's party letters in brackets ('(C) '): a list of names ends there (lookbehinds of one width each)
_AFTER_PARTY = r"(?<=\((?-i:[A-ZÆØÅ])\)\s)|(?<=\((?-i:[A-ZÆØÅ]{2})\)\s)|(?<=\((?-i:[A-ZÆØÅ]{3})\)\s)"
# A treatment's line run into the text after a sentence: 'Økonomiudvalget den 12. marts 2024: Anbefales.',
# 'Teknik- og Miljøudvalget, 10-09-2019, pkt. 65: Anbefales.' (the body, its date, maybe the item's number, a colon).
# Also at a line's start: after a heading the run-in reader cut onto its own line ('… Politisk behandling\n
# Teknik- og Miljøudvalget den 5. marts 2024 Anbefales.'), as where the page kept its lines; the first treatment under
# a history label was lost when only a sentence's end could come before it
# (the body two letters at least: a committee printed by its initials, 'ØU 12.03.2024: Godkendt.', as a page that
# keeps its lines reads it; is_printed_body decides whether they name one)
# ('Økonomiudvalget - 12-03-2024: Anbefales.': a spaced dash before the date, dashes.DASH_BEFORE_DATE)
# (or after a member's party in brackets, where a list of absentees ends and the next treatment runs on: '…
# Fraværende: Carl Nielsen (C) Økonomiudvalget 12-03-2024 Godkendt.')
DATED_BODY = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|(?<=\n[ \t])|^|{_AFTER_PARTY})(?P<body>[A-ZÆØÅ][\w\-, ]{{1,80}}?),?"
                         rf"{DASH_BEFORE_DATE}\s+"
                         r"(?:(?i:den|d\.)\s+)?"
                         rf"(?P<date>(?i:{DATE_ANY.pattern})){ITEM_NUMBER_AFTER}"
                         # a colon, or (no colon) an outcome right after it ('… budget. Byrådet den 20. marts 2024
                         # Godkendt.'), or the sentence naming who was absent for it, which a decision opens on ('…
                         # Godkendt. Udvalg for Økonomi, 07.05.2007 Kurt Petersen var fraværende. Anbefales.')
                         rf"(?:\s*:|(?=\s+{OUTCOME_WORDS}\b)|(?=\s+{ABSENT_SENTENCE.pattern}))")


def dated_body_cut(m: re.Match[str]) -> str:
    """The treatment's line on a line of its own, where the words before the date are a body's name: the item
    reader takes it for the body and date of the decision below it, as on a page that kept its lines."""
    head = m.group(0) if m.group(0).rstrip().endswith(":") else f"{m.group(0).rstrip()}:"  # as the head's colon
    body = m.group("body").strip().rstrip(",")
    label, _, rest = body.partition(" ")
    # a section's heading word run on before the body ('… Behandling Teknik- og Miljøudvalget den 5. marts 2024:
    # Anbefales.', the label over the treatments flattened onto their line; a lone 'Behandling' is left by the
    # run-in reader, as it opens sentences too): the heading a line of its own, then the treatment's. Why: the body
    # was read as 'Behandling Teknik- og Miljøudvalget'; no body's name starts with a heading of the lexicon
    if rest and is_heading(label) and not PLAIN_DECISION.match(label) and is_printed_body(rest):
        return f"\n{label}\n{head[head.index(rest):]}\n"
    return f"\n{head}\n" if is_printed_body(body) else m.group(0)


# A treatment's line with the item's number at that meeting, run in after anything ('… Åbent punkt Sundheds- og
# Omsorgsudvalget, 03-04-2014, pkt. 34 Godkendt.'): its date and number anchor it, the body's name is the longest
# run of words before them that names a body
_DATED_NUMBER = re.compile(rf",?\s+(?:(?i:den|d\.)\s+)?(?:{DATE_ANY.pattern}),\s*(?i:pkt|punkt)\.?\s*\d{{1,4}}\s*:?"
                           r"(?=\s+(?:-\s+)?[A-ZÆØÅ\d])", re.IGNORECASE)


# the item's open/closed status before the body ('… Carl Lund Åben Byrådet den 11. marts 2024, pkt. 12: Godkendt.'):
# the item's mark, printed over its treatment where lines were kept, never a word of a body's name; the body starts
# after it
_STATUS_IN = re.compile(rf"(?<!\S){STATUS_WORD}(?!\S)")


def dated_number_lines(text: str) -> str:
    """Each such treatment line on a line of its own, where the words before its date name a body."""
    out, pos = [], 0
    for m in _DATED_NUMBER.finditer(text):
        words = list(re.finditer(r"\S+", text[max(pos, m.start() - 100): m.start()]))
        base = max(pos, m.start() - 100)
        for k in range(max(0, len(words) - 8), len(words)):
            at = base + words[k].start()
            if text[at].isupper() and not _STATUS_IN.search(text, at, m.start()) \
                    and is_printed_body(text[at: m.start()].rstrip(",")):
                out += [text[pos:at], "\n", text[at: m.end()].strip(), "\n"]
                pos = m.end()
                break
    return "".join(out) + text[pos:]


# An earlier treatment in a flattened 'Sagsforløb': 'Udvalg: Magistraten Dato: 19-08-2025 Punktnummer: 4 <text>'
TREATMENT = re.compile(r"(?:(?<=\s)|^)Udvalg\s*:\s*(?P<body>[A-ZÆØÅ][^:]{1,80}?)\s+"
                        r"Dato\s*:\s*(?P<date>\d[\d.\-/]{5,9}\d)(?:\s+Punktnummer\s*:\s*(?P<num>\d{1,4}))?\s+")


def treatment_lines(m: re.Match[str]) -> str:
    num = f"Punktnummer: {m.group('num')}\n" if m.group("num") else ""
    return f"\nUdvalg: {m.group('body')}\nDato: {m.group('date')}\n{num}"


# a body's outcome stated after the text's last sentence ('… var fraværende. Økonomiudvalget anbefaler indstillingen.
# Jan Nymark … var fraværende. Beslutning …'): a paragraph of its own where lines were kept, which item_body reads as
# that body's decision (outcome_statements) only at a line's start
_STATED_AT = re.compile(r"(?<=[.!?]\s)(?=[A-ZÆØÅ])")


def stated_outcomes(text: str) -> str:
    """The text with each stated outcome after a sentence's end on a line of its own, where the words before its
    verb name a body, and one an excerpt cut off at the text's end."""
    cuts = []
    for m in _STATED_AT.finditer(text):
        end = text.find("\n", m.start())
        rest = text[m.start(): end if end >= 0 else len(text)]
        stated = STATED_OUTCOME.match(rest)
        # (at the text's end, also one an excerpt cut off: 'Økonomiudvalget an')
        if stated and is_body_name(stated.group("body")) or end < 0 and cut_outcome_statement(rest):
            cuts.append(m.start())
    for c in reversed(cuts):
        text = f"{text[:c]}\n{text[c:]}"
    return text
