"""Unknown headings of a page that keeps its lines, each printed once: by form, slot and run.

- form: where the page's known headings share a distinct form (a trailing ':', capitals), a label in that form
  and frame is one of them (shaped_headings, form_mates);
- slot: the label that opens an item's case text, below its head and above a known heading (opening_heading);
- run: two or more labels between a finished sentence and prose, in a case text that prints no known heading
  (run_headings).
Repetition is repeated_headings'; a flattened page's run-in labels are flat_run_labels' and caps_labels'.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .body_date_lines import treatment_head
from .headings import (
    HEADING,
    PLAIN_DECISION,
    ROUTE_LABEL,
    decision_body_date,
    is_heading,
)
from .item_start_base import ItemStart
from .label_shapes import LABEL_SHAPE, PROSE, case_heading, label_between
from .lines import Line

_RUN = 2  # the labels that make a run: two sections of a text headed alike


def run_headings(lines: list[Line], starts: list[ItemStart]) -> frozenset[str]:
    """Labels that structure a case text the lexicon knows no heading of: where an item's body prints no known
    case-text heading but two or more labels of a few words, each between a finished sentence and prose
    ('Sagsoplysninger' / 'Kommunen har modtaget …' / 'Begrundelse' / …), the run of them is the text's
    headings: an unseen publisher heads its text with words of its own, and an excerpt cut after its second
    section shows two of them only. With a known heading in the body they are left alone: there they may be its
    prose's sub-headings, which the contract does not count. One label alone is no run."""
    found: set[str] = set()
    for k, s in enumerate(starts):
        end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        found |= body_run_headings(lines[s.index + s.consumed: end])
    return frozenset(found)


def body_run_headings(body: list[Line]) -> frozenset[str]:
    """run_headings for one item's body (a page of a single case)."""
    if any(ln.text and HEADING.match(ln.text) and not PLAIN_DECISION.match(ln.text)
           and decision_body_date(ln.text) is None for ln in body):
        return frozenset()
    prose = next((i for i, ln in enumerate(body) if len(ln.text) >= PROSE), len(body))
    # (the first label may follow the head's short metadata lines, 'Sag 306-2009-142584', as opening_heading's)
    labels = [ln.text for i, ln in enumerate(body) if ln.text and label_between(body, i, after_head=i < prose)]
    return frozenset(t.rstrip(":") for t in labels) if len(labels) >= _RUN else frozenset()


def _form(t: str) -> tuple[bool, bool]:
    """(ends with ':', printed in capitals): the form a publisher gives its headings."""
    return t.endswith(":"), t.rstrip(":").isupper()


def _frame(lines: list[Line], i: int) -> tuple[bool, bool]:
    """(a blank line above, a blank line below) line `i`."""
    return i > 0 and not lines[i - 1].text, i + 1 < len(lines) and not lines[i + 1].text


def shaped_headings(lines: list[Line]) -> frozenset[str]:
    """Unknown lines printed in the distinct form the document gives its known headings: when its case-text
    headings (three in four of them) end with ':' or are in capitals ('SAGSFREMSTILLING', 'ØKONOMI:'), a
    label of a few words in that same form and frame (blank lines around it), between a finished paragraph
    and prose, is a heading of the document too (without a trailing ':'). Not for plain headings: a case's
    prose prints its sub-headings in that form ('Den videre proces'), which the contract does not count."""
    known = [i for i, ln in enumerate(lines)
             if ln.text and HEADING.match(ln.text) and not PLAIN_DECISION.match(ln.text)]
    form, frame = _most(_form(lines[i].text) for i in known), _most(_frame(lines, i) for i in known)
    if form is None or frame is None or form == (False, False):
        return frozenset()
    found = set()
    for i, ln in enumerate(lines):
        if _form(ln.text) == form and _frame(lines, i) == frame and label_between(lines, i):
            found.add(ln.text.rstrip(":"))
    return frozenset(found)


def _most(values: Iterable[tuple[bool, bool]]) -> tuple[bool, bool] | None:
    """The value that two or more and at least three in four of `values` share (a stray 'Bilag' printed plain
    among 'ØKONOMI', 'INDSTILLING' does not hide the page's form), else None."""
    counts = Counter(values)
    if not counts:
        return None
    value, n = counts.most_common(1)[0]
    return value if n >= 2 and 4 * n >= 3 * sum(counts.values()) else None


def opening_heading(body: list[Line]) -> str | None:
    """The label that opens an item's case text when the lexicon does not know it: the first label of a few
    words below the item's head (its short metadata lines), with prose below it and a known heading further
    on ('Sagsoplysninger' / 'Kommunen har modtaget …' / … / 'Indstilling'). A case's text starts with its
    first section, not a sub-heading; without a known heading below, the line may be the title's rest."""
    field_value = False
    for i, ln in enumerate(body):
        t = ln.text
        if not t:
            continue
        if field_value:  # the route's bodies under its label ('Sagsgang' / 'AU/BUU/VPU, ØK, KB'): the head goes on
            field_value = False
            continue
        if ROUTE_LABEL.match(t):
            field_value = True
            continue
        if is_heading(t) or len(t) >= PROSE:
            return None  # a known heading or prose comes first: the text is opened already
        if LABEL_SHAPE.match(t) and label_between(body, i, after_head=True):
            rest = body[i + 1:]
            return t.rstrip(":") if any(x.text and HEADING.match(x.text) for x in rest) else None
    return None


def holds_case_text(block: list[Line]) -> bool:
    """The block holds a case's text: a known heading, or a label of a few words heading prose (an unseen
    publisher's heading: 'Sagsoplysninger' / 'Kommunen har modtaget …'), as the block under an item's header
    does and a list's rows or a history's entries do not."""
    return any(is_heading(ln.text) or treatment_head(ln.text) or ln.text and label_between(block, i, after_head=True)
               for i, ln in enumerate(block))


def label_after_sentence(lines: list[Line], i: int) -> bool:
    """Line `i` is a label of a few words that no other reading claims, between a finished sentence and prose
    ('Taget til efterretning.' / 'Anbefaling' / 'Der er indgået budgetforlig …'): a heading the lexicon does
    not know, which ends the text above it (a decision's)."""
    return bool(lines[i].text) and label_between(lines, i)


def form_mates(body: list[Line], found: frozenset[str]) -> frozenset[str]:
    """Labels printed in the distinct form of the headings found in an item's body already (its known case-text
    headings, its opening label, the page's repeated labels): where every one of those is in capitals
    ('REDEGØRELSE') or ends with ':' ('Redegørelse:'), another label in that form between a finished sentence and
    prose is a heading of the same text ('SAGSOPLYSNINGER', 'Sagsoplysninger:'). A case's prose rarely prints its
    sub-headings in the form its headings are printed in; a plain form tells nothing, and is left alone."""
    forms = {_form(ln.text) for ln in body
             if ln.text and (ln.text.rstrip(":").rstrip() in found or case_heading(ln.text))}
    if len(forms) != 1 or forms == {(False, False)}:
        return frozenset()
    (form,) = forms
    return frozenset(ln.text.rstrip(":").rstrip() for i, ln in enumerate(body)
                     if ln.text and _form(ln.text) == form and label_between(body, i))
