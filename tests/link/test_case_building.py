"""How build_cases assembles a case: which items join, what a closed item contributes, the
case's title and route, and each treatment's number, kind and sources. Documents are built here;
every expected value is written by hand."""
from __future__ import annotations

from sagsgang.link import build_cases
from sagsgang.model import AgendaItem, Attachment, Decision, Document, Meeting, Section

from .test_neardup import TEXT
from .test_neardup import doc as numbered_doc


def doc(source, items, committee="Økonomiudvalget", date="2024-03-05", document_type="referat",
        municipality="Faxe", content_hash=None):
    meeting = Meeting(committee=committee, date=date) if committee else None
    return Document(source=source, municipality=municipality, document_type=document_type,
                    content_hash=content_hash or source, meeting=meeting, items=items)


def test_an_unnumbered_copy_does_not_bridge_two_numbered_cases():
    cases = build_cases([numbered_doc("a", TEXT, "24-000001"), numbered_doc("b", TEXT, "24-000002"),
                         numbered_doc("c", TEXT)])
    assert [(c.numbers, [i.source.source for i in c.items]) for c in cases] == [
        (["24-000001"], ["a", "c"]), (["24-000002"], ["b"])]


def test_a_closed_item_contributes_title_and_a_closed_treatment_only():
    closed = AgendaItem(title="Personalesag", number="7", public=False, case_numbers=["24/500"],
                        decisions=[Decision("Økonomiudvalget", "2024-03-05", "Afskediget.")],
                        attachments=[Attachment("Indstilling", None, True)])
    (case,) = build_cases([doc("oeu.txt", [closed])])
    assert [(t.committee, t.date, t.kind, t.text, t.item_number) for t in case.treatments] == [
        ("Økonomiudvalget", "2024-03-05", "lukket", "", "7")]
    assert case.items[0].attachments == [] and not case.public


def test_item_refs_carry_number_meeting_and_public_attachments():
    item = AgendaItem(title="Lokalplan 12", number="3", case_numbers=["24/600"],
                      attachments=[Attachment("Kort", "1", True), Attachment("Notat", "2", False)])
    (case,) = build_cases([doc("tu.txt", [item], committee="Teknisk Udvalg", date="2024-04-09")])
    ref = case.items[0]
    assert (ref.number, ref.title, ref.meeting_committee, ref.meeting_date, ref.document_type) == (
        "3", "Lokalplan 12", "Teknisk Udvalg", "2024-04-09", "referat")
    assert ref.attachments == ["Kort"]


def test_treatment_numbers_kinds_and_sources():
    own = AgendaItem(title="Salg af grund", number="4", case_numbers=["24/700"],
                     decisions=[Decision("Teknisk Udvalg", "2024-02-01", "Anbefales."),  # Sagsforløb: earlier
                                Decision("Økonomiudvalget", "2024-03-05", "Godkendt.")])   # this meeting
    agenda = AgendaItem(title="Salg af grund", number="9", case_numbers=["24/700"])
    cases = build_cases([doc("oeu.txt", [own]), doc("kb.txt", [agenda], committee="Kommunalbestyrelsen",
                                                    date="2024-03-20", document_type="dagsorden")])
    (case,) = cases
    assert [(t.committee, t.date, t.kind, t.text, t.item_number, t.own_minutes) for t in case.treatments] == [
        ("Teknisk Udvalg", "2024-02-01", "anbefaling", "Anbefales.", None, False),
        ("Økonomiudvalget", "2024-03-05", "afgørelse", "Godkendt.", "4", True),
        ("Kommunalbestyrelsen", "2024-03-20", "planlagt", "", "9", False)]


def test_a_decision_replaces_the_same_meetings_agenda_entry():
    agenda = AgendaItem(title="Budget", number="2", case_numbers=["24/800"])
    later = AgendaItem(title="Budget", number="5", case_numbers=["24/800"],
                       decisions=[Decision("Økonomiudvalget", "2024-03-05", "Godkendt.")])
    (case,) = build_cases([doc("dagsorden.txt", [agenda], document_type="dagsorden"),
                           doc("kb.txt", [later], committee="Kommunalbestyrelsen", date="2024-03-20")])
    (oeu,) = [t for t in case.treatments if t.committee == "Økonomiudvalget"]
    assert (oeu.kind, oeu.text) == ("afgørelse", "Godkendt.")
    assert sorted(s.source for s in oeu.sources) == ["dagsorden.txt", "kb.txt"]


def test_one_source_counted_once_per_treatment():
    items = [AgendaItem(title="Budget", number=str(n), case_numbers=["24/900"],
                        decisions=[Decision("Økonomiudvalget", "2024-03-05", "Godkendt.")]) for n in (1, 2)]
    (case,) = build_cases([doc("oeu.txt", items)])
    assert [[s.source for s in t.sources] for t in case.treatments] == [["oeu.txt"]]


def test_title_is_the_most_common_then_shortest_then_first_alphabetically():
    def case_title(*titles):
        items = [AgendaItem(title=t, number=str(n), case_numbers=["24/1"]) for n, t in enumerate(titles)]
        return build_cases([doc("x.txt", items)])[0].title

    assert case_title("Budget for 2025", "Budget 2025", "Budget 2025") == "Budget 2025"
    assert case_title("Budget 2025", "Budget for 2025", "Budget for 2025") == "Budget for 2025"
    assert case_title("Budget for 2025", "Budget 2025") == "Budget 2025"
    assert case_title("Bb", "Aa") == "Aa"


def test_route_is_the_longest_then_first_alphabetically():
    def case_route(*routes):
        items = [AgendaItem(title="Sag", number=str(n), case_numbers=["24/2"], route=list(r))
                 for n, r in enumerate(routes)]
        return build_cases([doc("x.txt", items)])[0].route

    assert case_route(["ØK"], ["ØK", "KB"]) == ["ØK", "KB"]
    assert case_route(["BUU", "KB"], ["AU", "KB"]) == ["AU", "KB"]


def test_unnumbered_case_keys():
    item = AgendaItem(title="Orientering om vintertjenesten", number="3",
                      sections=[Section("Sagsfremstilling", "Saltforbruget var højt.")])
    (case,) = build_cases([doc("v.txt", [item], content_hash="abcdef0123456789" * 4)])
    assert case.key == "faxe|~abcdef012345-3"
    bare = AgendaItem(title="Orientering", number=None)
    (case,) = build_cases([doc("w.txt", [bare], municipality=None, content_hash="0123456789abcdef" * 4)])
    assert case.key == "?|~0123456789ab-0"


def test_an_unnumbered_copy_first_in_document_order_does_not_bridge_either():
    cases = build_cases([numbered_doc("0", TEXT), numbered_doc("a", TEXT, "24-000001"),
                         numbered_doc("b", TEXT, "24-000002")])
    assert [(c.numbers, sorted(i.source.source for i in c.items)) for c in cases] == [
        (["24-000001"], ["0", "a"]), (["24-000002"], ["b"])]


def test_a_public_item_without_decisions_in_minutes_has_no_treatment():
    (case,) = build_cases([doc("oeu.txt", [AgendaItem(title="Orientering", number="2", case_numbers=["24/10"])])])
    assert case.treatments == []


def test_closed_treatment_is_not_the_meetings_own_minutes():
    closed = AgendaItem(title="Personalesag", number="7", public=False, case_numbers=["24/11"])
    (case,) = build_cases([doc("oeu.txt", [closed])])
    assert [(t.kind, t.own_minutes) for t in case.treatments] == [("lukket", False)]


def test_a_note_keeps_its_addressees_and_printed_date():
    note = Document(source="note.txt", municipality="København", document_type="orientering", content_hash="n",
                    date="2024-02-02", addressed_to="Til Økonomiudvalget",
                    items=[AgendaItem(title="Status", case_numbers=["2024-0001234"])])
    (case,) = build_cases([note])
    ref = case.items[0]
    assert (ref.addressed_to, ref.document_date, ref.meeting_date) == ("Til Økonomiudvalget", "2024-02-02", None)


def test_items_are_ordered_by_meeting_date_then_source_then_number():
    def it(number):
        return AgendaItem(title="Sag", number=number, case_numbers=["24/12"])

    (case,) = build_cases([doc("b.txt", [it("2")], date="2024-03-05"), doc("a.txt", [it("3")], date="2024-04-01"),
                           doc("c.txt", [it("5"), it(None)], committee=None, date=None)])
    assert [(i.source.source, i.number) for i in case.items] == [
        ("c.txt", None), ("c.txt", "5"), ("b.txt", "2"), ("a.txt", "3")]


def test_treatments_merge_per_body_and_date_and_are_ordered():
    item = AgendaItem(title="Sag", number="1", case_numbers=["24/13"], decisions=[
        Decision("Teknisk Udvalg", "2024-03-05", "Anbefales.", ["Anna Aaen"]),
        Decision("Økonomiudvalget", None, "Godkendt."), Decision("Økonomiudvalget", None, "Udsat."),
        Decision("Byrådet", None, "Godkendt.")])
    copy = AgendaItem(title="Sag", number="4", case_numbers=["24/13"], decisions=[
        Decision("Teknisk Udvalg", "2024-03-05", "Anbefales.", ["Bo Berg"])])
    agenda = AgendaItem(title="Sag", number="8", case_numbers=["24/13"])
    (case,) = build_cases([doc("oeu.txt", [item], committee="Økonomiudvalget", date="2024-03-05"),
                           doc("x.txt", [copy], committee="Kultur", date="2024-04-01"),
                           doc("kb.txt", [agenda], committee="Kommunalbestyrelsen", date="2024-03-05",
                               document_type="dagsorden")])
    assert [(t.committee, t.date, t.kind, t.text) for t in case.treatments] == [
        ("Teknisk Udvalg", "2024-03-05", "anbefaling", "Anbefales."),
        ("Kommunalbestyrelsen", "2024-03-05", "planlagt", ""),
        ("Byrådet", None, "afgørelse", "Godkendt."),
        ("Økonomiudvalget", None, "afgørelse", "Godkendt."),
        ("Økonomiudvalget", None, "udsat", "Udsat.")]
    assert sorted(case.treatments[0].absent) == ["Anna Aaen", "Bo Berg"]


def test_the_write_ups_item_number_wins_over_a_sagsforloeb_copy():
    writeup = Document(source="sag.txt", municipality="Faxe", document_type="sagsfremstilling", content_hash="w",
                       items=[AgendaItem(title="Sag", number="12", case_numbers=["24/14"],
                                         decisions=[Decision("Teknisk Udvalg", "2024-02-01", "Anbefales.")])])
    history = AgendaItem(title="Sag", number="3", case_numbers=["24/14"],
                         decisions=[Decision("Teknisk Udvalg", "2024-02-01", "Anbefales.")])
    (case,) = build_cases([writeup, doc("oeu.txt", [history])])
    (tu,) = [t for t in case.treatments if t.committee == "Teknisk Udvalg"]
    assert (tu.item_number, tu.own_minutes) == ("12", False)
