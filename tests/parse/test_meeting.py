"""Meeting facts (body, date, time, place, who attended) and the document's kind, in the shapes real
pages print them. The snippets are cut from pages in shared/corpus/extra (names as printed there)."""

import pytest

from sagsgang.parse import parse_file, parse_result
from sagsgang.parse.document_kind import document_kind
from sagsgang.parse.lines import prepare
from sagsgang.parse.meeting import parse_meeting
from sagsgang.parse.people import split_names
from sagsgang.read import ReadResult

from .corpus_pages import corpus_file, extra_gold, extra_page
from .transcript_page import TITLED_FRAME
from .transcript_page import parse_text as parse_page


def parse_text(text: str):
    return parse_result(ReadResult(source="t.txt", kind="text", text=text))


def meeting_of(text: str):
    return parse_meeting(prepare(text))


def test_flattened_row_of_empty_labels_then_place_members_and_absentees():
    """A PDF table flattened onto one line: labels in a row, then place, members and the absentees,
    who are members too."""
    m = meeting_of("1 Kommunalbestyrelsen Referat Dato 27. februar 2014 Mødetidspunkt 18:00 Sluttidspunkt 20:25 "
                   "Sted Medlemmer Fraværende Byrådssalen, Vordingborg Rådhus Knud Larsen, Bo Manderup, "
                   "Eva Sommer-Madsen, Martin Leider Olsen, Kurt Johansen Martin Leider Olsen Bemærkninger\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Kommunalbestyrelsen", "2014-02-27", "18:00", "Byrådssalen, Vordingborg Rådhus")
    assert m.participants == ["Knud Larsen", "Bo Manderup", "Eva Sommer-Madsen", "Martin Leider Olsen",
                              "Kurt Johansen"]
    assert m.absent == ["Martin Leider Olsen"]


def test_flattened_labels_with_colons_and_nobody_absent():
    m = meeting_of("1 Åbent Referat til Udvalget for Kultur og Fritid Mødedato: Tirsdag den 9. juni 2015 "
                   "Mødetidspunkt: 13:00-16:00 Mødested: Deltagere: Fraværende: Referent: Dronningeværelset, det "
                   "gamle rådhus Lisbet Rosendahl, Mads Sørensen, Erhardt Jull Ingen Pia Koch Hauge\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Udvalget for Kultur og Fritid", "2015-06-09", "13:00", "Dronningeværelset, det gamle rådhus")
    assert (m.participants, m.absent) == (["Lisbet Rosendahl", "Mads Sørensen", "Erhardt Jull"], [])


def test_members_with_initials_and_party_letters_without_commas():
    m = meeting_of("1 Referat Byrådet Møde nr.: 10/2019 Mødedato: Mandag den 09-01-2012 Mødetidspunkt: 19:00-21:00 "
                   "Mødested: Byrådssalen Medlemmer Henrik Hvidesten (hjhehv) V Klaus Hansen (hjkh) V "
                   "Jan Jakobsen (jja) Ø (Orlov) Berit Bruun (berbr) Ø (Stedfortræder for Jan Jakobsen) "
                   "Fraværende Klaus Hansen (hjkh) V Bemærkninger\n")
    assert (m.committee, m.date, m.start_time, m.location) == ("Byrådet", "2012-01-09", "19:00", "Byrådssalen")
    assert m.participants == ["Henrik Hvidesten (hjhehv) V", "Klaus Hansen (hjkh) V", "Jan Jakobsen (jja) Ø",
                              "Berit Bruun (berbr) Ø"]
    assert m.absent == ["Klaus Hansen (hjkh) V"]


def test_label_alone_on_its_line_takes_the_next_line_even_when_it_starts_like_a_label():
    m = meeting_of("UDVALG\n\nØkonomiudvalget\n\nMØDE\n\nReferat\n\nSTED\n\nLokale 0.13, Kanalstræde 2, 4300 Holbæk\n\n"
                   "STARTTIDSPUNKT\n\n08-08-2018 08:00:00\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Økonomiudvalget", "2018-08-08", "08:00", "Lokale 0.13, Kanalstræde 2, 4300 Holbæk")


def test_table_head_row_over_its_values():
    m = meeting_of("Mødedetaljer\n\nUdvalg Dato Type Hent\nByrådet 24-06-2020 16:00 Referat Samlet dokument\n")
    assert (m.committee, m.date, m.start_time) == ("Byrådet", "2020-06-24", "16:00")


def test_title_line_with_time_and_place():
    m = meeting_of("1 Referat Økonomiudvalget torsdag den 23. januar 2014 Kl. 16:30 i Mødelokale 2, Allerslev\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Økonomiudvalget", "2014-01-23", "16:30", "Mødelokale 2, Allerslev")
    m = meeting_of("1 KOMMUNALBESTYRELSEN FOR NORDFYNS KOMMUNE REFERAT FRA MØDE NR. 26 TORSDAG DEN 29. JANUAR 2009, "
                   "KL PÅ BOGENSE RÅDHUS, BYRÅDSSALEN\n")
    assert (m.committee, m.date, m.location) == ("KOMMUNALBESTYRELSEN", "2009-01-29", "BOGENSE RÅDHUS, BYRÅDSSALEN")


def test_unlabelled_header_lines():
    m = meeting_of("Referat: 21. maj 2019 kl. 16:00\n\nByrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing\nByrådet\n\n"
                   "Deltagere\n\n • Pia Vestergaard\n • Gitte Kjeldsen\n\nFraværende\n\n • Svend Boye Thomsen\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Byrådet", "2019-05-21", "16:00", "Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing")
    assert (m.participants, m.absent) == (["Pia Vestergaard", "Gitte Kjeldsen"], ["Svend Boye Thomsen"])


def test_participant_lists_add_up_and_remarks_go():
    m = meeting_of("Deltagere:\n\nJette Runchel\n\nHanne Pedersen (protokol)\n\nUdvalg: Økonomiudvalget\n\n"
                   "Dato: Tirsdag den 13. august 2019\n\nTid: Kl. 17:00\n\nSted: Mødelokale 1, forhallen\n\n"
                   "Indkaldelse :\n\n • Formand Steen Christiansen (A)\n • Leif Pedersen (F)\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Økonomiudvalget", "2019-08-13", "17:00", "Mødelokale 1, forhallen")
    assert m.participants == ["Jette Runchel", "Hanne Pedersen", "Steen Christiansen (A)", "Leif Pedersen (F)"]


def test_names_with_remarks_in_brackets():
    assert split_names("Johnny Søtrup (Borgmester)(V), Jakob Lose(V)") == ["Johnny Søtrup (V)", "Jakob Lose(V)"]
    assert split_names("Ole Drost V og Jørgen Christensen V") == ["Ole Drost V", "Jørgen Christensen V"]


@pytest.mark.parametrize("line, kind", [
    ("Godkendt referat", "referat"),
    ("Kommunalbestyrelsen. Referat", "referat"),
    ("11. marts 2024 - referat fra byrådet", "referat"),
    ("ÅBENT REFERAT ØKONOMIUDVALG Mødedato: 16. juni 2009", "referat"),
    ("Referat - Åben dagsorden Hjørring Byråd", "referat"),
    ("Økonomiudvalget Åben beslutningsprotokol", "beslutningsprotokol"),
    ("1. Godkendelse af dagsorden", None),
    ("Du har valgt en specifik dagsorden eller referat fra byrådet.", None),
])
def test_document_calls_itself(line, kind):
    assert document_kind(prepare(line + "\n")) == kind


def test_single_item_page_with_meeting_labels_is_a_meeting_page():
    text = ("Udvalg: Teknik- og Miljøudvalget\nMødedato: 6. november 2017\nMødested: C3.40\n\nDagsordenpunkter\n\n"
            "Orientering om beskæftigelsesprojektet\n\nSagsresume\n\nTekst.\n\nBeslutning\n\nTaget til orientering.\n")
    doc = parse_text(text)
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.location) == (
        "Teknik- og Miljøudvalget", "2017-11-06", "C3.40")
    assert doc.document_type == "referat"


def test_single_item_page_without_meeting_facts_stays_a_case():
    text = ("Indstilling til budget\n\nSagsnr.: 22/100\n\nIndstilling\n\nDirektionen indstiller.\n\n"
            "Beslutning i Økonomiudvalget den 06-09-2022\n\nAnbefales.\n")
    doc = parse_text(text)
    assert doc.meeting is None and doc.document_type == "sagsfremstilling"


def test_real_flattened_header_with_absentees_after_members():
    doc = parse_file(extra_page("x0117.txt"))
    gold = extra_gold("x0117.txt")["meeting"]
    assert doc.meeting.location == gold["location"] == "Byrådssalen, Vordingborg Rådhus"
    assert doc.meeting.participants == gold["participants"]
    assert sorted(doc.meeting.absent) == sorted(gold["absent"])


def test_absentees_in_a_bullet_list_with_their_substitutes():
    m = meeting_of("Referat\n\nBørne- og Skoleudvalget\n\n12-03-2024 kl. 15:00\n\nDeltagere\n\n • Anne Holm, V\n"
                   " • Peter Lund, A\n\nAfbud\n\n • Karin Berg - Ole Dam stedfortræder\n")
    assert m.absent == ["Karin Berg"]
    assert m.participants == ["Anne Holm, V", "Peter Lund, A"]


def test_absence_from_the_meeting_said_in_a_sentence():
    m = meeting_of("Referat\n\nØkonomiudvalget\n\n12-03-2024 kl. 15:00\n\n"
                   "Jens Holm (V) havde meldt forfald. I stedet mødte Ole Dam (V).\n\nBeslutning\n\n"
                   "Godkendt. Karin Berg var fraværende.\n")
    assert m.absent == ["Jens Holm (V)"]  # not the decision's absentee, not the substitute
    assert m.participants == []


def test_combined_time_and_place_label_and_absent_with_notice():
    m = meeting_of("Referat\n\nSocialudvalget\n\nTid og sted: 12-03-2024 kl. 16.00, Rådhuset, mødelokale 1\n\n"
                   "Fraværende med afbud: Karin Berg\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Socialudvalget", "2024-03-12", "16:00", "Rådhuset, mødelokale 1")
    assert m.absent == ["Karin Berg"]


def test_region_named_on_its_own_page():
    from sagsgang.parse.bodies import detect_municipality

    assert detect_municipality("Regionsrådet\n\nMødet i Region Syddanmark den 12-03-2024") == "Region Syddanmark"
    assert detect_municipality("Odense Kommune søger tilskud hos Region Syddanmark") == "Odense"


def test_committee_is_the_name_not_the_words_after_it():
    m = meeting_of("Titel Udvalg Funktioner\nByrådet Byrådet Vis medlemmer Rss-feed til udvalget Udskriv\n\n"
                   "Mødedeltagere\n\nAnders Buhl-Christensen, Bjarne Overmark\n\nMøde lokation\n\nDet gamle Rådhus\n")
    assert (m.committee, m.location) == ("Byrådet", "Det gamle Rådhus")
    assert m.participants == ["Anders Buhl-Christensen", "Bjarne Overmark"]
    m = meeting_of("Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: 25. april 2013. Starttidspunkt for møde: "
                   "19:00.\n")
    assert (m.committee, m.date, m.start_time) == ("Kommunalbestyrelsen", "2013-04-25", "19:00")


def test_place_label_after_a_value_and_a_later_title_line():
    m = meeting_of("1 Gentofte Kommune Dagsorden til møde i Økonomiudvalget Dagsorden åben Mødedato 18. august 2014 "
                   "Mødetidspunkt Mødelokale Udvalgsværelse D\n")
    assert (m.committee, m.date, m.location) == ("Økonomiudvalget", "2014-08-18", "Udvalgsværelse D")
    m = meeting_of("Dagsorden til møde i Kommunalbestyrelsen\n\nMødedato 16. december 2013 Mødetidspunkt 18.00 "
                   "Mødelokale Rådssalen\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Kommunalbestyrelsen", "2013-12-16", "18:00", "Rådssalen")
    m = meeting_of("Kommunalbestyrelsen - Referat\nReferat\ntil\nmødet i Kommunalbestyrelsen den 10. oktober 2016 "
                   "kl. 19:00 i Kommunalbestyrelsens mødesal\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Kommunalbestyrelsen", "2016-10-10", "19:00", "Kommunalbestyrelsens mødesal")


def test_place_under_a_time_line_and_absence_sentence_on_its_own_line():
    m = meeting_of("Byrådet - Referat\n12-03-2024\nKl. 17:00\nByrådssalen\n\nTil stede: Anne Holm, Peter Lund\n"
                   "Afbud: Karin Berg\n\n1. Godkendelse af dagsorden\n")
    assert (m.committee, m.date, m.start_time, m.location) == ("Byrådet", "2024-03-12", "17:00", "Byrådssalen")
    assert (m.participants, m.absent) == (["Anne Holm", "Peter Lund"], ["Karin Berg"])
    m = meeting_of("Referat fra mødet i Forretningsudvalget\nTirsdag den 12. marts 2024 kl. 09.00\n"
                   "Regionshuset Viborg, lokale F5\nAnders Kühnau havde meldt forfald. I stedet mødte Jens Jensen.\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Forretningsudvalget", "2024-03-12", "09:00", "Regionshuset Viborg, lokale F5")
    assert m.absent == ["Anders Kühnau"]


def test_committee_with_its_period_of_office_and_compound_kind_words():
    m = meeting_of("Referat\n\nKommunalbestyrelsen 2022-25\n\n12-03-2024 kl. 17:00\n")
    assert (m.committee, m.date) == ("Kommunalbestyrelsen 2022-25", "2024-03-12")
    assert document_kind(prepare("Beslutningsreferat\n\nØkonomiudvalget\n")) == "referat"
    assert split_names("Anne Holm (V) - Formand, Peter Lund, næstformand", run_on=True) == [
        "Anne Holm (V)", "Peter Lund"]


def test_municipality_from_its_own_domain_with_kommune_in_it():
    from sagsgang.parse.bodies import detect_municipality

    assert detect_municipality("Læs mere på www.faxekommune.dk") == "Faxe"


def test_header_block_after_the_first_item_start_still_gives_the_meeting():
    text = ("1. Godkendelse af dagsorden\n2. Budgetopfølgning\n\nMødedato: 12-03-2024 kl. 16:00\nMødested: Rådhuset\n\n"
            "1. Godkendelse af dagsorden\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nGodkendt.\n")
    doc = parse_text(text)
    assert (doc.meeting.date, doc.meeting.start_time, doc.meeting.location) == ("2024-03-12", "16:00", "Rådhuset")


def test_more_list_labels_and_a_party_column():
    m = meeting_of("Referat\nSocialudvalget\n12-03-2024\nTil stede var: Anne Holm, Peter Lund og Karin Berg.\n"
                   "Ikke mødt: Jens Jensen\n")
    assert (m.participants, m.absent) == (["Anne Holm", "Peter Lund", "Karin Berg"], ["Jens Jensen"])
    m = meeting_of("Referat\nSocialudvalget\n12-03-2024\nDeltagere\nAnne Holm\nV\nPeter Lund\nA\n")
    assert m.participants == ["Anne Holm", "Peter Lund"]


def test_header_ends_where_the_list_of_items_begins():
    m = meeting_of("1 ÅBENT REFERAT FOLKEOPLYSNINGSUDVALGET Mødedato: 28. september 2010 Mødested: Byrådssalen "
                   "Mødetidspunkt: 17:00 Mødet hævet: Deltagere: Just Eiskjær Sørensen, Rita Primdahl Fraværende:\n\n"
                   "2 INDHOLDSFORTEGNELSE Sag nr.: Emne 1. Budget Aftenskoler\n\n"
                   "3 1. BUDGET AFTENSKOLER ÅBENT FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010 Fraværende: "
                   "Carsten Håhr Veile, Morten Enggaard anmoder Byrådet om\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "FOLKEOPLYSNINGSUDVALGET", "2010-09-28", "17:00", "Byrådssalen")
    assert (m.participants, m.absent) == (["Just Eiskjær Sørensen", "Rita Primdahl"], [])


def test_absentees_from_the_meetings_own_attendance_item():
    text = ("Referat\nBørne- og Skoleudvalget\n30-01-2018 kl. 13:00\nMødelokale C, Ullasvej 23, 3700 Rønne\n\n"
            "Dagsordenspunkter\n\n åbent 1 Fraværende og bemærkninger til dagsordenen\n åbent 2 Kvalitetsrapport\n\n"
            " 1  Fraværende og bemærkninger til dagsordenen\n\nFraværende\n\nAfbud fra Bente Helms\n\n"
            "Bemærkninger til dagsordenen\n\nIngen.\n\n 2  Kvalitetsrapport\n\nSagsfremstilling\n\nTekst.\n")
    doc = parse_text(text)
    assert (doc.meeting.committee, doc.meeting.date, doc.meeting.start_time, doc.meeting.location) == (
        "Børne- og Skoleudvalget", "2018-01-30", "13:00", "Mødelokale C, Ullasvej 23, 3700 Rønne")
    assert doc.meeting.absent == ["Bente Helms"]


def test_place_keeps_an_abbreviation_and_stops_where_a_sentence_runs_on():
    m = meeting_of("Byråd: Referat af mødet 14. december 2017\nStarttidspunkt for møde: 14. december 2017 kl. 17:00\n"
                   "Mødelokale: Byrådssalen, Parkvej 37, Nykøbing F.\n")
    assert (m.date, m.start_time, m.location) == ("2017-12-14", "17:00", "Byrådssalen, Parkvej 37, Nykøbing F.")
    m = meeting_of("GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 "
                   "Mødeafholdelse Rådssalen Protokollen blev læst og mødet hævet kl.: 20.35 "
                   "Tilstede: Hans Toft, Søren B. Heisel\n")
    assert (m.committee, m.date, m.start_time, m.location) == ("Kommunalbestyrelsen", "2015-08-31", "18:00",
                                                               "Rådssalen")
    assert m.participants == ["Hans Toft", "Søren B. Heisel"]


_SYDDJURS_PDF = ("publications/os2dagsorden-examples/"
                 "syddjurs_plan-udvikling-kultur-ekstraordinaert_2013-06-20_referat.pdf")


def test_the_time_on_a_line_of_its_own_under_the_date_is_the_start(tmp_path):
    """'Torsdag den 20. juni 2013' / 'Kl. 10:30': an Acadre cover prints the time on the line under the date."""
    page = tmp_path / "page.txt"
    head = ["Referat", "Udvalget for Teknik og Miljø (UTM)", "Ekstraordinært møde", "Torsdag den 20. juni 2013",
            "Kl. 10:30", "Kursuscentret", "Skovvej 46", "8410 Rønde", "Medlemmer", "Anne Hansen (A)\nBo Jensen (V)",
            "Fraværende", "715. Kulturplan 2017", "Sagsnr.: 12/27845", "Beslutning\nGodkendt."]
    page.write_text("\n\n".join(head) + "\n", encoding="utf-8")
    m = parse_file(page).meeting
    assert (m.date, m.start_time) == ("2013-06-20", "10:30")


def test_an_acadre_minutes_pdf_gives_its_meetings_start():
    m = parse_file(corpus_file(_SYDDJURS_PDF)).meeting
    assert (m.committee, m.date, m.start_time) == ("Udvalget for plan, udvikling og kultur (PUK)", "2013-06-20",
                                                   "10:30")


@pytest.mark.parametrize("body", ["UDVALGET FOR HAVRE OG HUMLE", "UDVALGET FOR HAVRE, HUMLE OG HØR"])
def test_a_body_named_for_its_fields_in_capitals_is_read_whole(body):
    """A name printed in capitals prints its glue ('FOR', 'OG') in capitals too: the whole name, not its first
    word nor its last word taken for initials. (Invented body.)"""
    m = meeting_of(f"REFERAT\n{body}\nMødedato: 12. marts 2024\nMødetidspunkt: 16:00\nMødested: Lokale 4\n\n"
                   "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")
    assert m.committee == body


def test_a_municipality_after_the_body_in_a_transcript_title_is_not_part_of_its_name(tmp_path):
    """'Vejen Kommune. Referat. Udvalget for Havre og Humle': the title runs on into the letterhead line below it;
    the municipality is the council's town, never a word of the body's name. (Invented body.)"""
    items = ("1. Godkendelse af dagsorden Sagsnr.: 24/1234 Beslutning Godkendt. 2. Orientering om vejarbejde "
             "Sagsnr.: 24/1299 Sagsfremstilling Forvaltningen orienterer. Beslutning Taget til efterretning.")
    text = TITLED_FRAME.format(title="Vejen Kommune. Referat. Udvalget for Havre og Humle", pages=(
        f"1 Vejen Kommune Referat Udvalget for Havre og Humle Dato: 12. marts 2024 Kl. 16:00 Sted: Lokale 4 {items}"))
    doc = parse_page(tmp_path, text)
    assert doc.meeting.committee == "Udvalget for Havre og Humle"
    assert doc.municipality == "Vejen"
