"""The item list found by its number sequence: flattened, one number per line, page columns,
lost numbers, open/closed rows, and lists that are not the meeting's items."""
from __future__ import annotations

import pytest

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare
from sagsgang.parse.title_split import split_titles
from tests.parse.test_generic import parse_text


def listed(text: str) -> list[tuple[str | None, str | None, bool]]:
    return [(e.number, e.title, e.public) for e in find_item_list(prepare(text))]


def test_flattened_list_with_page_column():
    text = ("2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for "
            "Nationalpark Vadehavet 5 2 Nye medlemskandidater til Det Lokale Beskæftigelsesråd 6 3 Årsregnskab "
            "2013 for Rømø Havn 16 4 Godkendelse af regnskab 2013 for Jordkøbsnævnet 18\n")
    assert listed(text) == [
        ("1", "Udpegning til bestyrelsen for Nationalpark Vadehavet", True),
        ("2", "Nye medlemskandidater til Det Lokale Beskæftigelsesråd", True),
        ("3", "Årsregnskab 2013 for Rømø Havn", True),
        ("4", "Godkendelse af regnskab 2013 for Jordkøbsnævnet", True),
    ]


def test_one_number_per_line_ends_titles_at_the_page_number():
    text = ("Indholdsfortegnelse\nPkt.\nTekst\nSide\n1\nHøring Sydtrafik budget 2016\n4\n2\n"
            "Tønder Kulturhus - lyd, lys og sceneforhold\n5\n3\nRømø Havn - Årsregnskab 2014\n24\n"
            "25. juni 2015\n2\nTønder Kommune – Kommunalbestyrelsen\n4\nSpildevandsplan\n28\n")
    assert [(n, t) for n, t, _ in listed(text)] == [
        ("1", "Høring Sydtrafik budget 2016"), ("2", "Tønder Kulturhus - lyd, lys og sceneforhold"),
        ("3", "Rømø Havn - Årsregnskab 2014"), ("4", "Spildevandsplan")]


def test_a_lost_number_splits_the_span_where_a_title_starts():
    text = ("Indholdsfortegnelse 403. Evaluering af budgetlægningen Aftaler på Kultur- og fritidsudvalgets "
            "område 405. Aftaler med specialskoler 406. Aftaler for Socialudvalget 407. Aftaler for "
            "arbejdsmarkedsudvalget\n")
    assert listed(text) == [
        ("403", "Evaluering af budgetlægningen", True),
        (None, "Aftaler på Kultur- og fritidsudvalgets område", True),
        ("405", "Aftaler med specialskoler", True),
        ("406", "Aftaler for Socialudvalget", True),
        ("407", "Aftaler for arbejdsmarkedsudvalget", True),
    ]


def test_open_and_closed_rows_including_a_closed_item_numbered_apart():
    text = ("Dagsordenspunkter\n\n  åbent 1 Fraværende og bemærkninger til dagsordenen\n"
            "  åbent 2 Kvalitetsrapport 2014\n  åbent 3 Orientering fra formanden\n"
            "  lukket 101 Lukket punkt: salg af areal\n")
    assert listed(text) == [
        ("1", "Fraværende og bemærkninger til dagsordenen", True), ("2", "Kvalitetsrapport 2014", True),
        ("3", "Orientering fra formanden", True), ("101", "salg af areal", False)]


def test_table_of_contents_whose_numbers_were_lost():
    text = ("2 Indholdsfortegnelse 1. ØU - Godkendelse af dagsorden ØU - Orientering om økonomi "
            "Lukket - ØU - Ansøgning om alkoholbevilling ØU - Videre proces for rådhusprojektet\n")
    assert listed(text) == [
        ("1", "ØU - Godkendelse af dagsorden", True), (None, "ØU - Orientering om økonomi", True),
        (None, "ØU - Ansøgning om alkoholbevilling", False), (None, "ØU - Videre proces for rådhusprojektet", True)]


def test_numbers_in_titles_and_dates_are_not_items():
    text = "Lokalplan nr. 513 Sportscollege og tillæg nr. 2 Boligområde, side 3 Forslag, mødet den 3. december\n"
    assert listed(text) == []


def test_list_then_bodies_gives_listed_items_their_bodies():
    text = ("Referat\nØkonomiudvalget\n\nIndholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 "
            "3. Lokalplan for Havnen 4. Eventuelt\n\n"
            "1. Godkendelse af dagsorden\n\nSagsnr.: 24/100\n\nBeslutning\n\nGodkendt.\n\n"
            "2. Budget 2025\n\nSagsnr.: 24/200\n\nBeslutning\n\nOversendt til Byrådet.\n")
    doc = parse_text(text)
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"), ("3", "Lokalplan for Havnen"), ("4", "Eventuelt")]
    assert [d.text for d in doc.items[1].decisions] == ["Oversendt til Byrådet."]
    assert doc.items[1].case_numbers == ["24/200"] and doc.items[2].decisions == []


def test_repeated_case_label_heads_items_without_headers():
    text = ("Referat\n\nOnsdag den 31. maj 2017 kl. 17:00\n\nUdvalg: Byrådet\n"
            " • Sagsid.:\n\n  Beslutning Byrådet den 31-05-2017\n\n  Dagsordenen godkendt.\n\n"
            " • Sagsid.: 16/24751\n\n  Indstilling\n\n  Direktionen indstiller, at budgettet godkendes.\n")
    doc = parse_text(text)
    assert [(i.title, i.case_numbers) for i in doc.items] == [("", []), ("", ["16/24751"])]
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == [
        ("Byrådet", "2017-05-31", "Dagsordenen godkendt.")]
    assert doc.to_contract()["items"][0]["title"] is None


def test_page_numbers_of_an_extracted_pdf_do_not_join_the_item_numbers():
    text = ("1 Referat Mødedato: 25. april 2013 Mødelokale: Byrådssalen Fraværende: Birthe Frikke\n\n"
            "2 Referat Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Overførsel af driftsbevillinger 5 "
            "2 Ansøgning til Turismepuljen 8 3 Anlægsprojekter afsluttet over 2 mio. kr 11\n")
    assert [(n, t) for n, t, _ in listed(text)] == [
        ("1", "Overførsel af driftsbevillinger"), ("2", "Ansøgning til Turismepuljen"),
        ("3", "Anlægsprojekter afsluttet over 2 mio. kr")]


def test_lost_numbers_keep_compounds_and_committee_tags_inside_titles():
    text = ("2 Indholdsfortegnelse Byrådet den 9. oktober 2014 Sag nr. Side 1. Godkendelse af dagsorden "
            "Forslag om ændringer i skolernes Miniklub- og Juniorklubtilbud til klubber Forslag til budgetbemærkninger "
            "Erhvervsudvalget "
            "Cykelpuljeprojektet i Vordingborg\n")
    assert [t for _, t, _ in listed(text)] == [
        "Godkendelse af dagsorden", "Forslag om ændringer i skolernes Miniklub- og Juniorklubtilbud til klubber",
        "Forslag til budgetbemærkninger Erhvervsudvalget", "Cykelpuljeprojektet i Vordingborg"]


def test_group_lines_and_wrapped_page_numbers_are_not_part_of_titles():
    text = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 3 Fra Økonomiudvalget 2. Anlægsregnskab for om- og "
            "tilbygning af 26 plejeboliger 5 på Ældrecenter Havgården 4 3. Budget 2025 7 TIL EFTERRETNING "
            "4. Orientering fra borgmesteren 9\n")
    assert [t for _, t, _ in listed(text)] == [
        "Godkendelse af dagsorden", "Anlægsregnskab for om- og tilbygning af 26 plejeboliger på Ældrecenter Havgården",
        "Budget 2025", "Orientering fra borgmesteren"]


def test_bodies_flattened_into_later_page_lines_are_read_for_their_listed_items():
    text = ("1 Referat Økonomiudvalget torsdag den 23. januar 2014 Kl. 16:30 i Mødelokale 2\n\n"
            "2 Indholdsfortegnelse 1. ØU - Godkendelse af dagsorden ØU - Orientering om økonomi "
            "ØU - Videre proces for rådhusprojektet\n\n"
            "3 Lejre Kommune Økonomiudvalget Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: 14/4 Resumé: "
            "Dagsordenen forelægges. Beslutning Økonomiudvalget den : Godkendt med den ændring, at punkt 3 udgår. "
            "Sagsfremstilling: Ingen.\n")
    doc = parse_text(text)
    first = doc.items[0]
    assert (first.number, first.title, first.case_numbers) == ("1", "ØU - Godkendelse af dagsorden", ["14/4"])
    assert [s.heading for s in first.sections] == ["Resumé", "Beslutning", "Sagsfremstilling"]
    assert [(d.committee, d.date, d.text) for d in first.decisions] == [
        ("Økonomiudvalget", "2014-01-23", "Godkendt med den ændring, at punkt 3 udgår.")]
    assert [i.title for i in doc.items[1:]] == ["ØU - Orientering om økonomi", "ØU - Videre proces for rådhusprojektet"]
    assert all(not i.sections and not i.decisions for i in doc.items[1:])


def test_a_flattened_list_of_labelled_entries():
    text = "Dagsorden Pkt. 1 Godkendelse af dagsorden Pkt. 2 Budget 2025 Pkt. 3 Lokalplan for Havnen\n"
    assert [(n, t) for n, t, _ in listed(text)] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"), ("3", "Lokalplan for Havnen")]


def test_learned_title_starts_split_titles_after_a_name():
    from sagsgang.parse.title_split import TITLE_STARTS
    assert {"Godkendelse", "Ansøgning", "Tilskud"} <= TITLE_STARTS and not TITLE_STARTS & {"Tønder", "Skive"}
    text = ("Indholdsfortegnelse 7. Årsregnskab 2013 for Rømø Havn 8. Frigivelse af anlægsmidler til forlægning af "
            "Dige Tilskud til URS 10. Sydtrafik budget 2015 11. Trafikplan for Sydtrafik\n")
    assert [t for _, t, _ in listed(text)][1:3] == [
        "Frigivelse af anlægsmidler til forlægning af Dige", "Tilskud til URS"]


def test_nouns_of_action_and_abbreviations_start_run_together_titles():
    text = ("2 Sag nr.: Emne: 1. Opførelse af 4 nye klasselokaler ved Nr. Søby Skole Ophævelse af SWAP-aftale med "
            "kreditforeningen Kommunernes løbende økonomirapportering, ultimo oktober ØK - Indkøbspolitik\n")
    assert [t for _, t, _ in listed(text)] == [
        "Opførelse af 4 nye klasselokaler ved Nr. Søby Skole", "Ophævelse af SWAP-aftale med kreditforeningen",
        "Kommunernes løbende økonomirapportering, ultimo oktober", "ØK - Indkøbspolitik"]


@pytest.mark.parametrize("listed", [str, str.upper])  # the list in capitals, the headers in lower case
def test_a_body_header_glued_to_the_end_of_the_list_is_cut_off(listed):
    text = ("Referat\nUdvalget for Klima og Miljø\nMødedato: 23-06-2015\n\nPUNKTER\n\n"
            + listed("86. Godkendelse af dagsorden til mødet d. 23. juni 2015\n87. Bevilling til oprensning af "
                     "olieforurening\n88. Orienteringer til mødet den 23. juni 2015")
            + "86. Godkendelse af dagsorden til mødet d. 23. juni 2015\n\n"
            "Sagsnr.: 15/100\n\nBeslutning\n\nGodkendt\n\n87. Bevilling til oprensning af olieforurening\n\n"
            "Sagsnr.: 15/200\n\nIndstilling\n\nAdministrationen indstiller, at beløbet bevilges.\n")
    doc = parse_text(text)
    assert [(i.number, i.title.casefold()) for i in doc.items] == [
        ("86", "godkendelse af dagsorden til mødet d. 23. juni 2015"),
        ("87", "bevilling til oprensning af olieforurening"), ("88", "orienteringer til mødet den 23. juni 2015")]
    assert [d.text for d in doc.items[0].decisions] == ["Godkendt"] and doc.items[1].case_numbers == ["15/200"]


@pytest.mark.parametrize("run, titles", [
    # a title's last word is a year, or a span of years
    ("Kvalitetsrapport 2016/2017 Skolekoncerter 2018-2021 Sager til høring i Handicaprådet",
     ["Kvalitetsrapport 2016/2017", "Skolekoncerter 2018-2021", "Sager til høring i Handicaprådet"]),
    # a title ends in a month whose year was lost; a body's name after a date goes on the title
    ("Orientering om befordringsområdet juni Turismepolitik for kysten Budgetstatus 30. april Udvalget for Kultur",
     ["Orientering om befordringsområdet juni", "Turismepolitik for kysten",
      "Budgetstatus 30. april Udvalget for Kultur"]),
    # '… i Skive Kommune' ends a title; a title never repeats its one word
    ("Læseplan for folkeskolerne i Skive Kommune Helhedsplaner for skolerne Ejendomssag Ejendomssag Eventuelt",
     ["Læseplan for folkeskolerne i Skive Kommune", "Helhedsplaner for skolerne", "Ejendomssag", "Ejendomssag",
      "Eventuelt"]),
    # a closed item's marker with its colon opens the next title; the signature sheet is an entry of its own
    ("Udbud af rengøring på Greve Skole Lukket: Salg af grund til Greve Fjernvarme Underskriftsark",
     ["Udbud af rengøring på Greve Skole", "Lukket: Salg af grund til Greve Fjernvarme", "Underskriftsark"]),
    # a name goes on after the word that leads it; a title-starting word with its year after a preposition
    # is the title's object
    ("Rådighedsbeløb til Ny Børneinstitution i Benløse Orientering om evaluering af processen for Budget 2019",
     ["Rådighedsbeløb til Ny Børneinstitution i Benløse", "Orientering om evaluering af processen for Budget 2019"]),
    # a coordinated compound after a title's last word starts a title; after a genitive it goes on the noun;
    # a committee's name printed so, after a year in brackets, is the title's tag
    ("Status på arbejdsmiljø Plan- og Tryghedsudvalgets mødekalender Forslag om ændringer i skolernes Miniklub- og "
     "Juniorklubtilbud for de yngste Budgetopfølgning 2 (2023) Social- og Handicapudvalget Høring om ældrepolitik",
     ["Status på arbejdsmiljø", "Plan- og Tryghedsudvalgets mødekalender",
      "Forslag om ændringer i skolernes Miniklub- og Juniorklubtilbud for de yngste",
      "Budgetopfølgning 2 (2023) Social- og Handicapudvalget", "Høring om ældrepolitik"]),
])
def test_run_together_titles_part_at_years_months_a_municipality_and_repeats(run, titles):
    assert split_titles(run) == titles


def test_the_back_matter_after_a_contents_list_is_no_item_whatever_its_page():
    text = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 3. Salg af grund til Greve Fjernvarme "
            "Bilagsliste Underskriftsblad Side 1026\n")
    assert [t for _, t, _ in listed(text)] == ["Godkendelse af dagsorden", "Budget 2025",
                                                "Salg af grund til Greve Fjernvarme"]


def test_a_cached_list_reading_never_answers_under_another_pages_headings():
    """find_item_list caches its reading by the text (a parse asks for the same lines' list several times); the
    reading asks is_heading, which counts the page's own labels (page_labels_known), so a reading made under one
    page's labels must not answer for a page with the same lines and other labels."""
    from sagsgang.parse.headings import page_labels_known
    from sagsgang.parse.item_list import _read_item_list

    lines = prepare("Dagsorden\n1. Godkendelse af dagsorden\n2. Budgetopfølgning\n3. Baggrund for sagen\n")
    _read_item_list.cache_clear()
    find_item_list(lines)
    find_item_list(lines)
    assert _read_item_list.cache_info().hits == 1  # the same page asks again: the cached reading answers
    with page_labels_known(frozenset({"Baggrund for sagen"})):
        find_item_list(lines)
    assert _read_item_list.cache_info().misses == 2  # another page's headings: read afresh
