"""The column heads of a contents table are no member's name: an empty participants label above them names nobody."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text


def test_an_empty_participants_label_above_the_contents_heads_names_nobody(tmp_path: Path) -> None:
    """'Mødedeltagere:' left empty, then the contents table's column heads: the heads are no member's name, and the
    list below them is still the meeting's items."""
    doc = parse_text(tmp_path, "Referat\nØkonomiudvalget\nMødedato: 12.03.2024\nMødedeltagere:\n\nPkt. Titel Side\n"
                     "1 Budget 2025 3\n2 Lokalplan for Nordbyen 5\n3 Eventuelt 7\n")
    assert doc.meeting is not None and doc.meeting.participants == []
    assert [it.title for it in doc.items] == ["Budget 2025", "Lokalplan for Nordbyen", "Eventuelt"]
