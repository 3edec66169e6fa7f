"""Section labels run into their paragraph ('Resume: Godkendelse af …', bold labels in one flow, each paragraph
set off by a block break) after a run-in 'Beslutning: …' (run_in_decisions._run_in_label): each label opens its
section, so the decision ends where the next labelled paragraph starts. The page is the text layer of a
meeting printed that way (benchmarks/parse_accuracy/printed.py 'list', a dev meeting)."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Side 1 af 2
Referat

Beskæftigelses- og Erhvervsudvalget

Mødet blev holdt mandag den 10. januar 2022 kl. 08:00 i Mødelokale 1

Deltagere: Anne Marie Krogsgaard, Per Lund Thomsen, Lone Vestergaard, Charlotte Lind, Maria
Kjærgaard

Side 2 af 2
Punkt 1: Godkendelse af dagsorden

Sagsnr.: 21-014448

Beslutning: Godkendt.

Resume: Godkendelse af dagsorden for mødet den 10. januar 2022.

Indstilling: Center for Politik og Borgerservice indstiller, at dagsordenen godkendes.

Punkt 2: Gensidig introduktion

Sagsnr.: 21-016162

Beslutning: Udvalget præsenterede sig for hinanden

Resume: Udvalgets medlemmer præsenterer sig for hinanden. Fortæl lidt om motivation for
medlemskab af udvalget, politiske mærkesager og ønsker til samarbejde internet i udvalget

Økonomiske konsekvenser: Sagen har ingen økonomiske konsekvenser.
"""


def test_a_run_in_label_opening_a_paragraph_ends_the_decision(tmp_path: Path) -> None:
    page = tmp_path / "referat.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [[d["text"] for d in it["decisions"]] for it in items] == [
        ["Godkendt."], ["Udvalget præsenterede sig for hinanden"]]
    assert [it["sections"] for it in items] == [["Beslutning", "Resume", "Indstilling"],
                                                ["Beslutning", "Resume", "Økonomiske konsekvenser"]]


def test_a_run_in_route_label_stays_the_route(tmp_path: Path) -> None:
    """'Forventet behandling: Økonomiudvalget, Byrådet' opening a paragraph is the item's route (a label with bodies
    as its value), not a section run into its text (benchmarks/parse_accuracy/facts_variants.py
    'route-inline-forventet' fell by one section when it was)."""
    page = tmp_path / "referat.txt"
    route = "Forventet behandling: Økonomiudvalget, Byrådet, Kommunalbestyrelsen\n\n"
    page.write_text(PAGE.replace("Sagsnr.: 21-014448\n\n", "Sagsnr.: 21-014448\n\n" + route), encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert items[0]["sections"] == ["Beslutning", "Resume", "Indstilling"]
    assert items[0]["route"] == ["Økonomiudvalget", "Byrådet", "Kommunalbestyrelsen"]
