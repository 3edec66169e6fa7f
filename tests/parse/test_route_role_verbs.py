"""A route listed one body a line, each with the verb of its part in the case ('Hvem beslutter' / 'Økonomiudvalget
anbefaler' / 'Byrådet godkender'): every verb a council prints for that part ends its body's entry, as 'indstiller'
and 'beslutter' do (bodies.ROLE_VERB_AFTER, the one vocabulary of those verbs). Invented pages; the lined page and
the same page flattened as a transcript prints it."""
from __future__ import annotations

from pathlib import Path

import pytest

from .flattening import flattened_text
from .route_page import item_route
from .transcript_page import parse_text

_PAGE = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\nMødested: Byrådssalen\n\n"
         "1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
         "2. Salg af grund ved Skolevej\nSagsnr.: 24-000456\n{block}\nSagsfremstilling\n"
         "Kommunen har modtaget et bud på grunden.\nBeslutning\nAnbefales.\n\n"
         "3. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n")

_ROUTES = [
    ("Hvem beslutter\nØkonomiudvalget anbefaler\nByrådet beslutter", ["Økonomiudvalget", "Byrådet"]),
    ("Hvem beslutter\nØkonomiudvalget indstiller\nByrådet godkender", ["Økonomiudvalget", "Byrådet"]),
    ("Hvem beslutter\nBørne- og Skoleudvalget drøfter", ["Børne- og Skoleudvalget"]),
    ("Hvem beslutter\nByrådet vedtager.", ["Byrådet"]),
]


@pytest.mark.parametrize(("block", "route"), _ROUTES)
def test_each_verb_of_a_part_ends_its_body(tmp_path: Path, block: str, route: list[str]) -> None:
    assert item_route(tmp_path, block) == route


@pytest.mark.parametrize(("block", "route"), _ROUTES[:2])
def test_the_same_lines_flattened(tmp_path: Path, block: str, route: list[str]) -> None:
    doc = parse_text(tmp_path, flattened_text(_PAGE.format(block=block))).to_contract()
    assert next(it["route"] for it in doc["items"] if it["number"] == "2") == route


def test_a_sentence_under_the_label_is_no_route(tmp_path: Path) -> None:
    """'Sagen er til orientering i Økonomiudvalget': prose names a body, it lists none."""
    assert item_route(tmp_path, "Hvem beslutter\nSagen er til orientering i Økonomiudvalget") == []
