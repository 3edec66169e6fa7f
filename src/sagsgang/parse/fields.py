"""Headed fields of a structured export -> an AgendaItem, through the same item engine as prose.

Structured publications (FirstAgenda JSON, SBSYS XML) deliver an item's write-up as HTML fields
whose headings the export marks; read/structured.html_sections turns them into (heading, text).
Here they become lines with the marked headings as the only structural headings, so 'Beslutning'
opens the decision, 'Bilag' the attachment list, and the rest become sections exactly as for an
HTML page (parse/layouts/firstagenda_html.py); decisions keep their paragraphs.
"""
from __future__ import annotations

import re

from ..model import AgendaItem
from .bodies import is_body_name
from .dashes import SPACED_DASH
from .headings import ROUTE_LABEL
from .item_body import parse_item
from .lines import Line

# a field heading that wraps the write-up's own headings and holds no text of its own
_WRAPPERS = {"fremstilling", "sagsfremstilling"}
_AND = re.compile(rf"(?<![{SPACED_DASH}])\s+og\s+")


def item_from_sections(sections: list[tuple[str, str]], number: str | None, title: str,
                       closed: bool = False) -> AgendaItem:
    """One item from its headed fields. A closed item gets title and number only."""
    if closed:
        return parse_item([], number, title, closed=True)
    lines: list[Line] = []
    headings: set[str] = set()
    for heading, text in sections:
        if heading and not (heading.casefold() in _WRAPPERS and not text):
            headings.add(heading)
            lines += [Line("", 0), Line(heading, 0)]
        for para in text.split("\n"):
            para = para.strip()
            lines.append(Line(para, 0, para))
    item = parse_item(lines, number, title, structural_headings=frozenset(headings))
    if not item.route:
        item.route = route_of(sections)
    return item


def route_of(sections: list[tuple[str, str]]) -> list[str]:
    """'Sagsprocedure: Økonomiudvalget og Byrådet.' -> ['Økonomiudvalget', 'Byrådet'] when every
    part is a body's name (a sentence there is no route)."""
    for heading, text in sections:
        if ROUTE_LABEL.match(heading.strip()) and text and "\n" not in text.strip():
            parts = [p.strip().rstrip(".") for p in re.split(r",\s*", _AND.sub(", ", text.strip()))]
            if parts and all(p and is_body_name(p) for p in parts):
                return parts
    return []
