"""København's notes to Økonomiudvalget / Borgerrepræsentationen (orientering, indstilling).

'Orientering' on top, 'Til <bodies>', the title, headed sections ('Sagen', 'Baggrund', 'Videre
proces', 'Bilag'), then a metadata block ('Sagsnummer i F2', 'Sagsnummer eDoc', 'Dokumentnummer
i F2', 'Sagsbehandler') after which attached letters follow; those are not part of the item.
"""
from __future__ import annotations

import re

from ...model import Document
from ...read import ReadResult
from ..assemble import build_single_case_document
from ..lines import Line

SIGNATURE = re.compile(r"^Sagsnummer (?:i F2|eDoc)\s*$", re.MULTILINE)


def matches(result: ReadResult) -> bool:
    return bool(SIGNATURE.search(result.text))


def parse(result: ReadResult, lines: list[Line]) -> Document:
    doc = build_single_case_document(result, lines, "kbh_note")
    if doc.municipality is None:
        doc.municipality = "København"
    return doc
