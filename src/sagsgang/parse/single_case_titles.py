"""A one-case document's title, its type and the meeting it names; a meeting page's type.

The title of a one-case document is the first line that is not a marker, addressee, date or number; a line that
only names a meeting (its body, maybe its date, maybe the item's number) is no title. A page that calls itself
Referat/Dagsorden/Protokol is that, else its decisions tell.
"""
from __future__ import annotations

import re

from ..model import Document
from .bodies import MUNICIPALITIES, is_meeting_body
from .casenumbers import labelled_case_numbers, standalone_case_number
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY
from .document_kind import prints_outcomes
from .header_patterns import NUMBERED_START
from .headings import is_heading
from .lines import Line
from .title_marks import CLOSED_MARKER

_TYPE_WORDS = {"orientering": "orientering", "orienteringsnotat": "orientering", "notat": "orientering",
               "sagsfremstilling": "sagsfremstilling", "indstilling": "sagsfremstilling",
               "referat": "referat", "dagsorden": "dagsorden", "beslutningsprotokol": "beslutningsprotokol",
               "protokol": "beslutningsprotokol"}
ADDRESSEE = re.compile(r"^Til\s+\S", re.IGNORECASE)
_SKIP_TITLE = re.compile(r"^(?:Side \d+|Åben sag|Åbent punkt|Sagsnr|Sagsnummer|Dokumentnr|Dato\b"
                         r"|(?:Dagsordens?punkt|Punkt|Pkt\.?|Sag)\s*:?$)", re.IGNORECASE)  # a bare label, no title


def single_title(lines: list[Line]) -> tuple[str, int, str | None]:
    """Title of a one-case document: the first line that is not a marker, addressee, date or number.

    Returns (title, index of the title line, document type implied by a marker line or None)."""
    doc_type = None
    for i, ln in enumerate(lines[:25]):
        t = ln.text
        if not t:
            continue
        key = t.lower().rstrip(":")
        if key in _TYPE_WORDS:
            doc_type = _TYPE_WORDS[key]
            continue
        if t in MUNICIPALITIES:
            continue
        if (ADDRESSEE.match(t) or _SKIP_TITLE.match(t) or DATE_ANY.fullmatch(t) or standalone_case_number(t)
                or labelled_case_numbers(t) is not None or CLOSED_MARKER.match(t) or is_heading(t)
                or _MEETING_LABEL.match(t) or meeting_line_number(t) is not None or item_label_number(t)):
            if is_heading(t):
                break
            continue
        return _shorten(t), i, doc_type
    return "", -1, doc_type


def _shorten(title: str, limit: int = 200) -> str:
    """Flattened pages (one 'line' per page) would otherwise yield a page-long title."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" .,;:") + " …"


def meeting_page_type(kind: str | None, doc: Document, text: str) -> str:
    """A page that calls itself Referat/Dagsorden/Protokol is that; a meeting page without such a label
    is 'referat' when it shows at least one decision, or prints a decision heading with its outcome where no item
    holds one (document_kind.prints_outcomes), else 'dagsorden'."""
    if kind:
        return kind
    decided = any(d.text for it in doc.items for d in it.decisions) or prints_outcomes(text)
    return "referat" if decided else "dagsorden"


def page_head(lines: list[Line]) -> list[Line]:
    """The lines a single-case page prints before its first section heading: where meeting facts are."""
    for i, ln in enumerate(lines[:60]):
        if ln.text and is_heading(ln.text):
            return lines[:i]
    return lines[:60]


def names_its_meeting(head: list[Line]) -> bool:
    """A body and a date printed in the head of a case ('Byrådet' / 'Mødedato: …', 'Økonomiudvalget -
    12.04.2023 - Punkt 5', 'Byrådet 12-04-2023'): the meeting the case was treated at."""
    return any(ln.text and (_MEETING_LABEL.match(ln.text) or meeting_line_number(ln.text) is not None)
               for ln in head)


# 'Byrådet 12-04-2023', 'Økonomiudvalget - 12.04.2023 - Punkt 5', 'Byrådet': a line naming the meeting
_MEETING_LINE = re.compile(r"^(?P<body>[A-ZÆØÅ][^\d]{2,80}?)"
                           rf"(?:\s*[{SPACED_DASH},|]?\s*(?:den\s+)?(?P<date>{DATE_ANY.pattern}))?"
                           rf"(?:\s*[{SPACED_DASH},|]\s*(?:Punkt|Pkt\.?|Sag)\s*(?P<num>\d{{1,3}}))?\s*$", re.IGNORECASE)


ITEM_LABEL_LINE = re.compile(r"^(?:Punkt|Pkt\.?|Dagsordenspunkt|Sag nr\.?)\s*(?P<num>\d{1,3})\.?$", re.IGNORECASE)


def item_label_number(text: str) -> str | None:
    """'Punkt 5' on a line of its own: the number of the item below it."""
    m = ITEM_LABEL_LINE.match(text.strip())
    return m.group("num") if m else None


def meeting_line_number(text: str) -> str | None:
    """'' for a line that only names a meeting (its body, maybe its date), its item number when it prints
    one ('… - Punkt 5'), None for any other line (a letter's 'Til Aarhus Byråd' names its addressee)."""
    m = _MEETING_LINE.match(text.strip())
    if not m or ADDRESSEE.match(text) or not is_meeting_body(m.group("body").strip(f" {SPACED_DASHES},|")):
        return None
    return m.group("num") or ""


_MEETING_LABEL = re.compile(r"^(?:Udvalg|Mødedato|Mødested|Mødetidspunkt|Mødelokale|Møde)\s*:\s*\S", re.IGNORECASE)


def meeting_labels(head: list[Line]) -> int:
    """How many meeting-fact labels with a value the head prints."""
    return sum(1 for ln in head if _MEETING_LABEL.match(ln.text))


_COLUMN_HEAD = re.compile(r"^(?:Punkt|Pkt\.?|Nr\.?|Sag)\s+(?:Titel|Emne|Overskrift)$", re.IGNORECASE)


def titled_row(lines: list[Line]) -> tuple[str, str, int] | None:
    """'Punkt Titel' / '286 Status på …': the row under a table's column heads is the item, with
    its number. (number, title, index of the row) or None."""
    for i, ln in enumerate(lines[:80]):
        if _COLUMN_HEAD.match(ln.text):
            j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text), None)
            m = NUMBERED_START.match(lines[j].text) if j is not None else None
            if m:
                return m.group("num"), m.group("title"), j
    return None
