"""Ranking features on top of tantivy's BM25, each switchable so its worth can be measured.

    fields       title and decision weigh more than body text (a word in the title names the case)
    coordination results matching more of the query words rank higher
    document     ... counting the words the rest of the same document matches at half weight: a
                 query mixes the meeting ("ØU juni 2009") with the topic, which sit in different
                 rows of one document (the header unit and an item)
    casenumber   an item carrying the exact case number asked for comes first
    recency      among equal scores the newer meeting first
    fuzzy        a query word the index does not know (a misspelled name or place) also matches
                 indexed words one or two edits away

The `plain` analyzer is the baseline: plain BM25 over every field, none of the features.
SAGSGANG_RANKING_OFF (comma-separated names) switches features off for measurement only
(benchmarks/retrieval/run.py --without); nothing else reads it.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

import tantivy

from .index import SCHEMA

Q = tantivy.Query
Occur = tantivy.Occur
FEATURES = ("fields", "coordination", "document", "casenumber", "recency", "fuzzy")
WEIGHTS = (4.0, 2.0, 1.0)  # field boosts: title, decision, body
FLAT = (1.0, 1.0, 1.0)
DOCUMENT_SHARE = 0.5       # a query word matched elsewhere in the document counts this much
CASE_FIRST = 1000.0        # added to the score of an item with the exact case number asked for
TIE_DIGITS = 2             # scores equal to this many decimals are ties (recency breaks them)
COORDINATION_POWER = 2     # score times (matched words / query words) to this power


@dataclass(frozen=True)
class Ranking:
    features: frozenset[str]

    def has(self, name: str) -> bool:
        return name in self.features

    @property
    def weights(self) -> tuple[float, float, float]:
        return WEIGHTS if self.has("fields") else FLAT


def ranking_for(analyzer: str) -> Ranking:
    """Every feature for the Danish analyzer (minus any switched off for a measurement), none for
    the plain BM25 baseline."""
    if analyzer == "plain":
        return Ranking(frozenset())
    off = {x.strip() for x in os.environ.get("SAGSGANG_RANKING_OFF", "").split(",")}
    return Ranking(frozenset(f for f in FEATURES if f not in off))


def fuzzy_distance(word: str) -> int:
    """Edits allowed for an unknown query word: none for short words and numbers (too many
    neighbours), one from five letters, two from nine."""
    if len(word) < 5 or any(c.isdigit() for c in word):
        return 0
    return 1 if len(word) < 9 else 2


def _matching(searcher: tantivy.Searcher, query: tantivy.Query, among: list[int]) -> set[int]:
    res = searcher.search(Q.boolean_query([(Occur.Must, query), (Occur.Must, Q.term_set_query(SCHEMA, "id", among))]),
                          limit=max(1, len(among)), count=False)
    return set(searcher.fast_field_values("id", [addr for _, addr in res.hits]))


def coordinate(searcher: tantivy.Searcher, clauses: list[tantivy.Query], scores: dict[int, float],
               siblings: dict[int, list[int]] | None = None) -> dict[int, float]:
    """Each score times (matched words / query words) squared, counted for the fetched results
    only, one small query per word. With `siblings` (result id -> the ids of every row of its
    document), a word only the rest of the document matches counts DOCUMENT_SHARE."""
    ids = list(scores)
    rows = sorted({r for rid in ids for r in (siblings or {}).get(rid, ())} | set(ids))
    covered: Counter[int] = Counter()
    for clause in clauses:
        hit = _matching(searcher, clause, rows)
        for rid in ids:
            if rid in hit:
                covered[rid] += 1
            elif siblings and not hit.isdisjoint(siblings.get(rid, ())):
                covered[rid] += DOCUMENT_SHARE
    n = len(clauses)
    return {rid: s * (covered[rid] / n) ** COORDINATION_POWER for rid, s in scores.items()}


def case_numbers_first(searcher: tantivy.Searcher, case_tokens: list[str], scores: dict[int, float]) -> dict:
    """Items whose title field (title, number and case numbers) holds an exact case number of
    the query get CASE_FIRST added: an exact case number lookup lists that case's items first."""
    if not case_tokens:
        return scores
    query = Q.boolean_query([(Occur.Should, Q.term_query(SCHEMA, "title", t)) for t in case_tokens])
    hit = _matching(searcher, query, list(scores))
    return {rid: s + CASE_FIRST if rid in hit else s for rid, s in scores.items()}


def order(scores: dict[int, float], dates: dict[int, int], ranking: Ranking) -> list[int]:
    """Best first; with recency, equal scores (to TIE_DIGITS decimals) newest first."""
    if ranking.has("recency"):
        return sorted(scores, key=lambda rid: (-round(scores[rid], TIE_DIGITS), -dates.get(rid, 0), rid))
    return sorted(scores, key=lambda rid: (-round(scores[rid], 4), rid))
