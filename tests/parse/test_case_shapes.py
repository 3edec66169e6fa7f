"""Case numbers in the shapes and places case systems print them, read by their shape and label, not by a system's
name: a register's capitals before a year and a serial ('S2024-1234', 'SAG-2024-01234', 'G01-2024-0123'), a label
that joins a system's name to 'sag' by a hyphen ('Kildesys-sag:'), a bare 'Sag:' label with its number on the next
line or before a distinctive form on the header line, and a contents list's row that prints the number the item's
own header leaves out, a label in brackets or without its colon, a labelled number between the item's number and its
title. A budget's letter before its years ('B2026-2029') is no case. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.casenumbers import find_case_numbers
from sagsgang.search.analyzer import _case_numbers

from .transcript_page import parse_text

HEAD = "Referat\nMiljøudvalget\nMødedato: 14. marts 2024\nMødested: Mødelokale 3\n\n"
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning for Vandværket", "Lokalplan for Bakkedal"]
BODY = "\nSagsfremstilling\nForvaltningen har lavet et notat.\n\nBeslutning\nGodkendt.\n"


def _items(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    return [(i["title"], i["case_numbers"]) for i in parse_text(tmp_path, text).to_contract()["items"]]


def _page(under: str) -> str:
    """Each item's header, then `under` (its case line, '{n}' the item's number), then its body."""
    return HEAD + "\n".join(f"{n}. {t}\n{under.format(n=n)}\n{BODY}" for n, t in enumerate(TITLES, 1))


@pytest.mark.parametrize("shape", ["S2024-100{n}", "SAG-2024-0100{n}", "G01-2024-010{n}"])
def test_a_registers_capitals_before_year_and_serial_are_a_case_number(tmp_path: Path, shape: str) -> None:
    expected = [(t, [shape.format(n=n)]) for n, t in enumerate(TITLES, 1)]
    assert _items(tmp_path, _page("Sagsnr.: " + shape)) == expected
    assert _items(tmp_path, _page(shape)) == expected  # on a line of its own, unlabelled


def test_the_search_index_reads_the_same_shapes() -> None:
    text = "Se S2024-1001 og SAG-2024-01002 samt G01-2024-0103, ikke B2026-2029."
    assert [m.group(0) for m in _case_numbers(text)] == find_case_numbers(text) == [
        "S2024-1001", "SAG-2024-01002", "G01-2024-0103"]


def test_a_budgets_letter_before_its_years_stays_in_the_title(tmp_path: Path) -> None:
    page = HEAD + "\n".join(f"{n}. Anlægsoversigt {n} B2026-2029\n{BODY}" for n in (1, 2, 3))
    assert _items(tmp_path, page) == [(f"Anlægsoversigt {n} B2026-2029", []) for n in (1, 2, 3)]


def test_a_systems_name_hyphened_to_sag_labels_the_number(tmp_path: Path) -> None:
    assert _items(tmp_path, _page("Kildesys-sag: 24/200{n}")) == [(t, [f"24/200{n}"]) for n, t in
                                                                 enumerate(TITLES, 1)]


def test_a_hyphened_sag_label_wants_a_case_form(tmp_path: Path) -> None:
    assert _items(tmp_path, _page("Kildesys-sag: 12345{n} kr.")) == [(t, []) for t in TITLES]


def test_a_bare_sag_label_alone_takes_the_next_lines_number(tmp_path: Path) -> None:
    assert _items(tmp_path, _page("Sag:\n24-00300{n}")) == [(t, [f"24-00300{n}"]) for n, t in enumerate(TITLES, 1)]


def test_a_bare_sag_label_on_the_header_line_leaves_the_title(tmp_path: Path) -> None:
    page = HEAD + "\n".join(f"{n}. {t}  Sag: 330-2024-100{n}\n{BODY}" for n, t in enumerate(TITLES, 1))
    assert _items(tmp_path, page) == [(t, [f"330-2024-100{n}"]) for n, t in enumerate(TITLES, 1)]


@pytest.mark.parametrize("cell", ["Sagsnr. 24/400{n}", "Sagsnr.: EMN-2024-00400{n}", "- 24-00400{n}"])
def test_a_contents_rows_case_number_goes_to_the_item_headed_below(tmp_path: Path, cell: str) -> None:
    rows = "\n".join(f"{n}. {t}  {cell.format(n=n)}" for n, t in enumerate(TITLES, 1))
    heads = "\n".join(f"{n}. {t}\n{BODY}" for n, t in enumerate(TITLES, 1))
    expected = [(t, [cell.format(n=n).split()[-1]]) for n, t in enumerate(TITLES, 1)]
    assert _items(tmp_path, HEAD + "Dagsorden\n" + rows + "\n\n" + heads) == expected


@pytest.mark.parametrize("tail", ["(Sagsnr. S2024-100{n})", "Sags-ID S2024-100{n}", "(J.nr. 00.01.00-A00-{n}-24)"])
def test_a_label_in_brackets_or_without_its_colon_goes_with_a_distinctive_form(tmp_path: Path, tail: str) -> None:
    page = HEAD + "\n".join(f"{n}. {t} {tail.format(n=n)}\n\n{BODY}" for n, t in enumerate(TITLES, 1))
    expected = [(t, [tail.format(n=n).strip("()").split()[-1]]) for n, t in enumerate(TITLES, 1)]
    assert _items(tmp_path, page) == expected


def test_a_labelled_case_number_between_the_items_number_and_its_title(tmp_path: Path) -> None:
    page = HEAD + "\n".join(f"{n}. Sagsnr. 24/500{n} {t}\n\n{BODY}" for n, t in enumerate(TITLES, 1))
    assert _items(tmp_path, page) == [(t, [f"24/500{n}"]) for n, t in enumerate(TITLES, 1)]


@pytest.mark.parametrize("label", ["Sags-nr.:", "Sags.nr.:", "Journal-nr.:", "Sags nummer:", "Sagnummer:"])
def test_a_labels_words_joined_by_a_hyphen_a_stop_or_a_space(tmp_path: Path, label: str) -> None:
    assert _items(tmp_path, _page(label + " 24/600{n}")) == [(t, [f"24/600{n}"]) for n, t in enumerate(TITLES, 1)]


@pytest.mark.parametrize("label", ["Sagsid:", "Sags-ID:", "Sagsnummer:", "Journal-nr.", "Kildesys-sag:"])
def test_each_label_spelling_in_brackets_after_the_title(tmp_path: Path, label: str) -> None:
    page = HEAD + "\n".join(f"{n}. {t} ({label} 24/700{n})\n\n{BODY}" for n, t in enumerate(TITLES, 1))
    assert _items(tmp_path, page) == [(t, [f"24/700{n}"]) for n, t in enumerate(TITLES, 1)]
