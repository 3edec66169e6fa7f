"""Meeting facts in PDF transcripts as other publishers print them (branch tfacts): a transcript site runs each
PDF page onto one line behind its page number, so the header's labels, values, lists and the title's words stand
side by side. These small pages are written for the shapes (not copied from any document): a place that ends at a
label the reader does not know, a row of labels whose one value holds the date, time, place and names, a row whose
value puts the body before the date and the place after it, labels of other publishers ('Lokalitet', 'Deltog',
'Mødets deltagere'), and the kind of document after the body behind a title's adjective."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_CONTENTS = ("Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Budgetopfølgning 2024 4",
             "1. Godkendelse af dagsorden Sagsnr.: 00.01.00-A00-1-24 Beslutning Godkendt. 2. Budgetopfølgning 2024 "
             "Sagsnr.: 00.30.00-S00-2-24 Sagsfremstilling Forvaltningen har lavet en opfølgning. Beslutning Taget til "
             "efterretning.")


def _transcript(tmp_path: Path, first_page: str) -> dict:
    """Parse a page printed as a transcript: the site's frame, then each PDF page one line behind its number."""
    pages = (first_page, *_CONTENTS)
    body = "\n\n".join(f"{n} {p}" for n, p in enumerate(pages, 1))
    path = tmp_path / "page.txt"
    path.write_text(f"Økonomiudvalget\n\nStørrelse: px\nStarte visningen fra side:\n\nTranskript\n\n{body}\n",
                    encoding="utf-8")
    return parse_file(path).to_contract()


def test_a_place_ends_at_a_label_the_reader_does_not_know(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Økonomiudvalget Referat Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 "
                              "Mødested: Byrådssalen, Rådhuset Mødeleder: Formanden Deltagere: Anne Hansen, "
                              "Bo Jensen")["meeting"]
    assert m["location"] == "Byrådssalen, Rådhuset"
    assert m["participants"] == ["Anne Hansen", "Bo Jensen"]


def test_a_row_of_labels_then_its_values_with_date_time_place_and_names(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Økonomiudvalget Referat Mødedato: Mødetidspunkt: Mødested: Deltagere: Fraværende: "
                              "12. marts 2024 16:00 Lokale 2, Rådhuset Anne Hansen (A), Bo Jensen (V), "
                              "Carl Nielsen (C) Dorte Holm (V)")["meeting"]
    assert (m["date"], m["start_time"], m["location"]) == ("2024-03-12", "16:00", "Lokale 2, Rådhuset")
    assert m["participants"] == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)"]
    assert m["absent"] == ["Dorte Holm (V)"]


def test_a_list_of_members_with_bullets_is_no_place(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Dagsorden Udvalg: Dato: Tid: Sted: Indkaldelse : • Formand Anne Hansen (A) "
                              "• Bo Jensen (V) • Carl Nielsen (C)")["meeting"]
    assert m["location"] is None
    assert m["participants"] == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)"]


def test_body_before_the_date_and_place_after_the_time_under_one_row(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Dagsorden Udvalg: Dato: Tid: Sted: Udvikling af Midtbyen (§17, stk.4) Mandag den "
                              "05. december 2016 Kl. 18:30 Mødelokale 1 forhallen Indkaldelse : • Formand Anne "
                              "Hansen (A) • Bo Jensen (V)")["meeting"]
    assert m["committee"] == "Udvikling af Midtbyen (§17, stk.4)"
    assert (m["date"], m["start_time"]) == ("2016-12-05", "18:30")
    assert m["location"] == "Mødelokale 1 forhallen"


def test_other_publishers_labels_for_the_place_and_the_members(tmp_path: Path) -> None:
    m = _transcript(tmp_path, "Økonomiudvalget Referat Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 "
                              "Lokalitet: Byrådssalen Deltog: Anne Hansen, Bo Jensen Afbud: Carl Nielsen")["meeting"]
    assert m["location"] == "Byrådssalen"
    assert m["participants"] == ["Anne Hansen", "Bo Jensen"]
    assert m["absent"] == ["Carl Nielsen"]
    m = _transcript(tmp_path, "Referat Økonomiudvalget 12. marts 2024 Mødested: Byrådssalen Mødetidspunkt: 16:00 "
                              "Mødets deltagere: Anne Hansen, Bo Jensen")["meeting"]
    assert m["participants"] == ["Anne Hansen", "Bo Jensen"]


def test_the_kind_after_the_body_behind_a_titles_adjective(tmp_path: Path) -> None:
    # the contents show a decision: without the title's own kind word the page would be a referat
    doc = _transcript(tmp_path, "Plan- og Miljøudvalget Åben dagsorden Mødedato: 12-03-2024 Mødested: Lokale 2")
    assert doc["document_type"] == "dagsorden"
    doc = _transcript(tmp_path, "Byrådet Godkendt referat mandag den 7. maj 2024 kl. 17:00 Det gamle Rådhus")
    assert doc["document_type"] == "referat"


@pytest.mark.parametrize(("head", "place"), [
    ("Referat Økonomiudvalget Torsdag den 14. marts 2024 Rådhuset Medlemmer Anne Hansen (A) Bo Jensen (V)",
     "Rådhuset"),
    ("Referat Økonomiudvalget Torsdag den 14. marts 2024 i Byrådssalen, Rådhuset Medlemmer Anne Hansen (A)",
     "Byrådssalen, Rådhuset"),
    ("Referat Økonomiudvalget Mødet afholdt den 14. marts 2024 på Rådhuset Fraværende: Bo Jensen", "Rådhuset"),
])
def test_the_place_right_after_the_date_with_no_time_between(tmp_path: Path, head: str, place: str) -> None:
    """A header flattened onto one line may print the place straight after the date, with no clock time
    between ('… den 14. marts 2024 i Byrådssalen, Rådhuset Medlemmer …'): a room or a building there is the
    meeting's place, up to the next label."""
    m = _transcript(tmp_path, head)["meeting"]
    assert (m["date"], m["location"]) == ("2024-03-14", place)


@pytest.mark.parametrize(("head", "participants", "absent"), [
    ("Referat Økonomiudvalget 14. marts 2024 Byrådssalen Deltagere Anne Hansen, Bo Jensen, Carl Nielsen",
     ["Anne Hansen", "Bo Jensen", "Carl Nielsen"], []),
    ("Referat Økonomiudvalget Mødet afholdt den 14. marts 2024 på Rådhuset Fraværende Bo Jensen", [], ["Bo Jensen"]),
])
def test_a_list_label_without_its_colon_inside_a_flattened_header(tmp_path: Path, head: str, participants: list[str],
                                                                  absent: list[str]) -> None:
    """Inside a flattened header a list's label may print no colon ('… Deltagere Anne Hansen, Bo Jensen, …',
    '… Fraværende Bo Jensen' at the line's end): names set off by commas, or one name that ends the line, after
    it are its value, as two names with their parties already were."""
    m = _transcript(tmp_path, head)["meeting"]
    assert (m["participants"], m["absent"]) == (participants, absent)
