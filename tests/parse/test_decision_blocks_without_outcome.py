"""Decision blocks in the shapes a Danish minute prints beside or instead of an outcome (issue 11), on an invented
page read three ways: with its lines, flattened (each page one long line) and as a PDF transcript. By the annotation
rules a block that only records attendance is no decision, and the line below an empty absence label is the label's
value, not the outcome's text."""
from __future__ import annotations

from pathlib import Path

import pytest

from sagsgang.model import Document

from .flattening import flattened_text
from .transcript_page import parse_text, viewer_text

PAGE = """Referat
Teknik- og Miljøudvalget
Mødedato: 12. marts 2027
Mødested: Rådhuset, mødelokale 2
Medlemmer: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (C)

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Renovering af Skovvej
Sagsnr.: 27/1234
Sagsfremstilling
Forvaltningen har udarbejdet et forslag til renovering af vejen og dens fortove.
Indstilling
Forvaltningen indstiller, at forslaget godkendes.
{block}

3. Eventuelt
Beslutning
Intet.
"""


def _as_transcript(text: str) -> str:
    """The page as a PDF transcript: its lines run together into two page lines."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    half = len(lines) // 2
    return viewer_text("Referat Teknik- og Miljøudvalget", " ".join(lines[:half]), " ".join(lines[half:]))


FORMS = {"lined": lambda t: t, "flattened": lambda t: flattened_text(t, 1200), "transcript": _as_transcript}


def parse_block(tmp_path: Path, block: str, form: str) -> Document:
    return parse_text(tmp_path, FORMS[form](PAGE.format(block=block)))


def item(doc: Document, number: str):
    return next(it for it in doc.items if it.number == number)


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("block", [
    "Beslutning\nDer var ingen afbud",
    "Beslutning\nFraværende: -\nDer var ingen afbud.",
    "Beslutning\nAlle medlemmer var til stede.",
    "Beslutning\nUdvalget var fuldtalligt.",
])
def test_a_block_saying_nobody_was_away_is_no_decision(tmp_path, block, form):
    doc = parse_block(tmp_path, block, form)
    assert item(doc, "2").decisions == []
    assert [d.text for d in item(doc, "3").decisions] == ["Intet."]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_nobody_away_beside_an_outcome_stays_in_the_decision(tmp_path, form):
    [d] = item(parse_block(tmp_path, "Beslutning\nGodkendt.\nDer var ingen afbud.", form), "2").decisions
    assert d.text == "Godkendt. Der var ingen afbud."


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize(("value", "absent"), [
    ("Bo Jensen havde meldt afbud - Karl Berg var indkaldt som suppleant.", ["Bo Jensen"]),
    ("Bo Jensen (V) var fraværende.", ["Bo Jensen (V)"]),
])
def test_an_absence_sentence_below_an_empty_label_is_the_labels_value(tmp_path, value, absent, form):
    [d] = item(parse_block(tmp_path, f"Beslutning\nFraværende:\n{value}\nGodkendt.", form), "2").decisions
    assert (d.text, d.absent) == ("Godkendt.", absent)


@pytest.mark.parametrize("label", ["Referat", "Protokol"])
def test_a_record_label_left_at_a_decisions_end_is_not_its_text(tmp_path, label):
    """The site's tab over the next item's record ('Referat' / 'Sagsfremstilling') after a blank line."""
    block = f"Beslutning i Teknik- og Miljøudvalget den 12-03-2027\nAnbefales.\n\n\n{label}\nSagsfremstilling"
    [d] = item(parse_block(tmp_path, block, "lined"), "2").decisions
    assert d.text == "Anbefales."


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_bodys_name_alone_after_the_outcomes_last_sentence_is_not_its_text(tmp_path, form):
    """The label of what the page prints next (the body a proposal goes to), run onto the outcome."""
    [d] = item(parse_block(tmp_path, "Beslutning\nGodkendt.\nØkonomiudvalget", form), "2").decisions
    assert d.text == "Godkendt."
