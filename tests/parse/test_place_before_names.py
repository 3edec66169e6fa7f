"""A meeting's place with no room, building or street word ('Fjernmøde', 'Teams', a building's own name, a
postcode's town) printed straight before the members' list, as a transcript flattens a row of labels ('Sted
Medlemmer Fraværende <place> <names>'): the place ends where the first member's given name starts. Invented
pages (benchmarks/parse_accuracy/place_before_names.py prints the shapes over twenty places)."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_LATER = ("Indholdsfortegnelse 1 Godkendelse af dagsorden 2 Tilskud til foreninger",
          "1 Godkendelse af dagsorden Sagsnr.: 25/101 Beslutning Godkendt. 2 Tilskud til foreninger Sagsnr.: 25/102 "
          "Sagsfremstilling Forvaltningen har lavet en indstilling. Beslutning Godkendt.")


def _meeting(tmp_path: Path, first_page: str) -> dict:
    return parse_text(tmp_path, viewer_text("Referat", first_page, *_LATER)).to_contract()["meeting"]


def test_a_remote_meeting_before_the_members_of_a_table_row(tmp_path: Path) -> None:
    m = _meeting(tmp_path, "Fritidsudvalget Referat Dato 3. april 2025 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted "
                           "Medlemmer Fraværende Fjernmøde Gunnar Ravn, Helle Kobbers, Inger Saltofte")
    assert m["location"] == "Fjernmøde"
    assert m["participants"] == ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte"]


def test_a_building_named_after_its_place_word_keeps_its_name(tmp_path: Path) -> None:
    """'Kulturhuset Spiren Gunnar Ravn (A)': the word after the building's is its own name, no member's."""
    m = _meeting(tmp_path, "Fritidsudvalget Referat Mødedato Mødetidspunkt Mødested Deltagere 03-04-2025 15:00 "
                           "Kulturhuset Spiren Gunnar Ravn (A), Helle Kobbers (V), Inger Saltofte (F)")
    assert m["location"] == "Kulturhuset Spiren"
    assert m["participants"] == ["Gunnar Ravn (A)", "Helle Kobbers (V)", "Inger Saltofte (F)"]


def test_a_postcodes_town_before_the_members_ends_the_place(tmp_path: Path) -> None:
    """'…, 7600 Struer Gunnar Ravn': a town name is no given name; a member with a foreign given name after a room
    ('Mødelokale 4 Mehmet Ali Berg') keeps his whole name."""
    m = _meeting(tmp_path, "Fritidsudvalget Referat Dato: 3. april 2025 Sted: Deltagere: Grønnegade 12, 7600 Struer "
                           "Gunnar Ravn, Helle Kobbers, Inger Saltofte")
    assert m["location"] == "Grønnegade 12, 7600 Struer"
    assert m["participants"] == ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte"]
    m = _meeting(tmp_path, "Fritidsudvalget Referat Dato: 3. april 2025 Sted: Deltagere: Mødelokale 4 Mehmet Ali Berg, "
                           "Helle Kobbers, Inger Saltofte")
    assert m["location"] == "Mødelokale 4"
    assert m["participants"][0] == "Mehmet Ali Berg"


def test_a_viewer_title_cut_after_the_row_of_empty_labels_sets_no_place(tmp_path: Path) -> None:
    """The site's title is the PDF's first words cut at a word ('… Sluttidspunkt 17:10 Sted Medlemmer'): the
    members' label after the place's is the row's next label, not the place; the page line prints the place."""
    first = ("Fritidsudvalget Referat Dato 3. april 2025 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted Medlemmer "
             "Fraværende Byrådssalen Gunnar Ravn, Helle Kobbers, Inger Saltofte")
    title = first[: first.index("Medlemmer") + len("Medlemmer")]
    m = parse_text(tmp_path, viewer_text(title, first, *_LATER)).to_contract()["meeting"]
    assert m["location"] == "Byrådssalen"
    assert m["participants"] == ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte"]


def test_members_printed_with_their_initials_after_the_place(tmp_path: Path) -> None:
    """'… Kantinen Gunnar Ravn (gura) V, …': a two-column table read column by column, each member with the user
    name a council's system prints in small letters and the party's letter; the place ends before the first name."""
    m = _meeting(tmp_path, "Referat Udvalg: Tidspunkt: Sted: Deltagere: Fritidsudvalget 17:00 Spiren Gunnar Bøje Ravn "
                           "(gura) V, Helle Kobbers (hekb) A, Inger Saltofte (insa) F")
    assert m["location"] == "Spiren"
    assert m["participants"] == ["Gunnar Bøje Ravn (gura) V", "Helle Kobbers (hekb) A", "Inger Saltofte (insa) F"]


def test_a_viewer_title_cut_inside_the_list_of_a_row_without_colons(tmp_path: Path) -> None:
    """The title cut after the first member ('… Fraværende Fjernmøde Gunnar Ravn,'): no colon tells that a value was
    cut; the title prints the meeting's facts, the page line prints them whole, so the page line's list is read."""
    first = ("Fritidsudvalget Referat Dato 3. april 2025 Mødetidspunkt 15:00 Sluttidspunkt 17:10 Sted Medlemmer "
             "Fraværende Fjernmøde Gunnar Ravn, Helle Kobbers, Inger Saltofte")
    title = first[: first.index("Ravn,") + len("Ravn,")]  # (the viewer cuts at a word, its comma kept)
    m = parse_text(tmp_path, viewer_text(title, first, *_LATER)).to_contract()["meeting"]
    assert m["location"] == "Fjernmøde"
    assert m["participants"] == ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte"]
