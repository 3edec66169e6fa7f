"""Decision headings and absence labels printed in shapes other councils use (issue 11): an absence label in brackets
on a bare 'Beslutning' heading ('Beslutning (Fraværende: X)'), absentees whose party is marked '[V]' or '/V', names
set in capitals under an absence label, and an item's open/closed status run onto a genitive decision heading in a
PDF transcript ('… var fraværende. Åben Byrådets beslutning den D …'). Expected values by the annotation rules:
a labelled absence leaves the decision's text and its names are that decision's `absent`, as printed; a heading
that names its body in the genitive takes the base name. Invented words and names."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.parse.bodies import is_body_name

from .absence_page import PAGE
from .transcript_page import TITLED_FRAME, parse_text

LINED = PAGE.replace("Beslutning\n{decision}", "{decision}")


def _first_decisions(tmp_path: Path, text: str) -> list[tuple]:
    got = parse_text(tmp_path, text).to_contract()
    assert got["meeting"]["absent"] == []
    return [(d["committee"], d["date"], d["text"], d["absent"]) for d in got["items"][0]["decisions"]]


def _transcript(decision: str) -> str:
    """The page with the decision's lines run onto one PDF page line, as a viewer's transcript prints them."""
    page = ("1 Referat Havneudvalget Mødedato: 3. april 2025 kl. 15:00 1. Ny belysning ved lystbådehavnen "
            "Sagsfremstilling Forvaltningen foreslår nye lamper langs molen. " + decision.replace("\n", " ")
            + " 2. Eventuelt Beslutning Intet.")
    return TITLED_FRAME.format(title="Referat Havneudvalget", pages=page)


def _decisions_in(tmp_path: Path, decision: str, layout: str) -> list[tuple]:
    """The first item's decisions with `decision` printed on a page that keeps its lines or in a transcript."""
    text = LINED.format(head="", decision=decision) if layout == "lined" else _transcript(decision)
    return _first_decisions(tmp_path, text)


@pytest.mark.parametrize("heading, absent", [
    ("Beslutning (Fraværende: Jonas Kvist)", ["Jonas Kvist"]),
    ("Beslutning (Afbud: Jonas Kvist (V), Mette Lund (A))", ["Jonas Kvist (V)", "Mette Lund (A)"]),
    ("Beslutning, Fraværende: Jonas Kvist", ["Jonas Kvist"]),
    ("Beslutning - Afbud: Jonas Kvist (V)", ["Jonas Kvist (V)"]),
])
@pytest.mark.parametrize("layout", ["lined", "transcript"])
def test_bracketed_absence_on_a_bare_heading(tmp_path: Path, heading: str, absent: list[str], layout: str) -> None:
    assert _decisions_in(tmp_path, f"{heading}\nGodkendt.", layout) == [
        ("Havneudvalget", "2025-04-03", "Godkendt.", absent)]


@pytest.mark.parametrize("value, absent", [
    ("Jonas Kvist [V]", ["Jonas Kvist [V]"]),
    ("Jonas Kvist [V], Mette Lund [A]", ["Jonas Kvist [V]", "Mette Lund [A]"]),
    ("Jonas Kvist /V og Mette Lund /A", ["Jonas Kvist /V", "Mette Lund /A"]),
    ("JONAS KVIST", ["JONAS KVIST"]),
    ("JONAS KVIST og METTE LUND", ["JONAS KVIST", "METTE LUND"]),
])
@pytest.mark.parametrize("layout", ["lined", "transcript"])
def test_absentees_marked_otherwise(tmp_path: Path, value: str, absent: list[str], layout: str) -> None:
    assert _decisions_in(tmp_path, f"Beslutning\nGodkendt.\nFraværende: {value}", layout) == [
        ("Havneudvalget", "2025-04-03", "Godkendt.", absent)]


def test_meeting_absentees_in_capitals(tmp_path: Path) -> None:
    got = parse_text(tmp_path, LINED.format(head="Fraværende: JONAS KVIST og METTE LUND",
                                            decision="Beslutning\nGodkendt.")).to_contract()
    assert got["meeting"]["absent"] == ["JONAS KVIST", "METTE LUND"]


# a council's minutes as a transcript whose items print no number and no title, each block headed by its status
# ('Åben'), the first opening on the council's decision in the genitive
_BLOCKS = ("1 Referat fra kommunalbestyrelsen Kommunalbestyrelsen 7. maj 2025 Åben {heading} Punkt 9 udsættes. "
           "Godkendt. Jonas Kvist var fraværende. Åben Indstilling Direktionen indstiller, at kommunalbestyrelsen "
           "godkender regnskabet for havnen. Beslutning Godkendt. Jonas Kvist var fraværende. Åben Indstilling "
           "Direktionen indstiller, at kommunalbestyrelsen godkender takster for havnen. Beslutning Godkendt.")


def test_status_before_a_genitive_heading_opens_an_item(tmp_path: Path) -> None:
    heading = "Kommunalbestyrelsens beslutning den 7. maj 2025"
    text = TITLED_FRAME.format(title="Referat fra kommunalbestyrelsen", pages=_BLOCKS.format(heading=heading))
    items = parse_text(tmp_path, text).to_contract()["items"]
    assert [[(d["committee"], d["date"], d["text"]) for d in it["decisions"]] for it in items] == [
        [("Kommunalbestyrelsen", "2025-05-07", "Punkt 9 udsættes. Godkendt. Jonas Kvist var fraværende.")],
        [("Kommunalbestyrelsen", "2025-05-07", "Godkendt. Jonas Kvist var fraværende.")],
        [("Kommunalbestyrelsen", "2025-05-07", "Godkendt.")],
    ]


@pytest.mark.parametrize("layout", ["lined", "transcript"])
def test_genitive_heading_in_capitals_names_its_body(tmp_path: Path, layout: str) -> None:
    # 'DEN' is the word before the heading's date, not a body's initials: the body is the genitive's (in either case:
    # the name in capitals spells the same body, and the scorer reads it so)
    got = _decisions_in(tmp_path, "HAVNEUDVALGETS BESLUTNING DEN 3. APRIL 2025\nGodkendt.", layout)
    assert [(body.casefold(), *rest) for body, *rest in got] == [("havneudvalget", "2025-04-03", "Godkendt.", [])]


def test_a_small_word_in_capitals_is_no_bodys_initials() -> None:
    assert [is_body_name(t) for t in ("DEN", "OG", "TIL", "ØU", "KB", "BUU", "ØU/KB")] == [
        False, False, False, True, True, True, True]
