"""A small invented minutes page whose item 2 prints a block that may hold a route, for the route tests: the route
the parser reads there. No real text copied."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse import parse_file

_HEAD = "Referat\n\nØkonomiudvalget\n\nMødedato: 12.03.2024\n\n"
_ITEM_1 = "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n\n"
_TEXT = "Sagsfremstilling\nForvaltningen har udarbejdet en ny plan.\n\n"


def item_route(tmp_path: Path, block: str, before: bool = True) -> list[str]:
    """The route of item 2 on a page whose item 2 prints `block` between its title and its text (or, not `before`,
    after its text, above its decision)."""
    body = block + "\n\n" + _TEXT if before else _TEXT + block + "\n\n"
    text = _HEAD + _ITEM_1 + "2. Ny plan for affaldsområdet\n\n" + body + "Beslutning\nAnbefales.\n"
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    items = parse_file(p).to_contract()["items"]
    return next(it["route"] for it in items if it["number"] == "2")
