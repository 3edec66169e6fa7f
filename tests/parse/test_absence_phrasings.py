"""Absentees worded the ways benchmarks/parse_accuracy/absence_phrasings.py probes (issue 11), on small pages of
invented words and names: parties printed by name or after a dash in an absence sentence, particles inside a name,
'Fraværende med afbud:' and 'FRAVÆRENDE:' run into a flattened decision, the label or bilag heading after the names
of a flattened label, a member's role between the name and its absence mark, and a substitute's line above the
outcome. Expected values by the annotation rules (absence printed for an item is its decision's `absent`; the
header's is the meeting's; labelled absence lines leave the decision's text)."""
from __future__ import annotations

from pathlib import Path

import pytest

from .absence_page import PAGE
from .flattening import flattened_text
from .transcript_page import parse_text

HEAD = "Deltagere: Ulla Krog (B), Tage Mørk (F)"


def _page(tmp_path: Path, decision: str = "Vedtaget.", head: str = HEAD, flat: bool = False):
    text = PAGE.format(head=head, decision=decision)
    return parse_text(tmp_path, flattened_text(text) if flat else text)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Afbud fra Vera Dahl (Nye Borgerlige).", "Vera Dahl (Nye Borgerlige)"),
    ("Afbud fra Vera Dahl (Radikale Venstre).", "Vera Dahl (Radikale Venstre)"),
    ("Afbud fra Vera Dahl - B.", "Vera Dahl - B"),
    ("Afbud fra Vera van der Dahl (B).", "Vera van der Dahl (B)"),
    ("Vera Dahl (Nye Borgerlige) var fraværende.", "Vera Dahl (Nye Borgerlige)"),
    ("Vera van der Dahl (B) var fraværende.", "Vera van der Dahl (B)"),
    ("Vera Dahl (B) er fraværende.", "Vera Dahl (B)")])
@pytest.mark.parametrize("flat", [False, True])
def test_an_absence_sentence_reads_the_party_and_the_name_in_every_form(tmp_path, sentence, who, flat):
    """The sentence's names took a party only as letters in brackets and a name only of capitalised words: a party
    by its name ('(Nye Borgerlige)'), after a dash ('- B') or a particle ('van der') lost the absentee."""
    [d] = _page(tmp_path, f"Vedtaget.\n{sentence}", flat=flat).items[0].decisions
    assert (d.text, d.absent) == (f"Vedtaget. {sentence}", [who])


@pytest.mark.parametrize("label", ["Fraværende med afbud", "Fraværende uden afbud", "FRAVÆRENDE", "AFBUD"])
def test_a_long_or_capitalised_absence_label_leaves_a_flattened_decision(tmp_path, label):
    """A transcript runs the label onto the outcome's line; 'Fraværende med afbud:' and the label in capitals were
    not read as a label there, so the names stayed in the text and nobody was absent."""
    [d] = _page(tmp_path, f"Vedtaget.\n{label}: Vera Dahl (B), Otto Lund (F)", flat=True).items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)", "Otto Lund (F)"])


@pytest.mark.parametrize("below", ["Stedfortræder: Hugo Fisk (B)", "Bilag\n1. Kort over molen"])
def test_the_names_of_a_flattened_label_end_at_the_next_label_or_the_bilag(tmp_path, below):
    """'… Fraværende: Vera Dahl (B) Stedfortræder: Hugo Fisk (B)': one word with a colon after the party is the
    next label, and a bilag heading after it the item's list, never more names."""
    [d] = _page(tmp_path, f"Vedtaget.\nFraværende: Vera Dahl (B)\n{below}", flat=True).items[0].decisions
    assert d.absent == ["Vera Dahl (B)"]


def test_a_role_between_a_member_and_the_absence_mark_keeps_the_member_absent(tmp_path):
    """'Vera Dahl (B), næstformand - afbud': the entry before the mark was the role alone, which names nobody."""
    head = "Medlemmer\nUlla Krog (B), formand\nVera Dahl (B), næstformand - afbud\nTage Mørk (F)"
    doc = _page(tmp_path, head=head)
    assert doc.meeting.absent == ["Vera Dahl (B)"]


def test_a_substitute_line_above_the_outcome_leaves_the_decision(tmp_path):
    """'Fraværende: X' / 'Stedfortræder: Y' / 'Vedtaget.': the substitute's line and the outcome were tested as one
    sentence, the substitute's, so the block seemed to have no outcome and the decision was dropped."""
    [d] = _page(tmp_path, "Fraværende: Vera Dahl (B)\nStedfortræder: Hugo Fisk (B)\nVedtaget.").items[0].decisions
    assert d.absent == ["Vera Dahl (B)"] and d.text.endswith("Vedtaget.")


def test_a_flattened_substitute_line_above_the_outcome_leaves_the_decision(tmp_path):
    """A transcript runs 'Stedfortræder: Y (B)' onto the outcome ('… Stedfortræder: Hugo Fisk (B) Vedtaget.'): the
    substitute's names ran on into the outcome, one sentence, so the block seemed to have none and was dropped."""
    decision = "Fraværende: Vera Dahl (B)\nStedfortræder: Hugo Fisk (B)\nVedtaget."
    [d] = _page(tmp_path, decision, flat=True).items[0].decisions
    assert d.absent == ["Vera Dahl (B)"] and d.text.endswith("Vedtaget.")
