"""PDF text layer via pypdfium2 (in-process PDFium: about 10x faster than pypdf on a 28-page
minutes PDF, and maintained). Page texts are kept apart for provenance.

One layout hint is kept from the geometry: where the vertical distance between two lines is
clearly larger than the page's usual line pitch, a blank line is inserted. The text layer has no
paragraph marks, and without them a decision runs on into the unheaded text printed below it.
Reading two character boxes per line (its first and last baseline letter) costs about
15% on top of plain extraction (0.3 s per 2500 pages)."""
from __future__ import annotations

import re
from ctypes import CFUNCTYPE, addressof, c_double, c_int, c_void_p, cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import DocumentError
from .base import ReadResult
from .ocr import ocr_available, ocr_pages
from .visible import visible

PAGE_SEPARATOR = "\n\f\n"
# PDFium's text layer writes a hyphen that ends a line ('Klima-, Teknik-' above 'og Miljøudvalget den …',
# 'Hans-' above 'Jørgen Kirstein') as U+FFFE, a non-character, and joins the two lines: 'Teknik\ufffeog'. The
# page printed a hyphen there, and PDFium joins only where the text runs on, so the hyphen is put back with
# one space after it ('Teknik- og Miljøudvalget'): parse-output.md reads a word broken across lines as the
# printed words joined by one space. A decision heading, committee, title or name wrapped at a hyphen then
# reads as printed instead of as one word glued around a non-character ('Teknikog', 'HansJørgen').
LINE_END_HYPHEN = "\ufffe"


def read_pdf(data: bytes, source: str, ocr: bool = False) -> ReadResult:
    """Extract the text layer page by page; raise DocumentError for encrypted, broken or scanned PDFs.

    With `ocr`, pages without a text layer are recognised with Tesseract where it is installed
    (read/ocr.py); the result names them in `ocr_pages`, so the text is marked as OCR'd downstream."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise DocumentError(source, "encrypted PDF (password required)") from None
        raise DocumentError(source, f"broken or truncated PDF ({exc})") from None
    pages: list[str] = []
    recognised: list[int] = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                raw = _with_block_breaks(textpage)
                textpage.close()
            except pdfium.PdfiumError:
                raw = ""
            finally:
                page.close()
            text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace(LINE_END_HYPHEN, "- ")
            pages.append(visible(text))
        blank = [i for i, p in enumerate(pages) if not p.strip()]
        if ocr and blank and ocr_available():
            for i, text in ocr_pages(pdf, blank):
                pages[i] = visible(text)
                recognised.append(i + 1)
    finally:
        pdf.close()
    if not pages:
        raise DocumentError(source, "PDF has no pages")
    if not any(p.strip() for p in pages):
        if recognised:
            raise DocumentError(source, f"no text found by OCR in {len(pages)}-page scanned PDF")
        hint = "Tesseract is not installed" if ocr else "use --ocr"
        raise DocumentError(source, f"no text layer (scanned?) in {len(pages)}-page PDF; run OCR first ({hint})")
    return ReadResult(source=source, kind="pdf", text=PAGE_SEPARATOR.join(pages), pages=pages,
                      ocr_pages=recognised)


BLOCK_GAP = 1.3  # x the median line pitch = block break; measured on Aarhus minutes: lines 12.2-12.3 pt, blocks 17.7+


# A letter or digit without a descender: its box bottom is the baseline. Exactly the characters for
# which `c.isalnum() and c not in "gjpqyQJ"` holds (regex \w is isalnum() plus '_').
_BASELINE_CHAR = re.compile(r"[^\W_gjpqyQJ]")
_LAST_BASELINE_CHAR = re.compile(r".*([^\W_gjpqyQJ])", re.DOTALL)  # greedy: the last one in the range
# FPDFText_GetCharBox(textpage, index, &left, &right, &bottom, &top) with plain addresses: the
# binding's typed pointers cost more to check per call than PDFium needs to compute the box.
_GET_CHAR_BOX = CFUNCTYPE(c_int, c_void_p, c_int, c_void_p, c_void_p, c_void_p, c_void_p)(
    cast(pdfium_c.FPDFText_GetCharBox, c_void_p).value)


def _with_block_breaks(textpage) -> str:
    """Page text with an empty line wherever the line pitch jumps (see module docstring).

    The pitch is measured from the previous line's last baseline to this line's first, because
    PDFium sometimes returns two visual lines as one text line. The usual pitch is a low
    percentile, not the median: on a page with many headings the median is the heading spacing.

    Two character boxes are read per line (its first and last baseline letter), straight from
    PDFium with reused out-parameters: the helper's per-call wrapping cost more than the call."""
    raw = textpage.get_text_range()
    n = textpage.count_chars()
    if n != len(raw) or _split_letter_by_letter(textpage, raw):
        # char indices and text do not line up: no geometry, plain text; a line split letter by letter: rebuilt
        return raw if n != len(raw) else _lines_from_boxes(textpage, raw)
    handle = cast(textpage.raw, c_void_p).value
    get_box = _GET_CHAR_BOX
    boxes = (c_double * 4)()  # left, right, bottom, top: kept alive here while PDFium writes into it
    left, right, bottom, top = (addressof(boxes) + 8 * i for i in range(4))
    first_in, last_in = _BASELINE_CHAR.search, _LAST_BASELINE_CHAR.match
    lines = raw.split("\n")
    firsts: list[float | None] = []
    lasts: list[float | None] = []
    start = 0
    for line in lines:
        end = start + len(line)
        m = first_in(raw, start, end)
        if m is None:
            firsts.append(None)
            lasts.append(None)
        else:
            k = m.start()
            j = last_in(raw, k, end).start(1)
            if not get_box(handle, k, left, right, bottom, top):
                raise pdfium.PdfiumError("Failed to get charbox.")
            first = boxes[2]
            firsts.append(first)
            if j != k and not get_box(handle, j, left, right, bottom, top):
                raise pdfium.PdfiumError("Failed to get charbox.")
            lasts.append(boxes[2])
        start = end + 1
    pitches = [a - b for a, b in zip(lasts, firsts[1:], strict=False) if a is not None and b is not None and a > b]
    if len(pitches) < 4:
        return raw
    usual = sorted(pitches)[len(pitches) // 5]
    out: list[str] = []
    prev_last: float | None = None
    for line, first, last in zip(lines, firsts, lasts, strict=True):
        if prev_last is not None and first is not None and prev_last - first > BLOCK_GAP * usual and out and out[-1]:
            out.append("")
        out.append(line.rstrip("\r"))
        if last is not None:
            prev_last = last
    return "\n".join(out)


# PDFium's text layer sometimes writes each letter of a printed line on a line of its own ('R' / 'e' / 'f' / 'e' /
# 'r' / 'a' / 't', no spaces): where a font's advances exceed its glyphs' spacing, it takes each next letter for
# the start of a new line. Any publisher's PDF can carry such a font. Four one-letter lines in a row that sit on
# one baseline, left to right, are that split (a column of single digits or marks stands on different baselines).
_SPLIT_RUN = 4


def _split_letter_by_letter(textpage, raw: str) -> bool:
    """True when `raw` holds _SPLIT_RUN one-letter lines in a row on one baseline, each right of the one before."""
    run, prev = 0, None
    start = 0
    for line in raw.split("\n"):
        t = line.strip()
        box = textpage.get_charbox(start + line.index(t)) if len(t) == 1 else None
        start += len(line) + 1
        if box is None:
            run, prev = 0, None
            continue
        same = prev is not None and abs(box[1] - prev[1]) < 0.3 * (prev[3] - prev[1]) and box[0] > prev[0]
        run = run + 1 if same else 1
        prev = box
        if run >= _SPLIT_RUN:
            return True
    return False


def _lines_from_boxes(textpage, raw: str) -> str:
    """The page's lines rebuilt from its letters' boxes, in the text layer's order: a letter that does not overlap
    the one before it vertically, or stands left of it, starts a line; a gap of a quarter of the letters' height
    between two letters is a space (the split text layer lost its spaces)."""
    out: list[str] = []
    prev = None
    for i, c in enumerate(raw):
        if c.isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if prev is not None:
            height = max(top - bottom, prev[3] - prev[1], 0.1)
            overlap = min(top, prev[3]) - max(bottom, prev[1])
            if overlap < 0.3 * min(top - bottom, prev[3] - prev[1]) or left < prev[2] - 0.5 * height:
                out.append("\n")
            elif left - prev[2] > 0.25 * height:
                out.append(" ")
        out.append(c)
        prev = (left, bottom, right, top)
    return "".join(out)
