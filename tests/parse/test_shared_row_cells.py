"""A table of items whose cell borders the text lost ('1 Åben 12.03.2026 Teknik- og Miljøudvalget Godkendelse af
dagsorden'): the cells every row prints beside its title (a status, a date, a time, the same committee) are no
part of the title, on either side; a closed row's status closes its item. Titles that share only words of their
own keep them. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nTeknik- og Miljøudvalget\nMødedato: 12. marts 2026\nMødested: Rådhuset\n\n"
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts", "Lokalplan 123 for boliger ved Skovvej",
          "Salg af grund i Nørreby", "Eventuelt"]


def _items(tmp_path: Path, text: str) -> list[tuple]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return [(it.number, it.title, it.public) for it in parse_file(page).items]


@pytest.mark.parametrize("row", ["{n} Åben 12.03.2026 Teknik- og Miljøudvalget {t}", "{n} {t} Åben 12.03.2026 TMU",
                                 "{n} {t} {s} 12.03.2026", "{n} {s} kl. 16:00 {t}"])
def test_the_cells_every_row_prints_are_no_part_of_its_title(tmp_path, row):
    rows = [row.format(n=n, t=t, s="Lukket" if n == 4 else "Åben") for n, t in enumerate(TITLES, 1)]
    expected = [(str(n), t, "Lukket" not in r) for n, (t, r) in enumerate(zip(TITLES, rows, strict=True), 1)]
    assert _items(tmp_path, HEAD + "\n".join(rows) + "\n") == expected


def test_titles_alike_in_their_own_words_stay_whole(tmp_path):
    titles = ["Lokalplan 12 for Skovvej", "Lokalplan 13 for Søvej", "Lokalplan 14 for Havnen"]
    rows = [f"{n} {t}" for n, t in enumerate(titles, 1)]
    assert _items(tmp_path, HEAD + "\n".join(rows) + "\n") == [(str(n), t, True) for n, t in enumerate(titles, 1)]
