"""FirstAgenda Publication web pages (e.g. Aarhus): one table row per agenda item.

The page structure is reliable, so this layout reads the DOM rather than flattened text:
`h1.dato` ('Referat 1. oktober 2025 kl. 15.45'), `table.dagsordeninfo` (Udvalg, Mødedato,
Mødested, Mødedeltagere), and per `tr.punktrow`: the number label, `h2.overskrift` title,
`span.sagsnummer`, `h3` headings each followed by a `span.resume` body, and `a.bilag-link`
attachments. The item body is handed to the shared item engine as lines, with the h3 texts as
structural headings.
"""
from __future__ import annotations

import re

from ...model import Attachment, Document, Meeting, Section
from ...read import ReadResult
from ..assemble import finish
from ..committee_names import TITLE_LINE
from ..dates import parse_date, parse_time
from ..document_kind import document_kind
from ..item_body import parse_item
from ..lines import Line, norm_space
from ..people import split_names
from ..title_marks import clean_title


def matches(result: ReadResult) -> bool:
    root = result.html
    return root is not None and bool(root.xpath("//tr[contains(@class,'punktrow')]"))


def _text(el) -> str:
    return norm_space(el.text_content()) if el is not None else ""


def _first(el, xpath: str):
    found = el.xpath(xpath)
    return found[0] if found else None


def _meeting(root) -> tuple[Meeting, str | None]:
    m = Meeting()
    h1 = _text(_first(root, "//h1"))
    kind = document_kind([Line(h1, 0)]) if h1 else None
    if h1 and TITLE_LINE.match(h1):
        m.date, m.start_time = parse_date(h1), parse_time(h1)
    for row in root.xpath("//table[contains(@class,'dagsordeninfo')]//tr"):
        cells = row.xpath("./td")
        if len(cells) < 2:
            continue
        label, value = _text(cells[0]).rstrip(":").lower(), _text(cells[1])
        if label == "udvalg" and value:
            m.committee = value
        elif label == "mødedato" and value:
            m.date = parse_date(value) or m.date
            m.start_time = parse_time(value) or m.start_time
        elif label == "mødested" and value:
            m.location = value
        elif label == "mødedeltagere":
            names = [_text(x) for x in cells[1].xpath(".//li|.//div|.//span")] or [value]
            m.participants = [n for v in names for n in split_names(v)]
    if m.committee is None:
        m.committee = _text(_first(root, "//h2//span[contains(@class,'udvalg')]")) or None
    if m.location is None:
        m.location = _text(_first(root, "//h2//span[contains(@class,'sted')]")) or None
    return m, kind


def _body_lines(details) -> tuple[list[Line], frozenset[str]]:
    """The item's headed blocks as lines; unheaded blocks go first (they are the introduction)."""
    intro: list[Line] = []
    body: list[Line] = []
    headings: set[str] = set()
    container = _first(details, ".//div[contains(@class,'punkt')]")
    if container is None:
        return [], frozenset()
    current_heading = ""
    for el in container.iter("h3", "span"):
        if el.tag == "h3":
            current_heading = _text(el)
            if current_heading:
                headings.add(current_heading)
                body.append(Line("", 0))
                body.append(Line(current_heading, 0))
            continue
        if "resume" not in (el.get("class") or ""):
            continue
        target = body if current_heading else intro
        parts = el.xpath("./div|./p|./li") or [el]
        for part in parts:
            t = _text(part)
            if t:
                target.append(Line(t, 0, t))
    return intro + body, frozenset(headings)


def parse(result: ReadResult, lines: list[Line]) -> Document:
    root = result.html
    meeting, kind = _meeting(root)
    doc = Document(source=result.source, layout="firstagenda_html")
    for row in root.xpath("//tr[contains(@class,'punktrow')]"):
        number = _text(_first(row, ".//td[1]//span[contains(@class,'label')]")) or None
        title = _text(_first(row, ".//h2[contains(@class,'overskrift')]"))
        details = _first(row, ".//div[contains(@class,'details')]")
        closed = "lukket" in (row.get("class") or "").lower()
        title, closed_by_title = clean_title(title)
        case_numbers = [_text(x) for x in row.xpath(".//span[contains(@class,'sagsnummer')]") if _text(x)]
        body, headings = _body_lines(details) if details is not None else ([], frozenset())
        item = parse_item(body, number, title, closed=closed or closed_by_title, structural_headings=headings)
        for c in case_numbers:
            if c not in item.case_numbers:
                item.case_numbers.append(c)
        if item.public and details is not None:
            links = details.xpath(".//a[contains(@class,'bilag-link')]")
            if links:
                item.sections.append(Section("Bilag", "\n".join(_text(a) for a in links)))
                item.attachments = [Attachment(title=_text(a)) for a in links if _text(a)]
        doc.items.append(item)
    has_decisions = any(d.text for it in doc.items for d in it.decisions if d.date == meeting.date)
    doc.document_type = kind or ("referat" if has_decisions else "dagsorden")
    text = result.text
    if re.search(r"\baarhus\b", root.xpath("string(//img/@src)") or "", re.IGNORECASE):
        text += "\nAarhus Kommune"
    result = ReadResult(result.source, result.kind, text, result.pages, result.html)
    return finish(doc, meeting, result)
