"""What a document write costs in statements and round trips (issue 19, session 7).

On PostgreSQL every statement the server sees is a round trip the writer waits for while it holds
the store's advisory lock, so the count per document sets the ingest rate. These tests pin what
was cut: no UPDATE of a row the same transaction just inserted (the public ids and the count of text
units go in with the INSERT), items, text units and cases inserted by multi-row statements, and
the writes whose answer is not read sent with the next statement that is.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.ingest import parse_path
from sagsgang.search import open_index

from ..generated import demo_folder

DOCUMENTS = 12


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> list:
    """Generated council documents, parsed once for the module (with items, text units, cases)."""
    folder = demo_folder(tmp_path_factory.mktemp("roundtrips"), DOCUMENTS)
    out = []
    for path in sorted(Path(folder).iterdir()):
        _, doc, _, _ = parse_path(str(path))
        doc.origin = str(path)
        out.append(doc)
    return out


class Recorder:
    """The store's connection, recording the SQL of every statement sent through it."""

    def __init__(self, conn) -> None:
        self._conn = conn
        self.sql: list[str] = []

    def execute(self, sql, *args):
        self.sql.append(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql, *args):
        self.sql.append(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


class CountingRaw:
    """A psycopg connection that counts what goes to the server: each `execute` (of the connection
    or of a cursor) is one round trip; `executemany` is one pipeline."""

    def __init__(self, raw) -> None:
        self._raw = raw
        self.trips = 0

    def execute(self, *args, **kwargs):
        self.trips += 1
        return self._raw.execute(*args, **kwargs)

    def cursor(self, *args, **kwargs):
        return _CountingCursor(self._raw.cursor(*args, **kwargs), self)

    def __getattr__(self, name):
        return getattr(self._raw, name)


class _CountingCursor:
    def __init__(self, cur, counter: CountingRaw) -> None:
        self._cur = cur
        self._counter = counter

    def execute(self, *args, **kwargs):
        self._counter.trips += 1
        return self._cur.execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):
        self._counter.trips += 1
        return self._cur.executemany(*args, **kwargs)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._cur.close()

    def __getattr__(self, name):
        return getattr(self._cur, name)


def test_a_stored_document_updates_none_of_its_own_new_rows(new_db, docs):
    # the public ids (documents.uid, meeting_uid, items.uid) and documents.units are written by the
    # INSERT: an UPDATE right after it cost a statement (a round trip on PostgreSQL) and left a
    # dead row per item and per document
    store = open_index(new_db())
    recorder = store.conn = Recorder(store.conn)
    with store.deferred_people():
        for doc in docs:
            assert store.put_document(doc, doc.origin).status == "new"
    updates = [s for s in recorder.sql if s.lstrip().upper().startswith(("UPDATE DOCUMENTS", "UPDATE ITEMS"))]
    assert updates == []
    store.conn = recorder._conn
    rows = store.conn.execute("SELECT count(*), count(uid), count(meeting_uid), count(units) FROM documents").fetchone()
    assert rows[0] == len(docs) and rows[1] == rows[0] and rows[2] > 0 and rows[3] == rows[0]
    items = store.conn.execute("SELECT count(*), count(uid) FROM items WHERE unit IS NULL").fetchone()
    assert items[0] > 0 and items[1] == items[0]
    store.close()


def test_a_postgresql_document_write_costs_a_bounded_number_of_round_trips(pg_db, docs):
    # measured on this corpus: ~52 round trips per document before session 7 (one INSERT per item,
    # text unit and case, an UPDATE of the ids, every write sent on its own), ~13 after
    store = open_index(pg_db())
    counting = CountingRaw(store.conn.raw)
    store.conn.raw = counting
    items = 0
    with store.deferred_people():
        for doc in docs:
            items += store.put_document(doc, doc.origin).items
    trips = counting.trips
    store.conn.raw = counting._raw
    assert items > 4 * DOCUMENTS  # documents with several items each: a per-item statement would show
    assert trips / DOCUMENTS <= 18, f"{trips / DOCUMENTS:.1f} round trips per document"
    store.close()


def test_held_back_writes_keep_their_order_and_roll_back_with_their_transaction(pg_db):
    # the adapter sends a writer's INSERT/UPDATE/DELETE with the next statement whose answer is
    # read: the reader must see them, in the order they were made, and a rollback must drop them
    from ..stores import connect

    conn = connect(pg_db())
    try:  # closed whatever fails: an open transaction would block dropping the schema
        conn.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t(k, v) VALUES (?, ?)", (1, "a"))
        conn.execute("UPDATE t SET v = ? WHERE k = ?", ("b", 1))
        conn.executemany("INSERT INTO t(k, v) VALUES (?, ?)", [(2, "50%"), (3, None)])
        assert conn.execute("SELECT k, v FROM t ORDER BY k").fetchall() == [(1, "b"), (2, "50%"), (3, None)]
        conn.execute("DELETE FROM t WHERE k = ?", (3,))
        conn.execute("COMMIT")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t(k, v) VALUES (?, ?)", (4, "never"))
        conn.execute("ROLLBACK")
        assert conn.execute("SELECT k, v FROM t ORDER BY k").fetchall() == [(1, "b"), (2, "50%")]
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t(k, v) VALUES (?, ?)", (1, "twice"))  # raised by the round trip that sends it
        with pytest.raises(Exception, match="duplicate key"):
            conn.execute("COMMIT")
        conn.execute("ROLLBACK")
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2
    finally:
        conn.close()


def test_insert_ids_returns_the_ids_in_row_order_on_either_store(new_db):
    from sagsgang.store.batches import insert_ids

    from ..stores import connect

    conn = connect(new_db())
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, key TEXT NOT NULL)")
    conn.execute("BEGIN IMMEDIATE")
    first = insert_ids(conn, "INSERT INTO cases(key) VALUES (?)", [("a",), ("b",)])
    many = insert_ids(conn, "INSERT INTO cases(key) VALUES (?)", [(f"k{i}",) for i in range(1203)])
    conn.execute("COMMIT")
    assert insert_ids(conn, "INSERT INTO cases(key) VALUES (?)", []) == []
    stored = dict(conn.execute("SELECT id, key FROM cases").fetchall())
    assert [stored[i] for i in first] == ["a", "b"]
    assert [stored[i] for i in many] == [f"k{i}" for i in range(1203)]
    conn.close()
