"""Dated decision heads that transcripts and flattened pages print (strand theads, issue 11), on invented pages read
as printed and flattened the way a PDF transcript prints them (flattening.flattened_text). Expected values by the
annotation rules: the committee as printed (a genitive its base name), the date as ISO, the text without its head."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text

PAGE = """Referat
Økonomiudvalget
Mødedato: 12. marts 2024
Mødetidspunkt: 16:00
Mødested: Rådhuset, mødelokale 1
Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)

1. Trafiksikkerhedsplan 2024
Sagsnr.: 24/1234
Sagsfremstilling
Forvaltningen har udarbejdet et udkast til en trafiksikkerhedsplan.
Indstilling
Forvaltningen indstiller, at planen godkendes.
{block}

2. Eventuelt
Beslutning
Intet.
"""


def _decisions(tmp_path: Path, page: str, flat: bool) -> list[tuple[str | None, str | None, str]]:
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page) if flat else page, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.date, d.text) for d in item.decisions]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("block", [
    "Økonomiudvalget - 12-03-2024: Anbefales.",  # run in
    "Økonomiudvalget – 12.03.2024:\nAnbefales.",  # over the outcome, an en dash
    "Økonomiudvalget - 12-03-2024 Anbefales.",  # a table's cells run together, no colon
    "Beslutning\nØkonomiudvalget - 12-03-2024: Anbefales.",  # under the heading
])
def test_a_dash_between_the_body_and_its_date_sets_the_date_off(tmp_path, block, flat):
    assert _decisions(tmp_path, PAGE.format(block=block), flat) == [("Økonomiudvalget", "2024-03-12", "Anbefales.")]
