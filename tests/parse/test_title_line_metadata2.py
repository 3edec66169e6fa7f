"""More of what other publishers print on an item's header line: a case number between the item's number and its
title, a case number after a middle dot. The case number is the item's, no part of its title (annotation rules,
'Case numbers'). Invented words throughout."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text

_BODY = ("Sagsfremstilling\nDer er tale om en plan for kragemosen ved Hvedeløkken.\n\n"
         "Indstilling\nForvaltningen indstiller, at planen godkendes.\n\nBeslutning\nGodkendt.\n")


def _items(tmp_path: Path, first: str, second: str) -> list[dict]:
    text = f"Referat\nByrådet\n12-03-2024\n\n{first}\n\n{_BODY}\n{second}\n\n{_BODY}"
    return parse_text(tmp_path, text).to_contract()["items"]


def test_a_case_number_between_the_number_and_the_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. 00.01.00-P20-7-24 Plan for kragemosen", "2. 00.01.00-P20-9-24 Lån til spireskuret")
    assert [(i["number"], i["title"], i["case_numbers"]) for i in items] == [
        ("1", "Plan for kragemosen", ["00.01.00-P20-7-24"]), ("2", "Lån til spireskuret", ["00.01.00-P20-9-24"])]


def test_a_case_number_after_a_middle_dot_is_the_items(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for kragemosen · EMN-2024-000417", "2. Lån til spireskuret · EMN-2024-000418")
    assert [(i["title"], i["case_numbers"]) for i in items] == [
        ("Plan for kragemosen", ["EMN-2024-000417"]), ("Lån til spireskuret", ["EMN-2024-000418"])]
