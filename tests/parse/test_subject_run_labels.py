"""Headings no lexicon knows, run into their text and printed once (flat_run_labels.subject_labels): after a finished
sentence or the item's head, a noun phrase stands right before a sentence that opens on its subject and its verb
('… forretningsorden. Hovedtræk Administrationen indstiller …'); no sentence runs on into the next one's subject, and
a name goes on in capitals, not into a verb (sentence_openers). runin_sections.py one-word: F item.sections
167/358/173 -> 182/358/188, T 10/33/11 -> 12/33/13; no real page's reading changed."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.flat_run_labels import subject_labels
from sagsgang.parse.headings import is_heading
from sagsgang.parse.lines import prepare
from sagsgang.parse.run_slots import run_in_marks
from sagsgang.parse.sentence_openers import opens_sentence

from .transcript_page import TITLED_FRAME, parse_text, parse_transcript

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
    assert opens_sentence("I foråret gennemgås", 0) and opens_sentence("Økonomiudvalget besluttede at", 0)
    # a name goes on in capitals or into a surname ('Hansen'); a plural noun before a preposition has no verb
    assert not opens_sentence("Kommune har", 0) and not opens_sentence("Hansen har", 0)
    assert not opens_sentence("Rammerne for", 0) and not opens_sentence("Svømmehal, Brændgårdvej", 0)
    # a body's name as the subject only where names are asked for ('Vissenbjerg Lokalråd har')
    assert opens_sentence("Byrådet har vedtaget", 0, names=False)
    assert not opens_sentence("Teknisk Udvalg har vedtaget", 0, names=False)


def test_a_sentence_goes_on_after_its_verb() -> None:
    """A clause goes on after its verb: a word in small letters, a comma on the verb, a body as its object;
    a capitalised word of another kind, a bare number or the text's end right behind it is a list's next title or
    its page column ('Borgmesteren orienterer Salg af …', 'Borgmesteren orienterer 3 4 5')."""
    assert opens_sentence("Borgmesteren orienterer om status", 0)
    assert opens_sentence("Borgmesteren orienterer, og", 0) and opens_sentence("Borgmesteren orienterer Byrådet om", 0)
    assert opens_sentence("Teknisk Udvalg anbefaler, at", 0)
    assert not opens_sentence("Borgmesteren orienterer Salg af grund", 0)
    assert not opens_sentence("Borgmesteren orienterer 3 4 5", 0)
    assert not opens_sentence("Borgmesteren orienterer", 0)
    assert not opens_sentence("Teknisk Udvalg anbefaler Salg af grund", 0)


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


# a contents list printed column by column ('Indholdsfortegnelse: 1 2 3 … Title Title Title … 3 5 7 …'): one title a
# noun ('Spørgetid'), the next a definite noun and its verb ('Borgmesteren orienterer'), then the next title or the
# page column; no sentence goes on after the verb
_TITLES = ("Godkendelse af dagsorden", "Temamøde om klimaplanen", "Program for mødet", "Lukket: Orientering",
           "Lukket: Orientering fra direktionen", "Lukket: Godkendelse af udbud af rengøring på skolerne",
           "Lukket: Forsikringer - valg af tilbud", "Spørgetid", "Borgmesteren orienterer",
           "Lejeaftale med Skovvejens Idrætsforening", "Forpagtning af jord ved Engvej, Kildeby",
           "Udbud af buslinje 312")


def _contents(titles: list[str]) -> str:
    """The contents page line: the numbers, the titles, the pages, each column run on after the other."""
    n = len(titles)
    return (f"2 Indholdsfortegnelse: {' '.join(str(k) for k in range(1, n + 1))} {' '.join(titles)} "
            + " ".join(str(3 + 2 * k) for k in range(n)))


@pytest.mark.parametrize("last", [False, True])
def test_a_contents_list_in_columns_prints_no_heading(last: bool) -> None:
    """'Spørgetid Borgmesteren orienterer Lejeaftale …' (or '… orienterer 3 5 7 …', the page column after the last
    title): the title after a noun title is no sentence, so 'Spørgetid' is no heading."""
    titles = list(_TITLES)
    if last:
        titles = [t for t in titles if t not in ("Spørgetid", "Borgmesteren orienterer")] \
            + ["Spørgetid", "Borgmesteren orienterer"]
    assert subject_labels(run_in_marks(prepare(_COVER + "\n\n" + _contents(titles)))) == frozenset()


def test_a_contents_list_in_columns_keeps_its_entries(tmp_path: Path) -> None:
    """Read as the page's heading, 'Spørgetid' made the whole contents page one item (transcript_contents 'columns':
    items 388 -> 380 of 398); without it the entries are read, 'Spørgetid' and 'Borgmesteren orienterer' two of
    them."""
    cover = "1 Byråd Referat Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Mødelokale 2"
    body = ("3 1. Godkendelse af dagsorden Sagsnr.: 21-000414 Sagsfremstilling Forvaltningen har udarbejdet et notat "
            "om sagen. Indstilling Forvaltningen indstiller, at sagen tages til efterretning.")
    pages = "\n\n".join([cover, _contents(list(_TITLES)), body])
    items = parse_text(tmp_path, TITLED_FRAME.format(title="Byråd Referat", pages=pages)).to_contract()["items"]
    titles = [it["title"] for it in items]
    assert "Spørgetid" in titles and "Borgmesteren orienterer" in titles
    assert "Lejeaftale med Skovvejens Idrætsforening" in titles
