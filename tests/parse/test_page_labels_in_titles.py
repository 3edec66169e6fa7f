"""The page a list or a header line prints behind an item's title with its label ('Side 6', 'side 6'): the label and
its number go, a number of the title's own before them stays ('Lokalplan 12 Side 6' -> 'Lokalplan 12'), in capitals
or not, in the middle of a list or at its end; and an item's header 'Punkt 2 af 4' on a line of its own with the title
below it. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n"
TITLES = ["Godkendelse af dagsorden", "Lokalplan 12", "Budgetopfølgning 2024", "Salg af Skolevej 7"]
BODY = "Sagsfremstilling\nForvaltningen har udarbejdet en sag.\nBeslutning\nGodkendt.\n"


def _items(tmp_path: Path, text: str) -> list[tuple[str | None, str | None, int]]:
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return [(it.number, it.title, len(it.decisions)) for it in parse_file(p).items]


@pytest.mark.parametrize("label", ["Side", "side"])
def test_a_contents_lists_labelled_page_column_leaves_the_titles_numbers(tmp_path, label):
    contents = "".join(f"{n}. {t} {label} {2 * n + 1}\n" for n, t in enumerate(TITLES, 1))
    got = _items(tmp_path, f"{HEAD}Indholdsfortegnelse\n{contents}")
    assert [(n, t) for n, t, _ in got] == [(str(n), t) for n, t in enumerate(TITLES, 1)]


@pytest.mark.parametrize("label", ["Side", "side"])
def test_a_short_lists_labelled_pages_leave_a_middle_titles_number(tmp_path, label):
    """Three entries, the one that ends on its own number in the middle ('2. Lokalplan 12 Side 4')."""
    titles = ["Godkendelse af dagsorden", "Lokalplan 12", "Budgetopfølgning 2024"]
    contents = "".join(f"{n}. {t} {label} {2 * n + 1}\n" for n, t in enumerate(titles, 1))
    got = _items(tmp_path, f"{HEAD}Indholdsfortegnelse\n{contents}")
    assert [(n, t) for n, t, _ in got] == [(str(n), t) for n, t in enumerate(titles, 1)]


def test_the_headers_labelled_page_goes_with_its_label(tmp_path):
    """'1. Godkendelse af dagsorden Side 3' on each item's own header line: 'Side' is the column's, not the title's."""
    items = "".join(f"{n}. {t} Side {2 * n + 1}\n{BODY}" for n, t in enumerate(TITLES, 1))
    got = _items(tmp_path, HEAD + items)
    assert [(n, t) for n, t, _ in got] == [(str(n), t) for n, t in enumerate(TITLES, 1)]


def test_a_punkt_header_with_its_count_over_the_title(tmp_path):
    """'Punkt 2 af 4' alone, the title on the next line: the item's number and count (as 'Punkt 2 af 4 Title' reads)."""
    items = "".join(f"Punkt {n} af {len(TITLES)}\n{t}\n{BODY}" for n, t in enumerate(TITLES, 1))
    assert _items(tmp_path, HEAD + items) == [(str(n), t, 1) for n, t in enumerate(TITLES, 1)]
