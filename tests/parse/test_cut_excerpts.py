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
