"""A form's fields run into an item's text in a PDF transcript (each page one line), one of them left empty and named
like a heading ('Ejerforhold:'): a field among fields, no section (invented words)."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

HEAD = ("Ågruppen - 07-05-2024 Side 1 af 3 Referat Udvalg: Ågruppen Mødedato: 07-05-2024 Mødetidspunkt: kl. 09:00 "
        "Mødested: Lokale Syd")
TOC = "Ågruppen - 07-05-2024 Side 2 af 3 Indholdsfortegnelse 1. Regnskab for pumpehuset 3"


def _item(fields: str) -> str:
    return ("Ågruppen - 07-05-2024 Side 3 af 3 1. Regnskab for pumpehuset Sagsnr.: 24-000303 Beslutning i Ågruppen "
            "den 07-05-2024 Godkendt. Resume Regnskabet for pumpehuset forelægges. Indstilling Sekretariatet "
            f"indstiller, at regnskabet godkendes. Sagsbeskrivelse Udtrækket er delt i grupper. {fields} Kontoen "
            "følges hvert kvartal. Økonomiske konsekvenser Ingen.")


def _sections(tmp_path, fields: str) -> list[str]:
    doc = parse_text(tmp_path, viewer_text("Referat Ågruppen", HEAD, TOC, _item(fields)))
    return [s.heading for s in doc.items[0].sections]


def test_an_empty_field_named_like_a_heading_among_filled_fields_is_no_section(tmp_path):
    fields = "Grupper: Konti: 1 - Drift 3 - Anlæg Ejerforhold: Sted/PSP-nummer: Pumpelaug Vest."
    assert _sections(tmp_path, fields) == ["Beslutning", "Resume", "Indstilling", "Sagsbeskrivelse",
                                           "Økonomiske konsekvenser"]


def test_the_same_label_with_its_text_behind_it_is_still_a_section(tmp_path):
    fields = "Ejerforhold: Pumpelaug Vest ejer huset og grunden."
    assert "Ejerforhold" in _sections(tmp_path, fields)
