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


def item(number, title, case=None, public=True, decided=(), positions=()):
    return AgendaItem(title=title, number=number, public=public, case_numbers=[case] if case else [],
                      sections=[Section("Sagsfremstilling", f"Om {title.lower()} i kommunen.")],
                      decisions=[Decision(c, d, "Godkendt.", positions=list(positions)) for c, d in decided])


VOTE = [{"who": "Ole Hansen", "stance": "for"}, {"who": "Socialdemokratiet", "stance": "imod"}]
DOCS = [
    doc("a.txt", "Faxe", "Økonomiudvalget", "2024-03-01",
        [item("1", "Budget 2025", "24/100", decided=[("Økonomiudvalget", "2024-03-01")], positions=VOTE),
         item("2", "Ny hal", "24/101"), item("3", "Personalesag", public=False)]),
    doc("b.txt", "Faxe", "Økonomiudvalget", "2024-01-10", [item("1", "Budget 2025", "24/100")], dtype="dagsorden"),
    doc("c.txt", "Faxe", "Teknisk Udvalg", "2024-08-05", [item("4", "Vejplan", "24/200")]),
    # Køge's case was treated by a body that did not meet in these documents, and by one not named
    doc("d.txt", "Køge", "Økonomiudvalget", "2024-03-01",
        [item("1", "Ny skole", "24/100", decided=[("Teknisk Udvalg", "2024-02-02"), (None, "2024-02-03")])]),
    # two documents of no known municipality: a loose note (no meeting) and a meeting's minutes
    doc("e.txt", None, None, None, [item(None, "Høring om affald", decided=[("Kommunalbestyrelsen", "2024-04-04")])]),
    doc("f.txt", None, "Byrådet", "2024-05-01", [item("2", "Affaldsplan", "24/300")]),
]
DOCS[0].meeting.participants = ["Ole Hansen", "Mette Jensen"]
DOCS[5].meeting.participants = ["Jens Berg"]


@pytest.fixture
def both(tmp_path):
    """Function-scoped on purpose: the mutation run gives each mutant only the tests that reach its
    function, and a module-scoped store would be built (reached) by the first test alone."""
    s = open_store(str(tmp_path / "s.db"), indexer=index_item)
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
        assert cat.municipalities() == {"Faxe": 3, "Køge": 1, UNKNOWN: 2}
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
        assert cat.meeting_dates(UNKNOWN) == {"Byrådet": ["2024-05-01"]}
        assert [m.date for m in cat.committees(UNKNOWN)["Byrådet"]] == ["2024-05-01"]
        assert list(cat.committees()) == ["Byrådet", "Teknisk Udvalg", "Økonomiudvalget"]  # every municipality
        assert [m.municipality for m in cat.committees()["Økonomiudvalget"]] == ["Faxe", "Faxe", "Køge"]
        assert cat.document_hashes("Køge") == ["d" * 64] and cat.document_hashes(UNKNOWN) == ["e" * 64, "f" * 64]
        assert cat.document_hashes("Odense") == []
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
        assert "nope" not in cat.items and cat.items.get(None) is None and cat.items.get("nope", "x") == "x"
        with pytest.raises(KeyError) as missing:
            cat.items["nope"]
        assert missing.value.args == ("nope",)
        assert cat.meetings.get("nope") is None and cat.document_views.get("nope") is None
        meeting = cat.meetings[hal.meeting_id]
        assert [cat.items[i].title for i in meeting.item_ids] == ["Budget 2025", "Ny hal", "Personalesag"]
        assert [v.title for v in cat.items_of_meeting(hal.meeting_id)] == ["Budget 2025", "Ny hal", "Personalesag"]
        assert cat.items_of_meeting("nope") == []
        dv = cat.find_document("/data/a.txt")
        assert dv.document.source == "a.txt" and dv.meeting_id == hal.meeting_id and dv.id in cat.document_views
        assert dv.document.origin == "/data/a.txt"  # the path it was stored at
        assert cat.document_views[dv.id].document.source == "a.txt" and cat.find_document("/data/x.txt") is None
        assert (cat.document_views[dv.id].id, cat.document_views[dv.id].meeting_id) == (dv.id, hal.meeting_id)
        assert [v.title for v in cat.items_of_document(dv)] == ["Budget 2025", "Ny hal", "Personalesag"]
        loose = cat.find_item("/data/e.txt", None)  # no number: its id is made from its position
        assert (loose.date, loose.committee, loose.meeting_id) == ("2024-04-04", "Kommunalbestyrelsen", None)
        assert cat.items[loose.id].title == "Høring om affald"
        assert [d.source for d in cat.by_municipality["Faxe"]] == ["a.txt", "b.txt", "c.txt"]
        assert [d.source for d in cat.by_municipality[UNKNOWN]] == ["e.txt", "f.txt"]
        assert "Odense" not in cat.by_municipality
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
        assert cat.case_keys("Køge") == ["køge|24/100"] and cat.case_keys(UNKNOWN)[0] == "?|24/300"
        assert cat.paper_key(stable_id(budget)) == budget and cat.paper_key("nope") is None
        assert cat.consultation_case(stable_id(budget, "Økonomiudvalget", "2024-01-10")).key == budget
        assert cat.consultation_case("nope") is None
        assert cat.cases[budget].municipality == "Faxe"
        # the bodies that met, and those only a case's treatments name (unnamed: UNKNOWN)
        assert {k: len(v) for k, v in cat.organizations("Køge").items()} == {
            UNKNOWN: 0, "Teknisk Udvalg": 0, "Økonomiudvalget": 1}
        assert cat.organizations("Køge")["Teknisk Udvalg"] == []
        assert {k: len(v) for k, v in cat.organizations(UNKNOWN).items()} == {"Byrådet": 1, "Kommunalbestyrelsen": 0}
    assert queried.status_line(budget) == memory.status_line(budget)


def test_a_small_document_cache_gives_the_same_views(both):
    memory, queried = both
    small = StoreCatalog(queried.store)
    small.DOC_CACHE = 1
    for source in ("a.txt", "c.txt", "a.txt", "d.txt"):
        assert ids(small.items_of_document(small.find_document(f"/data/{source}"))) == ids(
            memory.items_of_document(memory.find_document(f"/data/{source}")))
    assert len(small._docs) == 1


def test_people_and_parties(both):
    memory, queried = both
    a = memory.find_document("/data/a.txt").document
    for cat in (memory, queried):
        assert [p.name for p in cat.people_of("Faxe")] == ["Mette Jensen", "Ole Hansen"]
        assert [p.code for p in cat.parties_of("Faxe")] == ["A"] and cat.parties_of("Køge") == []
        assert [p.name for p in cat.people_of(UNKNOWN)] == ["Jens Berg"] and cat.people_of("Køge") == []
        ole = next(p for p in cat.people_of("Faxe") if p.name == "Ole Hansen")
        assert cat.who_page(a, "Ole Hansen") == f"/person/{ole.id}"
        assert cat.who_page(a, "Socialdemokratiet") == f"/parti/{cat.parties_of('Faxe')[0].id}"
        assert cat.who_page(a, "Ingen") is None
        assert sorted(cat.hashes_of({"a.txt", "c.txt"})) == ["a" * 64, "c" * 64]
    with pytest.raises(AttributeError):
        queried.no_such_lookup  # noqa: B018


def test_a_decoded_document_is_kept_for_the_next_view(both):
    _, queried = both
    (doc_id,) = queried.store.document_ids(origin="/data/a.txt")
    assert queried._doc(doc_id) is queried._doc(doc_id)


def test_a_meeting_lists_each_item_once_and_no_item_for_a_document_without_items(tmp_path):
    s = open_store(str(tmp_path / "m.db"), indexer=index_item)
    try:
        twice = [item("1", "Budget 2025"), item("1", "Budget 2025")]
        s.put_document(doc("a.txt", "Faxe", "Økonomiudvalget", "2024-03-01", twice), "/data/a.txt")
        s.put_document(doc("b.txt", "Faxe", "Økonomiudvalget", "2024-03-01", [], dtype="dagsorden"), "/data/b.txt")
        (meeting,) = StoreCatalog(s).committees("Faxe")["Økonomiudvalget"]
        assert len(meeting.item_ids) == 1 and None not in meeting.item_ids  # one id: same number, same document
        assert sorted(meeting.document_types) == ["dagsorden", "referat"]
    finally:
        s.close()
