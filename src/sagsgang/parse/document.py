"""One document's parse: its text's lines, the layout that reads them, the checks that it is council
material and what it could not read (the package's `parse_file` / `parse_result`)."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import DocumentError
from ..model import Document
from ..read import ReadResult, read_document
from ..read.pdf import PAGE_SEPARATOR
from .detect import choose_layout
from .headings import page_labels_known
from .lines import prepare
from .listing import is_listing, is_mostly_listing
from .page_headings import page_labels
from .positions import annotate as annotate_positions
from .quality import assess
from .run_in_labels import split_run_in_text
from .running import blank_running_lines
from .trailing_pages import without_title_pages


def _is_listing_page(doc: Document, text: str) -> bool:
    """No item found (or none titled) and no meeting, or a listing of meetings; or a page made mostly of a listing's
    rows whose items are its intro read as one (no number, no decision): a site's index, no council document."""
    if not doc.items or not any(it.title for it in doc.items):
        return doc.meeting is None or is_listing(text)
    return not any(it.number or it.decisions for it in doc.items) and is_mostly_listing(text)


def parse_result(result: ReadResult) -> Document:
    """Parse text that a reader produced; raise DocumentError when it is not a council document."""
    text = blank_running_lines(result.text, result.pages, PAGE_SEPARATOR) if result.pages else result.text
    text = split_run_in_text(text, result.run_in_labels)  # (an HTML page's bold section labels)
    lines = prepare(text)
    if not any(ln.text for ln in lines):
        raise DocumentError(result.source, "no text to parse")
    with page_labels_known(page_labels(lines)):  # (the layout is chosen by the page's headings too)
        layout = choose_layout(result, lines)
        doc = layout.parse(result, lines)
    if result.format is None:  # (a structured export's titles are its fields, never read from its text)
        without_title_pages(doc.items, text)  # a page column behind every title ('3. Budget 7', '4. Lokalplan 12 9')
    doc.content_hash = result.sha256
    doc.ocr_pages = list(result.ocr_pages)
    annotate_positions(doc)  # after the layout, whatever the reader: stances come from the decision text alone
    if _is_listing_page(doc, result.text):
        # a listing of meetings (parse/listing.py) must not become an empty meeting of an unknown body
        raise DocumentError(result.source, "not a council document (no agenda item or case found"
                            + ("; a listing of meetings)" if doc.meeting else ")"), DocumentError.NOT_COUNCIL)
    if doc.meeting is None and not _has_structure(doc):
        # No case number, heading or decision: an attachment (letter, list) or not council material.
        if len(COUNCIL_WORDS.findall(result.text[:50000])) < 2:
            raise DocumentError(result.source, "not a council document (no meeting, case number, "
                                               "decision or council vocabulary found)", DocumentError.NOT_COUNCIL)
        doc.document_type = "andet"
    assess(doc, text)
    return doc


COUNCIL_WORDS = re.compile(
    r"(?:udvalg|byråd|kommunalbestyrelse|borgerrepræsentation|magistrat|dagsorden|referat|sagsnr|beslutning"
    r"|indstilling|kommune|bilag|lokalplan|høring)",  # also inside compounds: "lokalsamfundsudvalget"
    re.IGNORECASE,
)


def _has_structure(doc: Document) -> bool:
    return any(it.case_numbers or it.sections or it.decisions or it.route or it.number for it in doc.items)


def parse_file(path: str | Path, ocr: bool = False) -> Document:
    """Read and parse one file; with `ocr`, scanned PDF pages are recognised (read/ocr.py)."""
    return parse_result(read_document(path, ocr=ocr))
