"""Members lists as unseen councils print them (issue 11), on small realistic pages: the list found by its shape
(three or more name-shaped entries in the header, whatever label or none precedes it), entries kept as printed
with role titles and remarks removed (annotation-rules.md), and a page's own region or regional municipality
named in its letterhead or domain. Expected values are read off each page by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.bodies import detect_municipality

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødetidspunkt: 16:00\nMødested: Rådhuset, mødelokale 1\n"
ITEMS = """
1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Budget 2025
Sagsfremstilling
Forvaltningen fremlægger forslag til budget.
Beslutning
Anbefales.
"""
MARKED = ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)", "Dorte Lund (O)"]


def _participants(tmp_path: Path, members: str) -> list[str]:
    page = tmp_path / "page.txt"
    page.write_text(HEAD + members + "\n" + ITEMS, encoding="utf-8")
    meeting = parse_file(page).meeting
    return list(meeting.participants) if meeting else []


@pytest.mark.parametrize("members, expected", [
    # no label at all, one a line with parties; a label the reader does not know (with a colon)
    ("\n".join(MARKED), MARKED),
    ("Udvalgets sammensætning:\n" + "\n".join(MARKED), MARKED),
    ("Politikere:\nAnne Hansen\nBo Jensen\nCarl Nielsen", ["Anne Hansen", "Bo Jensen", "Carl Nielsen"]),
    # one line under a label of the page's own, or with that label alone above it
    ("Byrådsmedlemmer: Anne Hansen (A), Bo Jensen (V) og Carl Nielsen (C)", MARKED[:3]),
    ("Politiske deltagere:\nAnne Hansen (A), Bo Jensen (V), Carl Nielsen (C)", MARKED[:3]),
    # surname first, as printed
    ("Deltagere:\nHansen, Anne (A)\nJensen, Bo (V)\nNielsen, Carl (C)",
     ["Hansen, Anne (A)", "Jensen, Bo (V)", "Nielsen, Carl (C)"]),
    # surname first on one line, the entries set apart by the same commas or by semicolons
    ("Deltagere: Hansen, Anne (A), Jensen, Bo (V), Nielsen, Carl (C)",
     ["Hansen, Anne (A)", "Jensen, Bo (V)", "Nielsen, Carl (C)"]),
    ("Deltagere: Hansen, Anne (A); Jensen, Bo (V); Nielsen, Carl (C)",
     ["Hansen, Anne (A)", "Jensen, Bo (V)", "Nielsen, Carl (C)"]),
    # a role as the line's label, or in a table's column after bare party letters
    ("Deltagere:\nFormand: Anne Hansen (A)\nNæstformand: Bo Jensen (V)\nMedlem: Carl Nielsen (C)", MARKED[:3]),
    ("Deltagere:\nAnne Hansen A Formand\nBo Jensen V Næstformand\nCarl Nielsen C Medlem",
     ["Anne Hansen A", "Bo Jensen V", "Carl Nielsen C"]),
    # names from other alphabets, particles with an apostrophe
    ("Deltagere:\nMehmet Çelik (A)\nNiels Ib d'Almeida (V)\nŞule Yılmaz (C)\nZoë Müller-Østergaard (O)",
     ["Mehmet Çelik (A)", "Niels Ib d'Almeida (V)", "Şule Yılmaz (C)", "Zoë Müller-Østergaard (O)"]),
    # bullets a text extraction prints as a letter 'o' or an arrow
    ("Deltagere:\no Anne Hansen (A)\no Bo Jensen (V)\no Carl Nielsen (C)", MARKED[:3]),
    ("Deltagere:\n➢ Anne Hansen (A)\n➢ Bo Jensen (V)\n➢ Carl Nielsen (C)", MARKED[:3]),
    # cell bars or slashes between the names; a party after its own comma
    ("Deltagere: Anne Hansen (A) | Bo Jensen (V) | Carl Nielsen (C)", MARKED[:3]),
    ("Deltagere: Anne Hansen (A) / Bo Jensen (V) / Carl Nielsen (C)", MARKED[:3]),
    ("Deltagere: Anne Hansen, (A), Bo Jensen, (V), Carl Nielsen, (C)",
     ["Anne Hansen, (A)", "Bo Jensen, (V)", "Carl Nielsen, (C)"]),
    # roles in lower case before a name, a role with what it is of, a substitute's remark
    ("Til stede: borgmester Anne Hansen (A), rådmand Bo Jensen (V), Carl Nielsen (C)", MARKED[:3]),
    ("Deltagere:\nAnne Hansen (A), formand for udvalget\nBo Jensen (V)\nCarl Nielsen (C)", MARKED[:3]),
    ("Deltagere:\nAnne Hansen (A)\nBo Jensen (V) - suppleant for Kurt Berg\nCarl Nielsen (C) mødte for Kaj Ring",
     MARKED[:3]),
    ("Deltagere: Anne Hansen (A), Bo Jensen (V) - suppleant for Kurt Berg, Carl Nielsen (C)", MARKED[:3]),
])
def test_members_list_shapes(tmp_path, members, expected):
    assert _participants(tmp_path, members) == expected


@pytest.mark.parametrize("members", [
    # an absentees' block under its own label is no members' list, nor are two names alone
    "Fraværende:\nAnne Hansen (A)\nBo Jensen (V)\nCarl Nielsen (C)",
    "Anne Hansen (A)\nBo Jensen (V)",
    # unmarked names without a label of their own may be staff or guests
    "Anne Hansen\nBo Jensen\nCarl Nielsen",
])
def test_no_members_list_without_its_shape(tmp_path, members):
    assert _participants(tmp_path, members) == []


@pytest.mark.parametrize("text, expected", [
    ("Region Hovedstaden\nKoncern Politisk Sekretariat\nForretningsudvalget", "Region Hovedstaden"),
    ("Referat\n\nSe mere på https://www.bornholmsregionskommune.dk/politik", "Bornholm"),
    # a region named alone further down, in a case's text, is not the page's own
    ("Forretningsudvalget\nReferat\nMødedato: 12. marts 2024\n\n1. Ansøgning\nSendes videre til\nRegion Sjælland\n",
     None),
])
def test_municipality_from_letterhead_and_domain(text, expected):
    assert detect_municipality(text) == expected


def test_flattened_head_with_a_list_under_a_label_of_its_own(tmp_path):
    # a transcript's head on one line: the list under a label the reader does not know, between known labels
    line = ("Referat Økonomiudvalget Dato: 12. marts 2024 Tidspunkt: kl. 16:00 Mødested: Rådhuset, mødelokale 1 "
            "Udvalgets sammensætning: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C) Fraværende: Dorte Lund (O)")
    page = tmp_path / "page.txt"
    page.write_text(line + "\n" + ITEMS, encoding="utf-8")
    assert parse_file(page).meeting.participants == MARKED[:3]


def test_flattened_head_with_unlabelled_members_after_the_place(tmp_path):
    # the place's value runs on into a list of marked names without a label: the list ends the place
    line = ("Referat Økonomiudvalget Dato: 12. marts 2024 Tidspunkt: kl. 16:00 Mødested: Dronningeværelset, det "
            "gamle rådhus Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C) Fraværende: Dorte Lund (O)")
    page = tmp_path / "page.txt"
    page.write_text(line + "\n" + ITEMS, encoding="utf-8")
    meeting = parse_file(page).meeting
    assert (meeting.location, meeting.participants) == ("Dronningeværelset, det gamle rådhus", MARKED[:3])
