"""A transcript excerpt whose first pages are short (a cover, the meeting's facts, the contents list, each one page
line): the page lines' numbers count pages, not items, where one of them holds the contents list from its first
entry, so the cover and the facts are the meeting's header, not items 1 and 2. Invented pages."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_text, viewer_text

_CONTENTS = "Indholdsfortegnelse 1 Godkendelse af dagsorden 2 Tilskud til foreninger 3 Eventuelt"


def test_a_cover_then_the_facts_then_the_contents(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, viewer_text(
        "Referat", "Fritidsudvalget Referat 3. april 2025",
        "Mødedato 3. april 2025 Mødetidspunkt 15:00 Mødested Kantinen Medlemmer Gunnar Ravn, Helle Kobbers, "
        "Inger Saltofte", _CONTENTS)).to_contract()
    m = doc["meeting"]
    assert (m["committee"], m["date"], m["location"]) == ("Fritidsudvalget", "2025-04-03", "Kantinen")
    assert [(i["number"], i["title"]) for i in doc["items"]] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Tilskud til foreninger"), ("3", "Eventuelt")]


def test_a_cover_with_the_facts_then_the_members_then_the_contents(tmp_path: Path) -> None:
    """Without it no meeting at all: the cover and the members' page were items 1 and 2, no header was left."""
    doc = parse_text(tmp_path, viewer_text(
        "Referat", "Fritidsudvalget Dagsorden 3. april 2025 kl. 15:00 Fjernmøde",
        "Medlemmer Gunnar Ravn, Helle Kobbers, Inger Saltofte", _CONTENTS)).to_contract()
    m = doc["meeting"]
    assert m is not None
    assert (m["committee"], m["date"], m["start_time"]) == ("Fritidsudvalget", "2025-04-03", "15:00")
    assert m["participants"] == ["Gunnar Ravn", "Helle Kobbers", "Inger Saltofte"]
    assert [i["number"] for i in doc["items"]] == ["1", "2", "3"]
