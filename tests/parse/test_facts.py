"""Meeting facts printed the ways benchmarks/parse_accuracy/facts_variants.py retypes the tune pages: the
place under other labels and in a sentence, the body printed under its place, and a real tune page whose
place line is rewritten so."""
from __future__ import annotations

import pytest

from sagsgang.parse import parse_result
from sagsgang.parse.lines import prepare
from sagsgang.parse.meeting import parse_meeting
from sagsgang.read import ReadResult

from .corpus_pages import extra_gold, extra_page


def meeting_of(text: str):
    return parse_meeting(prepare(text))


def parse_text(text: str) -> dict:
    return parse_result(ReadResult(source="t.txt", kind="text", text=text)).to_contract()


_HEAD = ("Referat\nØkonomiudvalget\nMødedato: 12-03-2024 kl. 16:00\nDeltagere: Anna Holm, Bo Berg\n{place}\n\n"
         "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize(("place", "expected"), [
    ("Placering: Byrådssalen, Rådhuset", "Byrådssalen, Rådhuset"),
    ("Adresse: Torvet 1, 4000 Roskilde", "Torvet 1, 4000 Roskilde"),
    ("Placering\nMødelokale 2, Rådhuset", "Mødelokale 2, Rådhuset"),
    # a sentence of the head, with its full stop, and a room's code that is no word
    ("Mødet afholdes i Det gamle Rådhus.", "Det gamle Rådhus"),
    ("Mødet holdes på Rådhuset, mødelokale 2 kl. 16:00", "Rådhuset, mødelokale 2"),
    ("Mødet finder sted i 2A.", "2A"),
    ("Mødet afholdes i Byrådssalen, Parkvej 37, Nykøbing F.", "Byrådssalen, Parkvej 37, Nykøbing F."),
    ("Mødet afholdes i Flemløse Gl. Kro, Langgade, 5620 Glamsbjerg. Alle er velkomne.",
     "Flemløse Gl. Kro, Langgade, 5620 Glamsbjerg"),
])
def test_place_under_another_label_or_in_a_sentence(place: str, expected: str) -> None:
    meeting = parse_text(_HEAD.format(place=place))["meeting"]
    assert meeting["location"] == expected
    assert (meeting["committee"], meeting["date"], meeting["start_time"]) == ("Økonomiudvalget", "2024-03-12", "16:00")


def test_sentence_under_a_place_label_is_the_place() -> None:
    m = meeting_of("Referat\nByrådet\nDato: 12.03.2024\nMøde lokation\n\nMødet afholdes i Det gamle Rådhus.\n")
    assert m.location == "Det gamle Rådhus"


def test_body_printed_under_its_place_is_not_part_of_it() -> None:
    """'Placering' / the place / the body that meets: the body is no second line of the place."""
    m = meeting_of("Referat: 21. maj 2019 kl. 16:00\n\nPlacering\nByrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing\n"
                   "Byrådet\n\nDeltagere\n")
    assert m.location == "Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing"
    assert m.committee == "Byrådet"


def _tune_page(name: str) -> tuple[str, dict]:
    return extra_page(name).read_text(encoding="utf-8"), extra_gold(name)


@pytest.mark.parametrize("shape", ["Adresse\n{}", "Mødet afholdes i {}.", "Placering\n{}"])
def test_tune_page_with_its_place_line_rewritten(shape: str) -> None:
    """x0096 (a tune page): 'Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing' on its own line, the body under
    it; printed under another label or in a sentence the place is still read whole."""
    text, gold = _tune_page("x0096.txt")
    place = gold["meeting"]["location"]
    assert f"\n{place}\n" in text
    meeting = parse_text(text.replace(f"\n{place}\n", "\n" + shape.format(place) + "\n", 1))["meeting"]
    assert meeting["location"] == place
    assert meeting["committee"] == gold["meeting"]["committee"]


@pytest.mark.parametrize(("head", "expected"), [
    # '<body> - <date> - <place>' under the kind of document
    ("Referat\nSundheds- og Omsorgsudvalget - 3. marts 2016 - Rådhuset, mødelokale 2A",
     ("Sundheds- og Omsorgsudvalget", "2016-03-03", None, "Rådhuset, mødelokale 2A")),
    # the body, then '<date> kl. <time> <place>' or '<weekday> den <date> kl. <time>, <place>'
    ("Byrådet\n07.05.2007 kl. 17:00 Det gamle Rådhus\nGodkendt referat",
     ("Byrådet", "2007-05-07", "17:00", "Det gamle Rådhus")),
    ("Byrådet\nOnsdag den 10. september 2014 kl. 18:00, Byrådssalen, Rådhusvej 1\n\nMØDE\n\nReferat",
     ("Byrådet", "2014-09-10", "18:00", "Byrådssalen, Rådhusvej 1")),
])
def test_place_on_the_head_line_of_date_and_time(head: str, expected: tuple) -> None:
    meeting = parse_text(f"{head}\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n")["meeting"]
    assert (meeting["committee"], meeting["date"], meeting["start_time"], meeting["location"]) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a PDF transcript's page line: the sentence inside it, ended by its full stop or by the next label
    ("1 UDVALG Byrådet MØDE Referat Mødet afholdes i Byrådssalen, Rådhusvej 1. STARTTIDSPUNKT 10-09-2014 18:00:00 "
     "SLUTTIDSPUNKT 10-09-2014 22:00:00", "Byrådssalen, Rådhusvej 1"),
    ("1 UDVALG Byrådet MØDE Referat Mødet holdes på Byrådssalen, Rådhusvej 1 STARTTIDSPUNKT 10-09-2014 18:00:00 "
     "SLUTTIDSPUNKT 10-09-2014 22:00:00", "Byrådssalen, Rådhusvej 1"),
    ("1 Referat Dato: Torsdag, September 10, 2020 - 16:30 Placering 2A • Pkt. 100 Beslutninger om dagsordenen",
     "2A"),
    ("1 Referat: 21. maj 2019 kl. 16:00 Placering: Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing Byrådet "
     "Deltagere • Pia Vestergaard • Gitte Kjeldsen", "Byrådssalen, Rådhuset, Ved Fjorden 6, Ringkøbing"),
])
def test_place_on_a_flattened_page_line(line: str, expected: str) -> None:
    assert meeting_of(line + "\n").location == expected


def test_names_with_party_letters_after_a_list_label_inside_a_flattened_line() -> None:
    """'… Byrådet Deltagere Rita Byskov (A) Irene Lund Pedersen (V) …': one name a line under 'Deltagere', flattened;
    the party letters end each name as commas would."""
    m = meeting_of("1 Referat: 19. april 2022 kl. 16:00 Byrådssalen, Rådhuset, Ringkøbing Byrådet Deltagere "
                   "Rita Byskov (A) Irene Lund Pedersen (V) Hans-Christian Blichfeldt (C) Jens S. Højland (O)\n")
    assert m.participants == ["Rita Byskov (A)", "Irene Lund Pedersen (V)", "Hans-Christian Blichfeldt (C)",
                              "Jens S. Højland (O)"]


def test_sentence_after_the_last_party_letters_ends_the_list() -> None:
    m = meeting_of("1 Referat Byrådet Deltagere: Rita Byskov (A) Irene Lund Pedersen (V) Jens S. Højland (O) "
                   "Kopier link til punktet - Print 1: Spørgetid i Byrådet\n")
    assert m.participants == ["Rita Byskov (A)", "Irene Lund Pedersen (V)", "Jens S. Højland (O)"]


@pytest.mark.parametrize(("line", "expected"), [
    ("1 Referat Udvalg: Børne- og Skoleudvalget 30-01-2018 kl. 13:00 Mødelokale C, Ullasvej 23, 3700 Rønne",
     "Børne- og Skoleudvalget"),
    ("1 Mødeforum: Sundheds- og Omsorgsudvalget Sagsfremstilling Forvaltningen vil på mødet holde et oplæg",
     "Sundheds- og Omsorgsudvalget"),
    # the name goes on in quotes: the whole value stays
    ('1 Udvalg: Udvalget "Aktiv Hele Livet - Sundhed og Omsorg"', 'Udvalget "Aktiv Hele Livet - Sundhed og Omsorg"'),
])
def test_committee_label_value_running_on_in_a_flattened_line(line: str, expected: str) -> None:
    assert meeting_of(line + "\n").committee == expected


@pytest.mark.parametrize(("line", "expected"), [
    # the date found in the line's sentence shape ('… den 3. marts 2016 kl. 08:00, <place> • Pkt. …')
    ("1 You are here Referat Sundheds- og Omsorgsudvalget Torsdag den 3. marts 2016 kl. 08:00, Rådhuset, mødelokale 2A "
     "• Pkt. 15 Beslutninger om dagsordenen", ("2016-03-03", "08:00", "Rådhuset, mødelokale 2A")),
    # the place ends where 'Godkendt referat' (in lower case) begins
    ("1 Byrådet Mandag den 7. maj 2007 kl. 17:00, Det gamle Rådhus Godkendt referat Indholdsfortegnelse 181. "
     "Overførsel af uforbrugte bevillinger", ("2007-05-07", "17:00", "Det gamle Rådhus")),
])
def test_place_after_the_time_of_a_flattened_date_line(line: str, expected: tuple) -> None:
    m = meeting_of(line + "\n")
    assert (m.date, m.start_time, m.location) == expected



@pytest.mark.parametrize(("line", "expected"), [
    # a table's label column, then its value column, flattened: the body first, then date and place
    ("1 Dagsordener og referater Udvalg: Mødedato: Mødested: Teknik- og Miljøudvalget 6. november 2017 C3.40 "
     "Dagsordenpunkter Sagsnr.: 05.00.00-A00-2-17", ("Teknik- og Miljøudvalget", "2017-11-06", "C3.40")),
    # the date as an English-language site prints it ('Marts 3, 2016')
    ("1 You are here Referat Dato: Sted: Torsdag, Marts 3, 2016 - 08:00 Rådhuset, mødelokale 2A • Pkt. 15 Beslutninger",
     (None, "2016-03-03", "Rådhuset, mødelokale 2A")),
])
def test_one_value_under_a_row_of_labels(line: str, expected: tuple) -> None:
    m = meeting_of(line + "\n")
    assert (m.committee, m.date, m.location) == expected


def test_label_column_then_value_column() -> None:
    """A two-column head extracted column by column: the labels, then their values in the same order; the list's
    label last takes its names one a line."""
    m = meeting_of("Referat\n\nUdvalg:\nMødedato:\nMødested:\nDeltagere:\n\nTeknik- og Miljøudvalget\n"
                   "6. november 2017 kl. 15:00\nC3.40\nAnna Holm (V)\nBo Berg (A)\n\n1. Godkendelse af dagsorden\n")
    assert (m.committee, m.date, m.start_time, m.location) == (
        "Teknik- og Miljøudvalget", "2017-11-06", "15:00", "C3.40")
    assert m.participants == ["Anna Holm (V)", "Bo Berg (A)"]


def test_place_under_the_date_line_past_the_kind_of_document() -> None:
    """'Referat - Byrådet - 7. maj 2007 kl. 17:00' / 'Godkendt referat' / 'Det gamle Rådhus'."""
    m = meeting_of("Referat - Byrådet - 7. maj 2007 kl. 17:00\nGodkendt referat\nDet gamle Rådhus\n\n"
                   "Indholdsfortegnelse\n")
    assert (m.committee, m.date, m.start_time, m.location) == ("Byrådet", "2007-05-07", "17:00", "Det gamle Rådhus")


def test_flattened_list_of_names_each_with_comma_and_party_letter() -> None:
    """'Medlemmer:' / 'Anna Holm, V' / 'Bo Berg, A' / … flattened: each letter is the party of the name before it."""
    m = meeting_of("1 Referat Økonomiudvalget Mødedato: 12.03.2024 Medlemmer: Anna Holm, V Bo Berg, A Carl Jensen, Ø "
                   "Fraværende: Ingen 1. Godkendelse af dagsorden\n")
    assert m.participants == ["Anna Holm, V", "Bo Berg, A", "Carl Jensen, Ø"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Referat\n\nUdgivet af Faxe Kom-\nmune, Rådhuset\n", "Faxe"),  # broken by a hyphen at the line's end
    ("1 Referat Udgivet af Faxe Kom- mune, Rådhuset\n", "Faxe"),  # and the lines joined by a transcript
    ("Referat fra Svendborg kommunalbestyrelse\n", "Svendborg"),  # the council's word in lower case
    ("KOMMUNALBESTYRELSEN I BALLERUP\nReferat\n", "Ballerup"),  # 'i' in capitals inside a name in capitals
    # a word's own hyphen is no broken word ('Kommune- fase 3' is not 'Kommunefase')
    ("Udbygning af fjernvarme i Gentofte Kommune- fase 3\n", "Gentofte"),
])
def test_municipality_named_as_such_in_other_prints(text: str, expected: str) -> None:
    from sagsgang.parse.bodies import detect_municipality
    assert detect_municipality(text) == expected


def test_label_column_not_paired_with_lines_of_another_kind() -> None:
    """The values printed before their labels (the other column first): the lines after the labels are a list of
    names, no date or place, so the labels are not paired with them."""
    m = meeting_of("Miljø- og Byudvalg\nTirsdag den 15. september 2020\nKl. 17:30\nlokale 1 forhallen\nUdvalg:\nDato:\n"
                   "Tid:\nSted:\nIndkaldelse :\n  • Formand Vivi Nør Jacobsen (F)\n  • Jørn Jensby (A)\n"
                   "  • Dogan Polat (A)\n  • Qasir Mirza (A)\n  • Lars Gravgaard Hansen (C)\n")
    assert m.location != "• Qasir Mirza (A)"
    assert m.committee == "Miljø- og Byudvalg"
