"""A people rebuild reads each document's `person_facts` row (store/people.py), not its stored
document (issue 19, session 11): the people, parties, party_members and who_pages rows equal those
of the registry built by walking the documents themselves (as the builder did before the facts,
kept here as the oracle), on real documents of the shared corpus and on generated ones; a rebuild
works with every stored document unreadable; a database from before the table gets it filled by
the migration; a document's row goes with it."""
from __future__ import annotations

import sqlite3
from itertools import chain
from pathlib import Path

import pytest

from sagsgang.errors import DocumentError
from sagsgang.ids import item_id, meeting_id
from sagsgang.link.people import MeetingRef, PositionRef, Registry, _Builder, _is_party, scope_of
from sagsgang.model import Document, document_from_dict, document_to_dict
from sagsgang.parse import parse_file
from sagsgang.search import index_item
from sagsgang.store import open_store, people
from sagsgang.store.codec import decode_record

from ..conftest import DOCS, EXTRA
from .test_people_store import DOCS as SMALL
from .test_people_store import changed, path_of

TABLES = {"people": "uid", "parties": "uid", "party_members": "person_uid, party_uid", "who_pages": "scope, who"}


def registry_walking_documents(docs: list[Document]) -> dict[str, Registry]:
    """The registry as build_registry made it before person_facts (session 10): every field read
    from the Document itself, every printed name resolved again each time it is met."""
    builders: dict[str, _Builder] = {}
    for doc in docs:
        b = builders.setdefault(scope_of(doc), _Builder(scope_of(doc)))
        m, mid = doc.meeting, meeting_id(doc)
        named = chain(((p, "attended") for p in m.participants), ((p, "missed") for p in m.absent)) if m else ()
        for printed, refs in named:
            p = b._resolve(printed)
            if p:
                getattr(p, refs).append(MeetingRef(doc.source, m.committee, m.date, mid))
        for n, it in enumerate(doc.items):
            iid = item_id(doc, n, it)
            for d in it.decisions:
                for printed in d.absent:
                    p = b._resolve(printed)
                    if p:
                        p.missed.append(MeetingRef(doc.source, d.committee, d.date, mid, iid))
                for pos in d.positions:
                    ref = PositionRef(pos["stance"], pos["who"], iid, doc.source, it.number, it.title, d.committee,
                                      d.date)
                    if _is_party(pos["who"]):
                        b.party(pos["who"]).positions.append(ref)
                    elif p := b._resolve(pos["who"]):
                        p.positions.append(ref)
    for b in builders.values():
        b.merge_short_forms()
    return {k: b.reg for k, b in builders.items()}


def rows(conn) -> dict[str, list[tuple]]:
    """Every row of the four tables, every column."""
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY {key}")] for t, key in TABLES.items()}


def expected_rows(docs: list[Document]) -> dict[str, list[tuple]]:
    """The rows the oracle's registries give (`docs` in catalog order: source, then row id), written
    by people._put into a database of their own."""
    firsts: dict[str, str] = {}
    for doc in docs:
        firsts.setdefault(scope_of(doc), doc.source)
    conn = sqlite3.connect(":memory:")
    people.create_tables(conn)
    for scope, reg in registry_walking_documents(docs).items():
        people._put(conn, reg, firsts[scope])
    return rows(conn)


def ingest(store, docs: list[Document]) -> None:
    with store.deferred_people():  # one rebuild per scope at the end, from the stored facts
        for d in docs:
            store.put_document(d, path_of(d))


@pytest.fixture(scope="module")
def real_documents() -> list[Document]:
    paths = [p for folder in (DOCS, EXTRA) if folder.is_dir() for p in sorted(folder.iterdir()) if p.is_file()]
    if not paths:
        pytest.skip("shared corpus not available")
    return [doc for p in paths if (doc := _council_document(p)) is not None]


def _council_document(path: Path) -> Document | None:
    """The parsed document, or None for a page that is no council document (a site's index of meetings), which
    ingest skips and counts as well."""
    try:
        return parse_file(path)
    except DocumentError as exc:
        if exc.kind != DocumentError.NOT_COUNCIL:
            raise
        return None


@pytest.fixture(scope="module")
def generated_documents(tmp_path_factory) -> list[Document]:
    from sagsgang.demo import generate

    out = tmp_path_factory.mktemp("demo")
    generate(out, municipalities=2, years=1, formats=["txt"], seed=5, max_items=400)
    return [parse_file(p) for p in sorted((out / "docs").iterdir())]


@pytest.mark.parametrize("which", ["real_documents", "generated_documents"])
def test_rows_built_from_person_facts_equal_rows_built_from_the_documents(new_db, which, request):
    docs = request.getfixturevalue(which)
    store = open_store(new_db(), indexer=index_item)
    try:
        ingest(store, docs)
        want = expected_rows(store.documents())
        assert rows(store.conn) == want
        # not vacuous: people and parties with meetings missed, positions, several scopes
        assert len(want["people"]) > 30 and want["party_members"] and want["who_pages"]
        assert '"missed": [{' in "".join(r[-1] for r in want["people"])
        assert '"positions": [{' in "".join(r[-1] for r in want["parties"])
        assert len({r[1] for r in want["people"]}) > 1
    finally:
        store.close()


def test_a_rebuild_reads_no_stored_document(new_db):
    """With every stored document's `parsed` made unreadable, documents arriving in the same
    municipalities (each rebuilds its scope at once) and a rebuild of every scope still give the
    rows of the registry built from all the documents."""
    store = open_store(new_db(), indexer=index_item)
    conn = store.conn
    try:
        ingest(store, SMALL[::2])
        conn.execute("UPDATE documents SET parsed=?", (b"not a stored document",))
        for d in SMALL[1::2]:
            store.put_document(d, path_of(d))
        conn.execute("UPDATE documents SET parsed=?", (b"not a stored document",))
        people.refresh(conn, {r[0] for r in conn.execute("SELECT scope FROM person_facts")})
        got = rows(conn)
    finally:
        store.close()
    fresh = open_store(new_db(), indexer=index_item)
    try:
        ingest(fresh, SMALL)
        assert got == expected_rows(fresh.documents())
        assert len(got["people"]) == 9
    finally:
        fresh.close()


def facts(conn) -> dict[str, tuple[str, dict]]:
    """Each document's person facts by its source: (scope, the decoded record)."""
    return {src: (scope, decode_record(f)) for src, scope, f in conn.execute(
        "SELECT d.source, f.scope, f.facts FROM person_facts f JOIN documents d ON d.id = f.document_id")}


def test_a_database_from_before_person_facts_gets_them_once_and_the_same_rows(new_db):
    from sagsgang.store.schema import MIGRATIONS, _person_facts

    path = new_db()
    store = open_store(path, indexer=index_item)
    ingest(store, SMALL[:6])
    written, before = facts(store.conn), rows(store.conn)
    assert len(written) == 6 and written["f.txt"][0] == "ukendt: /corpus/f.txt"
    store.conn.execute("DROP TABLE person_facts")
    store.conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_person_facts)}")
    store.close()
    store = open_store(path, indexer=index_item)  # migrates: 14 -> 15
    try:
        assert facts(store.conn) == written and rows(store.conn) == before
        ingest(store, SMALL[6:])  # rebuilds from the migrated facts
        assert rows(store.conn) == expected_rows(store.documents())
    finally:
        store.close()


def test_a_documents_person_facts_go_with_it(new_db):
    """Replaced: the new version's facts, the old row gone; the rebuild names who the new version names."""
    store = open_store(new_db(), indexer=index_item)
    conn = store.conn
    try:
        ingest(store, SMALL)
        v2 = changed(SMALL[0], "v2")  # its first participant left out
        store.put_document(v2, path_of(SMALL[0]))
        stored = conn.execute("SELECT count(*) FROM documents WHERE document_type IS NOT 'bilag'").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM person_facts").fetchone()[0] == stored == len(SMALL)
        assert facts(conn)["a.txt"][1]["meeting"][2] == v2.meeting.participants
        assert rows(conn) == expected_rows(store.documents())
    finally:
        store.close()


def test_person_facts_hold_what_the_builder_reads_and_nothing_else():
    doc = document_from_dict(document_to_dict(SMALL[0]))
    doc.origin = path_of(doc)
    record = decode_record(people.facts_row(doc)[1])
    assert record == {
        "scope": "Faxe", "source": "a.txt", "meeting_id": meeting_id(doc),
        "meeting": ["Byrådet", "2024-01-10", ["Anne Hansen (A)", "Bo Jensen (V)"], []],
        "items": [[item_id(doc, 0, doc.items[0]), "1", "Budget", [["Byrådet", "2024-01-10", [],
                                                                   [["for", "A"], ["imod", "V"]]]]]]}


def test_a_rebuild_writes_only_the_rows_that_changed(store):
    """A document naming one member again (and her stance, a person's): her row is written anew, every other
    row of the municipality stays where it was (SQLite's rowid tells a row written again), and the
    rows still equal the registry built from all the documents."""
    conn = store.conn
    ingest(store, SMALL)

    def rowids() -> dict[str, int]:
        return {f"{t}:{uid}": rowid for t in ("people", "parties")
                for uid, rowid in conn.execute(f"SELECT uid, rowid FROM {t} WHERE scope='Faxe'")}

    before = rowids()
    again = changed(SMALL[2], "again")  # Tina Rotbøll (A) attends one more meeting, Maria Witthøft does not
    again.source, again.meeting.date = "h.txt", "2024-03-01"
    store.put_document(again, path_of(again))
    after = rowids()
    moved = {k for k in before if after.get(k) != before[k]}
    (tina,) = [p for p in store.people_of("Faxe") if p.name.startswith("Tina")]  # of 4 people, 3 parties
    assert moved == {f"people:{tina.id}"} and len(before) == 7
    assert after.keys() == before.keys()
    assert rows(conn) == expected_rows(store.documents())
