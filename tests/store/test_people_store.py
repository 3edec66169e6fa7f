"""People and parties kept at ingest (store/people.py) equal building the registry of every stored
document at once, whatever order documents arrive, are replaced or are removed in; a database from
before the tables is backfilled; and the indexed lookups answer what the pages ask."""
from __future__ import annotations

import hashlib
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sagsgang.link.people import build_registry
from sagsgang.model import AgendaItem, Decision, Document, Meeting, document_from_dict, document_to_dict
from sagsgang.search import index_item
from sagsgang.store import open_store
from sagsgang.store.people import who_pages_of


def doc(source: str, muni: str | None, participants: list[str], absent: list[str] = (),
        positions: list[tuple[str, str]] = (), date: str = "2024-01-10") -> Document:
    item = AgendaItem(title="Budget", number="1",
                      decisions=[Decision("Byrådet", date, "Godkendt.", absent=[],
                                          positions=[{"who": w, "stance": s} for w, s in positions])])
    return Document(source=source, municipality=muni, document_type="referat",
                    content_hash=hashlib.sha256(source.encode()).hexdigest(),
                    meeting=Meeting(committee="Byrådet", date=date, participants=list(participants),
                                    absent=list(absent)), items=[item])


DOCS = [
    doc("a.txt", "Faxe", ["Anne Hansen (A)", "Bo Jensen (V)"], positions=[("A", "for"), ("V", "imod")]),
    doc("b.txt", "Faxe", ["Anne Hansen", "Maria Holdt Witthøft (C)"], absent=["Bo Jensen (V)"]),
    doc("c.txt", "Faxe", ["Maria Witthøft (C)", "Tina Rotbøll (A)"], positions=[("Tina Rottbøll (A)", "for")],
        date="2024-02-01"),
    doc("d.txt", "Køge", ["Anne Hansen (Ø)", "Hans-Jørgen (UP-2)"], positions=[("Ø", "for")]),
    doc("e.txt", "Køge", ["Hans-Jørgen Kirstein (UP-2)"]),
    doc("f.txt", None, ["Anne Hansen (A)"]),
    doc("g.txt", None, ["Anne Hansen (A)", "Ole Berg (B)"], positions=[("B", "imod")]),
]


def path_of(d: Document) -> str:
    return f"/corpus/{d.source}"


def changed(d: Document, salt: str) -> Document:
    """Another version at the same path: other bytes, its first participant missing."""
    out = document_from_dict(document_to_dict(d))
    out.meeting.participants = out.meeting.participants[1:]
    out.content_hash = hashlib.sha256((salt + d.source).encode()).hexdigest()
    return out


def stored(store) -> dict:
    """Everything the tables hold, per scope, as plain values."""
    conn = store.conn
    people = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT uid, scope, position, data FROM people")}
    parties = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT uid, scope, position, data FROM parties")}
    members = sorted(conn.execute("SELECT person_uid, party_uid, scope FROM party_members").fetchall())
    who = sorted(conn.execute("SELECT scope, who, page FROM who_pages").fetchall())
    return {"people": sorted(people.items()), "parties": sorted(parties.items()), "members": members, "who": who}


def expected(documents: list[Document]) -> dict:
    """The same from building the registry of every document at once."""
    import json

    people, parties, members, who = {}, {}, [], []
    for scope, reg in build_registry(documents).items():
        for pos, p in enumerate(reg.people.values()):
            people[p.id] = (scope, pos, json.dumps(asdict(p), ensure_ascii=False))
        for pos, p in enumerate(reg.parties.values()):
            parties[p.id] = (scope, pos, json.dumps(asdict(p), ensure_ascii=False))
            members += [(m, p.id, scope) for m in p.members]
        who += [(scope, w, page) for w, page in who_pages_of(reg).items()]
    return {"people": sorted(people.items()), "parties": sorted(parties.items()), "members": sorted(members),
            "who": sorted(who)}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_people_kept_at_ingest_equal_building_the_registry_at_once(new_db, data):
    n = len(DOCS)
    order = data.draw(st.permutations(range(n)))
    drafted = data.draw(st.sets(st.sampled_from(range(n))))
    removed = data.draw(st.sets(st.sampled_from(range(n)), max_size=2))
    store = open_store(new_db(), indexer=index_item)
    try:
        for i in order:
            if i in drafted:
                store.put_document(changed(DOCS[i], "draft"), path_of(DOCS[i]))
            store.put_document(DOCS[i], path_of(DOCS[i]))
        for i in sorted(removed):  # replaced by a version naming nobody
            gone = changed(DOCS[i], "gone")
            gone.meeting.participants, gone.items = [], []
            store.put_document(gone, path_of(DOCS[i]))
        assert stored(store) == expected(store.documents())
        assert stored(store)["people"]  # not vacuous: someone is always named
    finally:
        store.close()


@pytest.fixture
def store(new_db):
    s = open_store(new_db(), indexer=index_item)
    for d in DOCS:
        s.put_document(d, path_of(d))
    yield s
    s.close()


def test_people_and_parties_are_answered_one_at_a_time(store):
    faxe = store.people_of("Faxe")
    assert [p.name for p in faxe] == ["Anne Hansen", "Bo Jensen", "Maria Holdt Witthøft", "Tina Rotbøll"]
    anne, bo, maria, tina = faxe
    assert anne.parties == ["A"] and anne.variants == ["Anne Hansen (A)", "Anne Hansen"]
    assert [m.source for m in anne.attended] == ["a.txt", "b.txt"]
    assert [m.source for m in bo.missed] == ["b.txt"] and [m.date for m in bo.missed] == ["2024-01-10"]
    assert maria.variants == ["Maria Holdt Witthøft (C)", "Maria Witthøft (C)"]  # the short form merged
    assert [(r.who, r.stance) for r in tina.positions] == [("Tina Rottbøll (A)", "for")]  # spelt two ways
    assert store.person(anne.id).name == "Anne Hansen" and store.person("0000") is None
    assert [p.code for p in store.parties_of("Faxe")] == ["A", "C", "V"]
    assert [p.name for p in store.parties_of_person(tina.id)] == ["Socialdemokratiet"]
    party_a = store.parties_of_person(anne.id)[0]
    assert store.party(party_a.id).members == [anne.id, tina.id]
    assert party_a.positions == []  # listed briefly; the party itself has them
    assert [(r.stance, r.who) for r in store.party(party_a.id).positions] == [("for", "A")]
    brief_tina = store.people_of("Faxe", brief=True)[3]
    assert (brief_tina.name, brief_tina.variants, brief_tina.attended, brief_tina.positions) == (
        "Tina Rotbøll", ["Tina Rotbøll (A)", "Tina Rottbøll (A)"], [], [])
    assert [len(p.positions) for p in store.parties_of("Faxe")] == [1, 0, 1]
    assert [len(p.positions) for p in store.parties_of("Faxe", brief=True)] == [0, 0, 0]
    køge = store.people_of("Køge")
    assert [(p.name, p.parties) for p in køge] == [("Anne Hansen", ["Ø"]), ("Hans-Jørgen Kirstein", ["UP-2"])]
    assert køge[0].id != anne.id  # the same name in two municipalities is two people
    # documents of no municipality: each its own scope, listed together
    assert [(p.name, p.municipality) for p in store.people_of(None)] == [
        ("Anne Hansen", "ukendt: /corpus/f.txt"), ("Anne Hansen", "ukendt: /corpus/g.txt"),
        ("Ole Berg", "ukendt: /corpus/g.txt")]
    assert store.who_page("Faxe", "Tina Rottbøll (A)") == f"/person/{tina.id}"
    assert store.who_page("Faxe", "A") == f"/parti/{party_a.id}"
    assert store.who_page("Køge", "Tina Rottbøll (A)") is None
    assert store.source_hashes({"b.txt", "a.txt", "zz.txt"}) == [DOCS[0].content_hash, DOCS[1].content_hash]


def test_removing_a_document_rebuilds_only_its_municipality(store):
    (bo,) = [p for p in store.people_of("Faxe") if p.name == "Bo Jensen"]
    køge_before = [(p.id, p.variants) for p in store.people_of("Køge")]
    gone = changed(DOCS[0], "gone")
    gone.meeting.participants, gone.items = [], []
    store.put_document(gone, path_of(DOCS[0]))
    bo_now = store.person(bo.id)
    assert bo_now.attended == [] and [m.source for m in bo_now.missed] == ["b.txt"]
    assert [p.code for p in store.parties_of("Faxe")] == ["A", "C", "V"]  # Bo's V is still printed in b.txt
    assert store.who_page("Faxe", "A") is None  # the only party position was in a.txt
    assert [(p.id, p.variants) for p in store.people_of("Køge")] == køge_before


def test_a_database_from_before_the_people_tables_is_backfilled_when_opened(new_db):
    path = new_db()
    s = open_store(path, indexer=index_item)
    for d in DOCS:
        s.put_document(d, path_of(d))
    before = stored(s)
    for table in ("people", "parties", "party_members", "who_pages"):
        s.conn.execute(f"DROP TABLE {table}")
    from sagsgang.store.schema import MIGRATIONS, _people_tables

    s.conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_people_tables)}")
    s.close()
    s = open_store(path, indexer=index_item)
    try:
        assert stored(s) == before
        assert len(before["people"]) == 9 and len(before["who"]) == 17
    finally:
        s.close()


def test_inside_a_deferred_block_each_municipality_is_rebuilt_once_at_its_end(new_db, monkeypatch):
    """An ingest run stores many documents of one municipality: rebuilding its registry for each
    would grow with the square of its size, so the run notes the scope and rebuilds it once."""
    from sagsgang.store import people as people_store

    built: list[str] = []
    real = people_store.refresh
    monkeypatch.setattr(people_store, "refresh", lambda conn, scopes: (built.extend(sorted(scopes)),
                                                                        real(conn, scopes))[1])
    store = open_store(new_db(), indexer=index_item)
    try:
        with store.deferred_people():
            for d in DOCS:
                store.put_document(d, path_of(d))
            assert stored(store)["people"] == []  # nothing rebuilt while the run goes on
            store.put_document(changed(DOCS[0], "v2"), path_of(DOCS[0]))  # a replacement in the same run
        assert sorted(built) == sorted({"Faxe", "Køge", "ukendt: /corpus/f.txt", "ukendt: /corpus/g.txt"})
        assert stored(store) == expected(store.documents())
        assert store.conn.execute("SELECT count(*) FROM people_stale").fetchone()[0] == 0
    finally:
        store.close()


def test_scopes_an_interrupted_run_noted_are_rebuilt_by_the_next_refresh(new_db):
    path = new_db()
    store = open_store(path, indexer=index_item)
    try:
        for d in DOCS:
            store.put_document(d, path_of(d))
        want = stored(store)
        store.conn.execute("DELETE FROM people WHERE scope='Køge'")  # as if a run stopped before its end
        store.conn.execute("INSERT INTO people_stale(scope) VALUES ('Køge')")
    finally:
        store.close()
    store = open_store(path, indexer=index_item)
    try:
        assert stored(store) != want
        assert store.refresh_people() == 1
        assert stored(store) == want
    finally:
        store.close()


def test_a_worker_rebuilds_people_on_its_clock_not_per_document(new_db, monkeypatch):
    """A queue worker has no run end: documents arriving one message at a time are noted stale and
    rebuilt by the refresher's clock (and when the worker stops), not one rebuild per document,
    and what the tables hold then equals building every stored document at once."""
    import threading

    from sagsgang.jobs import PeopleRefresher
    from sagsgang.store import people as people_store

    rebuilds: list[set[str]] = []
    real = people_store.refresh
    monkeypatch.setattr(people_store, "refresh", lambda conn, scopes: (rebuilds.append(set(scopes)),
                                                                        real(conn, scopes))[1])
    store = open_store(new_db(), indexer=index_item)
    lock = threading.Lock()
    try:
        with PeopleRefresher(store, lock, every=3600) as refresher:  # the clock never ticks in this test
            for d in DOCS[:3]:  # three messages of one municipality
                with lock, store.deferred_people():  # what `ingest` of one message does
                    store.put_document(d, path_of(d))
            assert rebuilds == [] and stored(store)["people"] == []
            assert refresher.refresh() == 1  # a tick: Faxe, once for its three documents
            assert rebuilds == [{"Faxe"}]
            with lock, store.deferred_people():
                store.put_document(DOCS[3], path_of(DOCS[3]))
        assert rebuilds == [{"Faxe"}, {"Køge"}]  # the worker stopped: what was still stale
        assert stored(store) == expected(store.documents())
    finally:
        store.close()


def test_the_refreshers_clock_rebuilds_while_documents_keep_arriving(new_db):
    import threading
    import time

    from sagsgang.jobs import PeopleRefresher

    store = open_store(new_db(), indexer=index_item)
    lock = threading.Lock()
    try:
        with PeopleRefresher(store, lock, every=0.05):
            with lock, store.deferred_people():
                store.put_document(DOCS[0], path_of(DOCS[0]))
            deadline = time.monotonic() + 30
            while True:
                with lock:
                    if stored(store)["people"]:
                        break
                assert time.monotonic() < deadline, "the refresher never rebuilt"
                time.sleep(0.05)
            with lock:
                assert store.conn.execute("SELECT count(*) FROM people_stale").fetchone()[0] == 0
    finally:
        store.close()


def test_a_slow_people_rebuild_waits_long_enough_to_take_a_tenth_of_a_workers_time():
    from sagsgang.jobs import next_people_wait

    assert next_people_wait(30, 1.0) == 30  # a quick rebuild: the clock as set
    assert next_people_wait(30, 10.0) == pytest.approx(90.0)  # 10 s of every 100 s
    assert next_people_wait(30, 10.0, share=0.5) == 30
    assert next_people_wait(0.05, 0.01) == pytest.approx(0.09)


def test_the_refresher_paces_itself_by_its_last_rebuild(new_db, monkeypatch):
    """The refresher's loop waits what next_people_wait says after each rebuild, not `every` regardless."""
    import threading
    import time

    from sagsgang import jobs

    took: list[float] = []
    store = open_store(new_db(), indexer=index_item)
    monkeypatch.setattr(jobs, "next_people_wait", lambda every, seconds: took.append(seconds) or 3600.0)
    try:
        with jobs.PeopleRefresher(store, threading.Lock(), every=0.01):
            deadline = time.monotonic() + 30
            while not took and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.1)  # ten of `every`: no second rebuild, the loop waits the hour it was given
            assert len(took) == 1 and took[0] >= 0
    finally:
        store.close()


def test_the_refresher_times_its_rebuild_not_its_wait_for_the_lock(new_db):
    """The pause after a rebuild follows what the rebuild cost, not how long another writer held the lock."""
    import threading
    import time

    from sagsgang.jobs import PeopleRefresher

    store = open_store(new_db(), indexer=index_item)
    lock = threading.Lock()
    refresher = PeopleRefresher(store, lock, every=3600)
    try:
        with lock:  # another writer's long write
            waiting = threading.Thread(target=refresher.refresh)
            waiting.start()
            time.sleep(0.5)
        waiting.join()
        assert refresher.took < 0.5
    finally:
        store.close()
