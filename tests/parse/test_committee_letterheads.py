"""The body that met, where a letterhead prints the council's municipality or region on the line above it
('Vestby Kommune' / 'Udvalget for Klima og Miljø', 'Region Syddanmark' / 'Forretningsudvalget'), and bodies named
by their kind or by § 17, stk. 4 ('Det Rådgivende Udvalg for Psykiatri', '§ 17, stk. 4-udvalget vedr. frivillighed').
The municipality or region is no part of the body's name, and a committee named by its fields keeps them. Synthetic
pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.bodies import is_body_name
from sagsgang.parse.committee_names import longest_body

from .transcript_page import parse_text

ITEM = "\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"


@pytest.mark.parametrize(("letterhead", "body"), [
    ("Vestby Kommune", "Udvalget for Klima og Miljø"),
    ("Vestby Kommune", "Udvalget for Trafik, Klima og Miljø"),
    ("Region Syddanmark", "Regionsrådet"),
    ("Region Nordjylland", "Forretningsudvalget"),
    ("Bornholms Regionskommune", "Kommunalbestyrelsen"),
])
def test_the_letterhead_above_the_body_is_not_part_of_its_name(tmp_path: Path, letterhead: str, body: str):
    doc = parse_text(tmp_path, f"Referat\n{letterhead}\n{body}\n12-03-2024{ITEM}")
    assert doc.meeting is not None and doc.meeting.committee == body
    assert doc.meeting.date == "2024-03-12"


@pytest.mark.parametrize("body", ["Det Rådgivende Udvalg for Psykiatri", "Midlertidigt udvalg for Nærdemokrati",
                                  "§ 17, stk. 4-udvalget vedr. frivillighed"])
def test_a_body_named_by_its_kind_or_its_paragraph_is_named_whole(tmp_path: Path, body: str):
    doc = parse_text(tmp_path, f"Referat\n{body}\n12-03-2024{ITEM}")
    assert doc.meeting is not None and doc.meeting.committee == body


def test_names_read_alone():
    assert longest_body("Vestby Kommune Udvalget for Klima og Miljø") == "Udvalget for Klima og Miljø"
    assert longest_body("Region Sjælland Regionsrådet") == "Regionsrådet"
    assert is_body_name("Det Rådgivende Udvalg for Psykiatri")
    # a document's kind before a body is not an adjective of its name, nor is a place's word
    assert not is_body_name("Referat Udvalget for Klima og Miljø")
    assert not is_body_name("Dagsorden Udvalget for Klima og Miljø")
    assert not is_body_name("§ 17, stk. 4 om frivillighed")
