"""Pick the layout module for a document from its content (never from its file name)."""
from __future__ import annotations

from types import ModuleType

from ..read import ReadResult
from .assemble import looks_like_meeting
from .item_starts import find_item_starts
from .layouts import (
    acadre_item,
    decision_digest,
    edoc_xml,
    firstagenda_html,
    firstagenda_json,
    firstagenda_text,
    generic,
    kbh_note,
    sbsys_xml,
)
from .lines import Line


def choose_layout(result: ReadResult, lines: list[Line]) -> ModuleType:
    if result.format is not None:  # a structured export: its fields are mapped, never its text parsed
        for layout in STRUCTURED:
            if layout.matches(result):
                return layout
    if result.kind == "html" and firstagenda_html.matches(result):
        return firstagenda_html
    if firstagenda_text.matches(result):
        return firstagenda_text
    if kbh_note.matches(result):
        return kbh_note
    if decision_digest.matches(lines) and len(find_item_starts(lines)) < 2:
        return decision_digest  # (a meeting's own page has its item headers, and may cite earlier meetings' items)
    if looks_like_meeting(lines):
        return generic
    return acadre_item


STRUCTURED = (firstagenda_json, edoc_xml, sbsys_xml)
