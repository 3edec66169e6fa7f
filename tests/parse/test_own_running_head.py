"""A transcript whose PDF prints its own header again above every later page (page_title_heads): the head is the
document's own first words, so it is blanked on the later page lines and read as no new item, and the first page's
number is no item number. An invented single-case page, three page lines of a case write-up."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.page_title_heads import blank_own_heads, own_head

from .transcript_page import TITLED_FRAME, parse_text

_TITLE = "87. Plan for vedligehold af kommunale veje"
_PAGES = [
    f"1 {_TITLE} Sag 512-2024-30411 Initialer: KMN Åbent Kompetence Byrådet via Teknik- og Miljøudvalget. "
    "Beslutningstema Godkendelse af planen for vedligehold af de kommunale veje for årene 2025 til 2028. "
    "Sagsfremstilling Side 1 af 3",
    f"2 {_TITLE} Planen beskriver, hvordan kommunens veje, stier og broer skal vedligeholdes de kommende fire år, "
    "og hvilke strækninger der prioriteres først. Der er lagt vægt på trafiksikkerhed og på de veje, hvor "
    "bustrafikken kører. Økonomiske konsekvenser Planen holdes inden for det vedtagne budget. Side 2 af 3",
    f"3 {_TITLE} Planen har været drøftet med de lokale råd, som ikke har haft bemærkninger. "
    "Administrativ indstilling Direktøren indstiller til Byrådet via Teknik- og Miljøudvalget, at planen "
    "godkendes. Side 3 af 3",
]


def _page() -> str:
    return TITLED_FRAME.format(title=_TITLE, pages="\n\n".join(_PAGES))


def test_the_pages_own_head_is_no_new_item(tmp_path: Path) -> None:
    """One item, 87, its title the header's, its sections from all three pages (before: item '1' titled
    '87. Plan …' and a second item 87 titled with page 3's first sentence)."""
    doc = parse_text(tmp_path, _page())
    assert [(it.number, it.title) for it in doc.items] == [("87", "Plan for vedligehold af kommunale veje")]
    headings = [s.heading for s in doc.items[0].sections]
    assert headings[-1] == "Administrativ indstilling"
    assert "Økonomiske konsekvenser" in headings


def test_the_head_is_blanked_on_later_pages_only() -> None:
    text = blank_own_heads(_page())
    assert text.count(_TITLE) == 3  # the viewer's title twice and the first page's header
    assert len(text) == len(_page())


def test_the_head_is_the_first_pages_opening_that_every_later_page_repeats() -> None:
    first = ("87.", "Plan", "for", "vedligehold", "Sag")
    assert own_head(first, [("87.", "Plan", "for", "vedligehold", "Planen", "x"),
                            ("87.", "Plan", "for", "vedligehold", "Planen", "y")]) == 4
    assert own_head(first, [("87.", "Plan", "x"), ("Vejene", "er", "y")]) == 0  # one page without it: no head
    assert own_head(first, [("87.", "Plan", "x")]) == 0  # one later page: nothing to compare with
    assert own_head(first, [("87.", "Bilag", "x"), ("87.", "Bilag", "y")]) == 0  # one word shared: the text's


def test_a_letterhead_that_prints_its_page_number_is_left_to_the_page_chrome(tmp_path: Path) -> None:
    # a printed letterhead over each page, its own page count in it ('… 12.03.2024 Side 2 af 3'): the page's chrome
    # (page_line_chrome), not the document's header; blanked here, its count was left behind and the item lost
    head = "Greve Kommune · Spørgsmål og svar til Byrådet 2022-2025 · 01.01.2022 Side {n} af 3"
    pages = [f"1 {head.format(n=1)} Dagsorden Spørgsmål og svar til Byrådet Mødedato: 01.01.2022 Mødested: Virtuelt",
             f"2 {head.format(n=2)} Indhold Punkt Titel Side 1 Spørgsmål og svar om budgettet 3",
             f"3 {head.format(n=3)} Punkt 1 Sagsnr. 21-015217 Spørgsmål og svar om budgettet Sagsfremstilling "
             "Byrådets medlemmer har stillet spørgsmål til budgettet, som forvaltningen har besvaret. "
             "Indstilling Direktionen indstiller, at orienteringen tages til efterretning."]
    text = TITLED_FRAME.format(title=pages[0][2:], pages="\n\n".join(pages))
    assert blank_own_heads(text) == text
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title, it.case_numbers) for it in doc.items] == [
        ("1", "Spørgsmål og svar om budgettet", ["21-015217"])]
