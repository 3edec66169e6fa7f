"""Case identity across municipalities: a case number is only unique inside one municipality.

Faxe and Køge both number their cases 24/100; joining by number alone would show one
municipality's decisions on the other's case page. Expected keys are written by hand."""
from __future__ import annotations

from sagsgang.link import build_cases
from sagsgang.link.identity import case_key
from sagsgang.model import AgendaItem, Decision, Document, Meeting


def minutes(source: str, municipality: str, title: str, date: str, decision: str) -> Document:
    item = AgendaItem(title=title, number="3", case_numbers=["24/100"],
                      decisions=[Decision("Økonomiudvalget", date, decision)])
    return Document(source=source, municipality=municipality, document_type="referat", content_hash=source * 4,
                    meeting=Meeting(committee="Økonomiudvalget", date=date), items=[item])


FAXE = minutes("faxe.txt", "Faxe", "Ny skolestruktur", "2024-03-05", "Godkendt.")
KOEGE = minutes("koege.txt", "Køge", "Salg af grund ved havnen", "2024-03-12", "Udsat.")
FAXE_LATER = minutes("faxe2.txt", "Faxe", "Ny skolestruktur", "2024-04-09", "Anbefales.")


def test_same_number_in_two_municipalities_is_two_cases():
    cases = build_cases([FAXE, KOEGE])
    assert [(c.key, c.municipality, c.title) for c in cases] == [
        ("faxe|24/100", "Faxe", "Ny skolestruktur"), ("køge|24/100", "Køge", "Salg af grund ved havnen")]
    assert [[(t.date, t.text) for t in c.treatments] for c in cases] == [
        [("2024-03-05", "Godkendt.")], [("2024-03-12", "Udsat.")]]


def test_same_number_in_one_municipality_is_one_case():
    (faxe, koege) = build_cases([FAXE, KOEGE, FAXE_LATER])
    assert faxe.key == "faxe|24/100" and koege.key == "køge|24/100"
    assert [i.source.source for i in faxe.items] == ["faxe.txt", "faxe2.txt"]
    assert [i.source.source for i in koege.items] == ["koege.txt"]


def test_case_key_names_the_municipality():
    assert case_key("Faxe", "24/100") == "faxe|24/100"
    assert case_key("Køge", "24/100") == "køge|24/100"
    assert case_key(None, "24/100") == "?|24/100"


def test_one_number_printed_with_two_dashes_is_one_case():
    """Two bodies' publishers set one case number with different dashes (the committee's page an em dash, the
    council's a minus sign): the item on both meetings is one case, keyed by the hyphenated number."""
    def printed(source: str, number: str, body: str, date: str) -> Document:
        item = AgendaItem(title="Ny bro over Hvidåen", number="4", case_numbers=[number],
                          decisions=[Decision(body, date, "Anbefales.")])
        return Document(source=source, municipality="Faxe", document_type="referat", content_hash=source * 4,
                        meeting=Meeting(committee=body, date=date), items=[item])

    (case,) = build_cases([printed("tu.txt", "31\u2014004417", "Teknisk Udvalg", "2031-02-03"),
                           printed("kb.txt", "31\u2212004417", "Kommunalbestyrelsen", "2031-02-24")])
    assert case.key == "faxe|31-004417"
    assert [i.source.source for i in case.items] == ["tu.txt", "kb.txt"]
    assert sorted(case.numbers) == ["31\u2014004417", "31\u2212004417"]  # each as printed
