"""A name in apposition to a noun in its definite form ends the title it stands in (issue 11,
parse/title_split.py `_a_name_alone`): in a transcript's contents list whose numbers were lost,
'Placering af daginstitutionen Lunas Ark' is one title, not a title and a name on its own, while a title
that is a name alone after any other word ('… boligreguleringsloven Midtjysk Iværksætterhus') still
parts, and so does a title that opens like one after a definite noun ('… formanden Huskeliste …'). And a
capitalised compound coordinated with a common noun opens a title after a name ('… Greve Golfklub Husholdnings- og
erhvervsaffald …'), where a name's own coordinated parts are capitalised both; a committee's name before a
common noun in small letters opens a title ('… administrationen Kultur- og Fritidsudvalget mødekalender 2023')."""
from __future__ import annotations

from sagsgang.parse.title_split import split_titles


def test_a_name_after_a_definite_noun_stays_in_its_title() -> None:
    run = ("Placeringsforslag for daginstitutionen Lunas Ark Orientering om skurby ved byggeriet Strandby Høje "
           "Udbud af rottebekæmpelse")
    assert split_titles(run) == ["Placeringsforslag for daginstitutionen Lunas Ark",
                                 "Orientering om skurby ved byggeriet Strandby Høje", "Udbud af rottebekæmpelse"]


def test_a_name_alone_after_another_word_is_still_a_title() -> None:
    run = "Beslutning vedrørende boligreguleringsloven Midtjysk Iværksætterhus Godkendelse af regnskab"
    assert "Midtjysk Iværksætterhus" in split_titles(run)


def test_a_title_opening_after_a_definite_noun_still_parts() -> None:
    run = "Orientering fra formanden Huskeliste og orientering fra administrationen"
    assert split_titles(run) == ["Orientering fra formanden", "Huskeliste og orientering fra administrationen"]


def test_a_coordinated_compound_after_a_name_opens_a_title() -> None:
    run = ("Handlemuligheder for lokaletilskud til Greve Golfklub Husholdnings- og erhvervsaffald, gebyrer 2025 "
           "Indtægts- og udgiftsbevilling vedr. kompetenceløft")
    assert split_titles(run) == ["Handlemuligheder for lokaletilskud til Greve Golfklub",
                                 "Husholdnings- og erhvervsaffald, gebyrer 2025",
                                 "Indtægts- og udgiftsbevilling vedr. kompetenceløft"]


def test_a_names_coordinated_parts_go_on_with_it() -> None:
    title = "Mere selvbestemmelse i driften af Greve Idræts- og Fritidscenter"
    assert split_titles(title) == [title]


def test_a_committee_before_a_common_noun_opens_a_title() -> None:
    run = "Huskeliste og orientering fra administrationen Kultur- og Fritidsudvalget mødekalender 2023"
    assert split_titles(run) == ["Huskeliste og orientering fra administrationen",
                                 "Kultur- og Fritidsudvalget mødekalender 2023"]


def test_a_committee_that_ends_a_title_stays_with_it() -> None:
    run = "Forslag til budgetbemærkninger Erhvervsudvalget Godkendelse af regnskab for 2023"
    assert split_titles(run)[0] == "Forslag til budgetbemærkninger Erhvervsudvalget"


def test_a_street_is_a_whole_name_before_a_title_start() -> None:
    run = "Justering af signalanlæg for cyklister på Lillevangsvej Udbud af rottebekæmpelse"
    assert split_titles(run) == ["Justering af signalanlæg for cyklister på Lillevangsvej", "Udbud af rottebekæmpelse"]


def test_an_organisations_name_after_its_definite_noun_stays_in_its_title() -> None:
    run = "Ansøgning fra fritidsinstitutionen Solsikken om udvidelse af åbningstiden Godkendelse af regnskab"
    assert split_titles(run) == ["Ansøgning fra fritidsinstitutionen Solsikken om udvidelse af åbningstiden",
                                 "Godkendelse af regnskab"]
    assert split_titles("Tilskud til foreningen Status på lokaler") == ["Tilskud til foreningen", "Status på lokaler"]
