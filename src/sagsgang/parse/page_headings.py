"""Section headings known from a document's own structure, not from the lexicon (headings.py).

An unseen publisher prints headings the lexicon does not hold ('Sagsoplysninger', 'Faglige
overvejelses'). Adding the words one meets is enumeration and does not carry over to the next
publisher; what does is the page's own evidence: a short standalone line that heads a block in two
or more items is a section label (sub-headings of a case's prose rarely repeat item after item).
The lines found are handed to item_body.parse_item as `marked_headings`.
"""
from __future__ import annotations

import re

from .headings import OUTCOME_WORDS, PLAIN_DECISION, decision_body_date, is_heading
from .item_starts import ItemStart, next_text_index
from .lines import Line

_HEADING_LIKE = re.compile(r"^[A-ZÆØÅ][\w\-–,/ ]{2,48}:?$")
# Repeated lines that are no headings: outcomes ('Indstillingen godkendt', 'Taget til efterretning') and
# the lead of a proposal ('Center for Ejendomme indstiller, at').
_NO_HEADING = re.compile(r"^(?:(?:Indstillingen|Forslaget|Sagen|Punktet|Dagsordenen)\s+)?" + OUTCOME_WORDS + r"\b"
                         r"|\bat:?$|\bindstiller\b", re.IGNORECASE)


def repeated_headings(lines: list[Line], starts: list[ItemStart]) -> frozenset[str]:
    """Short lines that head a block in two or more items' bodies: a publisher's own section headings,
    known by their repetition even where the lexicon does not know them (without a trailing ':')."""
    seen: dict[str, set[int]] = {}
    for k, s in enumerate(starts):
        end = starts[k + 1].index if k + 1 < len(starts) else len(lines)
        body = lines[s.index + s.consumed: end]
        for j, ln in enumerate(body[:-1]):
            if _heads_block(body, j):
                seen.setdefault(ln.text.rstrip(":"), set()).add(k)
    return frozenset(t for t, items in seen.items() if len(items) >= 2)


def _heads_block(body: list[Line], j: int) -> bool:
    """Line `j` of an item's body has a heading's shape (a few words, a capital, no full stop) and heads a
    block: a paragraph (40+ characters) or a sentence however short ('Ingen bemærkninger.'). Not a line
    right above a known heading ('Åbent', 'Beslutningssag': a metadata cell's value), nor the first line
    under a decision heading (its text)."""
    t = body[j].text
    if not t or not _HEADING_LIKE.match(t) or len(t.split()) > 5 or t.endswith(".") or _NO_HEADING.search(t):
        return False
    before = body[j - 1].text if j and body[j - 1].text else (body[j - 2].text if j > 1 else "")
    if before and is_heading(before) and decision_body_date(before) is not None or PLAIN_DECISION.match(before):
        return False  # the first line under a decision heading is its text ('Indstillingen godkendt')
    k = next_text_index(body, j + 1)
    if k >= len(body):
        return False
    nxt = body[k].text
    return len(nxt) >= 40 or nxt.rstrip().endswith(".")
