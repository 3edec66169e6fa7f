"""Ranking features kept for their measured gain: coordination and fuzzy matching of unknown words."""
from __future__ import annotations

import pytest

from sagsgang.search import open_index, search
from sagsgang.search.ranking import fuzzy_distance, ranking_for

from .test_search import doc, item


@pytest.fixture
def store(tmp_path):
    s = open_index(str(tmp_path / "r.db"))
    s.put_document(doc("a.txt", "Syddjurs", "Byrådet", "2018-12-19", [
        item("Lokalplan for boligområde ved Lappedykkervej i Mørke", "Endelig behandling af lokalplan 416."),
        item("Whistleblowerordning", "Kommunen indfører en ordning for anonyme henvendelser.", number="2"),
        item("Bikubenfonden", "Det videre samarbejde med fonden om hjemløse ved Franck Jensen.", number="3"),
    ]), "/x/a.txt")
    s.put_document(doc("b.txt", "Varde", "Byrådet", "2019-09-03", [
        item("Stedfortrædere", "Indkaldelse af stedfortræder ved forfald.", number="1"),
        item("Ny skole", "Stedfortræder Rie Frank deltog i behandlingen af skolen.", number="2"),
    ]), "/x/b.txt")
    yield s
    s.close()


def test_fuzzy_distance_by_length():
    assert [fuzzy_distance(w) for w in ("mørk", "lappe", "bikubefond", "2019x", "lappedyk")] == [0, 1, 2, 0, 1]


def test_a_misspelled_name_or_place_is_found(store):
    assert [r["title"] for r in search(store, "Lappedykervej")["results"]] == [
        "Lokalplan for boligområde ved Lappedykkervej i Mørke"]
    assert [r["title"] for r in search(store, "Bikubefonden")["results"]] == ["Bikubenfonden"]


def test_a_compound_typed_apart_finds_the_compound(store):
    assert search(store, "whistleblower ordning")["results"][0]["title"] == "Whistleblowerordning"


def test_a_known_word_is_never_fuzzed(store):
    assert [r["title"] for r in search(store, "Frank")["results"]] == ["Ny skole"]  # not also Franck
    assert {r["title"] for r in search(store, "Franc")["results"]} == {"Ny skole", "Bikubenfonden"}  # unknown
    assert search(store, "Fran")["total"] == 0  # four letters: too short to guess


def test_coordination_puts_the_item_matching_every_word_first(store):
    # 'Stedfortrædere' holds the word three times in title and body; 'Ny skole' holds all three words
    assert search(store, "Rie Frank stedfortræder")["results"][0]["title"] == "Ny skole"


def test_plain_baseline_has_no_features_and_measurements_can_switch_them_off(monkeypatch):
    assert ranking_for("plain").features == frozenset()
    assert ranking_for("danish").features == {"coordination", "fuzzy"}
    monkeypatch.setenv("SAGSGANG_RANKING_OFF", "fuzzy")
    assert ranking_for("danish").features == {"coordination"}


def test_the_plain_baseline_does_not_fuzz(tmp_path, monkeypatch):
    monkeypatch.setenv("SAGSGANG_ANALYZER", "plain")
    s = open_index(str(tmp_path / "p.db"))
    s.put_document(doc("a.txt", "Syddjurs", "Byrådet", "2018-12-19", [item("Bikubenfonden", "Samarbejde.")]), "/x/a")
    try:
        assert search(s, "Bikubefonden")["total"] == 0
        assert search(s, "Bikubenfonden")["total"] == 1
    finally:
        s.close()
