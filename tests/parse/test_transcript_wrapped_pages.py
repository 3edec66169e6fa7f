"""A transcript's contents line whose titles wrap in their cells, each row's page printed beside its title's first
line, so the page stands mid-title ('2. Status på udviklingen af 4 sygedagpengeforløb i kommunen 3. …'). Where most
titles wrap, few rows end in a page; the pages still rise row by row through every row (inner_pages), and are read
out of the titles. Invented rows; no real text copied."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import contents_page, parse_text

TITLES = ["Godkendelse af dagsorden", "Status på udviklingen af sygedagpengeforløb i kommunen",
          "Budget 2025-28 - Finansieringsbehov og forberedelse til forhandling",
          "Orientering fra formanden og gensidig orientering", "Salg af matrikel 47 Kildebrønde By, Kildebrønde",
          "Mødekalender 2026 for Teknik- og Miljøudvalget", "Huskeliste og orientering fra administrationen"]


def _wrapped(title: str, page: int) -> str:
    cut = title.rfind(" ", 0, 30)
    return f"{title[:cut]} {page} {title[cut + 1:]}" if len(title) > 40 else f"{title} {page}"


def test_pages_inside_wrapped_titles_are_read_out(tmp_path: Path) -> None:
    """Five of seven titles wrap: their pages (4, 6, 9, 10, 12) are read out of them; a title's own number before
    its page ('matrikel 47 10 Kildebrønde') stays, as its year ('2026') does."""
    pages = [3, 4, 6, 9, 10, 12, 15]
    rows = " ".join(f"{k}. {_wrapped(t, p)}" for k, (t, p) in enumerate(zip(TITLES, pages, strict=True), 1))
    doc = parse_text(tmp_path, contents_page(f"Indholdsfortegnelse {rows}", TITLES[0]))
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]


def test_a_count_beside_the_page_inside_a_title_stays(tmp_path: Path) -> None:
    """'… tilbygning af 26 plejeboliger 21 på …': the row's page read, the title's count ('af 26') kept, though it lies
    between the pages of the rows around it (19, 28): the row's one page is already taken out."""
    titles = ["Godkendelse af dagsorden", "Anlægsregnskab for tilbygning af 26 plejeboliger på Ældrecenter Skovly",
              "Udbud af rengøring på skoler og institutioner", "Orientering fra formanden og gensidig orientering"]
    rows = ("1. Godkendelse af dagsorden 19 2. Anlægsregnskab for tilbygning af 26 plejeboliger 21 på Ældrecenter "
            "Skovly 3. Udbud af rengøring på skoler 28 og institutioner 4. Orientering fra formanden og 30 gensidig "
            "orientering")
    doc = parse_text(tmp_path, contents_page(f"Indholdsfortegnelse {rows}", titles[0]))
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(titles, 1)]


def test_a_rows_dated_foot_is_no_wrapped_title() -> None:
    """A row with the page's dated foot run onto it ('Havnens årsregnskab 2026 24 14. marts 2027 9 Kvistrup Kommune
    Referat': its page before the date, the foot's page after it) holds no page inside a wrapped title: the numbers
    by a date are no candidates, so the rows are left to the page column's own reading."""
    from sagsgang.parse.inner_pages import inner_pages
    spans = ["Godkendelse af dagsorden 3", "Status på udviklingen af 5 sygedagpengeforløb",
             "Havnens årsregnskab 2026 24 14. marts 2027 9 Kvistrup Kommune Referat", "Salg af grund 26",
             "Eventuelt 27"]
    assert inner_pages(spans, seen=True) is None
    assert inner_pages([*spans[:2], "Havnens årsregnskab 24 for havnen", *spans[3:]], seen=True) is not None
