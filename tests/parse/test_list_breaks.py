"""A contents list interrupted in the middle (benchmarks/parse_accuracy/list_breaks.py): the list's heading printed
again over its next page ('Indholdsfortegnelse', 'Indholdsfortegnelse (fortsat)', 'PUNKTER'), and a group heading
by purpose ('Sager til orientering') behind which the numbers start over. The items after the break are the list's
too. Synthetic pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.contents_continued import is_contents_heading, without_continued_headings
from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare

from .transcript_page import ITEM_BODY, parse_text, parse_transcript

HEAD = "Vestby Kommune\nUdvalg: Teknik- og Miljøudvalget\nDato: Tirsdag den 3. marts 2026\nSted: Rådhuset\n\n"
TITLES = ["Godkendelse af dagsorden", "Budgetopfølgning for vejområdet", "Lokalplan for boliger ved Nordbyen",
          "Trafikplan for midtbyen", "Salg af grund ved havnen", "Ny busplan for 2027", "Orientering fra formanden",
          "Eventuelt"]


def _body(number: int, title: str) -> str:
    return (f"{number}. {title}\n\nSagsfremstilling\n\nForvaltningen forelægger sagen.\n\n"
            f"Beslutning\n\nGodkendt.\n\n")


@pytest.mark.parametrize("heading,again", [
    ("Indholdsfortegnelse", "Indholdsfortegnelse"),
    ("Indholdsfortegnelse", "Indholdsfortegnelse (fortsat)"),
    ("PUNKTER", "PUNKTER"),
])
def test_a_contents_heading_printed_again_over_the_next_page_goes_on_with_the_list(tmp_path: Path, heading: str,
                                                                                   again: str):
    # the heading between entries 4 and 5 was read as another list's start: the run of numbers stopped there, and the
    # repeated heading, read as a page's heading above the list, made the page no meeting at all (one item)
    rows = [f"{k}. {t}" for k, t in enumerate(TITLES, 1)]
    text = (HEAD + f"{heading}\n\n" + "\n".join(rows[:4]) + f"\n\nSide 2 af 9\n\n{again}\n\n" + "\n".join(rows[4:])
            + "\n\n\n" + _body(1, TITLES[0]))
    items = parse_text(tmp_path, text).items
    assert [it.number for it in items] == [str(k) for k in range(1, 9)]
    assert [it.title for it in items] == TITLES


@pytest.mark.parametrize("again", ["Indholdsfortegnelse", "Indholdsfortegnelse (fortsat)"])
def test_the_list_reader_reads_on_past_the_heading_printed_again(again: str):
    # the list's run of numbers stopped at the heading (no title holds the contents' heading): entries 5-8 were lost
    rows = [f"{k}. {t}" for k, t in enumerate(TITLES, 1)]
    text = (HEAD + "Indholdsfortegnelse\n\n" + "\n".join(rows[:4]) + f"\n\nSide 2 af 9\n\n{again}\n\n"
            + "\n".join(rows[4:]) + "\n\n\n" + _body(1, TITLES[0]))
    entries = find_item_list(prepare(text))
    assert [(e.number, e.title) for e in entries] == [(str(k), t) for k, t in enumerate(TITLES, 1)]


def test_numbers_that_start_over_behind_a_purpose_group_heading_are_the_lists_second_group(tmp_path: Path):
    # 'Sager til orientering' sorts the items as 'Lukkede punkter' does; the list's run stopped at entry 4 and the
    # second group's entries ran into its title or were lost
    rows = [f"{k}. {t}" for k, t in enumerate(TITLES[:4], 1)] + [f"{k}. {t}" for k, t in enumerate(TITLES[4:], 1)]
    text = (HEAD + "Dagsordenspunkter\n\n" + "\n".join(rows[:4]) + "\n\nSager til orientering\n\n"
            + "\n".join(rows[4:]) + "\n\n\n" + _body(1, TITLES[0]))
    items = parse_text(tmp_path, text).items
    # (the first item, whose body is printed, may come after the list's entries: the scorer pairs items by number
    # and title, not by place)
    assert sorted((it.number, it.title) for it in items) == sorted([
        ("1", TITLES[0]), ("2", TITLES[1]), ("3", TITLES[2]), ("4", TITLES[3]),
        ("1", TITLES[4]), ("2", TITLES[5]), ("3", TITLES[6]), ("4", TITLES[7])])


def test_only_a_repeated_or_continued_heading_line_is_blanked_and_offsets_stay():
    text = "Indholdsfortegnelse\n1. A\nIndholdsfortegnelse\n2. B\nPunkter til sagen\nDagsordenspunkter (fortsat)\n"
    out = without_continued_headings(text)
    assert len(out) == len(text)
    assert out.splitlines()[0] == "Indholdsfortegnelse"  # the list's own heading stays
    assert not out.splitlines()[2].strip() and not out.splitlines()[5].strip()
    assert out.splitlines()[4] == "Punkter til sagen"  # a line that holds more than the heading word


def test_contents_heading_lines():
    assert is_contents_heading("Indholdsfortegnelse (fortsat)") and is_contents_heading("PUNKTER")
    assert not is_contents_heading("Indstilling") and not is_contents_heading("Indholdsfortegnelse 1. Budget")


def test_rows_that_print_a_word_before_their_number_start_over_behind_the_group_heading(tmp_path: Path):
    # '  åbent 1 Title': the row's status word stands between the group heading and the second group's first number,
    # which the restart read only right behind the heading; the second group's 1 and 2 were taken for the first's
    rows = [f"  åbent {k} {t}" for k, t in enumerate(TITLES[:3], 1)] + [
        f"  åbent {k} {t}" for k, t in enumerate(TITLES[3:7], 1)]
    text = (HEAD + "Dagsordenspunkter\n\n" + "\n".join(rows[:3]) + "\n\nSager til orientering\n\n"
            + "\n".join(rows[3:]) + "\n\n\n" + _body(1, TITLES[0]))
    items = parse_text(tmp_path, text).items
    assert sorted((it.number, it.title) for it in items) == sorted(
        [(str(k), t) for k, t in enumerate(TITLES[:3], 1)] + [(str(k), t) for k, t in enumerate(TITLES[3:7], 1)])


def test_a_flattened_list_numbered_apart_keeps_its_first_groups_items_in_their_place(tmp_path: Path):
    # flattened: the open items' headers below the list ('Åbent punkt 1 Godkendelse …') were read as closed entries
    # of the second group (numbered 1, 2 again, with another title), so the list's own entries 1 and 2 gave way to
    # them: read after the closed group, their titles run on into their bodies and their case numbers lost
    listed = " ".join(f"åbent {k} {t}" for k, t in enumerate(TITLES[:4], 1))
    closed = " ".join(f"åbent {k} {t}" for k, t in enumerate(TITLES[4:], 1))
    heads = " ".join(f"Til indholdsfortegnelse Åbent punkt {k} {t} {ITEM_BODY.format(n=100 + k)}"
                     for k, t in enumerate(TITLES[:2], 1))
    doc = parse_transcript(tmp_path, f"Dagsordenspunkter {listed} Lukkede punkter {closed} {heads}")
    assert [(it.number, it.title, it.public) for it in doc.items] == [
        *((str(k), t, True) for k, t in enumerate(TITLES[:4], 1)),
        *((str(k), t, False) for k, t in enumerate(TITLES[4:], 1))]
    assert [it.case_numbers for it in doc.items[:2]] == [["16/101"], ["16/102"]]
