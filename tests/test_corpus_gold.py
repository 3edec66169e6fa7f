"""End to end: the shared scorer on the shared gold set (the extra excerpts: test_extra_gold.py)."""
from __future__ import annotations

import importlib.util
import json

import pytest

from sagsgang.parse import parse_file

from .conftest import CORPUS, DOCS, GOLD

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
