"""A PDF transcript's contents list that prints no item numbers, only a page column, whose page numbers land where
no title has them: after a closed entry's marker ('LUKKET PUNKT: 13 LUKKET PUNKT: 15', as the transcript_variants
net's 'trailing-pages' rewrites the tune transcripts), or inside a title wrapped onto two lines, its first line's page
number after a preposition ('… regulativ for 7 Lokalhistorisk Arkiv'). A bare number is no entry, and a page number
between a preposition and a capitalized word is no title's wording. Synthetic pages in the shape of the tune
transcripts; invented titles and names."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_transcript

_HEAD = ("1 Referat {body} Mødedato: 14. marts 2019 Mødetidspunkt: 16:00 Mødested: Byrådssalen, Rådhuset "
         "Deltagere: Anne Holm, Peter Lund, Karen Mikkelsen")


def test_page_after_closed_marker_is_no_entry(tmp_path: Path):
    doc = parse_transcript(
        tmp_path, _HEAD.format(body="Kommunalbestyrelsen"),
        "2 Kommunalbestyrelsen 14. marts 2019 Side: 2 Til behandling forelå: SAGER TIL AFGØRELSE Tilskud til "
        "idrætsforeningernes haller 3 Ansøgning om lokaletilskud til nye lokaler 5 Forslag til vedtægter for Grønnedal "
        "Digelag 7 Ombygning af Nordbyens bibliotek 9 SAGER TIL EFTERRETNING Orientering fra borgmesteren 11 LUKKEDE "
        "SAGER LUKKET PUNKT: 13 LUKKET PUNKT: 15",
        "3 Kommunalbestyrelsen 14. marts 2019 Side: 3 Tilskud til idrætsforeningernes haller Sagsnr.: 19/1001 "
        "Sagsfremstilling Forvaltningen har udarbejdet et notat. Beslutning Godkendt.",
        body="Kommunalbestyrelsen")
    assert [(it.title, it.public) for it in doc.items] == [
        ("Tilskud til idrætsforeningernes haller", True), ("Ansøgning om lokaletilskud til nye lokaler", True),
        ("Forslag til vedtægter for Grønnedal Digelag", True), ("Ombygning af Nordbyens bibliotek", True),
        ("Orientering fra borgmesteren", True), ("Lukket punkt", False), ("Lukket punkt", False)]


def test_page_inside_wrapped_title_after_preposition_is_dropped(tmp_path: Path):
    doc = parse_transcript(
        tmp_path, _HEAD.format(body="Økonomiudvalget"),
        "2 Side 1 Indholdsfortegnelse Punkt nr. Side Godkendelse af dagsorden for mødet Orientering om status på "
        "vejprojekter Godkendelse af regulativ for 7 Lokalhistorisk Arkiv Forslag til samarbejde om erhvervsservice "
        "Ombygning af Nordbyens bibliotek Eventuelt",
        "3 Godkendelse af dagsorden for mødet Sagsnr.: 19/1001 Sagsfremstilling Dagsordenen er udsendt. Beslutning i "
        "Økonomiudvalget den 14. marts 2019 Godkendt.",
        body="Økonomiudvalget")
    titles = [it.title for it in doc.items]
    assert "Godkendelse af regulativ for Lokalhistorisk Arkiv" in titles
    # a count before a lowercase noun and a name's own number stay ('for 4 vindmøller', 'afdeling 22 Skolevænget')
    assert not any(" 7 " in t for t in titles)


def test_numbers_a_title_owns_stay():
    from sagsgang.parse.title_tidy import without_wrapped_page
    assert without_wrapped_page("Godkendelse af regulativ for 7 Lokalhistorisk Arkiv") == \
        "Godkendelse af regulativ for Lokalhistorisk Arkiv"
    for own in ("Lokalplan for 4 vindmøller ved Østerby", "Lån til afdeling 22 Skolevænget", "Lokalplan nr. 12 Ådalen",
                "Budget for 2020 Administrationen", "Tilskud til 3 foreninger"):
        assert without_wrapped_page(own) == own
