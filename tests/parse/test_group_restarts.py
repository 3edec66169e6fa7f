"""Item headers whose numbers start over behind a group heading ('Åbne punkter' 1-3, then 'Lukkede punkter' 1-2,
each group numbered apart), with no contents list above them, on invented pages: the second group's headers are
items of their own, not repeats of the first group's numbers, and closed by their heading. Invented words."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

OPEN = ["Godkendelse af dagsorden", "Ny sti langs fjorden", "Tilskud til bådelauget"]
CLOSED = ["Køb af grund ved havnen", "Ansættelse af skoleleder"]
HEAD = "Referat\nEngudvalget\nMødedato: 04.06.2024 kl. 17:00\nMødested: Mosesalen\n\n"


def _body(n: int) -> str:
    return (f"Sagsnr.: 24/{n}\n\nSagsfremstilling\n\nForvaltningen har skrevet et kort notat om sagen.\n\n"
            "Indstilling\n\n1. at sagen godkendes\n2. at udgiften afholdes af puljen\n\nBeslutning\n\nGodkendt.\n\n")


def _group(titles: list[str], serial: int) -> str:
    return "".join(f"{k}. {t}\n\n{_body(serial + k)}" for k, t in enumerate(titles, 1))


def _items(tmp_path: Path, text: str) -> list[dict]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page).to_contract()["items"]


@pytest.mark.parametrize("heading", ["Lukkede punkter", "Lukkede dagsordenspunkter:"])
def test_a_group_numbered_apart_under_its_heading(tmp_path: Path, heading: str) -> None:
    text = HEAD + "Åbne punkter\n\n" + _group(OPEN, 100) + heading + "\n\n" + _group(CLOSED, 200)
    items = _items(tmp_path, text)
    assert [(it["number"], it["title"], it["public"]) for it in items] == [
        ("1", OPEN[0], True), ("2", OPEN[1], True), ("3", OPEN[2], True), ("1", CLOSED[0], False),
        ("2", CLOSED[1], False)]
    assert [it["case_numbers"] for it in items] == [["24/101"], ["24/102"], ["24/103"], ["24/201"], ["24/202"]]


def test_numbered_points_without_a_group_heading_open_no_items(tmp_path: Path) -> None:
    """A body's numbered points ('1. at sagen godkendes', and a '1. Baggrund' heading) start over with no group
    heading above them: they are the text's, as before."""
    body = _body(101).replace("Sagsfremstilling\n\n", "Sagsfremstilling\n\n1. Baggrund\n\nTekst om baggrunden.\n\n")
    text = HEAD + "1. " + OPEN[0] + "\n\n" + body + "2. " + OPEN[1] + "\n\n" + _body(102)
    assert [it["number"] for it in _items(tmp_path, text)] == ["1", "2"]
