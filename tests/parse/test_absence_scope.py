"""Absence the meeting's header limits to some items (parse/absence_scope.py, net
benchmarks/parse_accuracy/absence_scope.py), and absence labels composed of absence words by shape
('Fraværende/afbud:', 'Fraværende ved afstemningen:'). Invented words and names; expected values by the annotation
rules: one who missed some items is absent in those items' decisions only, not the meeting's absentee."""
from __future__ import annotations

from pathlib import Path

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F), Vera Dahl (B)"
TITLES = ["Ny belysning ved lystbådehavnen", "Takster for bådpladser", "Oprensning af sejlrenden",
          "Kajakklubbens skur", "Vinteropbevaring af både"]


def _five_items(tmp_path: Path, statement: str, flat: bool = False):
    """A header with `statement`, then five numbered items each decided at the meeting."""
    body = "".join(f"{n}. {t}\nSagsfremstilling\nForvaltningen har set på sagen.\nBeslutning\nVedtaget.\n\n"
                   for n, t in enumerate(TITLES, start=1))
    text = f"Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\n{HEAD}\n{statement}\n\n{body}"
    return parse_text(tmp_path, flattened_text(text) if flat else text)


def _absent_by_item(doc) -> dict[str, list[str]]:
    return {it.number: [n for d in it.decisions for n in d.absent] for it in doc.items}


@pytest.mark.parametrize(("statement", "missed"), [
    ("Vera Dahl (B) deltog ikke i behandlingen af punkt 3-5.", {"3", "4", "5"}),
    ("Vera Dahl (B) deltog ikke i pkt. 1 og 2, 4-5.", {"1", "2", "4", "5"}),
    ("Fraværende under pkt. 2-3: Vera Dahl (B)", {"2", "3"}),
    ("Fraværende: Vera Dahl (B) (punkt 1-2)", {"1", "2"}),
    ("Vera Dahl (B) forlod mødet efter punkt 3.", {"4", "5"}),
    ("Vera Dahl (B) forlod mødet kl. 17.10 under punkt 4.", {"4", "5"}),
    ("Vera Dahl (B) deltog til og med punkt 2.", {"3", "4", "5"}),
    ("Vera Dahl (B) deltog fra punkt 3.", {"1", "2"}),
    ("Vera Dahl (B) mødte kl. 15.40 under punkt 2.", {"1"}),
    ("Vera Dahl (B) ankom efter punkt 2.", {"1", "2"}),
])
@pytest.mark.parametrize("flat", [False, True])
def test_a_header_statement_scoping_absence_to_items_gives_those_decisions_the_absentee(tmp_path, statement,
                                                                                       missed, flat):
    """Before, the statement was nobody's absence: neither the meeting's nor any decision's."""
    doc = _five_items(tmp_path, statement, flat=flat)
    assert _absent_by_item(doc) == {str(n): (["Vera Dahl (B)"] if str(n) in missed else []) for n in range(1, 6)}
    assert doc.meeting.absent == []


def test_the_meetings_own_absentee_stays_beside_a_scoped_one(tmp_path):
    """A flattened header runs the statement's names on after the meeting's 'Fraværende:' list; the one who missed
    some items is no absentee of the whole meeting."""
    doc = _five_items(tmp_path, "Fraværende: Tage Mørk (F)\nUlla Krog (B) og Vera Dahl (B) deltog ikke i punkt 4.",
                      flat=True)
    assert doc.meeting.absent == ["Tage Mørk (F)"]
    assert _absent_by_item(doc)["4"] == ["Ulla Krog (B)", "Vera Dahl (B)"]
    assert _absent_by_item(doc)["3"] == []


@pytest.mark.parametrize("label", ["Fraværende/afbud", "Afbud og fravær", "Fravær, afbud",
                                   "Fraværende ved afstemningen", "Fravær i sagen"])
@pytest.mark.parametrize("flat", [False, True])
def test_an_absence_label_composed_by_shape_leaves_the_decision(tmp_path, label, flat):
    """Two absence words joined, or one with what it was absent from: before, the line stayed in the text (flat) or
    went without its names (lined)."""
    text = PAGE.format(head=HEAD, decision=f"Vedtaget.\n{label}: Vera Dahl (B)")
    [d] = parse_text(tmp_path, flattened_text(text) if flat else text).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)"])


@pytest.mark.parametrize(("sentence", "missed"), [
    ("Vera Dahl (B) forlod mødet efter dette punkt.", {"4", "5"}),
    ("Vera Dahl (B) forlod mødet kl. 18.05 efter behandlingen af punktet.", {"4", "5"}),
    ("Vera Dahl (B) mødte under dette punkt.", {"1", "2"}),
])
@pytest.mark.parametrize("flat", [False, True])
def test_a_decision_saying_who_left_after_its_item_scopes_the_later_items(tmp_path, sentence, missed, flat):
    """Printed under item 3's decision, 'dette punkt' is item 3: before, the sentence named nobody's absence."""
    body = "".join(f"{n}. {t}\nSagsfremstilling\nForvaltningen har set på sagen.\nBeslutning\nVedtaget."
                   + (f"\n{sentence}" if n == 3 else "") + "\n\n" for n, t in enumerate(TITLES, start=1))
    text = f"Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\n{HEAD}\n\n{body}"
    doc = parse_text(tmp_path, flattened_text(text) if flat else text)
    assert _absent_by_item(doc) == {str(n): (["Vera Dahl (B)"] if str(n) in missed else []) for n in range(1, 6)}
    assert doc.meeting.absent == []
    assert doc.items[2].decisions[0].text == f"Vedtaget. {sentence}"


@pytest.mark.parametrize("flat", [False, True])
def test_absentees_parted_by_dashes_after_their_parties_are_each_absent(tmp_path, flat):
    """Before, the dash made the list one name too long to be any, and nobody was absent."""
    text = PAGE.format(head=HEAD, decision="Vedtaget.\nFraværende: Vera Dahl (B) - Tage Mørk (F)")
    [d] = parse_text(tmp_path, flattened_text(text) if flat else text).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)", "Tage Mørk (F)"])


@pytest.mark.parametrize("flat", [False, True])
def test_a_remark_after_the_last_name_of_an_absence_label_scopes_that_name_only(tmp_path, flat):
    """'Fraværende: X, Y deltog ikke i pkt. 4': the label's list is the meeting's absentees, the remark after the last
    name is that name's own; before the fix both left the meeting's list."""
    doc = _five_items(tmp_path, "Fraværende: Tage Mørk (F), Vera Dahl (B) deltog ikke i pkt. 4-5", flat=flat)
    assert doc.meeting.absent == ["Tage Mørk (F)"]
    assert _absent_by_item(doc) == {"1": [], "2": [], "3": [], "4": ["Vera Dahl (B)"], "5": ["Vera Dahl (B)"]}


@pytest.mark.parametrize(("statement", "missed"), [
    ("Under punkt 2-3 var Vera Dahl (B) fraværende.", {"2", "3"}),
    ("Efter punkt 3 forlod Vera Dahl (B) mødet.", {"4", "5"}),
    ("Fra punkt 4 deltog Vera Dahl (B).", {"1", "2", "3"}),
    ("Vera Dahl (B) var fraværende fra punkt 4.", {"4", "5"}),
])
def test_the_item_first_or_absent_from_an_item_on(tmp_path, statement, missed):
    """The adverbial of the item before the verb, or absence from an item on: before, nobody's absence."""
    doc = _five_items(tmp_path, statement)
    assert _absent_by_item(doc) == {str(n): (["Vera Dahl (B)"] if str(n) in missed else []) for n in range(1, 6)}
    assert doc.meeting.absent == []


@pytest.mark.parametrize("flat", [False, True])
def test_the_attendance_item_scopes_absence_as_the_header_does(tmp_path, flat):
    """'1. Fraværende' with 'X deltog ikke i punkt 3-4.' under it: the meeting's own item on who is there, so its
    statement places the absence as the header's would."""
    body = "".join(f"{n}. {t}\nSagsfremstilling\nForvaltningen har set på sagen.\nBeslutning\nVedtaget.\n\n"
                   for n, t in enumerate(TITLES[1:], start=2))
    text = (f"Referat\nHavneudvalget\nMødedato: 3. april 2025 kl. 15:00\n{HEAD}\n\n"
            f"1. Fraværende\nVera Dahl (B) deltog ikke i punkt 3-4.\n\n{body}")
    doc = parse_text(tmp_path, flattened_text(text) if flat else text)
    assert {n: a for n, a in _absent_by_item(doc).items() if n != "1"} == {
        "2": [], "3": ["Vera Dahl (B)"], "4": ["Vera Dahl (B)"], "5": []}
    assert doc.meeting.absent == []
