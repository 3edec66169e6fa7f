"""OCR accuracy and speed on generated scans (issue 16): character error rate at 300 and 150 dpi
with a sheet fed slightly askew, and pages per second per core beside text-layer reading.

    PYTHONPATH=src python benchmarks/ocr/run.py [--pages 6] [--angle 0.7]

The bilag text is generated (sagsgang.demo.bilag), rendered as a text PDF, then scanned to
image-only PDFs (no text layer), so the truth is known exactly. CER = Levenshtein distance /
characters of the truth, over whitespace-folded text (line breaks are layout, not characters).
Levenshtein from rapidfuzz (C++; a Python edit distance over 2,000-character pages is slow).
Runs in one process: pages/s is per core.
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from rapidfuzz.distance import Levenshtein

from sagsgang.demo.bilag import bilag_pdf, bilag_text, scanned
from sagsgang.demo.vocabulary import TOPICS
from sagsgang.read.ocr import ocr_available
from sagsgang.read.pdf import read_pdf


def folded(text: str) -> str:
    return " ".join(text.replace("\f", " ").split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=6, help="generated bilag pages (one bilag per page)")
    ap.add_argument("--angle", type=float, default=0.7, help="skew of the scans in degrees")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args(argv)
    if not ocr_available():
        print("Tesseract with the Danish model is not installed (apt-get install tesseract-ocr tesseract-ocr-dan)")
        return 1
    rng = random.Random(args.seed)
    truths, pdfs = [], []
    for _ in range(args.pages):
        title = rng.choice(TOPICS).format(by="Faxe", sted="Havnen", maaned="maj", beloeb=3, aar=2026, emne="sagen")
        text = bilag_text(rng, title.capitalize(), "Faxe")
        truths.append(folded(text))
        pdfs.append(bilag_pdf(text))
    t0 = time.perf_counter()
    for pdf in pdfs:
        read_pdf(pdf, "bilag.pdf")
    layer = args.pages / (time.perf_counter() - t0)
    print("| reading | dpi | skew | pages | CER | pages/s per core |\n|---|---|---|---|---|---|")
    print(f"| text layer | - | - | {args.pages} | 0 | {layer:.1f} |")
    for dpi in (300, 150):
        scans = [scanned(pdf, dpi, args.angle) for pdf in pdfs]
        errors = chars = 0
        t0 = time.perf_counter()
        for truth, scan in zip(truths, scans, strict=True):
            got = read_pdf(scan, "scan.pdf", ocr=True)
            assert got.ocr_pages, "the scan had a text layer"
            errors += Levenshtein.distance(truth, folded(got.text))
            chars += len(truth)
        speed = args.pages / (time.perf_counter() - t0)
        print(f"| OCR (Tesseract, dan) | {dpi} | {args.angle}° | {args.pages} | {errors / chars:.2%} | {speed:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
