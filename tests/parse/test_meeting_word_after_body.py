"""'Økonomiudvalget Møde 12.03.2024 kl. 16.00 Byrådssalen' as the page's first line: the kind of meeting after the
body's name on the line that dates it. Before, the words 'møde', 'ordinært møde', 'møde nr. 3' made the line name no
body, so its date, time and place went unread. Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

ITEMS = """1. Godkendelse af dagsorden
Sagsfremstilling
Dagsordenen forelægges.
Beslutning
Godkendt.
2. Budgetopfølgning
Sagsfremstilling
Forvaltningen har udarbejdet budgetopfølgning.
Beslutning
Taget til efterretning.
"""


def _meeting(tmp_path: Path, head: str) -> tuple[str | None, str | None, str | None, str | None]:
    p = tmp_path / "page.txt"
    p.write_text(f"{head}\n{ITEMS}", encoding="utf-8")
    m = parse_file(p).meeting
    assert m is not None
    return m.committee, m.date, m.start_time, m.location


@pytest.mark.parametrize("kind", ["Møde", "Ordinært møde", "- ekstraordinært møde nr. 3", ", møde"])
def test_the_meeting_word_after_the_body_keeps_the_lines_facts(tmp_path, kind):
    sep = "" if kind.startswith(",") else " "
    assert _meeting(tmp_path, f"Økonomiudvalget{sep}{kind} 12.03.2024 kl. 16.00 Byrådssalen") == (
        "Økonomiudvalget", "2024-03-12", "16:00", "Byrådssalen")

