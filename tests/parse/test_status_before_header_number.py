"""An item's status printed before its header's number inside a transcript page line ('… Beslutning Godkendt. Åbent
punkt 4. Salg af grund …'): the status opens the next header (inline_headers._STATUS_BEFORE), so the decision that
ends the body before it stays 'Godkendt.' (before: 'Godkendt. Åbent punkt'). Invented minutes, Danish."""
from __future__ import annotations

from pathlib import Path

import pytest

from .transcript_page import parse_items_on_pages

_TITLES = ["Tilskud til foreningen Ungdomshuset", "Budgetopfølgning pr. 31. marts", "Vintervedligehold af stier"]
_BODY = ("Sagsfremstilling Forvaltningen har udarbejdet et notat om sagen til udvalgets medlemmer. Indstilling "
         "Forvaltningen indstiller, at sagen godkendes. Beslutning Godkendt.")


@pytest.mark.parametrize("status", ["Åbent punkt", "Åben sag:", "Åbent"])
def test_the_status_before_the_number_opens_the_next_header(tmp_path: Path, status: str) -> None:
    items = [f"{status} {n}. {t} {_BODY}" for n, t in enumerate(_TITLES, 7)]
    doc = parse_items_on_pages(tmp_path, items)
    expected = [(str(n), t, True) for n, t in enumerate(_TITLES, 7)]
    assert [(it.number, it.title, it.public) for it in doc.items] == expected
    assert [[d.text for d in it.decisions] for it in doc.items] == [["Godkendt."]] * 3


def test_a_name_ending_the_title_stays_before_the_bodys_cue(tmp_path: Path) -> None:
    """A flattened run's overlong span ends its title at the body's cue within a title's length
    (chain_entries: 'Tilskud til foreningen Ungdomshuset Sagsfremstilling Forvaltningen har …'); before, it was split
    before the first capitalised word after small ones, and the name was lost ('Tilskud til foreningen')."""
    items = [f"{n}. {t} {_BODY}" for n, t in enumerate(_TITLES, 7)]
    doc = parse_items_on_pages(tmp_path, items)
    assert [(it.number, it.title) for it in doc.items] == [(str(n), t) for n, t in enumerate(_TITLES, 7)]


def test_the_bodys_cue_past_a_finished_sentence_ends_no_title(tmp_path: Path) -> None:
    """A body that opens on prose with no heading ('… marts 2024 I 2023 blev der bevilget 200.000 kr. Sagen har …
    Indstilling …'): the cue lies past a finished sentence, which no title holds, so the title is not taken up to it."""
    body = ("I 2023 blev der bevilget 200.000 kr. til formålet. Sagen har været drøftet med de berørte parter. "
            "Indstilling Forvaltningen indstiller, at sagen godkendes. Beslutning Godkendt.")
    items = [f"{n}. {t} {body}" for n, t in enumerate(_TITLES, 7)]
    doc = parse_items_on_pages(tmp_path, items)
    assert ("8", "Budgetopfølgning pr. 31. marts") in [(it.number, it.title) for it in doc.items]
