"""What a PDF transcript prints on every page line, read once for all of them (page_chrome): the running head's length
of each page line, and the running foot taken off a page line."""
from __future__ import annotations

from sagsgang.parse.page_chrome import RunningFoot, head_lengths


def test_head_lengths_are_the_first_words_a_page_line_shares_with_another() -> None:
    """Each page line's head is the most first words it shares with any other page line, its own number folded
    ('Side 2' on page 2, 'Side 3' on page 3); a page line that opens like no other has none."""
    lines = ["2 Vimmerlund Udvalg Side 2 Brolægning af Kvist", "3 Vimmerlund Udvalg Side 3 Trælast",
             "4 Vimmerlund Udvalg Bilag Side 4 Ombud", "5 Skorpe Hus Torvald"]
    text = "\n\n".join(lines) + "\n"
    pages = frozenset(text.index(ln) for ln in lines)
    lengths = head_lengths(text, pages)
    assert [lengths[text.index(ln)] for ln in lines] == [4, 4, 2, 0]


def test_head_lengths_compare_only_the_page_lines_given() -> None:
    """A line outside `pages` (a numbered list's line, the cover) neither has a head nor lends one."""
    lines = ["2 Vimmerlund Udvalg Side 2 Brolægning", "3 Vimmerlund Udvalg Side 3 Trælast", "4 Vimmerlund Bilag"]
    text = "\n".join(lines) + "\n"
    lengths = head_lengths(text, frozenset({text.index(lines[0]), text.index(lines[2])}))
    assert lengths == {text.index(lines[0]): 1, text.index(lines[2]): 1}


def test_the_running_foot_most_page_lines_end_with_is_taken_off() -> None:
    """Three or more last words (page numbers folded) at least half the other page lines end with are the foot; an
    ending one other page line shares by chance ('Fraværende: Ib Lomme (Q)') stays."""
    foot = "Kvistrup Kommune, Lyngvej 4, 9090 Kvistrup Side {n} af 5"
    pages = ["Mødested: Salen Gammelhus", "Punkt om sti Fraværende: Ib Lomme (Q)", "Punkt om bro",
             "Punkt om vej Fraværende: Ib Lomme (Q)", "Slut"]
    lines = [f"{n} {p} {foot.format(n=n)}" for n, p in enumerate(pages, 1)]
    reader = RunningFoot(lines)
    assert reader.off(lines[0]) == "1 Mødested: Salen Gammelhus"
    chance = [f"{n} {p}" for n, p in enumerate(pages, 1)]
    assert RunningFoot(chance).off(chance[1]) == chance[1]
    assert reader.off("Ingen side her") == "Ingen side her"


def test_an_ending_that_goes_on_from_a_label_or_a_list_is_no_foot() -> None:
    """On three page lines one other sharing an ending is half of them: the cover's members ('Medlemmer: Anne Vang
    (A), …') and the last page's signatures ('Underskrifter: Anne Vang (A), …'), or the cover's last member absent
    at the foot of a later page ('Fraværende: Ole Rask (F)'), end alike by chance. The shared words go on from the
    page's own label or list (its colon, its comma): content, not the PDF's footer."""
    names = "Anne Vang (A), Bo Krog (V), Ole Rask (F)"
    cover = f"1 Mødested: Salen Medlemmer: {names}"
    for last in (f"Punkt om bro Underskrifter: {names}", "Punkt om vej Fraværende: Ole Rask (F)"):
        lines = [cover, "2 Punkt om sti", f"3 {last}"]
        assert RunningFoot(lines).off(cover) == cover
    foot = "Kvistrup Kommune, Lyngvej 4, 9090 Kvistrup"
    lines = [f"1 Mødested: Salen Medlemmer: {names} {foot}", f"2 Punkt om sti {foot}", "3 Punkt om bro"]
    assert RunningFoot(lines).off(lines[0]) == cover
