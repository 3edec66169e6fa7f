"""An absence label in lower case or in brackets, run into the outcome's own sentence ('Anbefales, fraværende: X',
'Vedtaget - afbud: X', 'Vedtaget (Fraværende: X).'): a word of the label class with its colon and a capitalised name
after it is the label in any case (issue 11, absence_phrasings lower-* and r-* rows). Invented words and names;
expected values by the annotation rules (a labelled absence leaves the decision's text; the absentees are the
decision's)."""
from __future__ import annotations

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


@pytest.mark.parametrize(("decision", "text"), [
    ("Vedtaget, fraværende: Vera Dahl (B) og Otto Lund (F)", "Vedtaget"),
    ("Vedtaget; ikke til stede: Vera Dahl (B) og Otto Lund (F)", "Vedtaget"),
    ("Vedtaget - afbud: Vera Dahl (B) og Otto Lund (F)", "Vedtaget"),
    ("Vedtaget. fraværende: Vera Dahl (B) og Otto Lund (F)", "Vedtaget."),
    ("Vedtaget (Fraværende: Vera Dahl (B) og Otto Lund (F)).", "Vedtaget"),
    ("Vedtaget.\n(fraværende: Vera Dahl (B) og Otto Lund (F))", "Vedtaget.")])
@pytest.mark.parametrize("flat", [False, True])
def test_a_label_in_any_case_run_into_the_outcome_names_the_decisions_absentees(tmp_path, decision, text, flat):
    """The run-in label was read only capitalised and after a full stop, in brackets only on a line of its own: the
    names stayed in the decision's text and nobody was absent."""
    page = PAGE.format(head=HEAD, decision=decision)
    doc = parse_text(tmp_path, flattened_text(page) if flat else page)
    [d] = doc.items[0].decisions
    assert (d.text, d.absent) == (text, ["Vera Dahl (B)", "Otto Lund (F)"])
    assert doc.meeting.absent == []


def test_a_figure_after_a_lower_case_absence_word_is_the_decisions_text(tmp_path):
    """'…, fravær: 5 pct.': a number after the colon is a figure of the case, no name: the sentence stays whole."""
    decision = "Sygefraværet er faldet, fravær: 5 pct. Taget til efterretning."
    [d] = parse_text(tmp_path, PAGE.format(head=HEAD, decision=decision)).items[0].decisions
    assert (d.text, d.absent) == (decision, [])
