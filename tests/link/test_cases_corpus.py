"""Case linking on the shared corpus: the named cases of the issue, and order independence."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sagsgang.link import build_cases, case_status
from sagsgang.parse import parse_file

from ..conftest import DOCS

NAMES = ["000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt", "002_3ed3bba4aa5e581f.txt",
         "003_356bb92c41c6d0b8.txt", "004_aa3e7e1ea5d949e8.txt", "aarhus_agenda_example.html",
         "aarhus_byraad_2025-08-27_referat.pdf", "aarhus_teknisk-udvalg_2025-10-01_referat.html"]


@pytest.fixture(scope="module")
def docs():
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    return [parse_file(DOCS / n) for n in NAMES]


def find(cases, key):
    return next(c for c in cases if c.key == key)


def test_norddjurs_html_and_pdf_are_one_case_with_two_decisions(docs):
    case = find(build_cases(docs), "norddjurs|22/8164")
    assert {i.source.source for i in case.items} == {"000_49f9073853a75b98.txt", "001_af3f98d7004bd649.txt"}
    assert [(t.committee, t.date) for t in case.treatments] == [
        ("Arbejdsmarkedsudvalget", "2022-08-17"), ("Børne- og ungdomsudvalget", "2022-08-18")]
    status = case_status(case)
    assert [(s.step, s.documented) for s in status.route] == [("AU/BUU/VPU", True), ("ØK", False), ("KB", False)]
    assert status.line() == "drøftet i Børne- og ungdomsudvalget 2022-08-18; næste: ØK ifølge sagsgangen"


def test_aarhus_oe_timeline_merges_history_with_own_minutes(docs):
    case = find(build_cases(docs), "aarhus|EMN-2025-009242")
    assert [(t.committee, t.date) for t in case.treatments] == [
        ("Magistraten", "2025-09-02"), ("Aarhus Byråd", "2025-09-10"), ("Teknisk Udvalg", "2025-09-22"),
        ("Teknisk Udvalg", "2025-10-01"), ("Aarhus Byråd", "2025-10-08")]
    assert case.treatments[3].own_minutes and case.treatments[3].kind == "afgørelse"
    assert case.treatments[3].absent == ["Liv Gro Jensen"]
    assert case.treatments[-1].kind == "planlagt"
    # Teknisk Udvalg 'kunne tiltræde' while the case waits for the council: a recommendation, not a
    # final decision (issue 15, defect 8)
    assert case_status(case).line() == ("anbefalet af Teknisk Udvalg 2025-10-01; "
                                        "næste: Aarhus Byråd 2025-10-08 (på dagsordenen)")
    for t in case.treatments:  # provenance on every row
        assert t.sources and all(s.content_hash and len(s.content_hash) == 64 for s in t.sources)


def test_lokalplan_1221_appears_in_byraad_and_teknisk_udvalg(docs):
    case = find(build_cases(docs), "aarhus|EMN-2025-008468")
    assert {i.source.source for i in case.items} == {"aarhus_byraad_2025-08-27_referat.pdf",
                                                     "aarhus_teknisk-udvalg_2025-10-01_referat.html"}
    pdf_item = next(i for i in case.items if i.source.source.endswith(".pdf"))
    assert pdf_item.source.page and pdf_item.source.page > 1
    byraad = next(t for t in case.treatments if t.date == "2025-08-27")
    assert byraad.own_minutes and len(byraad.sources) == 2  # its own referat and TU's Sagsforløb


def test_closed_items_keep_their_case(docs):
    case = find(build_cases(docs), "?|23-013363")
    assert [i.public for i in case.items] == [False]
    assert [(t.committee, t.date, t.kind, t.text) for t in case.treatments] == [
        ("Direktionen", "2024-03-18", "lukket", "")]


def snapshot(cases):
    return [(c.key, c.title, tuple(c.route), tuple((i.source.source, i.number) for i in c.items),
             tuple((t.committee, t.date, t.kind, t.text, tuple(t.absent), tuple(s.source for s in t.sources))
                   for t in c.treatments)) for c in cases]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(range(len(NAMES))))
def test_linking_is_order_independent(docs, order):
    assert snapshot(build_cases([docs[i] for i in order])) == snapshot(build_cases(docs))


def test_a_decision_with_nothing_after_it_is_final():
    from sagsgang.link.cases import Case, Treatment

    case = Case("faxe|24/100", "Faxe", ["24/100"], "Salg af grund", ["ØU", "BY"], [], [
        Treatment("Økonomiudvalget", "2024-05-01", "anbefaling", "Anbefales."),
        Treatment("Byrådet", "2024-05-20", "afgørelse", "Godkendt.")])
    assert case_status(case).line() == "afgjort af Byrådet 2024-05-20"
    case.treatments.append(Treatment("Byrådet", "2024-06-20", "planlagt", ""))  # the same body again: still its own
    assert case_status(case).now == "afgjort af Byrådet 2024-05-20"
