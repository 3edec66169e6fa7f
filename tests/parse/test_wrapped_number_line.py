"""A sentence's last number wrapped onto a line of its own ('… fra 240 til mellem 212 og' / '198.') above a run-in
section ('Økonomiske konsekvenser: Ingen.') is the sentence's, not an item header numbered 198 whose title is that
section. Expected values by the annotation rules: the items are the labelled headers; invented words only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

TITLES = ["Godkendelse af dagsorden", "Parkering ved Mosehøj Station", "Tilskud til Grøn Skovmus"]


def _page(wrapped: str) -> str:
    out = ["Referat", "", "Teknisk Udvalg", "Mødedato: 3. marts 2025 kl. 16:00", ""]
    for n, title in enumerate(TITLES, 1):
        out += [f"Punkt {n}: {title}", f"Sagsnr.: 25-00{n}", "",
                "Sagsbeskrivelse: Forvaltningen har set på pladserne ved stationen. Antallet af pladser falder",
                wrapped, "", "Økonomiske konsekvenser: Sagen har ingen økonomiske konsekvenser.", "",
                "Beslutning: Godkendt.", ""]
    return "\n".join(out) + "\n"


def test_wrapped_number_above_run_in_section_is_no_item(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_page("fra 240 til mellem 212 og\n198."), encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [(it["number"], it["title"]) for it in items] == [(str(n), t) for n, t in enumerate(TITLES, 1)]
