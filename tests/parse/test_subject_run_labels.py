"""Headings no lexicon knows, run into their text and printed once (page_headings.subject_labels): after a finished
sentence or the item's head, a noun phrase stands right before a sentence that opens on its subject and its verb
('… forretningsorden. Hovedtræk Administrationen indstiller …'); no sentence runs on into the next one's subject, and
a name goes on in capitals, not into a verb (sentence_openers). runin_sections.py one-word: F item.sections
167/358/173 -> 182/358/188, T 10/33/11 -> 12/33/13; no real page's reading changed."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare
from sagsgang.parse.page_headings import run_in_marks, subject_labels
from sagsgang.parse.sentence_openers import opens_sentence

from .transcript_page import parse_transcript

# one unknown heading after the item's title, one after a finished sentence: no phrase repeated, no two in a
# heading's slot, no case number before the first (run_labels, _paired_labels and opening_labels find none)
_ITEM = ("2 Vandløbsudvalget 1. Vedligeholdelse af Mølleå Klagens indhold Der er modtaget en klage over "
         "grødeskæringen i den nedre del af åen fra en lodsejer ved Kildebro. Vandløbet blev sidst oprenset i "
         "efteråret og skal efter regulativet skæres to gange om året. Faglige betragtninger Forvaltningen vurderer, "
         "at skæringen er sket efter regulativet og at klagen ikke giver anledning til ændringer. Beslutning Taget "
         "til efterretning.")
_COVER = "1 Referat Vandløbsudvalget Mødedato: 4. maj 2021 Mødested: Rådhuset, lokale 3"


def test_the_headings_are_unknown_to_the_lexicon() -> None:
    assert not any(is_heading(h) for h in ("Klagens indhold", "Faglige betragtninger"))


def test_a_phrase_before_a_subject_and_its_verb_is_a_heading() -> None:
    lines = prepare(_COVER + "\n\n" + _ITEM)
    assert subject_labels(run_in_marks(lines)) == {"Klagens indhold", "Faglige betragtninger"}


def test_the_item_reads_its_sections_by_them(tmp_path: Path) -> None:
    (item,) = parse_transcript(tmp_path, _COVER, _ITEM, body="Vandløbsudvalget").to_contract()["items"]
    assert item["sections"] == ["Klagens indhold", "Faglige betragtninger", "Beslutning"]
    assert item["decisions"][0]["text"] == "Taget til efterretning."


def test_a_sentence_opens_on_its_subject_and_verb() -> None:
    assert opens_sentence("Der er modtaget", 0) and opens_sentence("Administrationen indstiller, at", 0)
    assert opens_sentence("I foråret gennemgås", 0) and opens_sentence("Økonomiudvalget besluttede", 0)
    # a name goes on in capitals or into a surname ('Hansen'); a plural noun before a preposition has no verb
    assert not opens_sentence("Kommune har", 0) and not opens_sentence("Hansen har", 0)
    assert not opens_sentence("Rammerne for", 0) and not opens_sentence("Svømmehal, Brændgårdvej", 0)
    # a body's name as the subject only where names are asked for ('Vissenbjerg Lokalråd har')
    assert opens_sentence("Byrådet har", 0, names=False)
    assert not opens_sentence("Teknisk Udvalg har", 0, names=False)


_BEFORE = "2 Udvalget har drøftet sagen på det forrige møde og bedt om en orientering om status for arbejdet. "
_AFTER = " Udvalget drøfter sagen igen på næste møde i juni, hvor også økonomien og tidsplanen for arbejdet gennemgås."


@pytest.mark.parametrize("shape", [
    # a label's value: the phrase after its colon
    "Bemærkninger til listen: Solcelleanlæg Lokalplanlisten indeholder tre nye anlæg på skolens tag.",
    # a list's entry behind its mark
    "Områderne er o Ældreområdet Kommunen har fået midler til området i år.",
    # a place's name before a body's name after a word of prose: the name's first word
    "Foreningen under Kildeby Lokalråd har søgt om tilskud til en ny sti langs søen.",
    # a phrase ending on a preposition: a sentence going on
    "Udvalget beder om et notat. Foreningen under Kildeby Lokalråd har søgt om tilskud.",
    # printed elsewhere before words that are no sentence: a name ('Kildeby Svømmehal, Skovvej 4')
    "Mødet holdes i Kildeby Svømmehal, Skovvej 4. Kildeby Kommunen har modtaget ansøgningen rettidigt.",
])
def test_a_value_an_entry_a_name_and_a_clause_are_none(shape: str) -> None:
    assert subject_labels(run_in_marks(prepare(_COVER + "\n\n" + _BEFORE + shape + _AFTER))) == frozenset()


def test_beside_a_known_heading_they_are_none() -> None:
    """A page that prints a known case-text heading ('Sagsfremstilling') has its headings: a phrase before a subject
    beside them is its prose's sub-heading, as the lined page leaves it."""
    run = _ITEM.replace("Faglige betragtninger Forvaltningen", "Sagsfremstilling Forvaltningen")
    assert subject_labels(run_in_marks(prepare(_COVER + "\n\n" + run))) == frozenset()


def test_before_the_preposition_i_and_beside_a_sentence_on_a_heading_word() -> None:
    """'… året. Skæreplan I forbindelse med …': a heading before 'I' and a word in small letters (one capital alone,
    which the run-in phrases' capital and small letter do not read); and a sentence opening on a word the lexicon
    also holds as a heading ('Sagen fremlægges …') is no known heading beside it: only one run in before a capital
    is."""
    run = ("2 Sagen fremlægges med henblik på at udvalget drøfter den videre plan for grødeskæringen i åen. Vandløbet "
           "blev sidst oprenset i efteråret og skal efter regulativet skæres to gange om året. Skæreplan I "
           "forbindelse med næste skæring orienteres lodsejerne i god tid om datoen. Beslutning Drøftet.")
    assert subject_labels(run_in_marks(prepare(_COVER + "\n\n" + run))) == {"Skæreplan"}


def test_beside_a_known_heading_glued_to_its_text_they_are_none() -> None:
    """The known heading glued to its text's first word, where extraction lost the space ('SagsfremstillingForvaltningen
    vurderer …'): still the page's heading, so the phrase before a subject beside it is a sub-heading, no section."""
    run = _ITEM.replace("Faglige betragtninger Forvaltningen", "SagsfremstillingForvaltningen")
    assert subject_labels(run_in_marks(prepare(_COVER + "\n\n" + run))) == frozenset()
