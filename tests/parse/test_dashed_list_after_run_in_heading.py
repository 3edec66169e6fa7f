"""A run-in heading whose text opens on a dashed list, in a PDF transcript (each page one line): the heading still
heads a section (invented words)."""
from __future__ import annotations

from .transcript_page import parse_text, viewer_text

HEAD = ("Mosegruppen - 11-06-2024 Side 1 af 3 Referat Udvalg: Mosegruppen Mødedato: 11-06-2024 Mødetidspunkt: kl. "
        "15:00 Mødested: Lokale Øst")
TOC = "Mosegruppen - 11-06-2024 Side 2 af 3 Indholdsfortegnelse 1. Plan for mosestien 3"


def _sections(tmp_path, plan: str) -> list[str]:
    item = ("Mosegruppen - 11-06-2024 Side 3 af 3 1. Plan for mosestien Sagsnr.: 24-000404 Beslutning i Mosegruppen "
            "den 11-06-2024 Godkendt. Resume Planen for mosestien forelægges. Indstilling Sekretariatet indstiller, at "
            f"planen godkendes. Sagsbeskrivelse Stien skal gå rundt om mosen. Tidsplan {plan} Økonomiske "
            "konsekvenser Stien betales af puljen.")
    doc = parse_text(tmp_path, viewer_text("Referat Mosegruppen", HEAD, TOC, item))
    return [s.heading for s in doc.items[0].sections]


def test_a_heading_over_a_dashed_list_heads_a_section(tmp_path):
    plan = "- Juni: gruppen godkender planen. - August: stien anlægges af Mosegården."
    assert _sections(tmp_path, plan) == ["Beslutning", "Resume", "Indstilling", "Sagsbeskrivelse", "Tidsplan",
                                         "Økonomiske konsekvenser"]


def test_a_heading_left_empty_behind_one_dash_heads_a_section(tmp_path):
    # 'Tidsplan - Økonomiske konsekvenser …': the dash stands for the empty text, the next heading right behind it
    assert _sections(tmp_path, "-") == ["Beslutning", "Resume", "Indstilling", "Sagsbeskrivelse", "Tidsplan",
                                        "Økonomiske konsekvenser"]


def test_a_dash_between_two_numbers_is_no_second_entry_of_a_list(tmp_path):
    # 'Tidsplan - Stien anlægges 2031 - 2032 …': one dash parts the label from its value; the dash of a year span (or a
    # case number's '2031 - 15608') behind it opens no second entry, so no dashed list shows a heading there
    plan = "- Stien anlægges i årene 2031 - 2032 af Mosegården."
    assert "Tidsplan" not in _sections(tmp_path, plan)
