"""A dated decision heading with its text run onto its line, whatever the text's first word, and decision headings
printed in capitals whose date names its month in capitals too. Invented pages (minutes_page.MINUTES); no real text
copied."""
from __future__ import annotations

import pytest

from .minutes_page import MINUTES
from .transcript_page import parse_text


def _first_decisions(tmp_path, block: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse_text(tmp_path, MINUTES.format(block=block))
    return [((d.committee or "").casefold() or None, d.date, d.text) for d in doc.items[0].decisions]


@pytest.mark.parametrize("head", [
    "Beslutning i Økonomiudvalget den 12.03.2024",
    "Beslutning i Økonomiudvalget den 12. marts 2024.",
    "BESLUTNING I ØKONOMIUDVALGET DEN 12-03-2024",
    "Økonomiudvalgets beslutning den 12-03-2024",
])
@pytest.mark.parametrize("text", ["Forslaget blev vedtaget med 5 stemmer mod 2.", "Sagen blev udsat til næste møde."])
def test_a_dated_heading_with_any_text_run_onto_its_line(tmp_path, head, text):
    """Before, only an outcome's first word ('… den 12.03.2024 Godkendt.') parted the heading from its text; any other
    sentence left the line a heading with no text, and the decision was lost."""
    assert _first_decisions(tmp_path, f"{head} {text}") == [("økonomiudvalget", "2024-03-12", text)]


def test_a_heading_and_a_title_in_lower_case_after_it_are_no_decision(tmp_path):
    """'Beslutning i Byrådet den 12.03.2024 om …' goes on in lower case: a sentence, no heading with its text."""
    assert _first_decisions(tmp_path, "Beslutning i Byrådet den 12.03.2024 om salg af grunden skal forelægges igen.") \
        == []


@pytest.mark.parametrize(("head", "body"), [
    ("BEHANDLET I ØKONOMIUDVALGET DEN 12. MARTS 2024", "økonomiudvalget"),
    ("BESLUTNING FRA MØDET DEN 12. MARTS 2024", "økonomiudvalget"),
    ("BESLUTNING I BYRÅDET DEN 20. MARTS 2024", "byrådet"),
    ("BESLUTNING I BYRÅDET DEN 20. MARTS 2024 KL. 16.00", "byrådet"),
    ("BESLUTNING DEN 12. MARTS 2024", "økonomiudvalget"),
    ("BESLUTNING I ØKONOMIUDVALGET, TIRSDAG DEN 12. MARTS 2024", "økonomiudvalget"),
])
def test_a_heading_in_capitals_with_its_month_in_capitals(tmp_path, head, body):
    """Before, the month's name was read in lower case only where a heading's pattern took a date from dates.DATE_ANY
    (its flag for case left behind with it): 'BEHANDLET I ØKONOMIUDVALGET …' was no heading and 'BESLUTNING FRA MØDET …'
    named the body 'MØDET'."""
    want = "2024-03-20" if body == "byrådet" else "2024-03-12"
    assert _first_decisions(tmp_path, f"{head}\nForslaget blev vedtaget.") == [(body, want, "Forslaget blev vedtaget.")]


@pytest.mark.parametrize("text", ["ANBEFALES OVER FOR BYRÅDET.",
                                  "GODKENDT MED DEN ÆNDRING, AT PLANEN TRÆDER I KRAFT 1. MAJ."])
def test_an_outcome_in_capitals_is_the_decisions_text(tmp_path, text):
    """An outcome printed in capitals, its words after the outcome's word and its full stop, is the decision's text, as
    'GODKENDT.' alone was. Before, as a line of capitals it ended the decision before its first line, and the decision
    was lost."""
    assert _first_decisions(tmp_path, f"Beslutning\n{text}") == [("økonomiudvalget", "2024-03-12", text)]
