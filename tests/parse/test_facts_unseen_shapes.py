"""Meeting facts in shapes unseen councils print (issue 11): a place's label without its colon, a party's name cut
short in brackets after a member, a region's name alone on a line of the page's head, the capital's council named
with its city. Invented names and words."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.bodies import detect_municipality
from sagsgang.parse.place_person import before_person

from .transcript_page import TITLED_FRAME, parse_text

_ITEMS = """
Indholdsfortegnelse
1. Godkendelse af dagsorden
2. Ny sti langs Pilebækken

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Ny sti langs Pilebækken

Sagsfremstilling
Forvaltningen har tegnet et forslag til stien.

Beslutning
Godkendt.
"""


def _lined(tmp_path: Path, *head: str):
    return parse_text(tmp_path, "Referat\n\nNaturudvalget\n\nMødedato: 7. oktober 2021\n" + "\n".join(head) + "\n"
                      + _ITEMS)


def test_a_place_label_without_its_colon_before_a_place_name(tmp_path):
    for line, place in (("Sted Pumpesalen", "Pumpesalen"), ("STED Pumpesalen", "Pumpesalen"),
                        ("Sted Rådhuset, mødesal 4", "Rådhuset, mødesal 4"), ("Placering Kildehuset", "Kildehuset"),
                        ("Lokale Pumpesalen", "Pumpesalen")):
        assert _lined(tmp_path, line).meeting.location == place, line


def test_a_place_label_word_before_small_words_is_no_label(tmp_path):
    # a title's or a sentence's next word is small: no place's name follows the word
    assert _lined(tmp_path, "Placering af ny skole").meeting.location is None


def test_a_party_name_cut_short_in_brackets_is_the_members_party(tmp_path):
    doc = _lined(tmp_path, "Deltagere", "Ivalo Brandtoft (Soc.)", "Orm Kveldsen (V)", "Tyra Maibom (Kons.)")
    assert doc.meeting.participants == ["Ivalo Brandtoft (Soc.)", "Orm Kveldsen (V)", "Tyra Maibom (Kons.)"]
    doc = _lined(tmp_path, "Deltagere: Ivalo Brandtoft (Soc.dem.), Orm Kveldsen (Rad. V.), Tyra Maibom (C)")
    assert doc.meeting.participants == ["Ivalo Brandtoft (Soc.dem.)", "Orm Kveldsen (Rad. V.)", "Tyra Maibom (C)"]


def test_a_remark_in_brackets_still_goes(tmp_path):
    doc = _lined(tmp_path, "Deltagere: Ivalo Brandtoft (Orlov), Orm Kveldsen (V)")
    assert doc.meeting.participants == ["Ivalo Brandtoft", "Orm Kveldsen (V)"]


def test_a_region_named_alone_on_a_line_of_the_head():
    head = "Referat\nForretningsudvalget\nMødedato: 3. maj 2020\n{}\n\n1. Godkendelse af dagsorden\n"
    assert detect_municipality(head.format("Region Nordjylland")) == "Region Nordjylland"
    assert detect_municipality("Referat\n\nMødedato: 3. maj 2020\nSted: Pilevej 30\n\nRegion Sjælland\n") \
        == "Region Sjælland"


def test_a_region_named_in_a_wrapped_sentence_is_not_the_pages():
    text = ("Referat\nForretningsudvalget\nMødedato: 3. maj 2020\n\n1. Vandløb\nSagen sendes videre til\n"
            "Region Sjælland\nmed bemærkninger.\n")
    assert detect_municipality(text) is None


def test_the_capitals_council_named_with_its_city():
    for head in ("Referat\nKøbenhavns Borgerrepræsentation\nMødedato: 3. maj 2020\n",
                 "Referat fra Københavns Borgerrepræsentations møde\n"):
        assert detect_municipality(head) == "København", head


def test_a_place_name_alone_is_still_no_municipality():
    for line in ("4600 Køge", "Mødested: Slagelse Rådhus", "Køge Rådhus"):
        assert detect_municipality(f"Referat\nØkonomiudvalget\n{line}\n") is None, line


def test_a_party_printed_before_the_member_stays_with_the_name(tmp_path):
    doc = _lined(tmp_path, "Deltagere", "A: Ivalo Brandtoft", "V: Orm Kveldsen", "C: Tyra Maibom")
    assert doc.meeting.participants == ["A: Ivalo Brandtoft", "V: Orm Kveldsen", "C: Tyra Maibom"]
    doc = _lined(tmp_path, "Deltagere", "A - Ivalo Brandtoft", "V - Orm Kveldsen", "C - Tyra Maibom")
    assert doc.meeting.participants == ["A - Ivalo Brandtoft", "V - Orm Kveldsen", "C - Tyra Maibom"]


def test_a_rooms_word_before_its_letter_or_number_is_the_place_not_its_label(tmp_path):
    for line in ("Mødelokale C, Pilevej 23, 9999 Kildeby", "Lokale D116, Kildeby Rådhus"):
        doc = parse_text(tmp_path, f"Referat\nNaturudvalget\n30-01-2018 kl. 13:00\n{line}\n" + _ITEMS)
        assert doc.meeting.location == line, line


_TRANSCRIPT_ITEMS = ("1. Godkendelse af dagsorden Beslutning Godkendt. 2. Ny sti langs Pilebækken Sagsfremstilling "
                     "Forvaltningen har tegnet et forslag til stien. Beslutning Godkendt.")


def _transcript(tmp_path: Path, cover: str):
    return parse_text(tmp_path, TITLED_FRAME.format(title="Referat Naturudvalget",
                                                    pages=f"1 {cover} {_TRANSCRIPT_ITEMS}"))


def test_a_place_ends_before_names_a_transcript_ran_on_after_it(tmp_path):
    for place, after in (("Pilehuset, Mødesalen", "Ivalo Brandtoft"),
                         ("Byrådssalen, Kildeby Rådhus", "Orm Kveldsen Bemærkninger")):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Deltagere: Tyra Maibom (A) "
                                    f"Mødested: {place} {after}")
        assert doc.meeting.location == place, place


def test_a_street_named_after_a_person_stays_in_the_place(tmp_path):
    for place in ("Mødelokale 1 Tyra Maiboms Vej", "Kildeby Rådhus Store Sal"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Deltagere: Orm Kveldsen (A) "
                                    f"Mødested: {place}")
        assert doc.meeting.location == place, place


def test_a_postcode_is_no_place_word_a_name_may_follow():
    # the town's name follows a postcode, capitalised as a person's name is
    assert before_person("Rådssalen, Pilevej 1, 9999 Kildeby Indholdsfortegnelse") \
        == "Rådssalen, Pilevej 1, 9999 Kildeby Indholdsfortegnelse"
    assert before_person("Pilehuset, Mødesal 2 Ivalo Brandtoft") == "Pilehuset, Mødesal 2"
