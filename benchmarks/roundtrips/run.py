"""Statements and round trips per stored document and per search, on SQLite and PostgreSQL (issue 19).

Why: on PostgreSQL every statement the store issues is a round trip to the server, and the writer
holds the store's advisory lock while it makes them, so the count per document (not the CPU) sets
the ingest rate; a search pays one round trip per read of its hits' rows. This probe counts both
and splits a document write's time into time inside psycopg's execute (binding, the network, the
server) and the rest (Python).

    python benchmarks/roundtrips/run.py --corpus DIR/docs --db postgresql://…/db [--db file.db]

DIR is a `sagsgang demo-data` output (e.g. `--municipalities 2 --years 1 --formats txt,html`). The
documents are parsed first (not timed); then each is stored with `put_document` into a new store
(a new schema on PostgreSQL, dropped at the end), then `--searches` queries are run.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from urllib.parse import quote

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "src"))

QUERIES = ["lokalplan", "budget", "skole", "vej", "dagtilbud", "affald", "byggeri", "klima", "ældre", "trafik",
           "regnskab", "høring", "bevilling", "kultur", "idræt", "sundhed", "beskæftigelse", "miljø", "boliger",
           "kommuneplan"]


class Counter:
    """Counts store statements (the adapter's execute/executemany, sqlite3's calls) and, on
    PostgreSQL, the statements sent to the server and the time spent inside psycopg's execute."""

    def __init__(self) -> None:
        self.statements = 0
        self.server = 0
        self.server_s = 0.0
        self.inside = False
        self.by_sql: dict[str, tuple[int, float]] = {}

    def reset(self) -> None:
        self.by_sql = {}
        self.statements = self.server = 0
        self.server_s = 0.0


def instrument(counter: Counter) -> None:
    """Wrap the adapter and psycopg's cursor so every statement is counted."""
    import psycopg

    from sagsgang.store import pgconn

    def wrap_store(name: str) -> None:
        orig = getattr(pgconn.PGConnection, name)

        def wrapped(self, sql, *a, **k):
            counter.statements += 1
            t = time.perf_counter()
            try:
                return orig(self, sql, *a, **k)
            finally:
                key = " ".join(sql.split())[:70]
                n, s = counter.by_sql.get(key, (0, 0.0))
                counter.by_sql[key] = (n + 1, s + time.perf_counter() - t)
        setattr(pgconn.PGConnection, name, wrapped)

    for name in ("execute", "executemany", "insert_ids"):
        if hasattr(pgconn.PGConnection, name):
            wrap_store(name)
    for cls in (psycopg.ClientCursor, psycopg.Cursor):
        for name in ("execute", "executemany"):
            orig = getattr(cls, name)

            def wrapped(self, *a, _orig=orig, _many=(name == "executemany"), **k):
                if counter.inside:  # ClientCursor.execute calls Cursor's: count once
                    return _orig(self, *a, **k)
                counter.server += 1
                t = time.perf_counter()
                counter.inside = True
                try:
                    return _orig(self, *a, **k)
                finally:
                    counter.inside = False
                    counter.server_s += time.perf_counter() - t
            setattr(cls, name, wrapped)


class CountingSQLite:
    """A sqlite3 connection whose execute/executemany are counted (sqlite3.Connection's methods
    cannot be patched)."""

    def __init__(self, conn, counter: Counter) -> None:
        self._conn = conn
        self._counter = counter

    def execute(self, *a):
        self._counter.statements += 1
        return self._conn.execute(*a)

    def executemany(self, *a):
        self._counter.statements += 1
        return self._conn.executemany(*a)

    def insert_ids(self, sql, rows):
        """As store/batches.insert_ids does on sqlite3 (counted per row)."""
        return [self.execute(sql, row).lastrowid for row in rows]

    def __getattr__(self, name):
        return getattr(self._conn, name)


def parsed(corpus: str) -> list:
    from sagsgang.ingest import iter_files, parse_path

    docs = []
    for path in sorted(iter_files([corpus])):
        _, doc, _, _ = parse_path(path)
        if doc is not None:
            doc.origin = os.path.abspath(path)
            docs.append(doc)
    return docs


def run(db: str, docs: list, counter: Counter, searches: int) -> dict:
    from sagsgang.search import open_index, search

    store = open_index(db)
    if not hasattr(store.conn, "raw"):
        store.conn = CountingSQLite(store.conn, counter)
    items = 0
    wall = 0.0
    counter.reset()
    with store.deferred_people():
        for doc in docs:
            t = time.perf_counter()
            outcome = store.put_document(doc, doc.origin, {})
            wall += time.perf_counter() - t
            items += outcome.items if outcome.status != "unchanged" else 0
    writes = (counter.statements, counter.server, counter.server_s)
    if os.environ.get("ROUNDTRIPS_BREAKDOWN"):
        for key, (k, sec) in sorted(counter.by_sql.items(), key=lambda kv: -kv[1][1])[:40]:
            print(f"  {k / len(docs):6.2f}/doc {sec:6.2f} s  {key}")
    counter.reset()
    t = time.perf_counter()
    totals = 0
    for i in range(searches):
        totals += search(store, QUERIES[i % len(QUERIES)])["total"]
    search_s = time.perf_counter() - t
    if os.environ.get("ROUNDTRIPS_BREAKDOWN"):
        for key, (k, sec) in sorted(counter.by_sql.items(), key=lambda kv: -kv[1][1])[:20]:
            print(f"  {k / max(searches, 1):6.2f}/search {sec:6.2f} s  {key}")
    reads = (counter.statements, counter.server, counter.server_s)
    store.close()
    n = len(docs)
    return {"documents": n, "items": items, "write_s": wall,
            "statements_per_doc": writes[0] / n, "server_per_doc": writes[1] / n,
            "in_execute_s": writes[2], "python_s": wall - writes[2] if writes[1] else None,
            "searches": searches, "search_ms": 1000 * search_s / max(searches, 1),
            "statements_per_search": reads[0] / max(searches, 1), "server_per_search": reads[1] / max(searches, 1),
            "totals": totals}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--db", action="append", default=[], help="a postgresql:// URL (a new schema in it) or 'sqlite'")
    ap.add_argument("--searches", type=int, default=40)
    args = ap.parse_args()
    os.environ.setdefault("SAGSGANG_INDEX_DIR", tempfile.mkdtemp(prefix="roundtrips-idx-"))
    counter = Counter()
    instrument(counter)
    docs = parsed(args.corpus)
    for db in args.db:
        schema = None
        if db.startswith("postgres"):
            schema = f"rt_{uuid.uuid4().hex[:10]}"
            target = f"{db}{'&' if '?' in db else '?'}options={quote('-csearch_path=' + schema)}"
        else:
            target = os.path.join(tempfile.mkdtemp(prefix="roundtrips-"), "s.db")
        try:
            out = run(target, docs, counter, args.searches)
        finally:
            if schema:
                import psycopg

                with psycopg.connect(db, autocommit=True) as c:
                    c.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        label = "PostgreSQL" if schema else "SQLite"
        print(f"{label}: {out['documents']} documents, {out['items']} items, write {out['write_s']:.1f} s "
              f"({out['items'] / out['write_s']:.0f} items/s in put_document); "
              f"statements/document {out['statements_per_doc']:.1f}, sent to the server {out['server_per_doc']:.1f}; "
              f"in psycopg execute {out['in_execute_s']:.1f} s, rest (Python) "
              f"{out['python_s'] if out['python_s'] is None else round(out['python_s'], 1)} s; "
              f"search {out['search_ms']:.1f} ms, statements/search {out['statements_per_search']:.1f}, "
              f"sent {out['server_per_search']:.1f} (totals {out['totals']})", flush=True)


if __name__ == "__main__":
    main()
