"""Absentees under a decision in the shapes unseen councils print (issue 11): a remark on the items missed after the
member ('(pkt. 1-3)'), a member outside the parties marked by the short word ('(Løsg.)'), a substitute's label after
the absentee ('Afbud: X. Stedfortræder: Y.'), the notice sentence with its verb ('Afbud modtaget af X.'). Each page is
read as printed and flattened onto one line the way a PDF transcript prints it, and both must agree. Invented page
(tests/parse/absence_page.py), invented names."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse import parse_file

from .absence_page import PAGE

_HEAD = "Deltagere: Anne Hansen (V), Bo Jensen (B), Carl Nielsen (Løsg.)"


def _page(tmp_path: Path, decision: str, flat: bool, head: str = _HEAD) -> dict:
    text = PAGE.replace("{head}", head).replace("{decision}", decision)
    if flat:
        text = "Referat\n\nTranskript\n\n1 " + " ".join(text.split())
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page).to_contract()


def _first(tmp_path: Path, decision: str, flat: bool) -> list[tuple[str, list[str]]]:
    items = _page(tmp_path, decision, flat)["items"]
    return [(d["text"], d["absent"]) for d in items[0]["decisions"]]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("remark", ["(pkt. 1-3)", ", pkt. 1-3", "(punkt 4 og 5)"])
def test_an_absentee_with_the_items_missed(tmp_path: Path, flat: bool, remark: str) -> None:
    """'Fraværende: Bo Jensen (B) (pkt. 1-3)': the member, without the remark (the stop of 'pkt.' before its
    number ended the names there, and nobody was read)."""
    got = _first(tmp_path, f"Godkendt.\nFraværende: Bo Jensen (B) {remark}".replace(" ,", ","), flat)
    assert got == [("Godkendt.", ["Bo Jensen (B)"])]


@pytest.mark.parametrize("flat", [False, True])
def test_a_member_outside_the_parties_keeps_the_short_mark(tmp_path: Path, flat: bool) -> None:
    """'(Løsg.)' is the member's party marker cut short, kept as printed as '(Løsgænger)' is."""
    assert _first(tmp_path, "Godkendt.\nFraværende: Carl Nielsen (Løsg.)", flat) == \
        [("Godkendt.", ["Carl Nielsen (Løsg.)"])]
    assert _first(tmp_path, "Godkendt.\nCarl Nielsen (Løsg.) var fraværende.", flat) == \
        [("Godkendt. Carl Nielsen (Løsg.) var fraværende.", ["Carl Nielsen (Løsg.)"])]
    assert "Carl Nielsen (Løsg.)" in _page(tmp_path, "Godkendt.", flat)["meeting"]["participants"]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("substitute", ["Stedfortræder: Eva Berg (B).", "Suppleant: Eva Berg (B)."])
@pytest.mark.parametrize("glue", [" ", "\n"])
def test_a_substitutes_label_after_the_absentee(tmp_path: Path, flat: bool, substitute: str, glue: str) -> None:
    """'Afbud: Bo Jensen (B). Stedfortræder: Eva Berg (B).': the labelled absence line with its substitute leaves
    the text whole (annotation rules), on a lined page and a flattened one alike (the flattened page kept the
    substitute's label in the text)."""
    got = _first(tmp_path, f"Godkendt.\nAfbud: Bo Jensen (B).{glue}{substitute}", flat)
    assert got == [("Godkendt.", ["Bo Jensen (B)"])]


@pytest.mark.parametrize("flat", [False, True])
def test_a_substitute_alone_stays_text(tmp_path: Path, flat: bool) -> None:
    """No absence label before it: the substitute's line is the decision's, as before."""
    assert _first(tmp_path, "Godkendt.\nStedfortræder: Eva Berg (B).", flat) == \
        [("Godkendt. Stedfortræder: Eva Berg (B).", [])]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("lead", ["Afbud modtaget af", "Afbud meldt af", "Afbud modtaget fra", "Med afbud fra"])
def test_the_notice_sentence_stays_in_the_text(tmp_path: Path, flat: bool, lead: str) -> None:
    """'Afbud modtaget af X.': an absence sentence (no colon), which stays in the text and names the absentee; the
    lined page read it as the label 'Afbud' and lost both."""
    assert _first(tmp_path, f"Godkendt.\n{lead} Bo Jensen (B).", flat) == \
        [(f"Godkendt. {lead} Bo Jensen (B).", ["Bo Jensen (B)"])]


@pytest.mark.parametrize("lead", ["Afbud modtaget af", "Afbud meldt af"])
def test_the_notice_sentence_in_the_header(tmp_path: Path, lead: str) -> None:
    """The same sentence in the meeting's header names the meeting's absentee."""
    head = f"Deltagere: Anne Hansen (V), Bo Jensen (B)\n{lead} Bo Jensen (B)."
    assert _page(tmp_path, "Godkendt.", False, head)["meeting"]["absent"] == ["Bo Jensen (B)"]


@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("label", ["Fraværende", "Afbud"])
@pytest.mark.parametrize("glue", ["\n", ", "])
def test_a_bare_label_over_names_one_a_line(tmp_path: Path, flat: bool, label: str, glue: str) -> None:
    """'Fraværende' / 'Anne Hansen (V)' / 'Bo Jensen (B)': a label without its colon over its names; flattened
    onto the outcome's line ('Anbefales. Fraværende Anne Hansen (V) Bo Jensen (B)') it is still the label's line,
    for nothing but names with their party's letters follows the bare noun."""
    got = _first(tmp_path, f"Anbefales.\n{label}\nAnne Hansen (V){glue}Bo Jensen (B)", flat)
    assert got == [("Anbefales.", ["Anne Hansen (V)", "Bo Jensen (B)"])]


def test_a_sentence_after_the_noun_stays_text(tmp_path: Path) -> None:
    """Words after the names: a sentence, no label's line."""
    got = _first(tmp_path, "Anbefales. Afbud Hansen (V) er modtaget.", True)
    assert got == [("Anbefales. Afbud Hansen (V) er modtaget.", [])]
