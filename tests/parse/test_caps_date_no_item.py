"""A date printed in capitals inside a flattened page ('TEKNISK UDVALG 3. MAJ 2019 Beslutning …', a decision's head
in a PDF transcript): '3.' is the date's day, not item 3 titled 'MAJ 2019'. Invented transcript page."""
from __future__ import annotations

from sagsgang.parse import parse_file


def test_a_day_before_a_month_in_capitals_numbers_no_item(tmp_path):
    body = "Sagsfremstilling Forvaltningen har lavet et notat."
    text = ("Referat\n\nTranskript\n\n1 Referat Økonomiudvalget 3. maj 2019 "
            f"1. Godkendelse af dagsorden {body} Beslutning Godkendt. "
            f"2. Budget 2025 {body} TEKNISK UDVALG 3. MAJ 2019 Beslutning Anbefales. "
            f"3. Lokalplan 12 {body} Beslutning Godkendt.\n")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    items = parse_file(page).items
    assert [(it.number, it.title) for it in items] == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2025"),
                                                       ("3", "Lokalplan 12")]
    assert [d.text for d in items[1].decisions] == ["Anbefales."]
