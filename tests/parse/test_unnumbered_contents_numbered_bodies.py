"""A contents list that prints no numbers above bodies whose headers do ('Indholdsfortegnelse' / 'Budget for
vejene' / … / '1. Budget for vejene' / 'Sagsfremstilling' …), as unnumbered.py's `list` variant prints the tune pages:
the list's entries are the items, the headers give them their numbers and bodies. Titles that open on a number of
their own, a title's own colon, a body's numbered proposal a blank line under its sentence, and the header's title
printed again under it must not cut the list short or add items. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import parse_text

_HEAD = "Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\nMødelokale 3, Byhuset\n\nIndholdsfortegnelse\n\n"


def _body(number: int, title: str, under: str = "") -> str:
    return (f"{number}. {title}\n\n{under}Sagsfremstilling\n\nForvaltningen har skrevet et notat til udvalget.\n\n"
            "Beslutning\n\nGodkendt.\n\n")


def test_titles_opening_on_their_own_number_stay_in_the_list(tmp_path: Path) -> None:
    titles = ["Mosedal Midtby - Styrket indsats for byudvikling", "17.4 Mosedal Midtby - Orientering fra formanden",
              "§17.4 Udvikling af Mosedal Midtby - Elevator ved stationen", "2. behandling af budget 2025",
              "10-årsplan for vejene i Kløverby", "Eventuelt"]
    doc = parse_text(tmp_path, _HEAD + "\n".join(titles) + "\n\n" + _body(1, titles[0]))
    assert [(it.number, it.title) for it in doc.items] == [("1", titles[0]), *((None, t) for t in titles[1:])]


def test_a_title_with_a_colon_of_its_own_after_three_titles(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden", "Plan for grøftekanter i Mosedal", "Tilskud til Vindelbakkens spejdere",
              "Skoler for alle: Justering af krav til klassedannelse", "Salg af grund i Kløverby"]
    doc = parse_text(tmp_path, _HEAD + "\n".join(titles) + "\n\n" + _body(1, titles[0]))
    assert [it.title for it in doc.items] == titles


def test_a_numbered_proposal_a_blank_line_under_its_sentence_heads_no_item(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden til mødet", "Plan for grøftekanter i Mosedal", "Tilskud til spejderne",
              "Ny ordning for fejning af stier"]
    proposal = "Indstilling\n\nDirektøren indstiller at:\n\n  1. Dagsordenen til mødet godkendes.\n\n"
    text = _HEAD + "\n".join(titles) + "\n\n" + _body(24, titles[0], proposal) + _body(25, titles[1])
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [("24", titles[0]), ("25", titles[1]),
                                                           (None, titles[2]), (None, titles[3])]


def test_the_header_title_printed_again_under_it_is_no_item_of_its_own(tmp_path: Path) -> None:
    titles = ["Godkendelse af dagsorden", "Oplæg om turismeindsatsen", "Budgetopfølgning for første kvartal",
              "Salg af grund i Kløverby"]
    text = _HEAD + "\n".join(titles) + "\n\n" + "".join(_body(n, t, f"{t}\n\n") for n, t in ((145, titles[0]),
                                                                                               (146, titles[1])))
    doc = parse_text(tmp_path, text)
    assert [(it.number, it.title) for it in doc.items] == [("145", titles[0]), ("146", titles[1]),
                                                           (None, titles[2]), (None, titles[3])]
    assert doc.items[0].decisions and doc.items[0].decisions[0].text == "Godkendt."
