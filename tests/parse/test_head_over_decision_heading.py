"""A treatment's body and date printed on a line of their own above a bare decision heading ('Teknisk Udvalg 3. maj
2019' / 'Beslutning:' / 'Anbefales.'): that body's decision on that date, not the meeting's (issue 11). Invented
pages; expected values read off each page by the annotation rules (committee as printed, date in ISO)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .minutes_page import MINUTES


def _decisions(tmp_path: Path, block: str, flat: bool) -> list[tuple[str | None, str | None, str, list[str]]]:
    text = MINUTES.format(block=block)
    p = tmp_path / "page.txt"
    p.write_text(" ".join(text.split("\n")) if flat else text, encoding="utf-8")
    item = next(it for it in parse_file(p).items if it.number == "1")
    return [(d.committee, d.date, d.text, d.absent) for d in item.decisions]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
@pytest.mark.parametrize("head", ["Teknisk Udvalg 3. maj 2019", "Teknisk Udvalg den 3. maj 2019",
                                  "Teknisk Udvalg, 3. maj 2019", "Teknisk Udvalg 03.05.2019",
                                  "Teknisk Udvalg, fredag den 3. maj 2019"])
def test_a_body_and_date_line_over_a_bare_heading_names_who_decided(tmp_path, head, flat):
    block = f"{head}\nBeslutning:\nAnbefales.\nFraværende: Bo Jensen (V)"
    assert _decisions(tmp_path, block, flat) == [("Teknisk Udvalg", "2019-05-03", "Anbefales.", ["Bo Jensen (V)"])]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_each_head_over_its_heading_names_its_own_treatment(tmp_path, flat):
    """Two treatments, each head over its heading: the earlier body's outcome ends where the next head begins (on a
    flattened page the head is cut off the outcome's sentence)."""
    block = ("Teknisk Udvalg den 3. maj 2019\nBeslutning:\nAnbefales.\n\n"
             "Byrådet den 20. marts 2024\nBeslutning:\nGodkendt.")
    assert _decisions(tmp_path, block, flat) == [("Teknisk Udvalg", "2019-05-03", "Anbefales.", []),
                                                 ("Byrådet", "2024-03-20", "Godkendt.", [])]


@pytest.mark.parametrize("flat", [False, True], ids=["lined", "flat"])
def test_a_sentence_ending_in_a_date_over_the_heading_names_nobody(tmp_path, flat):
    """A sentence of the proposal that ends in a date ('… i Byrådet den 20. marts 2024.') is no treatment's head:
    the bare heading's decision is the meeting's."""
    block = "Sagen blev drøftet i Byrådet den 20. marts 2024.\nBeslutning:\nGodkendt."
    assert _decisions(tmp_path, block, flat) == [("Økonomiudvalget", "2024-03-12", "Godkendt.", [])]


def test_the_last_of_a_routes_dated_bodies_is_no_head(tmp_path):
    """A route's bodies with their meetings' dates one a line above the decision ('Miljøudvalget 11.02.2031' /
    'Byrådet 25.02.2031' / 'Beslutning'): the steps to come, not the head of the decision below."""
    block = ("Udvalgsrækken\nMiljøudvalget 11.02.2031\nØkonomiudvalget 18.02.2031\nByrådet 25.02.2031\n\n"
             "Beslutning\nGodkendt.")
    assert _decisions(tmp_path, block, False) == [("Økonomiudvalget", "2024-03-12", "Godkendt.", [])]
