"""Members' lists in the forms unseen pages print them: the members' label printed twice over two lists, the chair
and vice-chair under office labels of their own above the members' label, 'Name, Party' with the party's full name
(one a line or flattened), and a flattened list ending at a contents list numbered without full stops (annotation
rules: entries as printed, party marker included, roles removed). Invented words and names."""
from __future__ import annotations

from sagsgang.parse.name_lists import listed_names_in

from .transcript_page import parse_text, viewer_text

BODY = ("Sagsnr.: 25/0417 Sagsfremstilling Forvaltningen har lavet et notat om stien. Beslutning i Moseudvalget den "
        "12. maj 2025 Godkendt.")
HEAD = "Referat Moseudvalget Mødedato: 12. maj 2025 Mødested: Kærhuset "
CONTENTS = " 1 Godkendelse af dagsorden 2 Vedligehold af Mosestien"
LINED = ("Referat\n\nMoseudvalget\n\nMødedato: 12. maj 2025\n\nMødested: Kærhuset\n\n{members}\n\n"
         "1. Godkendelse af dagsorden\n\n{body}\n\n2. Vedligehold af Mosestien\n\n{body}\n")


def _flat(tmp_path, head_text):
    return parse_text(tmp_path, viewer_text("Referat Moseudvalget", head_text, BODY)).meeting


def _lined(tmp_path, members):
    return parse_text(tmp_path, LINED.format(members=members, body=BODY)).meeting


def test_the_members_label_twice_over_other_people_adds_both_lists(tmp_path):
    page = (HEAD + "Til stede: Ilse Munk Tor Vikke (sekretær) Til stede: • Formand Ulla Tvede (A) • Per Kragh (V) "
            "• Iben Lund (O) Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Vedligehold af Mosestien")
    assert _flat(tmp_path, page).participants == ["Ilse Munk", "Tor Vikke", "Ulla Tvede (A)", "Per Kragh (V)",
                                                   "Iben Lund (O)"]


def test_office_labels_before_the_members_label_on_one_line_are_members(tmp_path):
    page = HEAD + "Formand: Anne Brink (A) Næstformand: Bo Holm (V) Medlemmer: Carl Dyb (Ø), Dorte Vang (O)" + CONTENTS
    assert _flat(tmp_path, page).participants == ["Anne Brink (A)", "Bo Holm (V)", "Carl Dyb (Ø)", "Dorte Vang (O)"]


def test_office_lines_above_the_members_label_are_members(tmp_path):
    members = "Formand: Anne Brink (A)\n\nNæstformand: Bo Holm (V)\n\nMedlemmer:\n\nCarl Dyb (Ø)\n\nDorte Vang (O)"
    assert _lined(tmp_path, members).participants == ["Anne Brink (A)", "Bo Holm (V)", "Carl Dyb (Ø)",
                                                      "Dorte Vang (O)"]


def test_a_flattened_list_of_names_with_full_party_names_parts_at_each_party():
    assert listed_names_in("Anne Brink, Socialdemokratiet Bo Holm, Venstre Carl Dyb, Dansk Folkeparti",
                           "participants") == ["Anne Brink, Socialdemokratiet", "Bo Holm, Venstre",
                                               "Carl Dyb, Dansk Folkeparti"]


def test_a_flattened_list_ends_at_contents_numbered_without_stops(tmp_path):
    page = HEAD + "Deltagere: Anne Brink, Socialdemokratiet, Bo Holm, Venstre, Carl Dyb, Enhedslisten" + CONTENTS
    assert _flat(tmp_path, page).participants == ["Anne Brink, Socialdemokratiet", "Bo Holm, Venstre",
                                                  "Carl Dyb, Enhedslisten"]


def test_unlabelled_lines_of_names_with_full_party_names_are_the_members(tmp_path):
    members = "Anne Brink, Socialdemokratiet\n\nBo Holm, Venstre\n\nCarl Dyb, Venstre\n\nDorte Vang, Dansk Folkeparti"
    assert _lined(tmp_path, members).participants == ["Anne Brink, Socialdemokratiet", "Bo Holm, Venstre",
                                                      "Carl Dyb, Venstre", "Dorte Vang, Dansk Folkeparti"]
