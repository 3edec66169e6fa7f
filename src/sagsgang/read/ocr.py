"""OCR of PDF pages that have no text layer (scanned bilag, letters from citizens).

Tesseract with its Danish model (Debian `tesseract-ocr`, `tesseract-ocr-dan`) through pytesseract,
a thin, maintained wrapper around the `tesseract` program: no model is downloaded at run time, and
without the program OCR is simply unavailable (the page stays "no text layer (scanned?)").

Pages are rendered and recognised one at a time, so memory stays flat for a 500-page scan. The
caller decides where this runs; ingest runs it in its worker processes like all reading.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from functools import lru_cache

OCR_DPI = 300  # render resolution; Tesseract reads 10 pt print best at about 300 dpi
OCR_LANG = "dan"


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """True when pytesseract and a Tesseract with the Danish model are installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract
        return OCR_LANG in pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - any failure to run tesseract means: no OCR here
        return False


def ocr_pages(pdf, pages: Iterable[int], dpi: int = OCR_DPI) -> Iterator[tuple[int, str]]:
    """(0-based page index, recognised text) for `pages` of an open pypdfium2 document."""
    import pytesseract

    # one thread per Tesseract: ingest parallelises by worker processes (--jobs); Tesseract's own
    # OpenMP threads on top of them fight for the same cores (measured on 2 busy cores: 10.7 s
    # a 300 dpi page with its default threads, 3.9 s with one)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    for i in pages:
        page = pdf[i]
        try:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
        try:
            text = pytesseract.image_to_string(image, lang=OCR_LANG, config=f"--dpi {dpi} --psm 3")
        finally:
            image.close()
        yield i, _tidy(text)


def _tidy(text: str) -> str:
    """Tesseract ends pages with a form feed and breaks words with soft hyphens at line ends: the
    text as the other readers give it (line repair in parse joins hyphenated words)."""
    return text.replace("\f", "").replace("\u00ad", "-").strip("\n")
