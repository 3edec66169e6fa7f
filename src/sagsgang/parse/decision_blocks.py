"""A decision being collected (Block) and the decisions its blocks make.

A block holds the body and date its heading named and the decision's lines; a table's cells or a treatment's line
before the text may fill in who decided and when. The blocks become the item's decisions, without what extraction
ran into their text (the next item's header, bilag file names, a reference to the item's own number).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Decision
from .bodies import is_body_name
from .body_date_lines import BODY_THEN_DATE, DATE_THEN_BODY, treatment_line
from .dashes import DASH_WORDS, SPACED_DASH
from .dates import DATE_ANY, parse_date
from .decision_absences import text_and_absent
from .headless_outcomes import OUTCOME_FIRST, is_record_word
from .lines import norm_space
from .people import absent_in_sentences, only_absence, only_substitutes, replaced_people

_NO_DECISION = {"", *DASH_WORDS, "ingen", "ingen beslutning", "."}
# a decision block holding a number alone ('Beslutning 5', 'Side 5'): an agenda's empty heading and the page's number
# after it, run together on a transcript's page line; no outcome is a bare number
_PAGE_NUMBER_ONLY = re.compile(r"(?i:side\s+)?\d{1,4}(?:\s+af\s+\d{1,4})?")


@dataclass
class Block:
    """A decision being collected."""

    committee: str | None
    date: str | None
    lines: list[str] = field(default_factory=list)
    history: bool = False


def who_or_when(block: Block, t: str) -> bool:
    """A line before a decision's text that says who decided or when, as a table's cells print them
    ('Økonomiudvalget', '12-03-2024', '12-03-2024 Økonomiudvalget') or as a treatment's line does
    ('Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115'): taken into the decision's block where the
    heading left it open."""
    treatment = treatment_line(t) if block.committee is None else None
    if treatment:
        block.committee, block.date = treatment
        return True
    m = DATE_THEN_BODY.match(t) or BODY_THEN_DATE.match(t)
    body, date = (m.group("body").strip(), m.group("date")) if m else (t.strip(), None)
    if m is None and DATE_ANY.fullmatch(body):
        body, date = "", body
    if body and (block.committee is not None or body.endswith(".") or OUTCOME_FIRST.match(body)
                 or not is_body_name(body)):
        return False  # ('Oversendt til Byrådet.' is the decision)
    if date and (block.date is not None or parse_date(date) is None):
        return False
    if not body and not date:
        return False
    block.committee = body or block.committee
    block.date = parse_date(date) if date else block.date
    return True


# the last words of a text after its last sentence's full stop
_AFTER_LAST_STOP = re.compile(r"(?<=[.!?])\s+(?P<rest>[A-ZÆØÅ][^.!?:]*)$")


def _without_trailing_body(text: str) -> str:
    """'… ca. 25%. Kultur og Fritidsudvalget': a body's name alone after the decision's last sentence is the label of
    what a flattened page prints next (the body a proposal goes to, the next treatment's head), run on; an outcome
    is a sentence and does not end in a bare name."""
    m = _AFTER_LAST_STOP.search(text)
    return text[: m.start()] if m and is_body_name(m.group("rest").strip()) else text


def decisions_of_blocks(blocks: list[Block]) -> list[Decision]:
    out: list[Decision] = []
    for b in blocks:
        text_lines, absent = text_and_absent(b.lines)
        # 'Godkendt.' / '' / 'Referat' / (the next item's 'Sagsfremstilling'): a record's label left alone at the
        # decision's end is the label a site prints over the next item's record (its tab, a page's running head),
        # not a word of this outcome, which never ends in a label
        while text_lines and is_record_word(text_lines[-1]):
            text_lines = text_lines[:-1]
        text = norm_space(" ".join(text_lines))
        text = _without_trailing_body(text)
        # each line a sentence of its own for the test: a substitute's line above the outcome ('Stedfortræder: Finn
        # Dahl (V)' / 'Anbefales.') is not one sentence with it, so the block has an outcome
        lined = "\n".join(t for t in text_lines if t.strip())
        if text.casefold() in _NO_DECISION or _PAGE_NUMBER_ONLY.fullmatch(text) \
                or absent and only_substitutes(lined) or only_absence(lined):
            continue  # no outcome: only who was away and who came instead (annotation rules: no decision)
        for n in absent_in_sentences(text):
            if n not in absent:
                absent.append(n)
        absent += replaced_people(text, absent)  # 'Y deltog som stedfortræder for X': X was away
        out.append(Decision(committee=b.committee, date=b.date, text=text, absent=absent))
    return out


# file names printed after a decision: the item's bilag ('Notat_om_busbestilling_2020.pdf'), not its text
_FILE_NAMES = re.compile(r"(?:\s+-)?(?:\s+\S+\.(?:pdf|docx?|xlsx?|pptx?|msg|jpe?g|png))+\s*$", re.IGNORECASE)


def _own_point_ref(number: str) -> re.Pattern:
    """'Punkt 3' / 'Pkt. 3' (the item's own number) leading a decision, alone or before a capitalised outcome
    ('Udvalgets beslutning den 04.12.2012' / 'Punkt 3' / 'Taget til efterretning'): some systems print the item's
    number again under each decision heading, as a reference, not as part of what was decided. Why safe: only
    the item's OWN number, and only before a capital, the end, or the start of a list the decision is ('Punkt 3'
    / '1. Godkendt 2. Anbefales', '- Godkendt', both on one line where the page lost its lines), so a sentence
    about a point ('Punkt 3 blev udsat.') stays whole."""
    return re.compile(rf"^(?:Punkt|Pkt\.)\s*{re.escape(number)}\.?(?:\s+(?=[A-ZÆØÅ]|[{SPACED_DASH}•]\s|\d+\.)|$)")


def tidy_decisions(decisions: list[Decision], number: str | None) -> list[Decision]:
    """Decisions without what extraction ran into their text: the next item's header ('Godkendt.
    4 437. Kommuneplantillæg …': page number, the next number, its title), bilag file names and a leading
    reference to the item's own number (_own_point_ref);
    the same treatment printed twice once."""
    nxt = str(int(number) + 1) if number and number.isdecimal() else None
    out: list[Decision] = []
    for d in decisions:
        text = d.text
        if nxt and not text.startswith(f"{number}."):  # '1. Godkendt. 2. Godkendt.': its own points, no header
            m = re.search(rf"\s(?:\d{{1,3}}\s+)?{nxt}\.\s+[A-ZÆØÅ]", text)
            if m and m.start() > 0 and text[: m.start()].rstrip().endswith((".", "!", ":")):
                text = text[: m.start()].rstrip()
        text = _FILE_NAMES.sub("", text).strip()
        bare = _own_point_ref(number).sub("", text) if number else text
        if bare != text and not bare and not d.absent:
            continue  # the heading's reference and nothing under it: no outcome printed
        text = bare
        d = replace(d, text=text)
        if not any((o.committee, o.date, o.text) == (d.committee, d.date, d.text) for o in out):
            out.append(d)
    return out
