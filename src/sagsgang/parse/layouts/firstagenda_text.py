"""FirstAgenda minutes and agendas as PDF (or text extracted from one).

Recognised by 'Punkt N: Title' items under a 'REFERAT|DAGSORDEN <body> d. <date>' header with
'Mødedato / Mødested / Mødedeltagere' labels; closed items read 'Punkt 2: Lukket: Title'. The
'Indholdsfortegnelse' (table of contents) lists the same titles with page numbers and is skipped.
"""
from __future__ import annotations

import re

from ...model import Document
from ...read import ReadResult
from ..assemble import build_meeting_document
from ..lines import Line

SIGNATURE = re.compile(r"^Punkt \d+(?:\.\d+)?: ", re.MULTILINE)
HEADER = re.compile(r"^\s*(?:REFERAT|DAGSORDEN|Referat|Dagsorden)\b.*\b(?:d\.|den)\s+\d", re.MULTILINE)


def matches(result: ReadResult) -> bool:
    return len(SIGNATURE.findall(result.text)) >= 1 and bool(HEADER.search(result.text[:3000]))


def parse(result: ReadResult, lines: list[Line]) -> Document:
    # In the PDF the decision is printed first and the unheaded case text right below it; the
    # reader's block breaks are the only separation between the two.
    return build_meeting_document(result, lines, layout="firstagenda_text",
                                  decision_ends_at_break=result.kind == "pdf")
