"""Cases linked at ingest (store/links.py) equal linking every stored document at once, whatever
order documents arrive, are replaced or are emptied in; and `case` / `theme` read them."""
from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sagsgang.link import build_cases
from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section, document_from_dict, document_to_dict
from sagsgang.parse import parse_file
from sagsgang.search import index_item
from sagsgang.store import open_store
from sagsgang.store.links import all_cases

from ..conftest import DOCS
from ..link.test_cases_corpus import NAMES, snapshot
from ..link.test_neardup import OTHER, TEXT

_parsed: dict[str, Document] = {}


def near_dup_docs() -> list[Document]:
    """Hand-made documents that exercise text linking: an unnumbered HTML/PDF pair, one copy
    alike to two numbered cases (it may join only one), and a text alike in two municipalities."""
    def doc(source, text, number=None, muni="Faxe", date="2024-01-10", committee="Teknisk Udvalg"):
        item = AgendaItem(title="Legepladser", number="1", case_numbers=[number] if number else [],
                          sections=[Section("Sagsfremstilling", text)],
                          decisions=[Decision(committee, date, "Godkendt.")])
        return Document(source=source, municipality=muni, document_type="referat",
                        content_hash=hashlib.sha256(source.encode()).hexdigest(),
                        meeting=Meeting(committee=committee, date=date), items=[item])
    return [doc("a.html", TEXT, "24-000001"), doc("b.html", TEXT, "24-000002"), doc("c.pdf", TEXT),
            doc("d.html", OTHER), doc("d.pdf", OTHER + " Side 2", date="2024-01-11"),
            doc("e.html", OTHER, muni="Køge"), doc("f.txt", TEXT + " Bilag 1", date="2024-02-01")]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    if not _parsed:
        for n in NAMES:
            _parsed[n] = parse_file(DOCS / n)
    return [_parsed[n] for n in NAMES] + near_dup_docs()


def draft(doc: Document) -> Document:
    """An earlier version of the document at the same path: other bytes, its first item missing
    and the case numbers of the rest dropped (so a replacement must split and re-merge cases)."""
    d = document_from_dict(document_to_dict(doc))
    d.items = d.items[1:]
    for it in d.items[::2]:
        it.case_numbers = []
    d.content_hash = hashlib.sha256(b"draft" + (doc.content_hash or doc.source).encode()).hexdigest()
    return d


def emptied(doc: Document) -> Document:
    d = document_from_dict(document_to_dict(doc))
    d.items = []
    d.content_hash = hashlib.sha256(b"empty" + (doc.content_hash or doc.source).encode()).hexdigest()
    return d


def path_of(doc: Document) -> str:
    return f"/corpus/{doc.source}"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_cases_linked_at_ingest_equal_linking_everything_at_once(new_db, docs, data):
    n = len(docs)
    order = data.draw(st.permutations(range(n)))
    drafted = data.draw(st.sets(st.sampled_from(range(n))))
    removed = data.draw(st.sets(st.sampled_from(range(n)), max_size=3))
    steps: list[Document] = []
    for i in order:  # each document's versions in their own order, interleaved with the others
        if i in drafted:
            steps.append(draft(docs[i]))
        steps.append(docs[i])
    for i in sorted(removed):
        steps.append(emptied(docs[i]))  # withdrawn: the same path now has no items
    store = open_store(new_db(), indexer=index_item)
    try:
        for d in steps:
            src = next(x for x in docs if x.source == d.source)
            store.put_document(d, path_of(src))
        final = [emptied(d) if i in removed else d for i, d in enumerate(docs)]
        expected = snapshot(build_cases([d for d in final if d.items]))
        assert snapshot(all_cases(store.conn)) == expected
        assert snapshot(build_cases(store.documents())) == expected
    finally:
        store.close()


def test_a_database_from_before_linking_is_linked_when_opened(new_db, docs):
    """The migration links what an older database holds, as ingest would have."""
    path = new_db()
    store = open_store(path, indexer=index_item)
    for d in docs:
        store.put_document(d, path_of(d))
    expected = snapshot(all_cases(store.conn))
    for table in ("link_items", "link_keys", "link_bands", "link_inputs", "case_numbers", "case_treatments",
                  "cases"):
        store.conn.execute(f"DROP TABLE {table}")
    for index in ("documents_uid", "documents_meeting", "documents_municipality", "items_uid"):
        store.conn.execute(f"DROP INDEX {index}")
    for table, column in (("documents", "uid"), ("documents", "meeting_uid"), ("items", "uid")):
        store.conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    store.conn.execute("PRAGMA user_version = 7")
    store.close()
    store = open_store(path, indexer=index_item)
    try:
        assert snapshot(all_cases(store.conn)) == expected
        (doc_id,) = store.document_ids(origin=path_of(docs[0]))
        assert store.document_at(doc_id).source == docs[0].source
    finally:
        store.close()


def test_case_lookup_by_any_printed_number_and_municipality(new_db, docs):
    store = open_store(new_db(), indexer=index_item)
    try:
        for d in docs:
            store.put_document(d, path_of(d))
        (case,) = store.cases_by_number("22/8164")
        assert case.key == "norddjurs|22/8164"
        assert {i.source.source for i in case.items} == {"000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt"}
        assert [(t.committee, t.date) for t in case.treatments] == [
            ("Arbejdsmarkedsudvalget", "2022-08-17"), ("Børne- og ungdomsudvalget", "2022-08-18")]
        assert store.cases_by_number("22/8164", "norddjurs")[0].key == "norddjurs|22/8164"
        assert store.cases_by_number("22/8164", "Aarhus") == []
        assert [c.key for c in store.cases_by_number("EMN-2025-009242")] == ["aarhus|EMN-2025-009242"]
        # the unnumbered PDF copy joined the first numbered case in document order, not the second
        (first,) = store.cases_by_number("24-000001")
        (second,) = store.cases_by_number("24-000002")
        assert sorted(i.source.source for i in first.items + second.items) == ["a.html", "b.html", "c.pdf", "f.txt"]
        assert len(first.items) + len(second.items) == 4 and {len(first.items), len(second.items)} == {1, 3}
        found = store.cases_of_items([("d.pdf", "1", "Legepladser")])
        assert [sorted(i.source.source for i in c.items) for c in found] == [["d.html", "d.pdf"]]
    finally:
        store.close()
