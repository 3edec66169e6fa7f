"""Meeting facts printed as a two-column table that a transcript reads column by column: all the labels first
('Udvalg: Dato: Tidspunkt: Sted: Deltagere:'), then all the values in the same order, on one page line. The body
stands first in the values, the place after the date and the time, the names last: each value is told by its place
in the labels' order and by its shape. Small pages written for the shape, no real text copied."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file
from tests.parse.transcript_page import ITEM_BODY, parse_transcript

_ITEM = f"2 1. Godkendelse af dagsorden {ITEM_BODY.format(n=101)}"


def _meeting(tmp_path: Path, head: str, body: str) -> dict:
    return parse_transcript(tmp_path, f"1 {head}", _ITEM, body=body).to_contract()["meeting"]


def test_the_body_is_the_first_value_not_the_names(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Udvalg: Dato: Tidspunkt: Sted: Deltagere: Fraværende: Økonomiudvalget "
                           "12. marts 2024 16:00 Byrådssalen, Rådhuset Anne Hansen, Bo Jensen, Carl Nielsen "
                           "Dorte Holm", body="Økonomiudvalget")
    assert m["committee"] == "Økonomiudvalget"
    assert m["location"] == "Byrådssalen, Rådhuset"
    assert (m["date"], m["start_time"]) == ("2024-03-12", "16:00")


def test_a_place_word_after_the_body_is_the_place(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Udvalg: Dato: Tidspunkt: Sted: Deltagere: Udvalget for Kultur og Fritid "
                           "9. juni 2015 13:00 Spejlsalen, det gamle rådhus Anne Hansen, Bo Jensen, Carl Nielsen",
                 body="Udvalget for Kultur og Fritid")
    assert m["committee"] == "Udvalget for Kultur og Fritid"
    assert m["location"] == "Spejlsalen, det gamle rådhus"
    assert m["participants"] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]


def test_absentees_alone_after_the_place(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Udvalg: Tidspunkt: Sted: Fraværende: Teknik- og Miljøudvalget 18:00 Mødelokale 3, "
                           "Rådhuset Anne Hansen, Bo Jensen", body="Teknik- og Miljøudvalget")
    assert m["committee"] == "Teknik- og Miljøudvalget"
    assert m["location"] == "Mødelokale 3, Rådhuset"
    assert m["absent"] == ["Anne Hansen", "Bo Jensen"]


def test_values_first_then_the_row_of_labels(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Referat Økonomiudvalget 12. marts 2024 16:00 Byrådssalen, Rådhuset Anne Hansen, "
                           "Bo Jensen, Carl Nielsen Udvalg: Dato: Tidspunkt: Sted: Deltagere: Ingen Bemærkninger",
                 body="Økonomiudvalget")
    assert m["committee"] == "Økonomiudvalget"
    assert (m["date"], m["start_time"]) == ("2024-03-12", "16:00")
    assert m["location"] == "Byrådssalen, Rådhuset"
    assert m["participants"] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]


def test_values_after_the_row_are_read_after_it(tmp_path: Path) -> None:
    """The labels' row with its values after it, and a date in the text before it (a meeting's own date in a
    title): the values stay those after the labels."""
    m = _meeting(tmp_path, "Referat 12. marts 2024 Udvalg: Tidspunkt: Sted: Deltagere: Økonomiudvalget 16:00 "
                           "Byrådssalen Anne Hansen, Bo Jensen, Carl Nielsen", body="Økonomiudvalget")
    assert m["committee"] == "Økonomiudvalget"
    assert m["participants"] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]


def test_the_kind_after_the_lists_and_not_in_the_last_name(tmp_path: Path) -> None:
    """A flattened head that prints its title's kind word after its facts and lists, far into the line."""
    members = ", ".join(f"{first} {last}" for first in ("Anne", "Bo", "Carl", "Dorte", "Erik")
                        for last in ("Hansen", "Jensen", "Nielsen"))
    head = (f"1 Økonomiudvalget Dato: 12. marts 2024 Tidspunkt: kl. 16:00 Mødested: Byrådssalen Deltagere: "
            f"{members} Fraværende: Bo Jensen Beslutningsprotokol")
    page = tmp_path / "page.txt"  # the site's frame titled by the body alone: the kind only on the page line
    page.write_text(f"Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n{head}\n\n"
                    f"{_ITEM}\n", encoding="utf-8")
    doc = parse_file(page).to_contract()
    assert doc["document_type"] == "beslutningsprotokol"
    assert doc["meeting"]["absent"] == ["Bo Jensen"]
