"""PostgreSQL full-text search over the tokens of our Danish analyzer, for benchmarks/search/engines.py.

PostgreSQL must not analyse again: the tsvector is written literally from analyzer.index_words
(every token with its position, as tantivy indexes it) and the tsquery literally from the same
query analysis (search/analyzer.py), so both engines see the same tokens and only the engine
differs. The `simple` configuration is never applied to our text.

Limits PostgreSQL puts on a tsvector (and so on this engine): positions above 16,383 count as
16,383 and a lexeme keeps its first 256 positions, so a phrase far into a long body may be missed.
Not translated (tantivy-only ranking features, ranking.py): coordination, fuzzy matching and the
vocabulary split of unknown words; exact twins (HTML/PDF) are not deduplicated either.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sagsgang.search.analyzer import GROUP, STOPWORDS, Token, fold, tokens, word_variants

MAX_POSITION = 16383
MAX_POSITIONS = 256
FIELD_GAP = 1  # a position left out between title, decision and body, so no phrase spans two fields
_PHRASE = re.compile(r'(-?)"([^"]*)"')


def lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector(fields: Iterable[str]) -> str:
    """The tsvector literal of an item's analysed fields (analyzer.index_words strings): each
    token at its position, the fields one after another."""
    where: dict[str, list[int]] = {}
    pos = 0
    for text in fields:
        for word in (text or "").split():
            for tok in word.split(GROUP):
                pos += 1
                seen = where.setdefault(tok, [])
                if len(seen) < MAX_POSITIONS:
                    seen.append(min(pos, MAX_POSITION))
        pos += FIELD_GAP
    return " ".join(f"{lexeme(t)}:{','.join(map(str, sorted(set(p))))}" for t, p in where.items())


def _word(tok: Token) -> str:
    """A query word as search/engine._word_clause reads it without the index: its whole-word
    token, or all its compound parts, or all the words of its abbreviation."""
    if tok.whole.startswith("cn_"):
        return lexeme(tok.whole)
    whole, parts, syn = word_variants(tok.text)
    alts = [lexeme(whole)] + [f"({' & '.join(map(lexeme, group))})" for group in (parts, syn) if group]
    return alts[0] if len(alts) == 1 else f"({' | '.join(alts)})"


def _phrase(words: list[Token]) -> str:
    """The words in order, next to each other: the next whole-word token comes after this word's
    own extra tokens (compound parts, synonyms), as the index positions them."""
    out = lexeme(words[0].whole)
    for prev, tok in zip(words, words[1:], strict=False):
        out += f" <{1 + len(prev.extra)}> {lexeme(tok.whole)}"
    return f"({out})"


def tsquery(text: str) -> str | None:
    """Our query syntax (words: any may match; "phrases": required; -word / -"phrase": excluded;
    word*: prefix) as a tsquery literal; None when nothing is left to search."""
    required, excluded, rest, pos = [], [], [], 0
    for m in _PHRASE.finditer(text or ""):
        rest.append(text[pos:m.start()])
        pos = m.end()
        words = tokens(m.group(2))
        if words:
            (excluded if m.group(1) else required).append(_phrase(words))
    rest.append((text or "")[pos:])
    plain: list[Token] = []
    any_of: list[str] = []
    for chunk in " ".join(rest).replace('"', " ").split():
        if chunk.startswith("-") and len(chunk) > 1:
            excluded.extend(lexeme(t.whole) for t in tokens(chunk[1:]))
        elif chunk.endswith("*") and len(chunk.rstrip("*")) >= 2:
            any_of.append(lexeme(fold(chunk.rstrip("*"))) + ":*")
        else:
            plain.extend(tokens(chunk))
    content = [t for t in plain if fold(t.text) not in STOPWORDS] or plain
    any_of.extend(dict.fromkeys(_word(t) for t in content))
    parts = ([f"({' | '.join(any_of)})"] if any_of else []) + required
    if not parts:
        return None
    return " & ".join(parts + [f"!{x}" for x in excluded])


TABLE = """CREATE TABLE {name} (id bigint NOT NULL, municipality text, committee text, year text, doc_type text,
           tsv tsvector NOT NULL)"""


def create_tables(conn, municipalities: list[str]) -> None:
    """items_fts: one table; items_fts_muni: the same rows partitioned by municipality (one
    partition each, NULL and unknown ones in a default partition)."""
    conn.execute("DROP TABLE IF EXISTS items_fts, items_fts_muni CASCADE")
    conn.execute(TABLE.format(name="items_fts"))
    conn.execute(TABLE.format(name="items_fts_muni") + " PARTITION BY LIST (municipality)")
    for k, muni in enumerate(municipalities):
        conn.execute(f"CREATE TABLE items_fts_muni_{k} PARTITION OF items_fts_muni FOR VALUES IN ("
                     f"{lexeme(muni)})")
    conn.execute("CREATE TABLE items_fts_muni_other PARTITION OF items_fts_muni DEFAULT")


def copy_rows(conn, table: str, rows: Iterator[tuple]) -> int:
    """COPY (item_id, index_words fields, municipality, committee, date, doc_type) rows in."""
    n = 0
    with conn.cursor() as cur, cur.copy(f"COPY {table} (id, municipality, committee, year, doc_type, tsv) "
                                        "FROM STDIN") as cp:
        for item_id, fields, muni, comm, date, dtype in rows:
            cp.write_row((item_id, muni, comm, (date or "")[:4] or None, dtype, tsvector(fields)))
            n += 1
    return n


def create_indexes(conn, table: str) -> None:
    """RUM over the tsvector (ranked top-k: ORDER BY tsv <=> query), b-tree for the filter."""
    conn.execute("SET maintenance_work_mem = '1GB'")
    conn.execute(f"CREATE INDEX ON {table} USING rum (tsv rum_tsvector_ops)")
    conn.execute(f"CREATE INDEX ON {table} (municipality)")
    conn.execute(f"ANALYZE {table}")


def top(conn, table: str, query: str, limit: int = 10, municipality: str | None = None) -> list[int]:
    """The ranked top-k by RUM's distance (smaller is better), ties by id."""
    where = " AND municipality = %(m)s" if municipality else ""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM {table} WHERE tsv @@ %(q)s::tsquery{where} ORDER BY tsv <=> %(q)s::tsquery, id "
        f"LIMIT {int(limit)}", {"q": query, "m": municipality})]


def counts(conn, table: str, query: str, municipality: str | None = None) -> tuple[int, dict]:
    """The total and facet counts (municipality, committee, year) over every match, one query."""
    where = " AND municipality = %(m)s" if municipality else ""
    facets: dict[str, dict] = {"municipality": {}, "committee": {}, "year": {}}
    total = 0
    names = {3: "municipality", 5: "committee", 6: "year"}  # GROUPING(): a bit per column left out
    for g, muni, comm, year, n in conn.execute(
            f"SELECT GROUPING(municipality, committee, year), municipality, committee, year, count(*) FROM {table} "
            f"WHERE tsv @@ %(q)s::tsquery{where} GROUP BY GROUPING SETS ((municipality), (committee), (year))",
            {"q": query, "m": municipality}):
        name = names[g]
        if name == "municipality":
            total += n
        key = {"municipality": muni, "committee": comm, "year": year}[name]
        if key is not None:
            facets[name][key] = n
    return total, facets
