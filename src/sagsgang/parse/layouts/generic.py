"""Any other municipality: meeting documents by their item cues, else a single case."""
from __future__ import annotations

from ...model import Document
from ...read import ReadResult
from ..assemble import build_meeting_document, build_single_case_document, looks_like_meeting
from ..lines import Line


def parse(result: ReadResult, lines: list[Line]) -> Document:
    if looks_like_meeting(lines):
        doc = build_meeting_document(result, lines, layout="generic")
        if doc.items:
            return doc
        # a meeting's page of one case with no item number ('Referat' / 'Mødedato: …' / 'Lokalplan 123' /
        # 'Sagsfremstilling' …): the case is the page's one item when its body has sections or decisions
        single = build_single_case_document(result, lines, layout="generic")
        return single if any(it.sections or it.decisions for it in single.items) else doc
    return build_single_case_document(result, lines, layout="generic")
