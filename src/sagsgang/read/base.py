"""What every reader returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ReadResult:
    """Text of one document. `pages` holds per-page text for PDFs (1-based page = index + 1);
    `html` holds the parsed lxml tree for HTML so that layouts can use the page structure; `tree`
    holds the parsed export of a structured publication (JSON dict or XML root, read/structured.py)
    and `format` names it, so a layout maps fields instead of parsing prose."""

    source: str
    kind: str  # "text" | "html" | "pdf" | "json" | "xml"
    text: str
    pages: list[str] = field(default_factory=list)
    html: Any = None
    sha256: str | None = None  # of the file's bytes: provenance and idempotent ingest
    headings: frozenset[str] = frozenset()  # texts the markup marks as headings (HTML h1-h6)
    run_in_labels: frozenset[str] = frozenset()  # bold labels that lead a paragraph ('<p><b>Label:</b> text')
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages whose text Tesseract recognised
    tree: Any = None  # a structured publication's parsed export (JSON dict, XML root)
    format: str | None = None  # which structured export: read.structured.FIRSTAGENDA_JSON, ...

    def page_of(self, offset: int) -> int | None:
        """1-based page that holds character `offset` of `text` (pages are joined by '\\n\\f\\n')."""
        if not self.pages:
            return None
        pos = 0
        for i, page in enumerate(self.pages):
            pos += len(page) + 3
            if offset < pos:
                return i + 1
        return len(self.pages)
