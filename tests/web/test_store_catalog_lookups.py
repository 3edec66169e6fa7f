"""StoreCatalog (what `sagsgang serve` answers from: the store's indexed queries, store/views.py)
on a handful of hand-made documents: each lookup gives the values written here by hand, and the
same as the in-memory Catalog over the same documents. Small and fast, so the mutation run can
use it for every StoreCatalog and store/views.py mutant (test_store_catalog.py's full-site
comparison takes a minute a run)."""
from __future__ import annotations

import pytest

from sagsgang.ids import stable_id
from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section
from sagsgang.search import index_item
from sagsgang.store import open_store
from sagsgang.web.catalog import UNKNOWN, Catalog, StoreCatalog


def doc(source, muni, committee, day, items, dtype="referat"):
    return Document(source=source, municipality=muni, document_type=dtype, content_hash=source[0] * 64,
                    meeting=Meeting(committee=committee, date=day, start_time="16:00", location="Rådhuset")
                    if committee or day else None, items=items)


def item(number, title, case=None, public=True, decided=None):
    return AgendaItem(title=title, number=number, public=public, case_numbers=[case] if case else [],
                      sections=[Section("Sagsfremstilling", f"Om {title.lower()} i kommunen.")],
                      decisions=[Decision(*decided, "Godkendt.")] if decided else [])


DOCS = [
    doc("a.txt", "Faxe", "Økonomiudvalget", "2024-03-01",
        [item("1", "Budget 2025", "24/100"), item("2", "Ny hal", "24/101"), item("3", "Personalesag", public=False)]),
    doc("b.txt", "Faxe", "Økonomiudvalget", "2024-01-10", [item("1", "Budget 2025", "24/100")], dtype="dagsorden"),
    doc("c.txt", "Faxe", "Teknisk Udvalg", "2024-08-05", [item("4", "Vejplan", "24/200")]),
    doc("d.txt", "Køge", "Økonomiudvalget", "2024-03-01", [item("1", "Ny skole", "24/100")]),
    doc("e.txt", None, None, None, [item("7", "Høring om affald", decided=("Byrådet", "2024-04-04"))]),
]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    s = open_store(str(tmp_path_factory.mktemp("lookups") / "s.db"), indexer=index_item)
    for d in DOCS:
        s.put_document(d, f"/data/{d.source}")
    memory = Catalog(s.documents())
    yield memory, StoreCatalog(s)
    s.close()


def ids(views):
    return [v.id for v in views]


def meetings_of(committees):
    return {k: [(m.id, m.date, m.committee, m.municipality, m.start_time, m.location, sorted(m.document_types),
                 m.item_ids, m.sources, m.hashes) for m in v] for k, v in committees.items()}


def test_municipalities_committees_and_dates(both):
    memory, queried = both
    for cat in (memory, queried):
        assert cat.municipalities() == {"Faxe": 3, "Køge": 1, UNKNOWN: 1}
        assert cat.known_municipalities() == ["Faxe", "Køge"]
        faxe = cat.committees("Faxe")
        assert list(faxe) == ["Teknisk Udvalg", "Økonomiudvalget"]
        assert [m.date for m in faxe["Økonomiudvalget"]] == ["2024-01-10", "2024-03-01"]  # oldest first
        assert [m.document_types for m in faxe["Økonomiudvalget"]] == [{"dagsorden"}, {"referat"}]
        assert [m.sources for m in faxe["Økonomiudvalget"]] == [["/data/b.txt"], ["/data/a.txt"]]
        assert [m.hashes for m in faxe["Økonomiudvalget"]] == [["b" * 64], ["a" * 64]]
        assert [(m.start_time, m.location, m.municipality) for m in faxe["Teknisk Udvalg"]] == [
            ("16:00", "Rådhuset", "Faxe")]
        assert cat.meeting_dates("Faxe") == {"Teknisk Udvalg": ["2024-08-05"],
                                             "Økonomiudvalget": ["2024-01-10", "2024-03-01"]}
        assert cat.meeting_dates(UNKNOWN) == {}
        assert list(cat.committees()) == ["Teknisk Udvalg", "Økonomiudvalget"]  # every municipality
        assert [m.municipality for m in cat.committees()["Økonomiudvalget"]] == ["Faxe", "Faxe", "Køge"]
        assert cat.document_hashes("Køge") == ["d" * 64] and cat.document_hashes(UNKNOWN) == ["e" * 64]
        assert sorted(cat.document_hashes("Faxe")) == ["a" * 64, "b" * 64, "c" * 64]
        cov = cat.coverage("Faxe")
        assert (cov["documents"], cov["meetings"], cov["first"], cov["last"]) == (3, 3, "2024-01-10", "2024-08-05")
    assert meetings_of(memory.committees()) == meetings_of(queried.committees())


def test_items_meetings_and_documents(both):
    memory, queried = both
    for cat in (memory, queried):
        hal = cat.find_item("/data/a.txt", "2")
        assert (hal.title, hal.number, hal.date, hal.committee, hal.public) == (
            "Ny hal", "2", "2024-03-01", "Økonomiudvalget", True)
        assert cat.find_item("/data/a.txt", "2", "Ny hal").id == hal.id
        assert cat.find_item("/data/a.txt", "2", "Budget 2025") is None and cat.find_item("/data/x.txt", "1") is None
        assert hal.id in cat.items and cat.items[hal.id].title == "Ny hal" and cat.items.get("nope") is None
        assert "nope" not in cat.items and cat.items.get(None) is None
        with pytest.raises(KeyError):
            cat.items["nope"]
        meeting = cat.meetings[hal.meeting_id]
        assert [cat.items[i].title for i in meeting.item_ids] == ["Budget 2025", "Ny hal", "Personalesag"]
        assert [v.title for v in cat.items_of_meeting(hal.meeting_id)] == ["Budget 2025", "Ny hal", "Personalesag"]
        assert cat.items_of_meeting("nope") == []
        dv = cat.find_document("/data/a.txt")
        assert dv.document.source == "a.txt" and dv.meeting_id == hal.meeting_id and dv.id in cat.document_views
        assert cat.document_views[dv.id].document.source == "a.txt" and cat.find_document("/data/x.txt") is None
        assert [v.title for v in cat.items_of_document(dv)] == ["Budget 2025", "Ny hal", "Personalesag"]
        loose = cat.find_item("/data/e.txt", "7")
        assert (loose.date, loose.committee, loose.meeting_id) == ("2024-04-04", "Byrådet", None)
        assert [d.source for d in cat.by_municipality["Faxe"]] == ["a.txt", "b.txt", "c.txt"]
        assert [d.source for d in cat.by_municipality[UNKNOWN]] == ["e.txt"] and "Odense" not in cat.by_municipality
    assert ids(memory.items_of_document(memory.find_document("/data/c.txt"))) == ids(
        queried.items_of_document(queried.find_document("/data/c.txt")))


def test_cases(both):
    memory, queried = both
    for cat in (memory, queried):
        budget = cat.find_item("/data/a.txt", "1").case_key
        assert budget == cat.find_item("/data/b.txt", "1").case_key != cat.find_item("/data/d.txt", "1").case_key
        assert [(v.document.source, v.title) for v in cat.case_items(budget)] == [("a.txt", "Budget 2025"),
                                                                                  ("b.txt", "Budget 2025")]
        assert [c.municipality for c in cat.cases_numbered("24/100")] == ["Faxe", "Køge"]
        assert cat.cases_numbered("24/999") == []
        keys = cat.case_keys("Faxe")  # by number, then the closed item's own (no number: keyed by its document)
        assert budget == "faxe|24/100" and keys[:3] == ["faxe|24/100", "faxe|24/101", "faxe|24/200"]
        assert len(keys) == 4 and keys[3].startswith("faxe|~")
        assert cat.case_keys("Køge") == ["køge|24/100"] and cat.case_keys(UNKNOWN) == [cat.find_item(
            "/data/e.txt", "7").case_key]
        assert cat.paper_key(stable_id(budget)) == budget and cat.paper_key("nope") is None
        assert cat.consultation_case(stable_id(budget, "Økonomiudvalget", "2024-01-10")).key == budget
        assert cat.consultation_case("nope") is None
        assert cat.cases[budget].municipality == "Faxe"
        assert list(cat.organizations("Køge")) == ["Økonomiudvalget"]
    assert queried.status_line(budget) == memory.status_line(budget)


def test_a_small_document_cache_gives_the_same_views(both):
    memory, queried = both
    small = StoreCatalog(queried.store)
    small.DOC_CACHE = 1
    for source in ("a.txt", "c.txt", "a.txt", "d.txt"):
        assert ids(small.items_of_document(small.find_document(f"/data/{source}"))) == ids(
            memory.items_of_document(memory.find_document(f"/data/{source}")))
    assert len(small._docs) == 1
