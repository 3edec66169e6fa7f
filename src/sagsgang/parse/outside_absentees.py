"""Absentees an item prints outside its decision block, given to the item's own treatment.

Its head, a 'Fraværende' block, a line after its attachments, 'X deltog som stedfortræder for Y' in a note: the
item's own treatment is printed last, so they go to the last decision.
"""
from __future__ import annotations

from ..model import Decision, Section
from .headings import HISTORY_HEADING, PLAIN_DECISION, decision_body_date
from .item_absence import absent_outside_decisions
from .lines import Line
from .people import bare_name, replaced_people


def decision_section(heading: str) -> bool:
    """A section whose text is read into decision blocks ('Beslutning', 'Beslutning i X den D', 'Sagsforløb')."""
    return bool(PLAIN_DECISION.match(heading) or HISTORY_HEADING.match(heading) or decision_body_date(heading))


def add_replaced(decisions: list[Decision], intro: list[str], sections: list[Section]) -> None:
    """'Karl Berg (F) deltog som stedfortræder for Erik Holm (F)' printed in an item outside its decision block
    (a note after it, a block of its own): the one replaced missed the item's treatment at this meeting, whose
    decision is printed last (earlier bodies' treatments come first)."""
    if not decisions:
        return
    own = (s.text for s in sections if not decision_section(s.heading))
    decisions[-1].absent += replaced_people("\n".join([*intro, *own]), [n for d in decisions for n in d.absent])


def add_absent_outside(decisions: list[Decision], intro: list[str], sections: list[Section],
                        attach_lines: list[Line], decided: set[str]) -> list[Line]:
    """Absentees the item prints outside its decision block (its head, a 'Fraværende' block, after its
    attachments) go to the item's own treatment, printed last; returns the attachments' lines without the
    absence lines among them ('Bilag' / 'Notat.pdf' / 'Fraværende: Bo Jensen' names no attachment)."""
    own = [s for s in sections if not decision_section(s.heading)]
    # not the lines of a decision printed inside a section's text (dated decision lines below the case text), whose
    # absentees are that decision's
    lines = [*intro, *(t for s in own for t in s.text.split("\n") if t not in decided),
             *(ln.text for ln in attach_lines)]
    names, used = absent_outside_decisions(lines, [(s.heading, s.text) for s in own])
    if decisions:
        decisions[-1].absent = _with_parties(decisions[-1].absent, names)
    return [ln for ln in attach_lines if ln.text not in used]


def _with_parties(absent: list[str], more: list[str]) -> list[str]:
    """`absent` and the people of `more` it lacks; one it names without a party that `more` prints with one
    takes that form ('Bo Jensen', whom a substitute's sentence named, and 'Bo Jensen (A)' of the absence label):
    an entry is written as the absence's list prints it, party included (annotation rules), a sentence
    naming the same person shorter adds no one."""
    out = list(absent)
    for n in more:
        same = next((k for k, a in enumerate(out) if bare_name(a) == bare_name(n)), None)
        if same is None:
            out.append(n)
        elif out[same] == bare_name(n) != n:
            out[same] = n
    return out
