"""A contents list's page column is printed on every row: one title that ends in a bare number does not make the
list page-numbered (its number is the title's own), while a column printed on each row is still read as pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text

HEAD = "Dagsorden\nØkonomiudvalget\nMødedato: 12.03.2024\n\n"


def titles(tmp_path: Path, rows: str) -> list[tuple[str | None, str | None]]:
    return [(it.number, it.title) for it in parse_text(tmp_path, HEAD + rows).items]


def test_one_title_ending_in_a_number_keeps_it(tmp_path: Path) -> None:
    got = titles(tmp_path, "1. Budget 2025\n2. Lokalplan 12\n3. Eventuelt\n")
    assert got == [("1", "Budget 2025"), ("2", "Lokalplan 12"), ("3", "Eventuelt")]


def test_a_page_on_every_row_is_still_a_page_column(tmp_path: Path) -> None:
    got = titles(tmp_path, "1. Budget 2025 3\n2. Lokalplan 12 5\n3. Eventuelt 7\n")
    assert got == [("1", "Budget 2025"), ("2", "Lokalplan 12"), ("3", "Eventuelt")]


def test_an_empty_participants_label_above_the_contents_heads_names_nobody(tmp_path: Path) -> None:
    """'Mødedeltagere:' left empty, then the contents table's column heads: the heads are no member's name, and the
    list below them is still the meeting's items."""
    doc = parse_text(tmp_path, "Referat\nØkonomiudvalget\nMødedato: 12.03.2024\nMødedeltagere:\n\nPkt. Titel Side\n"
                     "1 Budget 2025 3\n2 Lokalplan for Nordbyen 5\n3 Eventuelt 7\n")
    assert doc.meeting is not None and doc.meeting.participants == []
    assert [it.title for it in doc.items] == ["Budget 2025", "Lokalplan for Nordbyen", "Eventuelt"]
