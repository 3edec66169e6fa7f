"""TitleSpans answers holds_titles for a span of one text from positions found once: the same answer as
holds_titles on the cut span, look-behinds at the span's edge included (the run finder relies on it to stay
fast on long pages without changing a prediction)."""
from __future__ import annotations

import random

from sagsgang.parse.list_entry import TitleSpans, holds_titles

# pieces that meet the patterns' edges: labels behind 'Lukke'/'Åbe'/'Åben', cue words behind 'åbne '/'lukkede '
_PIECES = ["Lukke", "Lukket: ", "Åben: ", "Åbe", "x: ", "a: b: ", "åbne ", "ÅBNE ", "lukkede ", "LUKKEDE ",
           "Dagsordenspunkter", "dagsordenspunkter", "INDHOLDSFORTEGNELSE", "Indholdsfortegnelse", " ", "Q",
           "1: ", "\n", "é: "]


def _mismatches(text: str) -> list[tuple[int, int]]:
    spans = TitleSpans(text)
    return [(a, b) for a in range(len(text) + 1) for b in range(a, len(text) + 1)
            if spans.holds(a, b) != holds_titles(text[a:b])]


def test_every_span_of_random_texts_agrees_with_holds_titles():
    rng = random.Random(7)
    texts = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 10))) for _ in range(300)]
    assert [t for t in texts if _mismatches(t)] == []


def test_a_look_behind_cut_off_by_the_span_no_longer_guards():
    text = "Lukket: Salg af grund Mødedato: 1. maj Lukkede dagsordenspunkter"
    spans = TitleSpans(text)
    at = text.index("t: ")
    # whole: 'Lukket: ' is a closed title's mark, so one label only; cut inside 'Lukke' the guard is gone
    assert spans.holds(0, len(text)) is holds_titles(text)
    assert spans.holds(at - 1, len(text)) is holds_titles(text[at - 1:]) is False
    cue = text.index("dagsordenspunkter")
    assert spans.holds(cue - 8, len(text)) is holds_titles(text[cue - 8:]) is True
    assert spans.holds(cue - 3, len(text)) is holds_titles(text[cue - 3:]) is False
