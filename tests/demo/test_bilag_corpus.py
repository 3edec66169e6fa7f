"""A generated corpus with bilag files (demo/bilag_files.py): the truth says which case's item
lists each file (or that none does); linking must put >= 99 % on an item of the right case and
none on a wrong one. Scanned bilag (image-only) are read by OCR and linked the same way."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sagsgang.demo import generate
from sagsgang.ingest import ingest
from sagsgang.read.ocr import ocr_available
from sagsgang.search import open_index, search


def _score(out: Path, store) -> tuple[int, int, int, int]:
    """(right, wrong, missed, total): right = an item of the true case that lists the file (or
    unlinked when no item lists it); an ambiguous bilag (another case of the same title lists one
    of the same title under the same number, no case number printed) counts only when linked: it
    may stay unlinked, and is wrong when linked to the other case."""
    truth = json.loads((out / "gold" / "bilag.json").read_text(encoding="utf-8"))
    stored = {}
    for path, item_id, cases in store.conn.execute(
            "SELECT d.path, b.item_id, i.case_numbers FROM bilag_files b "
            "JOIN documents d ON d.id = b.document_id LEFT JOIN items i ON i.id = b.item_id"):
        stored[str(Path(path).relative_to(out / "docs"))] = (item_id, json.loads(cases) if cases else [])
    assert set(stored) == set(truth)  # every file kept as a bilag, none as a document, none dropped
    right = wrong = missed = 0
    for rel, want in truth.items():
        item_id, cases = stored[rel]
        if item_id is None and want is not None and want["ambiguous"]:
            continue  # nothing tells it from the other case's: unlinked is all that can be asked
        if item_id is None:
            right, missed = (right + 1, missed) if want is None else (right, missed + 1)
        elif want is not None and want["case_number"] in cases:
            right += 1
        else:
            wrong += 1
    return right, wrong, missed, right + wrong + missed


def test_generated_bilag_link_to_the_right_item(tmp_path):
    out = tmp_path / "g"
    generate(out, municipalities=3, formats=("txt", "pdf", "html"), max_items=400, bilag=True)
    store = open_index(str(tmp_path / "g.db"))
    try:
        report = ingest(store, [str(out / "docs")], jobs=2)
        assert not report.failed
        right, wrong, missed, total = _score(out, store)
        assert total >= 150 and missed + right + wrong == total
        assert wrong == 0
        assert right >= 0.99 * total, (right, missed, total)
    finally:
        store.close()


def test_generating_bilag_leaves_every_other_file_as_it_was(tmp_path):
    generate(tmp_path / "a", municipalities=2, max_items=80)
    generate(tmp_path / "b", municipalities=2, max_items=80, bilag=True)
    plain = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    with_bilag = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert all(with_bilag[k] == v for k, v in plain.items())
    assert len(with_bilag) > len(plain) + 1


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish model not installed")
def test_scanned_generated_bilag_are_read_by_ocr_and_linked(tmp_path):
    out = tmp_path / "s"
    generate(out, municipalities=1, formats=("txt",), max_items=3, bilag=True, scans=0.3)
    store = open_index(str(tmp_path / "s.db"))
    try:
        report = ingest(store, [str(out / "docs")], jobs=2, ocr=True)
        assert not report.failed
        right, wrong, missed, total = _score(out, store)
        assert total >= 3 and wrong == 0 and right == total
        assert any(b["ocr_pages"] for b in store.bilag_list())  # some files were scans, read by OCR
        hit = search(store, "venlig hilsen", bilag="only")["results"][0]
        assert hit["bilag"]["ocr"] is True
    finally:
        store.close()
