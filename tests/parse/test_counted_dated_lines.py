"""A treatment's dated line that names the item's number at that meeting as a count ('Økonomiudvalget, 12.03.2024,
pkt. IV:'), where the page counts its items in roman numerals or letters (benchmarks/parse_accuracy/number_forms.py
num-roman, num-pkt-letter: the nets renumber the page's references to its items too). Invented pages."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

LINED = """Referat

Byrådet

Mødedato: 20.03.2024 kl. 17:00
Mødested: Rådhuset

I. Godkendelse af dagsorden

Beslutning

Godkendt.

II. Budgetopfølgning for vejområdet

Sagsfremstilling

Forvaltningen forelægger budgetopfølgningen.

Økonomiudvalget, 12.03.2024, pkt. IV:

Anbefales.

Beslutning

Godkendt.

III. Eventuelt

Beslutning

Intet.
"""


def test_a_dated_line_naming_the_item_by_a_roman_count_is_a_treatment(tmp_path: Path):
    # '…, pkt. IV:' was no treatment's line (its number read as digits only): the committee's decision was lost
    page = tmp_path / "page.txt"
    page.write_text(LINED, encoding="utf-8")
    items = parse_file(page).to_contract()["items"]
    assert [it["number"] for it in items] == ["I", "II", "III"]
    assert [(d["committee"], d["date"], d["text"]) for d in items[1]["decisions"]] == [
        ("Økonomiudvalget", "2024-03-12", "Anbefales."), ("Byrådet", "2024-03-20", "Godkendt.")]

