"""Section headings a lined page repeats item after item, known by their repetition where the lexicon does not
know them.

A short standalone line that heads a block in two or more items is the publisher's section label: sub-headings of
a case's prose rarely repeat item after item, and a table's cells, which do repeat, head no block.
"""
from __future__ import annotations

import re
from collections import Counter

from .bodies import is_body_name
from .dashes import SPACED_DASH
from .dates import DATE_ANY
from .headings import (
    PLAIN_DECISION,
    decision_body_date,
    is_heading,
    is_lexicon_heading,
)
from .item_start_base import ItemStart, next_text_index
from .label_shapes import LABEL_SHAPE, NO_HEADING, STATUS_LINE, repeatable_label
from .lines import Line
from .people import ABSENT_LABEL

_HEADING_LIKE = re.compile(rf"^[A-ZÆØÅ][\w{SPACED_DASH},/ ]{{2,48}}:?$")

_LIST_ENTRY = re.compile(r"^(?:[-•·–]\s|\d{1,2}[.)]\s)")  # '- Model A', '• Hans Pedersen', '1) Fælles visitation'


def repeated_headings(lines: list[Line], starts: list[ItemStart]) -> frozenset[str]:
    """Short lines that head a block in two or more items' bodies: a publisher's own section headings,
    known by their repetition even where the lexicon does not know them (without a trailing ':'). Also a
    label that heads a block in one item and stands in a heading's place in another (repeated_in_sequence)."""
    bodies = [lines[s.index + s.consumed: starts[k + 1].index if k + 1 < len(starts) else len(lines)]
              for k, s in enumerate(starts)]
    seen: dict[str, set[int]] = {}
    blocks: set[tuple[int, int]] = set()  # (item, line) of each line that heads a block
    for k, body in enumerate(bodies):
        for j, ln in enumerate(body[:-1]):
            if heads_block(body, j):
                seen.setdefault(ln.text.rstrip(":"), set()).add(k)
                blocks.add((k, j))
    found = frozenset(t for t, items in seen.items() if len(items) >= 2)
    return found | repeated_in_sequence(bodies, seen, found, blocks)


def repeated_in_sequence(bodies: list[list[Line]], heads: dict[str, set[int]], found: frozenset[str],
                         blocks: set[tuple[int, int]]) -> frozenset[str]:
    """Labels a page prints alone on a line in two or more items' bodies, heading a block in one of them
    (`heads`: the items where each does; `blocks`: the lines that do) or stacked above another of the page's
    labels (a heading left empty, as a publisher's template prints every heading of its items), and elsewhere
    standing where a heading stands: above a text of a few words ('Orientering fra direktøren'), in the same
    order against the known headings in every item. An item's body repeats its publisher's sequence of headings;
    a sub-heading of one case's prose is not printed again in the next case in its place, and a table's cells,
    which also repeat, head no block in any item (their value is one token: a date, a status, a name)."""
    texts = [[ln.text.rstrip(":").rstrip() for ln in body] for body in bodies]
    # (only a line printed in two bodies or more can be one; asked first, as the rest is the costly part)
    twice = Counter(t for body in texts for t in set(body) if t and LABEL_SHAPE.match(t))
    label_like: dict[str, bool] = {}  # (repeatable_label of each line's words, asked once a page)
    spots = []  # (body, its label line, the next text line, in place already without the page's labels)
    for k, body in enumerate(bodies):
        for j in range(len(body) - 1):
            t = texts[k][j]
            if twice[t] < 2 or body[j].text.endswith("."):
                continue
            if t not in label_like:
                label_like[t] = repeatable_label(body[j].text)
            if label_like[t] and (spot := _spot(body, j, (k, j) in blocks)) is not None:
                spots.append((k, t, *spot))
    firsts = [_first_known(body) for body in texts]
    new: set[str] = set()
    for _ in range(2):  # a second look: a label stacked above one found ('Resumé' / 'Baggrund' / prose)
        strong: dict[str, set[int]] = {t: set(items) for t, items in heads.items()}
        places: dict[str, set[int]] = {}
        labels = found | new
        for k, t, nxt, in_place in spots:
            above = nxt.rstrip(":").rstrip() in labels and not is_lexicon_heading(nxt)
            if above or in_place:
                places.setdefault(t, set()).add(k)
            if above:  # (above a known heading it may be a metadata cell's value: 'Beslutningssag' / 'Indstilling')
                strong.setdefault(t, set()).add(k)
        new |= {t for t, items in places.items() if t not in found and strong.get(t)
                and len(items | strong[t]) >= 2 and _in_order(t, texts, firsts)}
    return frozenset(new)


_FEW_WORDS = 2  # a text under a heading has two words or more; a table cell's value is one token


def _spot(body: list[Line], j: int, block: bool) -> tuple[str, bool] | None:
    """(the next text line, whether line `j` heads a block or a text of a few words) for a label line `j` of an
    item's body, or None where the line is a decision's text or the names under an absence label
    (repeated_in_sequence)."""
    before = body[j - 1].text if j and body[j - 1].text else (body[j - 2].text if j > 1 else "")
    if before and (decision_body_date(before) is not None or PLAIN_DECISION.match(before)
                   or ABSENT_LABEL.match(before)):
        return None
    k = next_text_index(body, j + 1)
    nxt = body[k].text.strip() if k < len(body) else ""
    if block:  # (it heads a block: heads_block, asked by the caller)
        return nxt, True
    few = len(nxt.split()) >= _FEW_WORDS and not nxt.endswith(":") and not is_heading(nxt) \
        and not DATE_ANY.search(nxt) and not STATUS_LINE.match(nxt) and not is_body_name(nxt)
    return nxt, few


def _first_known(texts: list[str]) -> dict[str, int]:
    """Each known heading of an item's lines -> where it is first printed."""
    out: dict[str, int] = {}
    for i, t in enumerate(texts):
        if t and is_lexicon_heading(t):
            out.setdefault(t.casefold(), i)
    return out


def _in_order(label: str, texts: list[list[str]], firsts: list[dict[str, int]]) -> bool:
    """Every known heading printed in two items with `label` (`firsts`: where each item first prints each) stands
    on the same side of it in both: the page's sequence of headings, which a heading keeps and a line that recurs by
    chance does not."""
    side: dict[str, bool] = {}
    for body, known in zip(texts, firsts, strict=True):
        if label not in body:
            continue
        at = body.index(label)
        for t, i in known.items():
            if side.setdefault(t, i < at) != (i < at):
                return False
    return True


def heads_block(body: list[Line], j: int) -> bool:
    """Line `j` of an item's body has a heading's shape (a few words, a capital, no full stop) and heads a
    block: a paragraph (40+ characters), a sentence however short ('Ingen bemærkninger.') or a list ('- Model A',
    '1) Fælles visitation', '• Hans Pedersen'). Not a line right above a known heading ('Åbent', 'Beslutningssag':
    a metadata cell's value), nor the first line under a decision heading (its text)."""
    t = body[j].text
    if not t or not _HEADING_LIKE.match(t) or len(t.split()) > 5 or t.endswith(".") or NO_HEADING.search(t):
        return False
    before = body[j - 1].text if j and body[j - 1].text else (body[j - 2].text if j > 1 else "")
    if before and is_heading(before) and decision_body_date(before) is not None or PLAIN_DECISION.match(before):
        return False  # the first line under a decision heading is its text ('Indstillingen godkendt')
    if before and (m := ABSENT_LABEL.match(before)) and not m.group("rest").strip():
        # the line under an absence label alone ('Fraværende:' / 'Bo Jensen'): the label's value, the names of who
        # was away (annotation rules), however often the same member is away item after item
        return False
    k = next_text_index(body, j + 1)
    if k >= len(body):
        return False
    nxt = body[k].text
    return len(nxt) >= 40 or nxt.rstrip().endswith(".") or bool(_LIST_ENTRY.match(nxt)) and not DATE_ANY.match(nxt)
