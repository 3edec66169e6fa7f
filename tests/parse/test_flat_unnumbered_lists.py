"""A flattened agenda whose list prints no numbers (unnumbered.py's `none` and `list` variants read flat): the list
under a 'PUNKTER' heading runs on the same page line into the first item's body, whose heading is the list's first
title printed again, where that first body is found. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

from tests.parse.transcript_page import parse_text

_TITLES = ["Godkendelse af dagsorden til mødet d. 23. marts 2025", "Orientering og rundvisning på plejehjemmet",
           "Beslutning af sundhedsberedskabsplan", "Orientering om status på handleplan for botilbuddet",
           "Beslutning af ny model for dialog med borgerne", "Gensidige orienteringer til mødet"]


def _page(titles: list[str]) -> str:
    line = ("UDVALG Ældreudvalget MØDE Referat STED Rådhuset STARTTIDSPUNKT 23-03-2025 13:30:00 PUNKTER "
            + " ".join(titles) + f" {titles[0]} Sagsgang og sagstype Ældreudvalget Beslutningssag Indstilling "
            "Direktøren indstiller, at dagsordenen godkendes. Beskrivelse af sagen Dagsordenen er udsendt til "
            "udvalgets medlemmer en uge før mødet. Beslutning i Ældreudvalget den 23-03-2025 Godkendt.")
    return f"UDVALG\n\nTranskript\n\n1 {line}\n\n2 Referat Sagsfremstilling {titles[1]} Sagsgang og sagstype " \
           "Ældreudvalget Indstilling Direktøren indstiller, at orienteringen tages til efterretning.\n"


def test_a_list_under_its_heading_ends_where_its_first_title_returns(tmp_path: Path) -> None:
    doc = parse_text(tmp_path, _page(_TITLES))
    assert [it.title for it in doc.items] == _TITLES
    assert [d.text for d in doc.items[0].decisions] == ["Godkendt."]


def test_the_list_takes_no_entries_from_the_first_body_whose_header_prints_its_number(tmp_path: Path) -> None:
    page = _page(_TITLES).replace(f" {_TITLES[0]} Sagsgang og sagstype Ældreudvalget",
                                  f" 24. {_TITLES[0]} Sagsgang og sagstype Udvalget for Ældre")
    titles = [it.title for it in parse_text(tmp_path, page).items]
    assert titles[:5] == _TITLES[:5] and len(titles) == len(_TITLES)
