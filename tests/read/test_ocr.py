"""OCR of scanned PDF pages (read/ocr.py) on generated scans whose text is known (demo/bilag.py).
Needs Tesseract with its Danish model; skips cleanly without it (CI installs it)."""
from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import Levenshtein

from sagsgang.demo.bilag import bilag_pdf, bilag_text, scanned
from sagsgang.errors import DocumentError
from sagsgang.read.ocr import ocr_available
from sagsgang.read.pdf import read_pdf

needs_tesseract = pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish model not installed")


def folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def letter() -> tuple[str, bytes]:
    text = bilag_text(random.Random(7), "Trafiksikkerhed på Skolevej", "Faxe")
    return text, bilag_pdf(text)


def test_a_scan_has_no_text_layer_and_says_so_without_ocr(letter):
    _, pdf = letter
    with pytest.raises(DocumentError) as exc:
        read_pdf(scanned(pdf, 150), "brev.pdf")
    assert "no text layer (scanned?)" in exc.value.reason and "--ocr" in exc.value.reason


@needs_tesseract
def test_ocr_reads_a_slightly_askew_300_dpi_scan_nearly_letter_for_letter(letter):
    text, pdf = letter
    got = read_pdf(scanned(pdf, 300, 0.7), "brev.pdf", ocr=True)
    assert got.ocr_pages == [1]
    cer = Levenshtein.distance(folded(text), folded(got.text)) / len(folded(text))
    assert cer <= 0.02
    assert "Trafiksikkerhed på Skolevej" in got.text and "Med venlig hilsen" in got.text  # å survives


@needs_tesseract
def test_pages_with_a_text_layer_are_not_ocrd(letter):
    _, pdf = letter
    got = read_pdf(pdf, "brev.pdf", ocr=True)
    assert got.ocr_pages == [] and "Faxe Kommune" in got.text
