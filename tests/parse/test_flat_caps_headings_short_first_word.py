"""A heading set in capitals whose first word is short ('SAGEN AFGØRES I Byrådet.', "FN'S VERDENSMÅL OG BYRÅDETS
ARBEJDSGRUNDLAG Sagen har …") run into a flattened body: one heading, not cut after its first word by the reader of
capitals runs (inline_decisions.CAPS_RUN, which starts a run at a long word in capitals). Invented wording only."""
from __future__ import annotations

from pathlib import Path

from sagsgang.parse.inline_lines import split_inline

from .transcript_page import parse_items_on_pages


def test_a_caps_heading_is_one_line_from_its_first_word() -> None:
    lines = [ln.text for ln in split_inline("Det indstilles, at det godkendes. SAGEN AFGØRES I Byrådet. "
                                            "FN'S VERDENSMÅL OG BYRÅDETS ARBEJDSGRUNDLAG Sagen har relation til "
                                            "planen.", 0)]
    assert "SAGEN AFGØRES I" in lines
    assert "FN'S VERDENSMÅL OG BYRÅDETS ARBEJDSGRUNDLAG" in lines


def test_its_section_is_the_whole_heading(tmp_path: Path) -> None:
    items = [f"{n}. {title} Sagsnr.: 24/{n}00 SAGSFREMSTILLING Der er skrevet et notat om sagen. INDSTILLING "
             "Det indstilles, at sagen godkendes. SAGEN AFGØRES I Byrådet. Beslutning Godkendt."
             for n, title in enumerate(("Budget for vejene", "Plan for skolerne", "Salg af grunden"), 1)]
    doc = parse_items_on_pages(tmp_path, items)
    assert [[s.heading for s in it.sections] for it in doc.items] == \
        [["SAGSFREMSTILLING", "INDSTILLING", "SAGEN AFGØRES I", "Beslutning"]] * 3
