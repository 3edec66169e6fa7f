"""The catalog (the one read path of the web and API) over hand-built documents: ids, meetings,
lookups and coverage, with every expected value written out by hand."""
from __future__ import annotations

from sagsgang.model import AgendaItem, Document, Meeting
from sagsgang.web.catalog import Catalog, slug

from ..conftest import sha16


def doc(source, municipality, committee, date, items, document_type="referat", start_time=None, location=None):
    meeting = Meeting(committee=committee, date=date, start_time=start_time, location=location) \
        if (committee or date) else None
    return Document(source=source, municipality=municipality, document_type=document_type, content_hash=source,
                    meeting=meeting, items=items)


def item(title, number, cases=()):
    return AgendaItem(title=title, number=number, case_numbers=list(cases))


# Faxe's Økonomiudvalget meets four times; the gaps between the meetings are 113, 90 and 91 days.
# Source names are not in date order, so sorting by date is visible.
DOCS = [
    doc("d.txt", "Faxe", "Økonomiudvalget", "2024-01-10", [item("Budget", "1", ["24/100"]), item("Eventuelt", None)]),
    doc("c.txt", "Faxe", "Økonomiudvalget", "2024-05-02", [item("Budget", "4", ["24/100"])]),
    doc("b.txt", "Faxe", "Økonomiudvalget", "2024-07-31", [item("Skoler", "2")]),
    doc("a.txt", "Faxe", "Økonomiudvalget", "2024-10-30", [item("Veje", "3")]),
    doc("e.txt", "Faxe", None, None, [item("Lokalplan 12", None, ["24/200"])], "sagsfremstilling"),
    doc("k1.txt", "Køge", "Teknisk Udvalg", "2023-12-01", [item("Havnen", "5")], "dagsorden", "17:00", "Rådhuset"),
    doc("k2.txt", "Køge", "Teknisk Udvalg", "2023-12-01", [item("Havnen", "5")], "referat", "17:00", "Rådhuset"),
    doc("u.txt", None, None, "2022-03-03", [item("Ukendt punkt", "1")]),
]


def test_documents_are_ordered_by_municipality_then_source():
    catalog = Catalog(DOCS)
    assert [d.source for d in catalog.documents] == ["u.txt", "a.txt", "b.txt", "c.txt", "d.txt", "e.txt",
                                                     "k1.txt", "k2.txt"]


def test_ids_and_meetings():
    catalog = Catalog(DOCS)
    koege = sha16("Køge", "Teknisk Udvalg", "2023-12-01")
    # no municipality: the meeting belongs to its document alone (no body printed either)
    unknown = sha16("", "document", "u.txt", "", "2022-03-03")
    m = catalog.meetings[koege]
    assert (m.municipality, m.committee, m.date, m.start_time, m.location) == (
        "Køge", "Teknisk Udvalg", "2023-12-01", "17:00", "Rådhuset")
    assert m.document_types == {"dagsorden", "referat"} and m.sources == ["k1.txt", "k2.txt"]
    assert m.item_ids == [sha16("k1.txt", "5"), sha16("k2.txt", "5")]
    assert catalog.meetings[unknown].item_ids == [sha16("u.txt", "1")]
    assert len(catalog.meetings) == 6
    eventuelt = catalog.items[sha16("d.txt", "#1")]  # no number: its position
    assert eventuelt.title == "Eventuelt" and eventuelt.meeting_id == sha16("Faxe", "Økonomiudvalget", "2024-01-10")
    assert catalog.items[sha16("e.txt", "#0")].meeting_id is None  # a write-up without a meeting
    assert [v.title for v in catalog.items_of_meeting(koege)] == ["Havnen", "Havnen"]
    assert catalog.items_of_meeting("no-such-meeting") == []


def test_lookups():
    catalog = Catalog(DOCS)
    assert catalog.find_item("c.txt", "4").title == "Budget"
    assert catalog.find_item("c.txt", "4", "Budget") is catalog.find_item("c.txt", "4")
    assert catalog.find_item("c.txt", "4", "Skoler") is None
    assert catalog.find_item("c.txt", "1") is None and catalog.find_item("x.txt", "4") is None
    assert sorted(v.id for v in catalog.case_items("faxe|24/100")) == sorted([sha16("d.txt", "1"),
                                                                            sha16("c.txt", "4")])
    assert [v.title for v in catalog.case_items("faxe|24/200")] == ["Lokalplan 12"]


def test_municipalities_and_committees():
    catalog = Catalog(DOCS)
    assert catalog.municipalities() == {"Faxe": 5, "Køge": 2, "Ukendt": 1}
    faxe = catalog.committees("Faxe")
    assert list(faxe) == ["Økonomiudvalget"]
    assert [m.date for m in faxe["Økonomiudvalget"]] == ["2024-01-10", "2024-05-02", "2024-07-31", "2024-10-30"]
    assert list(catalog.committees("Ukendt")) == ["Ukendt"]
    assert list(catalog.committees()) == ["Teknisk Udvalg", "Ukendt", "Økonomiudvalget"]


def test_coverage_reports_gaps_of_more_than_90_days():
    catalog = Catalog(DOCS)
    assert catalog.coverage("Faxe") == {
        "municipality": "Faxe", "documents": 5, "meetings": 4, "first": "2024-01-10", "last": "2024-10-30",
        "committees": {"Økonomiudvalget": {
            "meetings": 4, "first": "2024-01-10", "last": "2024-10-30",
            "gaps": [{"from": "2024-01-10", "to": "2024-05-02", "days": 113},
                     {"from": "2024-07-31", "to": "2024-10-30", "days": 91}]}}}
    assert catalog.coverage("Ukendt") == {
        "municipality": "Ukendt", "documents": 1, "meetings": 1, "first": "2022-03-03", "last": "2022-03-03",
        "committees": {"Ukendt": {"meetings": 1, "first": "2022-03-03", "last": "2022-03-03", "gaps": []}}}
    assert catalog.coverage("Nowhere") == {"municipality": "Nowhere", "documents": 0, "meetings": 0, "first": None,
                                           "last": None, "committees": {}}


def test_slugs():
    assert slug("Økonomiudvalget") == "oekonomiudvalget"
    assert slug("Børne- og Ungdomsudvalget") == "boerne-og-ungdomsudvalget"
    assert slug("ÆRØ Å") == "aeroe-aa"
    assert slug(" Café Ü ") == "cafe-u"
    assert slug(None) == slug("###") == "ukendt"


def test_meetings_without_a_date_and_the_status_line():
    from sagsgang.model import Decision

    undated = doc("f.txt", "Faxe", "Økonomiudvalget", None, [item("Åbningstider", "9")])
    byraad = doc("g.txt", "Køge", "Byrådet", None, [item("Budget", "1")])
    decided = doc("h.txt", "Køge", "Byrådet", "2024-06-20", [AgendaItem(
        title="Salg af grund", number="2", case_numbers=["24/300"],
        decisions=[Decision("Byrådet", "2024-06-20", "Godkendt.")])])
    catalog = Catalog([*DOCS, undated, byraad, decided])
    dates = [m.date for m in catalog.committees("Faxe")["Økonomiudvalget"]]
    assert dates == [None, "2024-01-10", "2024-05-02", "2024-07-31", "2024-10-30"]  # undated first
    assert catalog.coverage("Køge")["committees"]["Byrådet"] == {
        "meetings": 2, "first": "2024-06-20", "last": "2024-06-20", "gaps": []}
    only_undated = Catalog([byraad])
    assert only_undated.coverage("Køge")["committees"] == {
        "Byrådet": {"meetings": 1, "first": None, "last": None, "gaps": []}}
    assert catalog.status_line("køge|24/300") == "afgjort af Byrådet 2024-06-20"
    assert slug("Åbenrå") == "aabenraa"


def test_document_views_are_named_by_origin_and_know_their_meeting():
    catalog = Catalog(DOCS)
    dv = catalog.document_views[sha16("document", "k1.txt")]  # built in memory: the file name is the origin
    assert dv.document.source == "k1.txt" and dv.meeting_id == sha16("Køge", "Teknisk Udvalg", "2023-12-01")
    assert catalog.by_source["k1.txt"] is dv and len(catalog.document_views) == len(DOCS)
    assert catalog.document_views[sha16("document", "e.txt")].meeting_id is None
    koege = catalog.meetings[sha16("Køge", "Teknisk Udvalg", "2023-12-01")]
    assert koege.hashes == ["k1.txt", "k2.txt"]  # the content hashes of its documents
