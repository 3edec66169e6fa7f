"""The generic fallback on formats of municipalities without a layout of their own (written here,
modelled on excerpts in shared/corpus/extra)."""
from sagsgang.parse import parse_result
from sagsgang.read import ReadResult


def parse_text(text: str):
    return parse_result(ReadResult(source="t.txt", kind="text", text=text))


NUMBERED_MINUTES = """Referat
§ 17 stk. 4, Landdistriktsudvalget 19. november 2018

Dato

19.11.2018

Tid

17.00

Sted

Teatergade 8, Mødelokale 8

64. Godkendelse af dagsorden

Sagsnr.: 00.22.00-G01-3-18

Beslutning

Landdistriktsudvalget, 19.11.2018

Cathrine Riegels Gudbergsen var fraværende.

Godkendt.

65. Salg af grund - Lukket punkt

Sagsnr.: 04.21.00-G01-1-18
"""


def test_numbered_minutes_with_body_date_decision_line():
    doc = parse_text(NUMBERED_MINUTES)
    assert doc.document_type == "referat"
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.start_time, doc.meeting.location) == (
        "Landdistriktsudvalget", "2018-11-19", "17:00", "Teatergade 8, Mødelokale 8")
    first, second = doc.items
    assert (first.number, first.title, first.case_numbers) == ("64", "Godkendelse af dagsorden",
                                                               ["00.22.00-G01-3-18"])
    (d,) = first.decisions
    assert (d.committee, d.date, d.absent) == ("Landdistriktsudvalget", "2018-11-19", ["Cathrine Riegels Gudbergsen"])
    assert d.text.endswith("Godkendt.")
    assert (second.title, second.public, second.case_numbers) == ("Salg af grund", False, ["04.21.00-G01-1-18"])


ROSKILDE = """Referat

Dato: Onsdag, September 6, 2017 - 17:00
Sted: Rådhuset, mødelokale 2A
 • Pkt. 115 Beslutninger om dagsordenen

  Pkt. 115

  Beslutninger om dagsordenen

  Sagsnr. 249033 Kultur- og Idrætsudvalget Åbent punkt

  Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115

  Godkendt.

  Fraværende: Marianne Kiærulff (V) og Tuncay Yilmaz (A).

 • Pkt. 116 Meddelelser fra formanden

  Pkt. 116

  Meddelelser fra formanden

  Sagsnr. 249033 Kultur- og Idrætsudvalget Åbent punkt
"""


def test_fold_out_headers_are_not_duplicate_items():
    doc = parse_text(ROSKILDE)
    assert [(i.number, i.title) for i in doc.items] == [("115", "Beslutninger om dagsordenen"),
                                                        ("116", "Meddelelser fra formanden")]
    assert doc.meeting.date == "2017-09-06" and doc.meeting.start_time == "17:00"
    (d,) = doc.items[0].decisions
    assert (d.committee, d.date) == ("Kultur- og Idrætsudvalget", "2017-09-06")
    assert "Pkt. 116" not in d.text  # the next item's fold-out header is not part of this decision
    assert d.absent == ["Marianne Kiærulff (V)", "Tuncay Yilmaz (A)"]
    assert doc.items[0].case_numbers == ["249033"]


def test_agenda_list_without_bodies_still_lists_items():
    text = ("UDVALG\n\nKommunalbestyrelsen\n\nMØDE\n\nReferat\n\nSTED\n\nByrådssalen\n\nSTARTTIDSPUNKT\n\n"
            "14-08-2019 18:00:00\n\nPUNKTER\n\n190. Godkendelse af dagsorden\n191. Godkendelse af regnskab\n"
            "192. Beslutning om ny tidsplan\n")
    doc = parse_text(text)
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.start_time, doc.meeting.location) == (
        "Kommunalbestyrelsen", "2019-08-14", "18:00", "Byrådssalen")
    assert [i.number for i in doc.items] == ["190", "191", "192"]


def test_numbered_list_in_a_single_case_is_not_items():
    text = ("Indstilling til budget\n\nSagsnr.: 22/100\n\nIndstilling\n\nDirektionen indstiller, at\n"
            "1. Budgettet godkendes\n2. Rammen fastholdes\n3. Sagen sendes videre\n\n"
            "Beslutning i Økonomiudvalget den 06-09-2022\n\nAnbefales.\n")
    doc = parse_text(text)
    assert doc.meeting is None and len(doc.items) == 1
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == [
        ("Økonomiudvalget", "2022-09-06", "Anbefales.")]


def test_nobody_absent_is_not_decision_text():
    text = ("Referat\n\nSocialudvalget\n\n11-01-2021\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
            "Fraværende:\n\nIngen\n\n2. Orientering om budget\n\nResume\n\nTekst.\n")
    doc = parse_text(text)
    (d,) = doc.items[0].decisions
    assert (d.text, d.absent) == ("Godkendt.", [])


def test_labelled_committee_in_capital_label_layout():
    text = ("UDVALG\n\nUdvalget for Klima og Miljø\n\nMØDE\n\nReferat\n\nSTARTTIDSPUNKT\n\n23-06-2015 08:30:00\n\n"
            "86. Godkendelse af dagsorden\n87. Bevilling til oprensning\n88. Beslutning om linjeføring\n")
    doc = parse_text(text)
    assert doc.meeting.committee == "Udvalget for Klima og Miljø"


VARDE = """UDVALG\n\nByrådet\n\nMØDE\n\nReferat\n\nSTED\n\nMødesalen\n
STARTTIDSPUNKT\n\n03-09-2019 18:00:00\n\nPUNKTER\n
446. Godkendelse af dagsorden
447. Whistleblowerordning
448. Budgetopfølgning 2. kvartal 2019
449. Gensidig orientering - Lukket punkt
446. Godkendelse af dagsorden
Godkendelse af dagsorden
Beslutning Byrådet den 03-09-2019
Dagsorden godkendt.
Fraværende:
Stig Leerbeck
447. Whistleblowerordning
Whistleblowerordning
Sagsfremstilling
Byrådet har behandlet indførelse af en whistleblowerordning.
"""


def test_table_of_contents_then_items_with_bodies():
    doc = parse_text(VARDE)
    assert [(i.number, i.title, i.public) for i in doc.items] == [
        ("446", "Godkendelse af dagsorden", True), ("447", "Whistleblowerordning", True),
        ("448", "Budgetopfølgning 2. kvartal 2019", True), ("449", "Gensidig orientering", False)]
    (d,) = doc.items[0].decisions
    assert (d.committee, d.date, d.text, d.absent) == ("Byrådet", "2019-09-03", "Dagsorden godkendt.",
                                                       ["Stig Leerbeck"])
    assert [s.heading for s in doc.items[1].sections] == ["Sagsfremstilling"]


def test_capital_decision_headings_and_case_type_prefixes():
    text = ("Byråd: Referat af mødet 14. december 2017\nStarttidspunkt for møde: 14. december 2017 kl. 17:00\n"
            "  • 135.\n    Beslutningssag: Godkendelse af dagsorden\n    INDSTILLING:\n    Direktionen indstiller.\n"
            "    BESLUTNING I BYRÅDET den 14-12-2017\n    FRAVÆRENDE: -\n    Dagsordenen godkendt\n"
            "  • 136.\n    Orienteringssag: Status\n    INDSTILLING:\n    Til efterretning.\n")
    doc = parse_text(text)
    assert (doc.meeting.date, doc.meeting.start_time) == ("2017-12-14", "17:00")
    # the type tag is part of the printed title (annotation rules: titles kept as printed)
    assert [(i.number, i.title) for i in doc.items] == [
        ("135", "Beslutningssag: Godkendelse af dagsorden"), ("136", "Orienteringssag: Status")]
    (d,) = doc.items[0].decisions
    assert (d.committee, d.date, d.text, d.absent) == ("BYRÅDET", "2017-12-14", "Dagsordenen godkendt", [])


def test_html_headings_count_as_sections_beside_the_lexicon():
    from sagsgang.parse import parse_result as parse_read
    from sagsgang.read import read_bytes

    page = ("<html><body><h1>Nr.12 - Ny skolestruktur</h1><h3>Sagsnr.: 24/1234</h3>"
            "<h3>Sagsfremstilling</h3><p>Forvaltningen foreslår en ny struktur.</p>"
            "<h3>Trafikale forhold</h3><p>Vejene omkring skolen skal ændres.</p>"
            "<h3>Beslutning i Børne- og Skoleudvalget den 05-03-2024</h3><p>Godkendt.</p></body></html>")
    doc = parse_read(read_bytes(page.encode(), "skole.html"))
    (item,) = doc.items
    assert (item.number, item.title, item.case_numbers) == ("12", "Ny skolestruktur", ["24/1234"])
    assert [s.heading for s in item.sections] == ["Sagsfremstilling", "Trafikale forhold", "Beslutning"]
    assert [(d.committee, d.date, d.text) for d in item.decisions] == [
        ("Børne- og Skoleudvalget", "2024-03-05", "Godkendt.")]


def test_flattened_web_table_labels():
    text = ("Referat\nDato: |\n10-10-2022 17:00:00 |\n---|---|\nUdvalg: |\nKommunalbestyrelsen |\nSted: |\n"
            "Rådhussalen |\nDeltagere: |\nPeder Hansen, Tonni Hansen |\nAfbud fra: Brian Dalsgaard (V)\n")
    m = parse_text(text).meeting
    assert (m.committee, m.date, m.start_time, m.location) == ("Kommunalbestyrelsen", "2022-10-10", "17:00",
                                                               "Rådhussalen")
    assert m.participants == ["Peder Hansen", "Tonni Hansen"] and m.absent == ["Brian Dalsgaard (V)"]


def test_punkttype_value_and_next_item_marker_are_not_decisions():
    text = ("Referat\n\nKommunalbestyrelsen\n\n06-11-2018\n\n1. Meddelelser\n\nSagsnr.: 18/100\n\nPunkttype\n"
            "Beslutning.\n\nTema\nUdvalget orienteres.\n\nBeslutning\nGodkendt.\nAnna Aaen var fraværende.\nÅben\n"
            "Indstilling\nNæste punkt.\n")
    (item,) = parse_text(text).items
    assert [(d.text, d.absent) for d in item.decisions] == [("Godkendt. Anna Aaen var fraværende.", ["Anna Aaen"])]


def test_joined_header_lines_still_give_the_meeting_date():
    text = ("Kommunalbestyrelsen - Referat\nReferat\ntil\nmødet i Kommunalbestyrelsen den 10. oktober 2016 kl. 19:00\n"
            "272. 2. behandling af budget 2017\nSagsnr.: 00.30.10-Ø00-4-16\nBeslutning\nTiltrådt.\n")
    doc = parse_text(text)
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.start_time) == ("Kommunalbestyrelsen", "2016-10-10",
                                                                                 "19:00")
    assert (doc.items[0].number, doc.items[0].title) == ("272", "2. behandling af budget 2017")
    assert doc.items[0].decisions[0].date == "2016-10-10"


def test_genitive_decisions_newest_first_are_listed_oldest_first():
    text = ("Referat\nRegionsrådet\nMødedato: 20-06-2023\n\n1. Budget 2024\n\nSagsnr.: 23/100\n\n"
            "Regionsrådets beslutning den 20. juni 2023:\n\nGodkendt.\n\n"
            "Forretningsudvalgets beslutning den 6. juni 2023:\n\nAnbefales.\n")
    doc = parse_text(text)
    assert [(d.committee, d.date, d.text) for d in doc.items[0].decisions] == [
        ("Forretningsudvalget", "2023-06-06", "Anbefales."), ("Regionsrådet", "2023-06-20", "Godkendt.")]


def test_outcomes_printed_without_a_heading_are_decisions_of_their_body():
    text = ("Referat\nKommunalbestyrelsen\nMødedato: 23-02-2010\n\n1. Salg af grund\n\nSagsnr.: 10/100\n\n"
            "Indstilling\n\nForvaltningen indstiller, at grunden sælges.\n\n"
            "Teknik- og Miljøudvalget: Anbefales. Økonomiudvalget: Indstilles godkendt.\n\n"
            "Beslutning\n\nGodkendt.\n\n2. Lokalplan\n\nSagsnr.: 10/200\n\nIndstilling\n\n"
            "Økonomiudvalget anbefaler indstillingen.\n\nJens Hansen var fraværende.\n\n"
            "Økonomiudvalget indstiller, at planen vedtages.\n\n"
            "Såfremt byrådet tiltræder indstillingen, vil forvaltningen gå videre med planen.\n")
    one, two = parse_text(text).items
    # oldest first (annotation rules): the undated outcomes of the bodies before the council come first
    assert [(d.committee, d.date, d.text) for d in one.decisions] == [
        ("Teknik- og Miljøudvalget", None, "Anbefales."), ("Økonomiudvalget", None, "Indstilles godkendt."),
        ("Kommunalbestyrelsen", "2010-02-23", "Godkendt.")]
    assert [(d.committee, d.text, d.absent) for d in two.decisions] == [
        ("Økonomiudvalget", "Økonomiudvalget anbefaler indstillingen. Jens Hansen var fraværende.", ["Jens Hansen"])]


def test_route_from_a_behandling_table_and_a_hvem_beslutter_list():
    text = ("Referat\nBørne- og Skoleudvalget\nMødedato: 30-01-2018\n\n1. Lokalaftale\n\nSagsnr.: 17/100\n\n"
            "Behandling\n\nMødedato\n\nBørne- og Skoleudvalget\n\n30-01-2018\n\n"
            "Hvem beslutter\n\nBørne- og Skoleudvalget indstiller\n\nKommunalbestyrelsen beslutter\n\n"
            "Beslutningskompetence\n\nKommunalbestyrelsen\n\n2. Orientering\n\nSagsnr.: 17/200\n\n"
            "Behandling\n\nMødedato\n\nBørne- og Skoleudvalget\n\n30-01-2018\n")
    one, two = parse_text(text).items
    assert one.route == ["Børne- og Skoleudvalget", "Kommunalbestyrelsen"]
    assert two.route == ["Børne- og Skoleudvalget"]


def test_a_publishers_own_headings_are_known_by_their_repetition_across_items():
    para = "Forvaltningen har undersøgt sagen grundigt og beskriver her hvad den har fundet frem til."
    text = ("Referat\nØkonomiudvalget\nMødedato: 06-09-2022\n\n1. Budget 2023\n\nSagsnr.: 22/100\n\n"
            f"Beslutning\n\nGodkendt.\n\nSagens videre forløb\n\n{para}\n\n"
            "2. Lokalplan 12\n\nSagsnr.: 22/200\n\n"
            f"Beslutning\n\nAnbefales.\n\nSagens videre forløb\n\n{para}\n")
    one, two = parse_text(text).items
    assert [s.heading for s in one.sections] == ["Beslutning", "Sagens videre forløb"]
    assert [d.text for d in one.decisions] == ["Godkendt."] and [d.text for d in two.decisions] == ["Anbefales."]


def test_the_row_under_punkt_titel_column_heads_is_the_item():
    text = ("| Rss | Tip en ven | Print |\nByrådet\n\nMøde lokation\n\nDet gamle Rådhus\n\nPunkt Titel\n"
            "286 Status på efterslæb i sagsbehandlingen august 2013\nResume\n\nEfterslæbet er reduceret.\n")
    (item,) = parse_text(text).items
    assert (item.number, item.title) == ("286", "Status på efterslæb i sagsbehandlingen august 2013")
    assert [s.heading for s in item.sections] == ["Resume"]
