"""The ingest fast paths give exactly what the plain formulation they replace gives.

Each shortcut skips a regex where it cannot match, or scans only where a match can start; these
tests compare it with the straightforward version on tricky, randomly assembled strings."""
from __future__ import annotations

import random
import re

import pytest

from sagsgang.link.neardup import word_sketch
from sagsgang.parse import bodies, body_date_lines, casenumbers, dates, header_patterns, lines
from sagsgang.parse.casenumbers import matches_at
from sagsgang.read import pdf
from sagsgang.search import analyzer


def strings(pieces: list[str], n: int = 4000, most: int = 12, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, most))) for _ in range(n)]


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


NAMES = ["Aarhus", "Assens", "Norddjurs", "Frederiksberg", "Faaborg-Midtfyn", "Ærø", "Lyngby-Taarbæk", "Køge"]
WORDS = ["Kommune", "Kommunes", "Kommunal", "Byråd", "Byråds", "Byrådet", "Kommunalbestyrelsen", "Regionskommune"]
GLUE = [" ", "  ", "\n", "\u00a0", "s", "s ", " i ", "x", "-", "é", "_", ".dk", ".DK", "www.", "aarhus", "æ", "\u212a"]


def test_municipality_mentions_match_finditer():
    rnd = random.Random(2)
    near = [rnd.choice(NAMES) + rnd.choice([" ", "s ", "  ", "\n", "\u00a0", "s", ""]) + rnd.choice(WORDS)
            for _ in range(40)] + [rnd.choice(WORDS) + " i " + rnd.choice(NAMES) for _ in range(10)]
    texts = strings(near * 2 + NAMES + WORDS + GLUE, most=10)
    assert sum(1 for t in texts if bodies._MUNI_MENTION.search(t)) > 200
    for text in texts:
        assert spans(matches_at(bodies._MUNI_MENTION, text, bodies._mention_starts(text))) \
            == spans(bodies._MUNI_MENTION.finditer(text)), text
        assert spans(matches_at(bodies._MUNI_DOMAIN, text, bodies._domain_starts(text))) \
            == spans(bodies._MUNI_DOMAIN.finditer(text)), text


CASES = ["22/8164", "EMN-2025-009242", "24-003250", "21-046857K", "330-2018-3619", "00.22.00-G01-3-18",
         "2022 - 15608", "2022-0319547"]
BITS = [" ", "/", ".", "-", "_", "a", "E", "EMN", "EMN-", "1", "12", "2024", " - ", "\n", "æøå", "ØK", "aarhus",
        "økonomiudvalget", "ældreområdet", "١٢"]


@pytest.mark.parametrize("kind", ["danish", "plain"])
def test_index_text_is_the_tokens_in_order(kind):
    for text in strings(CASES + BITS):
        expected = " ".join(tok for t in analyzer.tokens(text, kind) for tok in t.all)
        assert analyzer.index_text(text, kind) == expected, text


def test_white_space_fold_and_line_end():
    for text in strings([" ", "  ", "\t", "\u00a0", "\u2001", "\u200b", "\u3000", "a", ".", "\n", "\f"], most=20):
        assert lines._WS_TO_FOLD.sub(" ", text) == lines._WS.sub(" ", text), repr(text)
        if text:
            assert bool(lines._END.search(text, len(text) - 2)) == bool(lines._END.search(text)), repr(text)


def test_baseline_characters_are_isalnum_without_descenders():
    for cp in range(0, 0x3100):
        c = chr(cp)
        assert bool(pdf._BASELINE_CHAR.match(c)) == (c.isalnum() and c not in "gjpqyQJ"), hex(cp)


def test_skipped_patterns_would_not_have_matched():
    texts = strings(["Sagsnr.", " ", "Sag", "J.nr", "Journalnr", "Acadre", "ESDH", "ſag", "Punkt", "Pkt.", "Nr.", "• ",
                     "- ", "4", "12", ":", ",", "Aarhus Byråd", "Økonomiudvalget", " 12-03-2024", "6. maj 2024",
                     ", pkt. 5", "x", "Dagsordenspunkt"], most=8)
    for t in texts:
        if not casenumbers._LABEL_START.match(t):
            assert not casenumbers.CASE_LABEL.match(t), t
        if not header_patterns.START_CHAR.match(t):
            assert not any(p.match(t) for p in (header_patterns.LABELLED_START, header_patterns.LABELLED_NUMBER_ONLY,
                                                 header_patterns.BARE_NUMBER, header_patterns.SAG_NR_START,
                                                 header_patterns.NUMBERED_START)), t
        bd = body_date_lines.BODY_DATE_LINE.match(t)
        if bd and dates.DATE_ANY.fullmatch(bd.group("date").strip()):
            assert body_date_lines.body_date_line(t) is not None, t


def test_word_sketch_is_the_bottom_k_of_word_hashes():
    import hashlib

    for text in strings(["Byrådet", " ", "vedtog", "VEDTOG", "ß", "ﬁ", "İ", "ſ", "1", "_", "-", "æble"], most=60):
        words = set(re.findall(r"\w+", text.casefold()))
        hashes = sorted({int.from_bytes(hashlib.blake2b(w.encode(), digest_size=4).digest(), "big") for w in words})
        assert word_sketch(text) == b"".join(h.to_bytes(4, "big") for h in hashes[:32]), text
