"""Unnumbered items whose titles a list's dash bullet opens ('- Budget for vejene'), over their case number on a line
of its own and a status line ('Åbent punkt'): the dash is a bullet like '•' (marker_starts.LEADING_BULLET), the title
the words after it. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text

_ITEMS = [("24.01.02P20-0101", "Trafiksikkerhedsplan for Mosedal"),
          ("24.02.03G01-0202", "Budgetopfølgning for første kvartal"),
          ("24.03.04A00-0303", "Orientering om vejarbejde på Kløvervej")]
_BODY = "Behandling\n\nSagsfremstilling\n\nForvaltningen har skrevet et notat om sagen.\n\nBeslutning\n\nGodkendt."


def _read(tmp_path: Path, bullet: str) -> list[tuple[str | None, list[str]]]:
    items = "\n\n".join(f"Åbent punkt\n\n{bullet}{t}\n\n{c}\n\n{_BODY}" for c, t in _ITEMS)
    page = "Referat\nKlimaudvalget\n12-03-2024 kl. 16:00\nByhuset, mødelokale 2\n\n" + items + "\n"
    return [(it.title, it.case_numbers) for it in parse_text(tmp_path, page).items]


def test_a_dash_bullet_before_each_title_over_its_case_number(tmp_path: Path) -> None:
    assert _read(tmp_path, " - ") == [(t, [c]) for c, t in _ITEMS]


def test_the_same_page_with_round_bullets(tmp_path: Path) -> None:
    assert _read(tmp_path, "• ") == [(t, [c]) for c, t in _ITEMS]
