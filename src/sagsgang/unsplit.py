"""Text the parser did not place in an item, kept as document-level units so every word is findable.

Why: the parser finds items by printed cues; a page whose items it did not find, a meeting header,
a trailing section or a line an item body lost would otherwise be stored but never searchable, and
the user would not be told. Completeness is made independent of the parser here: every line of
the read text that holds a word not already in some item's searchable text (title, number, case
numbers, body, decisions, public attachments, meeting facts) becomes part of a unit, and the
unit's words that no item holds are indexed (each word once per document, never twice). A unit knows
its page and the nearest heading above it, so a hit can point into the document.

Closed items (lukket punkt) publish title and number only, so their text must never reach a unit.
A closed item's span runs from each line that starts it (its title at the start of a line, after
its printed number when it has one) to the next line that starts another item. When a closed item
cannot be found in the text at all, its span is unknown: then only the text before the first item
found is used (nothing, when no item is found). Unit text is CPR-masked where it enters the store,
like every other text (privacy.mask_document).
"""
from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .model import AgendaItem, Document, TextUnit

if TYPE_CHECKING:  # the readers themselves are the ingest's to import, not search's (which imports this module)
    from .read import ReadResult

_WORD = re.compile(r"\w+")
TITLE_WORDS = 6      # title words that must match at the start of a line (or of a line and the next)
LEAD_WORDS = 4       # words allowed before the title on its line: "Punkt 4", "171", "Lukket punkt"
HEADING_CHARS = 80   # a line this short, starting with a capital and not ending a sentence, is a heading


def words(text: str | None) -> list[str]:
    """Folded words: NFC, casefold (no stemming: a word counts as covered only when it is there)."""
    return _WORD.findall(unicodedata.normalize("NFC", text or "").casefold())


def covered_words(doc: Document) -> set[str]:
    """Every word the item rows of this document already make searchable."""
    out: set[str] = set()
    m = doc.meeting
    # the meeting's municipality and committee are indexed with every public item (as context)
    parts = [doc.municipality, m.committee if m else None] if any(it.public for it in doc.items) else []
    for it in doc.items:
        parts += [it.title, it.number, *it.case_numbers]
        if it.public:
            parts += [it.body_text, *(d.text for d in it.decisions), *(a.title for a in it.attachments if a.public)]
    for p in parts:
        out.update(words(p))
    return out


def uncovered_terms(text: str, covered: set[str]) -> str:
    """The space-separated chunks of `text` holding a word not in `covered`, in order: what a unit
    adds to the index. Indexing only these keeps each word of a document searchable once without a
    second hit on an item's text; whole chunks keep a case number (25-005608) one searchable unit."""
    return " ".join(c for c in unicodedata.normalize("NFC", text).split() if not covered.issuperset(words(c)))


def _starts(item: AgendaItem, here: list[str], lead: int) -> bool:
    """`here` (a line's words, then the next line's: a title may wrap) begins `item`: its title's
    first words within the first `lead` words, preceded by the item's number when it has one."""
    title = words(item.title)[:TITLE_WORDS]
    number = words(item.number)
    for k in range(min(LEAD_WORDS, lead) + 1):
        if here[k:k + len(title)] == title:
            return not number or any(here[j:j + len(number)] == number for j in range(k))
    return False


def _by_first_word(doc: Document) -> dict[str, list[int]]:
    """The items (by position) under the first word of their title: a line is searched for titles by its
    words, so a long document costs one pass over its lines."""
    by_first: dict[str, list[int]] = {}
    for n, it in enumerate(doc.items):
        title = words(it.title)
        if title:
            by_first.setdefault(title[0], []).append(n)
    return by_first


def item_starts(doc: Document, lines: list[list[str]]) -> dict[int, list[int]]:
    """Line index -> the items (by position) that start on that line."""
    by_first = _by_first_word(doc)
    out: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        candidates = {n for w in line[:LEAD_WORDS + 1] for n in by_first.get(w, ())}
        if candidates:
            here = line + (lines[i + 1] if i + 1 < len(lines) else [])
            found = sorted(n for n in candidates if _starts(doc.items[n], here, len(line)))
            if found:
                out[i] = found
    return out


def excluded_lines(doc: Document, starts: dict[int, list[int]], lines: list[list[str]]) -> list[bool]:
    """Per line (`lines`: each line's words): True when it may belong to a closed item (and so must not reach
    a unit)."""
    count = len(lines)
    closed = {n for n, it in enumerate(doc.items) if not it.public}
    if not closed:
        return [False] * count
    if not closed <= {n for ns in starts.values() for n in ns}:
        # a closed item not found: keep only what precedes every item, and every mention of one (a contents
        # list, or a title printed behind a page's running head, where no line starts with it): no item's
        # text comes before its title is first printed
        first = min([*starts, *_first_mention(doc, lines)], default=0)
        return [i >= first for i in range(count)]
    excluded, inside = [], False
    for i in range(count):
        if i in starts:
            inside = not closed.isdisjoint(starts[i])
        excluded.append(inside)
    return excluded


def _first_mention(doc: Document, lines: list[list[str]]) -> list[int]:
    """The first line (as a one-element list; none when no title is printed) where the first words of any
    item's title are printed, anywhere in the line (or running on into the next)."""
    by_first = _by_first_word(doc)
    titles = [words(it.title)[:TITLE_WORDS] for it in doc.items]
    for i, line in enumerate(lines):
        here = line + (lines[i + 1] if i + 1 < len(lines) else [])
        for k, w in enumerate(line):
            if any(here[k:k + len(titles[n])] == titles[n] for n in by_first.get(w, ())):
                return [i]
    return []


def _is_heading(line: str, html_headings: frozenset[str]) -> bool:
    s = line.strip()
    if s in html_headings:
        return True
    return (0 < len(s) <= HEADING_CHARS and s[0].isupper() and not s.endswith((".", ",", ";"))
            and ":" not in s.rstrip(":") and len(s.split()) <= 10)  # 'Mødested: X' is a label, no heading


def document_units(result: ReadResult, doc: Document) -> list[TextUnit]:
    """The document-level units of `doc` read as `result`: the lines with words no item row
    covers, never text of a closed item; a new unit at each page and at each item start."""
    raw = unicodedata.normalize("NFC", result.text or "").split("\n")
    lines = [words(ln) for ln in raw]
    covered = covered_words(doc)
    starts = item_starts(doc, lines)
    excluded = excluded_lines(doc, starts, lines)
    units: list[TextUnit] = []
    page = 1
    heading: str | None = None
    current: TextUnit | None = None
    for i, text in enumerate(raw):
        if "\f" in text:
            page += text.count("\f")
            current = None
        stripped = text.replace("\f", "").strip()
        if i in starts:
            current = None
        if excluded[i] or not stripped:
            continue
        if i in starts or _is_heading(stripped, result.headings):
            heading = stripped
        if covered.issuperset(lines[i]):
            continue
        if current is None:
            current = TextUnit(text="", page=page if result.pages else None, heading=heading)
            units.append(current)
        current.text += ("\n" if current.text else "") + stripped
    for u in units:
        u.terms = uncovered_terms(u.text, covered)
    return units
