"""A head's lists and times where a transcript runs them on (issue 11, strand tfacts): a two-column head read labels
first, then values ('Udvalg: Dato: Sted: Deltagere: Fraværende: Økonomiudvalget … Anne Hansen, … Bo Jensen'), whose
absentees' list goes on into more names or a sentence about one person; an absentees' list run on into its
substitute's sentence; a row of values with a start and an end time before the place. Invented pages, each printed as
written (lined), flattened and as a transcript's page line."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .transcript_page import viewer_text

_ITEMS = """1. Godkendelse af dagsorden
Sagsnr.: 24/1100
Sagsfremstilling
Dagsordenen forelægges til godkendelse.
Beslutning
Godkendt.

2. Trafiksikkerhedsplan 2024
Sagsnr.: 24/1234
Sagsfremstilling
Forvaltningen har udarbejdet et udkast til en trafiksikkerhedsplan for kommunens veje og stier.
Indstilling
Forvaltningen indstiller, at planen godkendes.
Beslutning
Godkendt.
"""


def _as_transcript(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return viewer_text(lines[0], " ".join(lines))


_FORMS = {"lined": lambda t: t, "flattened": flattened_text, "transcript": _as_transcript}


def _meeting(tmp_path: Path, head: str, form: str) -> dict:
    page = tmp_path / "page.txt"
    page.write_text(_FORMS[form](head + "\n" + _ITEMS), encoding="utf-8")
    return parse_file(page).to_contract()["meeting"] or {}


_MEMBERS = ["Anne Hansen", "Bo Jensen", "Carl Nielsen", "Dorte Lund"]


@pytest.mark.parametrize("form", list(_FORMS))
def test_absentees_column_with_names_run_on_after_it(tmp_path: Path, form: str) -> None:
    """'… Dorte Lund Bo Jensen, Dorte Lund Lise Dam, Ole Berg': the values of 'Deltagere:' and 'Fraværende:' and then
    names no label heads (the staff, printed on after the table); the absentees are the list under 'Fraværende', all
    of them members."""
    head = ("Referat\nUdvalg: Dato: Sted: Deltagere: Fraværende:\nØkonomiudvalget 12. marts 2024 Byrådssalen "
            "Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Lund Bo Jensen, Dorte Lund Lise Dam, Ole Berg\n")
    m = _meeting(tmp_path, head, form)
    assert (m["participants"], m["absent"]) == (_MEMBERS, ["Bo Jensen", "Dorte Lund"])


@pytest.mark.parametrize("form", list(_FORMS))
def test_absentees_column_then_a_sentence_on_part_of_the_meeting(tmp_path: Path, form: str) -> None:
    """'… Dorte Lund Dorte Lund Bo Jensen deltog ikke i punkt 2 og 3.': the members, the absentee, then a sentence on
    one who missed items only; the lists end where its subject begins, after the name printed twice."""
    head = ("Referat\nUdvalg: Dato: Sted: Deltagere: Fraværende:\nØkonomiudvalget 12. marts 2024 Byrådssalen "
            "Anne Hansen, Bo Jensen, Carl Nielsen, Dorte Lund Dorte Lund Bo Jensen deltog ikke i punkt 2 og 3.\n")
    m = _meeting(tmp_path, head, form)
    assert (m["participants"], m["absent"]) == (_MEMBERS, ["Dorte Lund"])


@pytest.mark.parametrize("form", list(_FORMS))
def test_absentee_then_the_substitutes_sentence(tmp_path: Path, form: str) -> None:
    """'Fraværende: Bo Jensen Dorte Lund (V) deltog som stedfortræder.': the substitute's sentence runs on after the
    absentee's name; its subject came in his place and is no absentee."""
    head = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Byrådssalen\n"
            "Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)\n"
            "Fraværende: Bo Jensen Dorte Lund (V) deltog som stedfortræder.\n")
    m = _meeting(tmp_path, head, form)
    assert m["absent"] == ["Bo Jensen"]


@pytest.mark.parametrize("form", list(_FORMS))
def test_start_and_end_time_before_the_place(tmp_path: Path, form: str) -> None:
    """'Dato Start Slut Sted' / '12.03.2024 16:00 18:00 Mødelokale 1, Rådhuset': the end time's column is no part
    of the place."""
    head = "Referat\nØkonomiudvalget\nDato Start Slut Sted\n12.03.2024 16:00 18:00 Mødelokale 1, Rådhuset\n"
    m = _meeting(tmp_path, head, form)
    assert (m["start_time"], m["location"]) == ("16:00", "Mødelokale 1, Rådhuset")


@pytest.mark.parametrize("form", list(_FORMS))
def test_a_room_number_after_the_time_stays_the_place(tmp_path: Path, form: str) -> None:
    """'kl. 16.00 2.14, Rådhuset': a number read as an earlier time is the room's, not an end time."""
    head = "Referat\nØkonomiudvalget\nDato Tidspunkt Sted\n12.03.2024 kl. 16.00 2.14, Rådhuset\n"
    m = _meeting(tmp_path, head, form)
    assert m["location"] == "2.14, Rådhuset"


@pytest.mark.parametrize("form", list(_FORMS))
def test_members_then_a_substitutes_sentence(tmp_path: Path, form: str) -> None:
    """'Deltagere: …, Carl Nielsen (C) Dorte Lund (V) deltog som stedfortræder for Bo Jensen.': a substitute named
    only in a sentence is no listed participant; the list ends after the last party that the sentence follows."""
    head = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Byrådssalen\n"
            "Deltagere: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C) Dorte Lund (V) deltog som stedfortræder "
            "for Bo Jensen.\n")
    m = _meeting(tmp_path, head, form)
    assert m["participants"] == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)"]


@pytest.mark.parametrize("form", list(_FORMS))
@pytest.mark.parametrize("subs", ["Stedfortrædere: Dorte Lund, Erik Holm",
                                  "Stedfortræder: Dorte Lund mødte for Carl Nielsen"])
def test_members_end_at_the_substitutes_label(tmp_path: Path, form: str, subs: str) -> None:
    """'Medlemmer: …, Carl Nielsen' / 'Stedfortrædere: Dorte Lund, Erik Holm': the substitutes' label ends the members'
    list (whose last line it would otherwise wrap into: 'Carl Nielsen Stedfortrædere'), as it ends the absentees'."""
    head = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Byrådssalen\n"
            f"Medlemmer: Anne Hansen, Bo Jensen, Carl Nielsen\n{subs}\n")
    m = _meeting(tmp_path, head, form)
    assert m["participants"][:3] == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]


@pytest.mark.parametrize("form", list(_FORMS))
def test_body_ends_where_the_date_begins(tmp_path: Path, form: str) -> None:
    """'Udvalg: Dato: Tidspunkt: Sted: Deltagere: Udvalget for Teknik 4. april 2025 15:00 Nordby Rådhus, mødelokale
    2 …': the place opens with its town's name, which is no word of the body's name printed before the date."""
    head = ("Referat\nUdvalg: Dato: Tidspunkt: Sted: Deltagere:\nUdvalget for Teknik 4. april 2025 15:00 "
            "Nordby Rådhus, mødelokale 2 Anne Hansen, Bo Jensen, Carl Nielsen\n")
    m = _meeting(tmp_path, head, form)
    assert (m["committee"], m["location"]) == ("Udvalget for Teknik", "Nordby Rådhus, mødelokale 2")


@pytest.mark.parametrize("form", list(_FORMS))
def test_whole_hour_before_the_place(tmp_path: Path, form: str) -> None:
    """'Mødet holdes: 12. marts 2024 kl. 16 i Byrådssalen': an hour with no minutes after 'kl.' is the start time, no
    part of the place (a label this reader does not know, so the facts are read after the date)."""
    head = ("Referat\nØkonomiudvalget\nMødet holdes: 12. marts 2024 kl. 16 i Byrådssalen\n"
            "Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)\n")
    m = _meeting(tmp_path, head, form)
    assert (m["start_time"], m["location"]) == ("16:00", "Byrådssalen")
