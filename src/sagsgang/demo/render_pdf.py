"""PDF rendering of the FirstAgenda text with fpdf2's core Helvetica (latin-1 covers æøå), so the
PDF reader path (pypdfium2 text layer) is exercised on the very same content as the text files.
Lines are wrapped here and placed with the low-level text() call: multi_cell is ~10x slower."""
from __future__ import annotations

import textwrap
from datetime import UTC, datetime

from fpdf import FPDF

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_WRAP = 100          # characters per line at 10 pt Helvetica on A4 with 15 mm margins
_TOP, _BOTTOM, _LEAD = 20.0, 280.0, 5.0


def text_to_pdf(text: str) -> bytes:
    """One text line per PDF line; long paragraphs wrap at word boundaries."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_EPOCH)  # byte-identical output for identical input
    pdf.set_compression(True)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    y = _TOP
    bold = False
    for line in text.split("\n"):
        if not line.strip():
            y += _LEAD * 0.8
            continue
        want_bold = line.startswith(("Punkt ", "REFERAT "))
        if want_bold != bold:
            pdf.set_font("Helvetica", style="B" if want_bold else "", size=10)
            bold = want_bold
        for part in textwrap.wrap(line.replace("\t", "  "), _WRAP) or [""]:
            if y > _BOTTOM:
                pdf.add_page()
                y = _TOP
            pdf.text(15, y, part)
            y += _LEAD
    return bytes(pdf.output())
