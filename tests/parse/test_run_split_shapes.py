"""Contents lists that lost their item numbers (PDF transcripts, each page one line): where one title ends
in a name and the next starts with a capitalised word, only the words say where to cut. Synthetic runs in
the shapes tune pages print (no real text copied), split by `split_titles` and by the whole parser."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import split_titles


@pytest.mark.parametrize("titles", [
    # a title ends in a name, the next opens on a noun and its preposition
    ["Status på byggeriet af Børnehuset Solsikken", "Mødeplan for det kommende år", "Ændret åbningstid i biblioteket"],
    ["Udpegning af medlem til Foreningen Vestkysten", "Serviceniveau for vintervedligeholdelse", "Eventuelt"],
    # the name ends after a comma ('Grønnegade, Nordby'), another preposition
    ["Køb af jord ved Grønnegade, Nordby", "Kvalitetsrapport om skolernes trivsel", "Meddelelser"],
    # an abbreviated preposition after the noun
    ["Lejeaftale med Sejlklubben Ran", "Forespørgsel vedr. åbningstider i hallen"],
    # a name of three capitalised words before it
    ["Orientering om Idrætscenter Vestby Nord", "Tryghedsvandring i boligområderne"],
])
def test_title_opening_on_noun_and_preposition_after_a_name_starts_a_title(titles):
    """'… Børnehuset Solsikken Mødeplan for …': a name goes on in capitals, a title opens on a noun followed
    by its preposition."""
    assert split_titles(" ".join(titles)) == titles


@pytest.mark.parametrize("titles", [
    # 'fra Nordby Friskole om': a one-word name after a preposition, then the rest of the name
    ["Ansøgning fra Nordby Friskole om tilskud til legepladsen", "Budgetopfølgning pr. 31. marts"],
    # 'Øster Hede og Vestby': two names joined, no title between them
    ["Vindmøller mellem Øster Hede og Vestby", "Ansøgning om tilskud til Vestby Borgerforening om sommerfest"],
    ["Aftale med Nordby Gymnasium om lån af lokaler", "Eventuelt"],
    # 'Vestby Kirke Torvet og …': a name joined to the next by 'og' goes on
    ["Ny belysning ved Vestby Kirke Torvet og Stationsvej", "Eventuelt"],
])
def test_names_the_noun_cue_leaves_whole(titles):
    """The noun-and-preposition cue does not part a name that began right after a preposition ('med Nordby
    Gymnasium om …' is one name), nor two names joined by 'og'."""
    assert split_titles(" ".join(titles)) == titles


_PAGE = """Referat Teknik- og Miljøudvalget

Størrelse: px
Starte visningen fra side:

Download "Referat Teknik- og Miljøudvalget"

Transkript

1 Referat Teknik- og Miljøudvalget Mødedato: 3. marts 2021 Mødetidspunkt: kl. 16:00 Mødested: Rådhuset, lokale 2

2 {contents}

3 Godkendelse af dagsorden Beslutning Godkendt.
"""


def test_transcript_contents_page_parts_titles_after_names(tmp_path: Path):
    """A transcript's contents page with no numbers at all: each title that opens on a noun and its
    preposition after a name is an item of its own."""
    titles = ["Godkendelse af dagsorden", "Renovering af Idrætshallen Østerby", "Mødeplan for det kommende år",
              "Ansøgning fra Nordby Friskole om tilskud", "Lejeaftale med Sejlklubben Ran",
              "Forespørgsel vedr. åbningstider i hallen", "Eventuelt"]
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=" ".join(titles)), encoding="utf-8")
    assert [it.title for it in parse_file(page).items] == titles


@pytest.mark.parametrize("quoted", ['"Musik i parken Vestby"', "“Musik i parken Vestby”", "„Musik i parken Vestby“",
                                    "«Musik i parken Vestby»"])
def test_quoted_name_is_not_parted(quoted):
    """A quoted name or slogan inside a title ('… festivalen "Musik i parken Vestby" …') is printed whole in
    one title, whatever its words look like; the cuts around it stand."""
    titles = ["Godkendelse af dagsorden", f"Tilskud til festivalen {quoted} i sommeren",
              "Ændret takst for leje af Vestby Hallen", "Eventuelt"]
    assert split_titles(" ".join(titles)) == titles


@pytest.mark.parametrize("titles", [
    ["Godkendelse af dagsorden", "2. behandling af budget for 2026-29", "Eventuelt"],
    ["Forslag til planstrategi 2025", "1. behandling af ny styrelsesvedtægt", "Meddelelser"],
    ["Vedtægt for Vestby Havn", "2. Behandling af takstblad for havnen"],
])
def test_council_reading_opens_a_title(titles):
    """'1. behandling' / '2. Behandling': a matter's first or second reading opens a title after whatever
    ended the one before (a lower-case word, a year, a name)."""
    assert split_titles(" ".join(titles)) == titles


@pytest.mark.parametrize("titles", [
    ["Budget 2026-29 - 2. behandling", "Eventuelt"],
    ["Forberedelse af Byrådets 2. behandling af budgettet", "Eventuelt"],
    ["Godkendelse af dagsorden", "Tidsplan for 1. behandling af budgettet"],
])
def test_reading_that_belongs_to_the_words_before_stays(titles):
    """A reading behind a dash, a genitive or a preposition is part of the title it stands in."""
    assert split_titles(" ".join(titles)) == titles


def test_reading_behind_an_entry_number_is_no_title_start():
    """'… 25 19. 2. behandling af …' (a page, an entry's number, then its title): the reading is the start of
    that entry's title, which the entry's number opens; no cut between them."""
    pieces = split_titles("Forslag til planstrategi 2025 25 19. 2. behandling af budget 2026-29")
    assert not any(p.startswith(("2.", "behandling")) for p in pieces)


@pytest.mark.parametrize("titles", [
    ["Ombygning af Vestby Plejecenter", "Fremtidig organisering af hjemmeplejen", "Eventuelt"],
    ["Status for Nordby Idrætsforening", "Økonomisk opfølgning på anlægsprojekter"],
    ["Orientering om Vestby Bytorv", "Løbende opfølgning på budgettet", "Meddelelser"],
    ["Samarbejde med Vestby Rideklub", "Bæredygtig byudvikling i bymidten"],
])
def test_adjective_before_a_lower_case_noun_after_a_name_starts_a_title(titles):
    """'… Vestby Plejecenter Fremtidig organisering …': an adjective (by its ending) followed by a lower-case
    noun opens a title; inside a name an adjective goes on with a capitalised noun."""
    assert split_titles(" ".join(titles)) == titles


def test_adjective_inside_a_name_stays():
    """'Vestby Selvejende Fritidsklub': the adjective's noun is capitalised, the name goes on."""
    titles = ["Godkendelse af dagsorden", "Vestby Selvejende Fritidsklub - lejeaftale for lokaler", "Eventuelt"]
    assert split_titles(" ".join(titles)) == titles


@pytest.mark.parametrize("titles", [
    ["TU - Mødeplan for", "TU - Vejbelysning i Nordby", "KFU - Tilskud til", "KFU - Hal i Vestby"],
    ["BU– Tidsplan for", "BU– Status på skolerne", "Eventuelt"],
    ["TMU - Budgetopfølgning pr.", "TMU - Ny takst for affald"],
])
def test_committee_tag_after_a_preposition_opens_a_title(titles):
    """'… Mødeplan for TU - Vejbelysning …': a title lost its last word (a year) and ends in a preposition;
    the committee's tag that opens several titles of the run before a dash opens the next one there too."""
    assert split_titles(" ".join(titles)) == titles


def test_capitals_once_after_a_preposition_stay():
    """A word in capitals before a dash that opens no other title ('… regler for EU - støtte') is the
    title's own."""
    titles = ["Orientering om regler for EU - støtte til landdistrikter", "TU - Vejbelysning i Nordby"]
    assert split_titles(" ".join(titles)) == titles


def test_company_form_before_a_dash_is_no_tag():
    """'Vestby Havn I/S - regnskab …' twice: 'I/S' ends a company's name, it opens no title."""
    titles = ["Vestby Havn I/S - regnskab for 2024", "Vestby Havn I/S - budget 2026", "Eventuelt"]
    assert split_titles(" ".join(titles)) == titles


@pytest.mark.parametrize("month", ["september", "marts"])
def test_footer_month_after_the_page_s_last_title_is_dropped(tmp_path: Path, month):
    """'… Udbud af revisionsopgaven september': the page's footer date lost its digits and ran onto the last
    title of the contents page; it is no part of that title."""
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning for vejområdet", "Ansøgning om tilskud til cykelsti",
              "Udbud af revisionsopgaven"]
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=" ".join(titles) + f" {month}"), encoding="utf-8")
    assert [it.title for it in parse_file(page).items] == titles


@pytest.mark.parametrize("title", ["Budgetopfølgning pr. 30. april", "Orientering om møde i juni",
                                   "Likviditet ultimo august", "Økonomisk status september",
                                   "Udpegning til nævnet for perioden 1. marts december"])
def test_month_that_belongs_to_the_title_stays(tmp_path: Path, title):
    """A month after a number, a preposition, 'ultimo' or 'status' is the title's own; so is one after a month, the
    end of a period whose digits were lost ('1. marts [2026 til 31.] december')."""
    titles = ["Godkendelse af dagsorden", "Ansøgning om tilskud til cykelsti", title]
    page = tmp_path / "page.txt"
    page.write_text(_PAGE.format(contents=" ".join(titles)), encoding="utf-8")
    assert [it.title for it in parse_file(page).items] == titles
