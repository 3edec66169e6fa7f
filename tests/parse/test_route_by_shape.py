"""A route under a label no lexicon knows, known by its value's shape (parse/route_shape.py): two bodies or more and
nothing else, after the label's colon, on the line under the label, or one a line with their dates; also where a
flattened page ran the label on after other text. Not persons, not one body, not bodies in a sentence, not advisory
councils alone, not a label of who decides, not a run of bodies that goes on with what is no body. The label words
are invented; each page is small and synthetic."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.route_shape import labelled_route

from .route_page import item_route as _route

_THREE = ["Miljøudvalget", "Økonomiudvalget", "Byrådet"]


@pytest.mark.parametrize("block,route", [
    ("Beslutningsrute: Miljøudvalget, Økonomiudvalget, Byrådet", _THREE),
    ("Sagens vandring:\nMiljøudvalget → Økonomiudvalget → Byrådet", _THREE),
    ("Politisk gang\nMU - ØU - BY", ["MU", "ØU", "BY"]),
    ("Udvalgsrækken\nMiljøudvalget 11.02.2031\nØkonomiudvalget 18.02.2031\nByrådet 25.02.2031", _THREE),
    ("Beslutningsrute: FU > ØU > KB", ["FU", "ØU", "KB"]),
])
@pytest.mark.parametrize("before", [True, False])
def test_unknown_label_over_bodies_is_a_route(tmp_path: Path, block: str, route: list[str], before: bool) -> None:
    assert _route(tmp_path, block, before) == route


@pytest.mark.parametrize("block", [
    "Mødedeltagere: Ulla Vendel, Sune Krag",  # persons
    "Beslutningsrute: Byrådet",  # one body names who decides, no path
    "Høringsparter: Handicaprådet, Ældrerådet",  # advisory councils heard, no body that treats the case
    "Kompetence\nMiljøudvalget og Økonomiudvalget.",  # who decides, also two bodies together
    "Forvaltningen foreslår, at sagen sendes videre fra Miljøudvalget → Byrådet i marts.",  # prose
    "Modtagere: Miljøudvalget, Ældrerådet, Direktionen m.fl.",  # the list goes on with no body
    "Ansvarsfordeling\nMiljøudvalget og Økonomiudvalget.",  # bodies together, no steps of a path
])
def test_no_route_by_shape(tmp_path: Path, block: str) -> None:
    assert _route(tmp_path, block) == []


def test_flattened_label_inside_a_line(tmp_path: Path) -> None:
    """A transcript runs the label on after the case number and the next heading after the bodies."""
    block = "Sagsnr.: 31-000777 Beslutningsrute: Miljøudvalget, Økonomiudvalget, Byrådet Sagsbehandler: Ulla Vendel"
    assert _route(tmp_path, block) == _THREE


def test_breadcrumb_arrows_after_a_label_are_kept() -> None:
    """'Beslutningsrute: FU > ØU > KB' is a label and its bodies, no site's breadcrumb (lines.py keeps the line)."""
    assert labelled_route("Beslutningsrute: FU > ØU > KB") == ["FU", "ØU", "KB"]
    assert labelled_route("Forside > Politik > Byrådet") is None


def test_words_in_capitals_run_on_after_a_label_are_no_initials(tmp_path):
    """A flattened head ran a heading in capitals on after a label's colon ('Fraværende: Afbud: FORMÅL OG BAGGRUND
    …'): two words in capitals with nothing that prints them as steps are a heading's words, no route of initials
    ('MU, ØU' marks its steps; 'MU ØU' alone could be any two capitalised words)."""
    line = ("Sagsnr.: 31/4471 Ansvarlig: KLM Fraværende: Afbud: MÅLET KORT Vejafdelingen foreslår, at stien "
            "ved Kærmosen forlænges.")
    assert labelled_route("Afbud: MÅLET KORT") is None
    assert _route(tmp_path, line) == []
    assert labelled_route("Forløb: MU, ØU") == ["MU", "ØU"]


@pytest.mark.parametrize("block,route,before", [
    # a label printed over its value, the line break lost: run on after a sentence's end (in the case's text) or
    # after the case number (in the item's head)
    ("Forvaltningen foreslår en plan. Udvalgsvandring MU, ØU, BY", ["MU", "ØU", "BY"], False),
    ("Sagsnr.: 31-000777 Sagens rute Miljøudvalget → Økonomiudvalget → Byrådet", _THREE, True),
])
def test_flattened_label_without_its_colon(tmp_path: Path, block: str, route: list[str], before: bool) -> None:
    """A flattened page drops the line break between a label and its value, and such a label has no colon: a short
    label at a sentence's start whose words after it are bodies only is read as the route's."""
    assert _route(tmp_path, block, before) == route


@pytest.mark.parametrize("block", [
    "Forvaltningen foreslår en plan. Sagen forelægges MU, ØU, BY.",  # a passive verb: a sentence, no label
    "Forvaltningen foreslår en plan. Kopi sendes til MU, ØU, BY",  # the bodies after a word that leads into them
    "Forvaltningen foreslår en plan. Orientering Miljøudvalget og Byrådet",  # together, no steps
])
def test_flattened_sentence_over_bodies_is_no_route(tmp_path: Path, block: str) -> None:
    assert _route(tmp_path, block, before=False) == []


def test_flattened_parties_beside_a_date_are_no_route(tmp_path: Path) -> None:
    """Without a colon the label is known by its value alone: initials joined by 'og' beside a date are a motion's
    parties ('Forslag fra XY og ZW'), no steps of a path; a route without a colon prints its steps (comma, arrow)."""
    assert _route(tmp_path, "Forvaltningen foreslår en plan. Borgerforslag XY og ZW 11.02.2031", before=False) == []
