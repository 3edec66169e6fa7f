"""A PDF's contents table read one cell a line ('1' / 'Budget 2023' / '4'), under its group headings ('Åbne
dagsordenspunkter', 'Lukkede dagsordenspunkter'), then a page break (the page's foot and the next page's head:
the meeting's date, a page number, the document's head lines) before the first item's header. Synthetic page."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

HEAD = "Vestby Kommune – Byrådet\nDagsorden\nMødedato:\n3. marts 2022\nMødelokale:\nByrådssalen\n"
ROWS = ["Budget 2023", "Lokalplan for Nordbyen", "Salg af grund i Vestby", "Køb af ejendom ved havnen"]
BODY = ("1. Budget 2023\n13.05.12-Ø00-1-15\nSagsfremstilling\nBudgettet forelægges.\n"
        "Indstilling\nDirektionen indstiller, at budgettet godkendes.\n")


def _page(page_break: bool) -> str:
    text = HEAD + "Indholdsfortegnelse\nPkt.\nTekst\nÅbne dagsordenspunkter\nSide\n"
    for k, title in enumerate(ROWS, start=1):
        if k == 4:
            text += "Lukkede dagsordenspunkter\n"
        text += f"{k}\n{title}\n{2 * k + 2}\n"
    if page_break:
        text += "3. marts 2022\n3\nVestby Kommune – Byrådet\nDagsorden\n"
    return text + BODY


@pytest.mark.parametrize("page_break", [True, False])
def test_the_first_items_body_after_the_contents_keeps_its_item(tmp_path: Path, page_break: bool):
    # the lines between the list's last entry and item 1's header are the page's foot and head, no body of entry 4:
    # read as one, entry 4 outranked item 1's header, item 1 was lost and its text went to item 4
    items = parse_text(tmp_path, _page(page_break)).items
    assert [it.number for it in items] == ["1", "2", "3", "4"]
    assert items[0].case_numbers == ["13.05.12-Ø00-1-15"]
    assert items[3].case_numbers == [] and items[3].sections == []


@pytest.mark.parametrize("page_break", [True, False])
def test_a_group_heading_in_the_contents_page_column_closes_the_entries_below_it(tmp_path: Path, page_break: bool):
    # the heading stands in entry 3's page column ('3' / title / '8' / 'Lukkede …'); it closes entry 4, and not the
    # first item's body printed below the list
    items = parse_text(tmp_path, _page(page_break)).items
    assert [it.public for it in items] == [True, True, True, False]
