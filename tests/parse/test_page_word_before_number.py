"""'Side' before a bare number marks a page number only where it ends the text before the number ('… Side 3 Sag nr.
1'): a title that merely holds the letters ('… hjemmeside 3 Sag nr. 3 …') leaves the list's next number an item's.
item_list once bound _PAGE_WORD twice, and the later, unanchored pattern took the anchored one's place."""
from __future__ import annotations

from sagsgang.parse.number_candidates import candidates


def test_a_title_ending_in_side_does_not_hide_the_next_number() -> None:
    text = "1 Sag nr. 1 Vejplan for Ulvemosen 2 Sag nr. 2 Ny kommunal hjemmeside 3 Sag nr. 3 Stiplan for Lyngbækken"
    assert [c.num for c in candidates(text)] == [1, 1, 2, 2, 3, 3]


def test_a_page_word_right_before_the_number_still_marks_a_page() -> None:
    text = "Indhold Side 3 Sag nr. 1 Vejplan for Ulvemosen Side 4 Sag nr. 2 Stiplan for Lyngbækken"
    assert [c.num for c in candidates(text)] == [1, 2]
