"""The meeting's facts where its head gives none: above the first body, or from the items' decisions.

A flattened PDF page prints the meeting's label facts on the page where the first item's body begins; a page of
several items without a meeting header whose items were each decided last by one body on one date states that
meeting clearly there (annotation rules: 'meeting').
"""
from __future__ import annotations

import re

from ..model import AgendaItem, Meeting
from .item_list import joined_text
from .item_start_base import ItemStart
from .lines import Line, prepare
from .meeting import meeting_facts
from .page_heads import facts_text

# how many page lines past the contents list the first item's header is looked for: a page of facts, maybe a cover's
# second page, stands between them; past that the text is no head's
_FACT_PAGE_LINES = 3


def facts_above_first_body(lines: list[Line], starts: list[ItemStart], meeting: Meeting | None) -> Meeting | None:
    """A flattened PDF page prints the meeting's label facts on the page where the first item's body
    begins, before it ('3 AALBORG BYRÅD Tid … Fraværende Stine Sørensen Til stede Bente Graversen, …
    Åben Punkt 1. Budgetprocedure …'), or on a page line of their own between the contents list and that page:
    read them there when the header before the list had none. Only text before the first item's header counts (an
    item's text may print a 'Sted:' of its own), and only two labelled facts or more (a block of the meeting's
    labels, not a word of a sentence)."""
    first = next((s for s in starts if s.number and s.title), None)
    if first is None:
        return meeting
    # the header by its number and title's first word, or by the title's first three words alone (a page that prints
    # its items' headers without the numbers its contents list gives them)
    title = r"\s+".join(map(re.escape, first.title.split()[:3]))
    head = re.compile(r"(?:(?:Åben|Åbent|Lukket)\s+)?(?:(?:Punkt|Pkt\.?)\s+)?"
                      rf"(?:(?<![\w.]){re.escape(first.number)}\.\s+{re.escape(first.title.split()[0])}|{title})")
    after = max(s.index + s.consumed for s in starts)
    above: list[int] = []  # the page lines before the header's
    for k in range(after, len(lines)):
        m = head.search(lines[k].text) if lines[k].text else None
        if m:
            facts, labelled = meeting_facts(prepare(facts_text(*joined_text(lines), [*above, k], m.start())))
            return _with_facts(meeting, facts) if labelled >= 2 else meeting
        if lines[k].text:
            above.append(k)
        if len(above) >= _FACT_PAGE_LINES:
            break
    return meeting


def _with_facts(meeting: Meeting | None, facts: Meeting) -> Meeting:
    if meeting is None:
        return facts
    meeting.participants = meeting.participants or facts.participants
    meeting.absent = meeting.absent or facts.absent
    meeting.location = meeting.location or facts.location
    return meeting


def dated_by_decisions(meeting: Meeting | None, decided: Meeting | None) -> Meeting | None:
    """The meeting the head gives, or the decisions' where it gives none; a head that names the body alone
    ('Byrådet' above the items, a breadcrumb's last step) takes the one date the same body decided every item on
    (meeting_of_decisions): the page states that meeting as clearly as a page without a head."""
    if meeting is None or decided is None:
        return meeting or decided
    if decided.committee == meeting.committee:
        meeting.date = decided.date
    return meeting


def meeting_of_decisions(items: list[AgendaItem]) -> Meeting | None:
    """A page of several items without a meeting header whose items were each decided last by one body on
    one date ('Beslutning i Byrådet 9. oktober 2018:' under every item): the text states the meeting
    clearly there, so its body and date are the meeting's (annotation rules: 'meeting')."""
    last = [max((d for d in it.decisions if d.committee and d.date), key=lambda d: d.date, default=None)
            for it in items]
    seen = {(d.committee, d.date) for d in last if d is not None}
    if len(seen) == 1 and sum(d is not None for d in last) >= 2:
        committee, date = seen.pop()
        return Meeting(committee=committee, date=date)
    return None
