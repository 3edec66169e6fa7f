"""The search engine: a tantivy index (index.py) over token strings analysed in Python.

All Danish analysis happens in analyzer.py, so the index only sees space-separated tokens; the
query side turns every query word into term queries over the same tokens. Everything outside
this package talks to `index_row`, `rebuild_index` and `search`.

Query syntax: words (any order; every word counts, items matching more of them rank higher),
"exact phrases" (required; the words in this order, next to each other), -word and -"phrase"
(exclusion). User input never reaches a query parser: it is analysed into tokens and every token
becomes a term query.

Cost at scale: tantivy ranks the matches (without counting them, so it may skip what cannot
reach the top) while one aggregation over columnar fields, on a second core, counts every match,
the facets and the hits inside bilag: every match is walked once for counting. Phrases are word-
pair lookups (index.py). Python sees only the top of the ranking: when a query has at most
EXACT_MATCHES matches, all of them are deduplicated (HTML/PDF twins shown once) and totals and
facets count the kept results exactly; beyond that, the page and a reserve below it are
deduplicated, the total drops the twins found there and facets count every match.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any
from weakref import WeakKeyDictionary

import tantivy

from ..link.identity import committee_key
from ..link.neardup import sketch_jaccard, word_sketch
from ..model import AgendaItem, Document, Meeting, TextUnit
from ..parse.casenumbers import normalize_case_number
from ..privacy import mask_cpr
from ..store.batches import chunks, marks
from ..store.bilag import BILAG_TYPE, hit_info, page_item
from ..store.codec import decode_parsed, decode_text
from ..store.prepare import unit_item
from ..unsplit import covered_words, uncovered_terms
from . import changelog
from .analyzer import (
    STOPWORDS,
    Token,
    fold,
    index_words,
    match_forms,
    pair_token,
    tokens,
    word_matches,
    word_variants,
)
from .follow import follower_of
from .index import PAIR_FIELDS, SCHEMA, SYNC_EVERY, TEXT_FIELDS, SearchIndex, date_number
from .ranking import Ranking, coordinate, fuzzy_distance, ranking_for

SNIPPET_WORDS = 28
EXACT_MATCHES = 100   # up to this many matches, totals and facets are exact after dedupe
RESERVE = 40          # results fetched below the page, so dedupe can still fill it
RERANK = 200          # for queries of several words: results re-ranked by how many words they match
SYNC_SECONDS = 2.0    # an ingest also syncs when this long has passed since the last sync


def index_row(item: AgendaItem, analyzer: str = "danish", context: str = "") -> tuple[str, str, str]:
    """The analysed (title, decision, body) strings of one item (analyzer.index_words: the index
    needs each word's tokens grouped to index word pairs). A closed item is indexed by its
    title and case numbers only: its body and decisions are never published, so never searchable.
    `context` (municipality and committee) goes into the body, so 'metro Aarhus' prefers Aarhus."""
    title = index_words(" ".join([item.title, *item.case_numbers, *(item.number and [item.number] or [])]), analyzer)
    if not item.public:
        return title, "", ""
    decision = index_words("\n".join(d.text for d in item.decisions), analyzer)
    body = index_words("\n".join([item.body_text, *(a.title for a in item.attachments if a.public), context]),
                      analyzer)
    return title, decision, body


def item_context(doc: Document) -> str:
    return " ".join(x for x in (doc.municipality, doc.meeting and doc.meeting.committee) if x)


# -- the index of a store -------------------------------------------------------------------------

_INDEXES: WeakKeyDictionary = WeakKeyDictionary()


def _opened(store) -> SearchIndex:
    idx = _INDEXES.get(store)
    if idx is None:
        idx = _INDEXES[store] = SearchIndex(store.path, store.get_meta("index_id") or "")
        ref = weakref.ref(store)  # the index must not keep its store alive (_INDEXES is weak)
        idx.rebuild = lambda: rebuild_index(ref())
    return idx


def index_of(store) -> SearchIndex:
    """The store's search index, opened once per store object. A new index folder (first open,
    or one left by another database) is built from the stored records. Applying a queue is the
    caller's choice: a writer syncs, a search catches up."""
    fresh = store not in _INDEXES
    idx = _opened(store)
    if fresh and (idx.fresh or store.get_meta("index_stale") or idx.behind(store.conn)):
        rebuild_index(store)
    return idx


def catch_up(store, idx: SearchIndex) -> None:
    """Apply the changes committed since this index's position, if tantivy's writer lock is free
    at once: an ingest in this machine holds it (and applies its own changes), so a search during
    an ingest never waits for it; a change committed by another machine (a worker, another web
    node's harvest) is applied by the next search here. Unless a follower in this process keeps
    the index up to date (serve, follow.py): then the search answers from the index as it is."""
    if follower_of(idx.node) is None:
        idx.sync(store.conn)


def after_commit(store) -> None:
    """The store's on_commit hook during an ingest: apply the queue every SYNC_EVERY documents or
    SYNC_SECONDS, holding tantivy's writer lock until the store closes."""
    idx = index_of(store)
    idx.pending_docs += 1
    if idx.pending_docs >= SYNC_EVERY or idx.since_sync() >= SYNC_SECONDS:
        if not idx.acquire(wait=60.0):
            raise RuntimeError(f"{store.path}: the search index is locked by another process")
        idx.sync(store.conn)


def on_close(store) -> None:
    """Apply what is left and let go of the writer lock."""
    idx = _INDEXES.get(store)
    if idx is not None:
        idx.sync(store.conn, wait=60.0)
        idx.release()


def _index_rows(store) -> Iterator[tuple]:
    conn = store.conn
    analyzer = store.analyzer_name()
    last = 0
    while True:  # in batches: the parsed documents of a national corpus do not fit in memory at once
        batch = conn.execute("SELECT id, parsed FROM documents WHERE id > ? ORDER BY id LIMIT 200", (last,)).fetchall()
        if not batch:
            return
        for doc_id, parsed in batch:
            doc = decode_parsed(parsed)
            rows = conn.execute("SELECT id, municipality, committee, date, document_type, unit, body, page, public, "
                                "title FROM items WHERE document_id=? ORDER BY position", (doc_id,)).fetchall()
            if doc.document_type == BILAG_TYPE:  # pages of a bilag; a closed item's are never indexed
                for item_id, muni, comm, date, dtype, _unit, body, page, public, title in rows:
                    if public:
                        context = Document(source="", municipality=muni, meeting=Meeting(committee=comm))
                        yield (item_id, index_row(page_item(title, decode_text(body), page), analyzer,
                                                  item_context(context)), muni, comm, date, dtype)
                continue
            items = iter(doc.items)
            covered = covered_words(doc) if len(rows) > len(doc.items) else set()
            for item_id, muni, comm, date, dtype, unit, body, page, _public, _title in rows:
                if unit:
                    text = decode_text(body)
                    item = unit_item(TextUnit(text, page, terms=uncovered_terms(text, covered)))
                else:
                    item = next(items)
                yield item_id, index_row(item, analyzer, item_context(doc)), muni, comm, date, dtype
        last = batch[-1][0]


def rebuild_index(store) -> int:
    """Recreate the whole search index from the stored records; return the item count."""
    n = _opened(store).replace_all(_index_rows(store), store.conn)
    if not changelog.read_only(store.conn):  # a replica's flag is cleared by a node of the primary
        store.conn.execute("DELETE FROM meta WHERE key = 'index_stale'")
    return n


def indexed_ids(store) -> list[int]:
    """The item ids in the search index after applying any queue: the stored item ids when in sync."""
    idx = index_of(store)
    idx.sync(store.conn, wait=60.0)
    searcher = idx.searcher()
    found = searcher.search(Q.all_query(), limit=max(1, searcher.num_docs), count=False)
    return sorted(searcher.fast_field_values("id", [addr for _, addr in found.hits]))


Q = tantivy.Query
Occur = tantivy.Occur
FULL = ranking_for("danish")


def unfindable(store, source: str, words: list[str]) -> list[str]:
    """The words among `words` whose search (each a one-word query, built as `search` builds it)
    does not find the document `source`: empty when every word of it is searchable. For
    completeness checks; one term query per word, restricted to the document's rows."""
    idx = index_of(store)
    idx.sync(store.conn, wait=60.0)
    searcher = idx.searcher()
    ids = [r[0] for r in store.conn.execute(
        "SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE d.source = ?", (source,))]
    if not ids:
        return list(words)
    among = Q.term_set_query(SCHEMA, "id", ids)
    analyzer = store.analyzer_name()
    missing = []
    for word in words:
        query = build_query(parse_query(word, analyzer))
        if query is None or not searcher.search(Q.boolean_query([(Occur.Must, query), (Occur.Must, among)]),
                                                limit=1, count=False).hits:
            missing.append(word)
    return missing

# -- query parsing --------------------------------------------------------------------------------


def _any_field(token: str, distance: int = 0, prefix: bool = False) -> tantivy.Query:
    """One token in any text field (within `distance` edits, or as the start of a longer token
    with `prefix`, when given). Every field counts the same (ranking.py says why)."""
    def term(f: str) -> tantivy.Query:
        if distance or prefix:
            return Q.fuzzy_term_query(SCHEMA, f, token, distance, True, prefix)
        return Q.term_query(SCHEMA, f, token)
    return Q.boolean_query([(Occur.Should, term(f)) for f in TEXT_FIELDS])


def _all_of(toks: tuple[str, ...] | list[str]) -> tantivy.Query:
    if len(toks) == 1:
        return _any_field(toks[0])
    return Q.boolean_query([(Occur.Must, _any_field(t)) for t in toks])


def _phrase(words: list[Token]) -> tantivy.Query | None:
    """The words in this order, next to each other, in one field (compound parts and synonyms
    indexed after a word do not separate it from the next). Looked up as word pairs (index.py):
    two words are one pair term; more are a phrase of their pairs, in the same field's pairs."""
    if not words:
        return None
    if len(words) == 1:
        return _any_field(words[0].whole)
    pairs = [pair_token(a.whole, b.whole) for a, b in zip(words, words[1:], strict=False)]
    if len(pairs) == 1:
        return Q.boolean_query([(Occur.Should, Q.term_query(SCHEMA, f, pairs[0])) for f in PAIR_FIELDS])
    return Q.boolean_query([(Occur.Should, Q.phrase_query(SCHEMA, f, pairs, 0)) for f in PAIR_FIELDS])


@dataclass
class Query:
    clauses: list[tantivy.Query] = field(default_factory=list)     # one per query word; any may match
    phrases: list[tantivy.Query] = field(default_factory=list)     # required
    exclusions: list[tantivy.Query] = field(default_factory=list)
    required: list[tantivy.Query] = field(default_factory=list)    # words joined by AND: each must match
    highlight: set[str] = field(default_factory=set)               # tokens to <mark> in snippets
    words: int = 0                                                 # distinct query words to highlight


def _word_clause(tok: Token, analyzer: str, vocab: Callable[[str], int] | None = None,
                 ranking: Ranking = FULL) -> tantivy.Query:
    """One query word: its whole-word token, or all its compound parts, or the words of its
    abbreviation; a word the index does not know may be split against the index vocabulary, and
    (fuzzy) also matches indexed words within an edit or two, or starting with it."""
    if tok.whole.startswith("cn_") or analyzer == "plain":
        return _any_field(tok.whole)
    whole, parts, syn = word_variants(tok.text, analyzer)
    alts = [_any_field(whole)]
    unknown = vocab is not None and not vocab(whole)
    if not parts and unknown:
        parts = vocab_split(fold(tok.text), vocab)
    if parts:
        alts.append(_all_of(parts))
    if syn:
        alts.append(_all_of(syn))
    spelled = _ascii_letters(tok.text) if unknown else None
    if spelled:
        alts.extend(_word_clause(t, analyzer, None, ranking) for t in tokens(spelled, analyzer)[:1])
    if unknown and not parts and not syn and ranking.has("fuzzy") and fuzzy_distance(whole):
        alts.append(_any_field(whole, fuzzy_distance(whole)))  # a misspelled name or place
        alts.append(_any_field(whole, prefix=True))            # the head of a compound: whistleblower(ordning)
    return alts[0] if len(alts) == 1 else Q.boolean_query([(Occur.Should, a) for a in alts])


def _ascii_letters(word: str) -> str | None:
    """'aeldre' -> 'ældre', 'vindmoeller' -> 'vindmøller': æ and ø typed on a keyboard without them
    ('aa' -> 'å' the analyzer folds everywhere). Query side only, for a word the index does not know."""
    low = word.casefold()
    if "ae" not in low and "oe" not in low:
        return None
    return low.replace("ae", "æ").replace("oe", "ø")


def vocab_split(word: str, vocab: Callable[[str], int]) -> tuple[str, ...]:
    """A query word the index does not know, split in two words it does know (skoleskift ->
    skole + skift when documents say 'skift af skole'). Query side only, so the index never
    depends on its own vocabulary; the split with the rarest part wins (most specific)."""
    from .analyzer import LINKS, stem

    best: tuple[int, tuple[str, ...]] | None = None
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        for lf in {left, *(left[: -len(x)] for x in LINKS if left.endswith(x) and len(left) - len(x) >= 3)}:
            a, b = stem(lf), stem(right)
            na, nb = vocab(a), vocab(b)
            if na and nb and (best is None or min(na, nb) < best[0]):
                best = (min(na, nb), (a, b))
    return best[1] if best else ()


_PHRASE = re.compile(r'(-?)"([^"]*)"')


def parse_query(text: str, analyzer: str = "danish", vocab: Callable[[str], int] | None = None,
                ranking: Ranking = FULL) -> Query:
    query = Query()
    text = text or ""
    rest = []
    pos = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[pos:m.start()])
        pos = m.end()
        words = tokens(m.group(2), analyzer)
        expr = _phrase(words)
        if expr is None:
            continue
        if m.group(1):
            query.exclusions.append(expr)
        else:
            query.phrases.append(expr)
            query.highlight.update(t.whole for t in words)
            query.words += len({t.whole for t in words})
    rest.append(text[pos:])
    plain: list[tuple[Token, bool]] = []  # (token, joined to its neighbour by AND)
    chunks = " ".join(rest).replace('"', " ").split()
    negate = join = False
    for k, chunk in enumerate(chunks):
        if chunk in _OPERATORS and 0 < k < len(chunks) - 1 or chunk == "NOT" and k < len(chunks) - 1:
            negate, join = chunk == "NOT", chunk == "AND"  # "budget AND lokalplan", "budget NOT skole"
            if join and plain:
                plain[-1] = (plain[-1][0], True)
            continue
        if chunk.startswith("-") and len(chunk) > 1 or negate:
            for t in tokens(chunk[1:] if chunk.startswith("-") else chunk, analyzer):
                query.exclusions.append(_any_field(t.whole))
            negate = False
            continue
        if chunk.endswith("*") and len(chunk.rstrip("*")) >= 2:
            # "bud*": every indexed word that starts so (no stemming of a word's beginning)
            head = fold(chunk.rstrip("*"))
            prefix = _any_field(head, prefix=True)
            (query.required if join else query.clauses).append(prefix)
            query.highlight.add(head)
            query.words += 1
            join = False
            continue
        plain.extend((t, join) for t in tokens(chunk, analyzer))
        join = False
    content = [(t, j) for t, j in plain if fold(t.text) not in STOPWORDS or j] or plain
    seen = set()
    for t, joined in content:
        if t.whole in seen:
            continue
        seen.add(t.whole)
        (query.required if joined else query.clauses).append(_word_clause(t, analyzer, vocab, ranking))
        query.words += 1
        query.highlight.update((t.whole,) if t.whole.startswith("cn_") else t.all)
    return query


BILAG_CHOICES = ("include", "exclude", "only")  # search(bilag=...): hits inside bilag with the rest, none, only


# Operators written in capitals between words; 'og', 'eller', 'ikke' in lower case are words (stop words).
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def _filters(municipality: str | None, committee: str | None, date_from: str | None, date_to: str | None,
             year: str | int | None, doc_type: str | None, bilag: str | None = None) -> list[tantivy.Query]:
    out = []
    if bilag == "only":
        out.append(Q.term_query(SCHEMA, "doc_type", BILAG_TYPE))
    elif bilag == "exclude":  # every row has an id: all rows but the bilag pages
        out.append(Q.boolean_query([(Occur.Must, Q.all_query()),
                                    (Occur.MustNot, Q.term_query(SCHEMA, "doc_type", BILAG_TYPE))]))
    elif bilag not in (None, "include"):
        raise ValueError(f"bilag must be one of {', '.join(BILAG_CHOICES)}")
    if municipality:
        out.append(Q.term_query(SCHEMA, "municipality_key", fold(municipality)))
    if committee:
        out.append(Q.term_query(SCHEMA, "committee_key", fold(committee)))
    if doc_type:
        out.append(Q.term_query(SCHEMA, "doc_type", doc_type))
    lows = [n for n in (date_number(date_from, "0"), date_number(str(year), "0") if year else None) if n is not None]
    highs = [n for n in (date_number(date_to, "9"), date_number(str(year), "9") if year else None) if n is not None]
    if (date_from and not lows) or (date_to and not highs):  # a date that is no date matches nothing
        out.append(Q.empty_query())
    elif lows or highs:
        out.append(Q.range_query(SCHEMA, "date", tantivy.FieldType.Integer, max(lows) if lows else None,
                                 min(highs) if highs else None))
    return out


def build_query(query: Query, filters: list[tantivy.Query] | None = None) -> tantivy.Query | None:
    """The whole query: any of the words, all phrases, no exclusion; filters add no score."""
    parts: list[tuple[tantivy.Occur, tantivy.Query]] = []
    if query.clauses:
        parts.append((Occur.Must, query.clauses[0] if len(query.clauses) == 1 else
                      Q.boolean_query([(Occur.Should, c) for c in query.clauses])))
    parts.extend((Occur.Must, r) for r in query.required)
    parts.extend((Occur.Must, p) for p in query.phrases)
    if not parts:
        return None
    parts.extend((Occur.MustNot, x) for x in query.exclusions)
    parts.extend((Occur.Must, Q.const_score_query(f, 0.0)) for f in filters or ())
    return Q.boolean_query(parts)


# -- search ---------------------------------------------------------------------------------------

# Light columns for every match (filters, facets, dedupe keys); texts only where needed.
_COLUMNS = ("i.id, i.number, i.title, i.public, i.case_numbers, i.municipality, i.committee, i.date, "
            "i.document_type, d.source, i.sketch, i.body_chars, COALESCE(d.path, d.source), i.unit, i.page")
_TEXTS = "i.id, i.body, (SELECT group_concat(text, ' ') FROM decisions WHERE item_id=i.id)"


def _select(conn, columns: str, ids: list[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for chunk in chunks(ids):
        for row in conn.execute(f"SELECT {columns} FROM items i JOIN documents d ON d.id=i.document_id "
                                f"WHERE i.id IN ({marks(chunk)})", chunk):  # placeholders only; values bound
            out[row[0]] = row
    return out


class _Texts:
    """Item bodies and decision texts, loaded when first needed: a search touches the texts of the
    page it shows and of the few results whose dedupe key and title collide, not of every match."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.cache: dict[int, tuple[str, str]] = {}

    def load(self, ids: list[int]) -> None:
        missing = [i for i in ids if i not in self.cache]
        for rid, body, decisions in _select(self.conn, _TEXTS, missing).values():
            self.cache[rid] = (decode_text(body), decisions or "")

    def body(self, r: dict) -> str:
        self.load([r["_id"]])
        return self.cache[r["_id"]][0]

    def decisions(self, r: dict) -> str:
        self.load([r["_id"]])
        return self.cache[r["_id"]][1]


def _norm_title(title: str) -> str:
    return " ".join(re.findall(r"\w+", fold(title or "")))


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = set(a.split()), set(b.split())
    if sa and sb and len(sa & sb) / len(sa | sb) >= 0.8:
        return True
    if abs(len(a) - len(b)) > 0.2 * max(len(a), len(b)):
        return False
    m = SequenceMatcher(None, a, b, autojunk=False)  # text-layer noise: 'pa' for 'på', joined words
    return m.real_quick_ratio() >= 0.9 and m.quick_ratio() >= 0.9 and m.ratio() >= 0.9


def _sketch(r: dict, texts: _Texts) -> tuple[bytes, int]:
    """The stored word sketch and body length; computed from the body for rows stored before them."""
    if r["_sketch"] is None:
        body = texts.body(r)
        r["_sketch"], r["_chars"] = word_sketch(body), len(body)
    return r["_sketch"], r["_chars"]


def _same_text(r: dict, k: dict, texts: _Texts) -> bool:
    """Near-identical bodies (the same write-up, e.g. HTML and PDF text of it): word-set Jaccard
    >= 0.85, estimated from the sketches. Without a body to compare (closed items, title-only
    agendas) the same date stands in for it."""
    (sa, na), (sb, nb) = _sketch(r, texts), _sketch(k, texts)
    if na >= 200 and nb >= 200:
        return sketch_jaccard(sa, sb) >= 0.85
    return r["date"] == k["date"] or not r["date"] or not k["date"]


class Deduper:
    """The same item published twice (HTML and PDF of one meeting): a near-identical title, the
    same case number (without case numbers: the same municipality and date), the same body on the
    same date and near-identical text. One case write-up treated by two committees, or by one
    committee at a new meeting, stays two results: each body's decision is its own. Candidates
    are looked up by key: linear in the number of matches."""

    def __init__(self, texts: _Texts) -> None:
        self.by_key: dict[tuple, list[dict]] = {}
        self.texts = texts

    @staticmethod
    def keys(r: dict) -> list[tuple]:
        if r["case_numbers"]:
            return [("case", normalize_case_number(c)) for c in r["case_numbers"]]
        return [("when", r["municipality"], r["date"])]

    def seen(self, r: dict) -> bool:
        """True when `r` duplicates a kept result; otherwise remember it and return False. A bilag
        page is never a twin (its bytes are stored once; each page is a result of its own), though
        its title, 'bilag 2 side 1', is as near to 'bilag 2 side 2' as a twin's."""
        if r["unit"] == BILAG_TYPE:
            return False
        keys = self.keys(r)
        for key in keys:
            for k in self.by_key.get(key, ()):
                if (r["date"] == k["date"] and committee_key(r["committee"] or "") == committee_key(
                        k["committee"] or "")
                        and _similar(r["_ntitle"], k["_ntitle"]) and _same_text(r, k, self.texts)):
                    return True
        for key in keys:
            self.by_key.setdefault(key, []).append(r)
        return False


def snippet_hits(text: str, highlight: set[str], analyzer: str = "danish", want: int = 0) -> tuple[str, int]:
    """A window of the text with the most distinct matching words, matches wrapped in <mark>; and
    how many matching words were seen. The window is HTML: every character of the document is
    escaped, the only markup is the <mark> added here (clients insert snippets as HTML).
    Scanning stops at the first window holding `want` distinct
    matching words (the number of query words), so a long body is read only as far as needed.

    Words are analysed as analyzer.tokens does, memoised per surface form, without building a
    Token per word: snippets are on the hot path of every search."""
    if not text:
        return "", 0
    text = unicodedata.normalize("NFC", text)
    folded = fold(text)
    if not any(h.startswith("cn_") or h in folded for h in highlight):
        # every index token is a prefix of a folded word or word part (Snowball only strips
        # endings), so a text without any of them as a substring has no match: skip the scan.
        # A case-number token (cn_22_8164) is no substring of the text: it always means a scan.
        highlight = set()
        want = -1
    spans: list[tuple[int, int]] = []
    hits: dict[int, str] = {}          # word index -> its index token, for words that match
    order: list[int] = []              # hit word indices, ascending
    memo: dict[str, str] = {}
    best, start, evaluated = -1, 0, 0

    def evaluate(h: int) -> None:
        nonlocal best, start
        s0 = max(0, h - 4)
        window = {hits[i] for i in order[bisect_left(order, s0):bisect_left(order, s0 + SNIPPET_WORDS)]}
        if len(window) > best:
            best, start = len(window), s0

    for m in word_matches(text, analyzer):
        word = m.group(0)
        hit = memo.get(word)
        if hit is None:
            whole, extra = match_forms(m, analyzer)
            hit = memo[word] = "" if highlight.isdisjoint((whole, *extra)) else whole
        if hit:
            hits[len(spans)] = hit
            order.append(len(spans))
        spans.append(m.span())
        while evaluated < len(order) and max(0, order[evaluated] - 4) + SNIPPET_WORDS < len(spans):
            evaluate(order[evaluated])  # its window is fully read
            evaluated += 1
        if want and best >= want and len(spans) > start + SNIPPET_WORDS:
            break  # want == -1: no match anywhere, the first words will do
    if not spans:
        return "", 0
    for h in order[evaluated:]:
        evaluate(h)
    end = min(len(spans), start + SNIPPET_WORDS)
    out = []
    pos = spans[start][0]
    for i in range(start, end):
        a, b = spans[i]
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark>{html.escape(text[a:b])}</mark>" if i in hits else html.escape(text[a:b]))
        pos = b
    s = " ".join("".join(out).split())
    return ("… " if start > 0 else "") + s + (" …" if end < len(spans) else ""), len(hits)


def snippet(text: str, highlight: set[str], analyzer: str = "danish") -> str:
    """A window of the text with the most distinct matching words, matches wrapped in <mark>."""
    return snippet_hits(text, highlight, analyzer)[0]


def _results(conn, ids: list[int], scores: dict[int, float]) -> list[dict]:
    """Result rows of these items, best first (ties: by source name); items removed from the
    store since the index last synced are left out."""
    results = []
    for rid, row in _select(conn, _COLUMNS, ids).items():
        (_, number, title, public, cases, muni, comm, date, _dtype, source, sketch, chars, origin, unit, page) = row
        if unit == "bilag" and not public:  # a closed item's bilag page (its removal may not be synced yet)
            continue
        if unit:  # document text outside items: titled by its heading (or the document)
            title = title or " ".join(x for x in (comm, date) if x) or source
        results.append({"_id": rid, "_ntitle": _norm_title(title), "_sketch": sketch, "_chars": chars or 0,
                        "_origin": origin,
                        "source": source, "municipality": muni, "committee": comm, "date": date,
                        "item_number": number, "title": title, "case_numbers": json.loads(cases),
                        "public": bool(public), "snippet": "", "score": round(scores[rid], 4),
                        "unit": unit or "item", "page": page})
    _with_bilag(conn, results)
    results.sort(key=lambda r: (-r["score"], r["source"], r["_id"]))
    return results


BILAG_LABEL = "bilag {number}til punkt {item}, side {page}"  # how every surface names a hit inside a bilag


def bilag_label(b: dict) -> str:
    """'bilag 2 til punkt 5, side 3'; an unlinked bilag: 'bilag (ikke knyttet til et punkt), side 3'."""
    number = f"{b['number']} " if b.get("number") else ""
    if not b.get("linked"):
        return f"bilag {number}(ikke knyttet til et punkt), side {b.get('page') or '?'}"
    return BILAG_LABEL.format(number=number, item=b.get("item_number") or "?", page=b.get("page") or "?")


def _with_bilag(conn, results: list[dict]) -> None:
    """Hits inside a bilag page: shown as their item (title, number, case numbers, the item's
    document as origin) with the bilag named under "bilag" (id, title, number, page, PDF link,
    OCR'd or not, how it was linked). An unlinked bilag keeps its own title. Each page is a
    result of its own: dedupe never merges two pages or a page with its item."""
    pages = [r for r in results if r["unit"] == "bilag"]
    if not pages:
        return
    info = hit_info(conn, [r["_id"] for r in pages])
    for r in pages:
        b = info.get(r["_id"])
        if b is None:
            continue
        r["_ntitle"] = f"bilag {b['id']} side {b['page']}"
        r["_sketch"], r["_chars"] = None, 0
        if b["linked"]:
            r.update(title=b["item_title"] or r["title"], item_number=b["item_number"], case_numbers=b["case_numbers"],
                     _origin=b["item_origin"], source=b["item_source"] or r["source"])
        r["bilag"] = {"id": b["id"], "title": b["title"], "number": b["number"], "page": b["page"], "ocr": b["ocr"],
                      "linked": b["linked"], "method": b["method"], "url": b["url"], "label": bilag_label(b)}


def _facets(rows: list[dict]) -> dict[str, Counter]:
    facets: dict[str, Counter] = {"municipality": Counter(), "committee": Counter(), "year": Counter()}
    for r in rows:
        if r["municipality"]:
            facets["municipality"][r["municipality"]] += 1
        if r["committee"]:
            facets["committee"][r["committee"]] += 1
        if r["date"]:
            facets["year"][r["date"][:4]] += 1
    return facets


_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sagsgang-facets")
    return _POOL


FACETS = ("municipality", "committee", "year")
_AGGREGATIONS: dict[str, dict] = {name: {"terms": {"field": name, "size": 1000}} for name in (*FACETS, "doc_type")}
_AGGREGATIONS["matches"] = {"value_count": {"field": "id"}}  # every indexed row has one id


@dataclass
class Counts:
    """What one pass of tantivy over every match counts: the matches, the facets and the hits
    inside bilag pages."""
    matches: int
    facets: dict[str, Counter]
    in_bilag: int


def _aggregate(searcher: tantivy.Searcher, query: tantivy.Query) -> Counts:
    """Counted by tantivy in one pass over the matches, so the top-k ranking need not count them
    (a ranking that does not count can skip blocks of matches that cannot reach the top)."""
    result = searcher.aggregate(query, _AGGREGATIONS)
    buckets = {name: Counter({b["key"]: b["doc_count"] for b in result.get(name, {}).get("buckets", [])})
               for name in (*FACETS, "doc_type")}
    matches = int((result.get("matches") or {}).get("value") or 0)
    return Counts(matches, {name: buckets[name] for name in FACETS}, buckets["doc_type"][BILAG_TYPE])


def _deduplicated(conn, searcher: tantivy.Searcher, hits: list, parsed: Query, ranking: Ranking, texts: _Texts,
                  need: int | None) -> tuple[list[dict], int]:
    """(the results of `hits` best first, HTML/PDF twins of a result before them left out; how many were
    left out). With `need`, only as many hits are read as fill that many results (a reserve at a time)."""
    ids = searcher.fast_field_values("id", [addr for _, addr in hits])
    scores = {rid: score for (score, _), rid in zip(hits, ids, strict=True) if rid is not None}
    if len(parsed.clauses) > 1 and ranking.has("coordination"):
        scores = coordinate(searcher, parsed.clauses, scores)
    order = sorted(scores, key=lambda rid: (-round(scores[rid], 4), rid))
    dedupe = Deduper(texts)
    kept: list[dict] = []
    dups = 0
    step = len(order) if need is None else need + RESERVE
    for i in range(0, len(order), max(step, 1)):  # every match, or just enough to fill the page
        for r in _results(conn, order[i:i + step], scores):
            if dedupe.seen(r):
                dups += 1
            else:
                kept.append(r)
        if need is not None and len(kept) >= need:
            break
    return kept, dups


def search(store, query: str, *, municipality: str | None = None, committee: str | None = None,
           date_from: str | None = None, date_to: str | None = None, year: str | int | None = None,
           doc_type: str | None = None, limit: int = 10, offset: int = 0, origin: bool = False,
           bilag: str | None = None) -> dict[str, Any]:
    """Search the stored items; the result has exactly the shape of shared/spec/search-output.md
    (with origin=True each result also names its document's `origin`, and the answer says how many
    matches were `collapsed` as twins of a result shown: for the web catalog).
    A CPR number in the query is masked first: the index holds none, and the answer (and the
    echoed query) must not tell whether a given number occurs.
    Hits inside bilag pages are results with "unit": "bilag" and a "bilag" object; `bilag`
    ('include' (default), 'exclude', 'only') keeps or drops them, and when any match, the facet
    "bilag" counts the hits inside bilag and the others."""
    with store.lock:
        result = _search(store, mask_cpr(query), municipality=municipality, committee=committee,
                         date_from=date_from, date_to=date_to, year=year, doc_type=doc_type, limit=limit,
                         offset=offset, bilag=bilag)
    collapsed = result.pop("collapsed")
    if origin:
        result["collapsed"] = collapsed
    for r in result["results"]:
        o = r.pop("_origin", None)
        if origin:
            r["origin"] = o
    return result


def _search(store, query: str, *, municipality: str | None, committee: str | None, date_from: str | None,
            date_to: str | None, year: str | int | None, doc_type: str | None, limit: int,
            offset: int, bilag: str | None = None) -> dict[str, Any]:
    analyzer = store.analyzer_name()
    conn = store.conn
    empty = {"query": query, "total": 0, "results": [], "collapsed": 0,
             "facets": {"municipality": {}, "committee": {}, "year": {}}}
    idx = index_of(store)
    catch_up(store, idx)
    searcher = idx.searcher()

    def vocab(term: str) -> int:
        return max(searcher.doc_freq(f, term) for f in TEXT_FIELDS)

    ranking = ranking_for(analyzer)
    parsed = parse_query(query, analyzer, vocab, ranking)
    full = build_query(parsed, _filters(municipality, committee, date_from, date_to, year, doc_type, bilag))
    if full is None:
        return empty
    need = offset + limit
    window = need + RESERVE
    if len(parsed.clauses) > 1:
        window = max(window, RERANK)
    # the matches, facets and bilag hits are counted by tantivy on another core while this thread
    # ranks, reads, dedupes and snippets the page: tantivy releases the GIL, so the count is
    # waited for only at the end, and only when the total is beyond EXACT_MATCHES
    counting = _pool().submit(_aggregate, searcher, full)
    # never more than the index holds: the engine allocates its top-k heap up front. One more
    # than EXACT_MATCHES tells whether every match was fetched (then they are counted here)
    fetch = min(max(window, EXACT_MATCHES + 1), max(searcher.num_docs, 1))
    texts = _Texts(conn)  # read once: a deeper fetch reads the texts it already read from here
    while True:
        found = searcher.search(full, limit=fetch, count=False)
        if not found.hits:
            counting.cancel()
            return empty
        exact = len(found.hits) <= EXACT_MATCHES
        kept, dups = _deduplicated(conn, searcher, found.hits, parsed, ranking, texts, None if exact else need)
        if exact or len(kept) >= need or len(found.hits) < fetch or fetch >= searcher.num_docs:
            break
        # twins filled the fetched hits before the page did: fetch deeper, or the page comes out short
        # and the results between it and the next page's are on no page at all
        fetch = min(2 * fetch, searcher.num_docs)
    if exact:
        total, facets = len(kept), _facets(kept)
        in_bilag = sum(1 for r in kept if r["unit"] == "bilag")
    page = kept[offset:offset + limit]
    texts.load([r["_id"] for r in page if r["public"]])
    for r in page:
        if r["public"]:
            text, marked = snippet_hits(texts.body(r), parsed.highlight, analyzer, parsed.words)
            if not marked and texts.decisions(r):
                text = snippet(texts.decisions(r), parsed.highlight, analyzer)
            r["snippet"] = text  # the stored text is masked (the store masks on entry)
        for k in [k for k in r if k.startswith("_") and k != "_origin"]:
            del r[k]
    if not exact:
        counts = counting.result()
        total, facets, in_bilag = counts.matches - dups, counts.facets, counts.in_bilag
    if in_bilag:
        facets["bilag"] = Counter({"bilag": in_bilag, "punkter": max(0, total - in_bilag)})
    return {"query": query, "total": total, "results": page, "collapsed": dups,
            "facets": {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in facets.items()}}
