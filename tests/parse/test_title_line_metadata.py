"""What other publishers print beside an item's title on its header line: a status or date column, an open tag in
square brackets, a date after a dash, an item count after the number, a case number between the item's number and
its title or after a middle dot, a column rule or 'Sag N:' on a flattened header. None of it is the title
(annotation rules, 'Titles'; a case number is the item's, 'Case numbers'); a closed status still closes the item.
Invented words throughout."""
from __future__ import annotations

from pathlib import Path

from .flattening import flattened_text
from .transcript_page import parse_text

_BODY = ("Sagsfremstilling\nDer er tale om en plan for bølgeskoven ved Tranemosen.\n\n"
         "Indstilling\nForvaltningen indstiller, at planen godkendes.\n\nBeslutning\nGodkendt.\n")


def _items(tmp_path: Path, first: str, second: str) -> list[dict]:
    text = f"Referat\nByrådet\n12-03-2024\n\n{first}\n\n{_BODY}\n{second}\n\n{_BODY}"
    return parse_text(tmp_path, text).to_contract()["items"]


def test_a_status_column_after_a_tab_is_no_part_of_the_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven\tDrøftelse", "2. Lån til grusvejen\tBeslutning")
    assert [i["title"] for i in items] == ["Plan for bølgeskoven", "Lån til grusvejen"]


def test_a_committee_column_after_a_wide_gap_is_no_part_of_the_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven     TMU", "2. Lån til grusvejen     TMU")
    assert [i["title"] for i in items] == ["Plan for bølgeskoven", "Lån til grusvejen"]


def test_a_closed_status_column_closes_the_item(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven\tÅben", "2. Lån til grusvejen\tLukket")
    assert [(i["title"], i["public"]) for i in items] == [("Plan for bølgeskoven", True), ("Lån til grusvejen", False)]


def test_a_bracketed_tag_in_a_column_stays(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven   (B)", "2. Lån til grusvejen   (O)")
    assert [i["title"] for i in items] == ["Plan for bølgeskoven (B)", "Lån til grusvejen (O)"]


def test_an_open_tag_in_square_brackets_leaves_the_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven [Åben]", "2. Lån til grusvejen [Åbent punkt]")
    assert [(i["title"], i["public"]) for i in items] == [("Plan for bølgeskoven", True), ("Lån til grusvejen", True)]


def test_a_date_after_a_spaced_dash_leaves_the_title(tmp_path: Path) -> None:
    items = _items(tmp_path, "1. Plan for bølgeskoven - 12.03.2024", "2. Lån til grusvejen - 12.03.2024")
    assert [i["title"] for i in items] == ["Plan for bølgeskoven", "Lån til grusvejen"]


def test_an_item_count_after_the_number(tmp_path: Path) -> None:
    items = _items(tmp_path, "Punkt 1 af 9 Plan for bølgeskoven", "Punkt 2 af 9 Lån til grusvejen")
    assert [(i["number"], i["title"]) for i in items] == [("1", "Plan for bølgeskoven"), ("2", "Lån til grusvejen")]


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


def test_a_paragraph_mark_before_each_number_of_a_flattened_list(tmp_path: Path) -> None:
    # '§ 1 … § 2 … § 3': the same mark before each number of one rising run numbers items, not a law's paragraphs
    assert _flat_items(tmp_path, "§ {n} ", listed=True) == [(str(k), t) for k, t in enumerate(_TITLES, 1)]


def test_an_item_count_after_the_numbers_of_a_flattened_list(tmp_path: Path) -> None:
    # 'Punkt 2 af 9': the count is not the item's number, nor the start of its title
    assert _flat_items(tmp_path, "Punkt {n} af 9 ", listed=True) == [(str(k), t) for k, t in enumerate(_TITLES, 1)]


def test_a_law_paragraph_in_a_flattened_body_numbers_no_item(tmp_path: Path) -> None:
    # one '§ N Title' alone, no run of them: a reference in the body's prose, the page's items stand
    body = _BODY.replace("Godkendt.", "Godkendt efter lovens § 7 Stk. 2 og § 12 Nabohøring.")
    text = flattened_text("Referat\nByrådet\n12-03-2024\n\n" + "".join(
        f"{k}. {t}\n\n{body}\n" for k, t in enumerate(_TITLES, 1)))
    items = parse_text(tmp_path, text).to_contract()["items"]
    assert [(i["number"], i["title"]) for i in items] == [(str(k), t) for k, t in enumerate(_TITLES, 1)]


def test_a_closed_column_on_a_flattened_list_closes_the_title_before_it(tmp_path: Path) -> None:
    # '2. Lån til spireskuret Lukket 3. Tilskud …': the status ran on after entry 2's title, before number 3
    listing = "Punkter\n" + "\n".join(
        f"{k}. {t}{'  Lukket' if k == 2 else ''}" for k, t in enumerate(_TITLES, 1))
    heads = "".join(f"{k}. {t}\n\n{_BODY}\n" for k, t in enumerate(_TITLES, 1) if k != 2)
    text = flattened_text(f"Referat\nByrådet\n12-03-2024\n\n{listing}\n\n{heads}")
    items = parse_text(tmp_path, text).to_contract()["items"]
    assert [(i["number"], i["title"], i["public"]) for i in items] == [
        (str(k), t, k != 2) for k, t in enumerate(_TITLES, 1)]
