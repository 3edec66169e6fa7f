"""The search engine: SQLite FTS5 over token strings analysed in Python.

Why FTS5: the index lives in the same SQLite file as the records and is written in the SAME
transaction as a document's records, so search never disagrees with what is stored (a document
is searchable exactly when it is committed, an interrupted ingest leaves no orphan index rows),
and it needs zero setup or extra service. All Danish analysis happens in analyzer.py, so FTS5
only sees space-separated tokens (unicode61, diacritics kept, '_' a token character).

Everything outside this module talks to `index_row`, `rebuild_index` and `search`; a tantivy
(or PostgreSQL) engine could replace FTS5 behind exactly this interface.

Query syntax: words (any order; every word counts, items matching more of them rank higher),
"exact phrases" (required; the words must appear close together), -word and -"phrase"
(exclusion). User input is never put into SQL or raw FTS5 syntax: it is analysed into tokens and
every token is emitted as a quoted FTS5 string.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ..link.neardup import sketch_jaccard, word_sketch
from ..model import AgendaItem, Document
from ..parse.casenumbers import normalize_case_number
from ..privacy import mask_cpr
from ..store.sqlite import decode_parsed, decode_text
from .analyzer import STOPWORDS, Token, fold, index_text, tokens

WEIGHTS = (4.0, 2.0, 1.0)  # bm25 weights: title, decision, body
SNIPPET_WORDS = 28


def index_row(item: AgendaItem, analyzer: str = "danish", context: str = "") -> tuple[str, str, str]:
    """The analysed (title, decision, body) strings of one item. A closed item is indexed by its
    title and case numbers only: its body and decisions are never published, so never searchable.
    `context` (municipality and committee) goes into the body, so 'metro Aarhus' prefers Aarhus."""
    title = index_text(" ".join([item.title, *item.case_numbers, *(item.number and [item.number] or [])]), analyzer)
    if not item.public:
        return title, "", ""
    decision = index_text("\n".join(d.text for d in item.decisions), analyzer)
    body = index_text("\n".join([item.body_text, *(a.title for a in item.attachments if a.public), context]),
                      analyzer)
    return title, decision, body


def item_context(doc: Document) -> str:
    return " ".join(x for x in (doc.municipality, doc.meeting and doc.meeting.committee) if x)


def rebuild_index(store) -> int:
    """Recreate the whole FTS index from the stored records (one transaction); return the item count."""
    conn = store.conn
    analyzer = store.analyzer_name()
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT INTO items_fts(items_fts) VALUES ('delete-all')")  # contentless: no DELETE
        n = 0
        for doc_id, parsed in conn.execute("SELECT id, parsed FROM documents").fetchall():
            doc = decode_parsed(parsed)
            ids = [r[0] for r in conn.execute("SELECT id FROM items WHERE document_id=? ORDER BY position",
                                              (doc_id,))]
            for item_id, item in zip(ids, doc.items, strict=False):
                conn.execute("INSERT INTO items_fts(rowid, title, decision, body) VALUES (?,?,?,?)",
                             (item_id, *index_row(item, analyzer, item_context(doc))))
                n += 1
        conn.execute("DELETE FROM meta WHERE key = 'index_stale'")
        conn.execute("COMMIT")
        return n
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# -- query parsing --------------------------------------------------------------------------------

@dataclass
class Query:
    clauses: list[str] = field(default_factory=list)      # one FTS5 expression per query word
    phrases: list[str] = field(default_factory=list)      # required
    exclusions: list[str] = field(default_factory=list)
    highlight: set[str] = field(default_factory=set)      # tokens to <mark> in snippets


def q(token: str) -> str:
    """One analysed token as an FTS5 string literal (the only way user text reaches FTS5)."""
    return '"' + token.replace('"', '""') + '"'


def _word_clause(tok: Token, analyzer: str, vocab: Callable[[str], int] | None = None) -> str:
    from .analyzer import word_variants

    if tok.whole.startswith("cn_") or analyzer == "plain":
        return q(tok.whole)
    whole, parts, syn = word_variants(tok.text, analyzer)
    alts = [q(whole)]
    if not parts and vocab is not None and not vocab(whole):
        parts = vocab_split(fold(tok.text), vocab)
    if parts:
        alts.append("(" + " AND ".join(q(p) for p in parts) + ")")
    if syn:
        alts.append("(" + " AND ".join(q(s) for s in syn) + ")")
    return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


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


def _phrase(words: list[Token]) -> str | None:
    if not words:
        return None
    if len(words) == 1:
        return q(words[0].whole)
    extra = sum(len(t.extra) for t in words)
    return "NEAR(" + " ".join(q(t.whole) for t in words) + f", {extra + 1})"


_PHRASE = re.compile(r'(-?)"([^"]*)"')


def parse_query(text: str, analyzer: str = "danish", vocab: Callable[[str], int] | None = None) -> Query:
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
    rest.append(text[pos:])
    plain: list[Token] = []
    for chunk in " ".join(rest).replace('"', " ").split():
        if chunk.startswith("-") and len(chunk) > 1:
            for t in tokens(chunk[1:], analyzer):
                query.exclusions.append(q(t.whole))
            continue
        plain.extend(tokens(chunk, analyzer))
    content = [t for t in plain if fold(t.text) not in STOPWORDS] or plain
    seen = set()
    for t in content:
        if t.whole in seen:
            continue
        seen.add(t.whole)
        query.clauses.append(_word_clause(t, analyzer, vocab))
        query.highlight.update((t.whole,) if t.whole.startswith("cn_") else t.all)
    return query


def match_expression(query: Query) -> str | None:
    positive = []
    if query.clauses:
        positive.append("(" + " OR ".join(query.clauses) + ")")
    positive.extend(query.phrases)
    if not positive:
        return None
    expr = " AND ".join(positive)
    for ex in query.exclusions:
        expr = f"({expr}) NOT {ex}"
    return expr


# -- search ---------------------------------------------------------------------------------------

# Light columns for every match (filters, facets, dedupe keys); texts only where needed.
_COLUMNS = ("i.id, i.number, i.title, i.public, i.case_numbers, i.municipality, i.committee, i.date, "
            "i.document_type, d.source, i.sketch, i.body_chars")
_TEXTS = "i.id, i.body, (SELECT group_concat(text, ' ') FROM decisions WHERE item_id=i.id)"


def _select(conn, columns: str, ids: list[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))  # placeholders only; the values are bound
        for row in conn.execute(f"SELECT {columns} FROM items i JOIN documents d ON d.id=i.document_id "
                                f"WHERE i.id IN ({marks})", chunk):
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
    return " ".join(fold(w) for w in re.findall(r"\w+", title or ""))


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
    """The same item published twice (HTML and PDF, or one case write-up sent to two committees):
    a near-identical title, the same case number (without case numbers: the same municipality and
    date) and near-identical text. The same case treated again with new text (a new meeting)
    stays a separate result. Candidates are looked up by key: linear in the number of matches."""

    def __init__(self, texts: _Texts) -> None:
        self.by_key: dict[tuple, list[dict]] = {}
        self.texts = texts

    @staticmethod
    def keys(r: dict) -> list[tuple]:
        if r["case_numbers"]:
            return [("case", normalize_case_number(c)) for c in r["case_numbers"]]
        return [("when", r["municipality"], r["date"])]

    def seen(self, r: dict) -> bool:
        """True when `r` duplicates a kept result; otherwise remember it and return False."""
        keys = self.keys(r)
        for key in keys:
            for k in self.by_key.get(key, ()):
                if _similar(r["_ntitle"], k["_ntitle"]) and _same_text(r, k, self.texts):
                    return True
        for key in keys:
            self.by_key.setdefault(key, []).append(r)
        return False


def snippet(text: str, highlight: set[str], analyzer: str = "danish") -> str:
    """A window of the text with the most distinct matching words, matches wrapped in <mark>."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    toks = tokens(text, analyzer)
    if not toks:
        return ""
    hits = [i for i, t in enumerate(toks) if highlight.intersection(t.all)]
    if not hits:
        start = 0
    else:
        best, start = -1, 0
        for h in hits:
            s = max(0, h - 4)
            window = {toks[i].whole for i in hits if s <= i < s + SNIPPET_WORDS}
            if len(window) > best:
                best, start = len(window), s
    end = min(len(toks), start + SNIPPET_WORDS)
    hitset = set(hits)
    out = []
    pos = toks[start].start
    for i in range(start, end):
        t = toks[i]
        out.append(text[pos:t.start])
        out.append(f"<mark>{t.text}</mark>" if i in hitset else t.text)
        pos = t.end
    s = " ".join("".join(out).split())
    return ("… " if start > 0 else "") + s + (" …" if end < len(toks) else "")


def search(store, query: str, *, municipality: str | None = None, committee: str | None = None,
           date_from: str | None = None, date_to: str | None = None, year: str | int | None = None,
           doc_type: str | None = None, limit: int = 10, offset: int = 0) -> dict[str, Any]:
    """Search the stored items; the result has exactly the shape of shared/spec/search-output.md."""
    analyzer = store.analyzer_name()
    conn = store.conn

    def vocab(term: str) -> int:
        row = conn.execute("SELECT doc FROM items_vocab WHERE term=?", (term,)).fetchone()
        return row[0] if row else 0

    parsed = parse_query(query, analyzer, vocab)
    expr = match_expression(parsed)
    empty = {"query": query, "total": 0, "results": [], "facets": {"municipality": {}, "committee": {}, "year": {}}}
    if expr is None:
        return empty
    try:
        scores = {rid: -s for rid, s in conn.execute(
            "SELECT rowid, bm25(items_fts, ?, ?, ?) FROM items_fts WHERE items_fts MATCH ?", (*WEIGHTS, expr))}
    except Exception:  # noqa: BLE001 - a query FTS5 cannot run is a query without results
        return empty
    if not scores:
        return empty
    if len(parsed.clauses) > 1:  # coordination: items matching more of the query words rank higher
        covered: Counter[int] = Counter()
        for clause in parsed.clauses:
            for (rid,) in conn.execute("SELECT rowid FROM items_fts WHERE items_fts MATCH ?", (clause,)):
                if rid in scores:
                    covered[rid] += 1
        n = len(parsed.clauses)
        scores = {rid: s * (covered[rid] / n) ** 2 for rid, s in scores.items()}
    rows = _select(conn, _COLUMNS, list(scores))
    want_muni = fold(municipality) if municipality else None
    want_comm = fold(committee) if committee else None
    results = []
    for rid, row in rows.items():
        (_, number, title, public, cases, muni, comm, date, dtype, source, sketch, chars) = row
        if want_muni and fold(muni or "") != want_muni:
            continue
        if want_comm and fold(comm or "") != want_comm:
            continue
        if date_from and (not date or date < date_from):
            continue
        if date_to and (not date or date > date_to):
            continue
        if year and (not date or date[:4] != str(year)):
            continue
        if doc_type and dtype != doc_type:
            continue
        results.append({"_id": rid, "_ntitle": _norm_title(title), "_sketch": sketch, "_chars": chars or 0,
                        "source": source, "municipality": muni, "committee": comm, "date": date,
                        "item_number": number, "title": title, "case_numbers": json.loads(cases),
                        "public": bool(public), "snippet": "", "score": round(scores[rid], 4)})
    results.sort(key=lambda r: (-r["score"], r["source"], r["_id"]))
    texts = _Texts(conn)
    dedupe = Deduper(texts)
    kept = [r for r in results if not dedupe.seen(r)]
    facets: dict[str, Counter] = {"municipality": Counter(), "committee": Counter(), "year": Counter()}
    for r in kept:
        if r["municipality"]:
            facets["municipality"][r["municipality"]] += 1
        if r["committee"]:
            facets["committee"][r["committee"]] += 1
        if r["date"]:
            facets["year"][r["date"][:4]] += 1
    page = kept[offset:offset + limit]
    texts.load([r["_id"] for r in page if r["public"]])
    for r in page:
        if r["public"]:
            text = texts.body(r)
            if not parsed.highlight.intersection(t for tok in tokens(text, analyzer) for t in tok.all):
                text = texts.decisions(r) or text
            r["snippet"] = mask_cpr(snippet(text, parsed.highlight, analyzer))
        for k in [k for k in r if k.startswith("_")]:
            del r[k]
    return {"query": query, "total": len(kept), "results": page,
            "facets": {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in facets.items()}}
