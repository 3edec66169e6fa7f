"""Bilag named inside an item's prose in a PDF transcript (each page one line): a dashed list of bilag after a
sentence, or a reference in brackets, is the section's text, not the item's bilag list (invented words)."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

HEAD = ("Engudvalget - 05-03-2024 Side 1 af 4 Referat Udvalg: Engudvalget Mødedato: 05-03-2024 Mødetidspunkt: kl. "
        "10:00 Mødested: Lokale Nord")
TOC = "Engudvalget - 05-03-2024 Side 2 af 4 Indholdsfortegnelse 1. Godkendelse af dagsorden 3 2. Ny sti langs åen 4"
FIRST = ("Engudvalget - 05-03-2024 Side 3 af 4 1. Godkendelse af dagsorden Sagsnr.: 24-000101 Beslutning i "
         "Engudvalget den 05-03-2024 Godkendt. Resume Dagsordenen forelægges. Indstilling Sekretariatet indstiller, "
         "at dagsordenen godkendes.")


def _second(description: str) -> str:
    return ("Engudvalget - 05-03-2024 Side 4 af 4 2. Ny sti langs åen Sagsnr.: 24-000202 Beslutning i Engudvalget "
            "den 05-03-2024 Godkendt. Resume Stien skal gå fra møllen til broen. Indstilling Sekretariatet "
            f"indstiller, at stien anlægges. Sagsbeskrivelse {description} Økonomiske konsekvenser Stien betales "
            "af puljen til friluftsliv.")


def test_a_dashed_bilag_list_in_the_prose_is_no_bilag_list(tmp_path):
    text = ("Stien er tegnet af Lodsen. Derudover er vedlagt følgende bilag: - Bilag 1 Kort over stien ved møllen - "
            "Bilag 2 Notat om broens bæreevne Hørsholt Grundejerforening har i mange år ønsket en sti, og foreningen "
            "vil passe den.")
    doc = parse_text(tmp_path, viewer_text("Referat Engudvalget", HEAD, TOC, FIRST, _second(text)))
    item = next(it for it in doc.items if it.number == "2")
    assert "Sagsbeskrivelse" in [s.heading for s in item.sections]
    assert item.attachments == []


def test_a_bilag_named_in_brackets_is_no_bilag_heading(tmp_path):
    text = "Planen for stien (jf. Bilag 1) tages til efterretning af grundejerne, som har set den."
    doc = parse_text(tmp_path, viewer_text("Referat Engudvalget", HEAD, TOC, FIRST, _second(text)))
    item = next(it for it in doc.items if it.number == "2")
    assert "Sagsbeskrivelse" in [s.heading for s in item.sections]
    assert item.attachments == []
