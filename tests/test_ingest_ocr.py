"""`sagsgang ingest --ocr`: a scanned minutes PDF is read by OCR in the worker and stored with its
OCR'd pages named; without --ocr it fails with the reason. Needs Tesseract (skips without it)."""
from __future__ import annotations

import json

import pytest

from sagsgang.cli import main
from sagsgang.demo.bilag import scanned
from sagsgang.demo.render_pdf import text_to_pdf
from sagsgang.read.ocr import ocr_available
from sagsgang.store import open_store

MINUTES = ("Referat\nØkonomiudvalget\nMødedato: 04-12-2024\n\n1. Budgetopfølgning for skoleområdet\n\n"
           "Sagsnr.: 24/1234\n\nSagsfremstilling\n\nForvaltningen har gennemgået forbruget på skolerne.\n\n"
           "Beslutning\n\nGodkendt.\n")


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Danish model not installed")
def test_scanned_minutes_are_read_by_ocr_and_marked(tmp_path, capsys):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "referat-scannet.pdf").write_bytes(scanned(text_to_pdf(MINUTES), 300, 0.5))
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(folder), "--db", db]) == 2  # no text layer, no --ocr: a failure named
    assert "no text layer (scanned?)" in capsys.readouterr().err
    assert main(["ingest", str(folder), "--db", db, "--ocr", "--jobs", "2"]) == 0
    assert "1 new" in capsys.readouterr().out
    store = open_store(db, create=False)
    [doc] = store.documents()
    store.close()
    assert doc.ocr_pages == [1]
    assert [(it.number, it.title, it.case_numbers) for it in doc.items] == [
        ("1", "Budgetopfølgning for skoleområdet", ["24/1234"])]
    assert main(["search", "skolerne forbruget", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["title"] == "Budgetopfølgning for skoleområdet"
