"""Running headers and footers of PDF pages are blanked, whatever they say (parse/running.py)."""
from __future__ import annotations

from sagsgang.parse.running import blank_running_lines

SEP = "\n\f\n"


def pages_of(n: int) -> list[str]:
    pages = ["Referat\nByrådet\nDato: 04.12.2012\nSide 1\n\n1. Budget\nTekst på side 1"]
    texts = ["Indstillingen godkendt.", "Beslutninger", "Taget til efterretning.", "Udsat."]
    for k in range(2, n + 1):
        pages.append(f"Byrådet\nReferat\nDato: 04.12.2012\nSide {k}\n\n{texts[k % 4]}\nSide {k} af {n}")
    return pages


def test_lines_at_the_edges_of_most_pages_are_blanked_with_offsets_kept():
    pages = pages_of(4)
    text = SEP.join(pages)
    out = blank_running_lines(text, pages, SEP)
    assert len(out) == len(text)  # offsets into the text (page provenance) stay right
    kept = [ln for ln in out.split("\n") if ln.strip()]
    # page 1 keeps its head (the meeting's header); later pages keep only their own text
    assert kept == ["Referat", "Byrådet", "Dato: 04.12.2012", "Side 1", "1. Budget", "Tekst på side 1",
                    "Taget til efterretning.", "Udsat.", "Indstillingen godkendt."]


def test_a_heading_that_often_opens_a_page_below_its_own_lines_stays():
    # every item on a new page: 'EMN-2025-0092xx' / 'Beslutninger' at the top of most pages, but no
    # block of identical lines from the page's edge
    outcomes = ["Godkendt.", "Udsat.", "Anbefales.", "Taget til efterretning.", "Tiltrådt."]
    pages = ["Referat"] + [f"EMN-2025-00{9200 + k}\nBeslutninger\n{outcomes[k]}" for k in range(5)]
    text = SEP.join(pages)
    assert blank_running_lines(text, pages, SEP) == text


def test_a_line_printed_on_few_pages_or_short_documents_stay():
    pages = pages_of(2)
    text = SEP.join(pages)
    assert blank_running_lines(text, pages, SEP) == text  # two pages: no repetition to go by
    pages = ["Forside", "Byrådet\nTekst a", "Kultur\nTekst b", "Miljø\nTekst c", "Byrådet\nTekst d"]
    text = SEP.join(pages)
    assert blank_running_lines(text, pages, SEP) == text  # 'Byrådet' on 2 of 4 pages: below 60 %
