"""Privacy rules shared by every public output: CPR numbers (Danish personal ids) never leave sagsgang.

The store masks every text of a document as it enters (`mask_document`), so search, the index,
the web, the API, feeds and reports only ever see the masked text; `mask_cpr` is also applied to
what a user types (a query) and to the human output of `sagsgang parse`, which reads no store.
"""
from __future__ import annotations

import re

from .model import Document
from .parse.dashes import DASH_CHARACTERS

MASK = "xxxxxx-xxxx"
# Dashes a CPR number is printed with: every dash a printed page sets for a hyphen (parse.dashes' DASH_CHARACTERS:
# hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign), and the small and full-width
# hyphen-minus a query may be typed with (the reader folds those in a document's text, not in what a user types).
# The hyphen-minus sorts first, so it stands as itself in the character class.
DASHES = "".join(sorted(DASH_CHARACTERS)) + "\ufe63\uff0d"
# ddmmyy, then a dash (spaces allowed around it), a plain or non-breaking space, or nothing; then four digits.
_SEP = rf"(?:[ \u00a0\u202f]*[{DASHES}][ \u00a0\u202f]*|[ \u00a0\u202f]?)"
_CPR = re.compile(rf"(?<!\d)(\d{{6}}){_SEP}(\d{{4}})(?!\d)")
# the same inside a search snippet, where highlighting may split the number: <mark>010203</mark>-<mark>1234</mark>
_TAG = r"(?:</?mark>)*"
_CPR_MARKED = re.compile(rf"(?<!\d)(\d{{6}}){_TAG}{_SEP}{_TAG}(\d{{4}})(?!\d)")


def valid_cpr_date(first6: str) -> bool:
    """The first six digits form a plausible day (01-31) and month (01-12), so case, account and
    phone-like numbers whose first digits are no date stay as printed."""
    day, month = int(first6[:2]), int(first6[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12


def _repl(m: re.Match[str]) -> str:
    return MASK if valid_cpr_date(m.group(1)) else m.group(0)


def mask_cpr(text: str | None) -> str:
    """CPR numbers (ddmmyy-xxxx in any printed form, see _CPR) become 'xxxxxx-xxxx'."""
    return _CPR.sub(_repl, text or "")


def mask_cpr_marked(html: str | None) -> str:
    """mask_cpr for HTML whose only tags are <mark> highlights, which may split a number."""
    return _CPR_MARKED.sub(_repl, html or "")


def _mask_opt(text: str | None) -> str | None:
    return None if text is None else mask_cpr(text)


def mask_document(doc: Document) -> Document:
    """Mask CPR numbers in every text field of `doc`, in place (returned for chaining): file name, meeting
    (committee, location, people), items (number, title, case numbers, route, sections, intro,
    decisions, attachments), the addressee line and the text outside items."""
    doc.source = mask_cpr(doc.source)
    m = doc.meeting
    if m is not None:
        m.committee, m.location = _mask_opt(m.committee), _mask_opt(m.location)
        m.participants = [mask_cpr(p) for p in m.participants]
        m.absent = [mask_cpr(p) for p in m.absent]
    doc.addressed_to = _mask_opt(doc.addressed_to)
    for it in doc.items:
        it.title, it.number, it.intro = mask_cpr(it.title), _mask_opt(it.number), mask_cpr(it.intro)
        it.case_numbers = [mask_cpr(c) for c in it.case_numbers]
        it.route = [mask_cpr(r) for r in it.route]
        for sec in it.sections:
            sec.heading, sec.text = mask_cpr(sec.heading), mask_cpr(sec.text)
        for d in it.decisions:
            d.committee, d.text = _mask_opt(d.committee), mask_cpr(d.text)
            d.absent = [mask_cpr(p) for p in d.absent]
        for a in it.attachments:
            a.title, a.number = mask_cpr(a.title), _mask_opt(a.number)
    for u in doc.unsplit:  # text outside items (sagsgang.unsplit)
        u.text, u.heading, u.terms = mask_cpr(u.text), _mask_opt(u.heading), mask_cpr(u.terms)
    return doc
