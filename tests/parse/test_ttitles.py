"""Titles and items in PDF-transcript contents (issue 11, branch ttitles): runs of titles that lost their
numbers, parted by the shape of Danish titles (parse/title_cues.py) and by the page numbers a contents list
prints after each title (parse/entry_cuts.py: _rising_pages, _last_entry_cuts, a group heading before the first
number). Real tune pages where the corpus is present (skipped otherwise), synthetic pages in the shapes of
the tune transcripts for the rest; no real text copied into the synthetic ones."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from sagsgang.parse.title_split import split_titles

from .corpus_pages import extra_page


def _real_titles(name: str) -> list[str | None]:
    page = extra_page(name)
    return [it.title for it in parse_file(page).items]


_HEAD = """Dagsorden Byrådet

Størrelse: px
Starte visningen fra side:

Download "Dagsorden Byrådet"

Transkript

1 Dagsorden Byrådet Mødedato: Mandag den 4. april 2022 Mødetidspunkt: kl. 19:00 Mødested: Byrådssalen

2 Byrådet 04-04-2022 Side 2 {contents}

3 Byrådet 04-04-2022 Side 3 1. Godkendelse af dagsorden Sagsnr.: 22-001234 Resume Godkendelse af dagsorden for mødet.
Beslutning Godkendt.
"""


def _items(tmp_path: Path, contents: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(_HEAD.format(contents=contents), encoding="utf-8")
    return [(it.number, it.title) for it in parse_file(page).items]


# --- title_cues: the shape of Danish titles -------------------------------------------------------------------


def test_an_adjective_before_a_small_noun_opens_a_title_after_a_name():
    """'… renovering af Storebæltshallen Genberegnede takster for …': a participle before a lower-case noun is no
    part of the name before it (x0282, tune)."""
    titles = _real_titles("x0282.txt")
    assert "Afsluttet anlægsregnskab for renovering af Storebæltshallen" in titles
    assert "Genberegnede takster for 2009 for Slagelse Børn og Unge Center" in titles


def test_an_adjective_after_an_article_a_number_label_or_a_plan_word_goes_on():
    """The adjective is the phrase's own after an article, and where a plan's or report's number was lost the
    title goes on after its label or the plan's word (tune gold of x0290, x0095, x0310 reads them whole)."""
    assert split_titles("Klage over afslag på godkendelse som en Folkeoplysende forening") == [
        "Klage over afslag på godkendelse som en Folkeoplysende forening"]
    assert split_titles("Revisionsberetning nr Afsluttende revision af årsregnskabet") == [
        "Revisionsberetning nr Afsluttende revision af årsregnskabet"]
    assert split_titles("Endelig vedtagelse af Lokalplan Bevarende lokalplan for Bogense") == [
        "Endelig vedtagelse af Lokalplan Bevarende lokalplan for Bogense"]


def test_a_changed_thing_opens_a_title():
    """'… Eliteidrætspuljen Ændret samarbejde - …': a participle in -dret/-eret before a small noun (x0094)."""
    titles = _real_titles("x0094.txt")
    assert "Fordeling af Eliteidrætspuljen" in titles
    assert "Ændret samarbejde - Ølgod Ungdomshus" in titles


def test_a_standing_item_after_the_preposition_a_lost_year_left_is_its_own_title():
    """'… årsberetning for [2013] Spørgetid …' (x0329): the year that ended the title was lost."""
    titles = _real_titles("x0329.txt")
    assert "Bevillingsnævnets årsberetning for" in titles
    assert "Spørgetid" in titles


def test_a_noun_of_action_after_the_preposition_a_lost_year_left_opens_a_title():
    """'… årsrapporten for [2025] Budgetopfølgning pr. 31. marts …': a noun of action with a phrase of its own opens
    the next title after the preposition a lost year left; a name after a preposition goes on its title."""
    assert split_titles("Godkendelse af årsrapporten for Budgetopfølgning pr. 31. marts samlet oversigt") == [
        "Godkendelse af årsrapporten for", "Budgetopfølgning pr. 31. marts samlet oversigt"]
    assert split_titles("Overførsel af driftsmidler fra 2024 til Udsmykning af torvet") == [
        "Overførsel af driftsmidler fra 2024 til", "Udsmykning af torvet"]
    title = "Ansøgning om tilskud til Egebjerg Ungdomsforening om sommerlejr"
    assert split_titles(title) == [title]
    # a plan's preposition names its object: no year was lost there
    title = "Endelig vedtagelse af Lokalplan nr. 7.21 for Daginstitution ved Egebjerg Skov"
    assert split_titles(title) == [title]


def test_new_before_a_small_noun_opens_a_title():
    """'… Affaldsplan Ny fordeling af …' (x0329): 'Ny' leads a name only before a capital."""
    assert "Ny fordeling af administrionsomkostninger til offentlige busruter" in _real_titles("x0329.txt")


def test_a_committee_tag_printed_once_among_several_opens_its_title():
    """'… for Gershøj Kro SSÆ - Godkendelse …' (x0140): a run with several tags before a dash ('ØU- ', 'TM - ')
    opens a title at each, the tags printed once too."""
    titles = _real_titles("x0140.txt")
    assert "TM - Forslag til Lokalplan LK 33 for Gershøj Kro" in titles
    assert "SSÆ - Godkendelse af medlemmer og stedfortrædere til Handicaprådet" in titles


def test_a_policy_and_its_preposition_open_a_title_after_a_town():
    """'… i Løgumkloster Gebyrpolitik for benyttelse …' (x0305): a plan or policy is no name's last word."""
    assert "Gebyrpolitik for benyttelse af genbrugspladser" in _real_titles("x0305.txt")


# --- page numbers that part titles ----------------------------------------------------------------------------

_PAGED = ("Til behandling forelå: 1. Godkendelse af dagsorden 3 2. Spørgetid 4 3. Orientering fra borgmesteren 5 "
          "4. Salg af grund til erhvervsformål 7 5. {fifth} 9. Frigivelse af anlægsmidler til cykelstier 15 "
          "{last}")


def test_the_last_entry_of_a_list_parts_at_its_rising_pages(tmp_path):
    """The numbers of the last items were lost, their pages were not ('… cykelstier 15 Resultat … 17 Kommunal
    … 18 Regler …'): each page before a capitalised word ends a title."""
    contents = _PAGED.format(fifth="Renovering af svømmehallen 9 Udbud af vintertjeneste 11 7. Ansøgning om "
                                   "tilskud til spejderhytte 13 8. Tilskud til foreninger 14",
                             last="Resultat af trafikanalyse for stationsområdet 17 Kommunal lånegaranti til "
                                  "forsyningen 18 Regler for tilskud til foreninger")
    titles = [t for _, t in _items(tmp_path, contents)]
    assert titles[-3:] == ["Resultat af trafikanalyse for stationsområdet", "Kommunal lånegaranti til forsyningen",
                           "Regler for tilskud til foreninger"]


def test_a_footer_page_label_after_the_last_title_is_no_title():
    """'… Venstres byrådsgruppe 102 Side 2.' (x0072): the page's footer, not a title parted by a page."""
    titles = _real_titles("x0072.txt")
    assert "Opdatering af s Indkøbs- og udbudspolitik" in titles
    assert "Side 2." not in titles


def test_a_page_parts_two_titles_where_the_lost_numbers_ask_for_more(tmp_path):
    """Item 5's span holds four titles and two pages: the pages are the surest cuts ('… affald 11
    Placeringsforslag …'), before any word's cue."""
    contents = _PAGED.format(fifth="Ejerstrategi for Forsyning Nord 9 Udbudsplan for affald 11 Placeringsforslag "
                                   "for daginstitutionen Lunas Ark Tilskud til spejderhytten 14",
                             last="Regler for tilskud til foreninger")
    titles = [t for _, t in _items(tmp_path, contents)]
    assert "Udbudsplan for affald" in titles


def test_a_page_inside_a_company_name_is_no_cut():
    """'… fra Hjørring Vandselskab 49 A/S' (x0334): a page wrapped into a name before letters in capitals."""
    titles = _real_titles("x0334.txt")
    assert "Godkendelse af takster for Hjørring Vandselskab A/S for" in [
        t for t in titles if t and t.startswith("Godkendelse af takster")]


def test_titles_before_the_first_number_under_the_open_group_heading(tmp_path):
    """'Side 2 Åbne punkter Godkendelse af dagsorden 3 Orientering … 7 5. Plan …': the first numbers were lost
    and no contents cue is printed; the open items' heading opens the list, the pages part the titles."""
    contents = ("Åbne punkter Godkendelse af dagsorden 3 Orientering fra borgmesteren 4 Godkendelse af ansøgning om "
                "orlov 5 Omkonstituering i udvalgene 7 5. Plan for indkøb og udbud 2025 9 6. Budgetopfølgning for "
                "tredje kvartal 10 7. Udbud af madservice 12 8. Takster for hjemmepleje 14")
    titles = [t for _, t in _items(tmp_path, contents)]
    assert titles[:5] == ["Godkendelse af dagsorden", "Orientering fra borgmesteren",
                          "Godkendelse af ansøgning om orlov", "Omkonstituering i udvalgene",
                          "Plan for indkøb og udbud 2025"]


def test_a_reading_whose_number_was_lost_opens_a_title_after_a_noun():
    """'… drift af privatinstitution [2.] behandling af analysen …': the reading opens a title after a noun; after
    an adjective or a genitive it is the title's own ('endelig behandling', 'sagens behandling')."""
    assert split_titles("Revision af kriterier for drift af privatinstitution behandling af analysen om "
                        "tildelingsmodel") == ["Revision af kriterier for drift af privatinstitution",
                                               "behandling af analysen om tildelingsmodel"]
    assert split_titles("Lokalplan for boliger - endelig behandling af høringssvar") == [
        "Lokalplan for boliger - endelig behandling af høringssvar"]
    assert split_titles("Klager over sagens behandling af ansøgninger") == [
        "Klager over sagens behandling af ansøgninger"]


def test_a_lost_reading_opens_a_title_after_a_coordinated_compound():
    """'… skolernes Fritids- og Ungdomsklubtilbud [2.] behandling af …': the compound's last part is capitalised only as
    its first is; it is a noun, and the reading after it opens a title as after any noun."""
    assert split_titles("Ændringer i kommunens Fritids- og Ungdomsklubtilbud behandling af forslag til ny vedtægt") == [
        "Ændringer i kommunens Fritids- og Ungdomsklubtilbud", "behandling af forslag til ny vedtægt"]
    assert split_titles("Tilskud til Rødby Sejl- og Kajakklub behandling af ansøgning") == [
        "Tilskud til Rødby Sejl- og Kajakklub behandling af ansøgning"]


def test_a_page_before_a_wrapped_last_word_is_dropped():
    """'… svømmehal i Sindal 36 Hallerne 11 …' (x0072): the title's last word wrapped past its page number."""
    assert "Energirenovering af idrætshal og modernisering af svømmehal i Sindal Hallerne" in _real_titles("x0072.txt")


def test_a_page_label_after_the_last_page_stays_a_label():
    """'… Eventuelt 38 Side' (x0073): a page and its label, not a page before a wrapped word; no 'Side' item."""
    titles = _real_titles("x0073.txt")
    assert titles[-1] == "Eventuelt"
    assert "Side" not in titles


def test_a_page_line_of_titles_after_its_first_number_is_the_contents(tmp_path):
    """No contents heading is printed and every number but the first was lost ('2 1. KB - Spørgetid KB -
    Godkendelse af dagsorden …'): the page line's '1.' and the titles only after it are the list. x0141 (tune)
    with its heading ('Indholdsfortegnelse') taken out."""
    real = extra_page("x0141.txt")
    page = tmp_path / "page.txt"
    page.write_text(real.read_text(encoding="utf-8").replace("Indholdsfortegnelse", ""), encoding="utf-8")
    titles = [it.title for it in parse_file(page).items]
    assert titles[:4] == ["KB - Spørgetid", "KB - Godkendelse af dagsorden",
                          "KB - Indstilling af suppleant til skatteankenævnet indtil 30. juni",
                          "ØU - Udvalgets mødeplan for"]


def test_the_agenda_heading_over_column_heads_cues_the_contents(tmp_path):
    """'2 Side 1 Dagsorden Punkt nr. Side 1. Godkendelse …': the agenda's own heading over the contents' column
    heads opens the list as 'Indholdsfortegnelse' does. x0213 (tune) with its heading so written."""
    real = extra_page("x0213.txt")
    page = tmp_path / "page.txt"
    page.write_text(real.read_text(encoding="utf-8").replace("Indholdsfortegnelse", "Dagsorden"), encoding="utf-8")
    titles = [it.title for it in parse_file(page).items]
    assert titles[0] == "Godkendelse af dagsorden for mødet den 9. september"
    assert "Udvidet brug af stedfortrædere i Byråd og udvalg (Genoptaget) (ØK)" in titles
    assert "Borgerrådgiverens årsberetning 18/19 (ØK)" in titles


def test_column_heads_before_item_one_cue_the_contents(tmp_path):
    """'2 Side 1 Punkt nr. Side 1. Godkendelse …': the contents' column heads before item 1 open the list where no
    heading is printed. x0213 (tune) with its heading ('Indholdsfortegnelse') taken out."""
    real = extra_page("x0213.txt")
    page = tmp_path / "page.txt"
    page.write_text(real.read_text(encoding="utf-8").replace("Indholdsfortegnelse", ""), encoding="utf-8")
    titles = [it.title for it in parse_file(page).items]
    assert titles[0] == "Godkendelse af dagsorden for mødet den 9. september"
    assert "Borgerrådgiverens årsberetning 18/19 (ØK)" in titles


def test_a_count_stays_where_another_number_is_the_wrapped_page():
    """'… ombygning af 24 ungdomsboliger 33 på …': of two numbers in a wrapped title's page range one is its page; the
    one after a preposition counts the noun after it. Alone, a number there goes as a page, as before."""
    from sagsgang.parse.title_tidy import drop_page_numbers
    assert drop_page_numbers("Byggeregnskab for ombygning af 24 ungdomsboliger 33 på Kollegiet Egely", 20, 40) \
        == "Byggeregnskab for ombygning af 24 ungdomsboliger på Kollegiet Egely"
    assert " 33 " not in drop_page_numbers("Høring i forlængelse af 33 offentlighedsfase af planen", 20, 40)


def test_a_page_before_a_companys_form_is_dropped():
    """'… Forsyning 52 A/S 20 Godkendelse …': a page wrapped into a firm's name before its form, mid-span too."""
    from sagsgang.parse.title_tidy import drop_page_numbers
    assert drop_page_numbers("Regulativ for Egeby Forsyning 52 A/S 20 Godkendelse af takster", 30, 60) \
        == "Regulativ for Egeby Forsyning A/S 20 Godkendelse af takster"
