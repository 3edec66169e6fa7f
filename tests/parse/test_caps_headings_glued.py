"""Headings in capitals glued to what follows on a flattened page (unglue.glued_headings): one ending in an accented
capital ('RESUMÉKommunalbestyrelsens …') and two headings run together ('INDHOLDINDSTILLING:', an empty section's
heading glued to the next) are parted; a word in capitals that is a heading as a whole ('ØKONOMIVURDERING') is not.
transcript_bodies.py glued, glued-caps."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.unglue import glued_headings

from .transcript_page import parse_text, viewer_text


def _sections(tmp_path: Path, body: str) -> list[str]:
    (item,) = parse_text(tmp_path, viewer_text("Referat Vindelbo Udvalg", body)).to_contract()["items"]
    return item["sections"]


def test_a_heading_ending_in_an_accented_capital(tmp_path: Path) -> None:
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 RESUMÉForvaltningen har gennemgået de tre modeller for "
            "parkens fremtid og anbefaler den mellemste. SAGSFREMSTILLINGPlanen rummer stier og en sø. Beslutning "
            "Godkendt.")
    assert _sections(tmp_path, body) == ["RESUMÉ", "SAGSFREMSTILLING", "Beslutning"]


def test_two_headings_in_capitals_run_together(tmp_path: Path) -> None:
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 INDHOLDINDSTILLING: Forvaltningen indstiller, at planen "
            "godkendes. SAGSFREMSTILLINGADMINISTRATIONENS VURDERINGPlanen rummer stier og en sø. Beslutning Godkendt.")
    assert _sections(tmp_path, body) == ["INDHOLD", "INDSTILLING", "SAGSFREMSTILLING", "ADMINISTRATIONENS VURDERING",
                                         "Beslutning"]


def test_a_heading_whole_in_capitals_stays_whole() -> None:
    assert glued_headings("Sagen er drøftet. ØKONOMIVURDERING Der er ingen udgifter.") \
        == "Sagen er drøftet. ØKONOMIVURDERING Der er ingen udgifter."


def test_a_heading_in_capitals_glued_to_the_preposition_i(tmp_path: Path) -> None:
    """'SAGSFREMSTILLINGI forlængelse af …': the text opens on the one-letter preposition, a word in small letters
    after it; 'ØKONOMI økonomien …' is a word of its own."""
    body = ("1. Plan for Vindelbo Skovpark Sagsnr.: 21/4471 SAGSFREMSTILLINGI forlængelse af mødet har forvaltningen "
            "gennemgået de tre modeller. RESUMEI korte træk er planen god. Beslutning Godkendt.")
    assert _sections(tmp_path, body) == ["SAGSFREMSTILLING", "RESUME", "Beslutning"]
    assert glued_headings("Et ØKONOMI økonomien er god.") == "Et ØKONOMI økonomien er god."
