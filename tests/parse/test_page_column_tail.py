"""A contents list whose item numbers were lost and whose pages were kept, run onto a transcript's page line: the
pages skip as their items' lengths ask, early on by more than one with one title between, later by one. The run of
item numbers may take the tail that rises by one ('17 18 19'); the whole column on the line is the list's
(page_column_runs._whole_column). Invented page."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import paged_titles_page, parse_text

_TITLES = ["Godkendelse af dagsorden", "Drøftelse af Havnerådets Handlingsplan 2027",
           "Midtvejsstatus på klimaplanen 2025-2028", "Status på skolernes trivselsmålinger 2026",
           "Udbud af vinterbekæmpelse på kommunens veje", "Lukket: Køb af jord ved Skovvej",
           "Evaluering af forsøget med natbusser", "Aftale om drift af svømmehallen",
           "Orientering fra formanden og gensidig orientering", "Huskeliste og orientering fra administrationen",
           "Teknisk Udvalg - mødekalender 2027"]
_PAGES = [3, 5, 8, 11, 14, 17, 18, 19, 22, 23, 25]


def _page(tmp_path: Path) -> list[tuple[str | None, str, bool]]:
    text = paged_titles_page("Indholdsfortegnelse", _TITLES, _PAGES)
    return [(it.number, it.title, it.public) for it in parse_text(tmp_path, text).items]


def test_the_whole_page_column_gives_every_title(tmp_path: Path) -> None:
    items = _page(tmp_path)
    assert [t for _, t, _ in items] == [t.removeprefix("Lukket: ") for t in _TITLES]
    assert [n for n, _, _ in items][1:] == [None] * (len(_TITLES) - 1)


def test_no_page_is_read_as_an_items_number(tmp_path: Path) -> None:
    assert not {str(p) for p in _PAGES} & {n for n, _, _ in _page(tmp_path)}
