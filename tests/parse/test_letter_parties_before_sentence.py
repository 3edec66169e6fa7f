"""A members' list that prints each party's letters after a comma or a spaced dash ('Carl Olsen, C; Eva Berg, C',
'Carl Olsen - C'), then a sentence of absence on the next line ('Anne Hansen, V havde meldt forfald.'): the list
ends where the last party's letters are followed by the sentence's subject, as it does after a bracket
(name_lists.LETTER_PARTY_END). Before, the list ran on into the sentence on the printed lines too ('Eva Berg',
'C Anne Hansen' as members), and a transcript lost the meeting's absentee. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text

_HEAD = "Referat\nØkonomiudvalget\nMødedato: 12. marts 2024 kl. 16:00\n"
_ITEMS = ("\n1. Salg af grund ved Skolevej\nSagsfremstilling\nKommunen har modtaget et bud på grunden.\nBeslutning\n"
          "Anbefales.\n\n2. Budget 2025\nSagsfremstilling\nBudgettet.\nBeslutning\nGodkendt.\n")
_PAGES = {
    "comma": ("Deltagere: Carl Olsen, C; Eva Berg, C\nAnne Hansen, V havde meldt forfald.\n",
              ["Carl Olsen, C", "Eva Berg, C"], ["Anne Hansen, V"]),
    "dash": ("Deltagere: Carl Olsen - C; Eva Berg - C\nAnne Hansen - V deltog ikke i mødet.\n",
             ["Carl Olsen - C", "Eva Berg - C"], ["Anne Hansen - V"]),
    "two": ("Deltagere: Carl Olsen, C, Eva Berg, C\nAnne Hansen, V og Bo Jensen, A udeblev.\n",
            ["Carl Olsen, C", "Eva Berg, C"], ["Anne Hansen, V", "Bo Jensen, A"]),
}


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("key", list(_PAGES))
def test_the_list_ends_before_the_sentence_of_absence(tmp_path: Path, key: str, flat: bool) -> None:
    header, members, absent = _PAGES[key]
    text = _HEAD + header + _ITEMS
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(text) if flat else text, encoding="utf-8")
    meeting = parse_file(page).meeting
    assert meeting is not None
    assert (meeting.participants, meeting.absent) == (members, absent)


def test_a_list_of_surnames_first_is_not_cut_at_a_given_name(tmp_path: Path) -> None:
    """'Olsen, Carl' is no party's letters: the comma's next word is a whole name word."""
    text = _HEAD + "Deltagere: Olsen, Carl (C); Berg, Eva (O)\n" + _ITEMS
    page = tmp_path / "page.txt"
    page.write_text(flattened_text(text), encoding="utf-8")
    meeting = parse_file(page).meeting
    assert meeting is not None and meeting.absent == []
