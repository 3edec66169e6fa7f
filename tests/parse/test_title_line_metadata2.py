"""More of what other publishers print on an item's header line: a case number between the item's number and its
title, a case number after a middle dot. The case number is the item's, no part of its title (annotation rules,
'Case numbers'). Invented words throughout."""
from __future__ import annotations

from pathlib import Path

from .flattening import flattened_text
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


_TITLES = ("Plan for kragemosen", "Lån til spireskuret", "Tilskud til hvedeløkkens laug")


def _flat_items(tmp_path: Path, form: str, listed: bool = False) -> list[tuple[str, str]]:
    """Three items headed '<form of the number><title>' (listed so above them too, and each header's title printed
    again below it), the page flattened into a transcript's long lines."""
    again = "\n{t}" if listed else ""
    heads = "".join(f"{form.format(n=k)}{t}{again.format(t=t)}\n\n{_BODY}\n" for k, t in enumerate(_TITLES, 1))
    listing = "Punkter\n" + " ".join(f"{form.format(n=k)}{t}" for k, t in enumerate(_TITLES, 1)) if listed else ""
    text = flattened_text(f"Referat\nByrådet\n12-03-2024\n\n{listing}\n{heads}")
    return [(i["number"], i["title"]) for i in parse_text(tmp_path, text).to_contract()["items"]]


def test_a_column_rule_after_the_number_of_a_flattened_header(tmp_path: Path) -> None:
    assert _flat_items(tmp_path, "{n} | ") == [(str(k), t) for k, t in enumerate(_TITLES, 1)]


def test_a_sag_label_with_a_colon_on_a_flattened_header(tmp_path: Path) -> None:
    assert _flat_items(tmp_path, "Sag {n}: ", listed=True) == [(str(k), t) for k, t in enumerate(_TITLES, 1)]
