"""A three-page transcript whose cover lists the members and whose last page ends with the same names (the members'
signatures) or the last of them (absent from a decision): the names are the meeting's participants, not a running
foot (page_chrome.RunningFoot: one of two other page lines sharing an ending is half of them). Invented page."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import ITEM_BODY, TITLED_FRAME, parse_text

NAMES = "Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C), Dorte Lund (F)"


@pytest.mark.parametrize("last", [f"Underskrifter: {NAMES}", "Fraværende: Dorte Lund (F)"])
def test_members_shared_with_the_last_page_stay_participants(tmp_path: Path, last: str) -> None:
    pages = [f"1 Referat Økonomiudvalget Mødedato: 12. marts 2024 Mødetidspunkt: 16:00 Mødested: Rådhuset, "
             f"mødelokale 1 Medlemmer: {NAMES}",
             f"2 1. Godkendelse af dagsorden {ITEM_BODY.format(n=4411)} 2. Budgetopfølgning {ITEM_BODY.format(n=4412)}",
             f"3 3. Salg af grund {ITEM_BODY.format(n=4413)} {last}"]
    doc = parse_text(tmp_path, TITLED_FRAME.format(title="Referat Økonomiudvalget", pages="\n\n".join(pages)))
    assert doc.meeting is not None
    assert doc.meeting.participants == ["Anne Hansen (A)", "Bo Jensen (V)", "Carl Nielsen (C)", "Dorte Lund (F)"]
