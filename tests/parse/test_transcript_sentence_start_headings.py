"""Headings in words that also open sentences ('Sagen', 'Formål', 'Behandling': headings.SENTENCE_STARTS) run into
their text on a transcript's page line. Where such a word stands alone between one sentence's stop and the next
sentence's first words ('… et notat. Formål Formålet med …'), or between an item's title and a clause's subject and
verb ('… 2024 Sagen Direktionen orienterer …'), it heads the text after it; where a sentence goes on in small letters
after it ('Sagen blev drøftet'), it is the sentence's own first word. Invented titles and wording only."""
from __future__ import annotations

from pathlib import Path

from .transcript_page import parse_items_on_pages


def _items(middle: str) -> list[str]:
    return [f"{n}. {title} Sagsnr.: 24/{n}00 Sagsfremstilling Der er skrevet et notat om sagen. {middle} "
            "Indstilling Forvaltningen indstiller, at sagen godkendes. Beslutning Godkendt."
            for n, title in enumerate(("Budget for vejene", "Plan for skolerne", "Salg af grunden ved Mosevej"), 1)]


def _sections(tmp_path: Path, items: list[str]) -> list[list[str]]:
    return [[s.heading for s in it.sections] for it in parse_items_on_pages(tmp_path, items).items]


def test_a_sentence_word_between_two_sentences_heads_the_second(tmp_path: Path) -> None:
    for word, text in (("Formål", "Formålet med planen er at spare."),
                       ("Sagen", "I forlængelse af mødet er der skrevet."), ("Behandling", "Udvalget drøfter sagen.")):
        got = _sections(tmp_path, _items(f"{word} {text}"))
        assert got == [["Sagsfremstilling", word, "Indstilling", "Beslutning"]] * 3, word


def test_a_sentence_that_goes_on_in_small_letters_keeps_its_first_word(tmp_path: Path) -> None:
    got = _sections(tmp_path, _items("Sagen blev drøftet i udvalget."))
    assert got == [["Sagsfremstilling", "Indstilling", "Beslutning"]] * 3


def test_a_sentence_word_after_the_title_before_a_clause_ends_the_title(tmp_path: Path) -> None:
    items = [f"{n}. {title} Sagen Direktionen orienterer om sagen. Indstilling Direktionen indstiller, at "
             "orienteringen tages til efterretning. Beslutning Taget til efterretning."
             for n, title in enumerate(("Budget og regnskab 2024", "Plan for skolerne", "Salg af grunden"), 1)]
    doc = parse_items_on_pages(tmp_path, items)
    assert [it.title for it in doc.items] == ["Budget og regnskab 2024", "Plan for skolerne", "Salg af grunden"]
    assert [[s.heading for s in it.sections] for it in doc.items] == [["Sagen", "Indstilling", "Beslutning"]] * 3
