"""End to end: the shared scorer on the shared gold set, and every extra excerpt parses plausibly."""
from __future__ import annotations

import importlib.util
import json
import re

import pytest

from sagsgang.errors import DocumentError
from sagsgang.parse import parse_file

from .conftest import CORPUS, DOCS, EXTRA, GOLD

SCORER = CORPUS.parent / "tools" / "score_parse.py"


def load_scorer():
    if not SCORER.exists() or not GOLD.exists():
        pytest.skip("shared scorer or gold not available")
    spec = importlib.util.spec_from_file_location("score_parse", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_parse_f1_on_shared_gold_is_at_least_095():
    scorer = load_scorer()
    tally = scorer.Tally()
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = parse_file(DOCS / gold["source"]).to_contract()
        scorer.score_doc(tally, gold, json.loads(json.dumps(pred)))
    fields = [f for f, v in tally.c.items() if v[1] or v[2]]
    macro = sum(tally.f1(f)[0] for f in fields) / len(fields)
    low = {f: round(tally.f1(f)[0], 3) for f in fields if tally.f1(f)[0] < 0.9}
    assert macro >= 0.95, low
    assert not low


ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def extra_files():
    return sorted(EXTRA.glob("*.txt")) if EXTRA.exists() else []


@pytest.mark.skipif(not EXTRA.exists(), reason="shared extra corpus not available")
@pytest.mark.parametrize("path", extra_files(), ids=lambda p: p.name)
def test_every_extra_excerpt_parses_plausibly(path):
    try:
        doc = parse_file(path)
    except DocumentError as exc:  # pragma: no cover - the failure message is the point
        pytest.fail(f"{path.name}: {exc.reason}")
    out = doc.to_contract()
    json.dumps(out, ensure_ascii=False)
    assert out["document_type"] in ("dagsorden", "referat", "sagsfremstilling", "orientering",
                                    "beslutningsprotokol", "andet")
    assert out["items"] or out["meeting"]
    for item in out["items"]:
        # a title lost in extraction is null (annotation rules), never ""
        assert item["title"] is None or 0 < len(item["title"]) < 400
        for d in item["decisions"]:
            assert d["date"] is None or ISO.match(d["date"])
        if not item["public"]:
            assert not item["decisions"] and not item["sections"]
    if out["meeting"] and out["meeting"]["date"]:
        assert ISO.match(out["meeting"]["date"])
