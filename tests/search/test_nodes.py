"""Several search nodes on one PostgreSQL store (issue 19): each node keeps its own tantivy folder
and follows the store's change log at its own position. A writer (a worker, with a folder of its
own) ingests; the nodes search without ever being told, catch up on their own, and agree with each
other and with the stored records; a node started late, or one the log was pruned past, builds
from the records and agrees too."""
from __future__ import annotations

import shutil

import pytest
import tantivy

from sagsgang.ingest import ingest
from sagsgang.search import indexed_ids, open_index, search
from sagsgang.search.changelog import PRUNED_KEY
from sagsgang.search.engine import EXACT_MATCHES

from ..generated import demo_folder

QUERIES = ["byggetilladelse", "budget", "skole", "lokalplan", "vej", "forslag"]
NEW_WORD = "zebrafinkeprojekt"


def node(db: str, folder, monkeypatch):
    """A store object whose search index lives in `folder`, as on a machine of its own."""
    monkeypatch.setenv("SAGSGANG_INDEX_DIR", str(folder))
    return open_index(db)


def hits(store, query: str) -> list[tuple]:
    """Every hit of `query` (as a sorted set: nodes with other histories of deleted documents may
    order ties differently, and totals above EXACT_MATCHES are estimates)."""
    out = search(store, query, limit=500)
    assert len(out["results"]) == out["total"] or out["total"] > EXACT_MATCHES
    return sorted((r["source"], r.get("number") or "", r["title"]) for r in out["results"])


def stored_ids(store) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT id FROM items ORDER BY id")]


def log_rows(store) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT seq FROM index_queue ORDER BY seq")]


def position(store) -> int:
    return int(store.conn.execute("SELECT position FROM index_positions WHERE node LIKE ?",
                                  (f"%{store.path}%",)).fetchone()[0])


@pytest.fixture
def corpus(tmp_path):
    docs = demo_folder(tmp_path, 30, formats=("txt",), seed=31)
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n, f in enumerate(sorted(docs.iterdir())):
        shutil.copy(f, (first if n < 20 else second) / f.name)
    return first, second


def test_two_nodes_follow_the_change_log(tmp_path, pg_db, corpus, monkeypatch):
    first, second = corpus
    db = pg_db("nodes")
    writer = node(db, tmp_path / "worker", monkeypatch)
    a = node(db, tmp_path / "node-a", monkeypatch)
    b = node(db, tmp_path / "node-b", monkeypatch)
    try:
        assert a.path != b.path != writer.path
        ingest(writer, [str(first)])
        writer.close()  # applies its own index and lets go of it; nodes a and b were told nothing
        rows_after_first = log_rows(a)
        assert rows_after_first, "the writer's applied changes must stay in the log while nodes lag"
        answers = {q: hits(a, q) for q in QUERIES}
        assert sum(map(len, answers.values())) > 20, answers
        assert {q: hits(b, q) for q in QUERIES} == answers
        assert indexed_ids(a) == indexed_ids(b) == stored_ids(a)
        # every node applied everything: the log is pruned up to the lowest position
        assert position(a) == position(b) == max(rows_after_first)
        assert log_rows(a) == []

        # more documents and one replaced (same path, new bytes with a word found nowhere else)
        replaced = sorted(first.iterdir())[3]
        old_text = replaced.read_text(encoding="utf-8")
        old_items = {r[0] for r in a.conn.execute(
            "SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id WHERE d.path = ?",
            (str(replaced.resolve()),))}
        assert old_items
        replaced.write_text(old_text.rstrip() + f"\n\nDet nye {NEW_WORD} blev vedtaget.\n", encoding="utf-8")
        writer = node(db, tmp_path / "worker", monkeypatch)
        report = ingest(writer, [str(first), str(second)])
        assert (report.counts["new"], report.counts["replaced"]) == (10, 1)
        writer.close()
        assert len(hits(a, NEW_WORD)) == 1
        # b has not searched yet: the rows it has not applied are still in the log
        assert log_rows(a) and min(log_rows(a)) > position(b)
        assert hits(b, NEW_WORD) == hits(a, NEW_WORD)
        assert {q: hits(b, q) for q in QUERIES} == {q: hits(a, q) for q in QUERIES}
        assert indexed_ids(a) == indexed_ids(b) == stored_ids(a)
        assert len(stored_ids(a)) > len(rows_after_first) // 2
        # the replaced version's items are gone from both indexes, not only its new one added
        assert not old_items & (set(indexed_ids(a)) | set(indexed_ids(b)))

        # a node started late builds from the store and agrees
        c = node(db, tmp_path / "node-c", monkeypatch)
        try:
            assert indexed_ids(c) == stored_ids(a)
            assert {q: hits(c, q) for q in QUERIES + [NEW_WORD]} == {q: hits(a, q) for q in QUERIES + [NEW_WORD]}
        finally:
            c.close()
    finally:
        for s in (a, b):
            s.close()


def test_a_node_the_log_was_pruned_past_rebuilds(tmp_path, pg_db, corpus, monkeypatch):
    first, second = corpus
    db = pg_db("behind")
    writer = node(db, tmp_path / "worker", monkeypatch)
    ingest(writer, [str(first)])
    a = node(db, tmp_path / "node-a", monkeypatch)
    a_ids = indexed_ids(a)
    a_folder = a.path
    a.close()
    # node a is switched off for longer than the timeout: its row is stale and stops holding the log
    writer.conn.execute("UPDATE index_positions SET seen_at = '2000-01-01T00:00:00+00:00' WHERE node LIKE ?",
                        (f"%{a_folder}%",))
    ingest(writer, [str(second)])
    writer.close()
    check = node(db, tmp_path / "worker", monkeypatch)
    try:
        mark = int(check.get_meta(PRUNED_KEY) or 0)
        assert mark > 0 and not check.conn.execute(
            "SELECT 1 FROM index_queue WHERE seq <= ?", (mark,)).fetchone()
        a = node(db, tmp_path / "node-a", monkeypatch)
        try:
            assert position(a) >= mark  # it rebuilt from the records, not from the pruned log
            assert indexed_ids(a) == stored_ids(check) and len(indexed_ids(a)) > len(a_ids)
            assert {q: hits(a, q) for q in QUERIES} == {q: hits(check, q) for q in QUERIES}
        finally:
            a.close()
    finally:
        check.close()


def test_one_index_prunes_at_once_and_a_replaced_version_leaves_it(tmp_path, new_db, corpus):
    """One store, one index (SQLite's only setup): rows go as soon as they are applied, as the queue
    did; a replaced document's old items leave the index (by-term deletes of tantivy 0.27 did not)."""
    first, _ = corpus
    db = new_db("one")
    store = open_index(db)
    try:
        ingest(store, [str(first)])
        before = stored_ids(store)
        replaced = sorted(first.iterdir())[5]
        replaced.write_text(replaced.read_text(encoding="utf-8").rstrip() + f"\n\n{NEW_WORD}\n", encoding="utf-8")
        assert ingest(store, [str(first)]).counts["replaced"] == 1
        after = stored_ids(store)
        assert set(before) - set(after)
        assert indexed_ids(store) == after
        assert len(hits(store, NEW_WORD)) == 1
        assert log_rows(store) == []
    finally:
        store.close()


def test_a_lagging_node_never_shows_text_a_later_change_closed(tmp_path, pg_db, monkeypatch):
    """An item stored public, then replaced by a version where it is closed: a node that applies
    both changes later (one change per tantivy commit here) must never hold the public version,
    not even between two commits, since a later change in the log supersedes it."""
    import sagsgang.search.index as index_module
    from sagsgang.search.index import SearchIndex

    from ..web.conftest import SECRET, closed_fixture

    db = pg_db("closing")
    writer = node(db, tmp_path / "worker", monkeypatch)
    lagging = node(db, tmp_path / "node-b", monkeypatch)
    opened = closed_fixture()
    for it in opened.items:
        it.public = True
    opened.content_hash = "1" * 64
    writer.put_document(opened, "/corpus/faxe_oeu.txt")
    first_ids = set(stored_ids(writer))
    assert indexed_ids(writer) == sorted(first_ids)  # the writer's own index did hold the public version
    writer.put_document(closed_fixture(), "/corpus/faxe_oeu.txt")
    writer.close()

    monkeypatch.setattr(index_module, "QUEUE_CHUNK", 1)
    held: list[set[int]] = []
    real_advance = SearchIndex._advance

    def advance(self, conn, position):
        real_advance(self, conn, position)
        searcher = self.searcher()
        found = searcher.search(tantivy.Query.all_query(), limit=max(1, searcher.num_docs), count=False)
        held.append(set(searcher.fast_field_values("id", [addr for _, addr in found.hits])))

    monkeypatch.setattr(SearchIndex, "_advance", advance)
    try:
        assert indexed_ids(lagging) == stored_ids(lagging)
        assert len(held) > 2  # it applied the log one change at a time
        assert not any(ids & first_ids for ids in held), held
        hits = search(lagging, " ".join(SECRET.split("-")))["results"]
        assert all(h["public"] is False and h["snippet"] == "" for h in hits)
    finally:
        lagging.close()


def read_only(db: str) -> str:
    """The same store through a connection that refuses writes, as a hot standby's would."""
    return db.replace("options=", "options=" + "-cdefault_transaction_read_only%3Don%20", 1)


def test_a_node_on_a_read_only_replica_searches_and_follows_without_writing(tmp_path, pg_db, corpus, monkeypatch):
    """A web node reading a replica (PostgreSQL streaming standby) can write nothing: it keeps its
    position in its folder only, never registers in index_positions, and the primary's nodes prune
    without waiting for it; it still finds what the primary finds, catches up on later ingests from
    the log, and rebuilds from the records when the log was pruned past it."""
    first, second = corpus
    db = pg_db("replica")
    writer = node(db, tmp_path / "worker", monkeypatch)
    primary = node(db, tmp_path / "node-primary", monkeypatch)
    ingest(writer, [str(first)])  # a replica only ever serves a store the primary made
    writer.close()
    replica = node(read_only(db), tmp_path / "node-replica", monkeypatch)
    try:
        assert replica.conn.read_only and not primary.conn.read_only
        answers = {q: hits(replica, q) for q in QUERIES}
        assert answers == {q: hits(primary, q) for q in QUERIES}
        nodes = [r[0] for r in primary.conn.execute("SELECT node FROM index_positions")]
        assert not any("node-replica" in n for n in nodes) and any("node-primary" in n for n in nodes)
        assert log_rows(primary) == []  # pruned by the primary's nodes alone
        writer = node(db, tmp_path / "worker", monkeypatch)
        ingest(writer, [str(second)])
        writer.close()
        assert hits(primary, NEW_WORD) == hits(replica, NEW_WORD)
        assert {q: hits(replica, q) for q in QUERIES} == {q: hits(primary, q) for q in QUERIES}
        assert indexed_ids(replica) == stored_ids(primary)
    finally:
        for s in (replica, primary):
            s.close()


def test_a_replica_without_the_store_says_to_ingest_on_the_primary(tmp_path, pg_db, monkeypatch):
    from sagsgang.errors import SagsgangError

    with pytest.raises(SagsgangError, match="read-only server .*ingest on the primary"):
        node(read_only(pg_db("empty")), tmp_path / "node", monkeypatch)


def test_the_catch_up_check_reads_the_queue_key_from_the_position_on(pg_db):
    # asked before every search: with the queue's pruned rows dead and its statistics stale (a server
    # without autovacuum, an ingest cut short), PostgreSQL must still answer from the primary key
    from sagsgang.search.index import CATCH_UP, CHECK
    from sagsgang.store import open_store

    store = open_store(pg_db())
    conn = store.conn
    # the queue held rows once (VACUUM counted them) and was pruned since; no column statistics: the
    # planner guesses a third of the rows lie past any position
    conn.execute("INSERT INTO index_queue(item_id) SELECT g FROM generate_series(1, 200000) g")
    conn.execute("VACUUM index_queue")
    conn.execute("DELETE FROM index_queue")
    last = 200000
    plan = " ".join(r[0] for r in conn.execute("EXPLAIN " + CATCH_UP, (last,)).fetchall())
    assert "index_queue_pkey" in plan and "Seq Scan" not in plan
    # as a search asks it: with the pruned mark, in one statement (session 7)
    plan = " ".join(r[0] for r in conn.execute("EXPLAIN " + CHECK, ("index_log_pruned", last)).fetchall())
    assert "index_queue_pkey" in plan and "Seq Scan on index_queue" not in plan
    store.close()
