"""Read: bytes of a published file -> Unicode text plus layout hints. No domain knowledge here.

`read_document(path)` sniffs the real type from the bytes (not the file name, which lies as
often as not on municipal sites) and hands off to one reader per format.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import DocumentError
from .base import ReadResult
from .html import read_html
from .pdf import read_pdf
from .structured import read_structured, sniff_structured
from .text import decode_text

__all__ = ["ReadResult", "load_file", "read_document", "read_bytes", "MAX_FILE_BYTES"]

# Larger files are refused up front: a council document above this is a scan archive or a
# mistake, and reading it whole would cost more memory than the ingest budget (< 1 GB) allows.
# Text and HTML expand about 4x in memory once decoded, so their limit is lower than for PDF.
# Both can be lowered (or raised) with SAGSGANG_MAX_TEXT_MB / SAGSGANG_MAX_PDF_MB.
MAX_TEXT_MB = 50
MAX_PDF_MB = 200
MAX_FILE_BYTES = MAX_PDF_MB * 1024 * 1024


def size_limit(is_pdf: bool) -> int:
    """Bytes allowed for a PDF or a text/HTML file (env overrides for operators and tests)."""
    name, default = ("SAGSGANG_MAX_PDF_MB", MAX_PDF_MB) if is_pdf else ("SAGSGANG_MAX_TEXT_MB", MAX_TEXT_MB)
    try:
        return int(float(os.environ.get(name, default)) * 1024 * 1024)
    except ValueError:
        return default * 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def load_file(path: str | Path) -> bytes:
    """A file's bytes, after the size limit for its kind; DocumentError with a one-line reason."""
    p = Path(path)
    name = p.name
    try:
        if p.is_dir():
            raise DocumentError(name, "is a folder, not a file")
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(1024)
        limit = size_limit(b"%PDF-" in head)
        if size > limit:
            raise DocumentError(name, f"file too large ({size / (1024 * 1024):.1f} MB > "
                                      f"{limit / (1024 * 1024):.0f} MB limit)")
        return p.read_bytes()
    except OSError as exc:
        raise DocumentError(name, f"cannot read file ({exc.strerror or exc})") from None


def read_document(path: str | Path, ocr: bool = False) -> ReadResult:
    """Read one file; raise DocumentError with a one-line reason when it cannot be used. With `ocr`,
    PDF pages without a text layer are recognised with Tesseract where it is installed."""
    return read_bytes(load_file(path), Path(path).name, ocr=ocr)


def sniff_kind(data: bytes, name: str = "") -> str:
    """Return 'pdf', 'html', 'text' or a structured export's format (read/structured.py) from the
    content; raise for formats we do not read."""
    head = data[:4096].lstrip()
    if head.startswith(b"%PDF-") or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    structured = sniff_structured(data)
    if structured:
        return structured
    if data.startswith(_ZIP_MAGIC):
        raise DocumentError(name, "unsupported file type (ZIP/Office document); export it as PDF or HTML")
    if data.startswith(_OLE_MAGIC):
        raise DocumentError(name, "unsupported file type (old Word/Excel document); export it as PDF or HTML")
    low = head[:2048].lower()
    # UTF-16 HTML is rare; decode the head cheaply to catch it too.
    if b"\x00" in low[:200]:
        try:
            low = low.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            pass
    if low.startswith((b"<!doctype html", b"<html", b"\xef\xbb\xbf<!doctype html", b"\xef\xbb\xbf<html")) \
            or (b"<html" in low and b"<body" in data[:65536].lower()):
        return "html"
    if name.lower().endswith((".html", ".htm", ".xhtml", ".aspx")) and b"<" in low[:200]:
        return "html"
    return "text"


def read_bytes(data: bytes, name: str, ocr: bool = False) -> ReadResult:
    """Read already-loaded bytes (used by ingest, which hashes the same bytes)."""
    if not data.strip():
        raise DocumentError(name, "empty file")
    kind = sniff_kind(data, name)
    if kind == "pdf":
        result = read_pdf(data, name, ocr=ocr)
    elif kind == "html":
        result = read_html(data, name)
    elif kind != "text":
        result = read_structured(data, name, kind)
    else:
        result = ReadResult(source=name, kind="text", text=decode_text(data, name))
    result.sha256 = hashlib.sha256(data).hexdigest()
    return result
