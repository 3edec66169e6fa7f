"""A known case-text heading run into the first line of its text on a page that keeps its lines ('Sagsfremstilling
Forvaltningen har …'): the heading is read as a section, as the annotation rules count headings run into their
text. A label with its value after a colon ('Kompetence: Byrådet'), a title in capitals that opens on a heading's
word ('INDSTILLING FRA DIREKTIONEN') and a sentence going on in small letters stay as they are. Invented pages
(benchmarks/parse_accuracy/section_shapes.py prints the tune pages so under `run-in`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

_PAGE = """Referat
Økonomiudvalget
Mødedato: 12.03.2027

1. Budgetopfølgning for første kvartal
Sagsnr.: 27/2345
{first}
Økonomiafdelingen har gennemgået regnskabet for alle udvalg og fundet mindre afvigelser.
{second}
Beslutning
Taget til efterretning.

2. Lokalplan for boligområde ved Skovvej
Sagsnr.: 27/3456
Sagsfremstilling
Forslaget til lokalplan har været i offentlig høring i otte uger.
Beslutning
Godkendt.
"""


def _sections(tmp_path: Path, first: str, second: str) -> list[str]:
    p = tmp_path / "page.txt"
    p.write_text(_PAGE.format(first=first, second=second), encoding="utf-8")
    return parse_file(p).to_contract()["items"][0]["sections"]


def test_headings_run_into_their_text_are_read(tmp_path: Path) -> None:
    sections = _sections(tmp_path, "Sagsfremstilling Forvaltningen har udarbejdet en opfølgning på budgettet.",
                         "Indstilling Direktionen indstiller, at budgetopfølgningen tages til efterretning.")
    assert sections == ["Sagsfremstilling", "Indstilling", "Beslutning"]


@pytest.mark.parametrize("first", [
    "Kompetence: Økonomiudvalget og Byrådet efter indstilling fra direktionen",
    "INDSTILLING FRA DIREKTIONEN OG ØKONOMIAFDELINGEN TIL UDVALGET",
    "Indstilling fra direktionen blev drøftet på et tidligere møde i udvalget.",
])
def test_a_field_a_title_in_capitals_or_a_sentence_is_no_run_in_heading(tmp_path: Path, first: str) -> None:
    sections = _sections(tmp_path, first, "Indstilling Direktionen indstiller, at budgetopfølgningen tages til "
                                          "efterretning.")
    assert sections == ["Indstilling", "Beslutning"]
