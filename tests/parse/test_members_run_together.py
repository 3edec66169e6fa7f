"""A members' column printed one name a line, flattened into a PDF transcript's head line: the names run on
without separators and are parted by where a given name starts and a surname ends (invented surnames)."""
from __future__ import annotations

import pytest

from sagsgang.parse.people import names_without_separators

from .transcript_page import parse_text, viewer_text

HEAD = ("Vandløbsudvalget - 03-02-2024 Side 1 af 9 Referat Udvalg: Vandløbsudvalget Mødedato: 03-02-2024 "
        "Mødetidspunkt: kl. 09:00 Mødested: Lokale Syd Medlemmer: ")
TOC = "Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Nyt pumpehus 4 3. Eventuelt 5"


@pytest.mark.parametrize("members, names", [
    # a given name the Danish column of the name dictionary lacks starts a name all the same
    ("Ebbe Kragsted Yusuf Tvillum Sigrid Mølleby", ["Ebbe Kragsted", "Yusuf Tvillum", "Sigrid Mølleby"]),
    # a compound given name, each part a given name
    ("Ebbe Kragsted Karl-Otto Tvillum Ilse Lauge Fjordvang",
     ["Ebbe Kragsted", "Karl-Otto Tvillum", "Ilse Lauge Fjordvang"]),
    # a foreign given name's second given name is no new name: it does not end on a surname
    ("Ilse Fjordvang Yusuf Giuseppe Mølleby Oda Kragsted",
     ["Ilse Fjordvang", "Yusuf Giuseppe Mølleby", "Oda Kragsted"]),
])
def test_members_run_together_in_a_transcript_head(tmp_path, members, names):
    doc = parse_text(tmp_path, viewer_text("Referat Vandløbsudvalget", HEAD + members, TOC))
    assert doc.meeting.participants == names


def test_a_name_ends_on_a_surname_not_on_a_given_name():
    assert names_without_separators("Oda Sigrid Kragsted Ebbe Tvillum".split()) == ["Oda Sigrid Kragsted",
                                                                                  "Ebbe Tvillum"]
    assert names_without_separators("Ilse Marie Sigrid Mølleby".split()) == []  # one person of four words
