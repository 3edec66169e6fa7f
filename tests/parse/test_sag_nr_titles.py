"""A bare 'Sag nr. 3' line and its item's title (parse/sag_nr_starts.py): some publishers print the label over the
title ('Sag nr. 3' / 'Budget for vejene', as under 'Punkt 3'), Rudersdal's print it under the title ('Budget for
vejene' / 'Sag nr. 3' / blank / 'Sagens kerne'). Which line is the title follows from the page's own layout: the
line above is no title when it is a field or a finished sentence, and a label that hugs the line below, set off by
a blank line from the one above, heads it. Invented pages."""
from __future__ import annotations

import pytest

from sagsgang.parse import parse_file

HEAD = "Dagsorden\nØkonomiudvalget\nMødedato: 12.03.2024\n\n"


def _items(tmp_path, body: str) -> list[tuple[str | None, str | None, list[str]]]:
    page = tmp_path / "side.txt"
    page.write_text(HEAD + body, encoding="utf-8")
    return [(i["number"], i["title"], i["sections"]) for i in parse_file(page).to_contract()["items"]]


LABEL_OVER_TITLE = {
    "blank line above": "Sag nr. 1\nVejplan 2025\nSagsfremstilling\nKommunen har lavet en plan.\n\n"
                        "Sag nr. 2\nBudget 2025\nSagsfremstilling\nKommunen har lavet et budget.\n",
    "sentence above": "Sag nr. 1\nVejplan 2025\nSagsfremstilling\nKommunen har lavet en plan.\n"
                      "Sag nr. 2\nBudget 2025\nSagsfremstilling\nKommunen har lavet et budget.\n",
    "blank lines around": "Sag nr. 1\n\nVejplan 2025\n\nSagsfremstilling\nKommunen har lavet en plan.\n\n"
                          "Sag nr. 2\n\nBudget 2025\n\nSagsfremstilling\nKommunen har lavet et budget.\n",
}


@pytest.mark.parametrize("layout", LABEL_OVER_TITLE)
def test_a_label_over_its_title_heads_the_line_below(tmp_path, layout):
    assert _items(tmp_path, LABEL_OVER_TITLE[layout]) == [
        ("1", "Vejplan 2025", ["Sagsfremstilling"]), ("2", "Budget 2025", ["Sagsfremstilling"])]


TITLE_OVER_LABEL = {
    "tight": "Vejplan 2025\nSag nr. 1\n\nSagens kerne\nKommunen har lavet en plan.\n\n"
             "Budget 2025\nSag nr. 2\n\nSagens kerne\nKommunen har lavet et budget.\n",
    "field below": "Vejplan 2025\n\nSag nr. 1\n\nBeslutningskompetence: ØU\n\nSagens kerne\nKommunen har lavet en plan."
                   "\n\nBudget 2025\n\nSag nr. 2\n\nBeslutningskompetence: KB\n\nSagens kerne\nKommunen har lavet et"
                   " budget.\n",
    "case type below": "Vejplan 2025\n\nSag nr. 1\n\nBeslutningssag\n\nSagens kerne\nKommunen har lavet en plan.\n\n"
                       "Budget 2025\n\nSag nr. 2\n\nBeslutningssag\n\nSagens kerne\nKommunen har lavet et budget.\n",
}


@pytest.mark.parametrize("layout", TITLE_OVER_LABEL)
def test_a_label_under_its_title_closes_the_line_above(tmp_path, layout):
    assert [(n, t) for n, t, _ in _items(tmp_path, TITLE_OVER_LABEL[layout])] == [
        ("1", "Vejplan 2025"), ("2", "Budget 2025")]


def test_the_page_decides_for_labels_between_blank_lines(tmp_path):
    # a list of labels each between blank lines, its titles below them; one title ends in an abbreviation's stop, so
    # that label alone can be told by its own lines: the page's other labels read the same side
    listed = [("181", "Overførsel af uforbrugte bevillinger"), ("182", "Lån til betaling af ejendomsskatter m.v."),
              ("183", "Finansiel strategi"), ("184", "Levende Sommer i byen")]
    body = "Indholdsfortegnelse\n\n" + "".join(f"Sag nr. {n}\n\n{t}\n\n" for n, t in listed)
    assert [(n, t) for n, t, _ in _items(tmp_path, body)] == listed
