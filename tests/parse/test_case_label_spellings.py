"""A case number's label in the spellings publishers print ('Sags ID:', 'SagsID:', 'Sags-id:', 'Sagnr.:', 'Journal
nr.', 'ESDH-nr.:'), on its own line or on the item's header line after the title: the number is the item's case
number and the label is no part of the title. A document's number ('Dok.nr.:') ends the title too but is no case
number (annotation rules). One list of label words serves every reader. Synthetic pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej"]
LABELS = ["Sagsnr.:", "Sags ID:", "SagsID:", "Sags-id:", "Sagsid:", "Sagnr.:", "J.nr.:", "Journal nr.", "Journalnr.:",
          "ESDH-nr.:", "Acadre sagsnr.:", "Jour.nr.:"]


def _items(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(i["title"], i["case_numbers"]) for i in parse_file(page).to_contract()["items"]]


def _page(label: str, same_line: bool) -> str:
    sep = "  " if same_line else "\n"
    return HEAD + "\n".join(f"{n}. {t}{sep}{label} 24/10{n}\n\nSagsfremstilling\nTekst.\n\nBeslutning\nGodkendt.\n"
                            for n, t in enumerate(TITLES, 1))


@pytest.mark.parametrize("same_line", [False, True], ids=["own-line", "header-line"])
@pytest.mark.parametrize("label", LABELS)
def test_each_spelling_gives_the_case_number_and_a_clean_title(tmp_path: Path, label: str, same_line: bool) -> None:
    assert _items(tmp_path, _page(label, same_line)) == [(t, [f"24/10{n}"]) for n, t in enumerate(TITLES, 1)]


def test_a_documents_number_on_the_header_line_ends_the_title_and_is_no_case_number(tmp_path: Path) -> None:
    assert _items(tmp_path, _page("Dok.nr.:", True)) == [(t, []) for t in TITLES]


def test_a_plural_label_gives_each_case_number(tmp_path: Path) -> None:
    # 'Sagsnumre:' over the two cases an item treats together
    page = HEAD + "1. Budgetopfølgning 2024\nSagsnumre: 24/101 og 24/202\n\nSagsfremstilling\nTekst.\n\nBeslutning\n" \
        "Godkendt.\n\n2. Lokalplan 12 for Skovvej\nSagsnr.: 24/303\n\nBeslutning\nGodkendt.\n"
    assert _items(tmp_path, page) == [("Budgetopfølgning 2024", ["24/101", "24/202"]),
                                      ("Lokalplan 12 for Skovvej", ["24/303"])]


@pytest.mark.parametrize("label", ["Sag:", "Sagsnr.:"])
def test_a_bare_document_label_after_the_case_number_is_no_case(tmp_path: Path, label: str) -> None:
    # a row of two fields, the case's and the document's ('Sag: 2024-12345 | Dok: 2024-99999')
    page = HEAD + "".join(f"{n}. {t}\n{label} 2024-1234{n} | Dok: 2024-9999{n}\n\nSagsfremstilling\nTekst.\n\n"
                          "Beslutning\nGodkendt.\n\n" for n, t in enumerate(TITLES, 1))
    assert _items(tmp_path, page) == [(t, [f"2024-1234{n}"]) for n, t in enumerate(TITLES, 1)]
