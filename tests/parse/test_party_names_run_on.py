"""A members' list whose parties are named in full in brackets, flattened onto one line without commas ('Medlemmer:
Anne Hansen (Socialdemokratiet) Bo Jensen (Venstre) …', a list one a line run together, issue 11): each bracket
closes its member, as a party's letters in brackets do. Annotation rules: each entry as printed, party included.
Invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text

_MEMBERS = ["Anne Hansen (Socialdemokratiet)", "Bo Jensen (Venstre)", "Carl Nielsen (Det Konservative Folkeparti)",
            "Dorte Holm (Enhedslisten)"]
_PAGE = ("Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\nMødested: Havnekontoret, lokale 4\n"
         "{lists}\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n")


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_members_with_their_parties_named_in_full(tmp_path: Path, flat: bool) -> None:
    text = _PAGE.format(lists="Medlemmer:\n" + "\n".join(_MEMBERS) + "\nFraværende:\n" + _MEMBERS[1])
    meeting = parse_text(tmp_path, " ".join(text.split("\n")) if flat else text).to_contract()["meeting"]
    assert (meeting["participants"], meeting["absent"]) == (_MEMBERS, [_MEMBERS[1]])

