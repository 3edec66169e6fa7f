"""People and parties per municipality (link/people.py), on real documents of the shared corpus.

Expected people are written by hand from the documents: the Dragør minutes' `Medlemmer:` and
`Afbud fra:` lines, the Aarhus minutes' stance and absence sentences, and Greve decision texts
(corpus/positions) that print one politician in several ways."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sagsgang.link.people import build_registry, party_code, party_name, split_marker
from sagsgang.model import AgendaItem, Decision, Document, Meeting
from sagsgang.parse import parse_file
from sagsgang.parse.positions import annotate
from tests.conftest import CORPUS, corpus_file


def names(reg) -> set[str]:
    return {p.name for p in reg.people.values()}


def test_party_letters_resolve_to_national_names_and_local_lists_stay_as_printed():
    assert party_name(party_code("(Ø)")) == "Enhedslisten"
    assert party_code("Socialistisk Folkeparti") == "F" and party_code("SF") == "F"
    assert party_code("Det Konservative Folkeparti") == "C" and party_name("C") == "Det Konservative Folkeparti"
    assert party_name(party_code("(UP-1)")) == "UP-1"
    assert split_marker("Jesper Kjeldsen (A)") == ("Jesper Kjeldsen", "A")
    assert split_marker("Stephanie Lose, V") == ("Stephanie Lose", "V")
    assert split_marker("Jesper Kjeldsen") == ("Jesper Kjeldsen", None)
    # Ringsted's participant lists print initials before the party letter
    assert split_marker("Niels Ulrich Hermansen (NUH) V") == ("Niels Ulrich Hermansen", "V")


def test_dragoer_participants_and_the_absent_member():
    path = CORPUS / "extra" / "docs" / "x0254.txt"
    if not path.exists():
        pytest.skip("shared corpus not available")
    (reg,) = build_registry([parse_file(path)]).values()
    assert names(reg) == {"Ebbe Kyrø", "Eik Dahl Bidstrup", "Kenneth Gøtterup", "Morten Dreyer",
                          "Nicolaj Bertel Riber", "Ole Hansen", "Peter Læssøe"}
    by_name = {p.name: p for p in reg.people.values()}
    assert by_name["Peter Læssøe"].parties == ["T"] and len(by_name["Peter Læssøe"].missed) == 1
    assert not by_name["Peter Læssøe"].attended and len(by_name["Ole Hansen"].attended) == 1
    parties = {p.code: p for p in reg.parties.values()}
    assert parties["A"].name == "Socialdemokratiet" and len(parties["A"].members) == 2
    assert parties["T"].name == "T"  # a local list, kept as printed
    # the party letters voted: "For stemte: 5 (A+T+V) Imod stemte: 2 (C+O)"
    assert {(r.stance) for r in parties["C"].positions} == {"imod", "undlod", "for"}


def test_aarhus_people_from_stances_and_absences_across_two_documents():
    docs = [parse_file(corpus_file("aarhus_teknisk-udvalg_2025-10-01_referat.html")),
            parse_file(corpus_file("aarhus_agenda_example.html"))]
    reg = build_registry(docs)["Aarhus"]
    assert names(reg) == {"Jesper Kjeldsen", "Steffen Wich", "Gert Bjerregaard", "Metin Lindved Aydin",
                          "Jakob Søgaard Clausen", "Solveig Munk", "Liv Gro Jensen", "Thure Hastrup", "Nicolaj Bang"}
    solveig = next(p for p in reg.people.values() if p.name == "Solveig Munk")
    assert {r.stance for r in solveig.positions} == {"imod"}
    assert all(r.committee == "Teknisk Udvalg" and r.item_id for r in solveig.positions)
    # "Rådmand Nicolaj Bang var forhindret": the title is not part of the person
    assert any(p.name == "Nicolaj Bang" and p.missed for p in reg.people.values())
    assert {p.name for p in reg.parties.values()} >= {"SF", "Venstre", "Liberal Alliance", "Radikale Venstre",
                                                       "Alternativet", "Det Konservative Folkeparti"}


def _greve(texts: list[str], municipality: str = "Greve") -> Document:
    doc = Document(source=f"{municipality}.json", municipality=municipality,
                   items=[AgendaItem(title="t", number=str(n), decisions=[Decision("Byråd", "2023-01-30", t)])
                          for n, t in enumerate(texts)])
    annotate(doc)
    return doc


def test_one_greve_politician_printed_several_ways_is_one_person():
    # sentences from Greve's decisions (corpus/positions), as printed
    doc = _greve([
        "For stemte (V), (A), (C), (F), Liselott Blixt (UP-1) og Hans-Jørgen Kirstein (UP-2). Imod stemte Ø.",
        "For stemte (V), (A), (C), Liselott Blixt (UP-1), Hans-Jørgen (UP-2) og (Ø).",
        "Hans-Jørgen Kirstein (D) undlod at tage stilling.",
        "Hans Jørgen Kirstein (UP-2) stemte imod.",
        "Liselott Blixt (UP) undlod at tage stilling.",
        "Tina Rottbøll (A) undlod at tage stilling. Tina Rotbøll (A) stemte for.",
        "Maria Holdt Witthøft (A) stemte imod. Maria Witthøft (A) undlod at tage stilling.",
    ])
    reg = build_registry([doc])["Greve"]
    assert names(reg) == {"Liselott Blixt", "Hans-Jørgen Kirstein", "Tina Rottbøll", "Maria Holdt Witthøft"}
    hj = next(p for p in reg.people.values() if p.name == "Hans-Jørgen Kirstein")
    assert set(hj.parties) == {"UP-2", "D"} and len(hj.positions) == 4
    lb = next(p for p in reg.people.values() if p.name == "Liselott Blixt")
    assert set(lb.parties) == {"UP", "UP-1"}


def test_the_same_name_in_two_municipalities_is_two_people_and_unknown_ones_stay_apart():
    a = _greve(["Anne Hansen (V) stemte imod."], "Greve")
    b = _greve(["Anne Hansen (V) stemte imod."], "Aarhus")
    c, d = (Document(source=s, meeting=Meeting(committee="Økonomiudvalget", date="2020-10-22",
                                                   participants=["Anne Hansen (V)"])) for s in ("x.txt", "y.txt"))
    regs = build_registry([a, b, c, d])
    people = [p for r in regs.values() for p in r.people.values()]
    assert len(people) == 4 and len({p.id for p in people}) == 4


def test_greve_decisions_in_the_gold_name_no_body_as_a_person():
    files = sorted((CORPUS / "positions").glob("Byråd_*.json"))
    if not files:
        pytest.skip("shared corpus not available")
    texts = [d["text"] for f in files for it in json.loads(Path(f).read_text(encoding="utf-8"))["items"]
             for d in it.get("decisions") or []]
    reg = build_registry([_greve(texts)])["Greve"]
    bodies = [n for n in names(reg) if any(w in n.casefold() for w in ("udvalg", "byråd", "administration"))]
    assert bodies == []
    assert "Mehmet Zeki Dogru" in names(reg) and "John T. Olsen" in names(reg)
