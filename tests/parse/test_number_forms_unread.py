"""Item numbers printed in forms the parser did not read (benchmarks/parse_accuracy/number_forms.py, session 44),
on invented pages: each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it["number"], it["title"]) for it in parse_file(page).to_contract()["items"]]


# --- 'Nr. 3 Title': capitalised 'Nr.' labels the item's number, as 'Sag nr.' does; 'lokalplan nr. 3' is a reference

_NR_FLAT = ("Referat Teknik- og Miljøudvalget\n\nTranskript\n\n"
            "1 Referat Teknik- og Miljøudvalget 04-06-2024 kl. 16:00 Rådhuset Dagsordenspunkter "
            "Nr. 1 Godkendelse af dagsorden Nr. 2 Forslag til lokalplan nr. 3 for Skovvej "
            "Nr. 3 Trafiksikkerhedsplan 2025 Nr. 4 Eventuelt "
            "Nr. 1 Godkendelse af dagsorden 24-001122 Beslutning Godkendt. "
            "Nr. 2 Forslag til lokalplan nr. 3 for Skovvej 24-001123 Sagsfremstilling Forslaget omfatter et "
            "boligområde ved Skovvej. Beslutning Anbefales. "
            "Nr. 3 Trafiksikkerhedsplan 2025 24-001124 Sagsfremstilling Planen gælder for hele kommunen. "
            "Beslutning Godkendt. Nr. 4 Eventuelt Beslutning Intet.\n")


def test_flattened_items_numbered_nr(tmp_path):
    items = _items(tmp_path, _NR_FLAT)
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
    assert items[1][1] == "Forslag til lokalplan nr. 3 for Skovvej"
    assert items[3][1] == "Eventuelt"

