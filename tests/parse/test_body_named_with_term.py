"""A body named with the term of office it was elected for, bare after its name ('Fjordby Råd 2030-2033'), as a
system that keeps one committee per term prints it, its genitive after the years in a decision heading ('Fjordby
Råd 2030-2033s beslutning den 14.01.2031'). Expected by the annotation rules: the heading opens the item's
decision (its body the name with its term), the absentees listed one per line under the decision's absence
label are that decision's `absent`."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

PAGE = """Referat
Fjordby Råd 2030-2033
Mødedato: 14. januar 2031 kl. 08:00

1. Godkendelse af programmet
Sagsnr.: 31-000123
Resume
Programmet for mødet.
Fjordby Råd 2030-2033s beslutning den 14.01.2031
Programmet blev godkendt.
Følgende deltog ikke i behandlingen af punktet:
Aske Vindborg
Bodil Pilehave

2. Orientering om vejene
Sagsnr.: 31-000124
Resume
Vejene er gode.
Fjordby Råd 2030-2033s beslutning den 14.01.2031
Taget til efterretning.
"""


def test_genitive_heading_after_the_term_opens_the_decision(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    first, second = (item["decisions"] for item in items)
    assert [(d["text"], d["absent"]) for d in first] == [
        ("Programmet blev godkendt.", ["Aske Vindborg", "Bodil Pilehave"])]
    assert first[0]["committee"] == "Fjordby Råd 2030-2033"
    assert [d["text"] for d in second] == ["Taget til efterretning."]
