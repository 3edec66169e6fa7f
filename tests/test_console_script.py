"""The installed `sagsgang` console script (the README's entry point) works, not only `python -m`.

It is looked up beside the interpreter running the tests (.venv/bin/sagsgang after the README's
install); a missing script fails, since the README tells users to run it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "sagsgang"
MINUTES = """REFERAT Økonomiudvalget d. 06-09-2022

Mødedato Tirsdag d. 6. september 2022 kl. 15:00

Punkt 1: Godkendelse af dagsorden

22-001234

Beslutning

Godkendt.
"""


def test_console_script_parses_a_document(tmp_path):
    assert SCRIPT.exists(), f"{SCRIPT} missing: install the package (pip install -e '.[dev]')"
    assert subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, timeout=60).returncode == 0
    path = tmp_path / "referat.txt"
    path.write_text(MINUTES, encoding="utf-8")
    r = subprocess.run([str(SCRIPT), "parse", str(path), "--json"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    doc = out[0] if isinstance(out, list) else out
    assert doc["meeting"]["committee"] == "Økonomiudvalget" and doc["meeting"]["date"] == "2022-09-06"
    assert [(i["number"], i["title"], i["case_numbers"]) for i in doc["items"]] == [
        ("1", "Godkendelse af dagsorden", ["22-001234"])]
    assert doc["items"][0]["decisions"][0]["text"] == "Godkendt."
