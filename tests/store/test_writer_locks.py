"""Writers of different municipalities do not wait on each other on PostgreSQL (issue 19, session 9).

A document's write holds its municipality's advisory lock (store/pgconn.py begin_write), not one
lock for the whole store: linking never crosses municipalities, and what a write shares with the
others (the change log's ids, the data version) is written last under the change log's lock. These
tests check that two writers of different municipalities at once store exactly what one serial
ingest stores, that a write of municipality B completes while a transaction of A holds A's lock
(while a second writer of A waits), and that change ids stay in commit order, which the search
indexes following the log rely on (search/changelog.py). SQLite keeps its one file lock.
"""
from __future__ import annotations

import copy
import os
import threading
import time
from pathlib import Path

import pytest

from sagsgang.demo import generate
from sagsgang.ingest import parse_path
from sagsgang.search import index_item
from sagsgang.store import open_store

WAIT = 60  # seconds a step may take before the test gives up (never a measure of speed)


def _documents(root: Path, municipalities: int = 2, per_municipality: int = 8) -> dict[str, list]:
    """Generated meeting documents, parsed, by municipality: `per_municipality` of each of the first ones."""
    generate(root / "gen", municipalities=municipalities, formats=["txt"], seed=7,
             max_items=municipalities * per_municipality * 20)
    out: dict[str, list] = {}
    for f in sorted((root / "gen" / "docs").iterdir()):
        _, doc, _, _ = parse_path(str(f))
        if doc is None or not getattr(doc, "items", None) or not doc.municipality:
            continue
        out.setdefault(doc.municipality, [])
        if len(out[doc.municipality]) < per_municipality:
            out[doc.municipality].append((os.path.abspath(f), doc))
    assert len(out) >= 2 and all(len(v) == per_municipality for v in out.values()), {k: len(v) for k, v in out.items()}
    return out


def _store(db: str):
    """A writer without the search index hooks (threads of one process share no tantivy folder)."""
    return open_store(db, index_item)


def _snapshot(store) -> dict[str, list]:
    """Everything a write stores, with row ids replaced by what identifies the row (an item by its
    document's path and its position, a case by its uid and group): two stores that ingested the
    same documents in any order hold the same snapshot. The change log is compared as a multiset."""
    q = store.conn.execute
    item_key = {i: (p, pos) for i, p, pos in q("SELECT i.id, d.path, i.position FROM items i "
                                               "JOIN documents d ON d.id = i.document_id")}
    # a link group's id is its smallest item id, which depends on the order rows were inserted in:
    # a group is known by its members instead
    members: dict[int, list] = {}
    for iid, grp in q("SELECT item_id, grp FROM link_items"):
        members.setdefault(grp, []).append(item_key[iid])
    group = {grp: tuple(sorted(m)) for grp, m in members.items()}
    case_key = {i: (uid, group.get(grp, "none")) for i, uid, grp in q("SELECT id, uid, grp FROM cases")}

    def rows(sql: str, *keyed: tuple[int, dict]) -> list:
        out = []
        for row in q(sql).fetchall():
            row = [bytes(v) if isinstance(v, memoryview) else v for v in row]
            for at, mapping in keyed:
                row[at] = mapping.get(row[at], "gone")  # a removed item's row id: any order numbers it
            out.append(tuple(row))
        return sorted(out, key=repr)

    snap = {
        "documents": rows("SELECT source, path, content_hash, municipality, document_type, committee, meeting_date, "
                          "parsed, options, uid, meeting_uid, units FROM documents"),
        "items": rows("SELECT id, position, number, title, public, case_numbers, route, page, body, municipality, "
                      "committee, date, document_type, sketch, body_chars, uid, unit FROM items", (0, item_key)),
        "decisions": rows("SELECT item_id, committee, date, text, absent FROM decisions", (0, item_key)),
        "attachments": rows("SELECT item_id, number, title, public FROM attachments", (0, item_key)),
        "index_queue": rows("SELECT item_id, title, decision, body FROM index_queue", (0, item_key)),
        "link_items": rows("SELECT item_id, grp, case_key, municipality, numbered, sig FROM link_items",
                           (0, item_key), (1, group)),
        "link_keys": rows("SELECT key, item_id FROM link_keys", (1, item_key)),
        "link_bands": rows("SELECT band, item_id FROM link_bands", (1, item_key)),
        "link_inputs": rows("SELECT item_id, entry FROM link_inputs", (0, item_key)),
        "cases": rows("SELECT id, key, uid, municipality, title, numbers, route, public, first_date, last_date, data "
                      "FROM cases", (0, case_key)),
        "case_numbers": rows("SELECT number, case_id, case_key FROM case_numbers", (1, case_key)),
        "case_treatments": rows("SELECT case_id, case_key, uid, position, committee, committee_key, date, kind, "
                                "item_number, own_minutes, text FROM case_treatments", (0, case_key)),
        "tombstones": rows("SELECT object_id, object_type, municipality FROM tombstones"),
        "people": rows("SELECT uid, scope, municipality, name, scope_first, position, brief, data FROM people"),
        "parties": rows("SELECT uid, scope, municipality, code, scope_first, position, brief, data FROM parties"),
        "party_members": rows("SELECT person_uid, party_uid, scope FROM party_members"),
        "who_pages": rows("SELECT scope, who, page FROM who_pages"),
    }
    assert snap["items"] and snap["cases"] and snap["link_items"] and snap["index_queue"]
    return snap


def _in_threads(*jobs) -> list:
    """Run the jobs at once (released together), each in its own thread; their results."""
    start = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)
    errors: list = []

    def run(k, job):
        try:
            start.wait(WAIT)
            results[k] = job()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k, job)) for k, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT * 5)
    assert not errors, errors
    assert not any(t.is_alive() for t in threads), "a writer never finished"
    return results


def _put_all(db: str, docs: list) -> list[str]:
    store = _store(db)
    try:
        return [store.put_document(copy.copy(doc), path).status for path, doc in docs]
    finally:
        store.close()


def test_two_municipalities_written_at_once_store_what_one_serial_ingest_stores(tmp_path, pg_db):
    by_muni = _documents(tmp_path)
    a, b = sorted(by_muni)[:2]
    serial_db, parallel_db = pg_db("serial"), pg_db("parallel")
    statuses = _put_all(serial_db, by_muni[a] + by_muni[b])
    assert set(statuses) == {"new"}
    # the second municipality's first document again: one replaced document in each run
    again = [by_muni[b][0]]
    _put_all(serial_db, [(again[0][0], _edited(again[0][1]))])
    _store(parallel_db).close()  # the schema, made before the writers start
    # four writers at once, two per municipality: those of one municipality take turns, the
    # others do not wait for them; the edited version goes after its first version, in one writer
    parts = [by_muni[a][0::2], by_muni[a][1::2], by_muni[b][0::2] + [(again[0][0], _edited(again[0][1]))],
             by_muni[b][1::2]]
    done = _in_threads(*(lambda part=part: _put_all(parallel_db, part) for part in parts))
    assert [s for d in done for s in d].count("replaced") == 1 and done[2][-1] == "replaced"
    serial, parallel = _store(serial_db), _store(parallel_db)
    try:
        assert _snapshot(parallel) == _snapshot(serial)
    finally:
        serial.close()
        parallel.close()


def _edited(doc):
    """The document as a corrected version of its file: other bytes, one item fewer."""
    edited = copy.copy(doc)
    edited.content_hash = (doc.content_hash or "") + "-v2"
    edited.items = list(doc.items[:-1])
    return edited


class _Paused:
    """Make `store`'s next write stop inside its transaction, after its reads and writes and before
    the change log and the commit (so it holds its municipality's lock), until `release`."""

    def __init__(self, store, where: str = "_changed") -> None:
        self.reached, self.go = threading.Event(), threading.Event()
        original = getattr(store, where)

        def paused(*args, **kwargs):
            self.reached.set()
            assert self.go.wait(WAIT * 5)
            return original(*args, **kwargs)

        setattr(store, where, paused)

    def release(self) -> None:
        self.go.set()


def _waits_on_lock(store) -> bool:
    """True when the store's connection waits for an advisory lock now."""
    import psycopg

    with psycopg.connect(store.url.split("?")[0], autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock' "
                            "AND wait_event = 'advisory'", (store.conn.raw.info.backend_pid,)).fetchone() is not None


def _until(condition) -> bool:
    """Poll `condition` until it holds (True) or WAIT seconds passed (False)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _background(job) -> tuple[threading.Thread, list]:
    out: list = []

    def run():
        try:
            out.append(job())
        except BaseException as exc:  # noqa: BLE001 - looked at by the test
            out.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, out


def test_a_write_of_another_municipality_completes_while_one_holds_its_lock(tmp_path, pg_db):
    by_muni = _documents(tmp_path, per_municipality=3)
    a, b = sorted(by_muni)[:2]
    db = pg_db("locks")
    _put_all(db, [by_muni[a][0], by_muni[b][0]])  # the store's first rows (analyzer, meta) are committed
    holder, other, second = _store(db), _store(db), _store(db)
    try:
        pause = _Paused(holder)
        first_a, outcome_a = _background(lambda: holder.put_document(*reversed(by_muni[a][1])))
        assert pause.reached.wait(WAIT), "the first writer never reached its pause"
        # municipality B: stored while A's transaction is open
        b_write, outcome_b = _background(lambda: other.put_document(*reversed(by_muni[b][1])))
        b_write.join(WAIT)
        assert not b_write.is_alive(), "a write of another municipality waited for the open transaction"
        assert outcome_b and getattr(outcome_b[0], "status", outcome_b[0]) == "new"
        # a second document of A waits for A's lock
        a_write, outcome_a2 = _background(lambda: second.put_document(*reversed(by_muni[a][2])))
        assert _until(lambda: _waits_on_lock(second)), "the second writer of A did not wait"
        assert not outcome_a2
        pause.release()
        for t in (first_a, a_write):
            t.join(WAIT)
            assert not t.is_alive()
        assert [getattr(o[0], "status", o[0]) for o in (outcome_a, outcome_a2)] == ["new", "new"]
    finally:
        pause.release()
        for s in (holder, other, second):
            s.close()


def test_change_ids_are_handed_out_in_commit_order(tmp_path, pg_db):
    """A search index that applied change id n never meets a smaller id later (search/changelog.py):
    while a writer of A sits before its commit, another municipality's writer cannot commit change
    ids above A's, so what a reader sees of the log at any moment is all there will ever be below it."""
    by_muni = _documents(tmp_path, per_municipality=2)
    a, b = sorted(by_muni)[:2]
    db = pg_db("log")
    _put_all(db, [by_muni[a][0], by_muni[b][0]])
    holder, other, reader = _store(db), _store(db), _store(db)
    try:
        pause = _Paused(holder, "_put_fetch")  # after the change log's rows, before the commit
        first_a, _ = _background(lambda: holder.put_document(*reversed(by_muni[a][1])))
        assert pause.reached.wait(WAIT)
        b_write, _ = _background(lambda: other.put_document(*reversed(by_muni[b][1])))
        # B either finished or waits on a lock: either way, what a reader sees now is settled
        assert _until(lambda: not b_write.is_alive() or _waits_on_lock(other))
        seen = reader.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM index_queue").fetchone()[0]
        pause.release()
        for t in (first_a, b_write):
            t.join(WAIT)
            assert not t.is_alive()
        late = reader.conn.execute("SELECT COUNT(*) FROM index_queue WHERE seq <= ? AND item_id IN "
                                   "(SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id "
                                   "WHERE d.path = ?)", (seen, by_muni[a][1][0])).fetchone()[0]
        assert late == 0, "changes committed below a position a reader had already passed"
    finally:
        pause.release()
        for s in (holder, other, reader):
            s.close()


@pytest.mark.parametrize(("municipalities", "expected"), [
    (["Nordby"], frozenset({"nordby"})),
    (["Nordby", "nordby", "Sydby"], frozenset({"nordby", "sydby"})),
    (["Nordby", None], None),
    (["Nordby", ""], None),
])
def test_lock_scopes_fold_case_and_fall_back_to_the_global_lock(municipalities, expected):
    from sagsgang.store.sqlite import lock_scopes

    assert lock_scopes(municipalities) == expected


def test_lock_ids_of_municipalities_differ_from_the_global_and_log_ids():
    from sagsgang.store.pgconn import lock_key, log_key

    ids = {lock_key("s", m) for m in ("Nordby", "Sydby", "Østby")}
    assert len(ids) == 3
    assert lock_key("s", "Nordby") == lock_key("s", "nordby")
    assert not ids & {lock_key("s"), log_key("s")}
    assert all(-2**63 <= k < 2**63 for k in ids)


def _held_locks(store) -> set[int]:
    """The 64-bit advisory locks the store's connection holds exclusively now."""
    import psycopg

    with psycopg.connect(store.url.split("?")[0], autocommit=True) as conn:
        rows = conn.execute("SELECT classid::bigint, objid::bigint FROM pg_locks WHERE pid = %s AND "
                            "locktype = 'advisory' AND objsubid = 1 AND granted AND mode = 'ExclusiveLock'",
                            (store.conn.raw.info.backend_pid,)).fetchall()
    return {((hi << 32) | lo) - (2**64 if hi >= 2**31 else 0) for hi, lo in rows}


# a look before the lock that finds nothing: the replaced document appears only under the lock
# (as when another writer stored it in between)
BLIND = "SELECT id, municipality, 0 FROM documents WHERE id < 0 AND content_hash IN (?, ?, ?, ?)"


@pytest.mark.parametrize("seen_before_the_lock", [True, False])
def test_a_document_that_moved_municipality_holds_the_locks_of_both(tmp_path, pg_db, monkeypatch,
                                                                     seen_before_the_lock):
    from sagsgang.store import sqlite
    from sagsgang.store.pgconn import lock_key

    by_muni = _documents(tmp_path, per_municipality=1)
    a, b = sorted(by_muni)[:2]
    db = pg_db("moved")
    path, doc = by_muni[a][0]
    _put_all(db, [(path, doc)])
    moved = _edited(doc)
    moved.municipality = b  # the corrected file names another municipality
    if not seen_before_the_lock:
        monkeypatch.setattr(sqlite, "PEEK", BLIND)
    writer = _store(db)
    try:
        pause = _Paused(writer)
        write, outcome = _background(lambda: writer.put_document(moved, path))
        assert pause.reached.wait(WAIT)
        held = _held_locks(writer)
        pause.release()
        write.join(WAIT)
        schema = writer.conn.schema
        assert {lock_key(schema, a), lock_key(schema, b)} <= held
        assert outcome and getattr(outcome[0], "status", outcome[0]) == "replaced"
        assert writer.conn.execute("SELECT municipality FROM documents").fetchall() == [(b,)]
    finally:
        pause.release()
        writer.close()
