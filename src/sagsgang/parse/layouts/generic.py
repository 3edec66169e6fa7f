"""Any other municipality: meeting documents by their item cues, else a single case."""
from __future__ import annotations

from ...model import Document
from ...read import ReadResult
from ..assemble import build_meeting_document, build_single_case_document, looks_like_meeting
from ..lines import Line


def parse(result: ReadResult, lines: list[Line]) -> Document:
    if looks_like_meeting(lines):
        return build_meeting_document(result, lines, layout="generic")
    return build_single_case_document(result, lines, layout="generic")
