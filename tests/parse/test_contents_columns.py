"""Contents tables that print a column beside each title: a case number ('… 16/1207', '… Sagsnr. 16/1207', or
before the title) or the item's status ('… Lukket punkt'). Extraction runs the columns into the titles; the
column itself is the evidence where one title ends and the next begins, and a status column marks the item.
Synthetic titles only."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.item_list import find_item_list
from sagsgang.parse.lines import prepare
from sagsgang.parse.title_marks import clean_title
from sagsgang.parse.title_split import split_titles

from .transcript_page import parse_transcript

TITLES = ["Anlægsbevilling til skolen i Vestby", "Vestby Hallen - renovering af taget", "Salg af grund ved havnen"]


def test_a_case_column_after_each_title_parts_them():
    # 'Vestby Hallen' after 'Vestby' is a name going on, by the words alone; the case number between says otherwise
    run = " ".join(f"{t} 16/{1207 + 7 * k}" for k, t in enumerate(TITLES))
    assert split_titles(run) == [f"{t} 16/{1207 + 7 * k}" for k, t in enumerate(TITLES)]


def test_a_labelled_case_column_stays_with_its_title():
    run = " ".join(f"{t} Sagsnr. 16/{1207 + 7 * k}" for k, t in enumerate(TITLES))
    assert split_titles(run) == [f"{t} Sagsnr. 16/{1207 + 7 * k}" for k, t in enumerate(TITLES)]


def test_a_case_column_before_each_title_opens_it():
    run = " ".join(f"16/{1207 + 7 * k} {t}" for k, t in enumerate(TITLES))
    assert split_titles(run) == [f"16/{1207 + 7 * k} {t}" for k, t in enumerate(TITLES)]


@pytest.mark.parametrize("marker", ["Lukket punkt", "Lukket sag", "Lukket"])
def test_a_closed_status_column_after_the_title(marker: str):
    assert clean_title(f"Salg af grund ved havnen {marker}") == ("Salg af grund ved havnen", True)


def test_a_list_with_case_numbers_and_lost_numbers_is_read():
    # five of the list's thirteen numbers were lost and each entry prints its case number, so a span between two
    # printed numbers is long; it holds as many titles as numbers were lost, each of a title's length, not prose
    actions = "Renovering Udvidelse Vedtagelse Godkendelse Frigivelse Orientering Ansøgning".split() * 2
    places = "Nørreby Vestby Østerby Sønderby Højby Lundby Skovby Bakkeby Mosby Engby Dalby Strandby Kirkeby".split()
    titles = [f"{a} af anlægsmidler til projektet ved skolen i {p} og tilhørende arealer"
              for a, p in zip(actions, places, strict=False)]
    printed = {1, 2, 3, 5, 8, 9, 11, 13}
    entries = " ".join(f"{f'{k}. ' if k in printed else ''}{t} Sagsnr. 16/{1200 + 7 * k}"
                       for k, t in enumerate(titles, start=1))
    text = f"Transkript\n\n1 Referat Vestby Byråd Følgende sager behandles: Pkt. Tekst Side {entries}\n"
    listed = find_item_list(prepare(text))
    assert [e.title for e in listed] == titles  # the label and its number cut off (a body's cue where one follows)
    assert [e.number for e in listed] == [str(k) if k in printed else None for k in range(1, 14)]


def test_a_transcript_list_with_a_status_column(tmp_path: Path):
    titles = ["Godkendelse af dagsorden", "Orientering om budgetopfølgning", "Salg af grund ved havnen",
              "Køb af ejendom i Vestby"]
    status = ["Åbent punkt", "Åbent punkt", "Lukket punkt", "Lukket punkt"]
    entries = " ".join(f"{t} {s}" for t, s in zip(titles, status, strict=True))
    doc = parse_transcript(tmp_path, "1 Referat Teknisk Udvalg Mødedato: 12. maj 2016 Mødested: Rådhuset",
                           f"2 Indholdsfortegnelse {entries}")
    expected = [(t, s.startswith("Åbent")) for t, s in zip(titles, status, strict=True)]
    assert [(it.title, it.public) for it in doc.items] == expected


def test_a_list_numbered_pkt_with_a_colon_is_read():
    # 'Pkt. 4: Title': the label says the number is an item's, its colon notwithstanding (unlike 'kl. 15: …')
    titles = ["Godkendelse af dagsorden", "Orientering om budgetopfølgning", "Salg af grund ved havnen",
              "Forslag til lokalplan for et boligområde ved Skovvej", "Eventuelt"]
    numbers = ["1", "2", "3", "4", "5"]
    entries = " ".join(f"Pkt. {n}: {t}" for n, t in zip(numbers, titles, strict=True))
    text = f"Transkript\n\n1 Referat Vestby Byråd 12. maj 2016\n\n2 {entries}\n"
    listed = find_item_list(prepare(text))
    assert [(e.number, e.title) for e in listed] == list(zip(numbers, titles, strict=True))
