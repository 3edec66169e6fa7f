"""The first item's body on the contents list's own page line, its first heading glued to its text ('… 2024
Sagsgang og sagstypeByrådet Beslutningssag …', list_line_bodies._opens_glued): the body is found as where a space
parts them. transcript_bodies.py glued."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_text, viewer_text

_ONE = ("Referat STED Byrådssalen, Vindelbovej 1 STARTTIDSPUNKT 10-09-2024 18:00:00 PUNKTER 41. Godkendelse af "
        "dagsorden til mødet 10. september 2024 42. Plan for Vindelbo Skovpark 43. Budget for stierne i parken - "
        "Lukket punkt41. "
        "Godkendelse af dagsorden til mødet 10. september 2024 Sagsgang og sagstype{glue}Byrådet Beslutningssag "
        "Indstilling Direktøren indstiller, at dagsordenen godkendes. Beslutning Godkendt.")
_TWO = ("42. Plan for Vindelbo Skovpark Sagsgang og sagstype Byrådet Beslutningssag Indstilling Direktøren indstiller, "
        "at planen godkendes. Beslutning Godkendt.")
_THREE = "43. Budget for stierne i parken - Lukket punkt Beslutning Godkendt."


@pytest.mark.parametrize("glue", [" ", ""])
def test_the_first_body_opens_on_its_glued_heading(tmp_path: Path, glue: str) -> None:
    page = viewer_text("Referat Vindelbo Byråd", _ONE.format(glue=glue), _TWO, _THREE)
    first = parse_text(tmp_path, page).to_contract()["items"][0]
    assert (first["number"], first["sections"]) == ("41", ["Sagsgang og sagstype", "Indstilling", "Beslutning"])
