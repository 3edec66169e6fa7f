"""Readings made linear for long flattened pages answer as the slicing readings they replaced: each is checked
against that reading (kept here as the reference) on many small texts, edge cases first. No prediction may change
with them; a difference here would be one."""
from __future__ import annotations

import random
import re

import pytest

from sagsgang.parse import glued_headers, header_runs, label_shapes, number_chain, title_split
from sagsgang.parse.glued_headers import _first_at
from sagsgang.parse.lines import Line
from sagsgang.parse.list_entry import MAX_SPAN, MAX_STEP, ListEntry, TitleSpans
from sagsgang.parse.number_candidates import Candidate, candidates
from sagsgang.parse.number_chain import _best_chain, _pair_score
from sagsgang.parse.run_in_headings import text_begins
from sagsgang.parse.run_slots import in_slot, inside_sentence, stripped_end, word_at

from .corpus_pages import _extra_split, corpus_file, extra_page

_ALPHABET = "ab Æ1:.,!?\n\t 2 Begrundelse"


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 24))) for _ in range(n)]


def _in_slot_by_slices(before: str, labels: frozenset[str]) -> bool:
    before = before.rstrip(":")
    return not before or before.isdigit() or before[-1] in ".!?" or any(
        before.endswith(x) and (len(before) == len(x) or before[-len(x) - 1] == " ") for x in labels)


def _inside_sentence_by_slices(label: str, run: str, labels: tuple[str, ...]) -> bool:
    for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", run):
        before = run[: m.start()].rstrip()
        if before and not before.isdigit() and before[-1] not in ".!?:" \
                and not any(before.endswith(" " + x) for x in labels):
            return True
    return False


def test_in_slot_reads_the_prefix_in_place() -> None:
    labels = frozenset({"Begrundelse", "b"})
    for run in ["", " ", "12 :", "2  ", "a. ", "x Begrundelse: ", "Begrundelse", "² ", "1²3 ", *_texts(400, 1)]:
        for end in range(len(run) + 1):
            assert in_slot(run, stripped_end(run, end), labels) == _in_slot_by_slices(run[:end].rstrip(), labels)


def test_inside_sentence_reads_the_prefix_in_place() -> None:
    for run in ["2 Begrundelse Direktøren", "i Begrundelse x", "b Begrundelse", "² Begrundelse", *_texts(400, 2)]:
        for label in ("Begrundelse", "a", "b"):
            assert inside_sentence(label, run, ("b",)) == _inside_sentence_by_slices(label, run, ("b",))


def test_word_at_is_the_first_word_of_the_rest() -> None:
    for run in ["Begrundelse Direktøren", "a\tb", *_texts(200, 3)]:
        for at in range(len(run)):
            if not run[at].isspace():
                assert word_at(run, at) == run[at:].split(maxsplit=1)[0]


def test_word_before_is_the_last_word_of_the_prefix() -> None:
    for span in ["", " ", "a", "ved  Nørlev Strandvej", *_texts(300, 4)]:
        for at in range(len(span) + 2):
            assert title_split._word_before(span, at) == (span[:at].split()[-1:] or [""])[0]


@pytest.mark.parametrize("line", ["Tekst 23. juni 201586. Godkendelse af dagsorden", "86. Godkendelse af dagsorden",
                                  "186. Godkendelse af 86. Godkendelse af dagsorden", "x86.Godkendelse af dagsorden",
                                  "punkt86. godkendelse AF dagsorden 86. Godkendelse af dagsorden"])
def test_glued_header_found_where_its_number_stands(line: str) -> None:
    entry = ListEntry("86", "Godkendelse af dagsorden", True, 0, 0)
    lead, pattern = glued_headers._glued_head(entry)
    found, searched = _first_at(line, lead, pattern), pattern.search(line)
    assert (found and found.span()) == (searched and searched.span())


def test_glued_header_cut_off_the_line_before_it() -> None:
    lines = [Line("Indhold 23. juni 201586. Godkendelse af dagsorden Sagsnr.: 1", 0)]
    entries = [ListEntry("86", "Godkendelse af dagsorden", True, 0, 0)]
    assert [ln.text for ln in glued_headers.split_glued_headers(lines, entries)] == \
        ["Indhold 23. juni 2015", "", "86. Godkendelse af dagsorden Sagsnr.: 1"]


def test_text_begins_asks_the_date_of_digits_only() -> None:
    date = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+\d")
    dashes = re.compile(r"[-–—]{2,}(?=\s+[A-ZÆØÅ]|\s*$)|[-–—]\s*$")
    for text in ["Beslutning 12.03.2024 12 mio.", "a 1 b", "x --- Y", "x - ", "٣.٣.٢٠٢٤ ١", *_texts(200, 5)]:
        for at in range(len(text)):
            expected = not date.match(text, at) and (text[at].isupper() or text[at].isdecimal()
                                                      or bool(dashes.match(text, at)))
            assert text_begins(text, at) == expected


def _best_chain_asking_every_gap(cands: list[Candidate], text: str) -> list[Candidate]:
    """_best_chain as it read before it left out the links that could not win: every gap asked."""
    n = len(cands)
    score, back = [1.0] * n, [-1] * n
    spans = TitleSpans(text)
    for i in range(n):
        for j in range(i - 1, -1, -1):
            ci, cj = cands[i], cands[j]
            if ci.pos - cj.pos > MAX_SPAN * 4:
                break
            step = ci.num - cj.num
            span = ci.pos - cj.end
            if not 1 <= step <= 2 * MAX_STEP or span <= 1 or span > MAX_SPAN * step \
                    or not spans.holds(cj.end, ci.pos):
                continue
            seen = number_chain._gap_titles(text[cj.end:ci.pos], step)
            if seen is not None and _pair_score(score[j], step, seen) > score[i]:
                score[i], back[i] = _pair_score(score[j], step, seen), j
    if not n:
        return []
    k, chain = max(range(n), key=lambda m: (score[m], -m)), []
    while k >= 0:
        chain.append(cands[k])
        k = back[k]
    return chain[::-1]


def test_best_chain_as_when_every_gap_was_asked() -> None:
    corpus_file("extra/split.tsv")
    for name in sorted(name for name, split in _extra_split().items() if split == "tune"):
        lined = extra_page(name).read_text(encoding="utf-8")
        for t in (lined, lined.replace("\n", " ")):  # flattened too: long gaps, many links that cannot win
            cands = candidates(t)
            for end in (len(cands), len(cands) // 2):  # (chains ending elsewhere as well)
                assert [c.pos for c in _best_chain(cands[:end], t)] == \
                    [c.pos for c in _best_chain_asking_every_gap(cands[:end], t)], name


def test_a_link_scores_highest_where_its_gap_shows_every_title() -> None:
    for step in range(1, 12):
        best = _pair_score(2.5, step, step - 1)
        assert all(_pair_score(2.5, step, seen) < best for seen in range(step - 1))


def test_repeatable_label_reads_the_shape_first() -> None:
    assert label_shapes.repeatable_label("Begrundelse")
    assert not label_shapes.repeatable_label("Hans Pedersen")
    assert not label_shapes.repeatable_label("en lang række af ord som ingen overskrift har")


def _longest_rising_asking_every_pair(nums: list[int]) -> list[int]:
    """The longest rising run as _headed_chain read it before: every earlier header asked for each."""
    count, back = [1] * len(nums), [-1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if 1 <= nums[i] - nums[j] <= MAX_STEP and count[j] + 1 > count[i]:
                count[i], back[i] = count[j] + 1, j
    run, k = [], max(range(len(nums)), key=lambda m: (count[m], -m)) if nums else -1
    while k >= 0:
        run.append(k)
        k = back[k]
    return run[::-1]


def test_longest_rising_run_as_when_every_pair_was_asked() -> None:
    rnd = random.Random(6)
    cases = [[], [1], [3, 1, 2], [1, 2, 2, 3], [5, 1, 2, 9, 3, 10, 4], [1, 8, 2, 15, 3]]
    cases += [[rnd.randrange(1, 30) for _ in range(rnd.randrange(0, 40))] for _ in range(500)]
    for nums in cases:
        assert header_runs._longest_rising(nums) == _longest_rising_asking_every_pair(nums), nums
