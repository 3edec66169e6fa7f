"""A PDF transcript whose item headers print the listed title without its number, the body run on behind it and
opening on a heading the lexicon knows but no body opens with everywhere ('Budgetopfølgning pr. 31. marts Baggrund
Direktionen orienterer om …'): the sentence that opens on its subject and verb right after the heading tells the
title's end, where the item's number does not. Invented pages; no real text copied."""
from __future__ import annotations

import pytest

from .transcript_page import TITLED_FRAME, parse_text

_TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning pr. 31. marts", "Vejplan for bymidten"]


def _parse(tmp_path, title: str, head: str):
    titles = [_TITLES[0], title, _TITLES[2]]
    contents = "Indholdsfortegnelse " + " ".join(f"{k}. {t} {k + 2}" for k, t in enumerate(titles, 1))
    pages = ["1 Udvalget for Teknik Referat Mødedato: 4. marts 2027 Mødested: Mødesal 3", f"2 {contents}",
             f"3 Udvalget for Teknik Side 3 {titles[0]} Sagsnr.: 27/4411 Sagsfremstilling Dagsordenen er udsendt til "
             "udvalgets medlemmer. Beslutning Godkendt.",
             f"4 Udvalget for Teknik Side 4 {title} {head} Direktionen orienterer om budgettet for de kommende år. "
             "Beslutning Udvalget godkendte indstillingen."]
    return parse_text(tmp_path, TITLED_FRAME.format(title="Udvalget for Teknik Referat", pages="\n\n".join(pages)))


@pytest.mark.parametrize("head", ["Baggrund", "ØKONOMISKE KONSEKVENSER", "Vurdering:"])
def test_the_heading_opens_the_body_of_the_bare_header(tmp_path, head):
    doc = _parse(tmp_path, _TITLES[1], head)
    items = {it.title: it for it in doc.items}
    assert list(items) == _TITLES
    assert [s.heading for s in items[_TITLES[1]].sections] == [head.rstrip(":"), "Beslutning"]
    assert [d.text for d in items[_TITLES[1]].decisions] == ["Udvalget godkendte indstillingen."]
    assert [d.text for d in items[_TITLES[0]].decisions] == ["Godkendt."]


def test_a_heading_word_inside_a_title_before_no_clause_stays_in_the_title(tmp_path):
    """'Høring Forslag til lokalplan …': the heading's word is followed by a title's words, no subject and verb."""
    title = "Offentlig Høring Forslag til lokalplan for Kløvervej"
    doc = _parse(tmp_path, title, "Sagsfremstilling")
    assert [it.title for it in doc.items] == [_TITLES[0], title, _TITLES[2]]
