"""benchmarks/search/pgfts.py: our analysed tokens written as PostgreSQL tsvector / tsquery literals
(the engine comparison is only fair if both engines see the same tokens). Values written by hand."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from sagsgang.search.analyzer import index_words

_spec = importlib.util.spec_from_file_location(
    "pgfts", Path(__file__).resolve().parents[2] / "benchmarks" / "search" / "pgfts.py")
pgfts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pgfts)


def test_tsvector_positions_follow_the_index():
    fields = [index_words("Ældreområdet i ØU"), "", index_words("til ØU")]
    # title 1-6, a gap after each field (7, 8), body from 9
    assert pgfts.tsvector(fields) == (
        "'ældreområd':1 'ældr':2 'områd':3 'i':4 'øu':5,10 'økonomiudvalg':6,11 'til':9")
    assert pgfts.tsvector(["", "", ""]) == ""


def test_tsquery_translates_our_syntax():
    assert pgfts.tsquery("velfærdsaftale") == "(('velfærdsaftal' | ('velfærd' & 'aftal')))"
    assert pgfts.tsquery("godkendelse af dagsorden") == "('godkend' | 'dagsord')"  # 'af' is a stop word
    assert pgfts.tsquery('"taget til efterretning"') == "('tag' <1> 'til' <1> 'efterretning')"
    # a word's extra tokens sit between it and the next word
    assert pgfts.tsquery('"ældreområdet nu"') == "('ældreområd' <3> 'nu')"
    assert pgfts.tsquery("parkering -budget") == "('parkering') & !'budg'"
    assert pgfts.tsquery("bud*") == "('bud':*)"
    assert pgfts.tsquery("") is None and pgfts.tsquery('""') is None
    assert pgfts.lexeme("it's") == "'it''s'"


@pytest.mark.skipif(not os.environ.get("SAGSGANG_TEST_PG_DSN"), reason="no PostgreSQL (SAGSGANG_TEST_PG_DSN)")
def test_postgresql_matches_phrases_as_tantivy_does():
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(os.environ["SAGSGANG_TEST_PG_DSN"], autocommit=True) as conn:
        rows = {1: "Sagen blev taget til efterretning.", 2: "Taget blev repareret, til sidst efterretning.",
                3: "ældreområdet nu igen"}
        got = {}
        for q in ('"taget til efterretning"', '"ældreområdet nu"', "efterretning"):
            found = conn.execute(
                "SELECT array_agg(id ORDER BY id) FROM (VALUES " + ",".join(["(%s, %s::tsvector)"] * len(rows)) +
                ") AS t(id, tsv) WHERE tsv @@ %s::tsquery",
                [x for k, text in rows.items() for x in (k, pgfts.tsvector(["", "", index_words(text)]))]
                + [pgfts.tsquery(q)]).fetchone()[0]
            got[q] = found
    assert got == {'"taget til efterretning"': [1], '"ældreområdet nu"': [3],
                   "efterretning": [1, 2]}
