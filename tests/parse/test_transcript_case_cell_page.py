"""A transcript's contents list that prints each entry's case cell between its title and its page ('8. Køb af
Mosevej 82 22-011279 12 9. …'): a title ending in a number of its own keeps it. The case cell ends the title (a
body cue), and the page stood after the cell, so the number left at the title's end is the title's, not a page
(title_tidy.tidy). Invented titles."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import contents_page, parse_text

_TITLES = ["Godkendelse af dagsorden", "Udbud af buslinje 224", "Lukket: Køb af Mosevej 82",
           "Orientering om vejplanen", "Salg af grund i Nordlund"]


def test_a_title_ending_in_a_number_before_its_case_cell_keeps_it(tmp_path: Path) -> None:
    rows = " ".join(f"{k}. {t} 22-0{11400 + k} {2 * k + 1}" for k, t in enumerate(_TITLES, 1))
    items = parse_text(tmp_path, contents_page(f"Dagsorden Sag nr. Side {rows}", _TITLES[0])).items
    assert [(it.number, it.title, it.public) for it in items] == [
        (str(k), t.removeprefix("Lukket: "), not t.startswith("Lukket")) for k, t in enumerate(_TITLES, 1)]
