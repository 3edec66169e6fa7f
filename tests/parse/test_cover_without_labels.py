"""A transcript's cover that prints its facts with no labels: the body, the date and time, the place, then the
members' list with their parties, all run onto one page line ('Referat Udvalget 12. marts 2027 kl. 16:00 Rådhuset,
Mødelokale 2 Anne Holm (V), Bo Kjær (A), …'). The place ends where the first party-marked name begins; the list is
the members'. Invented pages (benchmarks/parse_accuracy/place_before_names.py, shapes `no-labels*`, `held-sentence`,
`place-label-only`, prints them over twenty places)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text, viewer_text

_LATER = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Tilskud til foreninger 4",
          "1. Godkendelse af dagsorden Sagsnr.: 27/101 Beslutning Godkendt. 2. Tilskud til foreninger Sagsnr.: 27/102 "
          "Sagsfremstilling Forvaltningen har lavet en indstilling. Beslutning Godkendt.")

_SEVEN = ["Gunnar Ravn (A)", "Helle Kobbers (V)", "Inger Saltofte (F)", "Jonas Brink (C)", "Karen Tofte (A)",
          "Lars Mølgaard (V)", "Mette Vinding (Ø)"]
_FOUR = _SEVEN[:4]


def _meeting(tmp_path: Path, first_page: str) -> dict:
    return parse_text(tmp_path, viewer_text("Referat Fritidsudvalget", first_page, *_LATER)).to_contract()["meeting"]


@pytest.mark.parametrize("when", ["12. marts 2027 kl. 16:00", "12. marts 2027 kl. 16.00 - 18.00",
                                  "den 12. marts 2027 kl. 16:00 i", "12. marts 2027, kl. 16:00,"])
@pytest.mark.parametrize("place", ["Rådhuset, Mødelokale 2", "Byrådssalen", "Teams", "Nordby Bibliotek"])
def test_the_place_ends_where_the_party_marked_members_begin(tmp_path: Path, when: str, place: str) -> None:
    m = _meeting(tmp_path, f"Referat Fritidsudvalget {when} {place} {', '.join(_SEVEN)}")
    assert m["location"] == place
    assert m["participants"] == _SEVEN


def test_a_held_sentence_runs_on_into_the_members(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Fritidsudvalget 12. marts 2027 Mødet blev afholdt på Byrådssalen "
                           + ", ".join(_SEVEN))
    assert m["location"] == "Byrådssalen"
    assert m["participants"] == _SEVEN


def test_a_short_list_after_the_title_place_is_the_members(tmp_path: Path) -> None:
    """Four members: fewer than a list with no label needs where nothing marks its start; the place read from the
    title marks it."""
    m = _meeting(tmp_path, "Referat Fritidsudvalget 12. marts 2027 kl. 16:00 Rådhuset, Mødelokale 2 "
                           + ", ".join(_FOUR))
    assert m["location"] == "Rådhuset, Mødelokale 2"
    assert m["participants"] == _FOUR


@pytest.mark.parametrize("place", ["Udvalgsværelse B", "Fjernmøde via Teams", "Nordby Bibliotek",
                                   "Kulturhuset, Nørregade 12, 4000 Nordby"])
def test_a_place_whose_last_word_is_no_given_name_keeps_it(tmp_path: Path, place: str) -> None:
    """'Mødested: Nordby Bibliotek Gunnar Ravn (A), …': the place's last word (a room's letter, a town, a service) is
    no given name, a Danish given name follows it: the first member starts there."""
    m = _meeting(tmp_path, f"Referat Fritidsudvalget Mødedato: 12. marts 2027 Mødested: {place} {', '.join(_FOUR)}")
    assert m["location"] == place
    assert m["participants"] == _FOUR


def test_a_first_member_with_three_names_keeps_them(tmp_path: Path) -> None:
    members = ["Anne Marie Holm (V)", *_FOUR[1:]]
    m = _meeting(tmp_path, "Referat Fritidsudvalget Mødedato: 12. marts 2027 Mødested: Byrådssalen "
                           + ", ".join(members))
    assert m["location"] == "Byrådssalen"
    assert m["participants"] == members


# a place under a label in the council's own words ('Mødet holdes:', 'Afholdt:'), on a flattened cover


def _location(tmp_path: Path, first_page: str) -> str | None:
    return parse_text(tmp_path, viewer_text("Referat", first_page, *_LATER)).to_contract()["meeting"]["location"]


def test_an_own_place_label_whose_value_runs_on_into_the_first_item(tmp_path: Path) -> None:
    """'Mødet holdes: Rådhuset, mødelokale 3B • Pkt. 1 …': the value is read as a place once what the flattened page
    ran on after it (a bullet, the first item) is off."""
    assert _location(tmp_path, "Referat Dato: Torsdag, Marts 12, 2027 - 16:00 Mødet holdes: Rådhuset, mødelokale 3B "
                               "• Pkt. 1 Godkendelse af dagsorden") == "Rådhuset, mødelokale 3B"


def test_an_own_place_label_after_an_end_time_or_a_minute_taker(tmp_path: Path) -> None:
    """A known label that fills no field ('Sluttidspunkt', 'Referent') has a short value: an own label after it
    starts a value of its own, as it does after a date's or a place's label."""
    assert _location(tmp_path, "Referat Byråd Starttidspunkt for møde: 12. marts 2027 kl. 17:00 Sluttidspunkt for "
                               "møde: 12. marts 2027 kl. 19:00 Mødet holdes: Byrådssalen, Torvet 3, Nordby • 1. "
                               "Godkendelse af dagsorden") == "Byrådssalen, Torvet 3, Nordby"
    assert _location(tmp_path, "Referat Byråd Mødedato: 12. marts 2027 Referent: Ole Berg Afholdt: Byrådssalen, "
                               "Torvet 3 Deltagere: Gunnar Ravn (A), Helle Kobbers (V), Inger Saltofte (F)") \
        == "Byrådssalen, Torvet 3"


def test_an_own_place_label_after_the_titles_time_is_no_part_of_the_place(tmp_path: Path) -> None:
    assert _location(tmp_path, "Referat Onsdag den 12. marts 2027 kl. 17:00 Mødet holdes: Remisen, Nordby Udvalg: "
                               "Byrådet Medlemmer: Gunnar Ravn, Helle Kobbers, Inger Saltofte") == "Remisen, Nordby"


# the members' list printed without party letters: three or more entries, each a name by its shape

_BARE = ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte", "Jonas Brink"]


@pytest.mark.parametrize("place", ["Byrådssalen", "Kulturhuset Spiren", "Teams", "Grønnegade 12, 7600 Struer"])
def test_names_without_parties_after_a_place_with_no_label_between(tmp_path: Path, place: str) -> None:
    m = _meeting(tmp_path, f"Referat Fritidsudvalget 12. marts 2027 kl. 16:00 {place} {', '.join(_BARE)}")
    assert (m["location"], m["participants"]) == (place, _BARE)
    m = _meeting(tmp_path, f"Referat Fritidsudvalget Mødedato: 12. marts 2027 Mødested: {place} {', '.join(_BARE)}")
    assert (m["location"], m["participants"]) == (place, _BARE)


def test_a_place_with_capitalised_words_after_a_comma_is_no_list_of_names(tmp_path: Path) -> None:
    """'Rådhuset, Store Sal, Nordre Vestergade 4': capitalised words held apart by commas, but no entry opens with a
    given name: the whole is the place."""
    m = _meeting(tmp_path, "Referat Fritidsudvalget 12. marts 2027 kl. 16:00 Rådhuset, Store Sal, Nordre Vestergade 4")
    assert m["location"] == "Rådhuset, Store Sal, Nordre Vestergade 4"
    assert m["participants"] == []


# a head line with no date: the body, the time, the place, the kind word, then the labels


def test_a_named_place_between_the_time_and_the_kind_word(tmp_path: Path) -> None:
    """'Fritidsudvalget kl. 17:00 Remisen Referat Deltagere: …': no word of 'Remisen' names a room, but the time
    before it and the kind word after it bound it."""
    m = _meeting(tmp_path, "Fritidsudvalget kl. 17:00 Remisen Referat Deltagere: " + ", ".join(_FOUR))
    assert (m["location"], m["start_time"]) == ("Remisen", "17:00")


def test_the_council_named_before_the_body_on_a_head_line(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Nordby Kommune Fritidsudvalget kl. 08:00 Mødelokale B - 6. sal - Jobcentret Referat "
                           "Afbud: Gunnar Ravn Følgende sager behandles:")
    assert (m["location"], m["start_time"]) == ("Mødelokale B - 6. sal - Jobcentret", "08:00")


def test_a_place_word_before_a_sentence_run_on_after_the_place_stays(tmp_path: Path) -> None:
    """'Mødested: Byrådssalen, Nordby Rådhus ved afbud …': the sentence run on after the place starts after the
    building's word, which ends the place's name."""
    m = _meeting(tmp_path, "Referat Fritidsudvalget Dato: 12. marts 2027 Fraværende: Gunnar Ravn Mødested: "
                           "Byrådssalen, Nordby Rådhus ved afbud 12. marts 2027")
    assert m["location"] == "Byrådssalen, Nordby Rådhus"
