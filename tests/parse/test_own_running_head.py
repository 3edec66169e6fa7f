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
