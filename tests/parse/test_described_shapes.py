"""Shapes issue 11 describes in words (label blocks with parties by name, 'Fra <udvalg>' group
lines, genitive decision headings under capital labels, labelled routes), written out as small
pages. Expected values are read off each page by hand, by the annotation rules: an entry as
printed with its party, a route as its bodies without the dates beside them."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.bodies import split_route


def _parse(tmp_path: Path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return parse_file(p)


LABEL_BLOCKS = """Teknik- og Miljøudvalget
Referat
Mødedato
12-03-2024 kl. 16:00 - 18:30
Mødested
Mødelokale 2, Rådhuset
Deltagere
• Anne Hansen, Socialdemokratiet
• Peter Jensen, Venstre
• Lise Holm, SF
• Karl Berg, Dansk Folkeparti
Afbud
• Peter Jensen - Maja Lund stedfortræder

12. Godkendelse af dagsorden
Beslutning
Godkendt.
"""


def test_bulleted_members_keep_their_party_printed_by_name(tmp_path):
    m = _parse(tmp_path, LABEL_BLOCKS).meeting
    assert m.participants == ["Anne Hansen, Socialdemokratiet", "Peter Jensen, Venstre", "Lise Holm, SF",
                              "Karl Berg, Dansk Folkeparti"]
    assert m.absent == ["Peter Jensen"]
    assert (m.date, m.start_time, m.location) == ("2024-03-12", "16:00", "Mødelokale 2, Rådhuset")


def test_flattened_members_list_with_parties_by_name(tmp_path):
    header = ("Mødedato: 5. februar 2024 kl. 17:00 Mødested: Byrådssalen Deltagere: Anne Hansen, "
              "Socialdemokratiet, Peter Jensen, Venstre, Lise Holm, SF og Karl Berg, Dansk Folkeparti Afbud: Lise Holm")
    doc = _parse(tmp_path, f"Social- og Sundhedsudvalget\nReferat\n{header}\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert doc.meeting.participants == ["Anne Hansen, Socialdemokratiet", "Peter Jensen, Venstre",
                                        "Lise Holm, SF", "Karl Berg, Dansk Folkeparti"]
    assert doc.meeting.absent == ["Lise Holm"]


GROUPED = """Byrådet
Beslutningsprotokol
Mødedato: 28. maj 2024, kl. 19:00
Mødested: Byrådssalen

Fra Økonomiudvalget
45. Salg af grund på Havnevej 12
Sagsnr.: 24/3311
SAGSFREMSTILLING
Kommunen har modtaget et købstilbud.
INDSTILLING
Direktionen indstiller, at grunden sælges.
POLITISK BEHANDLING
Byrådets beslutning den 28. maj 2024:
Godkendt.
Fraværende: Ole Dam
Økonomiudvalgets beslutning den 14. maj 2024:
Anbefales.
Plan- og Miljøudvalgets beslutning den 6. maj 2024:
Anbefales over for Økonomiudvalget.

Fra Børne- og Skoleudvalget
46. Skolestruktur 2025
Sagsnr.: 24/1200
POLITISK BEHANDLING
Byrådets beslutning den 28. maj 2024:
Godkendt med 15 stemmer for og 6 imod.
Børne- og Skoleudvalgets beslutning den 7. maj 2024:
Anbefales.
"""


def test_group_line_before_the_next_item_is_not_the_last_decisions_text(tmp_path):
    doc = _parse(tmp_path, GROUPED)
    first, second = doc.items
    assert [(d.committee, d.date, d.text, d.absent) for d in first.decisions] == [
        ("Plan- og Miljøudvalget", "2024-05-06", "Anbefales over for Økonomiudvalget.", []),
        ("Økonomiudvalget", "2024-05-14", "Anbefales.", []),
        ("Byrådet", "2024-05-28", "Godkendt.", ["Ole Dam"]),
    ]
    assert [(d.committee, d.text) for d in second.decisions] == [
        ("Børne- og Skoleudvalget", "Anbefales."), ("Byrådet", "Godkendt med 15 stemmer for og 6 imod.")]
    assert (first.number, first.title, second.number, second.title) == (
        "45", "Salg af grund på Havnevej 12", "46", "Skolestruktur 2025")


ITEM = """Teknik- og Miljøudvalget
Dagsorden
Mødedato: 12. marts 2024

1. Vejplan 2025
Sagsnr.: 24/1234
{route}
Sagsfremstilling
Forvaltningen har lavet en plan.
Indstilling
Det indstilles, at planen godkendes.

2. Budget
Sagsfremstilling
Tal.
"""


@pytest.mark.parametrize("printed, route", [
    ("Hvem beslutter: Byrådet", ["Byrådet"]),
    ("Hvem beslutter\nByrådet", ["Byrådet"]),
    ("Politisk behandling: Økonomiudvalget og Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("Politisk behandling\nTeknik- og Miljøudvalget 12.03.2024\nØkonomiudvalget 19.03.2024\nByrådet 26.03.2024",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("Politisk behandling\nØkonomiudvalget 19.03.2024, Byrådet 26.03.2024", ["Økonomiudvalget", "Byrådet"]),
    ("Behandling\nUdvalg\nMødedato\nTeknik- og Miljøudvalget\n12-03-2024\nByrådet\n26-03-2024",
     ["Teknik- og Miljøudvalget", "Byrådet"]),
    ("Forventet sagsgang: Udvalget for Teknik og Miljø – Økonomiudvalget – Byrådet",
     ["Udvalget for Teknik og Miljø", "Økonomiudvalget", "Byrådet"]),
    # one body a line under the label, then the case type: the route is every body line
    ("Sagsgang og sagstype\nTeknik- og Miljøudvalget\nØkonomiudvalget\nByrådet\nBeslutningssag",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("Videre behandling\nØkonomiudvalget, Byrådet", ["Økonomiudvalget", "Byrådet"]),
    ("Behandles i: Teknik- og Miljøudvalget, Økonomiudvalget, Byrådet",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    ("Beslutningsproces\nTeknik- og Miljøudvalget, Økonomiudvalget og Byrådet",
     ["Teknik- og Miljøudvalget", "Økonomiudvalget", "Byrådet"]),
    # the deciding body alone is no route (annotation rules); nor prose under a route label
    ("Sagen afgøres i\nByrådet", []),
    ("Beslutningskompetence: Byrådet", []),
    ("Videre behandling\nSagen forventes behandlet i Byrådet i juni.", []),
])
def test_labelled_route(tmp_path, printed, route):
    doc = _parse(tmp_path, ITEM.format(route=printed))
    assert doc.items[0].route == route
    assert doc.items[1].route == []


def test_route_splits_on_og_only_between_two_bodies():
    assert split_route("Udvalget for Klima og Miljø, Økonomiudvalget og Kommunalbestyrelsen.") == [
        "Udvalget for Klima og Miljø", "Økonomiudvalget", "Kommunalbestyrelsen"]
    assert split_route("Økonomi-, Erhvervs- og Planudvalget, Kommunalbestyrelsen") == [
        "Økonomi-, Erhvervs- og Planudvalget", "Kommunalbestyrelsen"]
    assert split_route("Børne- og Skoleudvalget") == ["Børne- og Skoleudvalget"]


def test_group_headings_inside_a_flattened_contents_list_close_the_entries_after_them(tmp_path):
    doc = _parse(tmp_path, "Økonomiudvalget\nReferat\nMødedato: 7. november 2023\n\n"
                           "Sagsliste Åbne sager 1. Godkendelse af dagsorden 2. Budgetopfølgning pr. 30. september "
                           "3. Udbud af rengøring 4. Salg af Skolevej 12 Lukkede sager 5. Personalesag\n")
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
        ("3", "Udbud af rengøring", True), ("4", "Salg af Skolevej 12", True), ("5", "Personalesag", False)]


def test_group_heading_between_entries_whose_numbers_were_lost(tmp_path):
    # a contents list with a page column, flattened; the number of the entry after the group is kept
    doc = _parse(tmp_path, "Økonomiudvalget\nReferat\nMødedato: 7. november 2023\n\n"
                           "Indholdsfortegnelse Pkt. Tekst Side 1 Godkendelse af dagsorden 3 2 Budgetopfølgning 4 "
                           "3 Lakolk Camping - fremtidens campingplads Lakolk Butikscenter - overdragelse af butik. "
                           "32 Lukkede dagsordenspunkter 5 Salg af areal Køb af ejendomme\n")
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning", True),
        ("3", "Lakolk Camping - fremtidens campingplads", True),
        (None, "Lakolk Butikscenter - overdragelse af butik.", True),
        ("5", "Salg af areal", False), (None, "Køb af ejendomme", False)]


@pytest.mark.parametrize("printed, absent", [
    ("Fraværende var Anne Hansen og Peter Jensen (V).", ["Anne Hansen", "Peter Jensen (V)"]),
    ("Fraværende: Anne Hansen (A) - Stedfortræder Bo Ek", ["Anne Hansen (A)"]),
    ("Anne Hansen (A) deltog ikke i sagens behandling pga. inhabilitet.", ["Anne Hansen (A)"]),
    ("Anne Hansen (A) erklærede sig inhabil og deltog ikke i behandlingen.", ["Anne Hansen (A)"]),
    ("Anne Hansen (A) erklærede sig inhabil og forlod mødet under behandlingen.", ["Anne Hansen (A)"]),
    ("Anne Hansen (A) forlod mødet inden behandlingen af punktet.", ["Anne Hansen (A)"]),
    ("Ikke tilstede: Anne Hansen (A)", ["Anne Hansen (A)"]),  # the label in one word, as often printed
    ("Udvalgsmedlem Anne Hansen (A) var fraværende.", ["Anne Hansen (A)"]),  # a member's title goes
    # the label alone, its names one a line below it (an HTML list)
    ("Fraværende\nAnne Hansen (A)\nPeter Jensen (V)\nBo Ek (F)", ["Anne Hansen (A)", "Peter Jensen (V)", "Bo Ek (F)"]),
])
def test_absence_printed_under_a_decision(tmp_path, printed, absent):
    doc = _parse(tmp_path, "Teknik- og Miljøudvalget\nReferat\nMødedato: 12. marts 2024\n\n1. Vejplan 2025\n"
                           f"Beslutning\nGodkendt.\n{printed}\n\n2. Budget\nBeslutning\nGodkendt.\n")
    assert [d.absent for d in doc.items[0].decisions] == [absent]
    assert [d.absent for d in doc.items[1].decisions] == [[]]
    assert doc.meeting.absent == []


def _transcript(*pages: str) -> str:
    """A PDF printed as a transcript: each page one long line behind its page number."""
    return "Referat Økonomiudvalget\n\nTranskript\n\n" + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n"


COVER = ("Referat Økonomiudvalget Mødedato: 7. november 2023 Mødetidspunkt: 15:00 Mødested: Mødelokale 1 "
         "Deltagere: Jens Jensen, Mette Ravn, Ole Ege. Referatet er godkendt af udvalgets medlemmer og "
         "offentliggjort på kommunens hjemmeside samme dag.")
HEAD = "Referat Socialudvalget Mødedato: 12. april 2023 kl. 16:00"  # a first page's header, shortest
LATER = ("Økonomiudvalget 7. november 2023 Side 3 af 12 Godkendelse af dagsorden Sagsnr.: 23/100 Beslutning "
         "Økonomiudvalget den 7. november 2023: Godkendt. Sagen blev behandlet sammen med udvalgets øvrige "
         "punkter om budgettet.")


def test_contents_entries_marked_open_or_closed_with_their_label(tmp_path):
    # 'Åben sag 1 <title> <page> … Lukket sag 4 <title> <page>': the page numbers are no chain of items
    toc = ("Åben sag 1 Godkendelse af dagsorden 3 Åben sag 2 Budgetopfølgning pr. 30. september 4 Åben sag 3 "
           "Udbud af rengøring 6 Lukket sag 4 Salg af Skolevej 12 8")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
        ("3", "Udbud af rengøring", True), ("4", "Salg af Skolevej 12", False)]


def test_transcript_page_numbers_are_not_item_numbers(tmp_path):
    # the pages' own numbers (1, 2, 3 at the start of each long line) with a contents list that
    # lost its item numbers in between: the page numbers must not become a list of items
    toc = ("Oversigt over sager Åbne sager: Godkendelse af dagsorden ... 3 Budgetopfølgning pr. 30. september "
           "... 4 Udbud af rengøring og vinduespolering på rådhuset og skolerne ... 6 Lukkede sager: Salg af "
           "ejendom til erhvervsformål ... 8")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        (None, "Godkendelse af dagsorden", True), (None, "Budgetopfølgning pr. 30. september", True),
        (None, "Udbud af rengøring og vinduespolering på rådhuset og skolerne", True),
        (None, "Salg af ejendom til erhvervsformål", False)]


def test_page_label_after_each_contents_entry_is_not_part_of_its_title(tmp_path):
    toc = ("Indholdsfortegnelse Punkt 1 Godkendelse af dagsorden Side 3 Punkt 2 Budgetopfølgning pr. 30. september "
           "Side 4 Punkt 3 Udbud af rengøring Side 6 Punkt 4 Salg af Skolevej 12 Side 8")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 30. september"),
        ("3", "Udbud af rengøring"), ("4", "Salg af Skolevej 12")]


@pytest.mark.parametrize("toc, expected", [
    # 'Sag nr. N' labels each entry (no reference to another case)
    ("Sag nr. 1 Godkendelse af dagsorden Sag nr. 2 Budgetopfølgning pr. 30. september Sag nr. 3 Udbud af "
     "rengøring Sag nr. 4 Salg af ejendom Sag nr. 5 Personalesag",
     [("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
      ("3", "Udbud af rengøring", True), ("4", "Salg af ejendom", True), ("5", "Personalesag", True)]),
    # no numbers, no leaders: the rising page numbers part the titles
    ("Dagsordenspunkter: Godkendelse af dagsorden 3 Budgetopfølgning pr. 30. september 4 Udbud af rengøring 6 "
     "Salg af ejendom 8 Personalesag 9",
     [(None, "Godkendelse af dagsorden", True), (None, "Budgetopfølgning pr. 30. september", True),
      (None, "Udbud af rengøring", True), (None, "Salg af ejendom", True), (None, "Personalesag", True)]),
    ("Indholdsfortegnelse Åbne punkter Godkendelse af dagsorden 3 Budgetopfølgning pr. 30. september 4 Udbud af "
     "rengøring 6 Salg af ejendom 8 Lukkede punkter Personalesag 9",
     [(None, "Godkendelse af dagsorden", True), (None, "Budgetopfølgning pr. 30. september", True),
      (None, "Udbud af rengøring", True), (None, "Salg af ejendom", True), (None, "Personalesag", False)]),
    # the case number printed before each title is the contents' 'Sagsnr.' column, the item's case number and no
    # part of its title (as one printed after the title is not)
    ("Indholdsfortegnelse Sagsnr. Titel Side 1. 23/100 Godkendelse af dagsorden 3 2. 23/2211 Budgetopfølgning "
     "pr. 30. september 4 3. 23/5123 Udbud af rengøring 6 4. 22/9001 Salg af ejendom 8",
     [("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
      ("3", "Udbud af rengøring", True), ("4", "Salg af ejendom", True)]),
])
def test_contents_list_shapes_of_transcribed_pdfs(tmp_path, toc, expected):
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == expected


def test_items_with_their_bodies_flattened_onto_page_lines(tmp_path):
    # no contents list: each page line runs item headers and bodies together, headings run into text
    text = _transcript(
        COVER,
        "1. Godkendelse af dagsorden Sagsnr.: 15/100 Beslutning Økonomiudvalget den 7. november 2023: Godkendt. "
        "2. Vejplan for Nordbyen Sagsnr.: 15/2211 Sagsfremstilling Forvaltningen har udarbejdet en vejplan for "
        "Nordbyen med forslag til nye cykelstier.",
        "Indstilling Forvaltningen indstiller, at vejplanen godkendes. Beslutning Økonomiudvalget den 7. november "
        "2023: Godkendt. 3. Trafiksikkerhed ved skolerne Sagsnr.: 15/3001 Sagsfremstilling Der er målt "
        "hastigheder ved tre skoler. Beslutning Økonomiudvalget den 7. november 2023: Taget til efterretning.")
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title, i.case_numbers, i.sections and [s.heading for s in i.sections]) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", ["15/100"], ["Beslutning"]),
        ("2", "Vejplan for Nordbyen", ["15/2211"], ["Sagsfremstilling", "Indstilling", "Beslutning"]),
        ("3", "Trafiksikkerhed ved skolerne", ["15/3001"], ["Sagsfremstilling", "Beslutning"])]
    assert [[(d.committee, d.date, d.text) for d in i.decisions] for i in doc.items] == [
        [("Økonomiudvalget", "2023-11-07", "Godkendt.")], [("Økonomiudvalget", "2023-11-07", "Godkendt.")],
        [("Økonomiudvalget", "2023-11-07", "Taget til efterretning.")]]


def test_committee_name_ending_in_a_label_word_before_the_labels(tmp_path):
    # 'Referat Teknisk Udvalg Mødedato: …': 'Udvalg' ends the name here, it labels nothing
    doc = _parse(tmp_path, "Referat Teknisk Udvalg Mødedato: 4. marts 2015 Mødetidspunkt: 16:00 Mødested: "
                           "Mødelokale 3, Rådhuset\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    m = doc.meeting
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Teknisk Udvalg", "2015-03-04", "16:00", "Mødelokale 3, Rådhuset")


def test_lost_numbers_say_how_many_titles_a_run_holds(tmp_path):
    # 9 and 12 are printed, 10 and 11 were lost: three titles between them, one of which starts after a
    # name ('URS Ombygning') where only the count tells a title begins
    toc = ("Indholdsfortegnelse Pkt. Tekst Side 8 Godkendelse af valgfag 9 Frigivelse af anlægsmidler til "
           "forlægning af Dige Tilskud til URS Ombygning af bolig til eget tilbud i Tønder Kommune "
           "12 Turismepolitik 13 Lejemål til ungeenheden")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title) for i in doc.items] == [
        ("8", "Godkendelse af valgfag"), ("9", "Frigivelse af anlægsmidler til forlægning af Dige"),
        (None, "Tilskud til URS"), (None, "Ombygning af bolig til eget tilbud i Tønder Kommune"),
        ("12", "Turismepolitik"), ("13", "Lejemål til ungeenheden")]


def test_a_title_goes_on_after_its_preposition_with_a_plan_name(tmp_path):
    # 'Endelig vedtagelse af Lokalplan …' is one title: 'Lokalplan' starts titles, but as often follows 'af'
    toc = ("Til behandling forelå: Regnskab for Sammenlægningsudvalget for Endelig vedtagelse af "
           "Lokalplan Bevarende lokalplan for Bogense Endelig vedtagelse af Kommuneplantillæg nr. 3 til Søndersø "
           "Kommuneplan Godkendelse af kvalitetsstandarder")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [i.title for i in doc.items] == [
        "Regnskab for Sammenlægningsudvalget for", "Endelig vedtagelse af Lokalplan Bevarende lokalplan for Bogense",
        "Endelig vedtagelse af Kommuneplantillæg nr. 3 til Søndersø Kommuneplan", "Godkendelse af kvalitetsstandarder"]


def test_back_matter_at_the_end_of_a_contents_list_is_no_item(tmp_path):
    toc = ("Indholdsfortegnelse Godkendelse af dagsorden...3 Budgetopfølgning pr. 30. september...4 Udbud af "
           "rengøring...6 Bilagsliste Underskriftsblad Side 9")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [i.title for i in doc.items] == [
        "Godkendelse af dagsorden", "Budgetopfølgning pr. 30. september", "Udbud af rengøring"]


def test_decision_text_stops_at_the_next_items_header_and_its_bilag_file_names(tmp_path):
    doc = _parse(tmp_path, "Byrådet\nReferat\nMødedato: 30. juni 2015\n\n436. Godkendelse af dagsorden\nBeslutning\n"
                           "Godkendt. 4 437. Kommuneplantillæg - Vindmøller ved Fåresø\n\n"
                           "438. Meddelelser\nBeslutning\nTaget til efterretning. Notat_om_busbestilling_2020.pdf "
                           "Notat_om_busbetjening.pdf\nBeslutning\nTaget til efterretning.\n")
    assert [[d.text for d in i.decisions] for i in doc.items] == [["Godkendt."], ["Taget til efterretning."]]


@pytest.mark.parametrize("printed", [
    "Deltagere: Anne Hansen, formand (A), Peter Jensen (V), Lise Holm (C)",
    "Mødedeltagere: Borgmester Anne Hansen (A), formand; Peter Jensen (V), næstformand; Lise Holm (C)",
    "Deltagere:\nAnne Hansen, formand (A)\nPeter Jensen, næstformand (V)\nLise Holm (C)",
])
def test_roles_after_members_go_their_parties_stay(tmp_path, printed):
    doc = _parse(tmp_path, "Social- og Sundhedsudvalget\nReferat\nMødedato: 5. februar 2024 kl. 17:00\n"
                           f"Mødested: Byrådssalen\n{printed}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert doc.meeting.participants == ["Anne Hansen (A)", "Peter Jensen (V)", "Lise Holm (C)"]


def test_transcript_of_a_meeting_with_one_closed_and_one_open_item(tmp_path):
    # the contents list holds two entries behind a group heading; each page repeats a running header
    text = _transcript(
        COVER,
        "Indholdsfortegnelse Pkt. Tekst Side Lukkede dagsordenspunkter 1 Klage over afgørelse 3 "
        "Åbne dagsordenspunkter 2 Eventuelt 4",
        "Økonomiudvalget 07-11-2023 Side 3 1. Klage over afgørelse Sagsnr.: 17.24.12-P06-993-24",
        "Økonomiudvalget 07-11-2023 Side 4 2. Eventuelt Beslutning Økonomiudvalget den 07-11-2023: Intet.")
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title, i.public, i.case_numbers) for i in doc.items] == [
        ("1", "Klage over afgørelse", False, ["17.24.12-P06-993-24"]), ("2", "Eventuelt", True, [])]
    assert [[(d.committee, d.text) for d in i.decisions] for i in doc.items] == [
        [], [("Økonomiudvalget", "Intet.")]]


def test_transcript_of_a_meeting_with_one_item(tmp_path):
    text = _transcript(COVER, "Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udbud af rammeaftale 3",
                       "Økonomiudvalget 07-11-2023 Side 3 1. Udbud af rammeaftale Sagsnr.: 24-033727 Beslutning "
                       "Økonomiudvalget den 07-11-2023: Godkendt.")
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title, i.case_numbers, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", "Udbud af rammeaftale", ["24-033727"], ["Godkendt."])]


def test_running_header_of_the_next_page_is_not_part_of_a_decision(tmp_path):
    pages = [f"Økonomiudvalget 07-11-2023 Side {n} {k}. {t} Sagsnr.: 24-00{k} Beslutning Økonomiudvalget den "
             f"07-11-2023: Godkendt." for n, k, t in ((3, 1, "Salg af grund"), (4, 2, "Lokalplan for havnen"),
                                                    (5, 3, "Budgetopfølgning"))]
    toc = ("Indholdsfortegnelse Pkt. Tekst Side 1 Salg af grund 3 2 Lokalplan for havnen 4 3 Budgetopfølgning 5")
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [[d.text for d in i.decisions] for i in doc.items] == [["Godkendt."]] * 3


@pytest.mark.parametrize("toc, closed", [
    ("Indholdsfortegnelse 1 - Godkendelse af dagsorden 3 2 - Budgetopfølgning pr. 30. september 4 3 - Udbud af "
     "rengøring 6 4 - Salg af ejendom 8", set()),
    ("Indhold Pkt. 1 – Godkendelse af dagsorden Pkt. 2 – Budgetopfølgning pr. 30. september Pkt. 3 – Udbud af "
     "rengøring Pkt. 4 – Salg af ejendom", set()),
    ("ÅBEN DAGSORDEN Sag nr. Side 1 Godkendelse af dagsorden 3 2 Budgetopfølgning pr. 30. september 4 3 Udbud af "
     "rengøring 6 LUKKET DAGSORDEN 4 Salg af ejendom 8", {"4"}),
])
def test_numbers_with_a_dash_and_open_closed_sections(tmp_path, toc, closed):
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        (n, t, n not in closed) for n, t in (("1", "Godkendelse af dagsorden"),
                                              ("2", "Budgetopfølgning pr. 30. september"),
                                              ("3", "Udbud af rengøring"), ("4", "Salg af ejendom"))]


@pytest.mark.parametrize("toc", [
    "Godkendelse af dagsorden...3 Budgetopfølgning pr. 30. september...4 Udbud af rengøring...6 Salg af ejendom...8",
    "Økonomiudvalget 7. november 2023 Godkendelse af dagsorden... 3 Budgetopfølgning pr. 30. september... 4 Udbud "
    "af rengøring... 6 Salg af ejendom... 8",
    "INDHOLD Godkendelse af dagsorden 3 Budgetopfølgning pr. 30. september 4 Udbud af rengøring 6 Salg af ejendom 8",
])
def test_contents_list_known_by_its_leaders_or_its_heading(tmp_path, toc):
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title) for i in doc.items] == [
        (None, "Godkendelse af dagsorden"), (None, "Budgetopfølgning pr. 30. september"),
        (None, "Udbud af rengøring"), (None, "Salg af ejendom")]


PROSE = ("Forvaltningen har udarbejdet et oplæg til udvalgets drøftelse af sagen, som beskriver baggrunden, "
         "de økonomiske konsekvenser og den videre proces frem mod byrådets endelige behandling i foråret. ") * 6
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 30. september", "Udbud af rengøring"]


@pytest.mark.parametrize("label, sep, case_label", [
    ("", ". ", "Sagsnr.:"), ("Punkt ", " ", "Sagsnr.:"), ("Pkt. ", " ", "Sagsnr.:"), ("", ": ", "Sagsnr:"),
    ("", ". ", "Afbud: Anne Hansen Fraværende: Ingen Sagsnr.:"),  # the title ends at the first label
])
def test_transcript_items_with_long_bodies_and_no_contents_list(tmp_path, label, sep, case_label):
    # each page line: running header, the item's header, its case number, a long body, its decision
    pages = [f"Økonomiudvalget 7. november 2023 Side {n + 1} {label}{n}{sep}{title} {case_label} 23/{100 + n} "
             f"Sagsfremstilling {PROSE}Beslutning Økonomiudvalget den 7. november 2023: Godkendt med {n} stemmer."
             for n, title in enumerate(TITLES, 1)]
    doc = _parse(tmp_path, _transcript(COVER, *pages))
    assert [(i.number, i.title, i.case_numbers) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", ["23/101"]), ("2", "Budgetopfølgning pr. 30. september", ["23/102"]),
        ("3", "Udbud af rengøring", ["23/103"])]
    assert [[d.text for d in i.decisions] for i in doc.items] == [
        ["Godkendt med 1 stemmer."], ["Godkendt med 2 stemmer."], ["Godkendt med 3 stemmer."]]
    assert [d.committee for i in doc.items for d in i.decisions] == ["Økonomiudvalget"] * 3


@pytest.mark.parametrize("label, sep, running", [
    ("Punkt ", " ", True), ("Pkt. ", " ", True), ("Punkt ", ": ", True), ("Sag nr. ", " ", True), ("", " - ", True),
    ("Dagsordenspunkt ", ": ", True), ("Punkt ", " ", False), ("Sag nr. ", " ", False)])
def test_labelled_contents_entries_find_their_bodies_on_later_pages(tmp_path, label, sep, running):
    # the list and the bodies print the label; the body pages' running header (or, without one, the next
    # item's label) is no part of a decision, and 'Side 3 Sag nr. 1' is a page, then the item's number
    toc = "Indholdsfortegnelse " + " ".join(f"{label}{n}{sep}{t} {n + 2}" for n, t in enumerate(TITLES, 1))
    head = "Økonomiudvalget 7. november 2023 Side {} " if running else ""
    pages = [f"{head.format(n + 2)}{label}{n}{sep}{t} Sagsnr.: 23/{100 + n} Sagsfremstilling "
             f"Forvaltningen orienterer om sagen. Beslutning Økonomiudvalget den 7. november 2023: Godkendt."
             for n, t in enumerate(TITLES, 1)]
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [(i.number, i.title) for i in doc.items] == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]
    assert [[d.text for d in i.decisions] for i in doc.items] == [["Godkendt."]] * 3
    assert [i.case_numbers for i in doc.items] == [["23/101"], ["23/102"], ["23/103"]]


@pytest.mark.parametrize("toc", [
    "Dagsorden Kl. 15.00 1. Godkendelse af dagsorden Kl. 15.05 2. Budgetopfølgning pr. 30. september Kl. 15.20 "
    "3. Udbud af rengøring Kl. 15.40 4. Salg af ejendom",  # time slots before each entry
    "Indholdsfortegnelse Punkt 1 Side 3 Godkendelse af dagsorden Punkt 2 Side 4 Budgetopfølgning pr. 30. september "
    "Punkt 3 Side 6 Udbud af rengøring Punkt 4 Side 8 Salg af ejendom",  # the page before the title
    "Dagsorden 1. Godkendelse af dagsorden (Åben) 3 2. Budgetopfølgning pr. 30. september (Åben) 4 3. Udbud af "
    "rengøring (Åben) 6 4. Salg af ejendom (Åben) 8",  # an open marker after the title
])
def test_what_a_contents_list_prints_around_its_titles_is_no_part_of_them(tmp_path, toc):
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
        ("3", "Udbud af rengøring", True), ("4", "Salg af ejendom", True)]


def test_numbered_points_inside_a_decision_are_no_items(tmp_path):
    # 'Punkt 1: …' inside a decision numbers its parts; a colon after a number makes no list entry
    text = (LABEL_BLOCKS.replace("Godkendt.", "Udvalget besluttede: Punkt 1: Der blev stemt om forslaget. "
                                 "Punkt 2: Sagen blev udsat. Punkt 3: Der var enighed om at sende sagen videre. "
                                 "Punkt 4: Taget til efterretning.")
            + "\n13. Budgetopfølgning\nBeslutning\nGodkendt.\n")
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title) for i in doc.items] == [("12", "Godkendelse af dagsorden"), ("13", "Budgetopfølgning")]


def test_numbered_points_inside_a_transcript_decision_are_no_list(tmp_path):
    later = LATER.replace("Godkendt.", "Punkt 1: Der blev stemt om forslaget. Punkt 2: Sagen blev udsat. Punkt 3: "
                          "Der var enighed om sagen. Punkt 4: Taget til efterretning.")
    doc = _parse(tmp_path, _transcript(COVER, "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budgetopfølgning "
                                       "pr. 30. september 4 3. Udbud af rengøring 6", later))
    assert [(i.number, i.title) for i in doc.items] == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]


def test_the_next_items_label_on_the_same_page_line_is_no_part_of_a_decision(tmp_path):
    page = " ".join(f"Pkt. {n} {t} Sagsnr.: 23/{100 + n} Sagsfremstilling {PROSE}Beslutning Økonomiudvalget den "
                    f"7. november 2023: Godkendt." for n, t in enumerate(TITLES, 1))
    doc = _parse(tmp_path, _transcript(COVER, page))
    assert [(i.number, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", ["Godkendt."]), ("2", ["Godkendt."]), ("3", ["Godkendt."])]


def test_a_numbered_list_inside_a_flattened_body_is_no_item_list(tmp_path):
    # the points of a recommendation, flattened into the body's page line after its heading
    points = ("Indstilling Direktionen indstiller, at 1. Budgettet for 2024 godkendes 2. Tidsplanen for "
              "udbuddet godkendes 3. Rammen for anlæg fastholdes 4. Sagen sendes til byrådet")
    page = (f"Økonomiudvalget 7. november 2023 Side 2 1. Godkendelse af budget Sagsnr.: 23/101 {points} "
            f"Sagsfremstilling {PROSE}Beslutning Økonomiudvalget den 7. november 2023: Godkendt.")
    doc = _parse(tmp_path, _transcript(COVER, page))
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", "Godkendelse af budget", ["Godkendt."])]


def test_the_last_entry_of_a_flattened_list_ends_where_a_body_begins(tmp_path):
    toc = ("Dagsorden 1. Godkendelse af dagsorden 2. Budgetopfølgning pr. 30. september 3. Udbud af rengøring "
           "Indstilling Direktionen indstiller, at sagerne behandles samlet på mødet Sagsfremstilling Forvaltningen "
           "Vest Center Syd Budget Plan Økonomi")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title) for i in doc.items] == [("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2])]


def _headed(n: int, title: str, body: str = PROSE) -> str:
    return (f"{n}. {title} Sagsnr.: 23/{100 + n} Sagsfremstilling {body}"
            f"Beslutning Økonomiudvalget den 7. november 2023: Godkendt.")


def test_headers_on_page_lines_keep_the_numbers_of_left_out_closed_items_and_short_bodies(tmp_path):
    # items 3-5 were closed and left out of the public minutes; item 1's body is one sentence
    page = " ".join([_headed(1, TITLES[0], "Dagsordenen blev godkendt. "), _headed(2, TITLES[1]),
                     _headed(6, "Salg af ejendom")])
    doc = _parse(tmp_path, _transcript(COVER, page))
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", TITLES[0], ["Godkendt."]), ("2", TITLES[1], ["Godkendt."]), ("6", "Salg af ejendom", ["Godkendt."])]


def test_a_transcripts_title_line_repeating_the_first_header_is_not_where_the_item_starts(tmp_path):
    # docplayer prints the document's first words as its title, header and decision heading included
    text = _transcript(COVER, " ".join([_headed(1, TITLES[0]), _headed(2, TITLES[1])]))
    text = f"Sagsoversigt. 1. {TITLES[0]}. Beslutning Økonomiudvalget den\n\n" + text
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", TITLES[0], ["Godkendt."]), ("2", TITLES[1], ["Godkendt."])]
    assert doc.meeting is not None and doc.meeting.participants == ["Jens Jensen", "Mette Ravn", "Ole Ege"]


def test_a_status_column_between_title_and_page_marks_open_and_closed(tmp_path):
    toc = ("Indholdsfortegnelse Punkt Titel Status Side 1 Godkendelse af dagsorden Åben 3 2 Budgetopfølgning pr. 30. "
           "september Åben 4 3 Udbud af rengøring Åben 6 4 Salg af ejendom Lukket 8")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 30. september", True),
        ("3", "Udbud af rengøring", True), ("4", "Salg af ejendom", False)]


@pytest.mark.parametrize("cue", ["Indholdsfortegnelse", "Dagsorden", "Indhold:", "Sager til behandling"])
def test_a_page_column_rising_by_one_is_no_run_of_item_numbers(tmp_path, cue):
    # one page an item: the pages 3, 4, 5, 6 rise like item numbers, but each follows its title
    toc = f"{cue} Godkendelse af dagsorden 3 Budgetopfølgning pr. 30. september 4 Udbud af rengøring 5 " \
          "Lukkede punkter Salg af ejendom 6"
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.title, i.public) for i in doc.items] == [
        ("Godkendelse af dagsorden", True), ("Budgetopfølgning pr. 30. september", True),
        ("Udbud af rengøring", True), ("Salg af ejendom", False)]


def test_a_list_that_lost_its_numbers_gets_them_from_its_bodies_even_with_a_title_twice(tmp_path):
    toc = ("Indholdsfortegnelse Tekst Side Godkendelse af dagsorden 3 Status på kvalitetsrapport 4 Udbud af "
           "rengøring 5 Status på kvalitetsrapport 6 Personalesag 7")
    titles = ["Godkendelse af dagsorden", "Status på kvalitetsrapport", "Udbud af rengøring",
              "Status på kvalitetsrapport", "Personalesag"]
    pages = [f"Økonomiudvalget 7. november 2023 Side {n + 2} {n}. {t} Sagsnr.: 23/{100 + n} Sagsfremstilling "
             f"{PROSE}Beslutning Økonomiudvalget den 7. november 2023: Svar {n}." for n, t in enumerate(titles, 1)]
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [(i.number, i.title, i.case_numbers, [d.text for d in i.decisions]) for i in doc.items] == [
        (str(n), t, [f"23/{100 + n}"], [f"Svar {n}."]) for n, t in enumerate(titles, 1)]


def test_two_entries_marked_closed_are_a_list_without_bodies(tmp_path):
    text = (LABEL_BLOCKS.split("\n12.")[0]
            + "\nDagsordenspunkter\n\n  lukket 1 Personalesag\n  lukket 2 Udbud af rammeaftale\n")
    doc = _parse(tmp_path, text)
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Personalesag", False), ("2", "Udbud af rammeaftale", False)]


def test_a_contents_list_without_numbers_says_which_numbered_headers_are_closed(tmp_path):
    # an agenda: the contents list lost its numbers but keeps its groups; each page prints 'N. Title' alone
    toc = ("Indholdsfortegnelse Tekst Side Åbne dagsordenspunkter Godkendelse af dagsorden 3 Budgetopfølgning pr. "
           "30. september 4 Udbud af rengøring 5 Lukkede dagsordenspunkter Salg af ejendom 6 Åbne dagsordenspunkter "
           "Eventuelt 7")
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 30. september", "Udbud af rengøring",
              "Salg af ejendom", "Eventuelt"]
    pages = [f"Økonomiudvalget 7. november 2023 Side {n + 2} {n}. {t}" for n, t in enumerate(titles, 1)]
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", titles[0], True), ("2", titles[1], True), ("3", titles[2], True), ("4", titles[3], False),
        ("5", titles[4], True)]


def test_a_transcript_without_contents_ends_with_closed_items_and_bodies_that_count_votes(tmp_path):
    # each item its page; a vote count in brackets '(2)' ends a decision before item 3; closed items print
    # their marker only
    votes = "Anbefales. For stemte: A, C (6) Imod stemte: V (2) Sagen går videre."
    pages = [_headed(1, TITLES[0], "Kort sag. "), _headed(2, TITLES[1], "Kort sag. ").replace("Godkendt.", votes),
             _headed(3, TITLES[2]), "4. Lukket punkt: Salg af ejendom", "5. Lukket punkt: Personalesag"]
    doc = _parse(tmp_path, _transcript(COVER, *[f"Økonomiudvalget 7. november 2023 Side {n + 1} {p}"
                                                 for n, p in enumerate(pages, 1)]))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", TITLES[0], True), ("2", TITLES[1], True), ("3", TITLES[2], True), ("4", "Salg af ejendom", False),
        ("5", "Personalesag", False)]
    assert [d.text for d in doc.items[1].decisions] == [votes]


def test_a_short_contents_list_without_numbers_still_says_which_headers_are_closed(tmp_path):
    toc = "Indholdsfortegnelse Tekst Side Lukkede dagsordenspunkter Personalesag 3 Klage over afgørelse 4"
    pages = ["Økonomiudvalget 7. november 2023 Side 3 1. Personalesag",
             "Økonomiudvalget 7. november 2023 Side 4 2. Klage over afgørelse"]
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Personalesag", False), ("2", "Klage over afgørelse", False)]


def test_a_two_entry_contents_list_with_labels_is_confirmed_by_its_labelled_bodies(tmp_path):
    toc = "Indholdsfortegnelse Pkt. Tekst Side Punkt 1 Klage over afgørelse 3 Punkt 2 Eventuelt 4"
    pages = ["Økonomiudvalget 7. november 2023 Side 3 Punkt 1 Klage over afgørelse Sagsnr.: 24/17 Beslutning "
             "Økonomiudvalget den 7. november 2023: Afvist.",
             "Økonomiudvalget 7. november 2023 Side 4 Punkt 2 Eventuelt Beslutning Økonomiudvalget den 7. november "
             "2023: Intet."]
    doc = _parse(tmp_path, _transcript(COVER, toc, *pages))
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in doc.items] == [
        ("1", "Klage over afgørelse", ["Afvist."]), ("2", "Eventuelt", ["Intet."])]


@pytest.mark.parametrize("cover, committee, location, participants", [
    # a header whose labels and bullets lost their lines: the bullet marks the label, parts the names
    ("Referat: 19. april 2022 kl. 16:00 Byrådssalen, Rådhuset, Ringkøbing Økonomiudvalget Deltagere • Rita Byskov "
     "• Irene Lund Pedersen • Hans Østergaard Kopier link til punktet", "Økonomiudvalget",
     "Byrådssalen, Rådhuset, Ringkøbing",
     ["Rita Byskov", "Irene Lund Pedersen", "Hans Østergaard"]),
    # a row of labels in capitals, the common words among them ('STED') labels too
    ("UDVALG Økonomiudvalget MØDE Referat STED Byrådssalen, Rådhusvej 1 STARTTIDSPUNKT 10-09-2014 18:00:00 "
     "SLUTTIDSPUNKT 10-09-2014 22:00:00", "Økonomiudvalget", "Byrådssalen, Rådhusvej 1", []),
    # the place ends where the list of items begins
    ("Referat Økonomiudvalget Dato: Torsdag 3. marts 2016 kl. 08:00 Sted: Rådhuset, mødelokale 2A • Pkt. 15 Budget",
     "Økonomiudvalget", "Rådhuset, mødelokale 2A", []),
])
def test_flattened_meeting_facts(tmp_path, cover, committee, location, participants):
    doc = _parse(tmp_path, _transcript(cover, LATER))
    m = doc.meeting
    assert m is not None and (m.committee, m.location, m.participants) == (committee, location, participants)


@pytest.mark.parametrize("above", ["Pkt. Tekst Side", "Økonomiudvalget 7. november 2023"])
def test_numbered_entries_each_under_its_own_group_heading_keep_their_pages_out(tmp_path, above):
    # open, closed, open: a group heading before every entry, so no title between two numbers ends
    # in its page number; the numbers are still the items' and the pages still no part of a title
    toc = (f"Indholdsfortegnelse {above} Åbne dagsordenspunkter 1 Evaluering af velfærdsaftale 3 "
           "Lukkede dagsordenspunkter 2 Udbud af rammeaftale 4 Åbne dagsordenspunkter 3 Eventuelt 5")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Evaluering af velfærdsaftale", True), ("2", "Udbud af rammeaftale", False), ("3", "Eventuelt", True)]


INLINE_DECISION = """Teknik- og Miljøudvalget
Referat
Mødedato: 12. april 2023 kl. 16:00
Mødested: Rådhuset

3. Lokalplan 123 for boliger ved Skovvej
Sagsfremstilling
Forvaltningen har udarbejdet et forslag.
{decision}

4. Eventuelt
Beslutning
Intet.
"""


@pytest.mark.parametrize("printed, committee, date, text", [
    # the outcome on the heading's line: the meeting's committee and date (annotation rules)
    ("Beslutning: Godkendt.", "Teknik- og Miljøudvalget", "2023-04-12", "Godkendt."),
    ("Beslutning i Økonomiudvalget den 19-04-2023: Anbefales over for Byrådet.",
     "Økonomiudvalget", "2023-04-19", "Anbefales over for Byrådet."),
    # the body and date run into the text after the colon
    ("Beslutning: Byrådet, 26.04.2023 Kurt Hansen var fraværende. Godkendt.",
     "Byrådet", "2023-04-26", "Kurt Hansen var fraværende. Godkendt."),
    # the colon only leads to the body: a heading, its text on the next line
    ("BESLUTNING: Økonomiudvalget den 19-04-2023\nAnbefales.", "Økonomiudvalget", "2023-04-19", "Anbefales."),
])
def test_decision_printed_on_its_heading_line(tmp_path, printed, committee, date, text):
    item = _parse(tmp_path, INLINE_DECISION.format(decision=printed)).items[0]
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [(committee, date, text)]


@pytest.mark.parametrize("printed", [
    "Beslutning\nAnbefales.\nFraværende under punktet: Kurt Hansen",
    "Beslutning\nAnbefales.\nFraværende var: Kurt Hansen",
    # the label on the heading's line, also in brackets
    "Beslutning i Teknik- og Miljøudvalget den 12-04-2023 Fraværende: Kurt Hansen\nAnbefales.",
    "Beslutning i Teknik- og Miljøudvalget den 12-04-2023 (fraværende: Kurt Hansen)\nAnbefales.",
])
def test_absence_labelled_for_the_item_under_its_decision(tmp_path, printed):
    item = _parse(tmp_path, INLINE_DECISION.format(decision=printed)).items[0]
    assert [(d.text, d.absent) for d in item.decisions] == [("Anbefales.", ["Kurt Hansen"])]


def test_treatments_run_into_their_text_one_line_each(tmp_path):
    """A case's treatments on one line each, body and date run into the text ('Udvalg for …, 07.05.2007
    Kurt Hansen var fraværende. Anbefales.'), the first after 'Beslutning', a body name with commas."""
    page = INLINE_DECISION.format(decision=(
        "Beslutning Udvalg for Børn og Familie, 11.04.2023 Anne Lund var fraværende. Godkendt.\n"
        "Udvalg for Økonomi, Personale og Planlægning, 07.05.2023 Kurt Hansen var fraværende. Anbefales.\n"
        "Beslutning: Byrådet, 14.05.2023 Godkendt."))
    item = _parse(tmp_path, page).items[0]
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Udvalg for Børn og Familie", "2023-04-11", "Anne Lund var fraværende. Godkendt.", ["Anne Lund"]),
        ("Udvalg for Økonomi, Personale og Planlægning", "2023-05-07", "Kurt Hansen var fraværende. Anbefales.",
         ["Kurt Hansen"]),
        ("Byrådet", "2023-05-14", "Godkendt.", []),
    ]


def test_members_table_read_row_by_row_with_party_letters(tmp_path):
    """'Medlemmer Anne Hansen A Bo Jensen V …': a members' table flattened, each name ending in its
    party's letter, printed as it stands (annotation rules: 'Ole Drost V')."""
    doc = _parse(tmp_path, "Socialudvalget\nReferat\nMødedato: 12. april 2023 kl. 16:00 Mødested: Rådhuset "
                           "Medlemmer Anne Hansen A Bo Jensen V Carl Nielsen C Dorte Lund Ø\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert doc.meeting.participants == ["Anne Hansen A", "Bo Jensen V", "Carl Nielsen C", "Dorte Lund Ø"]


@pytest.mark.parametrize("header, place", [
    # the place after the time, in a labelled value: 'Mødelokale' there is the room, not a label
    ("Mødedato: 12. april 2023 kl. 16:00 i Mødelokale 3, Rådhuset", "Mødelokale 3, Rådhuset"),
    ("Mødedato: 12. april 2023 kl. 16:00 på Rådhuset, Byrådssalen", "Rådhuset, Byrådssalen"),
    ("Mødedato: 12. april 2023 kl. 16:00\nMødet afholdes på Rådhuset, mødelokale 2", "Rådhuset, mødelokale 2"),
])
def test_place_said_with_a_preposition(tmp_path, header, place):
    for flat in (False, True):
        head = header.replace("\n", " ") + " " if flat else header + "\n"
        doc = _parse(tmp_path, f"Socialudvalget\nReferat\n{head}Medlemmer: Anne Hansen, Bo Jensen\n\n"
                               "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
        assert (doc.meeting.location, doc.meeting.start_time) == (place, "16:00")


def test_a_transcript_page_number_and_its_contents_heading_are_no_place(tmp_path):
    doc = _parse(tmp_path, "Referat Socialudvalget\n\nTranskript\n\n1 Referat Socialudvalget Mødedato: "
                           "12. april 2023 kl. 16:00 Medlemmer: Anne Hansen, Bo Jensen\n\n2 Indholdsfortegnelse "
                           "1. Godkendelse af dagsorden 3 2. Budget 2024 4 3. Eventuelt 5\n")
    assert doc.meeting.location is None
    assert [i.title for i in doc.items] == ["Godkendelse af dagsorden", "Budget 2024", "Eventuelt"]


BILAG = """Socialudvalget
Referat
Mødedato: 12. april 2023 kl. 16:00

1. Budget 2024
Sagsfremstilling
Tekst om budget.
Beslutning
Godkendt.
{bilag}

2. Eventuelt
Beslutning
Intet.
"""


@pytest.mark.parametrize("printed, titles", [
    # a link list 'Bilag N: title' keeps the whole link text, number null (annotation rules)
    ("Bilag 1: Notat om budget\nBilag 2: Oversigt over projekter",
     ["Bilag 1: Notat om budget", "Bilag 2: Oversigt over projekter"]),
    ("Bilagsliste\nNotat om budget\nOversigt over projekter", ["Notat om budget", "Oversigt over projekter"]),
    ("Vedlagte bilag\nNotat om budget", ["Notat om budget"]),
])
def test_bilag_lists_end_the_decision(tmp_path, printed, titles):
    item = _parse(tmp_path, BILAG.format(bilag=printed)).items[0]
    assert [a.title for a in item.attachments] == titles
    assert [d.text for d in item.decisions] == ["Godkendt."]


ONE_CASE_BODY = "\n\nSagsfremstilling\nForvaltningen har udarbejdet et forslag.\n\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize("head, number, doc_type", [
    # the meeting named above or below the case's title: its body and date, the case its one item
    ("Byrådet\nMødedato: 12. april 2023\n\nLokalplan 123 for boliger", None, "sagsfremstilling"),
    ("Punkt 5: Lokalplan 123 for boliger\nByrådet 12-04-2023", "5", "sagsfremstilling"),
    ("Byrådet - 12.04.2023 - Punkt 5\nLokalplan 123 for boliger", "5", "sagsfremstilling"),
    # a page that calls itself Referat, its case without a number: still one item
    ("Byrådet\nReferat\nMødedato: 12. april 2023\n\nLokalplan 123 for boliger", None, "referat"),
    # a breadcrumb trail: only its last step is the page's text
    ("Forside > Politik > Dagsordener > Byrådet 12-04-2023\n\n5. Lokalplan 123 for boliger", "5", "referat"),
])
def test_a_page_of_one_case_names_its_meeting(tmp_path, head, number, doc_type):
    doc = _parse(tmp_path, head + ONE_CASE_BODY)
    assert (doc.meeting.committee, doc.meeting.date) == ("Byrådet", "2023-04-12")
    assert [(i.number, i.title) for i in doc.items] == [(number, "Lokalplan 123 for boliger")]
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == [("Byrådet", "2023-04-12", "Godkendt.")]
    assert doc.document_type == doc_type


@pytest.mark.parametrize("members, names", [
    # a members' column read as one line: a new name at a given name after a surname
    ("Deltagere: Anne Hansen Bo Jensen Carl Erik Nielsen Dorte Lund",
     ["Anne Hansen", "Bo Jensen", "Carl Erik Nielsen", "Dorte Lund"]),
    ("Til stede: Anne Hansen, formand Bo Jensen Carl Nielsen", ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]),
    # two given names and a surname are one person, not two
    ("Deltagere: Anne Marie Hansen, Bo Jensen", ["Anne Marie Hansen", "Bo Jensen"]),
])
def test_members_printed_without_separators(tmp_path, members, names):
    toc = "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget 2024 4 3. Eventuelt 5"
    doc = _parse(tmp_path, _transcript(f"{HEAD} Mødested: Rådhuset {members}", toc))
    assert doc.meeting.participants == names


def test_names_without_separators_gives_nothing_for_a_run_that_is_no_list_of_people():
    from sagsgang.parse.people import names_without_separators
    assert names_without_separators("Anne Marie Louise Hansen".split()) == []  # one person
    assert names_without_separators("Teknik Miljø Byrådet Hansen".split()) == []  # no given name starts it
    assert names_without_separators("Bo Jensen Carl".split()) == []  # a name of one word


def test_absentee_keeps_the_party_before_a_substitute_sentence(tmp_path):
    doc = _parse(tmp_path, "Socialudvalget\nReferat\nMødedato: 12. april 2023 kl. 16:00\n"
                           "Afbud: Anne Hansen (A). I stedet mødte Bo Jensen (A).\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert doc.meeting.absent == ["Anne Hansen (A)"]


def test_the_last_contents_entry_keeps_its_page_to_itself(tmp_path):
    """'… 7. Eventuelt Side 8': the standing item ends its title, its page is no item of its own."""
    entries = " ".join(f"{n}. {t} Side {n + 1}" for n, t in enumerate(
        ["Godkendelse af dagsorden", "Budget 2024", "Lokalplan 123", "Eventuelt"], 1))
    doc = _parse(tmp_path, _transcript(HEAD, f"Indholdsfortegnelse {entries}"))
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2024"), ("3", "Lokalplan 123"), ("4", "Eventuelt")]


@pytest.mark.parametrize("title, body", [
    ("Referat af ordinært møde i Økonomiudvalget onsdag den 12. april 2023 kl. 16:00", "Økonomiudvalget"),
    ("Referat fra Byrådets møde den 12. april 2023 kl. 16:00", "Byrådet"),  # the genitive reduced to the name
    ("Dagsorden til Kommunalbestyrelsens ekstraordinære møde den 12. april 2023 kl. 16:00", "Kommunalbestyrelsen"),
    ("Referat Ekstraordinært møde i Byrådet 12. april 2023 kl. 16:00", "Byrådet"),
])
def test_the_meeting_named_in_a_sentence_of_its_title(tmp_path, title, body):
    doc = _parse(tmp_path, f"{title}\nDeltagere: Anne Hansen (A), Bo Jensen (V)\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n")
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.start_time) == (body, "2023-04-12", "16:00")


def test_contents_entries_labelled_sag_with_a_colon(tmp_path):
    titles = ["Godkendelse af dagsorden", "Budget 2024", "Eventuelt"]
    entries = " ".join(f"Sag {n}: {t}" for n, t in enumerate(titles, 1))
    doc = _parse(tmp_path, _transcript(HEAD, f"Indholdsfortegnelse {entries}"))
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2024"), ("3", "Eventuelt")]


def test_an_open_marker_after_the_last_contents_title_is_no_part_of_it(tmp_path):
    entries = " ".join(f"{n}. {t} Åben sag {n + 2}" for n, t in enumerate(
        ["Godkendelse af dagsorden", "Budget 2024", "Eventuelt"], 1))
    doc = _parse(tmp_path, _transcript(HEAD, f"Indholdsfortegnelse {entries}"))
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budget 2024", True), ("3", "Eventuelt", True)]


@pytest.mark.parametrize("after_title", [
    "330-2023-2104 Forvaltningen har lavet en plan for sagen.",  # an unlabelled case number of its own form
    "Beslutninger Godkendt.",  # the plural heading run into its text
])
def test_headers_on_page_lines_end_their_title_at_a_case_number_or_beslutninger(tmp_path, after_title):
    text = " Teksten om sagen fortsætter her, som en side i et referat gør, med flere sætninger om sagen." * 2
    pages = [f"Punkt {n}: {t} {after_title}{text}"
             for n, t in enumerate(["Godkendelse af dagsorden", "Budget 2024", "Eventuelt"], 1)]
    doc = _parse(tmp_path, _transcript(f"{HEAD} Mødested: Byrådssalen{text}", *pages))
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2024"), ("3", "Eventuelt")]


@pytest.mark.parametrize("columns", [
    "Pkt. Tekst Side 1 2 3 Godkendelse af dagsorden Budgetopfølgning pr. 31. marts Lokalplan 123 for boliger 3 4 6",
    "1. 2. 3. Godkendelse af dagsorden Budgetopfølgning pr. 31. marts Lokalplan 123 for boliger",
])
def test_a_contents_table_read_column_by_column(tmp_path, columns):
    """The number column came out before the titles (and the page column after them): as many titles as
    numbers, numbered in order."""
    doc = _parse(tmp_path, _transcript(HEAD, f"Indholdsfortegnelse {columns}"))
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. marts"), ("3", "Lokalplan 123 for boliger")]


@pytest.mark.parametrize("printed, absent", [
    # absence from some items or hours only is no absence from the meeting (annotation rules)
    ("Fraværende: Anne Hansen (punkt 1-3)", []),
    ("Fraværende: Anne Hansen fra kl. 17.30", []),
    ("Fraværende: Anne Hansen (A), Bo Jensen (punkt 2)", ["Anne Hansen (A)"]),
    # the list ends with its sentence; an initial does not end it
    ("Afbud: Anne Hansen. Bo Jensen deltog fra punkt 2.", ["Anne Hansen"]),
    ("Afbud: Jens A. Hansen, Bo Jensen", ["Jens A. Hansen", "Bo Jensen"]),
    ("Fraværende: Bo Jensen (V) (deltog fra pkt. 2), Lise Holm (A)", ["Lise Holm (A)"]),
    # 'samt' parts names as 'og' does; 'Afbud modtaget fra' is an absence label
    ("Fraværende: Bo Jensen (V) og Lise Holm (A) samt Anne Dahl (F)",
     ["Bo Jensen (V)", "Lise Holm (A)", "Anne Dahl (F)"]),
    ("Afbud modtaget fra Bo Jensen (V).", ["Bo Jensen (V)"]),
])
def test_meeting_absence_is_absence_from_the_whole_meeting(tmp_path, printed, absent):
    doc = _parse(tmp_path, "Socialudvalget\nReferat\nMødedato: 12. april 2023 kl. 16:00\nMødested: Rådhuset\n"
                           f"Deltagere: Anne Hansen, Bo Jensen, Carl Nielsen\n{printed}\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n2. Budget\nBeslutning\nGodkendt.\n")
    assert doc.meeting.absent == absent


def _listed(doc) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in doc.items]


def test_numbers_lost_in_a_contents_list_are_gaps_its_titles_fill(tmp_path):
    # items 2 and 4 lost their numbers in print: every gap holds the title it stands for
    toc = ("Indholdsfortegnelse 1 Godkendelse af dagsorden Budgetopfølgning for andet kvartal 3 Salg af grunde "
           "i Nordby Ansøgning om tilskud til idrætshallen 5 Orientering om trafikplanen")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert _listed(doc)[:5] == [("1", "Godkendelse af dagsorden"), (None, "Budgetopfølgning for andet kvartal"),
                                ("3", "Salg af grunde i Nordby"), (None, "Ansøgning om tilskud til idrætshallen"),
                                ("5", "Orientering om trafikplanen")]


def test_titles_before_the_first_number_a_contents_list_kept(tmp_path):
    toc = ("Følgende sager behandles: Pkt. Tekst Godkendelse af dagsorden Budgetopfølgning for andet kvartal "
           "3 Salg af grunde i Nordby 4 Orientering om trafikplanen 5 Eventuelt")
    doc = _parse(tmp_path, _transcript(COVER, toc, LATER))
    assert _listed(doc) == [(None, "Godkendelse af dagsorden"), (None, "Budgetopfølgning for andet kvartal"),
                            ("3", "Salg af grunde i Nordby"), ("4", "Orientering om trafikplanen"),
                            ("5", "Eventuelt")]


def test_a_contents_line_without_numbers_is_read_by_the_headers_below_it(tmp_path):
    # no cue, no number: the line's first word starts item 1's header, item 2's header repeats words of the
    # line, and the header of item 2 cuts the line where two capitalised words meet
    toc = ("Budgetprocedure Prioriteringskatalog energibesparende foranstaltninger Udviklingspuljen - ansøgning "
           "fra AOF Nord om støtte til projekt Orientering om lokaletilskud til foreningerne Eventuelt")
    first = ("Åben Punkt 1. Budgetprocedure Forvaltningen indstiller, at udvalget tager orienteringen til "
             "efterretning. Beslutning: Til orientering.")
    second = ("Punkt 2. Prioriteringskatalog energibesparende foranstaltninger Forvaltningen indstiller, at "
              "kataloget godkendes. Beslutning: Godkendt.")
    doc = _parse(tmp_path, _transcript(HEAD, toc, first, second))
    assert _listed(doc) == [("1", "Budgetprocedure"), ("2", "Prioriteringskatalog energibesparende foranstaltninger"),
                            (None, "Udviklingspuljen - ansøgning fra AOF Nord om støtte til projekt"),
                            (None, "Orientering om lokaletilskud til foreningerne"), (None, "Eventuelt")]


def test_a_list_whose_gaps_its_titles_fill_beats_a_shorter_unbroken_run(tmp_path):
    # every other number lost on the contents' first page: the gaps are explained by the titles in them,
    # so the run 1-7 is the list, not the unbroken 15-17 of the next page alone
    toc = ("Følgende sager behandles: Pkt. Tekst 1 Budget og likviditet Lånoptagelse til klimatiltag 3 Godkendelse "
           "af Beskæftigelsesplan Vedtagelse af temaplan for vindmøller 5 Status på vindmøller ved Vejby "
           "Plejeboligplan for ældreområdet 7 Frigivelse af midler til kulturbygninger")
    more = "Pkt. Tekst 15 Ændring af takster på frokostordningen 16 Toiletter til turistområder 17 Eventuelt"
    doc = _parse(tmp_path, _transcript(COVER, toc, more, LATER))
    assert _listed(doc)[:7] == [
        ("1", "Budget og likviditet"), (None, "Lånoptagelse til klimatiltag"),
        ("3", "Godkendelse af Beskæftigelsesplan"), (None, "Vedtagelse af temaplan for vindmøller"),
        ("5", "Status på vindmøller ved Vejby"),
        (None, "Plejeboligplan for ældreområdet"), ("7", "Frigivelse af midler til kulturbygninger")]


def test_a_contents_list_without_numbers_outweighs_one_numbered_header(tmp_path):
    toc = ("Indholdsfortegnelse Budgetprocedure for næste år Prioriteringskatalog energibesparende foranstaltninger "
           "Udviklingspuljen - ansøgning fra AOF Nord om støtte Orientering om lokaletilskud til foreningerne")
    first = ("Åben Punkt 1. Budgetprocedure for næste år Forvaltningen indstiller, at udvalget tager orienteringen "
             "til efterretning. Beslutning: Til orientering.")
    doc = _parse(tmp_path, _transcript(COVER, toc, first))
    assert [t for _, t in _listed(doc)] == ["Budgetprocedure for næste år",
                                            "Prioriteringskatalog energibesparende foranstaltninger",
                                            "Udviklingspuljen - ansøgning fra AOF Nord om støtte",
                                            "Orientering om lokaletilskud til foreningerne"]


def test_absence_after_a_decision_run_into_the_header_line_is_not_the_meetings(tmp_path):
    # a web page of item bodies flattened: header, decision and the next item on one line; the absence
    # sentence is the decision's
    page = ("Byrådet 11. marts 2024 Åben Beslutning Godkendt. Mette Ekstrøm og Maja Torp Nielsen var fraværende. "
            "Åben Indstilling By- og Landskabsudvalget indstiller, at byrådet godkender lokalplanen.")
    assert _parse(tmp_path, _transcript(page)).meeting.absent == []
    before = page.replace("Åben Beslutning", "Mette Ekstrøm var fraværende. Åben Beslutning", 1)
    assert _parse(tmp_path, _transcript(before)).meeting.absent == ["Mette Ekstrøm"]  # before any item: the meeting's


_ITEM = ("Byrådet\nReferat\nMødedato: 12. marts 2024 kl. 16:00\nMødested: Rådhuset\n\n1. Godkendelse af budget\n"
         "Sagsnr.: 24/100\nSagsfremstilling\nForvaltningen har lavet et budget.\n")


@pytest.mark.parametrize("printed", [
    "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:\nAnbefales.\n",  # the annotation rules' own example
    "Teknik- og Miljøudvalget, 10. september 2019, pkt. 65: Anbefales.\n",
    "Sagens forløb\nTeknik- og Miljøudvalget, 10. september 2019, pkt. 65:\nAnbefales.\n",
])
def test_dated_lines_of_earlier_treatments_end_in_a_colon(tmp_path, printed):
    doc = _parse(tmp_path, _ITEM + printed + "\nBeslutning\nGodkendt.\n\n2. Eventuelt\nBeslutning\nIntet.\n")
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == [
        ("Teknik- og Miljøudvalget", "2019-09-10", "Anbefales."), ("Byrådet", "2024-03-12", "Godkendt.")]


def test_the_place_an_agenda_says_the_meeting_is_held_at(tmp_path):
    page = ("Dagsorden til møde i Økonomiudvalget den 14. marts 2023 kl. 16.00 afholdes på Rådhuset, mødelokale 3\n\n"
            "1. Godkendelse af dagsorden\nSagsfremstilling\nDagsordenen foreligger.\n")
    m = _parse(tmp_path, page).meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Økonomiudvalget", "2023-03-14", "16:00",
                                                              "Rådhuset, mødelokale 3")


_BARE_TITLES = ("Godkendelse af dagsorden Budgetopfølgning for andet kvartal Salg af grunde i Nordby Orientering om "
                "trafikplanen Eventuelt")


@pytest.mark.parametrize("heading", ["", "Dagsorden ", "Sager til behandling ", "Åbne punkter "])
def test_a_page_that_prints_only_titles_is_the_contents_list(tmp_path, heading):
    # numbers and cue lost: the page's line splits into titles with words in lower case, no sentence among them;
    # the next page's 'Side 3 af 12' counts pages, it numbers no item
    doc = _parse(tmp_path, _transcript(COVER, heading + _BARE_TITLES, LATER))
    assert _listed(doc) == [(None, "Godkendelse af dagsorden"), (None, "Budgetopfølgning for andet kvartal"),
                            (None, "Salg af grunde i Nordby"), (None, "Orientering om trafikplanen"),
                            (None, "Eventuelt")]


@pytest.mark.parametrize("page", [
    "Udvalget drøftede sagen Forvaltningen orienterede om status. Direktøren svarede på spørgsmål fra udvalget "
    "Borgmesteren takkede for mødet",  # prose: a sentence among the pieces
    "Anne Hansen (A) Bo Jensen (V) Carl Nielsen (C) Dorte Holm (F) Erik Berg (O) Frida Lund (Ø)",  # names only
])
def test_a_page_of_prose_or_of_names_is_no_contents_list(tmp_path, page):
    assert _parse(tmp_path, _transcript(COVER, page)).items == []


def test_the_page_count_of_a_running_header_numbers_no_item(tmp_path):
    assert _parse(tmp_path, _transcript(COVER, LATER)).items == []  # 'Side 3 af 12 Godkendelse af dagsorden …'


def test_a_single_case_printed_as_a_transcript_keeps_its_sections_and_decision(tmp_path):
    page = ("Forvaltningen har udarbejdet en redegørelse for frikommuneforsøgene og deres resultater i perioden. "
            "Kommunikation Kommunen sender en pressemeddelelse ud til de lokale medier om forsøgene. Indstilling "
            "1. At orienteringen tages til efterretning. Beslutning i Social- og Seniorudvalget (18-21) den "
            "03-12-2018 Orienteringen taget til efterretning.")
    text = ("Orientering om frikommuneforsøg II\n\nTranskript\n\n1 Sagsfremstilling " + page + "\n")
    item = _parse(tmp_path, text).items[0]
    assert item.title == "Orientering om frikommuneforsøg II"
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Kommunikation", "Indstilling", "Beslutning"]
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [
        ("Social- og Seniorudvalget (18-21)", "2018-12-03", "Orienteringen taget til efterretning.")]


_FIVE = ["Godkendelse af dagsorden", "Budgetopfølgning for andet kvartal", "Salg af grunde i Nordby",
         "Orientering om trafikplanen", "Eventuelt"]


@pytest.mark.parametrize("contents", [
    " ".join(f"{n}. {t}" for n, t in enumerate(_FIVE, 1)),  # numbered
    " ".join(f"{n} {t} {n + 2}" for n, t in enumerate(_FIVE, 1)),  # numbers and the page column
    " ".join(f"{t} {n + 2}" for n, t in enumerate(_FIVE, 1)),  # the page column only
    " ".join(_FIVE),  # nothing but the titles
])
@pytest.mark.parametrize("head, foot", [("Økonomiudvalget 14-03-2023 Side 2 ", ""), ("", " Side 2 af 12"),
                                        ("Side 2 af 12 ", ""), ("Økonomiudvalget 14-03-2023 Side 2 ", " Side 2 af 12")])
def test_a_contents_page_with_its_running_header_or_footer(tmp_path, contents, head, foot):
    doc = _parse(tmp_path, _transcript(COVER, head + contents + foot, LATER))
    assert [t for _, t in _listed(doc)] == _FIVE


def _titled_transcript(title: str, *pages: str) -> str:
    """A transcript site's page: the document's title (its first printed lines joined by '. ', digits lost),
    the site's chrome, the title again in full behind 'Download', then the pages."""
    lost = re.sub(r"\d{2}\.\d{2}\.\d{4}", "", title)
    return (f'{lost}\n\nStørrelse: px\nStarte visningen fra side:\n\nDownload "{title}"\n\nTranskript\n\n'
            + "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1)) + "\n")


def test_the_title_a_transcript_site_gives_a_pdf_holds_its_first_lines(tmp_path):
    title = ("AALBORG BYRÅD. Aalborg Byråd. Folkeoplysningsudvalget. Mødet den 25.06.2014, kl. 15:00. "
             "Boulevarden 13, Repræsentationslokale 1")
    toc = "1. Budgetprocedure 2. Orientering om lokaletilskud 3. Eventuelt"
    m = _parse(tmp_path, _titled_transcript(title, "AALBORG BYRÅD Mødet den , Boulevarden 13", toc)).meeting
    # the letterhead names the council, the line before the date the body that met
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Folkeoplysningsudvalget", "2014-06-25", "15:00", "Boulevarden 13, Repræsentationslokale 1")


def test_a_decision_heading_in_the_head_names_no_meeting(tmp_path):
    title = "Sagsoversigt. 1. Godkendelse af dagsorden. Beslutning Byrådet den Budgetrevision for alle udvalg. Bilag."
    doc = _parse(tmp_path, _titled_transcript(title, "1. Godkendelse af dagsorden Beslutning Byrådet den Godkendt."))
    assert doc.meeting is None or doc.meeting.committee in (None, "Byrådet")


def test_an_item_label_line_above_a_single_case_is_its_number_not_its_title(tmp_path):
    doc = _parse(tmp_path, "Byrådet 12-03-2024\nPunkt 5\nGodkendelse af lokalplan 12\nBeslutning\nGodkendt.\n")
    assert [(i.number, i.title) for i in doc.items] == [("5", "Godkendelse af lokalplan 12")]


def test_a_room_word_with_its_number_after_a_value_is_the_place_not_a_label(tmp_path):
    page = ("Erhvervsudvalget\nReferat\n"
            "Dato 08. september 2014 Mødetidspunkt 16:00 Sluttidspunkt 18:05 Lokale 1, Rådhuset\n")
    m = _parse(tmp_path, page + "\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n").meeting
    assert (m.date, m.start_time, m.location) == ("2014-09-08", "16:00", "Lokale 1, Rådhuset")


BILAG_PAGE = """Referat
Teknik- og Miljøudvalget
Mødedato: 12. marts 2024 kl. 16:00

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Trafiksikkerhedsplan 2024-2028
Sagsfremstilling
Forvaltningen har udarbejdet et udkast til trafiksikkerhedsplan.
Beslutning
Godkendt.
{bilag}

3. Orientering
Beslutning
Taget til efterretning.
"""


@pytest.mark.parametrize("bilag, heading", [
    ("Vedhæftede bilag\nUdkast til trafiksikkerhedsplan.pdf\nHøringssvar fra Rådet for Sikker Trafik.pdf",
     "Vedhæftede bilag"),
    ("Oversigt over bilag:\n• Udkast til trafiksikkerhedsplan.pdf\n• Høringssvar fra Rådet for Sikker Trafik.pdf",
     "Oversigt over bilag"),
    ("Bilag til punktet\nUdkast til trafiksikkerhedsplan.pdf\nHøringssvar fra Rådet for Sikker Trafik.pdf",
     "Bilag til punktet"),
])
def test_a_bilag_heading_however_worded_ends_the_decision(tmp_path, bilag, heading):
    item = _parse(tmp_path, BILAG_PAGE.format(bilag=bilag)).items[1]
    assert [a.title for a in item.attachments] == ["Udkast til trafiksikkerhedsplan.pdf",
                                                   "Høringssvar fra Rådet for Sikker Trafik.pdf"]
    assert item.sections[-1].heading == heading
    assert [d.text for d in item.decisions] == ["Godkendt."]


def test_a_bilag_label_with_its_bilag_on_the_line(tmp_path):
    # what follows the label on its own line (a page footer here) is no part of the decision
    page = BILAG_PAGE.format(bilag="Bilag: Udkast til trafiksikkerhedsplan\nByrådet 12.03.2024")
    item = _parse(tmp_path, page).items[1]
    assert [a.title for a in item.attachments] == ["Udkast til trafiksikkerhedsplan"]
    assert [d.text for d in item.decisions] == ["Godkendt."]
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Beslutning"]  # a field label, no section
    none = _parse(tmp_path, BILAG_PAGE.format(bilag="Bilag: Ingen")).items[1]
    assert none.attachments == [] and [d.text for d in none.decisions] == ["Godkendt."]


def test_see_bilag_is_no_bilag_heading(tmp_path):
    page = BILAG_PAGE.format(bilag="Se bilag\nRådet for Sikker Trafik har afgivet høringssvar.")
    item = _parse(tmp_path, page).items[1]
    assert item.attachments == []


@pytest.mark.parametrize("page", ["\t", "  ", " ", " Side "])
def test_a_contents_page_column_is_no_part_of_the_titles(tmp_path, page):
    contents = "".join(f"{n}. {title}{page}{n + 1}\n" for n, title in enumerate(
        ["Godkendelse af dagsorden", "Budget for vejene", "Regnskab 2023", "Lokalplan for havnen"], start=1))
    doc = _parse(tmp_path, f"Dagsorden\nØkonomiudvalget\nMødedato: 12. marts 2024\n\nIndholdsfortegnelse\n{contents}"
                           "Bilagsliste\n")
    assert [(it.number, it.title) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget for vejene"), ("3", "Regnskab 2023"),
        ("4", "Lokalplan for havnen")]
    assert all(it.sections == [] for it in doc.items)  # 'Bilagsliste' is the list's back matter


def test_a_closed_entry_of_a_contents_list_with_pages_stays_closed(tmp_path):
    contents = ("1. Godkendelse af dagsorden 2\n2. Budget for vejene 3\n3. Salg af grund - Lukket punkt 4\n"
                "4. Eventuelt 5\n")
    doc = _parse(tmp_path, f"Dagsorden\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{contents}")
    assert [(it.title, it.public) for it in doc.items][2:] == [("Salg af grund", False), ("Eventuelt", True)]


@pytest.mark.parametrize("heading", ["Beslutning Teknik- og Miljøudvalget 12-03-2024",
                                     "Beslutning Teknik- og Miljøudvalget 12. marts 2024"])
def test_a_decision_heading_with_body_and_date_and_no_den(tmp_path, heading):
    item = _parse(tmp_path, BILAG_PAGE.format(bilag="").replace(
        "Beslutning\nGodkendt.\n\n\n3.", f"{heading}\nGodkendt.\nFraværende: Bo Jensen (V)\n\n3.")).items[1]
    assert [(d.committee, d.date, d.text, d.absent) for d in item.decisions] == [
        ("Teknik- og Miljøudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])]


def test_beslutning_before_a_name_and_a_date_is_a_heading_only_when_the_name_is_a_body():
    from sagsgang.parse.headings import decision_body_date, is_heading

    assert decision_body_date("Beslutning Økonomiudvalget 12-03-2024") == ("Økonomiudvalget", "12-03-2024")
    assert not is_heading("Beslutning Lokalplan for Havnen 12-03-2024")


AGENDA_TAIL = ("\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
               "2. Orientering\nBeslutning\nTaget til efterretning.\n")


@pytest.mark.parametrize("line", ["12. marts 2024 kl. 16:00", "Tirsdag 12. marts 2024 kl. 16:00",
                                  "12.03.2024 kl. 16.00"])
def test_a_date_line_with_its_time_under_the_body(tmp_path, line):
    m = _parse(tmp_path, f"Økonomiudvalget\n{line}\n{AGENDA_TAIL}").meeting
    assert (m.committee, m.date, m.start_time) == ("Økonomiudvalget", "2024-03-12", "16:00")


def test_where_and_when_labels(tmp_path):
    def meeting(head: str):
        return _parse(tmp_path, f"Økonomiudvalget\n{head}\n{AGENDA_TAIL}").meeting

    m = meeting("Hvor: Byrådssalen\nHvornår: 12. marts 2024 kl. 16:00")
    assert (m.date, m.start_time, m.location) == ("2024-03-12", "16:00", "Byrådssalen")
    m = meeting("Dato og sted: 12. marts 2024 kl. 16:00, Byrådssalen")
    assert (m.date, m.start_time, m.location) == ("2024-03-12", "16:00", "Byrådssalen")
    m = meeting("Mødedato: 12. marts 2024\nHvor mødet holdes vides ikke")
    assert m.location is None  # 'hvor' is a word too: a label only with its colon or alone on a line


def test_a_status_column_after_the_titles(tmp_path):
    rows = "1 Godkendelse af dagsorden\tÅben\n2 Salg af grund i Sig\tLukket\n3 Orientering\tÅben\n"
    doc = _parse(tmp_path, f"Dagsorden\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.title, it.public) for it in doc.items] == [
        ("Godkendelse af dagsorden", True), ("Salg af grund i Sig", False), ("Orientering", True)]


@pytest.mark.parametrize("tail", ["24/123{n}", "(24/123{n})", "- Sagsnr. 24/123{n}"])
def test_a_case_number_at_the_end_of_a_title_line(tmp_path, tail):
    titles = ["Godkendelse af dagsorden", "Trafiksikkerhedsplan 2024-2028", "Kvalitetsrapport 2016/2017"]
    rows = "".join(f"{n}. {t} {tail.format(n=n)}\nBeslutning\nGodkendt.\n\n" for n, t in enumerate(titles, start=1))
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.title, it.case_numbers) for it in doc.items] == [
        (t, [f"24/123{n}"]) for n, t in enumerate(titles, start=1)]


def test_a_year_span_or_a_date_ending_a_title_is_no_case_number(tmp_path):
    rows = ("1. Trafiksikkerhedsplan 2024-2028\n2. Resultatrapport 2012/13\n3. Spørgetid 19/12-2018\n"
            "4. Tillæg til lokalplan (nr. 12/2020)\n")
    doc = _parse(tmp_path, f"Dagsorden\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.title, it.case_numbers) for it in doc.items] == [
        ("Trafiksikkerhedsplan 2024-2028", []), ("Resultatrapport 2012/13", []), ("Spørgetid 19/12-2018", []),
        ("Tillæg til lokalplan (nr. 12/2020)", [])]  # a bracket the title opened is the title's


def test_a_flattened_contents_list_with_labelled_case_numbers(tmp_path):
    titles = ["Godkendelse af dagsorden", "Budget for vejene 2025", "Salg af grund i Sig", "Lokalplan for havnen",
              "Orientering fra formanden"]
    run = " ".join(f"{n}. {t} Sag nr. 24/123{n}" for n, t in enumerate(titles, start=1))
    head = ("Referat Økonomiudvalget Mødedato: 12. marts 2024 kl. 16:00 Mødested: Byrådssalen "
            "Deltagere: Anna Hansen (A), Bo Jensen (V) Indholdsfortegnelse ")
    doc = _parse(tmp_path, head + run + " Side 1 af 12\n")
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(titles, start=1)]


def test_the_body_before_the_labels_of_a_flattened_head_line(tmp_path):
    head = "Økonomiudvalget Mødested: Byrådssalen Mødedato: Tirsdag den 12. marts 2024 Mødetidspunkt: 16:00-18:00"
    m = _parse(tmp_path, head + " Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget for vejene 4 "
                                "3. Orientering 5 Side 1 af 12\n").meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Økonomiudvalget", "2024-03-12", "16:00", "Byrådssalen")


@pytest.mark.parametrize("body, expected", [
    ("Bestyrelsen for Vestforbrænding", "Bestyrelsen for Vestforbrænding"),
    ("Lokaludvalget for Valby", "Lokaludvalget for Valby"),
    ("Beredskabskommissionen", "Beredskabskommissionen"),
    ("Kommunalbestyrelsen for Nordfyns Kommune", "Kommunalbestyrelsen"),  # the council's town is no part of it
    ("Regionsrådet for Region Syddanmark", "Regionsrådet"),
])
def test_bodies_named_for_what_they_are_for(tmp_path, body, expected):
    assert _parse(tmp_path, f"Referat\n{body}\nMødedato: 12. marts 2024\n{AGENDA_TAIL}").meeting.committee == expected


def test_members_with_their_party_by_name_after_a_dash(tmp_path):
    head = "Deltagere: Anna Hansen - Socialdemokratiet, Bo Jensen - Venstre, Carl Nielsen - SF"
    m = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n{head}\n{AGENDA_TAIL}").meeting
    assert m.participants == ["Anna Hansen - Socialdemokratiet", "Bo Jensen - Venstre", "Carl Nielsen - SF"]


def test_a_transcript_printing_each_item_with_its_body_on_one_line(tmp_path):
    titles = ["Godkendelse af dagsorden", "Budget for vejene 2025", "Salg af grund i Sig"]
    rows = "".join(f"Punkt {n}: {t} Sagsnr.: 24/12{n}3 Sagsfremstilling Forvaltningen orienterer om sagen. "
                   f"Beslutning Godkendt.\n" for n, t in enumerate(titles, start=1))
    doc = _parse(tmp_path, "Referat Økonomiudvalget Mødedato: 12. marts 2024 kl. 16:00 Mødested: Byrådssalen\n" + rows)
    assert [(it.number, it.title, it.case_numbers, [d.text for d in it.decisions], [s.heading for s in it.sections])
            for it in doc.items] == [(str(n), t, [f"24/12{n}3"], ["Godkendt."], ["Sagsfremstilling", "Beslutning"])
                                     for n, t in enumerate(titles, start=1)]


def test_a_closed_marker_after_a_title_is_no_body(tmp_path):
    rows = "1. Godkendelse af dagsorden\n2. Salg af grund - Lukket punkt\n3. Orientering\n"
    doc = _parse(tmp_path, f"Dagsorden\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.title, it.public, it.sections) for it in doc.items] == [
        ("Godkendelse af dagsorden", True, []), ("Salg af grund", False, []), ("Orientering", True, [])]


@pytest.mark.parametrize("head", [
    "Økonomiudvalget Referat Dato 12.03.2024 Start 16:00 Slut 18:00 Sted Byrådssalen",
    "Referat Økonomiudvalget Tidspunkt Tirsdag 12. marts 2024 kl. 16:00 Lokale Byrådssalen",
])
def test_flattened_head_labels_without_colons(tmp_path, head):
    m = _parse(tmp_path, head + " Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget for vejene 4 "
                                "3. Orientering 5 Side 1 af 12\n").meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Økonomiudvalget", "2024-03-12", "16:00", "Byrådssalen")


def test_a_room_code_after_the_time_keeps_its_word(tmp_path):
    head = "Referat Økonomiudvalget 12. marts 2024 kl. 16:00 Lokale D116, Rådhuset\n"
    m = _parse(tmp_path, head + AGENDA_TAIL).meeting
    assert m.location == "Lokale D116, Rådhuset"


def test_the_end_of_the_meeting_is_no_start_time(tmp_path):
    head = "Økonomiudvalget Mødedato: 12.03.2024 Slut kl. 18:00 Mødested: Byrådssalen\n"
    m = _parse(tmp_path, head + AGENDA_TAIL).meeting
    assert (m.date, m.start_time, m.location) == ("2024-03-12", None, "Byrådssalen")


def _decisions_of(tmp_path, block: str):
    page = BILAG_PAGE.format(bilag="").replace("Beslutning\nGodkendt.\n\n\n3.", f"{block}\n\n3.")
    return [(d.committee, d.date, d.text) for d in _parse(tmp_path, page).items[1].decisions]


@pytest.mark.parametrize("block, date", [
    ("Beslutning den 10. marts 2024\nGodkendt.", "2024-03-10"),
    ("Beslutning (10.03.2024):\nGodkendt.", "2024-03-10"),
    ("Beslutning fra mødet 10.03.2024\nGodkendt.", "2024-03-10"),
    ("Beslutning den 10. marts 2024: Godkendt.", "2024-03-10"),
    ("Afgørelse\nGodkendt.", "2024-03-12"),
])
def test_a_decision_heading_with_a_date_only_is_the_meetings_body(tmp_path, block, date):
    assert _decisions_of(tmp_path, block) == [("Teknik- og Miljøudvalget", date, "Godkendt.")]


@pytest.mark.parametrize("block", ["Beslutning - Økonomiudvalget - 5.3.2024\nAnbefales.",
                                   "Beslutning (Økonomiudvalget 05.03.2024)\nAnbefales."])
def test_a_decision_heading_with_its_body_and_date_set_off(tmp_path, block):
    assert _decisions_of(tmp_path, block) == [("Økonomiudvalget", "2024-03-05", "Anbefales.")]


def test_a_genitive_afgoerelse_heads_a_decision(tmp_path):
    block = "Sagsfremstilling\nForvaltningen orienterer.\nIndstilling\nDirektionen indstiller, at planen godkendes.\n"
    assert _decisions_of(tmp_path, block + "Udvalgets afgørelse\nAnbefales.") == [
        ("Teknik- og Miljøudvalget", "2024-03-12", "Anbefales.")]


def test_a_dated_body_line_with_its_colon_heads_a_decision(tmp_path):
    assert _decisions_of(tmp_path, "Økonomiudvalget den 5. marts 2024:\nAnbefales.") == [
        ("Økonomiudvalget", "2024-03-05", "Anbefales.")]
    # without its colon such a line may be anything ('Velfærdslisten i Århus Byråd den 29. september 2025')
    assert _decisions_of(tmp_path, "Forslag fra Listen i Byrådet den 5. marts 2024\nTekst.") == []


def test_a_run_in_decision_heading_whose_body_has_commas(tmp_path):
    run = ("1. Godkendelse af dagsorden Sagsnr.: 24/1213 Indstilling Centerchefen indstiller, at dagsorden godkendes. "
           "Beslutning i Miljø-, Planlægning- og Bæredygtighedsudvalget den 5. marts 2018: "
           "Fraværende: Anne Bjergvang (A) Godkendt. 2. Orientering Sagsnr.: 24/1223 Indstilling "
           "Centerchefen indstiller, at orienteringen tages til "
           "efterretning. Beslutning i Miljø-, Planlægning- og Bæredygtighedsudvalget den 5. marts 2018: Taget til "
           "efterretning.")
    doc = _parse(tmp_path, "Referat Miljø-, Planlægning- og Bæredygtighedsudvalget 5. marts 2018\n\n" + run + "\n")
    assert [[(d.committee, d.date, d.text, d.absent) for d in it.decisions] for it in doc.items] == [
        [("Miljø-, Planlægning- og Bæredygtighedsudvalget", "2018-03-05", "Godkendt.", ["Anne Bjergvang (A)"])],
        [("Miljø-, Planlægning- og Bæredygtighedsudvalget", "2018-03-05", "Taget til efterretning.", [])]]


def test_a_flattened_page_with_unlabelled_case_numbers_and_decisions_without_den(tmp_path):
    page = ("1 1.      Spørgetid Sagsnr. 450-2017-25250 Initialer NIB Åbent Sagsfremstilling Byrådets møde starter med "
            "spørgetid. Beslutning i Byrådet 27. november 2018: Fraværende: Kaj Hansen (V) Der blev stillet to "
            "spørgsmål. 2.      Indkaldelse af stedfortræder Sagsnr. 450-2018-4075 Initialer NIB Åbent "
            "Sagsfremstilling "
            "Venstres byrådsgruppe har meddelt forfald. Indstilling Det indstilles, at indkaldelsen godkendes. "
            "Beslutning i Byrådet 27. november 2018: Fraværende: Kaj Hansen (V) Godkendt.")
    doc = _parse(tmp_path, f"Byrådet\n\nTranskript\n\n{page}\n")
    assert [(it.number, it.title, it.case_numbers, [(d.committee, d.date, d.text, d.absent) for d in it.decisions])
            for it in doc.items] == [
        ("1", "Spørgetid", ["450-2017-25250"],
         [("Byrådet", "2018-11-27", "Der blev stillet to spørgsmål.", ["Kaj Hansen (V)"])]),
        ("2", "Indkaldelse af stedfortræder", ["450-2018-4075"],
         [("Byrådet", "2018-11-27", "Godkendt.", ["Kaj Hansen (V)"])])]


@pytest.mark.parametrize("members", [
    "Medlemmer: Anna Hansen (A), Bo Jensen (V) - afbud, Carl Nielsen (F)",
    "Medlemmer: Anna Hansen (A), Bo Jensen (V) (afbud), Carl Nielsen (F)",
    "Medlemmer:\nAnna Hansen (A)\nBo Jensen (V) - afbud\nCarl Nielsen (F)",
    "Medlemmer:\nAnna Hansen (A)\nBo Jensen (V) Afbud\nCarl Nielsen (F)",  # a table's status column
    "Medlemmer:\nAnna Hansen (A)\nBo Jensen (V): Afbud\nCarl Nielsen (F)",
    "Medlemmer: Anna Hansen (A), Bo Jensen (V) - deltog ikke, Carl Nielsen (F)",
    "Medlemmer: Anna Hansen (A), Bo Jensen (V) (ikke mødt), Carl Nielsen (F)",
])
def test_a_member_marked_absent_in_the_members_list(tmp_path, members):
    m = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n{members}\n{AGENDA_TAIL}").meeting
    assert m.participants == ["Anna Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (F)"]
    assert m.absent == ["Bo Jensen (V)"]  # kept among the participants and listed absent (annotation rules)


@pytest.mark.parametrize("title, kind", [
    ("Udskrift af beslutningsprotokol", "beslutningsprotokol"), ("Udvalgsreferat", "referat"),
    ("Opfølgning af referat", "dagsorden"),  # an item's title, not the page's kind: no decision printed
])
def test_the_kind_a_page_calls_itself(tmp_path, title, kind):
    page = (f"Økonomiudvalget\n{title}\nMødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\nSagsfremstilling\n"
            "Dagsordenen forelægges.\n\n2. Orientering\nSagsfremstilling\nOrientering.\n")
    assert _parse(tmp_path, page).document_type == kind


TRANSCRIPT_HEAD = ("Referat Økonomiudvalget 10-01-2024\n\nTranskript\n\n1 Referat Økonomiudvalget Mødedato: 10-01-2024 "
                   "Mødetidspunkt: 15:30 Mødested: Byrådssalen Deltagere: Anna Hansen (A), Bo Jensen (V)\n\n")


def test_a_transcript_contents_list_of_two_labelled_entries(tmp_path):
    page = TRANSCRIPT_HEAD + (
        "2 Indholdsfortegnelse Pkt. Tekst Side Lukkede dagsordenspunkter Punkt 1 Klage over afgørelse 3 "
        "Åbne dagsordenspunkter Punkt 2 Eventuelt 4\n\n3 Økonomiudvalget 10-01-2024 Side 3 Punkt 1 Klage over "
        "afgørelse Sagsnr.: 17.24.12-P06-993-24\n\n4 Økonomiudvalget 10-01-2024 Side 4 Punkt 2 Eventuelt "
        "Beslutning Økonomiudvalget den 10-01-2024: -\n")
    doc = _parse(tmp_path, page)
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        ("1", "Klage over afgørelse", False), ("2", "Eventuelt", True)]


def test_a_transcript_contents_list_of_one_closed_labelled_entry(tmp_path):
    page = TRANSCRIPT_HEAD + ("2 Indholdsfortegnelse Pkt. Tekst Side Lukkede dagsordenspunkter Punkt 1 Udbud af "
                              "rammeaftale 3\n\n3 Økonomiudvalget 10-01-2024 Side 3 Punkt 1 Udbud af rammeaftale\n")
    doc = _parse(tmp_path, page)
    assert [(it.number, it.title, it.public) for it in doc.items] == [("1", "Udbud af rammeaftale", False)]


def test_the_municipality_named_in_a_printed_file_name(tmp_path):
    page = BILAG_PAGE.format(bilag="Bilag\nNoegletal_paa_udsatteomraadet_i_Roskilde_Kommune_2018-2019.pdf")
    assert _parse(tmp_path, page).municipality == "Roskilde"


@pytest.mark.parametrize("label", ["Dagsordenspunkt", "Punkt", "Sag:"])
def test_a_bare_item_label_above_a_single_case_is_no_title(tmp_path, label):
    page = (f"{label}\nLokalplan 123 for Havnen\nSagsnr.: 24/1234\n\nSagsfremstilling\n"
            "Forvaltningen har udarbejdet et forslag.\n")
    assert [(it.title, it.case_numbers) for it in _parse(tmp_path, page).items] == [
        ("Lokalplan 123 for Havnen", ["24/1234"])]


@pytest.mark.parametrize("block, committee, absent", [
    ("Beslutning i Økonomiudvalget den 5. marts 2024 (Fraværende: Bo Jensen (V))\nGodkendt.", "Økonomiudvalget",
     ["Bo Jensen (V)"]),
    ("Beslutning i Økonomiudvalget den 5. marts 2024\nGodkendt. Fraværende: Bo Jensen (V), Carl Nielsen (F).",
     "Økonomiudvalget", ["Bo Jensen (V)", "Carl Nielsen (F)"]),
    # the outcome after 'Beslutning:' is no body: the meeting's committee decided
    ("Beslutning: Godkendt. Fraværende: Bo Jensen (V)", "Teknik- og Miljøudvalget", ["Bo Jensen (V)"]),
])
def test_absentees_printed_on_a_decision_line(tmp_path, block, committee, absent):
    page = BILAG_PAGE.format(bilag="").replace("Beslutning\nGodkendt.\n\n\n3.", f"{block}\n\n3.")
    assert [(d.committee, d.text, d.absent) for d in _parse(tmp_path, page).items[1].decisions] == [
        (committee, "Godkendt.", absent)]


def test_a_flattened_members_list_ends_where_the_contents_begin(tmp_path):
    head = ("Referat Økonomiudvalget Mødedato: 12. marts 2024 Medlemmer: Anna Hansen (A) Bo Jensen (V) "
            "Carl Nielsen (F) Dorte Lund (O)")
    m = _parse(tmp_path, head + " Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budget for vejene 4 "
                                "3. Orientering 5 Side 1 af 12\n").meeting
    assert m.participants == ["Anna Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (F)", "Dorte Lund (O)"]


def test_a_number_only_header_with_its_case_number_before_the_title(tmp_path):
    rows = "".join(f"Punkt {n}\nSagsnr.: 24/123{n}\n{t}\nBeslutning\nGodkendt.\n\n"
                   for n, t in [(1, "Godkendelse af dagsorden"), (2, "Budget for vejene")])
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.number, it.title, it.case_numbers, [d.text for d in it.decisions]) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", ["24/1231"], ["Godkendt."]),
        ("2", "Budget for vejene", ["24/1232"], ["Godkendt."])]


@pytest.mark.parametrize("row", [
    "Sag nr. {n}: {t}", "Sag nr. {n} - {t}", "{t}\nSag nr. {n}",  # 'Sag nr.' with its title after or before
    "{n} | {t}", "Punkt {n} | {t}", "| {n} | {t} | Åben |",  # item table rows with their cell borders
])
def test_item_headers_in_other_printed_forms(tmp_path, row):
    titles = ["Godkendelse af dagsorden", "Budget for vejene", "Orientering fra formanden"]
    rows = "".join(row.format(n=n, t=t) + "\nBeslutning\nGodkendt.\n\n" for n, t in enumerate(titles, start=1))
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n{rows}")
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(titles, start=1)]


def test_a_short_protocol_prints_each_outcome_under_its_item_with_no_heading(tmp_path):
    page = ("Økonomiudvalget\nReferat 12. marts 2024\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
            "Fraværende: Bo Jensen (V)\n\n2. Budget for vejene\nAnbefales med de faldne bemærkninger.\n\n"
            "3. Orientering\nGodkendt af direktionen.\nSagsfremstilling\nForvaltningen orienterer.\n")
    doc = _parse(tmp_path, page)
    assert doc.meeting.absent == []  # an item's absentee, not the meeting's
    assert [(it.number, it.title, [(d.committee, d.text, d.absent) for d in it.decisions]) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", [("Økonomiudvalget", "Godkendt.", ["Bo Jensen (V)"])]),
        ("2", "Budget for vejene", [("Økonomiudvalget", "Anbefales med de faldne bemærkninger.", [])]),
        ("3", "Orientering", [])]  # 'Godkendt af …' tells who approved the case, not an outcome


PARAGRAPH_NUMBERS = """Økonomiudvalget
Referat
Mødedato: 12. marts 2024
Mødested: Rådhuset, mødelokale 1

§ 45 Godkendelse af dagsorden
Beslutning
Godkendt.

§ 46 Budgetopfølgning pr. 31. januar 2024
Sagsnr.: 24/1234
Resumé
Forvaltningen har udarbejdet budgetopfølgning.
Beslutning
Anbefales.

§ 47 Salg af grund på Skovvej
Lukket punkt.
"""


def test_items_numbered_as_paragraphs(tmp_path):
    items = _parse(tmp_path, PARAGRAPH_NUMBERS).items
    assert [(i.number, i.title, i.public) for i in items] == [
        ("45", "Godkendelse af dagsorden", True), ("46", "Budgetopfølgning pr. 31. januar 2024", True),
        ("47", "Salg af grund på Skovvej", False)]
    assert items[1].case_numbers == ["24/1234"]


TITLES_ABOVE_CASE_LABELS = """Teknik- og Miljøudvalget
Dagsorden
Mødedato: 12. marts 2024

Godkendelse af dagsorden
Sagsnr.: 24/1000
Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.

Lokalplan for boligområde ved Søvej
Sagsnr.: 24/1001
Indstilling
Forvaltningen indstiller, at forslaget vedtages.

Trafiksikkerhedsplan 2024
Sagsnr.: 24/1002
Beslutning Teknik- og Miljøudvalget den 12-03-2024

Sagen udsat til næste møde
"""


def test_unnumbered_items_take_the_heading_above_their_case_label(tmp_path):
    items = _parse(tmp_path, TITLES_ABOVE_CASE_LABELS).items
    assert [(i.title, i.case_numbers) for i in items] == [
        ("Godkendelse af dagsorden", ["24/1000"]), ("Lokalplan for boligområde ved Søvej", ["24/1001"]),
        ("Trafiksikkerhedsplan 2024", ["24/1002"])]


def test_a_decision_text_above_the_next_case_label_stays_the_decision(tmp_path):
    page = TITLES_ABOVE_CASE_LABELS + "\nSagsnr.: 24/1003\nIndstilling\nForvaltningen indstiller, at sagen udsættes.\n"
    items = _parse(tmp_path, page).items
    assert [i.title for i in items][-2:] == ["Trafiksikkerhedsplan 2024", ""]
    assert [d.text for d in items[-2].decisions] == ["Sagen udsat til næste møde"]


# a transcript's contents page whose numbers were lost after the first: the titles run on far past
# one title's length, to the end of the page line
_RUN_ON = ("Godkendelse af valgfag Dispensationsansøgning fra Nordskolen om klassestørrelse Renoveringsplan for "
           "Vestskolen Resultatrevision for beskæftigelsesindsatsen Lejemål til ungeenhed på Campus Syd Skema A for "
           "renovering af afdeling 9 Klimatilpasningsplan Forslag til driftsaftale mellem Visby Lokalråd og kommunen "
           "Kommuneplantillæg nr. 12 og Lokalplan nr. 130 for et boligområde i Byen Orientering om befordringsområdet "
           "Udpegning af medlem til Ældrerådet")
_CONTENTS = ("Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for "
             "Nationalpark 5 2 Nye medlemskandidater til Det Lokale Beskæftigelsesråd 6 3 Godkendelse af "
             "Strategiplan 8")
LONG_RUN_TRANSCRIPT = f"""Kommunalbestyrelsen. Referat. Mødedato: 26. juni 2024.

Transkript

1 Referat Mødedato: 26. juni 2024 Mødelokale: Byrådssalen Starttidspunkt for møde: 19:00

2 {_CONTENTS} 4 {_RUN_ON}
"""


def test_a_transcripts_run_on_titles_go_to_the_end_of_the_page_line(tmp_path):
    titles = [i.title for i in _parse(tmp_path, LONG_RUN_TRANSCRIPT).items]
    assert len(_RUN_ON) > 400
    assert titles[-1] == "Udpegning af medlem til Ældrerådet"
    assert "Orientering om befordringsområdet" in titles and len(titles) >= 11


def test_a_run_on_list_stops_where_prose_begins(tmp_path):
    page = LONG_RUN_TRANSCRIPT.rstrip("\n") + (" Dialogmødet starter kl. 16.30. Der er afsat 45 minutter til "
                                               "dialog med borgerne om Udvikling af midtbyen\n")
    titles = [i.title for i in _parse(tmp_path, page).items]
    assert titles[-1] == "Udpegning af medlem til Ældrerådet"


UNNUMBERED_CONTENTS_TRANSCRIPT = """Kommunalbestyrelsen Beslutningsprotokol

Transkript

1 Kommunalbestyrelsen Beslutningsprotokol Mødedato 12. marts 2024 Mødetidspunkt 17:00 Mødelokale Byrådssalen \
Indholdsfortegnelse Godkendelse af dagsorden...2 Budgetopfølgning 2024...3 Lokalplan nr. 12 for Søvej...5 \
Trafiksikkerhedsplan...7 Eventuelt...9

2 Godkendelse af dagsorden Beslutning Godkendt. Budgetopfølgning 2024 Beslutning Taget til efterretning.
"""


def test_a_contents_list_without_numbers_finds_its_titles_again_at_their_bodies(tmp_path):
    doc = _parse(tmp_path, UNNUMBERED_CONTENTS_TRANSCRIPT)
    assert doc.meeting.location == "Byrådssalen"
    assert [(i.title, [d.text for d in i.decisions]) for i in doc.items] == [
        ("Godkendelse af dagsorden", ["Godkendt."]), ("Budgetopfølgning 2024", ["Taget til efterretning."]),
        ("Lokalplan nr. 12 for Søvej", []), ("Trafiksikkerhedsplan", []), ("Eventuelt", [])]


def test_a_listed_title_in_prose_heads_no_body(tmp_path):
    page = UNNUMBERED_CONTENTS_TRANSCRIPT.replace(
        "Godkendt. Budgetopfølgning", "Godkendt. Budgetopfølgning 2024 blev nævnt. Budgetopfølgning")
    decisions = [[d.text for d in i.decisions] for i in _parse(tmp_path, page).items]
    assert decisions[:2] == [["Godkendt. Budgetopfølgning 2024 blev nævnt."], ["Taget til efterretning."]]


@pytest.mark.parametrize("contents", [
    # the contents' own heading after the place
    "Indhold Punkt 1 Godkendelse af dagsorden Side 2 Punkt 2 Budgetopfølgning 2024 Side 3 Punkt 3 Lokalplan "
    "Søvej Side 5",
    # a contents table's column heads after the place
    "Punkt Titel Side 1 Godkendelse af dagsorden 3 2 Budgetopfølgning 2024 4 3 Lokalplan Søvej 6"])
def test_a_place_ends_where_the_contents_begin(tmp_path, contents):
    page = ("Byrådet Dagsorden 12. marts 2024\n\nTranskript\n\n1 Byrådet Dagsorden Mødedato: 12. marts 2024 "
            f"Tidspunkt: 17:00 Mødested: Byrådssalen {contents}\n")
    doc = _parse(tmp_path, page)
    assert doc.meeting.location == "Byrådssalen"
    assert [i.title for i in doc.items] == ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan Søvej"]


def _numbered_page(form: str, decision_line: str = "Godkendt.") -> str:
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar 2024", "Lokalplan nr. 12 for Søvej"]
    out = ["Økonomiudvalget", "Referat", "Mødedato: 12. marts 2024", ""]
    for n, t in enumerate(titles, 1):
        out += [form.format(n=n) + t, f"Sagsnr.: 24/10{n:02d}", "Beslutning", decision_line, ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("form", ["Punkt nr. {n} - ", "Pkt. nr. {n}: ", "Dagsordenpunkt nr. {n}: ", "Sag {n} - ",
                                  "{n}) ", "({n}) "])
def test_item_number_labels(tmp_path, form):
    items = _parse(tmp_path, _numbered_page(form)).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. januar 2024"),
        ("3", "Lokalplan nr. 12 for Søvej")]


def test_a_decision_answering_the_proposals_points_starts_no_item(tmp_path):
    page = _numbered_page("{n}. ", "Ad 1. Godkendt.\nAd 2. Udsat til næste møde.")
    items = _parse(tmp_path, page).items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [d.text for d in items[0].decisions] == ["Ad 1. Godkendt. Ad 2. Udsat til næste møde."]


@pytest.mark.parametrize("form", ["{n}. ", "{n} ", "Punkt {n} ", "Sag nr. {n} "])
def test_a_flattened_contents_list_ending_its_page_line_with_a_page_number(tmp_path, form):
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar 2024", "Lokalplan nr. 12 for Søvej",
              "Trafiksikkerhedsplan 2025"]
    toc = " ".join(f"{form.format(n=n)}{t} {n + 2}" for n, t in enumerate(titles, 1))
    body = " ".join(f"{form.format(n=n)}{t} Sagsnr.: 24/10{n:02d} Beslutning Godkendt."
                    for n, t in enumerate(titles, 1))
    page = (f"Økonomiudvalget Referat 12. marts 2024\n\nTranskript\n\n1 Økonomiudvalget Referat Mødedato: 12. marts "
            f"2024 Mødested: Rådhuset Indholdsfortegnelse {toc}\n\n2 {body}\n")
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title, i.case_numbers) for i in items] == [
        (str(n), t, [f"24/10{n:02d}"]) for n, t in enumerate(titles, 1)]
    assert all([d.text for d in i.decisions] == ["Godkendt."] for i in items)


@pytest.mark.parametrize("heading", ["Udvalgets beslutning:", "UDVALGETS BESLUTNING"])
def test_the_committee_named_by_its_kind_is_the_meetings(tmp_path, heading):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", f"{heading}\nGodkendt.")
    decisions = [d for i in _parse(tmp_path, page).items for d in i.decisions]
    assert [(d.committee, d.date, d.text) for d in decisions] == [("Økonomiudvalget", "2024-03-12", "Godkendt.")] * 3


@pytest.mark.parametrize("label", ["Ikke til stede under behandlingen:", "Fraværende under punktets behandling:"])
def test_absence_labels_naming_the_items_treatment(tmp_path, label):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.\n\n",
                                           f"Beslutning\nGodkendt.\n{label} Bo Jensen (V)\n\n", 1)
    items = _parse(tmp_path, page).items
    assert [(d.text, d.absent) for d in items[0].decisions] == [("Godkendt.", ["Bo Jensen (V)"])]
    assert [d.absent for d in items[1].decisions] == [[]]


def _header_page(header: str) -> str:
    return f"Økonomiudvalget\nReferat\n{header}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"


def test_a_meeting_label_with_a_date_is_when_and_where(tmp_path):
    m = _parse(tmp_path, _header_page("Møde: 12. marts 2024 kl. 17.00 i Byrådssalen")).meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Økonomiudvalget", "2024-03-12", "17:00", "Byrådssalen")


@pytest.mark.parametrize("label", ["Afbud/fravær", "Fravær/afbud"])
def test_combined_absence_labels(tmp_path, label):
    m = _parse(tmp_path, _header_page(f"Mødedato: 12.03.2024\n{label}: Bo Jensen (V)")).meeting
    assert (m.date, m.absent) == ("2024-03-12", ["Bo Jensen (V)"])


def test_the_outcome_after_an_absence_label_on_its_line_is_the_decision(tmp_path):
    page = _numbered_page("{n}. ", "Fraværende: Bo Jensen (V), Lise Holm (F). Godkendt.")
    decisions = [d for i in _parse(tmp_path, page).items for d in i.decisions]
    assert [(d.text, d.absent) for d in decisions] == [("Godkendt.", ["Bo Jensen (V)", "Lise Holm (F)"])] * 3


def test_an_earlier_treatment_under_a_history_heading_needs_no_colon(tmp_path):
    page = _numbered_page("{n}. ").replace(
        "Beslutning\nGodkendt.", "Tidligere beslutninger\nØkonomiudvalget den 05-03-2024\nAnbefales.\n"
        "Afbud: Bo Jensen (V)\n\nBeslutning i Byrådet den 12. marts 2024\nGodkendt.")
    decisions = _parse(tmp_path, page).items[0].decisions
    assert [(d.committee, d.date, d.text, d.absent) for d in decisions] == [
        ("Økonomiudvalget", "2024-03-05", "Anbefales.", ["Bo Jensen (V)"]), ("Byrådet", "2024-03-12", "Godkendt.", [])]


STATUS_TITLED = """Økonomiudvalget
Dagsorden
Mødedato: 12. marts 2024
Mødested: Byrådssalen

Åben sag: Godkendelse af dagsorden
Sagsnr.: 24/1000
Indstilling
Direktionen indstiller, at dagsordenen godkendes.

Åben sag: Budgetopfølgning pr. 31. januar
Sagsnr.: 24/1001
Indstilling
Direktionen indstiller, at opfølgningen tages til efterretning.

Lukket sag: Salg af grund
"""


def test_items_headed_by_their_status_and_title(tmp_path):
    items = _parse(tmp_path, STATUS_TITLED).items
    assert [(i.title, i.public, i.case_numbers) for i in items] == [
        ("Godkendelse af dagsorden", True, ["24/1000"]), ("Budgetopfølgning pr. 31. januar", True, ["24/1001"]),
        ("Salg af grund", False, [])]


def _contents_transcript(row: str) -> str:
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. januar 2024", "Lokalplan nr. 12 for Søvej",
              "Trafiksikkerhedsplan 2025", "Salg af grund"]
    toc = " ".join(row.format(n=n, t=t, p=n + 2, s="Lukket" if n == 5 else "Åben", c=f"24/10{n:02d}")
                   for n, t in enumerate(titles, 1))
    return (f"Økonomiudvalget Referat 12. marts 2024\n\nTranskript\n\n1 Økonomiudvalget Referat Mødedato: 12. marts "
            f"2024 Mødested: Rådhuset\n\n2 Indholdsfortegnelse {toc}\n")


def test_a_contents_rows_status_column_before_the_title(tmp_path):
    items = _parse(tmp_path, _contents_transcript("{n} {s} {t} {p}")).items
    assert [(i.number, i.title, i.public) for i in items][-2:] == [
        ("4", "Trafiksikkerhedsplan 2025", True), ("5", "Salg af grund", False)]


def test_a_title_starting_with_a_lower_case_word_after_its_status_keeps_it(tmp_path):
    page = _numbered_page("{n}. ").replace("1. Godkendelse af dagsorden", "1. Åben skole i kommunen")
    assert _parse(tmp_path, page).items[0].title == "Åben skole i kommunen"


def test_a_members_tables_column_heads_on_their_own_line_are_no_member(tmp_path):
    page = _header_page("Mødedato: 12.03.2024\nMedlemmer\nNavn Parti\nAnne Hansen A\nBo Jensen V\nLise Holm F")
    assert _parse(tmp_path, page).meeting.participants == ["Anne Hansen A", "Bo Jensen V", "Lise Holm F"]


def test_a_numbered_bilag_list_stays_the_items_bilag(tmp_path):
    bilag = "Bilag\n1. Notat om budget\n2. Oversigt over anlæg\n3. Tidsplan for anlæg\n\nBeslutning"
    page = _numbered_page("{n}. ").replace("Beslutning", bilag)
    items = _parse(tmp_path, page).items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert all([a.title for a in i.attachments] == ["Notat om budget", "Oversigt over anlæg", "Tidsplan for anlæg"]
               and [d.text for d in i.decisions] == ["Godkendt."] for i in items)


@pytest.mark.parametrize("points", [
    "Indstilling\nDirektionen indstiller, at\n1. Budgettet godkendes\n2. Anlægsbevillingen frigives\n"
    "3. Sagen sendes til Byrådet\n\nBeslutning",
    "Sagsfremstilling\nDer er tre forhold:\n1. Økonomi\n2. Tidsplan\n3. Organisering\n\nBeslutning"])
def test_numbered_points_inside_an_item_are_no_items(tmp_path, points):
    two_items = _numbered_page("{n}. ").split("3. Lokalplan")[0]  # the last point's number would be the next item's
    items = _parse(tmp_path, two_items.replace("Beslutning", points)).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. januar 2024")]
    assert all([d.text for d in i.decisions] == ["Godkendt."] for i in items)


def test_a_contents_list_under_the_header_still_lists_the_items(tmp_path):
    page = ("Økonomiudvalget\nReferat\nMødedato: 12. marts 2024\n\nIndhold\n1. Godkendelse af dagsorden\n"
            "2. Budgetopfølgning\n3. Eventuelt\n\nDagsorden\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
            "2. Budgetopfølgning\nBeslutning\nTaget til efterretning.\n\n3. Eventuelt\nBeslutning\nIntet.\n")
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in items] == [
        ("1", "Godkendelse af dagsorden", ["Godkendt."]), ("2", "Budgetopfølgning", ["Taget til efterretning."]),
        ("3", "Eventuelt", ["Intet."])]


def test_an_items_own_numbered_headings_are_no_items(tmp_path):
    text = ("Sagsfremstilling\n1. Baggrund\nKommunen har modtaget en ansøgning.\n2. Økonomi\nUdgiften er 2 mio. kr.\n"
            "3. Vurdering\nForvaltningen anbefaler.\n\nBeslutning")
    two_items = _numbered_page("{n}. ").split("3. Lokalplan")[0]
    items = _parse(tmp_path, two_items.replace("Beslutning", text)).items
    assert [(i.number, i.title, [d.text for d in i.decisions]) for i in items] == [
        ("1", "Godkendelse af dagsorden", ["Godkendt."]), ("2", "Budgetopfølgning pr. 31. januar 2024", ["Godkendt."])]


def test_a_number_ahead_of_the_items_still_to_come_is_no_item(tmp_path):
    page = _numbered_page("{n}. ").replace("Sagsnr.: 24/1001\n", "Sagsnr.: 24/1001\nSagsfremstilling\n3. Vurdering\n"
                                           "Forvaltningen anbefaler.\n", 1)
    items = _parse(tmp_path, page).items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [d.text for d in items[1].decisions] == ["Godkendt."]


def test_a_bilag_numbered_otherwise_does_not_hide_the_next_item(tmp_path):
    page = _numbered_page("{n}. ").replace("Godkendt.\n\n2. Budget",
                                           "Godkendt.\n\nBilag\n1 Notat om budget\n\n2. Budget", 1)
    items = _parse(tmp_path, page).items
    assert [(i.number, len(i.attachments), [d.text for d in i.decisions]) for i in items] == [
        ("1", 1, ["Godkendt."]), ("2", 0, ["Godkendt."]), ("3", 0, ["Godkendt."])]


@pytest.mark.parametrize("line", ["Punkt 2 blev behandlet efter punkt 5.", "Sag nr. 12 udgår.",
                                  "Nr. 3 på listen blev godkendt.", "Pkt. 4 i indstillingen udgår.",
                                  "Punkt 2: Godkendt."])
def test_a_decisions_sentence_about_a_point_is_no_item_header(tmp_path, line):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", f"Beslutning\n{line}\nGodkendt.", 1)
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. januar 2024"),
        ("3", "Lokalplan nr. 12 for Søvej")]
    assert [d.text for d in items[0].decisions] == [f"{line} Godkendt."]


@pytest.mark.parametrize("text", ["Ejendommen ligger på Skovvej\nNr. 12\nog er på 800 m2.",
                                  "Ejendommen ligger på Skovvej\nPunkt 3\nog er på 800 m2."])
def test_a_label_like_line_in_a_text_keeps_the_pages_numbered_headers(tmp_path, text):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", f"Sagsfremstilling\n{text}\nBeslutning\nGodkendt.")
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. januar 2024"),
        ("3", "Lokalplan nr. 12 for Søvej")]


def test_a_page_of_labelled_headers_keeps_them_over_numbered_points(tmp_path):
    page = ("Børne- og Skoleudvalget\nReferat\n14-02-2012\n\nMeddelelser\nSag nr. 11\n\nSagens kerne\n\n"
            "Meddelelsespunkter:\n\n1. Nyhedsliste for Undervisning.\n2. Områdekort for Tinderhøj Skole.\n"
            "3. Brev fra Tinderhøj Skole om skoledistrikter.\n\nBeslutning\n\nTaget til efterretning\n\n"
            "Renovering af legepladser - Regnskab\nSag nr. 12\n\nBeslutning\n\nGodkendt\n")
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title) for i in items] == [("11", "Meddelelser"),
                                                    ("12", "Renovering af legepladser - Regnskab")]


def test_one_label_like_line_does_not_outweigh_the_numbered_headers(tmp_path):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", "Sagsfremstilling\nEjendommen:\nNr. 12\n"
                                           "Skovvej i Nordby.\nBeslutning\nGodkendt.", 1)
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. januar 2024"),
        ("3", "Lokalplan nr. 12 for Søvej")]


@pytest.mark.parametrize("cells", ["Økonomiudvalget\n12-03-2024", "Økonomiudvalget 12-03-2024",
                                   "12-03-2024 Økonomiudvalget"])
def test_who_and_when_under_a_plain_decision_heading_are_no_decision_text(tmp_path, cells):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", f"Beslutning\n{cells}\nGodkendt.", 1)
    decisions = _parse(tmp_path, page).items[0].decisions
    assert [(d.committee, d.date, d.text) for d in decisions] == [("Økonomiudvalget", "2024-03-12", "Godkendt.")]


def test_a_body_named_in_the_decision_text_stays_text(tmp_path):
    page = _numbered_page("{n}. ", "Oversendt til Byrådet.")
    assert [d.text for d in _parse(tmp_path, page).items[0].decisions] == ["Oversendt til Byrådet."]


@pytest.mark.parametrize(("label", "header"), [
    # in brackets before or after a title
    ("{n}. ", "5. (Lukket) Salg af grund"), ("{n}. ", "5. [Lukket] Salg af grund"),
    ("{n}. ", "5. Salg af grund [Lukket]"), ("{n}. ", "5. Salg af grund (fortrolig)"),
    # around an item's label
    ("Punkt {n}: ", "Lukket punkt 5: Salg af grund"), ("Punkt {n}: ", "Punkt 5 (lukket): Salg af grund"),
    ("Punkt {n}: ", "Punkt 5: [Lukket] Salg af grund")])
def test_closed_markers_keep_the_closed_item(tmp_path, label, header):
    page = (f"Økonomiudvalget\nReferat\nMødedato: 12. marts 2024\n\n{label.format(n=4)}Godkendelse af dagsorden\n"
            f"Beslutning\nGodkendt.\n\n{header}\n\n{label.format(n=6)}Eventuelt\nBeslutning\nIntet.\n")
    items = _parse(tmp_path, page).items
    assert [(i.number, i.title, i.public) for i in items] == [
        ("4", "Godkendelse af dagsorden", True), ("5", "Salg af grund", False), ("6", "Eventuelt", True)]


def test_a_draft_of_minutes_is_minutes(tmp_path):
    page = _numbered_page("{n}. ").replace("Referat\n", "Udkast til referat\n", 1).replace(
        "Beslutning\nGodkendt.", "Indstilling\nDirektionen indstiller, at sagen godkendes.")
    assert _parse(tmp_path, page).document_type == "referat"


def test_section_headings_known_by_their_head_noun(tmp_path):
    heads = ["Administrative konsekvenser", "Konsekvenser for borgerne", "Ældrerådets bemærkninger",
             "Miljøvurdering", "Handicappolitisk vurdering", "Retlige forhold", "Planforhold"]
    body = "".join(f"{h}\nTeksten under overskriften følger her.\n" for h in heads)
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", f"{body}Beslutning\nGodkendt.", 1)
    assert [s.heading for s in _parse(tmp_path, page).items[0].sections] == [*heads, "Beslutning"]


def test_a_sentence_ending_in_a_head_noun_is_no_heading(tmp_path):
    page = _numbered_page("{n}. ").replace("Beslutning\nGodkendt.", "Sagsfremstilling\nDer er ingen væsentlige "
                                           "konsekvenser\nfor borgerne i området.\nBeslutning\nGodkendt.", 1)
    assert [s.heading for s in _parse(tmp_path, page).items[0].sections] == ["Sagsfremstilling", "Beslutning"]


def test_an_absentees_remark_after_a_dash_is_no_part_of_the_name(tmp_path):
    m = _parse(tmp_path, _header_page("Mødedato: 12.03.2024\nFraværende:\nBo Jensen (V) - afbud\n"
                                      "Lise Holm (F) - syg")).meeting
    assert m.absent == ["Bo Jensen (V)", "Lise Holm (F)"]


@pytest.mark.parametrize("label", ["Sagens videre forløb: Økonomiudvalget, Byrådet",
                                   "Sagen behandles i: Økonomiudvalget og Byrådet",
                                   "Forventet behandling: Økonomiudvalget 12.03.2024, Byrådet 26.03.2024"])
def test_labelled_routes_on_one_line(tmp_path, label):
    page = _numbered_page("{n}. ").replace("Sagsnr.: 24/1001\n", f"Sagsnr.: 24/1001\n{label}\n", 1)
    items = _parse(tmp_path, page).items
    assert [i.route for i in items] == [["Økonomiudvalget", "Byrådet"], [], []]


def test_a_sentence_after_a_route_label_is_no_route(tmp_path):
    page = _numbered_page("{n}. ").replace("Sagsnr.: 24/1001\n", "Sagsnr.: 24/1001\nSagens videre forløb: Sagen "
                                           "sendes til Byrådet.\n", 1)
    assert _parse(tmp_path, page).items[0].route == []


FOLD_OUTS = """Referat

Dato: Torsdag, 10. september 2020 - 16:30
Sted: Mødelokale 2A
 • Pkt. 101 Meddelelser fra formanden

  Pkt. 101

  Meddelelser fra formanden

  Sagsnr. 299831 Socialudvalget Åbent punkt

  Intet.

 • Pkt. 102 Dialogmøde med Udsatterådet

  Noegletal_paa_udsatteomraadet_2019.pdf Udsatteraadet_-_evaluering_af_1._aar.pdf Vedtaegter.pdf

  Pkt. 102

  Dialogmøde med Udsatterådet

  Sagsnr. 311870 Socialudvalget Åbent punkt

  Indstilling

  Forvaltningen indstiller, at sagen drøftes.
"""


def test_attached_files_above_an_unfolded_item_are_its_bilag(tmp_path):
    """An accordion page: each item's fold-out line, the files it links, then its text under its header.
    The files' names are the bilag of the item they are listed under, not of the item before."""
    items = _parse(tmp_path, FOLD_OUTS).items
    assert [(it.number, it.title) for it in items] == [("101", "Meddelelser fra formanden"),
                                                       ("102", "Dialogmøde med Udsatterådet")]
    assert items[0].attachments == []
    assert [a.title for a in items[1].attachments] == [
        "Noegletal_paa_udsatteomraadet_2019.pdf", "Udsatteraadet_-_evaluering_af_1._aar.pdf", "Vedtaegter.pdf"]
    assert all(not re.search(r"Pkt\.|\.pdf", s.text) for it in items for s in it.sections)


@pytest.mark.parametrize("files", ["Notat om busbestilling 2020.pdf Høringssvar.docx",
                                   "Notat om busbestilling 2020.pdf\nHøringssvar.docx"])
def test_a_line_of_file_names_under_bilag_is_one_bilag_each(tmp_path, files):
    doc = _parse(tmp_path, "Teknikudvalget\nReferat\n\n1. Busbestilling 2020\nIndstilling\nGodkendes.\n"
                           f"Bilag\n{files}\n\n2. Eventuelt\nBeslutning\nIntet.\n")
    assert [a.title for a in doc.items[0].attachments] == ["Notat om busbestilling 2020.pdf", "Høringssvar.docx"]
    assert doc.items[1].attachments == []


@pytest.mark.parametrize("row", ["1 -\tÅben\t", "1\t-\tÅben\t", "1 - Åben "])
def test_a_bilag_table_row_reads_the_same_with_a_tab_after_its_number(tmp_path, row):
    doc = _parse(tmp_path, "Økonomiudvalget\nReferat\n\n1. Budget 2025\nBilag\n"
                           f"{row}Notat om budget 2025\t(108896/22)\t(H)\n"
                           f"{row.replace('1', '2', 1).replace('Åben', 'Lukket')}Fortrolig aftale\t(107782/22)\t(H)\n")
    assert [(a.number, a.title, a.public) for a in doc.items[0].attachments] == [
        ("1", "Notat om budget 2025", True), ("2", "Fortrolig aftale", False)]


CAPITAL_TITLES = ["GODKENDELSE AF DAGSORDEN", "BUDGET 2025 FOR VEJOMRÅDET", "LOKALPLAN FOR SØVEJ", "EVENTUELT"]


@pytest.mark.parametrize("items", [
    "\n".join(f"{n}. {t}\nBeslutning\nGodkendt.\n" for n, t in enumerate(CAPITAL_TITLES, 1)),  # headers with bodies
    " ".join(f"{n}. {t}" for n, t in enumerate(CAPITAL_TITLES, 1)),  # a list flattened onto one line
])
def test_titles_printed_in_capitals_keep_their_last_words(tmp_path, items):
    """A title in capitals throughout is no title followed by a capitals group line ('… TIL EFTERRETNING')."""
    doc = _parse(tmp_path, f"Teknikudvalget\nReferat\nMødedato: 12. marts 2024\n\n{items}\n")
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(CAPITAL_TITLES, 1)]


CONTENTS_TITLES = ["Godkendelse af dagsorden", "Budget 2025 for vejområdet", "Lokalplan 123 for Søvej",
                   "Salg af grund i Sig (Lukket)", "Eventuelt"]


@pytest.mark.parametrize("row", ["{title} ........ {page}", "{title}\t{page}", "{title}\n{page}"])
def test_a_contents_list_without_item_numbers_is_read_by_its_pages(tmp_path, row):
    """Titles one a line, each with its page behind a leader, a tab or on the next line: the items of an
    agenda whose contents prints no numbers; the pages are no item numbers."""
    rows = "\n".join(row.format(title=t, page=p) for t, p in zip(CONTENTS_TITLES, [2, 4, 7, 9, 12], strict=True))
    doc = _parse(tmp_path, f"Økonomiudvalget\nDagsorden\nMødedato: 12. marts 2024 kl. 16:00\n\nIndhold\n{rows}\n")
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        (None, "Godkendelse af dagsorden", True), (None, "Budget 2025 for vejområdet", True),
        (None, "Lokalplan 123 for Søvej", True), (None, "Salg af grund i Sig", False), (None, "Eventuelt", True)]


@pytest.mark.parametrize("row", ["{title}\t{page}", "{title}\tSide {page}", "{title} ........ s. {page}"])
def test_pages_one_a_line_that_run_like_item_numbers_are_pages(tmp_path, row):
    """No cue above the list and pages 1, 2, 3 … (each item on a page of its own): each number ends the line
    its title begins, so it is the title's page, not the next item's number; the header's last line, ending
    in a number of its own ('Mødested: Rådhuset, lokale 1'), is no entry."""
    rows = "\n".join(row.format(title=t, page=p) for p, t in enumerate(CONTENTS_TITLES, 1))
    doc = _parse(tmp_path, f"Økonomiudvalget\nDagsorden\nMødedato: 12. marts 2024 kl. 16:00\n"
                           f"Mødested: Rådhuset, lokale 1\n\n{rows}\n")
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        (None, "Godkendelse af dagsorden", True), (None, "Budget 2025 for vejområdet", True),
        (None, "Lokalplan 123 for Søvej", True), (None, "Salg af grund i Sig", False), (None, "Eventuelt", True)]


def test_a_table_of_figures_is_no_contents_list(tmp_path):
    doc = _parse(tmp_path, "Økonomiudvalget\nReferat\nMødedato: 12. marts 2024\n\nElevtal\nSkovbo 120\nHavdrup 130\n"
                           "Karlslunde 150\nTune 170\n")
    assert doc.items == []


@pytest.mark.parametrize("line_end", ["\n", "\n\n"])  # a web page may print a blank line after every line
@pytest.mark.parametrize("cells", ["{n}\n{title}\n{status}", "{n}\n{status}\n{title}"])
def test_a_contents_table_read_one_cell_a_line_with_a_status_column(tmp_path, cells, line_end):
    """Number, title and 'Åben'/'Lukket' as a table's cells, one a line: the status is no item's header."""
    rows = [("Godkendelse af dagsorden", "Åben"), ("Budget 2025 for vejområdet", "Åben"),
            ("Salg af grund i Sig", "Lukket"), ("Eventuelt", "Åben")]
    table = "\n".join(cells.format(n=n, title=t, status=s) for n, (t, s) in enumerate(rows, 1))
    page = f"Økonomiudvalget\nDagsorden\nMødedato: 12. marts 2024 kl. 16:00\n\n{table}\n"
    doc = _parse(tmp_path, re.sub(r"\n+", line_end, page))
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        (str(n), t, s == "Åben") for n, (t, s) in enumerate(rows, 1)]


@pytest.mark.parametrize("mark", ["", "• ", "- "])
def test_an_announced_list_of_titles_without_numbers_is_the_agenda(tmp_path, mark):
    """'Dagsordenspunkter' and below it one title a line, no number, no page: the meeting's items, up to the
    first line that is no title."""
    titles = ["Godkendelse af dagsorden", "Budget 2025 for vejområdet", "Lokalplan 123 for Søvej", "Eventuelt"]
    rows = "\n".join(mark + t for t in titles)
    doc = _parse(tmp_path, f"Økonomiudvalget\nDagsorden\nMødedato: 12. marts 2024 kl. 16:00\n\n"
                           f"Dagsordenspunkter:\n{rows}\n\n"
                           "Mødet sluttede kl. 17.30, og formanden takkede for god ro og orden under hele mødet.\n")
    assert [(it.number, it.title) for it in doc.items] == [(None, t) for t in titles]


def test_lines_under_the_page_title_agenda_are_no_list_of_items(tmp_path):
    """'Dagsorden' names the document, it announces no list: the committee and place below it are no items."""
    doc = _parse(tmp_path, "Dagsorden\nØkonomiudvalget\nRådhuset, mødelokale 2\nByrådssalen\n\n"
                           "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert [it.title for it in doc.items] == ["Godkendelse af dagsorden"]


def test_numbered_headers_whose_sections_are_fold_out_bullets(tmp_path):
    """'571. Spørgetid' / '• Sagsfremstilling': the section headings of a fold-out page carry a bullet and
    still vouch for the number above them as an item's header (an item's own points are no items)."""
    page = ("Byrådet 24-06-2020 16:00 Referat\n\n571. Spørgetid 24. juni 2020\n  • Sagsfremstilling\n\n"
            "    To spørgsmål:\n\n    1. Vores Mols Bjerge. Spørgsmål besvaret af borgmesteren på mødet\n"
            "    2. Spørgsmål om lukning af CAS. Der udarbejdes et skriftligt svar.\n"
            "572. Revisionsberetning nummer 31 - årsregnskab 2019\n  • Resumé\n\n"
            "    Revisionen har afgivet beretning.\n")
    doc = _parse(tmp_path, page)
    assert [(it.number, it.title) for it in doc.items] == [
        ("571", "Spørgetid 24. juni 2020"), ("572", "Revisionsberetning nummer 31 - årsregnskab 2019")]


@pytest.mark.parametrize("heading", ["Beslutning i Byrådet den 14-08-2019", "BESLUTNING I BYRÅDET DEN 14-08-2019",
                                     "BESLUTNING I BYRÅDET D. 14-08-2019"])
def test_a_decision_heading_printed_in_capitals_keeps_its_body_and_date(tmp_path, heading):
    doc = _parse(tmp_path, "Byrådet\nReferat\nMødedato: 14. august 2019\n\n1. Budget 2020\nSAGSFREMSTILLING\n"
                           f"Forvaltningen har udarbejdet budgettet.\n{heading}\nGodkendt.\n")
    d = doc.items[0].decisions
    assert [(x.committee.casefold(), x.date, x.text) for x in d] == [("byrådet", "2019-08-14", "Godkendt.")]
    assert [s.heading.casefold() for s in doc.items[0].sections] == ["sagsfremstilling", "beslutning"]


WRAPPED = """Referat
Byrådet
Mødedato: 14. august 2019 kl. 18:00
Mødested: Byrådssalen

Mødedeltagere

Anders Buhl-Christensen, Berner Nielsen, Bjarne Overmark, Christian
Boldsen, Christian Kirk, Claus Ørsted, Daniel Madié, Ellen Petersen,
Erik Poulsen

190. Godkendelse af dagsorden til kommunalbestyrelsesmøde den 14.
august 2019
191. Budgetopfølgning 1. kvartal 2018 for Udvalget for Økonomi og
Erhverv

190. Godkendelse af dagsorden til kommunalbestyrelsesmøde den 14.
august 2019

Beslutning
Fraværende: Martin Stenmann (A), Peter Wagner Mollerup (V), Poul Erik
Knudsen (A)
Godkendt.

191. Budgetopfølgning 1. kvartal 2018 for Udvalget for Økonomi og
Erhverv

Sagsfremstilling
Budgetopfølgningen forelægges.
Bilag
Bilag 1: Nyhedsliste for Undervisning for perioden
04.01.2012-01.02.2012
Bilag 2: Områdekort for Tinderhøj Skole
"""


def test_lines_a_pdf_column_broke_are_read_whole(tmp_path):
    """A title, a members' list, a decision's absentees and a bilag link wrapped onto the next line by the
    page's width: the rest on the next line belongs to the line above, not to a new entry or the item's text."""
    doc = _parse(tmp_path, WRAPPED)
    assert [(it.number, it.title) for it in doc.items] == [
        ("190", "Godkendelse af dagsorden til kommunalbestyrelsesmøde den 14. august 2019"),
        ("191", "Budgetopfølgning 1. kvartal 2018 for Udvalget for Økonomi og Erhverv")]
    assert doc.meeting.participants == [
        "Anders Buhl-Christensen", "Berner Nielsen", "Bjarne Overmark", "Christian Boldsen", "Christian Kirk",
        "Claus Ørsted", "Daniel Madié", "Ellen Petersen", "Erik Poulsen"]
    assert [a.title for a in doc.items[1].attachments] == [
        "Bilag 1: Nyhedsliste for Undervisning for perioden 04.01.2012-01.02.2012",
        "Bilag 2: Områdekort for Tinderhøj Skole"]
    assert [(d.text, d.absent) for d in doc.items[0].decisions] == [
        ("Godkendt.", ["Martin Stenmann (A)", "Peter Wagner Mollerup (V)", "Poul Erik Knudsen (A)"])]


@pytest.mark.parametrize("label", ["Sagsnr.", "Sags nr.:", "J.nr.", "Journal nr.:"])
def test_a_case_number_label_alone_on_its_line_is_no_part_of_the_title(tmp_path, label):
    doc = _parse(tmp_path, f"Byrådet\nReferat\nMødedato: 12. marts 2024\n\n1. Spørgetid\n\n{label}\n\n450-2018-4075\n\n"
                           "Beslutning\nIngen spørgsmål.\n")
    assert [(it.title, it.case_numbers) for it in doc.items] == [("Spørgetid", ["450-2018-4075"])]


def test_a_contents_list_with_wrapped_entries_lists_every_item(tmp_path):
    """Entries broken over two lines by the page's width still make one run of numbers: no entry after a
    wrapped one is lost where the list is followed by the bodies of its first items."""
    rows = ("133. Godkendelse af dagsorden til mødet 10. september 2014\n134. Beslutning om byudviklingsinitiativer\n"
            "135. Forundersøgelser for udvidelse af p-kapacitet på Gasværksgrunden\n"
            "136. Beslutning af konkurrenceudsættelse af Holbæk Kommunes madservice\ntil ældre på plejecentre\n"
            "137. Fortsættelse af hjerneskadeindsatsen\n"
            "138. Godkende at der indgås aftale med Lejerbo om opførelse af små og\nbillige boliger\n"
            "139. Godkende lån og huslejestigning i Vestsjællands Almene\nBoligselskabs afdeling 22 Skolevænget\n"
            "140. Godkende lån og kommunegaranti i Boligselskabet Sjællands\nAfdeling 01-101 Vestergade, Tølløse\n"
            "141. Oplæg til oprettelse af Integrationsråd\n142. Beslutning om regnskab og beretning for 2013\n")
    body = "\n133. Godkendelse af dagsorden til mødet 10. september 2014\n\nBeslutning\nGodkendt.\n"
    items = _parse(tmp_path, f"Byrådet\nReferat\nMødedato: 10-09-2014\n\nPUNKTER\n\n{rows}{body}").items
    assert [it.number for it in items] == [str(n) for n in range(133, 143)]
    assert items[7].title == ("Godkende lån og kommunegaranti i Boligselskabet Sjællands Afdeling 01-101 "
                              "Vestergade, Tølløse")


ROWS_AND_BODIES = ("Børne- og Skoleudvalget\nDagsorden\nMødedato: 12. marts 2024\n\n"
                   "  åbent 1 Fraværende og bemærkninger til dagsordenen\n"
                   "  åbent 2 Indgåelse af lokalaftale med Bornholms Lærerforening - efter\n  høring\n"
                   "  åbent 3 Kvalitetsrapport 2016/2017\n\n"
                   "Åbent punkt\n\n1  Fraværende og bemærkninger til dagsordenen\n\n17.02.08P21-0001\n\n"
                   "Indstilling\nGodkendes.\n\nÅbent punkt\n\n2  Indgåelse af lokalaftale med Bornholms Lærerforening"
                   " - efter\nhøring\n\n17.02.08P21-0002\n\nIndstilling\nGodkendes.\n")


def test_a_header_wrapped_like_its_list_entry_and_an_entry_the_page_does_not_reach(tmp_path):
    """The header wraps where its list entry did ('… - efter' / 'høring': a heading's word in lower case is
    the title's rest); the list's third entry, whose body the page does not reach, is an item too."""
    items = _parse(tmp_path, ROWS_AND_BODIES).items
    assert [(it.number, it.title, [s.heading for s in it.sections]) for it in items] == [
        ("1", "Fraværende og bemærkninger til dagsordenen", ["Indstilling"]),
        ("2", "Indgåelse af lokalaftale med Bornholms Lærerforening - efter høring", ["Indstilling"]),
        ("3", "Kvalitetsrapport 2016/2017", [])]


@pytest.mark.parametrize("bullet", ["•", "*", "o"])  # 'o': a word processor's round bullet out of a PDF
def test_a_bulleted_numbered_list_without_bodies(tmp_path, bullet):
    # an agenda page that lists its items as a bulleted list and prints no bodies: the bullet of the next
    # entry is no part of the title before it
    page = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n{bullet} 1. Godkendelse af dagsorden\n"
            f"{bullet} 2. Budgetopfølgning pr. 31. marts 2024\n{bullet} 3. Lokalplan 1234 for boliger\n")
    assert [(it.number, it.title) for it in _parse(tmp_path, page).items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budgetopfølgning pr. 31. marts 2024"),
        ("3", "Lokalplan 1234 for boliger")]


@pytest.mark.parametrize("block, location, absent", [
    ("Sted:\nMødeleder:\nAnne Hansen (A)", None, []),
    ("Mødested: Rådhuset\nFraværende:\nStedfortræder:\nDorte Lund (F)", "Rådhuset", []),
])
def test_an_empty_label_takes_no_other_label_for_its_value(tmp_path, block, location, absent):
    # a label printed with no value, the next label below it: the next label (of any name) is no value
    page = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n{block}\n\n"
            "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    m = _parse(tmp_path, page).meeting
    assert (m.location, m.absent) == (location, absent)


@pytest.mark.parametrize("line, location", [
    ("Placering: Byrådssalen", "Byrådssalen"),  # a place under a label the header reader does not know
    ("Adresse: Torvet 1, 4000 Roskilde", "Torvet 1, 4000 Roskilde"),
    ("Afholdt i Byrådssalen", "Byrådssalen"),
    ("Mødet blev afholdt i mødelokale 2, Rådhuset", "mødelokale 2, Rådhuset"),
])
def test_a_place_said_in_other_words(tmp_path, line, location):
    page = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n{line}\n"
            "Deltagere: Anne Hansen (A), Bo Jensen (V)\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert _parse(tmp_path, page).meeting.location == location


@pytest.mark.parametrize("head, municipality, committee", [
    ("Region Sjælland\nForretningsudvalget", "Region Sjælland", "Forretningsudvalget"),  # the region as a head line
    ("Ordinært møde i Økonomiudvalget", None, "Økonomiudvalget"),  # the body, not the words of its meeting
    ("Økonomiudvalgets møde den 12. marts 2024", None, "Økonomiudvalget"),
])
def test_the_body_and_region_a_head_line_names(tmp_path, head, municipality, committee):
    page = f"{head}\nReferat\nMødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n"
    doc = _parse(tmp_path, page)
    assert (doc.municipality, doc.meeting.committee) == (municipality, committee)


def test_a_region_named_in_a_case_text_is_not_the_page_s(tmp_path):
    page = ("Forretningsudvalget\nReferat\nMødedato: 12. marts 2024\n\n1. Ansøgning om tilskud\nSagsfremstilling\n"
            "Ansøgningen sendes videre til\nRegion Sjælland\nBeslutning\nGodkendt.\n")
    assert _parse(tmp_path, page).municipality is None


@pytest.mark.parametrize("row, case_numbers, public", [
    ("{n} 24/123{n} {t}", True, True),  # a contents table's case-number column before the title
    ("{n}. Åben sag {t}", False, True),  # its status column ('Åben sag' / 'Lukket sag') before the title
    ("{n}. Lukket sag {t}", False, False),
])
def test_a_contents_row_with_a_column_before_its_title(tmp_path, row, case_numbers, public):
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts 2024", "Lokalplan 1234 for boliger"]
    rows = "\n".join(row.format(n=n, t=t) for n, t in enumerate(titles, 1))
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n{rows}\n")
    assert [(it.number, it.title, it.case_numbers, it.public) for it in doc.items] == [
        (str(n), t, [f"24/123{n}"] if case_numbers else [], public) for n, t in enumerate(titles, 1)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_number_cell_then_the_title_above_each_case_label(tmp_path, gap):
    # a table printed cell by cell: the item's number alone, its title, then its case-number label and body
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts 2024", "Lokalplan 1234 for boliger"]
    rows = "\n\n".join(f"{n}.{gap}{t}{gap}Sagsnr.: 24/123{n}\nSagsfremstilling\nForvaltningen orienterer.\n"
                       "Beslutning\nGodkendt." for n, t in enumerate(titles, 1))
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n{rows}\n")
    assert [(it.number, it.title, it.case_numbers, [d.text for d in it.decisions]) for it in doc.items] == [
        (str(n), t, [f"24/123{n}"], ["Godkendt."]) for n, t in enumerate(titles, 1)]


@pytest.mark.parametrize("status, public", [("Åbent", True), ("Lukket", False)])
def test_a_list_of_items_labelled_with_their_status(tmp_path, status, public):
    # 'Åbent punkt 1: …' / 'Lukket punkt 2: …', no bodies printed
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts 2024", "Lokalplan 1234 for boliger"]
    rows = "\n".join(f"{status} punkt {n}: {t}" for n, t in enumerate(titles, 1))
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n{rows}\n")
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        (str(n), t, public) for n, t in enumerate(titles, 1)]


@pytest.mark.parametrize("printed", ["Anne Hansen (Socialdemokratiet)", "Anne Hansen, Socialdemokratiet"])
def test_an_absentee_with_the_party_by_name_keeps_it(tmp_path, printed):
    page = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nAfbud: {printed}\n\n"
            "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert _parse(tmp_path, page).meeting.absent == [printed]


def test_titles_of_a_run_that_end_alike_part_after_their_common_ending(tmp_path):
    # a contents list run together without numbers; several titles end with the same word after a dash, each
    # after another name: each title ends there (a tag or phrase they start with, after the same word each
    # time, does not part them)
    toc = ("Indholdsfortegnelse Godkendelse af dagsorden Lokalplan for boliger ved gadekæret i Særslev Bogense "
           "Andelsboligforening - Regnskab Boligselskabet BSB Søndersø - Regnskab Boligforeningen Højstrup - "
           "Regnskab Orientering fra borgmesteren...27")
    titles = [i.title for i in _parse(tmp_path, _transcript(COVER, toc, LATER)).items]
    # the name before the first dash is its last two capitalised words (run_shape.subject_starts), as the tune gold
    # of this shape reads it
    assert titles[1:3] == ["Lokalplan for boliger ved gadekæret i Særslev", "Bogense Andelsboligforening - Regnskab"]
    assert titles[3:] == ["Boligselskabet BSB Søndersø - Regnskab", "Boligforeningen Højstrup - Regnskab",
                          "Orientering fra borgmesteren"]
    for first, second in [("ØU - Kloakrenovering Tranemosevej og omegn",
                           "ØU - Kloakrenovering Ellekærgårdområdet ved skolen"),
                          ("Ny forening - Aalborg Karate Skole søger om godkendelse",
                           "Ny forening - Aalborg Tamilsk Sports Klub søger om godkendelse")]:
        tagged = (f"Indholdsfortegnelse Godkendelse af dagsorden Budget for skolerne {first} {second} Orientering fra "
                  "borgmesteren...27")
        assert [i.title for i in _parse(tmp_path, _transcript(COVER, tagged, LATER)).items][2:4] == [first, second]


@pytest.mark.parametrize("under, title", [
    # a page's column broke no title here: the line under it is the case's number (a form the parser does not know
    # as one), the next header follows
    ("Klimatilpasningsplan\n053164-2012", "Klimatilpasningsplan"),
    ("Klimatilpasningsplan for skoleåret\n2016/17", "Klimatilpasningsplan for skoleåret 2016/17"),  # its rest
])
def test_what_the_line_under_a_long_title_is(tmp_path, under, title):
    page = ("Møde i Kommunalbestyrelsen den 16. december 2013\n2 Åbent Forslag til tillæg 2 til Kommuneplan 2013, "
            f"{under}\nResumé\nForvaltningen har udarbejdet et forslag.\n\n3 Åbent Eventuelt\nResumé\nIntet.\n")
    assert [it.title for it in _parse(tmp_path, page).items][0] == (
        f"Forslag til tillæg 2 til Kommuneplan 2013, {title}")


@pytest.mark.parametrize("joiner", ["\n", " "])  # one a line, or run together on one line
def test_items_headed_by_their_status_then_their_number(tmp_path, joiner):
    rows = joiner.join(["Åben sag: 1. Godkendelse af dagsorden", "Åben sag: 2. Budgetopfølgning pr. 31. marts 2024",
                        "Lukket sag: 3. Salg af grund"])
    doc = _parse(tmp_path, f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n{rows}\n")
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        ("1", "Godkendelse af dagsorden", True), ("2", "Budgetopfølgning pr. 31. marts 2024", True),
        ("3", "Salg af grund", False)]


@pytest.mark.parametrize("kind, decided, expected", [
    ("Udskrift af forhandlingsprotokollen", True, "beslutningsprotokol"),  # the minutes' legal name
    ("Ekstrakt af protokol", True, "beslutningsprotokol"),
    ("Udvalgsdagsorden", True, "dagsorden"),  # a page calling itself an agenda is one (annotation rules)
    ("Dagsorden og referat", True, "referat"),  # one page for both: its decisions tell which it is now
    ("Dagsorden/referat", False, "dagsorden"),
    # the two kinds a dash apart, or the agenda with its decisions
    ("Dagsorden - Referat", True, "referat"),
    ("Dagsorden med beslutninger", True, "referat"),
    ("Dagsorden med beslutninger", False, "dagsorden"),
])
def test_the_document_type_a_page_calls_itself(tmp_path, kind, decided, expected):
    body = "Beslutning\nGodkendt.\n" if decided else "Sagsfremstilling\nDagsordenen forelægges.\n"
    page = f"{kind}\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\n{body}\n2. Budget\n"
    assert _parse(tmp_path, page).document_type == expected


def test_a_bilag_title_the_line_broke_after_a_word_that_cannot_end_it(tmp_path):
    page = BILAG_PAGE.format(bilag="Bilag\nOrientering til ØU vedr. miljø- og geotekniske jordbundsforhold på\n"
                                   "Stensmosegrunden og Hjørnegrunden\nHøringssvar fra Grundejerforeningen")
    assert [a.title for a in _parse(tmp_path, page).items[1].attachments] == [
        "Orientering til ØU vedr. miljø- og geotekniske jordbundsforhold på Stensmosegrunden og Hjørnegrunden",
        "Høringssvar fra Grundejerforeningen"]


def test_a_members_list_wrapped_inside_its_last_name(tmp_path):
    page = ("Referat\nByrådet\nMødedato: 28. februar 2018\nMedlemmer: Søren Steen Andersen, Karin Christiansen, "
            "Poul Poulsen, Elmer\nPhilipsen\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert _parse(tmp_path, page).meeting.participants == [
        "Søren Steen Andersen", "Karin Christiansen", "Poul Poulsen", "Elmer Philipsen"]


def test_a_sentence_that_ends_in_a_body_and_goes_on_with_a_date_heads_no_decision(tmp_path):
    # a paragraph the page's width broke: 'På baggrund af Fritids-, Kultur- og Forebyggelsesudvalgets beslutning' /
    # 'd. 3. april 2013 anmodede udvalget …' is prose, not a genitive decision heading of a body so named
    block = ("Sagsfremstilling\nPå baggrund af Fritids-, Kultur- og Forebyggelsesudvalgets beslutning\nd. 3. april "
             "2013 anmodede udvalget foreningen om et oplæg til en kulturstrategi.")
    assert _decisions_of(tmp_path, block) == []


def test_a_menu_of_bodies_under_a_label_word_is_not_the_meetings_body(tmp_path):
    # a site's navigation before the content: 'Udvalg' and the council's bodies below it, one a line
    page = ("Udvalg\nByrådet\nØkonomiudvalget\nTeknik- og Miljøudvalget\n\nReferat\nØkonomiudvalget\n"
            "Mødedato: 12. marts 2024\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    doc = _parse(tmp_path, page)
    assert doc.meeting.committee == "Økonomiudvalget"
    assert [d.committee for d in doc.items[0].decisions] == ["Økonomiudvalget"]


def test_items_printed_without_numbers_each_a_title_over_the_same_first_heading(tmp_path):
    blocks = [("Godkendelse af dagsorden", "Godkendt."), ("Budget for vejene", "Godkendt."),
              ("Lokalplan for Skovvej", "Anbefales.")]
    page = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\n" + "\n".join(
        f"{t}\nSagsfremstilling\nForvaltningen orienterer.\nBeslutning\n{d}\n" for t, d in blocks)
    doc = _parse(tmp_path, page)
    assert [(it.title, [d.text for d in it.decisions]) for it in doc.items] == [(t, [d]) for t, d in blocks]
    # one case whose decisions follow each other is one item, however many headings repeat
    # (the line above the second heading ends a sentence, or has no blank line above it)
    for between in ("Anbefales.\n\nSagen blev genoptaget.", "Anbefales\nmed bemærkninger"):
        single = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n\nLokalplan for Skovvej\nBeslutning i "
                  f"Teknisk Udvalg den 5. marts 2024\n{between}\nBeslutning i Økonomiudvalget den 12. marts "
                  "2024\nGodkendt.\n")
        assert [it.title for it in _parse(tmp_path, single).items] == ["Lokalplan for Skovvej"]

