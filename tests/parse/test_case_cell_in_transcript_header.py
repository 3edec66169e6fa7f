"""A transcript's item header that prints the case number between the label's number and the title ('Punkt 1
Sagsnr. 23-004411 Nye bænke ved stranden Beslutning i …'): a PDF layout with the case cell beside the label and the
title below both, its page flattened onto one line behind the running head (benchmarks/parse_accuracy/printed.py
--as-transcript, 'boxed'; the lined page's labelled_starts._case_beside_label). The listed item's body is found
behind that header, and the case number is the item's (inline_headers._CASE_CELL). Invented words."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_transcript

HEAD = "Østerby Kommune · Strandudvalget · 03.05.2023 Side {n} af 6"
TITLES = ["Nye bænke ved stranden", "Tilskud til badebroen", "Affaldsspande på molen", "Orientering fra formanden"]
DECISIONS = ["Godkendt.", "Tilskuddet blev bevilget.", "Sagen blev udsat.", "Orienteringen blev taget til efterretning"]
COVER = f"1 {HEAD.format(n=1)} Referat Strandudvalget Mødedato: 03.05.2023 Mødetidspunkt: 16:00 Mødested: Klitsalen"
CONTENTS = f"2 {HEAD.format(n=2)} Indhold Punkt Titel Side " + " ".join(
    f"{k} {t} {k + 2}" for k, t in enumerate(TITLES, 1))


def _item_page(k: int) -> str:
    return (f"{k + 2} {HEAD.format(n=k + 2)} Punkt {k} Sagsnr. 23-00{4410 + k} {TITLES[k - 1]} Beslutning i "
            f"Strandudvalget den 3. maj 2023 {DECISIONS[k - 1]} Resume Forvaltningen har skrevet et kort notat om "
            "sagen til udvalget. Indstilling Forvaltningen indstiller, at udvalget tager stilling.")


def test_the_case_cell_between_number_and_title_keeps_the_body_and_the_case(tmp_path: Path) -> None:
    doc = parse_transcript(tmp_path, COVER, CONTENTS, *(_item_page(k) for k in range(1, 5)), body="Strandudvalget")
    assert [(it.number, it.title) for it in doc.items] == [(str(k), t) for k, t in enumerate(TITLES, 1)]
    assert [it.case_numbers for it in doc.items] == [[f"23-00{4410 + k}"] for k in range(1, 5)]
    assert [[d.text for d in it.decisions] for it in doc.items] == [[d] for d in DECISIONS]
    assert [s.heading for s in doc.items[1].sections] == ["Beslutning",
                                                          "Resume", "Indstilling"]
