"""The case tables the store writes at ingest (store/links.py): one row per case with its public
id, title, numbers, route, visibility and first/last date; its printed numbers; one row per
treatment (which body treated the case when, how, under which item number). These rows are the
store's contract for queries that do not decode the stored JSON; expected rows written by hand."""
from __future__ import annotations

import json

import pytest

from sagsgang.ids import stable_id
from sagsgang.model import AgendaItem, Decision, Document, Meeting
from sagsgang.search import index_item
from sagsgang.store import open_store
from sagsgang.store.links import case_by_key, cases_by_number, cases_of_items


def doc(source, committee, date, items, dtype="referat", muni="Faxe"):
    return Document(source=source, municipality=muni, document_type=dtype, content_hash=source[0] * 64,
                    meeting=Meeting(committee=committee, date=date), items=items)


SALE = [AgendaItem(title="Salg af grund", number="4", case_numbers=["24/700"], route=["TU", "ØU", "KB"],
                   decisions=[Decision("Teknisk Udvalg", "2024-02-01", "Anbefales."),   # Sagsforløb: earlier
                              Decision("Økonomiudvalget", "2024-03-05", "Godkendt.")]),  # this meeting
        AgendaItem(title="Personalesag", number="5", public=False, case_numbers=["24/800"])]
AGENDA = [AgendaItem(title="Salg af grund", number="9", case_numbers=["24/700"])]


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "s.db"), indexer=index_item)
    s.put_document(doc("oeu.txt", "Økonomiudvalget", "2024-03-05", SALE), "/data/oeu.txt")
    s.put_document(doc("kb.txt", "Kommunalbestyrelsen", "2024-03-20", AGENDA, dtype="dagsorden"), "/data/kb.txt")
    yield s
    s.close()


def test_a_case_row_per_case(store):
    rows = store.conn.execute("SELECT key, uid, municipality, title, numbers, route, public, first_date, last_date "
                              "FROM cases ORDER BY key").fetchall()
    assert rows == [
        ("faxe|24/700", stable_id("faxe|24/700"), "Faxe", "Salg af grund", '["24/700"]', '["TU", "ØU", "KB"]', 1,
         "2024-02-01", "2024-03-20"),
        ("faxe|24/800", stable_id("faxe|24/800"), "Faxe", "Personalesag", '["24/800"]', "[]", 0,
         "2024-03-05", "2024-03-05")]
    data = json.loads(store.conn.execute("SELECT data FROM cases WHERE key='faxe|24/700'").fetchone()[0])
    assert data["title"] == "Salg af grund" and data["route"] == ["TU", "ØU", "KB"]
    # every item of a case carries its group: the smallest item id of the group
    grp = store.conn.execute("SELECT grp FROM cases WHERE key='faxe|24/700'").fetchone()[0]
    ids = [r[0] for r in store.conn.execute(
        "SELECT item_id FROM link_items WHERE case_key='faxe|24/700' ORDER BY item_id")]
    assert len(ids) == 2 and grp == ids[0]


def test_numbers_and_treatments_rows(store):
    numbers = store.conn.execute("SELECT n.number, c.key, n.case_key FROM case_numbers n JOIN cases c "
                                 "ON c.id = n.case_id ORDER BY n.number").fetchall()
    assert numbers == [("24/700", "faxe|24/700", "faxe|24/700"), ("24/800", "faxe|24/800", "faxe|24/800")]
    rows = store.conn.execute(
        "SELECT t.case_key, t.uid, t.position, t.committee, t.committee_key, t.date, t.kind, t.item_number, "
        "t.own_minutes, t.text FROM case_treatments t JOIN cases c ON c.id = t.case_id "
        "ORDER BY t.case_key, t.position").fetchall()
    key = "faxe|24/700"
    assert rows == [
        (key, stable_id(key, "Teknisk Udvalg", "2024-02-01"), 0, "Teknisk Udvalg", "teknisk udvalg", "2024-02-01",
         "anbefaling", None, 0, "Anbefales."),
        (key, stable_id(key, "Økonomiudvalget", "2024-03-05"), 1, "Økonomiudvalget", "økonomiudvalget",
         "2024-03-05", "afgørelse", "4", 1, "Godkendt."),
        (key, stable_id(key, "Kommunalbestyrelsen", "2024-03-20"), 2, "Kommunalbestyrelsen", "kommunalbestyrelsen",
         "2024-03-20", "planlagt", "9", 0, ""),
        ("faxe|24/800", stable_id("faxe|24/800", "Økonomiudvalget", "2024-03-05"), 0, "Økonomiudvalget",
         "økonomiudvalget", "2024-03-05", "lukket", "5", 0, "")]


def test_lookups_by_number_key_and_item(store):
    conn = store.conn
    assert [c.key for c in cases_by_number(conn, "24/700")] == ["faxe|24/700"]
    assert [c.key for c in cases_by_number(conn, "24/700", "FAXE")] == ["faxe|24/700"]  # any letter case
    assert cases_by_number(conn, "24/700", "Køge") == [] and cases_by_number(conn, "24/999") == []
    assert case_by_key(conn, "faxe|24/800").title == "Personalesag" and case_by_key(conn, "faxe|1/1") is None
    found = cases_of_items(conn, [("kb.txt", "9", "Salg af grund"), ("oeu.txt", "5", "Personalesag")])
    assert [c.key for c in found] == ["faxe|24/700", "faxe|24/800"]  # by key
    assert cases_of_items(conn, [("kb.txt", "9", "Salg af jord"), ("kb.txt", None, "Salg af grund")]) == []


def test_removing_a_document_relinks_what_is_left(store):
    withdrawn = doc("oeu.txt", "Økonomiudvalget", "2024-03-05", [])
    withdrawn.content_hash = "z" * 64  # new bytes at the same path, without items
    store.put_document(withdrawn, "/data/oeu.txt")
    rows = store.conn.execute("SELECT key, first_date, last_date FROM cases").fetchall()
    assert rows == [("faxe|24/700", "2024-03-20", "2024-03-20")]  # only the agenda is left
    assert store.conn.execute("SELECT count(*) FROM case_treatments").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM case_numbers").fetchone()[0] == 1


def test_link_items_know_their_case_municipality_and_whether_numbered(store):
    store.put_document(Document(source="u.txt", municipality="Faxe", document_type="referat", content_hash="u" * 64,
                                meeting=Meeting(committee="Økonomiudvalget", date="2024-04-01"),
                                items=[AgendaItem(title="Orientering om vejret", number="1")]), "/data/u.txt")
    rows = store.conn.execute("SELECT d.source, i.number, li.case_key, li.municipality, li.numbered "
                              "FROM link_items li JOIN items i ON i.id = li.item_id "
                              "JOIN documents d ON d.id = i.document_id ORDER BY d.source, i.number").fetchall()
    assert rows == [("kb.txt", "9", "faxe|24/700", "Faxe", 1), ("oeu.txt", "4", "faxe|24/700", "Faxe", 1),
                    ("oeu.txt", "5", "faxe|24/800", "Faxe", 1), ("u.txt", "1", "faxe|~uuuuuuuuuuuu-1", "Faxe", 0)]


def test_a_note_without_meeting_dates_its_case_by_its_printed_date(store):
    note = Document(source="notat.txt", municipality="Faxe", document_type="orientering", content_hash="n" * 64,
                    date="2024-04-15", items=[AgendaItem(title="Salg af grund", number=None, case_numbers=["24/700"])])
    store.put_document(note, "/data/notat.txt")
    row = store.conn.execute("SELECT first_date, last_date FROM cases WHERE key='faxe|24/700'").fetchone()
    assert row == ("2024-02-01", "2024-04-15")


def test_a_case_without_any_date_has_none(store):
    undated = Document(source="liste.txt", municipality="Faxe", document_type="andet", content_hash="l" * 64,
                       items=[AgendaItem(title="Liste over sager", number="1", case_numbers=["24/900"])])
    store.put_document(undated, "/data/liste.txt")
    row = store.conn.execute("SELECT first_date, last_date FROM cases WHERE key='faxe|24/900'").fetchone()
    assert row == (None, None)
