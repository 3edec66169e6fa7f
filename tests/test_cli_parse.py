"""`sagsgang parse` as a user runs it: output, exit status and one-line errors for bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sagsgang", *args], capture_output=True, text=True, timeout=120)


def test_help_teaches():
    out = run("parse", "--help").stdout
    assert "examples:" in out and "--json" in out and "exit status" in out


def test_json_is_the_contract(corpus):
    r = run("parse", str(corpus("002_3ed3bba4aa5e581f.txt")), "--json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert set(doc) == {"source", "municipality", "document_type", "meeting", "items"}
    assert set(doc["items"][0]) == {"number", "title", "public", "case_numbers", "route", "decisions", "attachments",
                                    "sections"}


def test_summary_is_readable(corpus):
    r = run("parse", str(corpus("004_aa3e7e1ea5d949e8.txt")))
    assert r.returncode == 0
    assert "Direktionen  2024-03-18 12:30  (Høng Skole)" in r.stdout and "[Lukket punkt]" in r.stdout


BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "junk.bin": (bytes(range(256)) * 40, "binary data"),
    "truncated.pdf": (b"%PDF-1.7\n1 0 obj <<", "broken or truncated PDF"),
    "referat.docx": (b"PK\x03\x04" + b"\x00" * 64, "unsupported file type"),
    "opskrift.txt": ("Bland mel og sukker. Pisk æggene luftige. Bag kagen i 40 minutter.".encode(),
                     "not a council document"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_clear_line_and_exit_2(tmp_path, name):
    data, reason = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(data)
    r = run("parse", str(path), "--json")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and name in r.stderr and reason in r.stderr
    assert "Traceback" not in r.stderr


def test_batch_prints_valid_json_for_the_readable_ones(tmp_path, corpus):
    bad = tmp_path / "tom.txt"
    bad.write_bytes(b"")
    r = run("parse", str(corpus("002_3ed3bba4aa5e581f.txt")), str(bad), "--json")
    assert r.returncode == 2 and "tom.txt: empty file" in r.stderr
    docs = json.loads(r.stdout)
    assert [d["source"] for d in docs] == ["002_3ed3bba4aa5e581f.txt"]


def test_missing_file(tmp_path):
    r = run("parse", str(tmp_path / "findes-ikke.pdf"))
    assert r.returncode == 2 and "cannot read file" in r.stderr


def test_parse_masks_cpr_numbers_in_the_summary_and_json_on_request(tmp_path):
    """The human summary never shows a CPR number; --json prints the text as printed (it is
    scored against gold) unless --mask is given."""
    from .site import Item, cli, minutes

    path = tmp_path / "r.txt"
    path.write_text(minutes("Byrådet", "10-01-2024", [Item("Klage vedr. 010203\u20131234", "24-000001")],
                            location="Sal 010203 - 1234"), encoding="utf-8")
    code, summary, _ = cli("parse", str(path))
    assert code == 0 and "Klage vedr. xxxxxx-xxxx" in summary and "(Sal xxxxxx-xxxx)" in summary
    assert "1234" not in summary.replace("24-000001", "")
    assert "010203\u20131234" in cli("parse", str(path), "--json")[1]
    masked = cli("parse", str(path), "--json", "--mask")[1]
    assert "Klage vedr. xxxxxx-xxxx" in masked and "010203" not in masked
