"""Stances, votes and unanimity from decision text (parse/positions.py, parse/members.py).

The sentences are copied from real minutes in shared/corpus (Aarhus, Greve, Dragør, Langeland, Varde,
Slagelse); the expected values are written by hand from reading them."""
from __future__ import annotations

import pytest

from sagsgang.model import AgendaItem, Decision, Document, document_from_dict, document_to_dict
from sagsgang.parse import parse_file
from sagsgang.parse.members import list_after, list_before
from sagsgang.parse.positions import extract
from tests.conftest import corpus_file


def pairs(text: str) -> list[tuple[str, str]]:
    return [(p["who"], p["stance"]) for p in extract(text).positions]


def test_names_that_can_and_cannot_tiltraede_and_a_reservation():
    text = ("Et flertal i udvalget kunne tiltræde indstillingen i overensstemmelse med Magistratens anbefaling. "
            "Jesper Kjeldsen, Steffen Wich, Gert Bjerregaard og Metin Lindved Aydin kunne tiltræde indstillingen. "
            "Jakob Søgaard Clausen tog forbehold. Solveig Munk kunne ikke tiltræde indstillingen. "
            "Liv Gro Jensen var forhindret i at deltage i udvalgets behandling af sagen.")
    s = extract(text)
    assert pairs(text) == [("Jesper Kjeldsen", "for"), ("Steffen Wich", "for"), ("Gert Bjerregaard", "for"),
                           ("Metin Lindved Aydin", "for"), ("Jakob Søgaard Clausen", "forbehold"),
                           ("Solveig Munk", "imod")]
    assert s.unanimous is False
    assert s.votes is None  # `kunne tiltræde` is no vote wording; absence is no stance


def test_party_names_take_reservations_and_a_statement_for_the_minutes():
    text = ("Magistraten kunne tiltræde indstillingen med en række tekniske ændringer. Radikale Venstre tog "
            "forbehold for budgetsagerne. Alternativet ønsker tilføjet til referatet, at de skal foretages en "
            "mindre tekstmæssig justering. Det Konservative Folkeparti, Venstre og Liberal Alliance tog forbehold.")
    assert pairs(text) == [("Radikale Venstre", "forbehold"), ("Alternativet", "protokol"),
                           ("Det Konservative Folkeparti", "forbehold"), ("Venstre", "forbehold"),
                           ("Liberal Alliance", "forbehold")]


def test_counts_then_lists_of_party_markers_and_a_local_list():
    text = ("Med stemmerne 19 for og 1 imod godkendte Byrådet administrationens indstillingspunkt 1. For stemte: "
            "(V), (D), Liselott Blixt (UP), (A) og (C). Imod stemte: (Ø). (F) undlod at tage stilling.")
    s = extract(text)
    assert s.votes == {"for": {"count": 19, "who": ["V", "D", "Liselott Blixt (UP)", "A", "C"]},
                       "against": {"count": 1, "who": ["Ø"]}, "abstain": {"count": None, "who": ["F"]}}
    assert pairs(text) == [("V", "for"), ("D", "for"), ("Liselott Blixt (UP)", "for"), ("A", "for"),
                           ("C", "for"), ("Ø", "imod"), ("F", "undlod")]
    assert s.unanimous is False


def test_bracketed_count_lists_and_only_the_first_vote_in_votes():
    # Dragør: three ballots in one decision; every stance counts, `votes` holds the first
    text = ("Ad 1 For stemte: 5 (A+T+V) Imod stemte: 2 (C+O) Undlod at stemme: Godkendt. Ad 2 For stemte: "
            "5 (A+T+V) Imod stemte: Undlod at stemme: 2 (C+O) Godkendt.")
    s = extract(text)
    assert s.votes == {"for": {"count": 5, "who": ["A", "T", "V"]}, "against": {"count": 2, "who": ["C", "O"]},
                       "abstain": None}
    assert set(pairs(text)) == {("A", "for"), ("T", "for"), ("V", "for"), ("C", "imod"), ("O", "imod"),
                                ("C", "undlod"), ("O", "undlod")}


def test_bare_party_letters_and_a_second_proposal_do_not_join_the_first_vote():
    text = ("A stiller forslag om at lufttemperatur og bassintemperatur også hæves. A stemmer for og V stemmer "
            "imod. Venstre stiller forslag om, at temperaturer på skoleområdet hæves til 21 grader. V stemmer for "
            "og A undlader.")
    s = extract(text)
    assert pairs(text) == [("A", "for"), ("V", "imod"), ("V", "for"), ("A", "undlod")]
    assert s.votes == {"for": {"count": None, "who": ["A"]}, "against": {"count": None, "who": ["V"]},
                       "abstain": None}


def test_an_abstention_alone_gives_no_votes_and_junk_before_a_name_is_dropped():
    s = extract("Godkendt F undlod at stemme.")
    assert [(p["who"], p["stance"]) for p in s.positions] == [("F", "undlod")] and s.votes is None
    assert pairs("Anbefales Mehmet Zeki Dogru (Ø) stemmer imod.") == [("Mehmet Zeki Dogru (Ø)", "imod")]
    assert pairs("1. Udvalget godkender indstillingen Linda Heegaard (SF) stemte imod.") == [
        ("Linda Heegaard (SF)", "imod")]


def test_a_minority_statement_is_both_against_and_for_the_minutes_and_its_quote_is_not_read():
    text = ("1. Udvalget godkender indstillingen Linda Heegaard (SF) stemte imod med følgende "
            "mindretalsudtalelse: ”SF stemmer mod, da vi mener opgaven har været for snæver”.")
    assert pairs(text) == [("Linda Heegaard (SF)", "imod"), ("Linda Heegaard (SF)", "protokol")]


def test_a_vote_about_inhabilitet_gives_votes_but_only_the_declared_person_a_position():
    text = ("Charlotte Levin (A) spurgte byrådet om hun var inhabil i sagens behandling, da hun er næstformand i "
            "Tune Menighedsråd. For stemte: (V), (A), (C), (Ø), (D), (F) og Liselott Blixt (UP) Byrådet erklærede "
            "Charlotte Levin (A) for inhabil i punktets behandling. Byrådet godkendte økonomiudvalgets indstilling.")
    s = extract(text)
    assert pairs(text) == [("Charlotte Levin (A)", "inhabil")]
    assert s.votes["for"]["who"] == ["V", "A", "C", "Ø", "D", "F", "Liselott Blixt (UP)"]
    assert pairs("Anders Linde gjorde opmærksom på inhabilitet i punkt 451. Dagsorden godkendt.") == [
        ("Anders Linde", "inhabil")]


def test_unanimity_wording_and_bodies_are_no_positions():
    assert extract("Udvalget kunne enstemmigt tiltræde indstillingen.").unanimous is True
    assert extract("Drøftet. Et enigt Arbejdsmarkedsudvalg ønsker at indstille området.").unanimous is True
    assert extract("Der var enighed om, at det må afhænge af det konkrete behov.").unanimous is True
    assert extract("Godkendt.").unanimous is None
    s = extract("Byrådet godkendte administrationens indstillingspunkt 2 og Økonomiudvalget undlod at tage "
                "stilling til indstillingspunkt 1.")
    assert s.positions == [] and s.unanimous is None
    assert extract("Med stemmerne 20 for og ingen imod godkendte Byrådet indstillingen.").votes == {
        "for": {"count": 20, "who": []}, "against": {"count": 0, "who": []}, "abstain": None}


def test_one_subject_two_verbs_and_a_recorded_preference():
    text = ("Økonomiudvalget anbefaler at godkende pkt. 5 idet Pernille Beckmann (V) og Marc Genning (V) undlod, og "
            "Liselott Blixt (UP) og Mehmet Zeki Dogru (Ø) stemte imod pkt. 1-4 og stemmer for pkt. 5.")
    assert pairs(text) == [("Pernille Beckmann (V)", "undlod"), ("Marc Genning (V)", "undlod"),
                           ("Liselott Blixt (UP)", "imod"), ("Mehmet Zeki Dogru (Ø)", "imod"),
                           ("Liselott Blixt (UP)", "for"), ("Mehmet Zeki Dogru (Ø)", "for")]
    assert pairs("Byrådet godkendte indstillingen. (A) og (Ø) følger administrationens indstilling. "
                 "(F) undlod at tage stilling.") == [("A", "protokol"), ("Ø", "protokol"), ("F", "undlod")]


def test_member_lists_in_both_directions():
    assert list_before("1.-2. Anbefales. (A), (C) og (F)") == ["A", "C", "F"]
    assert list_before("Rådmand Jesper Kjeldsen og Steffen Wich") == ["Jesper Kjeldsen", "Steffen Wich"]
    assert list_before("til indstillingspunkt C") == []
    assert list_after("(V), (D) og Liselott Blixt (UP) (F) undlod")[0] == ["V", "D", "Liselott Blixt (UP)"]
    assert list_after("Pernille Beckmann (V), Marc Genning (V) Hans-Jørgen Kirstein (D) og John T. Olsen (A)")[0] \
        == ["Pernille Beckmann (V)", "Marc Genning (V)", "Hans-Jørgen Kirstein (D)", "John T. Olsen (A)"]


def test_real_minutes_carry_positions_in_the_parse_output():
    doc = parse_file(corpus_file("aarhus_teknisk-udvalg_2025-10-01_referat.html"))
    decisions = [d for it in doc.items for d in it.decisions if d.committee == "Teknisk Udvalg" and d.positions]
    assert decisions, "the Teknisk Udvalg decision with stances was not found"
    d = decisions[0]
    assert ("Solveig Munk", "imod") in [(p["who"], p["stance"]) for p in d.positions]
    assert d.to_contract()["positions"] == d.positions and d.to_contract()["unanimous"] is False


def test_stored_documents_round_trip_the_fields_and_old_ones_still_load():
    d = Decision("Byråd", "2023-01-30", "(Ø) stemte imod.", unanimous=False,
                 votes={"for": None, "against": {"count": None, "who": ["Ø"]}, "abstain": None},
                 positions=[{"who": "Ø", "stance": "imod"}])
    doc = Document(source="x.txt", items=[AgendaItem(title="T", decisions=[d])])
    back = document_from_dict(document_to_dict(doc)).items[0].decisions[0]
    assert (back.unanimous, back.votes, back.positions) == (d.unanimous, d.votes, d.positions)
    old = document_to_dict(doc)
    for dd in old["items"][0]["decisions"]:
        for k in ("unanimous", "votes", "positions"):
            del dd[k]
    loaded = document_from_dict(old).items[0].decisions[0]
    assert (loaded.unanimous, loaded.votes, loaded.positions) == (None, None, [])


@pytest.mark.parametrize("text", ["", "Godkendt.", "Taget til efterretning."])
def test_plain_outcomes_give_nothing(text):
    s = extract(text)
    assert (s.unanimous, s.votes, s.positions) == (None, None, [])


def test_shapes_the_spec_names_that_the_corpus_prints_rarely():
    # written from the contract's own examples (shared/spec/positions-output.md) and common minute wording
    s = extract("For stemte 17 (A, F, Ø). Imod stemte 8 (V, C). Undlod at stemme: 2 (O).")
    assert s.votes == {"for": {"count": 17, "who": ["A", "F", "Ø"]}, "against": {"count": 8, "who": ["V", "C"]},
                       "abstain": {"count": 2, "who": ["O"]}}
    assert pairs("Et mindretal (A og F) stemte imod.") == [("A", "imod"), ("F", "imod")]
    assert pairs("Et flertal kunne tiltræde indstillingen. Et mindretal kunne ikke tiltræde.") == []
    assert extract("Forslaget blev vedtaget med 15 stemmer mod 10.").votes == {
        "for": {"count": 15, "who": []}, "against": {"count": 10, "who": []}, "abstain": None}
    assert pairs("Stephanie Lose, V og Anne Hansen, A stemte imod.") == [
        ("Stephanie Lose, V", "imod"), ("Anne Hansen, A", "imod")]
    assert pairs("Rådmand Jesper Kjeldsen og næstformand Bo Jensen tog forbehold.") == [
        ("Jesper Kjeldsen", "forbehold"), ("Bo Jensen", "forbehold")]
    assert pairs("Liberal Alliance ønskede følgende tilført protokollen: …") == [("Liberal Alliance", "protokol")]
    assert pairs("Anne Hansen (V) erklærede sig inhabil og forlod mødet.") == [("Anne Hansen (V)", "inhabil")]


def test_the_sqlite_store_keeps_positions(tmp_path):
    from sagsgang.search import index_item
    from sagsgang.store import open_store

    doc = parse_file(corpus_file("aarhus_teknisk-udvalg_2025-10-01_referat.html"))
    store = open_store(str(tmp_path / "s.db"), indexer=index_item)
    store.put_document(doc, "/x/referat.html")
    (back,) = store.documents()
    store.close()
    before = [(d.unanimous, d.votes, d.positions) for it in doc.items for d in it.decisions]
    after = [(d.unanimous, d.votes, d.positions) for it in back.items for d in it.decisions]
    assert after == before and any(p for _, _, p in after)


def test_more_shapes_of_unseen_minutes():
    s = extract("Med 17 stemmer for (A, F, Ø), 8 imod (V, C) og 2 undlod at stemme (O) blev forslaget vedtaget.")
    assert s.votes == {"for": {"count": 17, "who": ["A", "F", "Ø"]}, "against": {"count": 8, "who": ["V", "C"]},
                       "abstain": {"count": 2, "who": ["O"]}}
    assert pairs("Et flertal (A, F og Ø) godkendte indstillingen. Mindretallet (V og C) stemte imod.") == [
        ("A", "for"), ("F", "for"), ("Ø", "for"), ("V", "imod"), ("C", "imod")]
    assert pairs("Forslaget faldt, idet kun Ø stemte for.") == [("Ø", "for")]
    assert pairs("Borgerlisten tog forbehold.") == [("Borgerlisten", "forbehold")]
    assert pairs("Udvalgsmedlem Anne Hansen (V) var inhabil.") == [("Anne Hansen (V)", "inhabil")]
    assert pairs("Enhedslisten ønskede at afgive følgende protokolbemærkning: …") == [("Enhedslisten", "protokol")]
    assert pairs("Anbefales med bemærkning om indstillingspunkt C stemte …") == []


def test_a_document_stored_before_positions_gets_them_when_read():
    import json
    import zlib

    from sagsgang.store.codec import decode_parsed, encode_parsed

    doc = Document(source="x.txt", items=[AgendaItem(title="T", decisions=[
        Decision("Byråd", "2022-05-23", "Byrådet godkendte indstillingen. (Ø) og (F) stemte imod.")])])
    old = document_to_dict(doc)
    for d in old["items"][0]["decisions"]:
        for k in ("unanimous", "votes", "positions"):
            d.pop(k, None)
    back = decode_parsed(zlib.compress(json.dumps(old).encode("utf-8")))
    assert back.items[0].decisions[0].positions == [{"who": "Ø", "stance": "imod"}, {"who": "F", "stance": "imod"}]
    # a stored document with the fields is read as stored, not re-read
    doc.items[0].decisions[0].positions = []
    assert decode_parsed(encode_parsed(doc)).items[0].decisions[0].positions == []
