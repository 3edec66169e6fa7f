"""Items counted in letters or roman numerals after an item's label ('Pkt. B Title', 'Punkt IV Title'), and counted or
bracketed items whose title opens with the paragraph sign ('[2] § 17-udvalg …'), on a page
flattened into transcript page lines (benchmarks/parse_accuracy/number_forms.py num-pkt-letter and num-punkt-roman,
flat): the lined reader reads the count after the label as an item's number (header_patterns.LABELLED_START); the flat
list reader read only a count with its own stop ('B.', 'IV.'). Invented pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import ITEM_BODY, parse_transcript

TITLES = ["Godkendelse af dagsorden", "§ 17-udvalg om klima - udpegning af medlem", "Trafiksikkerhedsplan 2025",
          "Orientering fra formanden"]


@pytest.mark.parametrize("label,signs", [("Pkt.", ["A", "B", "C", "D"]), ("Punkt", ["I", "II", "III", "IV"])])
def test_a_flattened_contents_list_counted_after_the_items_label(tmp_path: Path, label: str, signs: list[str]):
    # the list only, its bodies on later pages not in the excerpt: no count is printed twice, so only the label
    # tells the first entry's count from a name's initial
    listed = " ".join(f"{label} {s} {t}" for s, t in zip(signs, TITLES, strict=True))
    doc = parse_transcript(tmp_path, f"Indholdsfortegnelse {listed}")
    assert [(it.number, it.title) for it in doc.items] == list(zip(signs, TITLES, strict=True))


@pytest.mark.parametrize("label,signs", [("Pkt.", ["A", "B", "C", "D"]), ("Punkt", ["I", "II", "III", "IV"])])
def test_labelled_counts_over_their_bodies(tmp_path: Path, label: str, signs: list[str]):
    # the list and the headers on one flattened line: each header's title ran on into its body, its case lost
    listed = " ".join(f"{label} {s} {t}" for s, t in zip(signs, TITLES, strict=True))
    heads = " ".join(f"{label} {s} {t} {ITEM_BODY.format(n=100 + k)}"
                     for k, (s, t) in enumerate(zip(signs, TITLES, strict=True)))
    doc = parse_transcript(tmp_path, f"Dagsordenspunkter {listed} {heads}")
    assert [(it.number, it.title) for it in doc.items] == list(zip(signs, TITLES, strict=True))
    assert [it.case_numbers for it in doc.items] == [[f"16/{100 + k}"] for k in range(4)]


def test_a_label_before_a_capital_in_prose_counts_no_item(tmp_path: Path):
    # 'Punkt A' once in a decision's text, no run counting from it
    body = ITEM_BODY.replace("Godkendt.", "Punkt A Godkendt, punkt B udsat.")
    doc = parse_transcript(tmp_path, f"1. Godkendelse af dagsorden {body.format(n=1)} 2. Eventuelt Beslutning Intet.")
    assert [it.number for it in doc.items] == ["1", "2"]


@pytest.mark.parametrize("marks", [["[1]", "[2]", "[3]", "[4]"], ["I.", "II.", "III.", "IV."],
                                   ["A.", "B.", "C.", "D."]])
def test_a_counted_or_bracketed_title_may_open_with_the_paragraph_sign(tmp_path: Path, marks: list[str]):
    # '[2] § 17-udvalg …': a title behind a bracketed number or a count was looked for in a capital only, so the run
    # broke at it (its entry ran into the title before)
    listed = " ".join(f"{m} {t}" for m, t in zip(marks, TITLES, strict=True))
    heads = " ".join(f"{m} {t} {ITEM_BODY.format(n=100 + k)}" for k, (m, t) in enumerate(zip(marks, TITLES,
                                                                                            strict=True)))
    doc = parse_transcript(tmp_path, f"Dagsordenspunkter {listed} {heads}")
    assert [(it.number, it.title) for it in doc.items] == [(m.strip("[].)"), t) for m, t in zip(marks, TITLES,
                                                                                                  strict=True)]
