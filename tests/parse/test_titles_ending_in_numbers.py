"""A transcript's contents list that printed neither item numbers (but the first) nor pages, whose titles end on
the number of what they are about: a house ('Møllevej 14'), a bus line ('buslinje 350'). The number ends its title
and the capitalised word after it opens the next (title_split._ends_on_its_number), and numbers that leap as no
page column does are no pages (page_column._plausible_steps): the titles keep them. Invented pages."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.page_column import page_separators
from sagsgang.parse.title_split import split_titles

from .transcript_page import contents_page, parse_text

_TITLES = ["Godkendelse af dagsorden", "Dispensation til udhus, Møllevej 14",
           "Landzonetilladelse til ridehal på Skovvej 112", "Udbud af buslinje 350",
           "Trafiksikkerhedsplan for Vestbyen", "Orientering om vintertjenesten", "Eventuelt"]


def test_titles_that_end_on_their_number_keep_it_and_part_there(tmp_path: Path) -> None:
    text = contents_page("Indholdsfortegnelse 1. " + " ".join(_TITLES), _TITLES[0])
    doc = parse_text(tmp_path, text)
    assert [it.title for it in doc.items] == _TITLES


def test_numbers_that_leap_are_no_page_column() -> None:
    run = "af udhus, Møllevej 14 Landzonetilladelse på Skovvej 112 Udbud af buslinje 350 Trafiksikkerhedsplan"
    assert page_separators(run) == []
    paged = "Godkendelse af dagsorden 3 Budgetopfølgning for kvartalet 5 Udbud af buslinje 9 Eventuelt"
    assert len(page_separators(paged)) == 3


def test_a_number_goes_on_into_an_address_or_after_a_function_word() -> None:
    # a street's name or a township after the number, a page printed inside a wrapped title after 'for'
    assert split_titles("Lån til boligselskabets afdeling 22 Skolevænget, Nørreby Udbud af buslinje 350") == [
        "Lån til boligselskabets afdeling 22 Skolevænget, Nørreby", "Udbud af buslinje 350"]
    assert split_titles("Salg af matrikel 12 Nørreby By, Nørreby Udbud af buslinje 350") == [
        "Salg af matrikel 12 Nørreby By, Nørreby", "Udbud af buslinje 350"]
    assert split_titles("Godkendelse af vedtægter for 7 Stadsarkivet Udbud af buslinje 350")[0] != \
        "Godkendelse af vedtægter for 7"


def test_a_page_label_after_the_number_is_no_title() -> None:
    # '… buslinje 350 Side 2.': the page's running foot after the list's last title, not a title of its own
    assert "Side 2." not in split_titles("Trafiksikkerhedsplan for Vestbyen Udbud af buslinje 350 Side 2.")


def test_a_drafts_round_opens_a_title() -> None:
    # '… 2027-2030 1. udkast til …': a draft's round opens the next title as a council's reading does
    assert split_titles("Vejplan 2027-2030 1. udkast til Klimaplan 2028 Udbud af buslinje 350") == [
        "Vejplan 2027-2030", "1. udkast til Klimaplan 2028", "Udbud af buslinje 350"]


def test_a_letter_after_its_noun_opens_no_title() -> None:
    # 'skema C' / 'skema A': the letter names the form's kind; the title goes on behind it
    assert split_titles("Godkendelse af skema C, ældreboliger Udbud af buslinje 350") == [
        "Godkendelse af skema C, ældreboliger", "Udbud af buslinje 350"]


def test_a_preposition_of_many_letters_holds_its_object() -> None:
    # 'grundet', 'vedrørende', 'omkring' are prepositions as 'af' and 'til' are: the capitalised word after one is
    # its object, no new title
    assert split_titles("Status på ledigheden grundet Corona-krisen Udbud af buslinje 350") == [
        "Status på ledigheden grundet Corona-krisen", "Udbud af buslinje 350"]
    assert split_titles("Henvendelse vedrørende Vestbyens Idrætscenter Udbud af buslinje 350") == [
        "Henvendelse vedrørende Vestbyens Idrætscenter", "Udbud af buslinje 350"]


def test_a_word_of_quantity_after_a_name_opens_a_title() -> None:
    # '… Vestbyskolen Flere penge til …': a comparative before a lower-case noun is no name's word
    assert split_titles("Lokaler til Vestbyskolen Flere penge til tandplejen") == [
        "Lokaler til Vestbyskolen", "Flere penge til tandplejen"]
    assert split_titles("Tilskud til Vestbyskolen Ny Carlsberg") == ["Tilskud til Vestbyskolen Ny Carlsberg"]


def test_a_conjunction_or_pronoun_holds_the_word_after_it() -> None:
    # 'om at Vestby Kommune …', '… giv os Vestby tilbage': a clause goes on after 'at', 'som', 'os'
    assert split_titles("Forslag om at Vestby Kommune skal udtræde af komitéen Udbud af buslinje 350") == [
        "Forslag om at Vestby Kommune skal udtræde af komitéen", "Udbud af buslinje 350"]


def test_a_name_said_twice_back_to_back_parts_two_titles() -> None:
    # 'Vestby Bibliotek Vestby Bibliotek, åbningstider': the second names the next title's subject
    assert split_titles("Udvalget får besøg af Vestby Bibliotek Vestby Bibliotek, åbningstider og adgang") == [
        "Udvalget får besøg af Vestby Bibliotek", "Vestby Bibliotek, åbningstider og adgang"]
