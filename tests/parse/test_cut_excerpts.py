"""Pages an excerpt cuts off early (annotation-rules 'Truncation', 'Table of contents'): a contents list cut after
its first one or two entries, before any body, and a members' list cut inside its last name. Invented text."""
from __future__ import annotations

from pathlib import Path

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
