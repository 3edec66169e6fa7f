"""An agenda printed as a table's rows: cells apart by tabs or wide gaps beside each title (what the item asks, a
date, a committee's name), in any order, on the list's rows and the headers below; and a flattened list whose
titles all end in such a cell. The cells are no part of the title (annotation rules, 'Titles'); the number and an
open/closed cell still count. Invented words throughout."""
from __future__ import annotations

from pathlib import Path

from .flattening import flattened_text
from .transcript_page import parse_text

_BODY = ("Sagsfremstilling\nDer er tale om en plan for bølgeskoven ved Tranemosen.\n\n"
         "Indstilling\nForvaltningen indstiller, at planen godkendes.\n\nBeslutning\nGodkendt.\n")
_TITLES = ("Plan for bølgeskoven", "Lån til grusvejen", "Tilskud til hvedeløkkens laug")


def _rows(tmp_path: Path, row: str) -> list[tuple[str, str, bool]]:
    """Three items, each printed as `row` ('{n}', '{t}') in a list above and as its header below."""
    rows = [row.format(n=k, t=t) for k, t in enumerate(_TITLES, 1)]
    text = "Referat\nByrådet\n12-03-2024\n\nDagsorden\n" + "\n".join(rows) + "\n\n" + "".join(
        f"{r}\n\n{_BODY}\n" for r in rows)
    return [(i["number"], i["title"], i["public"]) for i in parse_text(tmp_path, text).to_contract()["items"]]


def test_cells_before_the_title_leave_it(tmp_path: Path) -> None:
    assert _rows(tmp_path, "{n}\tÅben\t12.03.2026\tMiljøudvalget\t{t}") == [
        (str(k), t, True) for k, t in enumerate(_TITLES, 1)]


def test_cells_after_the_title_leave_it(tmp_path: Path) -> None:
    assert _rows(tmp_path, "{n}\t{t}\tBeslutning\t12.03.2026\tMU") == [
        (str(k), t, True) for k, t in enumerate(_TITLES, 1)]


def test_cells_apart_by_wide_gaps_leave_the_title(tmp_path: Path) -> None:
    assert _rows(tmp_path, "{n}.   {t}    Orientering    12.03.2026") == [
        (str(k), t, True) for k, t in enumerate(_TITLES, 1)]


def test_a_fact_label_and_its_value_stay(tmp_path: Path) -> None:
    text = ("Referat\nUdvalg\tMiljøudvalget\nDato\t12.03.2024\n\n" + "".join(
        f"{k}\t{t}\tBeslutning\n\n{_BODY}\n" for k, t in enumerate(_TITLES, 1)))
    doc = parse_text(tmp_path, text).to_contract()
    assert (doc["meeting"]["committee"], doc["meeting"]["date"]) == ("Miljøudvalget", "2024-03-12")
    assert [i["title"] for i in doc["items"]] == list(_TITLES)


def test_a_flattened_list_whose_titles_all_end_in_a_cell(tmp_path: Path) -> None:
    listing = " ".join(f"{k} {t} {s}" for k, (t, s) in enumerate(
        zip(_TITLES, ("Beslutning", "Orientering", "Drøftelse"), strict=True), 1))
    text = flattened_text(f"Referat\nByrådet\n12-03-2024\n\nDagsorden\n{listing}\n\nUnderskrifter\n")
    assert [i["title"] for i in parse_text(tmp_path, text).to_contract()["items"]] == list(_TITLES)


def test_a_title_ending_in_a_committee_after_a_small_word_keeps_it(tmp_path: Path) -> None:
    titles = ("Høring i Miljøudvalget", "Sager fra Miljøudvalget", "Tilskud til hvedeløkkens laug")
    listing = " ".join(f"{k} {t}" for k, t in enumerate(titles, 1))
    heads = "".join(f"{k}. {t}\n\n{_BODY}\n" for k, t in enumerate(titles, 1))
    text = flattened_text(f"Referat\nByrådet\n12-03-2024\n\nDagsorden\n{listing}\n\n{heads}")
    assert [i["title"] for i in parse_text(tmp_path, text).to_contract()["items"]] == list(titles)


def test_a_row_titled_by_a_committee_keeps_its_title(tmp_path: Path) -> None:
    rows = ["1\tPlan for bølgeskoven\tMU", "2\tLån til grusvejen\tMU", "3\tMiljøudvalget"]
    text = "Referat\nByrådet\n12-03-2024\n\n" + "".join(f"{r}\n\n{_BODY}\n" for r in rows)
    assert [i["title"] for i in parse_text(tmp_path, text).to_contract()["items"]] == [
        "Plan for bølgeskoven", "Lån til grusvejen", "Miljøudvalget"]


def test_a_single_case_title_without_its_cell(tmp_path: Path) -> None:
    text = f"Nr.12 - Plan for bølgeskoven\tOrientering\n\nSagsnr.: 16/31575\n\n{_BODY}"
    assert [i["title"] for i in parse_text(tmp_path, text).to_contract()["items"]] == ["Plan for bølgeskoven"]


def test_a_flattened_header_keeps_its_case_number_after_its_cell(tmp_path: Path) -> None:
    asks = ("Beslutning", "Orientering", "Drøftelse")
    rows = [f"{k} {t} {s}" for k, (t, s) in enumerate(zip(_TITLES, asks, strict=True), 1)]
    heads = "".join(f"{r}\n24-00{k}23{k}\n\n{_BODY}\n" for k, r in enumerate(rows, 1))
    text = flattened_text("Referat\nByrådet\n12-03-2024\n\nDagsorden\n" + "\n".join(rows) + f"\n\n{heads}")
    items = parse_text(tmp_path, text).to_contract()["items"]
    assert [(i["title"], i["case_numbers"]) for i in items] == [
        (t, [f"24-00{k}23{k}"]) for k, t in enumerate(_TITLES, 1)]


def test_a_decision_heading_whose_date_stands_apart_keeps_it(tmp_path: Path) -> None:
    # a decision heading set with tracking keeps a wide gap before its date on every item: a heading, no table row
    page = "\n".join([
        "Referat", "Havneudvalget", "Mødedato: 3. april 2025", "",
        "1. Ny belysning ved molen", "Sagsfremstilling", "Lamperne er gamle.",
        "Beslutning Havneudvalget den   03-04-2025", "Godkendt.", "",
        "2. Salg af bådpladser", "Sagsfremstilling", "Pladserne er ledige.",
        "Beslutning Havneudvalget den   03-04-2025", "Vedtaget.", ""])
    doc = parse_text(tmp_path, page)
    assert [(d.committee, d.date) for it in doc.items for d in it.decisions] == [
        ("Havneudvalget", "2025-04-03"), ("Havneudvalget", "2025-04-03")]
