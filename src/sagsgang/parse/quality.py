"""How much of a document the parse explains: the share of its text that went into no field,
and a confidence for the reading as a whole.

Nothing is silently half-read: `parse` warns on stderr and `ingest` counts the documents whose
share is high or that have no item, so a user knows which pages to check by hand (and search
still finds every word of them: the store indexes the whole text, not only the fields).
"""
from __future__ import annotations

import re

from ..model import Document

UNREAD_WARNING = 0.6  # above this share of unexplained text, a parse is reported as partial
_WORD = re.compile(r"\w+")


def _field_texts(doc: Document) -> list[str]:
    out: list[str] = []
    m = doc.meeting
    if m:
        out += [m.committee or "", m.date or "", m.start_time or "", m.location or "", *m.participants, *m.absent]
    for it in doc.items:
        out += [it.title or "", it.number or "", it.intro, *it.case_numbers, *it.route]
        out += [s.heading + " " + s.text for s in it.sections]
        out += [d.text + " " + (d.committee or "") for d in it.decisions]
        out += [a.title for a in it.attachments]
    return out


def unread_share(doc: Document, text: str) -> float:
    """Share of the text's words (by count, each word once per occurrence) found in no field."""
    words = _WORD.findall(text.casefold())
    if not words:
        return 0.0
    used: dict[str, int] = {}
    for t in _field_texts(doc):
        for w in _WORD.findall(t.casefold()):
            used[w] = used.get(w, 0) + 1
    unread = 0
    for w in words:
        if used.get(w, 0) > 0:
            used[w] -= 1
        else:
            unread += 1
    return round(unread / len(words), 3)


def confidence(doc: Document, unread: float) -> float:
    """0..1: how sure the reading is. Items found, their numbers in order and little unexplained
    text raise it; a meeting page with no item, or items without titles, lower it."""
    score = 1.0 - unread
    if not doc.items:
        score *= 0.3
    else:
        titled = sum(1 for it in doc.items if it.title) / len(doc.items)
        score *= 0.5 + 0.5 * titled
        nums = [int(it.number) for it in doc.items if it.number and it.number.isdigit()]
        if len(nums) >= 2 and any(b <= a for a, b in zip(nums, nums[1:], strict=False)):
            score *= 0.8
    return round(max(0.0, min(1.0, score)), 3)


def assess(doc: Document, text: str) -> None:
    """Set the document's `unread_share` and `confidence`."""
    doc.unread_share = unread_share(doc, text)
    doc.confidence = confidence(doc, doc.unread_share)


def warning(doc: Document) -> str | None:
    """A one-line note for stderr when the parse is partial, else None."""
    share = f"{doc.unread_share or 0:.0%} of the text is in no field (confidence {doc.confidence or 0:.2f})"
    if not doc.items:
        return f"no agenda item found; {share}; ingest still indexes every word of it"
    if (doc.unread_share or 0) > UNREAD_WARNING:
        return f"partly read: {share}; ingest still indexes every word of it"
    return None
