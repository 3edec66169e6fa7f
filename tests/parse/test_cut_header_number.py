"""An item header the excerpt's end cuts off gives its number to the listed item (issue 11,
parse/inline_headers.HeaderSeek.find_cut): a transcript's contents list that lost its numbers is followed by its item
headers on the page lines below, and where the last page line opens on one ('4 437. Kommuneplantillæg - Vindmøll',
the excerpt cut inside its title), the start of the listed title printed behind a number makes that number the
item's. A literal shape and the real tune page where the corpus is present (skipped otherwise)."""
from __future__ import annotations

from sagsgang.parse.inline_headers import HeaderSeek

from .corpus_pages import extra_page_items

TITLE = "Kommuneplantillæg - Vindmøller ved Ulvemosen og Bækhede Plantage"


def test_cut_header_gives_its_number() -> None:
    seek = HeaderSeek.of("", TITLE)
    assert seek is not None
    assert seek.find_cut("4 437. Kommuneplantillæg - Vindmøll") == (35, 0, "437")


def test_other_text_gives_no_number() -> None:
    seek = HeaderSeek.of("", TITLE)
    assert seek is not None
    assert seek.find_cut("4 437. Lokalplan - Vindmøller ved Ulv") is None  # another title
    assert seek.find_cut("4 437 Kommuneplantillæg - Vindmøll") is None  # no header's mark: maybe a page number
    assert seek.find_cut("4 Sagen er godkendt. 437. Kommuneplantillæg - Vindm") is None  # after a sentence


def test_real_tune_transcript() -> None:
    items = extra_page_items("x0095.txt")
    assert [(it.number, it.title) for it in items[:2]] == [("436", "Godkendelse af dagsorden"), ("437", TITLE)]
