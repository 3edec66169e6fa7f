"""When documents were (re)ingested, as the web's `modified` and Last-Modified read it from the
store (store/views.py ingested_at, latest_ingest): per content hash, and the newest of a set
(looked up 500 hashes at a time). Times set by hand through the store's clock."""
from __future__ import annotations

import pytest

from sagsgang.model import AgendaItem, Document
from sagsgang.search import index_item
from sagsgang.store import open_store


@pytest.fixture
def store(tmp_path, monkeypatch):
    times = iter(["2024-05-01T10:00:00+02:00", "2024-06-01T10:00:00+02:00", "2024-04-01T10:00:00+02:00"])
    monkeypatch.setattr("sagsgang.store.sqlite.now_iso", lambda: next(times))
    s = open_store(str(tmp_path / "s.db"), indexer=index_item)
    for name in ("a", "b", "c"):
        s.put_document(Document(source=f"{name}.txt", municipality="Faxe", content_hash=name * 64,
                                items=[AgendaItem(title=f"Sag {name}", number="1")]), f"/data/{name}.txt")
    yield s
    s.close()


def test_ingested_at_per_content_hash(store):
    assert store.ingested_at("b" * 64) == "2024-06-01T10:00:00+02:00"
    assert store.ingested_at("c" * 64) == "2024-04-01T10:00:00+02:00"
    assert store.ingested_at("x" * 64) is None


def test_latest_ingest_of_a_set_however_many(store):
    assert store.latest_ingest(["a" * 64, "c" * 64]) == "2024-05-01T10:00:00+02:00"
    assert store.latest_ingest(["c" * 64]) == "2024-04-01T10:00:00+02:00"
    assert store.latest_ingest([]) is None and store.latest_ingest(["x" * 64]) is None
    # the newest is in the second lookup of 500, the first lookup finds one too
    many = ["a" * 64] + [f"{n:064}" for n in range(600)] + ["b" * 64]
    assert store.latest_ingest(many) == "2024-06-01T10:00:00+02:00"
    # and the other way round: the newest first, an older one later must not replace it
    assert store.latest_ingest(["b" * 64] + [f"{n:064}" for n in range(600)] + ["a" * 64]) == (
        "2024-06-01T10:00:00+02:00")
