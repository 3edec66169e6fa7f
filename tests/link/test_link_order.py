"""Which copy an unnumbered item joins and what an unnumbered case is keyed by depend on one
order: the document's content hash (a document without one first), then its file name. These
tests pin that order, the link groups the store relinks by (link_groups), that a refused bridge
does not end linking, and that sources are listed by file and page. Values written by hand."""
from __future__ import annotations

from sagsgang.link import build_cases
from sagsgang.link.cases import Source, _sources, link_entries, link_groups
from sagsgang.model import AgendaItem, Document, Meeting, Section

from .test_neardup import OTHER, TEXT


def doc(source, text, number=None, content_hash=None, muni="Faxe", item_number="1"):
    item = AgendaItem(title="Legepladser", number=item_number, case_numbers=[number] if number else [],
                      sections=[Section("Sagsfremstilling", text)])
    return Document(source=source, municipality=muni, document_type="dagsorden", content_hash=content_hash,
                    meeting=Meeting(committee="Teknisk Udvalg", date="2024-01-10"), items=[item])


def members(cases):
    return [(c.numbers, sorted(i.source.source for i in c.items)) for c in cases]


def test_an_unnumbered_copy_joins_the_case_first_by_content_hash_not_by_file_name():
    cases = build_cases([doc("a.html", TEXT, "24-000001", "2" * 64), doc("b.html", TEXT, "24-000002", "1" * 64),
                         doc("c.pdf", TEXT, None, "3" * 64)])
    assert members(cases) == [(["24-000001"], ["a.html"]), (["24-000002"], ["b.html", "c.pdf"])]


def test_a_document_without_content_hash_comes_first():
    cases = build_cases([doc("a.html", TEXT, "24-000001", None), doc("b.html", TEXT, "24-000002", "f" * 64),
                         doc("c.pdf", TEXT, None, "0" * 64)])
    assert members(cases) == [(["24-000001"], ["a.html", "c.pdf"]), (["24-000002"], ["b.html"])]


def test_a_refused_bridge_does_not_stop_linking_the_pairs_after_it():
    cases = build_cases([doc("a.html", TEXT, "24-000001", "1" * 64), doc("b.html", TEXT, "24-000002", "2" * 64),
                         doc("c.pdf", TEXT, None, "3" * 64),
                         doc("d.html", OTHER, None, "4" * 64), doc("d.pdf", OTHER + " Side 2", None, "5" * 64)])
    assert sorted(members(cases)) == [([], ["d.html", "d.pdf"]), (["24-000001"], ["a.html", "c.pdf"]),
                                      (["24-000002"], ["b.html"])]


def test_two_unnumbered_copies_still_join_a_numbered_original_after_them():
    cases = build_cases([doc("x.html", TEXT, None, "1" * 64), doc("x.pdf", TEXT + " Side 2", None, "2" * 64),
                         doc("y.html", TEXT, "24-000009", "3" * 64)])
    assert members(cases) == [(["24-000009"], ["x.html", "x.pdf", "y.html"])]


def test_an_unnumbered_case_is_keyed_by_the_smallest_content_hash_then_item_number():
    (case,) = build_cases([doc("x.txt", TEXT, None, "9" * 64), doc("y.txt", TEXT, None, "1" * 64)])
    assert case.key == "faxe|~111111111111-1"
    (case,) = build_cases([doc("x.txt", TEXT, None, None), doc("y.txt", TEXT, None, None)])
    assert case.key == "faxe|~x.txt-1"  # no hash: the file name
    two = doc("z.txt", TEXT, None, "7" * 64, item_number="3")
    two.items.append(AgendaItem(title="Legepladser", number=None, sections=[Section("Sagsfremstilling", TEXT)]))
    (case,) = build_cases([two])
    assert case.key == "faxe|~777777777777-0"  # the unnumbered item before item 3


def test_link_groups_are_the_closure_of_shared_numbers_and_alike_text_in_one_municipality():
    docs = [doc("a.html", TEXT, "24-000001", "1" * 64), doc("b.html", TEXT, "24-000002", "2" * 64),
            doc("c.pdf", TEXT, None, "3" * 64), doc("d.html", OTHER, None, "4" * 64),
            doc("d.pdf", OTHER + " Side 2", None, "5" * 64), doc("e.html", OTHER, None, "6" * 64, muni="Køge"),
            doc("f.html", TEXT, "24-000001", "7" * 64)]
    entries = [(d, d.items[0]) for d in docs]
    # the unnumbered c.pdf is alike to a and b: one group (linking inside it keeps them two cases)
    assert sorted(link_groups(entries)) == [[0, 1, 2, 6], [3, 4], [5]]
    assert sorted(len(c.items) for c, _ in link_entries(entries)) == [1, 1, 2, 3]


def test_two_numbered_items_alike_in_text_are_two_groups():
    entries = [(d, d.items[0]) for d in (doc("a.html", TEXT, "24-000001", "1" * 64),
                                          doc("b.html", TEXT, "24-000002", "2" * 64))]
    assert sorted(link_groups(entries)) == [[0], [1]]


def test_sources_are_listed_by_file_then_page_without_page_first_and_once():
    got = _sources([Source("b.pdf", 2), Source("a.pdf", 4), Source("b.pdf", 1), Source("b.pdf", None),
                    Source("b.pdf", 2)])
    assert [(s.source, s.page) for s in got] == [("a.pdf", 4), ("b.pdf", None), ("b.pdf", 1), ("b.pdf", 2)]
