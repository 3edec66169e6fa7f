"""Tune pages flattened the way benchmarks/parse_accuracy/flattened.py prints them (a PDF transcript: each page's
lines joined into one long line behind its page number), for the tests of what the parser reads from them. The
probe's own function, so the tests read exactly what the probe scores."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sagsgang.model import Document
from sagsgang.parse import parse_file

_ROOT = Path(__file__).resolve().parents[2]
_CORPUS = _ROOT.parent / "shared" / "corpus"


def flattened_text(text: str, chars: int = 1200) -> str:
    """`text` flattened into transcript pages of about `chars` characters."""
    sys.path.insert(0, str(_ROOT / "benchmarks" / "parse_accuracy"))
    try:
        from flattened import flatten
    finally:
        sys.path.pop(0)
    return flatten(text, chars)


def tune_page(name: str) -> Path:
    """The tune page `name` (an extra/ excerpt or a shared gold document); the test skips where the corpus is absent."""
    for folder in (_CORPUS / "extra" / "docs", _CORPUS / "docs"):
        if (folder / name).exists():
            return folder / name
    pytest.skip("the shared corpus is not here")


def parse_flattened(tmp_path: Path, name: str, chars: int = 1200) -> Document:
    """Tune page `name` flattened into pages of about `chars` characters, parsed."""
    out = tmp_path / name
    out.write_text(flattened_text(tune_page(name).read_text(encoding="utf-8"), chars), encoding="utf-8")
    return parse_file(out)
