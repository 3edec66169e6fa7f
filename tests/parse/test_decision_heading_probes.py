"""Decision headings a probe of invented minutes found unread on a page that keeps its lines (issue 11, strand
dabsent): the body and date before the decision's noun, a comma after the noun, the genitive of a body's initials,
the treatment's item number behind a dash, the body with no date. A decision lost so loses its absentees too."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .flattening import flattened_text
from .minutes_page import MINUTES


def _decisions(tmp_path: Path, block: str, flat: bool = False):
    p = tmp_path / "page.txt"
    page = MINUTES.replace("{block}", block)
    p.write_text(flattened_text(page) if flat else page, encoding="utf-8")
    return parse_file(p).items[0].decisions


ABSENCE = "Godkendt.\nFraværende: Bo Jensen (V)"


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("heading", ["Økonomiudvalget den 12-03-2024 - Beslutning",
                                     "Møde i Økonomiudvalget den 12. marts 2024 – Beslutning"])
def test_the_body_and_date_before_the_decision_noun(tmp_path, heading, flat):
    """The heading's cells in the other order, the noun after a spaced dash: a decision heading."""
    [d] = _decisions(tmp_path, f"{heading}\n{ABSENCE}", flat)
    assert (d.committee, d.date, d.text, d.absent) == ("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])


def test_a_comma_after_the_decision_noun_is_no_part_of_the_body(tmp_path):
    """'Beslutning, Økonomiudvalget den 12.03.2024': the body was read with the noun and its comma."""
    [d] = _decisions(tmp_path, f"Beslutning, Økonomiudvalget den 12.03.2024\n{ABSENCE}")
    assert (d.committee, d.date, d.absent) == ("Økonomiudvalget", "2024-03-12", ["Bo Jensen (V)"])


@pytest.mark.parametrize("flat", [False, True])
def test_the_genitive_of_a_body_by_its_initials(tmp_path, flat):
    [d] = _decisions(tmp_path, f"ØU's beslutning den 12.03.2024\n{ABSENCE}", flat)
    assert (d.committee, d.date, d.text, d.absent) == ("ØU", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])


def test_the_treatments_item_number_behind_a_dash(tmp_path):
    """'Økonomiudvalget 12.03.2024 - pkt. 4' over the outcome, as '…, pkt. 4' is read."""
    [d] = _decisions(tmp_path, f"Økonomiudvalget 12.03.2024 - pkt. 4\n{ABSENCE}")
    assert (d.committee, d.date, d.text, d.absent) == ("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])


@pytest.mark.parametrize("heading", ["Beslutning Økonomiudvalget", "Beslutning Økonomiudvalget:"])
def test_the_decision_noun_and_a_body_with_no_date(tmp_path, heading):
    """The body's cell run onto the heading's, no date printed: the meeting's own body on the meeting's date."""
    [d] = _decisions(tmp_path, f"{heading}\n{ABSENCE}")
    assert (d.committee, d.date, d.text, d.absent) == ("Økonomiudvalget", "2024-03-12", "Godkendt.", ["Bo Jensen (V)"])


def test_a_title_after_the_decision_noun_heads_nothing(tmp_path):
    """'Beslutning om mødeplan for 2026' is a title, no body: no decision heading."""
    assert not _decisions(tmp_path, "Beslutning om mødeplan for 2026\nGodkendt.")
