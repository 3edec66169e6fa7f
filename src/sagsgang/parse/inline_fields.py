"""A form's fields in a flattened body: a label left empty among others, a label cut off its value.

'Ejerforhold: Omkostningssted/PSP-element: …' (a field printed with its value left empty) is no run-in heading, and
'Kompetence:' / 'Økonomiudvalget' (a label cut off a value that is a fact of the case) is joined again, as the page
printed them on one line. These read a label and the text beside it only, so they stand alone.
"""
from __future__ import annotations

import re

from .bodies import route_from_text
from .headings import ATTACHMENT_HEADING, PLAIN_DECISION, is_heading
from .title_marks import OPEN_CLOSED_TAG

# a form's next label right behind a label's colon, with no value between them ('… Ejerforhold:
# Omkostningssted/PSP-element: …')
_NEXT_LABEL = re.compile(r"[ \t]*([A-ZÆØÅ][\w\-/]*(?:[ \t]+[\w\-/]+){0,3})[ \t]*:(?!\S)")
# the field before a label, with its value printed ('Dranst: 1 - Driftskonti 3 - Anlægskonti ' before 'Ejerforhold:')
_FILLED_FIELD = re.compile(r":[ \t]+[^:\s][^:\n]{0,80}$")


def empty_field(text: str, start: int, end: int, label: str) -> bool:
    """The label at text[start:end] is a form's field printed with its value left empty among fields that have
    theirs, run into a text ('Dranst: 1 - Driftskonti Ejerforhold: Omkostningssted/PSP-element: Ib Holm'): a field
    with its value before it, and another label, no heading, right behind its colon. A heading run in has its text
    behind it, not a field's label, so this is no section (annotation rules: a label heads a section on a line of
    its own with its text below). Not a row of headings all left empty ('Sagsfremstilling: Administrationens
    vurdering: Handicappolitik: …', no value before any), nor a decision's or the bilag's label, whose value may open
    on a label ('Beslutning: Fraværende: …')."""
    m = _NEXT_LABEL.match(text, end)
    return bool(m) and not _heads_own_text(label) and not is_heading(m.group(1)) \
        and bool(_FILLED_FIELD.search(text, max(0, start - 90), start))


def fields_joined(texts: list[str]) -> list[str]:
    """The texts with each label that was cut off its value ('Kompetence:' / 'Økonomiudvalget') joined to it
    again where the value is a fact of the case (_names_bodies), as the page printed them on one line."""
    out: list[str] = []
    for t in texts:
        if out and out[-1].endswith(":") and is_heading(out[-1]) and not _heads_own_text(out[-1]) \
                and not is_heading(t) and _names_bodies(t):
            out[-1] = f"{out[-1]} {t}"
        elif t:
            out.append(t)
    return out


def _heads_own_text(label: str) -> bool:
    """'Beslutning:', 'Bilag:': a label whose value is the decision or the bilag, never a field."""
    return bool(PLAIN_DECISION.match(label) or ATTACHMENT_HEADING.match(label))


def _names_bodies(after: str) -> bool:
    """The text after a label's colon is a fact of the case, not a text the label heads: a body's name or a
    list of bodies ('Kompetence: Økonomiudvalget', 'Kompetence: BY Åben sag …'), or nothing before the item's
    open/closed status ('Kompetence: Åben sag …'). A label with its value on its line is a field, no section
    (annotation rules), as where the page kept its lines."""
    status = OPEN_CLOSED_TAG.search(after)
    value = (after[: status.start()] if status else after).strip()
    if not value:
        return status is not None
    return route_from_text(value) is not None
