"""A single case as published by Acadre/SBSYS-style sites (Norddjurs, Fredensborg, Syddjurs …).

Title first, then the case number ('22/8164 Åben Sag' or 'Sagsnr.: 16/31575'), an optional
'Sagsgang' route, sections, and one 'Beslutning i <body> den <dd-mm-yyyy>' block per body that has
treated it. Fredensborg prefixes the title with its running item number: 'Nr.148 - Title'.
"""
from __future__ import annotations

import re

from ...model import Document
from ...read import ReadResult
from ..assemble import build_single_case_document
from ..dashes import SPACED_DASH
from ..lines import Line

NUMBERED_TITLE = re.compile(rf"^Nr\.\s*(?P<num>\d+)\s*[{SPACED_DASH}]\s*(?P<title>.+)$")


def parse(result: ReadResult, lines: list[Line]) -> Document:
    for i, ln in enumerate(lines[:5]):
        m = NUMBERED_TITLE.match(ln.text)
        if m:
            return build_single_case_document(result, lines, "acadre_item", number=m.group("num"),
                                              title=m.group("title"), title_index=i)
    return build_single_case_document(result, lines, "acadre_item")
