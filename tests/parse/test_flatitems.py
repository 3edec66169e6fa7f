"""Item starts and titles on flattened pages (benchmarks/parse_accuracy/flattened.py: tune pages printed as a
PDF transcript, one long line per page): where a number on a long line is an item's header, where its title
ends, which status it has. Each test goes red when its rule is reverted."""
from __future__ import annotations

from pathlib import Path

import pytest

from .flattening import parse_flattened


def _items(tmp_path: Path, name: str, chars: int = 1200) -> list[tuple[str | None, str, bool]]:
    """(number, title, public) of each item of tune page `name`, flattened into pages of about `chars`."""
    items = parse_flattened(tmp_path, name, chars).to_contract()["items"]
    return [(it["number"], it["title"], it["public"]) for it in items]


def test_header_under_column_heads_with_its_body_is_one_item(tmp_path):
    # 'Punkt Titel 286 Status på … Resume I slutningen af …': no contents list of sentences
    assert _items(tmp_path, "x0065.txt") == [("286", "Status på efterslæb i sagsbehandlingen august 2013", True)]


def test_header_after_a_pages_number_is_no_point_of_a_list(tmp_path):
    # '2 Indstilling … tiltrådt. 3. Praksis for … Sagsnr.: …': the page's '2' does not make '3.' a list's point
    assert [n for n, _, _ in _items(tmp_path, "x0070.txt")] == ["1", "2", "3"]


def test_header_whose_body_opens_the_next_page_line(tmp_path):
    # '… 2. Opfølgning på Budgetaftale 2019-2022 - Økonomiudvalget (B)' / '2 Sagsnr.: 330-2019-9361 …'
    assert [(n, t) for n, t, _ in _items(tmp_path, "x0107.txt")] == [
        ("1", "Godkendelse af dagsorden (B)"), ("2", "Opfølgning på Budgetaftale 2019-2022 - Økonomiudvalget (B)")]


def test_listed_header_running_into_a_section_heading_takes_the_listed_title(tmp_path):
    # '86. Godkendelse af dagsorden til mødet d. 23. juni 2015 Sagsgang og sagstype …'
    items = _items(tmp_path, "x0295.txt")
    assert items[0][:2] == ("86", "Godkendelse af dagsorden til mødet d. 23. juni 2015")
    assert len(items) == 9


def test_listed_title_goes_on_behind_the_next_page_number(tmp_path):
    # '… Lokalplan nr. 088-520 - For' / '2 udvidelse af erhvervsområde i Brøns - Brøns Maskinforretning 30 18 …'
    titles = {n: t for n, t, _ in _items(tmp_path, "x0306.txt")}
    assert titles["17"] == ("Kommuneplantillæg nr. 35-520 og Lokalplan nr. 088-520 - For udvidelse af "
                            "erhvervsområde i Brøns - Brøns Maskinforretning")


@pytest.mark.parametrize("chars", [600, 1200])
def test_listed_title_ends_before_the_pages_dated_footer(tmp_path, chars):
    # '13 Rømø Havn - Årsregnskab 2014 24 25. juni 2015 2 Tønder Kommune – Kommunalbestyrelsen Dagsorden 14 …';
    # the list's last entry too ('21 Salg af areal 25. juni 2015 36 3 Tønder Kommune – …', at 600 characters a page)
    items = _items(tmp_path, "x0306.txt", chars)
    titles = {n: t for n, t, _ in items}
    assert titles["13"] == "Rømø Havn - Årsregnskab 2014"
    assert titles["21"] == "Salg af areal"
    assert len(items) == 21


def test_link_after_the_lists_last_title_is_no_item(tmp_path):
    # '… åbent 12 Sager til høring i Ældreråd og Handicapråd Til indholdsfortegnelse Åbent møde 1 …'
    items = _items(tmp_path, "x0039.txt")
    assert [n for n, _, _ in items] == [str(n) for n in range(1, 13)]


def test_status_after_a_dash_marks_the_title_before_it(tmp_path):
    # '162. Beslutning om indgåelse af forlig - Lukket punkt 163. Orienteringer'
    public = {n: p for n, _, p in _items(tmp_path, "x0122.txt")}
    assert public["162"] is False and public["163"] is True
