"""Committee names made comparable, and which body fulfils a planned route step.

A wrong answer here moves a case along its route (or stalls it) on the case page; the expected
values are the printed committee names councils use, written out by hand."""
from __future__ import annotations

from sagsgang.link.identity import acronym, committee_key, same_body


def test_committee_key_drops_city_prefix_period_and_extra_space():
    assert committee_key(None) == "" and committee_key("") == ""
    assert committee_key("Aarhus Byråd") == "byråd"
    assert committee_key("Københavns Borgerrepræsentation") == "borgerrepræsentation"
    assert committee_key("  Teknisk   Udvalg. ") == "teknisk udvalg"
    assert committee_key("Økonomiudvalget.") == "økonomiudvalget"
    assert committee_key("ØK") == "økonomiudvalget"


def test_acronyms_of_printed_committee_names():
    assert acronym("Børne- og Ungdomsudvalget (2022-25)") == "BUU"
    assert acronym("Børne- og Ungdomsudvalg") == "BUU"
    assert acronym("Økonomiudvalget.") == "ØU"
    assert acronym("Teknisk Udvalg") == acronym("Teknisk Udvalget") == "TU"
    assert acronym("Kultur- og Fritidsudvalget") == "KFU"
    assert acronym("Teknik- og Miljøudvalget") == "TMU"


def test_route_steps_and_the_bodies_that_fulfil_them():
    assert same_body("KFU", "Kultur- og Fritidsudvalget")  # by acronym alone
    assert same_body("AU//ØK", "Økonomiudvalget")  # an empty alternative is skipped, not the end
    assert same_body("KB", "Byrådet") and same_body("KB", "Byråd") and same_body("KB", "Borgerrepræsentationen")
    assert same_body("BY", "Kommunalbestyrelsen") and same_body("BY", "Byrådet")
    assert not same_body("TU", "Kommunalbestyrelsen")  # the council is only KB or BY
    assert not same_body("ØK", None) and not same_body("ØK", "")
    assert not same_body("BUU", "Teknisk Udvalg")
