"""Pages an excerpt cuts off early (annotation-rules 'Truncation', 'Table of contents'): a contents list cut after
its first one or two entries, before any body, and a members' list cut inside its last name. Invented text."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.parse.transcript_page import parse_text

HEAD = """UDVALG

Udvalget for Fritid og Vandløb

MØDE

Referat

STED

Mødelokale 7, Engtoften

STARTTIDSPUNKT

14-02-2019 16:00:00


{heading}

"""


def _items(doc) -> list[tuple[str | None, str | None]]:
    return [(it["number"], it["title"]) for it in doc.to_contract()["items"]]


def test_two_entries_under_list_heading_cut_by_excerpt(tmp_path: Path) -> None:
    text = HEAD.format(heading="PUNKTER") + "61. Godkendelse af dagsorden\n62. Plan for stiforbindelse ved Mølleåen\n"
    assert _items(parse_text(tmp_path, text)) == [("61", "Godkendelse af dagsorden"),
                                                  ("62", "Plan for stiforbindelse ved Mølleåen")]


def test_one_entry_cut_mid_title_under_contents_heading_not_under_a_section(tmp_path: Path) -> None:
    text = HEAD.format(heading="Indholdsfortegnelse") + "1. Orientering om badevandskval"
    assert _items(parse_text(tmp_path, text)) == [("1", "Orientering om badevandskval")]
    # the points of a body's proposal under its section heading: no list heading, so no items from them
    text = HEAD.format(heading="Indstilling") + "1. Forvaltningen undersøger sagen\n"
    assert ("1", "Forvaltningen undersøger sagen") not in _items(parse_text(tmp_path, text))


MEMBERS = """Referat

Fritidsudvalget

Mødedato: 14. februar 2019
Mødested: Mødelokale 7, Engtoften

Deltagere

 • Oskar Tvedmose
 • Hilda Brandstrup
 • Ejnar Kol"""


def test_members_list_cut_after_a_given_name(tmp_path: Path) -> None:
    meeting = parse_text(tmp_path, MEMBERS[: MEMBERS.rindex(" Kol")]).to_contract()["meeting"]
    assert meeting["participants"] == ["Oskar Tvedmose", "Hilda Brandstrup", "Ejnar"]
    # a word below the list with text after it: the page is not cut there, the word is no name
    text = MEMBERS[: MEMBERS.rindex(" • Ejnar")] + "\nSagsliste\n\nSagerne blev behandlet i rækkefølge.\n"
    meeting = parse_text(tmp_path, text).to_contract()["meeting"]
    assert meeting["participants"] == ["Oskar Tvedmose", "Hilda Brandstrup"]


ROWS = """Referat
Fritidsudvalget
14-02-2019 kl. 16:00
Mødelokale 7, Engtoften
Dagsordenspunkter

  åbent 1 Bemærkninger til dagsordenen
  åbent 2 Ny belysning på kunstgræsbanen ved Hvedeløkke
  åbent 3 Tilskud til sommerlejr for foreninger i oplandet
{tail}"""


def test_row_list_cut_on_the_next_rows_opening(tmp_path: Path) -> None:
    # the text ends on the next row's status word, or its start, with or without its number: no title's rest
    for tail in ("  åbent 4", "  åb"):
        titles = [it["title"] for it in parse_text(tmp_path, ROWS.format(tail=tail)).to_contract()["items"]]
        assert titles[2] == "Tilskud til sommerlejr for foreninger i oplandet", tail


_NO_BLANKS = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nMødested: Rådhuset\n1. Budget 2025\nBeslutning\n"
              "Godkendt.\n2. Salg af grund\nBeslutning\n{decision}\n{last}\n")


@pytest.mark.parametrize(("last", "title"), [
    ("3. Køb af ejendom", "Køb af ejendom"),
    # its title's wrapped end, or its body's first sentence, as the page's last line
    ("3. Køb af ejendom på\nIndustrivej 4", "Køb af ejendom på Industrivej 4"),
    ("3. Køb af ejendom\nSagen drejer sig om køb af en ejendom.", "Køb af ejendom"),
])
def test_next_header_at_the_excerpts_end(tmp_path: Path, last: str, title: str) -> None:
    """A page without blank lines cut right after the next item's header: the number after the last header's,
    under a finished sentence, is that item, with its title and no body yet. Before, it was lost."""
    text = _NO_BLANKS.format(decision="Godkendt.", last=last)
    assert _items(parse_text(tmp_path, text)) == [("1", "Budget 2025"), ("2", "Salg af grund"), ("3", title)]


@pytest.mark.parametrize("decision", ["Godkendt", "Taget til efterretning", "Intet"])
def test_next_header_at_the_excerpts_end_under_an_outcome_without_its_stop(tmp_path: Path, decision: str) -> None:
    """An outcome printed alone without its full stop is the decision's whole text: it ends the block above the
    last header as a sentence does."""
    text = _NO_BLANKS.format(decision=decision, last="3. Køb af ejendom")
    assert _items(parse_text(tmp_path, text))[-1] == ("3", "Køb af ejendom")


def test_a_title_at_the_excerpts_end_does_not_wrap_onto_the_next_header(tmp_path: Path) -> None:
    """The next header, cut by the excerpt, as the page's last line ('Sag nr. 4 Salg af …') is no rest of the title
    above it, though that title ends on a word that joins it to more."""
    titles = ["ØU/KB - Ny samarbejdsaftale med Sprogcentret", "ØU/KB - Beskæftigelsesplan 2020-2022",
              "ØU/KB - Endelig vedtagelse af kommuneplantillæg 10 - Grønt Danmarkskort"]
    listed = "\n".join(f"Sag nr. {n} {title}" for n, title in enumerate(titles, 1))
    text = (f"Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\nDagsorden\n{listed}\n"
            "Sag nr. 4 ØU/KB - Tilskud til Agenda Center 2020 (bevil\n")
    assert [title for _n, title in _items(parse_text(tmp_path, text))][:3] == titles


def test_a_decisions_own_point_at_the_excerpts_end_is_no_item(tmp_path: Path) -> None:
    """A numbered point of the decision's text as the last line is its text: it follows an open sentence, or its
    number does not go on from the headers'."""
    for decision, last in (("Godkendt med følgende:", "3. Salget sker."), ("Godkendt.", "5. Køb af ejendom"),
                           ("Udvalget besluttede, at der til", "3. Køb af ejendom"),
                           # a numbered heading of the decision's text with more of the text under it
                           ("Godkendt.", "3. Økonomi\nUdgiften afholdes af puljen.\nDen er på 2 mio. kr.\nDer er "
                                         "ingen andre udgifter.")):
        text = _NO_BLANKS.format(decision=decision, last=last)
        assert _items(parse_text(tmp_path, text)) == [("1", "Budget 2025"), ("2", "Salg af grund")]


def test_next_header_at_the_excerpts_end_its_number_on_a_line_of_its_own(tmp_path: Path) -> None:
    """Each item's number on a line of its own above its title: the last, under a finished sentence and cut before
    its body, is the item its number goes on to."""
    text = ("Referat\nØkonomiudvalget\nMødedato: 12. marts 2024\n1.\nBudget 2025\nBeslutning\nGodkendt.\n2.\n"
            "Salg af grund\nBeslutning\nGodkendt.\n3.\nKøb af ejendom\n")
    assert _items(parse_text(tmp_path, text)) == [("1", "Budget 2025"), ("2", "Salg af grund"),
                                                  ("3", "Køb af ejendom")]
