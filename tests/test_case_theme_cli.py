"""`sagsgang case` and `sagsgang theme` over a database ingested from the shared corpus, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from .conftest import DOCS


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sagsgang", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def db(module_db):
    """The shared corpus ingested by the CLI into a new database of each store (a file or a
    postgresql:// URL): every command below runs over both."""
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    path = module_db("c")
    r = cli("ingest", str(DOCS), "--db", path)
    assert r.returncode == 0, r.stderr
    return path


def test_case_timeline_json(db):
    r = cli("case", "22/8164", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    case = json.loads(r.stdout)
    assert [(t["committee"], t["date"]) for t in case["timeline"]] == [
        ("Arbejdsmarkedsudvalget", "2022-08-17"), ("Børne- og ungdomsudvalget", "2022-08-18")]
    assert case["status"]["line"] == "drøftet i Børne- og ungdomsudvalget 2022-08-18; næste: ØK ifølge sagsgangen"
    assert {i["source"]["source"] for i in case["items"]} == {"000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt"}


def test_case_text_and_history_merge(db):
    r = cli("case", "EMN-2025-009242", "--db", db)
    assert r.returncode == 0
    assert r.stdout.count("Teknisk Udvalg") >= 2 and "næste: Aarhus Byråd 2025-10-08 (på dagsordenen)" in r.stdout


def test_unknown_case_says_what_to_do(db):
    r = cli("case", "99/99999", "--db", db)
    assert r.returncode == 1 and "no case 99/99999" in r.stderr and "sagsgang ingest" in r.stderr


def test_theme_csv_for_a_spreadsheet(db, tmp_path):
    out = tmp_path / "out.csv"
    r = cli("theme", "velfærdsaftale", "--db", db, "--csv", str(out))
    assert r.returncode == 0, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    norddjurs = [(r["body"], r["date"]) for r in rows if r["municipality"] == "Norddjurs"]
    assert norddjurs == [("Arbejdsmarkedsudvalget", "2022-08-17"), ("Børne- og ungdomsudvalget", "2022-08-18")]
    kbh = [r for r in rows if r["municipality"] == "København"]
    assert {r["kind"] for r in kbh} == {"orientering", "bilag"}
    assert any(r["body"] == "Økonomiudvalget og Borgerrepræsentationen" for r in kbh)
    assert any(r["outcome"] == "Borgmesterbrev om videre proces for velfærdsaftaler" for r in kbh)
    assert [r["date"] for r in rows if r["date"]] == sorted(r["date"] for r in rows if r["date"])


def test_theme_json_counts(db):
    r = cli("theme", "velfærdsaftale", "--db", db, "--json")
    data = json.loads(r.stdout)
    assert data["counts"]["Norddjurs"] == 2 and data["counts"]["København"] == 2
