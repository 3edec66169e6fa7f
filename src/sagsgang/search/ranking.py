"""Ranking on top of tantivy's BM25: the features that raised the check set's MRR, switchable so
their worth can be measured again (BENCHMARKS.md, retrieval).

    coordination results matching more of the query words rank higher
    fuzzy        a query word the index does not know (a misspelled name or place, or the head of
                 a compound typed apart: "whistleblower ordning") also matches indexed words one
                 or two edits away, and longer indexed words it starts

Measured and dropped (no gain, or a loss, on the check set; see BENCHMARKS.md): boosting title
and decision fields above body text (parsed titles are often long and noisy, so a title boost
ranked the wrong item first), counting query words the rest of the same document matches,
putting exact case numbers first and recency as a tie-breaker (both already ranked first/equal).
Every field counts the same.

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
FEATURES = ("coordination", "fuzzy")
COORDINATION_POWER = 2     # score times (matched words / query words) to this power


@dataclass(frozen=True)
class Ranking:
    features: frozenset[str]

    def has(self, name: str) -> bool:
        return name in self.features


def ranking_for(analyzer: str) -> Ranking:
    """Every feature for the Danish analyzer (minus any switched off for a measurement), none for
    the plain BM25 baseline."""
    if analyzer == "plain":
        return Ranking(frozenset())
    off = {x.strip() for x in os.environ.get("SAGSGANG_RANKING_OFF", "").split(",")}
    return Ranking(frozenset(f for f in FEATURES if f not in off))


def fuzzy_distance(word: str) -> int:
    """Edits allowed for an unknown query word: none for short words and numbers (too many
    neighbours, and a misspelled number is another number), one from five letters, two from nine."""
    if len(word) < 5 or any(c.isdigit() for c in word):
        return 0
    return 1 if len(word) < 9 else 2


def coordinate(searcher: tantivy.Searcher, clauses: list[tantivy.Query], scores: dict[int, float]) -> dict:
    """Each score times (matched words / query words) squared, counted for the fetched results
    only, one small query per word."""
    among = Q.term_set_query(SCHEMA, "id", list(scores))
    covered: Counter[int] = Counter()
    for clause in clauses:
        res = searcher.search(Q.boolean_query([(Occur.Must, clause), (Occur.Must, among)]), limit=len(scores),
                              count=False)
        covered.update(searcher.fast_field_values("id", [addr for _, addr in res.hits]))
    n = len(clauses)
    return {rid: s * (covered[rid] / n) ** COORDINATION_POWER for rid, s in scores.items()}
