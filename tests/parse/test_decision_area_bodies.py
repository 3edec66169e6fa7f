"""A committee named by its fields alone in its decision's heading ('Beslutning Teknik og Miljø, 12.03.2024'): the
decision's noun before and a whole date after prove a body's decision, so the fields are its committee, on a page
printed with its lines and on one flattened onto a line alike. Without the date, or without the noun, or with words
that are no fields, nothing changes. Invented page."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_PAGE = """Referat
Byrådet
Mødedato: 20. marts 2024 kl. 17:00

1. Ny plan for affaldsområdet
Sagsfremstilling
Forvaltningen har udarbejdet en ny plan.
{block}
Beslutning
Godkendt.

2. Eventuelt
Beslutning
Intet.
"""


def _decisions(tmp_path: Path, block: str, flat: bool) -> list[tuple[str, str | None, str]]:
    text = _PAGE.replace("{block}", block)
    if flat:
        text = "Referat\n\nTranskript\n\n1 " + " ".join(text.split())
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    first = parse_file(page).to_contract()["items"][0]
    return [(d["committee"], d["date"], d["text"]) for d in first["decisions"]]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("head, body", [
    ("Beslutning Teknik og Miljø, 12.03.2024", "Teknik og Miljø"),
    ("Beslutning Teknik og Miljø 12.03.2024", "Teknik og Miljø"),
    ("Beslutning - Teknik og Miljø - 12.03.2024", "Teknik og Miljø"),
    ("Beslutning (Teknik og Miljø, 12.03.2024)", "Teknik og Miljø"),
    ("Beslutning Børn, Unge og Familie, 12.03.2024", "Børn, Unge og Familie"),
])
def test_a_committee_named_by_its_fields(tmp_path: Path, flat: bool, head: str, body: str) -> None:
    assert _decisions(tmp_path, f"{head}\nAnbefales.", flat) == \
        [(body, "2024-03-12", "Anbefales."), ("Byrådet", "2024-03-20", "Godkendt.")]


@pytest.mark.parametrize("line", ["Teknik og Miljø, 12.03.2024", "Beslutning Teknik og Miljø"])
def test_no_body_without_noun_and_date(tmp_path: Path, line: str) -> None:
    """The fields without the noun or without the date: no heading proves a body, no decision of theirs."""
    got = _decisions(tmp_path, f"{line}\nAnbefales.", False)
    assert not any(c == "Teknik og Miljø" for c, _, _ in got)
