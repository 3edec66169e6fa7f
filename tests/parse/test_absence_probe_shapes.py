"""Absentees and bilag printed in the shapes benchmarks/parse_accuracy/absence_shapes.py probes (issue 11), written
out as small pages of invented words and names. Expected values by the annotation rules: labelled absence lines
leave a decision's text, members marked absent in their list stay participants and are the meeting's absentees,
a value that says nobody names nobody."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .absence_page import PAGE
from .flattening import flattened_text


def _parse(tmp_path: Path, head: str = "Deltagere: Ulla Krog (B), Tage Mørk (F)", decision: str = "Vedtaget."):
    p = tmp_path / "page.txt"
    p.write_text(PAGE.format(head=head, decision=decision), encoding="utf-8")
    return parse_file(p)


@pytest.mark.parametrize("line", ["Fraværende: Ingen fraværende", "Afbud: Ingen afbud", "Afbud: Ingen afbud."])
def test_a_label_whose_value_says_nobody_leaves_the_decision_text_whole(tmp_path, line):
    """'Fraværende: Ingen fraværende' was read as names ('Ingen') then a sentence ('fraværende'), which stayed in the
    decision's text."""
    [d] = _parse(tmp_path, decision=f"Vedtaget.\n{line}").items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", [])


@pytest.mark.parametrize("label", ["Forhindret", "Forhindret i at deltage"])
def test_forhindret_labels_the_absentees_of_a_decision_and_of_the_meeting(tmp_path, label):
    """'Forhindret:' is an absence label like 'Ikke mødt:': under a decision its line leaves the text, in the
    meeting's head its names are the meeting's absentees."""
    [d] = _parse(tmp_path, decision=f"Vedtaget.\n{label}: Vera Dahl (B)").items[0].decisions
    assert (d.text, d.absent) == ("Vedtaget.", ["Vera Dahl (B)"])
    doc = _parse(tmp_path, head=f"Deltagere: Ulla Krog (B), Tage Mørk (F)\n{label}: Vera Dahl (B)")
    assert doc.meeting.absent == ["Vera Dahl (B)"]


@pytest.mark.parametrize("mark", ["(afbud)", "(fraværende)", "(fraværende med afbud)", "(forhindret)", "- afbud",
                                  "– fraværende"])
@pytest.mark.parametrize("flat", [False, True])
def test_a_member_marked_absent_in_brackets_is_a_participant_and_an_absentee(tmp_path, mark, flat):
    """Members one a line, the absent one marked in brackets; a transcript runs the lines together without commas
    ('Vera Dahl (B) (afbud) Ulla Krog (B) …'), where the mark used to need a comma or the list's end after it."""
    sep = " " if flat else "\n"
    doc = _parse(tmp_path, head=f"Deltagere:{sep}Vera Dahl (B) {mark}{sep}Ulla Krog (B){sep}Tage Mørk (F)")
    assert doc.meeting.participants == ["Vera Dahl (B)", "Ulla Krog (B)", "Tage Mørk (F)"]
    assert doc.meeting.absent == ["Vera Dahl (B)"]


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) havde sendt afbud.", "Vera Dahl (B) var meldt fraværende."])
def test_a_sentence_in_the_head_that_the_member_sent_notice_is_absence_from_the_meeting(tmp_path, sentence):
    doc = _parse(tmp_path, head=f"Deltagere: Ulla Krog (B), Tage Mørk (F)\n{sentence}")
    assert doc.meeting.absent == ["Vera Dahl (B)"]
    assert doc.meeting.participants == ["Ulla Krog (B)", "Tage Mørk (F)"]


def test_a_dash_mark_on_its_own_line_marks_only_the_name_before_it(tmp_path):
    """'X (B)' / 'Y (B) - afbud' / 'Z (F) - afbud': each mark names the member on its line, not the one above."""
    doc = _parse(tmp_path, head="Deltagere:\nUlla Krog(B)\nVera Dahl(B) - afbud\nTage Mørk(F) - afbud")
    assert doc.meeting.absent == ["Vera Dahl(B)", "Tage Mørk(F)"]


@pytest.mark.parametrize("heading", ["Bilag", "Bilag:", "Bilagsfortegnelse", "Vedlagte bilag"])
@pytest.mark.parametrize("before", [False, True])
def test_a_bulleted_bilag_list_on_a_transcript_gives_its_entries(tmp_path, heading, before):
    """A transcript runs the heading and its bullets into the decision's line ('Vedtaget. Bilag • Kort over molen •
    …'): the bullets are the item's bilag, not the decision's text."""
    bilag = f"{heading}\n• Kort over molen\n• Tilbud på lamper\n• Tidsplan for arbejdet"
    decision = f"{bilag}\nBeslutning\nVedtaget." if before else f"Vedtaget.\n{bilag}"
    page = PAGE.format(head="Deltagere: Ulla Krog (B), Tage Mørk (F)", decision=decision)
    if before:
        page = page.replace("Beslutning\n" + bilag, bilag)
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page), encoding="utf-8")
    item = parse_file(p).items[0]
    assert [a.title for a in item.attachments] == ["Kort over molen", "Tilbud på lamper", "Tidsplan for arbejdet"]
    assert [d.text for d in item.decisions] == ["Vedtaget."]


@pytest.mark.parametrize("sentence", ["Vera Dahl (B) deltog ikke i mødet.", "Vera Dahl (B) havde meldt afbud.",
                                      "Vera Dahl (B) og Ib Lund (F) var forhindret i at deltage."])
def test_a_transcript_ends_the_members_list_where_its_absence_sentence_begins(tmp_path, sentence):
    """The head line runs the list into the sentence ('Deltagere: Ulla Krog (B), Tage Mørk (F) Vera Dahl (B) deltog
    ikke i mødet.'): the sentence's subject is absent, no member listed."""
    page = PAGE.format(head=f"Deltagere: Ulla Krog (B), Tage Mørk (F)\n{sentence}", decision="Vedtaget.")
    p = tmp_path / "page.txt"
    p.write_text(flattened_text(page), encoding="utf-8")
    doc = parse_file(p)
    assert doc.meeting.participants == ["Ulla Krog (B)", "Tage Mørk (F)"]
    assert doc.meeting.absent == [n for n in ("Vera Dahl (B)", "Ib Lund (F)") if n in sentence]
