"""The best run of rising item numbers among the candidates, and which of its numbers are pages instead.

A list's numbers rise by one, or skip where extraction lost some; between two of them stand the titles of the numbers
lost. The run is scored by the numbers it explains minus those it must assume lost, a gap counting as explained where
its text shows as many titles (sure title starts, or a page column's rising pages). After the run is chosen, numbers
that a contents list's page column put into it (bare numbers among marked ones, a last line's page) are taken out and
the run read again. Its own module: scoring a run is one job that both the list reader and the entry cutter ask
(how many titles a gap shows), and it asks nothing of them.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .dashes import SPACED_DASH
from .list_entry import MAX_SPAN, MAX_STEP, TitleSpans
from .number_candidates import ITEM_LABEL_BEFORE, Candidate
from .page_column import PAGE_BEFORE_TITLE
from .title_split import boundaries
from .title_tidy import BODY_CUE


def _best_chain(cands: list[Candidate], text: str) -> list[Candidate]:
    """The longest run of rising numbers (steps of 1 to MAX_STEP) with short spans between them.

    Scored by the numbers it explains minus the ones it has to assume lost."""
    n = len(cands)
    score = [1.0] * n
    back = [-1] * n
    spans = TitleSpans(text)
    for i in range(n):
        ci = cands[i]
        for j in range(i - 1, -1, -1):
            cj = cands[j]
            if ci.pos - cj.pos > MAX_SPAN * 4:
                break
            step = ci.num - cj.num
            if not 1 <= step <= 2 * MAX_STEP:
                continue
            span = ci.pos - cj.end
            # a tie: the entry's number before its title, not a title's own number (_title_follows); the link
            # then goes on to the check below, which a tie does not pass
            back[i] = j if step == 1 and back[i] >= 0 and _pair_score(score[j], 1, 0) == score[i] \
                and 1 < span <= MAX_SPAN and _title_follows(cj, cands[back[i]], text) \
                and spans.holds(cj.end, ci.pos) else back[i]
            if span <= 1 or span > MAX_SPAN * step or _pair_score(score[j], step, step - 1) <= score[i] \
                    or not spans.holds(cj.end, ci.pos):
                continue  # (nor a pair that could not beat the best link found, were its gap to show every title)
            seen = _gap_titles(text[cj.end:ci.pos], step)
            if seen is None:
                continue
            s = _pair_score(score[j], step, seen)
            if s > score[i]:
                score[i], back[i] = s, j
    if not n:
        return []
    best = max(range(n), key=lambda k: (score[k], -k))
    chain = []
    k = best
    while k >= 0:
        chain.append(cands[k])
        k = back[k]
    return chain[::-1]


def _title_follows(c: Candidate, taken: Candidate, text: str) -> bool:
    """Words follow candidate `c` where another number follows `taken`, the candidate of the same number the run
    took ('… 3 2 Budgetopfølgning 2 2027, Teknisk Udvalg 5 3 …': the title's own '2' before its year). Where two
    candidates of one number link a run equally well, the nearer (the one the run takes) may be a number inside the
    entry's title; the run then takes the other, which its title's first word follows. Why across publishers: an
    entry's number stands before its title's words, while a number a title prints goes with the year, count or
    page after it; a page column's page is followed by the next entry's number, but a page is never the number
    the run wants there (the next entry's number is nearer, and taken first). The year may stand in brackets
    ('Budgetopfølgning 2 (2027) Teknisk Udvalg')."""
    def before_number(x: Candidate) -> bool:
        return text[x.end:x.end + 8].lstrip().lstrip("(")[:1].isdigit()
    return before_number(taken) and not before_number(c) or _header_shape_beats(c, taken, text)


# what stands right before a header's number: an item's label ('Punkt 4:', 'Pkt. 4') or a sentence's end ('…
# Godkendt. 4. Salg …'); not a line's start, where a transcript's page line prints its own number ('2 Udvalget
# 13-06-2022 Side 2 …')
_HEADER_BEFORE = re.compile(rf"(?:{ITEM_LABEL_BEFORE.pattern})|[.!?:]\s+$")
# a bare number right behind a word of a title: an address or a count the title prints ('… på Industrivej 4')
_AFTER_WORD = re.compile(r"[A-ZÆØÅa-zæøå]\s+$")


def _header_shape_beats(c: Candidate, taken: Candidate, text: str) -> bool:
    """`c` stands where a header's number does (behind an item's label or a sentence's end) and
    `taken`, a later number of the same value on the same line, is bare behind a title's word ('Godkendt. Punkt 4:
    Salg af grund på Industrivej 4 Sagsfremstilling …'): the address closes the title that `c` opens. Why across
    publishers: a header's number is set off from the text before it, a title's own number goes with the word
    before it; the nearer one (the address) was taken where both link the run alike."""
    if taken.pos <= c.pos or "\n" in text[c.pos:taken.pos] or taken.end != taken.pos + len(taken.printed):
        return False
    # (not where the later one is a header's too, its title repeated under its link: behind an item's label
    # ('Punkt 100: Beslutninger om dagsordenen Punkt 100 Beslutninger …') or before the same words ('101 - Meddelelser
    # fra formanden 101 Meddelelser fra formanden'))
    return bool(_HEADER_BEFORE.search(text, max(0, c.pos - 14), c.pos)) \
        and bool(_AFTER_WORD.search(text, max(0, taken.pos - 3), taken.pos)) \
        and not _HEADER_BEFORE.search(text, max(0, taken.pos - 14), taken.pos) \
        and _words_after(text, c.end) != _words_after(text, taken.end)


def _words_after(text: str, at: int) -> list[str]:
    """The first three words after a number and its stop: a header's title as it opens."""
    return text[at:at + 80].lstrip(" .:)-–").split()[:3]


def _pair_score(before: float, step: int, seen: int) -> float:
    """A chain's score linked on by a number `step` after its last, its gap showing `seen` titles: highest where
    the gap shows every title its lost numbers stood for, so _best_chain asks no gap's titles of a link that
    could not beat the best one found even then (reading the gap is the costly part)."""
    return before + 1 - 0.6 * (step - 1 - seen) - 0.15 * seen


_LABELLED_NUMBER = re.compile(r"\b(?i:punkt|pkt\.?|sag|side)\s+\d{1,3}\b")


def _gap_titles(span: str, step: int) -> int | None:
    """How many titles the gap between two numbers `step` apart shows (titles_seen); None for a gap longer than
    MAX_STEP whose page column does not show every title its lost numbers stood for. The column, a few regex
    matches, is asked first there: splitting the gap's words is the costly reading, and a long chain of numbers
    asks it of many gaps."""
    if step <= MAX_STEP:
        return titles_seen(span, step)
    return step - 1 if paged_titles_seen(span) >= step - 1 else None


def titles_seen(span: str, step: int) -> int:
    """How many of the `step - 1` titles a gap in a list's numbers stands for its text shows: sure title
    starts (boundaries) between the two numbers. A gap its titles fill is numbers lost in print, not
    a number of some other run ('3 Budget … Vindmøller 5 Status …': item 4's number lost)."""
    if step == 1 or BODY_CUE.search(span) and not case_cells(span, step) or _LABELLED_NUMBER.search(span):
        # an item's body between two headers ('1. … Sagsnr.: … Beslutning …'), or the numbers of another
        # run ('Side 4 Budgetopfølgning Punkt 3 Side 6': pages, the items' own numbers between): no titles
        return 0
    starts = _sure_starts(" ".join(span.split()))
    return step - 1 if starts >= step - 1 else max(starts, min(step - 1, paged_titles_seen(span)))


def case_cells(span: str, step: int | None = None) -> bool:
    """The span's only body cues are a contents table's case column ('… Højer Sagsnr. 24/1256 Tønder Sport …
    Sagsnr. 24/1263 Ansøgning …'): two labels or more, each before its case number, no more of them than the
    entries a gap `step` wide holds (its first number's and the lost ones'; a flattened list's last span: any
    number). A body between two headers prints one label, and its text's headings ('Sagsfremstilling',
    'Beslutning') besides; boundaries then parts the titles at each cell."""
    cues = list(BODY_CUE.finditer(span))
    return 2 <= len(cues) <= (step or len(cues)) and all(CASE_CELL.match(span, m.start()) for m in cues)


# a case-number label with its number, as a contents table's case column prints it ('Sagsnr. 24/1256')
CASE_CELL = re.compile(rf"\s+(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*{CASE_FORM.pattern}")


@functools.lru_cache(maxsize=4096)
def _sure_starts(span: str) -> int:
    """How many sure title starts (boundaries scoring 1 or more) a gap's words show. Cached by the gap's text:
    a long page asks it of the same gap again and again (every candidate pair of _best_chain, and the item list
    is read more than once per parse: meeting test, document, cut page lines), and splitting the words is the
    costly reading. Keyed by the text alone, so no answer can leak from one document to another."""
    return sum(1 for score, _, _ in boundaries(span) if score >= 1.0)


def paged_titles_seen(span: str) -> int:
    """How many titles a gap's page column shows: the rising bare pages that each end a title before the next
    title's first word ('… orienterer 12 Frigivelse af midler 13' / '3 Renovering af skolen 14 Privat arv …');
    0 where they do not rise (numbers of a title's own, not a page column)."""
    pages = [int(m.group(1)) for m in PAGE_BEFORE_TITLE.finditer(span)]
    return len(pages) if len(pages) >= 2 and pages == sorted(pages) else 0


def item_chain(cands: list[Candidate], text: str) -> list[Candidate]:
    """The best run of item numbers, read again without the page numbers it took (_pages_in_chain)."""
    chain = _best_chain(cands, text)
    pages = _pages_in_chain(chain, text, cands)
    return _without_last_line_page(_best_chain([c for c in cands if id(c) not in pages], text) if pages else chain,
                                   text)


# the bare number that ends a line of a contents list, its page: 'Budget<TAB>4' (the tab a space), 'Budget side 4'
_LINE_END_PAGE = re.compile(r"\S(?:\s+(?i:side|s\.))?\s+(\d{1,3})[ \t]*$")


def _line_end_page(text: str, c: Candidate) -> int | None:
    """The page that ends the line candidate `c` stands on, after a title behind it (_LINE_END_PAGE); None where
    the line ends otherwise."""
    end = text.find("\n", c.pos)
    m = _LINE_END_PAGE.search(text, c.end, end if end >= 0 else len(text))
    return int(m.group(1)) if m else None


def _without_last_line_page(chain: list[Candidate], text: str) -> list[Candidate]:
    """A lined contents list printing each entry's page at its line's end ('1<TAB>Budget<TAB>4', 'Pkt. 2 Budget side
    4') without its last line's page: the pages of the other lines are read as pages (the next line's number follows
    them), but the last one, with a title below it (the first body's heading alone: 'Salg af grund 6' / 'Godkendelse
    af dagsorden'), was taken for one more item. A number that ends the line the run's last entry opens, after a
    title, and goes on rising from the pages ending the run's other lines (each its own line, two or more) is that
    line's page, no item."""
    if len(chain) < 3:
        return chain
    last, opener = chain[-1], chain[-2]
    line_end = text.find("\n", last.end)
    if last.end != last.pos + len(last.printed) or "\n" in text[opener.pos:last.pos] \
            or text[last.end: line_end if line_end >= 0 else len(text)].strip():
        return chain
    if any("\n" not in text[a.pos:b.pos] for a, b in zip(chain[:-2], chain[1:-1], strict=True)):
        return chain  # not one entry a line: a flattened list (_without_closing_page)
    pages = [_line_end_page(text, c) for c in chain[:-1]]
    if None in pages or any(b <= a for a, b in zip(pages, pages[1:], strict=False)) or pages[-1] != last.num:
        return chain
    return chain[:-1]


def _pages_in_chain(chain: list[Candidate], text: str, cands: list[Candidate]) -> set[int]:
    """The bare numbers of a run whose other numbers print their full stop ('2. Orientering om vejarbejder
    4 Budgetopfølgning 6 4. Trafikplan 7 …'), each right after a title's last word: the page column of a
    list whose item numbers were partly lost, not items (a list prints its numbers one way). Ids of the
    candidates, empty when the run prints its numbers one way or hardly marks them. A bare number between a
    closed marker and its title ('Lukket - 21 Ejendomssag', _STATUS_DASH) is one of that column too."""
    def marked(c: Candidate) -> bool:  # ('3)' too: a page number prints no mark)
        return c.end > c.pos + len(c.printed) and text[c.pos + len(c.printed)] in ".)"
    dotted = [c for c in chain if marked(c)]
    if len(dotted) < 2:
        dotted = _marked_on_its_line(chain, text, cands, marked)
    # (a number behind an item's label, 'Punkt 403 Evaluering …', is an item's whatever the others print)
    bare = [c for c in chain if not marked(c) and (c.closed is None and re.search(
        r"[a-zæøå)\d]\s+$", text[max(0, c.pos - 3):c.pos]) or _STATUS_DASH.search(text, max(0, c.pos - 12), c.pos))
        and _mid_line_of_list(c, chain, text)
        and not ITEM_LABEL_BEFORE.search(text, max(0, c.pos - 12), c.pos)]
    if len(dotted) < 2 or not bare or len(bare) + len(dotted) < len(chain):
        return set()
    return {id(c) for c in bare}


# a closed entry's marker and its dash right before a bare number ('… orientering Lukket - 21 Ejendomssag'): the
# marker is the title's after it ('Lukket - Ejendomssag'), the number between them a page column read ahead of the
# titles (a list prints its numbers one way, so where the others print their mark this one's bare number is the
# page, as a bare number after a title's last word is); an item's own number after a status word prints no dash
# between them ('Lukket 12 Salg af …')
_STATUS_DASH = re.compile(rf"(?i:lukket|åben|åbent)\s+[{SPACED_DASH}]\s+$")


def _mid_line_of_list(c: Candidate, chain: list[Candidate], text: str) -> bool:
    """The number stands inside a line of the list, not at a line's start: on the run's first line, or on a
    later line of a transcript's flattened pages that the run goes on over ('… Tune Skole 27' / '3 Frigivelse af
    midler … 28 Privat arv …'), where a title's last word stands right before it."""
    line_start = text.rfind("\n", 0, c.pos)
    return line_start < chain[0].pos or text[c.pos - 1] == " " and text[line_start + 1: c.pos].strip() != ""


def _marked_on_its_line(chain: list[Candidate], text: str, cands: list[Candidate], marked: Callable[[Candidate], bool]
                        ) -> list[Candidate]:
    """The marked numbers on the line of a run that took at most one of them: a run of pages passing over the
    item numbers its titles kept ('1. Godkendelse af dagsorden 3 2. Budgetopfølgning 2 (2024) 4 Nøgletal …
    6'; the run 2 4 6 7 9 …, the list's numbers 1. 2. 7.)."""
    if not chain:
        return []
    start = text.rfind("\n", 0, chain[0].pos) + 1
    end = text.find("\n", chain[-1].pos)
    end = len(text) if end < 0 else end
    return [c for c in cands if marked(c) and start <= c.pos < end]

