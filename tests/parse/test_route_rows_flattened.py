"""A route's rows a transcript runs on after a sentence (route_rows.py): the first body's outcome printed beside it
('Økonomiudvalget 12.03.2024: Anbefales.') and the next body's date only ('Byrådet 20.03.2024'), or a table under its
heads ('Behandling Mødedato' / 'Økonomiudvalget 12.03.2024' / 'Byrådet 20.03.2024'): the route keeps every body,
the decision only its outcome. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.route_rows import route_rows_at_end

from .flattening import flattened_text

_HEAD = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n\n1. Salg af grund ved Skolevej\n"
         "Sagsnr.: 24-000456\nSagsfremstilling\nKommunen har modtaget et bud på grunden.\nIndstilling\n"
         "Direktionen indstiller, at buddet accepteres.\n")
_NEXT = "\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n"


def _first(tmp_path: Path, block: str) -> tuple[list[str], list[tuple[str | None, str]]]:
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(_HEAD + block + "\n" + _NEXT), encoding="utf-8")
    item = parse_file(page).items[0]
    return item.route, [(d.committee, d.text) for d in item.decisions]


@pytest.mark.parametrize("block", ["Sagsgang\nØkonomiudvalget 12.03.2024: Anbefales.\nByrådet 20.03.2024",
                                   "Sagsgang\nØkonomiudvalget 12.03.2024\nAnbefales.\nByrådet 20.03.2024"])
def test_the_row_after_an_outcome_is_the_routes_not_the_decisions(tmp_path: Path, block: str) -> None:
    assert _first(tmp_path, block) == (["Økonomiudvalget", "Byrådet"], [("Økonomiudvalget", "Anbefales.")])


def test_a_route_table_under_its_heads_is_the_route(tmp_path: Path) -> None:
    block = "Behandling Mødedato\nØkonomiudvalget 12.03.2024\nByrådet 20.03.2024"
    assert _first(tmp_path, block)[0] == ["Økonomiudvalget", "Byrådet"]


def test_rows_are_cut_only_where_every_row_names_a_body() -> None:
    text = "Godkendt. Sagen genoptages 20.03.2024"
    assert route_rows_at_end(text) == text
    assert route_rows_at_end("Godkendt. Teknik- og Miljøudvalget 20.03.2024") == \
        "Godkendt. \nTeknik- og Miljøudvalget 20.03.2024\n"
