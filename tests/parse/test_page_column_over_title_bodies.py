"""A lined contents list that prints each entry's page at its line's end, over bodies headed by their titles alone.

Publishers print the page after a tab ('1<TAB>Budget<TAB>4'), behind a label ('Pkt. 2 Budget side 4', '… s. 4',
'…, side 4'). The pages (3-6) overlap the item numbers (1-4): the last line's page, with the first body's title on
the line below, was read as one more item ('6 Godkendelse af dagsorden'), and the label stayed in the titles
('Budget side'), so no body found its entry and all went to one item (shape_probes.py 'contents then bodies').
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file
from sagsgang.parse.title_tidy import tidy

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 14. marts 2024\nMødested: Byrådssalen\n\n"
_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning 2024", "Lokalplan 12 for Skovvej", "Salg af grund ved Havnen"]


def _page(entry: str, first_page: int = 3) -> str:
    listed = "\n".join(entry.format(n=n, t=t, p=n + first_page - 1) for n, t in enumerate(_TITLES, 1))
    bodies = "\n".join(f"{t}\nSagsnr.: 24/10{n}\n\nSagsfremstilling\nTekst om sagen.\n\nBeslutning\nGodkendt.\n"
                       for n, t in enumerate(_TITLES, 1))
    return _HEAD + listed + "\n\n" + bodies


@pytest.mark.parametrize("entry", ["{n}\t{t}\t{p}", "Pkt. {n} {t} side {p}", "{n}. {t} s. {p}",
                                   "Punkt {n}: {t}, side {p}", "Sag {n} {t} side {p}", "{n} - {t} - side {p}"])
@pytest.mark.parametrize("first_page", [2, 3, 5])
def test_each_title_headed_body_is_its_entrys(tmp_path: Path, entry: str, first_page: int) -> None:
    p = tmp_path / "page.txt"
    p.write_text(_page(entry, first_page), encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    assert [(i["number"], i["title"], len(i["decisions"])) for i in items] == [
        (str(n), t, 1) for n, t in enumerate(_TITLES, 1)]


@pytest.mark.parametrize("printed", ["Salg af grund ved Havnen side 6", "Salg af grund ved Havnen s. 6",
                                     "Salg af grund ved Havnen, side 6", "Salg af grund ved Havnen side"])
def test_a_page_columns_label_goes_with_its_page(printed: str) -> None:
    assert tidy(printed, True) == "Salg af grund ved Havnen"


def test_a_title_keeps_its_own_words_where_no_page_column_is_printed() -> None:
    assert tidy("Trafik på den vestlige side", False) == "Trafik på den vestlige side"
