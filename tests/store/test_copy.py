"""`sagsgang copy`: a whole store into an empty one, row for row (store/copy.py), on both stores.

The source is a SQLite store of generated documents with bilag (so every kind of row exists:
items, decisions, cases and treatments, link tables, people, bilag files); each test copies it into
a new database of either store and checks what a user relies on: every row the same, the same
answers, the target usable for further ingests, a refused or interrupted copy writing nothing."""
from __future__ import annotations

import sqlite3

import pytest

from sagsgang.cli import main
from sagsgang.demo import generate
from sagsgang.errors import SagsgangError
from sagsgang.ingest import ingest
from sagsgang.search import open_index, search
from sagsgang.store import open_store
from sagsgang.store.copy import copy_store

from ..stores import Databases, pg_dsn

# rows about the source's own search index folders, and meta rows naming the store itself
NOT_COMPARED = {"index_queue", "index_positions", "meta"}
OWN_META = {"schema_version", "index_id", "index_log_pruned", "index_stale"}


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("copy-source")
    generate(root / "corpus", municipalities=2, formats=["txt", "html"], seed=5, max_items=250, bilag=True)
    db = str(root / "source.db")
    store = open_index(db)
    try:
        report = ingest(store, [str(root / "corpus" / "docs")])
    finally:
        store.close()
    assert report.counts["new"] > 50 and not report.failed
    return db


@pytest.fixture(scope="module")
def later(tmp_path_factory) -> str:
    """One more generated document, of a municipality the source does not have."""
    root = tmp_path_factory.mktemp("copy-later")
    generate(root / "corpus", municipalities=1, formats=["txt"], seed=99, max_items=12)
    return str(next((root / "corpus" / "docs").iterdir()))


def source_tables(db: str) -> list[tuple[str, list[str]]]:
    """The tables of a SQLite file and their columns, read from SQLite's own catalog."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite%' ORDER BY name")]
        return [(n, [r[1] for r in conn.execute(f"PRAGMA table_info({n})")]) for n in names]
    finally:
        conn.close()


def dump(db: str, tables: list[tuple[str, list[str]]]) -> dict[str, list[tuple]]:
    """Every row of the compared tables (meta without the store's own rows), in one order, values
    in one form (PostgreSQL hands BYTEA back as bytes, SQLite's loose columns may hold numbers)."""
    store = open_store(db, create=False)
    try:
        out = {}
        for table, columns in tables:
            if table in NOT_COMPARED:
                continue
            rows = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            out[table] = sorted(tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows)
        meta = store.conn.execute("SELECT key, value FROM meta").fetchall()
        out["meta"] = sorted((k, v) for k, v in meta if k not in OWN_META)
        return out
    finally:
        store.close()


def copied(src: str, dst: str, progress=None) -> dict[str, int]:
    a, b = open_store(src, create=False), open_store(dst)
    try:
        return copy_store(a, b, progress)
    finally:
        a.close()
        b.close()


def test_a_copy_holds_every_row_of_the_source(source, new_db):
    target = new_db("copy")
    counts = copied(source, target)
    tables = source_tables(source)
    before, after = dump(source, tables), dump(target, tables)
    assert set(before) == set(after)
    for table in before:  # one table at a time, so a failure names it
        assert after[table] == before[table], table
    assert counts["items"] == len(before["items"]) > 200
    assert counts["people"] == len(before["people"]) > 0 and counts["bilag_files"] > 0


@pytest.fixture
def in_postgresql(source, tmp_path):
    """The source copied into a new PostgreSQL schema (skipped without a server)."""
    if pg_dsn() is None:
        pytest.skip("PostgreSQL store: set SAGSGANG_TEST_PG_DSN")
    dbs = Databases("postgresql", tmp_path)
    target = dbs.new("copied")
    copied(source, target)
    yield target
    dbs.drop()


def test_a_postgresql_target_has_planner_statistics_after_the_copy(in_postgresql):
    """Without them PostgreSQL plans the copied tables as a few hundred rows (whole-table scans)."""
    store = open_store(in_postgresql, create=False)
    try:
        (analysed,) = store.conn.execute("SELECT COUNT(*) FROM pg_catalog.pg_stat_user_tables WHERE schemaname "
                                         "= current_schema() AND relname = 'items' AND last_analyze IS NOT NULL"
                                         ).fetchone()
    finally:
        store.close()
    assert analysed == 1


def test_the_copy_answers_as_the_source(source, new_db):
    target = new_db("answers")
    copied(source, target)
    a, b = open_index(source), open_index(target)  # the target's index is built from the copied records
    try:
        assert search(a, "lokalplan")["total"] > 0
        for query in ("lokalplan", "budget", "skole"):
            assert search(b, query) == search(a, query)
        number = a.conn.execute("SELECT number FROM case_numbers LIMIT 1").fetchone()[0]
        assert [c.key for c in b.cases_by_number(number)] == [c.key for c in a.cases_by_number(number)] != []
        assert b.meetings() == a.meetings()
    finally:
        a.close()
        b.close()


def test_an_ingest_after_the_copy_adds_to_it(source, later, new_db):
    """New ids come after the copied ones (PostgreSQL's identity sequences are moved past them)."""
    target = new_db("more")
    copied(source, target)
    store = open_index(target)
    try:
        report = ingest(store, [later])
        assert report.counts["new"] == 1 and not report.failed
        (documents,) = store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()
    finally:
        store.close()
    assert documents == len(dump(source, [("documents", ["id"])])["documents"]) + 1


def test_a_target_that_holds_data_is_refused_and_kept(source, later, new_db):
    target = new_db("full")
    store = open_index(target)
    ingest(store, [later])
    store.close()
    before = dump(target, source_tables(source))
    with pytest.raises(SagsgangError, match="already holds data"):
        copied(source, target)
    assert dump(target, source_tables(source)) == before


def test_an_interrupted_copy_leaves_the_target_empty_and_a_rerun_completes(source, new_db):
    target = new_db("stopped")

    def stop_in_items(table, done, total):
        if table == "items":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        copied(source, target, stop_in_items)
    tables = source_tables(source)
    assert all(rows == [] for table, rows in dump(target, tables).items() if table != "meta")
    copied(source, target)
    assert dump(target, tables) == dump(source, tables)


def test_the_source_is_copied_as_it_stood_when_the_copy_began(source, later, tmp_path, new_db):
    """An ingest into the source during the copy is not half in the target: the copy reads one snapshot."""
    busy = str(tmp_path / "busy.db")
    copied(source, busy)
    tables = source_tables(source)
    before = dump(busy, tables)
    target = new_db("snapshot")
    wrote = []

    def ingest_meanwhile(table, done, total):
        if table == "items" and not wrote:
            store = open_index(busy)
            try:
                wrote.append(ingest(store, [later]).counts["new"])
            finally:
                store.close()

    copied(busy, target, ingest_meanwhile)
    assert wrote == [1]
    assert dump(target, tables) == before != dump(busy, tables)


def test_a_postgresql_store_copies_back_into_one_file(source, in_postgresql, tmp_path):
    """PostgreSQL -> SQLite (a store taken home as a file): the rows come back as they went."""
    back = str(tmp_path / "back.db")
    copied(in_postgresql, back)
    tables = source_tables(source)
    assert dump(back, tables) == dump(source, tables)


def test_the_copy_command_copies_reports_and_refuses(source, tmp_path, capsys):
    target = str(tmp_path / "cli.db")
    assert main(["copy", source, "--db", target]) == 0
    out = capsys.readouterr().out
    items = len(dump(source, [("items", ["id"])])["items"])
    assert f"{items} items" in out and "search index built" in out
    assert main(["search", "lokalplan", "--db", target]) == 0
    assert "hit(s) for 'lokalplan'" in capsys.readouterr().out
    assert main(["copy", source, "--db", target]) == 2
    assert "already holds data" in capsys.readouterr().err
    assert main(["copy", source, "--db", source]) == 2
    assert "same database" in capsys.readouterr().err
    assert main(["copy", str(tmp_path / "missing.db"), "--db", str(tmp_path / "x.db")]) == 2
    assert "no such database" in capsys.readouterr().err
