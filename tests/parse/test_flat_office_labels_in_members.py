"""A members' list flattened onto one line with each member's office as a label of its own ('Deltagere: Formand:
Ulla Tvede (A) Næstformand: Per Kragh (V) Iben Lund (O)', a list printed one a line, then run together by a PDF
transcript): the office label parts the names as the office word does without its colon, and it goes (annotation
rules: roles removed, names as printed). Invented words and names."""
from __future__ import annotations

from sagsgang.parse.name_lists import listed_names_in

from .transcript_page import parse_text, viewer_text

BODY = ("Sagsnr.: 25/0417 Sagsfremstilling Forvaltningen har lavet et notat om stien. Beslutning i Moseudvalget den "
        "12. maj 2025 Godkendt.")


def test_office_labels_inside_a_flattened_members_list_part_its_names(tmp_path):
    page = ("Referat Moseudvalget Mødedato: 12. maj 2025 Mødested: Kærhuset Deltagere: Formand: Ulla Tvede (A) "
            "Næstformand: Per Kragh (V) Iben Lund (O) Fraværende: Ebbe Sand (C) 1 Godkendelse af dagsorden "
            "2 Vedligehold af Mosestien")
    m = parse_text(tmp_path, viewer_text("Referat Moseudvalget", page, BODY)).meeting
    assert m.participants == ["Ulla Tvede (A)", "Per Kragh (V)", "Iben Lund (O)"]
    assert m.absent == ["Ebbe Sand (C)"]


def test_an_office_label_first_or_between_names_goes_with_its_colon():
    assert listed_names_in("Formand: Ulla Tvede Næstformand: Per Kragh, Iben Lund", "participants") \
        == ["Ulla Tvede", "Per Kragh", "Iben Lund"]
