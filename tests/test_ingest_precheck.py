"""Ingest parses only new bytes: files whose content hash is already stored are not parsed again.

The store would also answer "unchanged" for re-parsed bytes, so the counts alone cannot show a
lost pre-check; counting calls of the parser can. Documents are generated (no ../shared needed)."""
from __future__ import annotations

import pytest

import sagsgang.ingest as ingest_module
from sagsgang.demo import generate
from sagsgang.ingest import ingest
from sagsgang.search import open_index


@pytest.fixture
def parse_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = ingest_module.parse_result

    def counting(result):
        calls.append(result.source)
        return real(result)

    monkeypatch.setattr(ingest_module, "parse_result", counting)
    return calls


def test_stored_bytes_are_not_parsed_again(tmp_path, parse_calls):
    generate(tmp_path / "demo", municipalities=1, formats=["txt"], seed=2, max_items=12)
    docs = tmp_path / "demo" / "docs"
    names = sorted(p.name for p in docs.iterdir())
    assert len(names) >= 2
    store = open_index(str(tmp_path / "p.db"))
    first = ingest(store, [str(docs)])
    assert first.counts["new"] == len(names) and sorted(parse_calls) == names
    parse_calls.clear()
    second = ingest(store, [str(docs)])
    assert second.counts["unchanged"] == len(names) and second.counts["new"] == 0
    assert parse_calls == []  # not one file read by the parser again
    changed = docs / names[0]
    changed.write_bytes(changed.read_bytes() + b"\nTilfoejet linje.\n")
    third = ingest(store, [str(docs)])
    assert parse_calls == [names[0]]  # only the file whose bytes changed
    assert third.counts["replaced"] == 1 and third.counts["unchanged"] == len(names) - 1
    store.close()
