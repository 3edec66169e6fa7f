"""Decisions run into one line, split the way most pages print them.

'Beslutning: Godkendt.' as a heading and its text; 'Byrådet, 14.05.2007 Godkendt.' (also after 'Beslutning ') as the
body and date that decided, then the text; a two-column row read across; an absence label on a heading's line; a
section's heading run into its text ('Resume: Godkendelse af …') after a block break.
"""
from __future__ import annotations

import re

from .bodies import is_printed_body
from .dashes import DASH_BEFORE_DATE, SPACED_DASH
from .dates import DATE_ANY
from .headings import (
    ATTACHMENT_HEADING,
    BARE_OUTCOME,
    DASHED_DECISION,
    DECISION_WORD,
    OUTCOME_WORDS,
    PLAIN_DECISION,
    body_date_lead,
    dated_heading,
    decision_body_date,
    inline_decision,
    inline_route,
    is_heading,
)
from .headless_outcomes import RECORD_WORDS
from .lines import Line
from .people import ABSENCE_LABEL_WORD


def decisions_off_their_headings(lines: list[Line]) -> list[Line]:
    """Decisions run into one line, split the way most pages print them: 'Beslutning: Godkendt.' as a
    heading and its text; 'Byrådet, 14.05.2007 Godkendt.' (also after 'Beslutning ') as the body and
    date that decided, then the text."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        parts = _decision_parts(ln.text) if ln.text else None
        if not parts and (k == 0 or not lines[k - 1].text or _section_label_line(lines[k - 1].text)):
            parts = _run_in_label(ln.text)
        if parts:
            out += [Line(p, ln.offset + ln.text.index(p), p) for p in parts]
        else:
            out.append(ln)
    return out


# (the text opens on a capital, or on a date: a case history's first entry, 'Sagens forløb: 10-01-2022 Byrådet …')
_RUN_IN_LABEL = re.compile(rf"^(?P<label>[A-ZÆØÅ][\w ]{{2,40}}?):\s+(?P<text>(?:[A-ZÆØÅ]|(?:{DATE_ANY.pattern})\s).*)$")
# a line that opens on a label and its colon ('Beslutning: Godkendt.', 'Fraværende: Bo Jensen', 'Resume: …')
_LABEL_LINE = re.compile(r"^(?P<label>[A-ZÆØÅ][\w ]{1,40}?):\s+\S")


def _section_label_line(text: str) -> bool:
    """A section's heading run into its text, or a decision's absence label with its names ('Beslutning: Godkendt.',
    'Fraværende: Bo Jensen'): a page that sets no blank line between its blocks prints its run-in headings one a line
    under such lines, each line a block of its own, as a blank line would set it off. Not under a case's field line
    ('Sagsnr.: … Dok.nr.: …' / 'Kompetence: Udvalget'), where a label opens the item's fields, no section; prose
    wrapped onto a line opens on no label and colon."""
    m = _LABEL_LINE.match(text)
    return bool(m) and (is_heading(m.group("label")) or re.fullmatch(ABSENCE_LABEL_WORD, m.group("label"),
                                                                     re.IGNORECASE) is not None)
# a label that names a fact of the case rather than heads a text ('Sagen afgøres i: Erhvervsudvalget', the body that
# decides, printed under the case number): its value stays on its line, a field, no section's heading run into its
# text (annotation rules: the label heads a section only on a line of its own with its text below); alone (its value
# lost, a heading next) it heads. Read so here and in a flattened page (inline_body). Not 'Kompetence:', which pages
# also print as a heading with its text run on (with it, check sections fell 0.840 -> 0.838; without, 0.843)
FIELD_LABEL = re.compile(r"Sagen afgøres (?:i|af):", re.IGNORECASE)


def _run_in_label(t: str) -> list[str] | None:
    """'Resume: Godkendelse af …' opening a paragraph: a section's heading run into its text (bold labels in
    one flow, as 'Beslutning: Godkendt.' is read already). It holds because the label is a heading of the
    lexicon, stands first in a paragraph (after a block break) and is followed by a sentence of three words or
    more: a field label keeps one short value ('Sagsnr.: 24/1', 'Kompetence: KB'), and a heading word inside
    prose is neither first in its paragraph nor followed by a colon and a capital. Not 'Bilag: 1. …': a list
    of attachments run onto its label is read as such; nor 'Forventet behandling: Økonomiudvalget, Byrådet': a
    route's label with its bodies is the item's route field, no section."""
    m = _RUN_IN_LABEL.match(t)
    if not m or not is_heading(m.group("label")) or ATTACHMENT_HEADING.match(m.group("label")) \
            or len(m.group("text").split()) < 3 and not m.group("text").rstrip().endswith(".") \
            or inline_route(t) is not None \
            or FIELD_LABEL.fullmatch(m.group("label").rstrip() + ":"):
        return None
    return [m.group("label"), m.group("text")]


# an absence label printed on a decision heading's line: '… den 12-04-2023 Fraværende: X', '… (fraværende: X)',
# after a dash or a comma ('… den 12-03-2024 - Fraværende: X', 'X's beslutning den D, afbud: Y'): the separator
# belongs to neither the heading nor the names
_ABSENCE_ON_HEADING = re.compile(rf"(?:\s*,\s*|\s+[{SPACED_DASH}]\s+|\s+\(?|\s*\()(?={ABSENCE_LABEL_WORD}"
                                 rf"(?:\s+var)?\s*:)",
                                 re.IGNORECASE)


# a decision heading and its outcome as a two-column row read across ('Beslutning<TAB>Godkendt.', 'Beslutning |
# Godkendt.', the heading's cell and the outcome's cell of a table): the heading word, then an outcome printed alone
# (its word first, a full stop last). Why: the row has no colon, so the readers below leave it, and the decision was
# lost; a title or a sentence ('Beslutning om mødeplan', 'Beslutningen blev …') never starts with the bare heading
# word and an outcome's word
_COLUMN_DECISION = re.compile(rf"^(?P<head>{DECISION_WORD})(?:\s*\|\s*|\s+)"
                              rf"(?P<outcome>{OUTCOME_WORDS}\b.*)$")


def _column_decision(t: str) -> list[str] | None:
    """['Beslutning', 'Godkendt.'] of a two-column row 'Beslutning Godkendt.', else None. The outcome's cell may go on
    after the outcome's sentence ('Beslutning Godkendt. Bo Jensen (V) var fraværende.', '… Godkendt. Fraværende: Bo
    Jensen (V)'): what a decision prints after its outcome (before, the row was left whole and the decision lost)."""
    m = _COLUMN_DECISION.match(t)
    if m is None:
        return None
    outcome = m.group("outcome")
    more = _AFTER_FIRST_SENTENCE.search(outcome)
    if BARE_OUTCOME.match(outcome[: more.start()] if more else outcome):
        return [m.group("head"), outcome]
    return None


# where an outcome's first sentence ends and the cell goes on ('Godkendt. Bo Jensen …', 'Godkendt. Fraværende: …')
_AFTER_FIRST_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-ZÆØÅ])")


# a decision table's row read across: the body's cell (its meeting's date after its name) and the outcome's cell
# ('Teknik- og Miljøudvalget 05-03-2024<TAB>Anbefales.'; the reader keeps no tab). Why: with no colon the
# readers below leave the row, and each body's decision ran into the one above it. Safe: the first cell must be a
# body's name and a whole date, the second an outcome printed alone (its word first and capitalised, a full stop
# last): no sentence puts a capitalised outcome word right after a body's name and a date. (Not the undated row
# 'Byrådet<TAB>Godkendt.': split so, only the first row's body was read as its head.)
_BODY_ROW = re.compile(rf"^(?P<lead>(?P<body>[A-ZÆØÅ][^\t:]{{1,90}}?)(?:\s+(?:den|d\.)|{DASH_BEFORE_DATE})\s+"
                       rf"(?:{DATE_ANY.pattern}))"
                       rf"\s+(?P<outcome>{OUTCOME_WORDS}\b.*)$")


# the heading's word before the body in the row's first cell ('Beslutning ØU 12.03.2024 Godkendt.', 'Beslutning i ØU den
# 12. marts 2024 Godkendt.'): the body is read behind it, as a written-out name already was ('Beslutning
# Økonomiudvalget …' passed as one name, its last word a body's), where initials behind the word were no body's name
# and the decision was lost on a page that keeps its lines (a flattened page read it)
_HEADING_WORD = re.compile(rf"^{DECISION_WORD}(?:\s+i)?\s+(?=\S)")


def _first_sentence(text: str) -> str:
    """'Godkendt.' of 'Godkendt. Bo Jensen (V) var fraværende.': the outcome's cell may go on with a sentence of who was
    away or how the vote went; its first sentence is the outcome printed alone."""
    cut = re.search(r"\.\s+(?=[A-ZÆØÅ])", text)
    return text[: cut.start() + 1] if cut else text


def _body_row(t: str) -> list[str] | None:
    """['Teknik- og Miljøudvalget 05-03-2024', 'Anbefales.'] of a decision table's dated row, else None: the body's cell
    and the outcome's as two lines (treatment_heads then reads the first as the head of the second)."""
    m = _BODY_ROW.match(t)
    if m is None or not BARE_OUTCOME.match(_first_sentence(m.group("outcome"))) \
            or not is_printed_body(_HEADING_WORD.sub("", m.group("body").strip().rstrip(","))):
        return None
    return [m.group("lead"), m.group("outcome")]


# a date cell between a decision's heading and its outcome ('Beslutning: 12-03-2024 Godkendt.', the heading's, the
# date's and the outcome's cells run onto one line, as a flattened page prints 'Beslutning:' / '12-03-2024' /
# 'Godkendt.', which a flattened page's reader cuts after the heading): the date a line of its own, which who_or_when
# reads as the decision's date, as where the lines were kept (elsewhere the date line joins the text it left, the
# same text). Only a whole date and an outcome's capitalised word right after it: no decision's sentence starts so
_DATE_LEAD = re.compile(rf"^(?P<date>{DATE_ANY.pattern})\s+(?={OUTCOME_WORDS}\b)")


def _date_lead(text: str) -> tuple[str, str] | None:
    """('12-03-2024', 'Godkendt.') of a decision text that opens with its date cell, else None."""
    m = _DATE_LEAD.match(text)
    return (m.group("date"), text[m.end():]) if m else None


# the text run in behind a dated heading's date: maybe the heading's full stop, then a capital; not the meeting's hour
# after the date, part of the heading ('BESLUTNING I BYRÅDET DEN 12. MARTS 2024 KL. 16.00')
_TEXT_AFTER_DATE = re.compile(r"\.?\s+(?=[A-ZÆØÅ])(?!(?i:kl)\b)")


def _dated_head_run_in(t: str) -> list[str] | None:
    """['Beslutning i Økonomiudvalget den 12.03.2024', 'Forslaget blev vedtaget.'] of a dated decision heading with its
    text run onto its line, else None. Why: a page that runs the text onto the heading's line prints any text there,
    not only an outcome's word ('… den 12.03.2024 Godkendt.', which _body_row reads); the heading's line was read as
    the heading alone and its decision lost. It holds because the heading reader must read all of the line up to the
    date as a heading that names a body and prints a whole date (dated_heading: the decision's noun or a body's
    genitive first), and the text after it opens with a capital: a title or a sentence that names a decision goes on
    in lower case ('Beslutning i Byrådet den 12.03.2024 om …')."""
    if not t[:1].isupper():
        return None
    for m in DATE_ANY.finditer(t):
        after = _TEXT_AFTER_DATE.match(t, m.end())
        if after is None:
            continue
        head = t[: m.end()]
        found = dated_heading(head) and decision_body_date(head)
        if found and found[1]:
            return [head, t[after.end():]]
    return None


def _absence_on_plain(t: str, m: re.Match[str]) -> bool:
    """'Beslutning (Fraværende: X)', 'Beslutning, Fraværende: X', 'Beslutning - Afbud: X': a bare decision heading
    whose line goes on with an absence label behind a bracket, a comma or a spaced dash. What follows is a remark on
    the heading, never the decision's outcome: an outcome is printed after the heading, not inside a bracket on it,
    and no outcome opens with a comma or a dash before who was away."""
    closed = "(" not in m.group(0) or t.rstrip().endswith(")")  # a bracket's remark closes the line
    return bool(m.group(0).strip()) and closed and PLAIN_DECISION.match(t[: m.start()].strip()) is not None


# the record's label with its outcome behind a colon on one line ('Referat: Godkendt.', 'Protokol: Anbefales.'): the
# label over the outcome, as the page that prints it on a line of its own and the flattened page (inline_decisions.
# RECORD_RUN) are read; only with an outcome's word after the colon ('Behandling: ØU, KB' is a route's label)
_RECORD_THEN_OUTCOME = re.compile(rf"^({RECORD_WORDS})\s*:\s+(?={OUTCOME_WORDS}\b)", re.IGNORECASE)


def _decision_parts(t: str) -> list[str] | None:
    column = _column_decision(t) or _body_row(t) or _date_lead(t) or _dated_head_run_in(t)
    if column:
        return list(column)
    if ":" not in t and "," not in t and not DASHED_DECISION.match(t):
        return None  # (every reading below needs a colon, or the comma before a lead's date: most lines are prose)
    m = _ABSENCE_ON_HEADING.search(t)
    # the absence must follow a heading that names a body or a date, not an outcome ('Beslutning: Godkendt.')
    if m and (dated_heading(t[: m.start()]) and is_heading(t[: m.start()]) or _absence_on_plain(t, m)):
        rest = t[m.end():].strip()
        return [t[: m.start()], rest[:-1] if "(" in m.group(0) and rest.endswith(")") else rest]  # its bracket only
    split = inline_decision(t)
    if split:
        head, text = split
        return [head, *(body_date_lead(text) or _date_lead(text) or (text,))]
    record = _RECORD_THEN_OUTCOME.match(t)
    if record:
        return [record.group(1), t[record.end():]]
    word, _, rest = t.partition(" ")
    lead = body_date_lead(rest) if PLAIN_DECISION.match(word) else None
    if lead:
        return [word, *lead]
    lead = body_date_lead(t)
    return list(lead) if lead else None
