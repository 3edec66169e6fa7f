"""A PDF printed the way transcript sites print one: a title line, then each page as one long line
behind its page number ('1 Referat … Mødedato …' / '2 Indholdsfortegnelse …'). Most PDFs of the shared
`extra/` pages reach us like this; reading the generator's PDFs (whose truth is known) and real PDFs this
way shows what the parser still owes to the line breaks a PDF keeps (benchmarks/parse_accuracy/run.py
--as-transcripts, tests/parse/test_pdf_transcripts.py)."""
from __future__ import annotations

import re
from pathlib import Path

from ..read import read_document
from ..read.pdf import PAGE_SEPARATOR

TITLE_CHARS = 100  # a transcript's title line: the document's first words, cut at a word


def pdf_as_transcript(pdf: str | Path) -> str:
    """The transcript text of a PDF with a text layer."""
    pages = [re.sub(r"\s+", " ", p).strip() for p in read_document(pdf).text.split(PAGE_SEPARATOR)]
    title = pages[0][:TITLE_CHARS].rsplit(" ", 1)[0] if len(pages[0]) > TITLE_CHARS else pages[0]
    return f"{title}\n\nTranskript\n\n" + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n"
