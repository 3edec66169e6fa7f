"""Where a meeting's place ends when the head runs on after it: into the meeting's clock time, a weekday before its
date, a sentence that goes on with a verb, the first item's header; and a members' list that runs on into the label
of who chairs the meeting. Each on a PDF transcript (the head on one page line) and on a page that keeps its lines.
Invented names and words."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import TITLED_FRAME, parse_text

_ITEMS = ("1. Godkendelse af dagsorden Beslutning Godkendt. 2. Ny sti langs Mølleåen Sagsfremstilling Forvaltningen "
          "har tegnet et forslag til stien. Indstilling Forvaltningen indstiller, at forslaget godkendes.")

_LINED_ITEMS = """
1. Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def _transcript(tmp_path: Path, cover: str):
    return parse_text(tmp_path, TITLED_FRAME.format(title="Referat Naturudvalget", pages=f"1 {cover} {_ITEMS}"))


def _lined(tmp_path: Path, *head: str):
    return parse_text(tmp_path, "Referat\nNaturudvalget\n" + "\n".join(head) + "\n" + _LINED_ITEMS)


def test_a_place_ends_at_the_clock_time_after_it_which_is_the_start(tmp_path):
    for place_line in ("Mødested: Pumpehuset kl. 17.00", "Mødested: Pumpehuset Kl. 17.00",
                       "Mødested: Pumpehuset 17.00 - 19.00"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 {place_line} Deltagere: Ivalo Brandtoft")
        assert (doc.meeting.location, doc.meeting.start_time) == ("Pumpehuset", "17:00"), place_line
        doc = _lined(tmp_path, "Mødedato: 7. oktober 2021", place_line)
        assert (doc.meeting.location, doc.meeting.start_time) == ("Pumpehuset", "17:00"), place_line


def _places(tmp_path: Path, cover: str, *head: str) -> tuple[str | None, str | None]:
    """The place read from the transcript whose cover is `cover` and from the lined page whose head is `head`."""
    return _transcript(tmp_path, cover).meeting.location, _lined(tmp_path, *head).meeting.location


def test_a_room_number_with_a_dot_is_no_clock_time(tmp_path):
    assert _places(tmp_path, "Naturudvalget Mødedato: 7. oktober 2021 Mødested: Mødelokale 1.12 Deltagere: Ivalo "
                   "Brandtoft", "Mødedato: 7. oktober 2021", "Mødested: Pumpehuset, 1. Sal") == (
        "Mødelokale 1.12", "Pumpehuset, 1. Sal")


def test_a_place_ends_at_a_weekday_before_the_date(tmp_path):
    doc = _transcript(tmp_path, "Naturudvalget Mødested: Pumpehuset Torsdag den 7. oktober 2021 kl. 17.00 "
                                "Deltagere: Ivalo Brandtoft")
    assert doc.meeting.location == "Pumpehuset"


def test_a_place_ends_at_the_first_item_header(tmp_path):
    for after in ("1. Godkendelse af dagsorden", "Punkt 1 Godkendelse af dagsorden"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset {after}")
        assert doc.meeting.location == "Pumpehuset", after


def test_a_place_in_a_sentence_ends_where_the_sentence_goes_on(tmp_path):
    assert _places(tmp_path, "Naturudvalget 7. oktober 2021 Deltagere: Ivalo Brandtoft, Sune Klitgaard Mødet blev "
                   "holdt i Pumpehuset og startede kl. 17.00.", "7. oktober 2021",
                   "Mødested: Kultur- og fritidscenter Nord") == ("Pumpehuset", "Kultur- og fritidscenter Nord")


def test_a_members_list_ends_at_the_label_of_who_chairs_the_meeting(tmp_path):
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset Deltagere: Ivalo "
                                "Brandtoft, Sune Klitgaard og Tove Ravn Mødeleder: Ivalo Brandtoft")
    assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard", "Tove Ravn"]
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset Deltagere: Ivalo "
                                "Brandtoft Afbud: Tove Ravn Ordstyrer: Ivalo Brandtoft")
    assert doc.meeting.absent == ["Tove Ravn"]


def test_a_list_of_names_under_an_unknown_label_in_the_head_is_the_members_list(tmp_path):
    for label in ("Udvalgets medlemmer:", "Fremmøde:", "Politikere:"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset {label} Ivalo "
                                    "Brandtoft, Sune Klitgaard, Tove Ravn Afbud: Ingen")
        assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard", "Tove Ravn"], label


def test_names_in_a_sentence_or_a_copy_list_are_no_members(tmp_path):
    for extra in ("Bemærk: Ivalo Brandtoft og Sune Klitgaard deltog via video",
                  "Kopi til: Ivalo Brandtoft, Sune Klitgaard"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset {extra} "
                                    "Deltagere: Tove Ravn, Mads Lyng")
        assert doc.meeting.participants == ["Tove Ravn", "Mads Lyng"], extra


def test_a_list_label_that_goes_on_in_small_words_ends_at_its_colon(tmp_path):
    for label in ("Medlemmer af udvalget:", "Til stede fra udvalget:"):
        doc = _transcript(tmp_path, f"Naturudvalget Mødedato: 7. oktober 2021 Mødested: Pumpehuset {label} Ivalo "
                                    "Brandtoft, Sune Klitgaard Afbud: Ingen")
        assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard"], label
        doc = _lined(tmp_path, "Mødedato: 7. oktober 2021", f"{label} Ivalo Brandtoft, Sune Klitgaard")
        assert doc.meeting.participants == ["Ivalo Brandtoft", "Sune Klitgaard"], label


def test_a_place_between_the_body_and_the_date_in_the_title(tmp_path):
    for title in ("Referat Naturudvalget, Pumpehuset, 7. oktober 2021 kl. 17.00",
                  "Referat Naturudvalget Mødelokale 2, Pumpehuset 7. oktober 2021 kl. 17.00"):
        doc = _transcript(tmp_path, f"{title} Deltagere: Ivalo Brandtoft, Sune Klitgaard")
        assert doc.meeting.location == title.split("Naturudvalget")[1].split(" 7.")[0].strip(" ,"), title
        assert doc.meeting.committee == "Naturudvalget"


def test_a_time_span_before_the_place_is_no_part_of_it(tmp_path):
    doc = _lined(tmp_path, "7. oktober 2021 17.00 - 19.00 Pumpehuset")
    assert doc.meeting.location == "Pumpehuset"


def test_a_place_ends_at_the_column_heads_of_a_members_table(tmp_path):
    doc = _transcript(tmp_path, "Naturudvalget Mødedato: 7. oktober 2021 Mødested: Mødelokale 1 Navn Parti Fremmøde "
                                "Ivalo Brandtoft A Deltog Sune Klitgaard V Deltog")
    assert doc.meeting.location == "Mødelokale 1"
