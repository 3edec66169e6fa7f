"""The running header and footer inside a PDF transcript's page lines, known by their repetition.

A transcript site prints each PDF page as one long line behind its page number, so a page's running header
('Økonomiudvalget 12-05-2020 Side 3 af 20') is the first words of its line and its running footer the last
words; where a title, a decision or a fact runs over a page break, that chrome stands in the middle of it
('… Indstillingen godkendes Økonomiudvalget 12-05-2020 Side 4 af 20 med den ændring …'). Annotation rules:
page numbers and running lines are part of no field. No wording is listed (each publisher prints its own):
the same run of first words that most page lines after the first open with, or of last words that most page
lines end with, is chrome; a number inside it is the page's count where it rises with the page ('Side 3',
'Side 4'; also a PDF whose own count is offset from the viewer's, 'Side 287' on page line 3) or stays the same
('af 20'). The foot is blanked, not removed, so offsets (page provenance) stay right. The head is found but kept:
the readers of titles, contents lists and items already know a page's head (page_chrome), and blanking it before a
page's own text lost items and titles they read behind it. A run only two pages
share is chrome where a page count rises in it (two pages may share a phrase by chance), or where it is one word on
every page between the cover and an excerpt's cut last page. An item's label ending a page line ('… Godkendt.
Pkt.') whose number opens the next ('102 Ny sti …') is blanked too.
"""
from __future__ import annotations

import re

from .page_break_headers import moved_header

# a transcript's page line: its number, then the page's text (public: page_title_heads reads the same lines)
PAGE_LINE = re.compile(r"(?m)^(\d{1,3})[ \t]+(\S[^\n]*)$")
_WORD = re.compile(r"\S+")
TRANSCRIPT = "\nTranskript\n"  # the viewer's heading over the page lines
_NUMBER = re.compile(r"^\(?(\d{1,4})\)?[.:,)]?$")  # '3', '3.', '(3)', '3:'
_LEADING_NUMBER = re.compile(r"\d+")
_COUNT = re.compile(r"^(\d{1,4})/(\d{1,4})$")  # '3/20': the page of the count, its total constant
_MAX_WORDS = 14  # a running line is a few words; past that pages share text, not chrome
_SHARE = 0.6  # of the page lines compared: a running line is on most pages (an excerpt's last page may be cut)
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.)]$")  # '4.', '4)': the item a page opens with, after its head
_ITEM_LABEL = r"Pkt\.?|Punkt|Sag"  # an item's label ('Pkt. 4', 'Punkt 4', 'Sag 4')
_ITEM_START = re.compile(rf"^(?:{_ITEM_LABEL})$", re.IGNORECASE)


def _fold(word: str) -> str:
    """A word with its number folded to '#' (a number is compared by how it moves with the page)."""
    if _NUMBER.match(word) or _COUNT.match(word):
        return "#"
    return word


def _value(word: str) -> int | None:
    m = _NUMBER.match(word) or _COUNT.match(word)
    return int(m.group(1)) if m else None


def _numbers_move_with_page(run: list[tuple[int, list[str]]]) -> bool:
    """Each number of the shared run either stays the same on every page ('af 20') or rises with the page
    ('Side 3' on page line 3, 'Side 4' on page line 4, whatever the offset), and one of them at most rises: a
    page count. An item number moves otherwise, or rises as a second number where each page opens an item
    ('… Side 3 1. Budget' / '… Side 4 2. Budget')."""
    rising = 0
    for k in range(len(run[0][1])):
        values = [_value(words[k]) for _, words in run]
        if values[0] is None:
            continue
        if len({_LEADING_NUMBER.sub("", words[k], count=1) for _, words in run}) > 1:
            return False  # '24/1277' and '24/1284': the number's rest differs (a case number, no '3/20', '4/20')
        if len(set(values)) == 1:
            continue
        if len({v - page for v, (page, _) in zip(values, run, strict=True) if v is not None}) > 1:
            return False
        rising += 1
    return rising <= 1


def _shared_run(lines: list[tuple[int, list[str]]], need: int, edge: int) -> tuple[str, ...]:
    """The run of folded words at a page line's start (`edge` 1) or end (`edge` -1) that most page lines share,
    at least `need` of them, grown word by word while every one of those page lines shares the longer run too (a
    longer run that fewer pages share is a head and the item two pages happen to open with); () where there is
    none or its numbers do not move with the page."""
    best: tuple[str, ...] = ()
    pages = lines
    for k in range(1, _MAX_WORDS + 1):
        groups: dict[tuple[str, ...], list[tuple[int, list[str]]]] = {}
        for page, words in pages:
            if len(words) <= k + 2:  # a page line little more than the run: a cut page (an excerpt's end)
                continue
            cut = words[:k] if edge == 1 else words[-k:]
            groups.setdefault(tuple(_fold(w) for w in cut), []).append((page, cut))
        key, run = max(groups.items(), key=lambda kv: len(kv[1]), default=((), []))
        if len(run) < need or (k > 1 and len(run) < len(pages) and not _cover_left(pages, run, lines)) \
                or not _numbers_move_with_page(run) \
                or (edge == 1 and _opens_items(run)):
            break
        best, pages = key, [(page, words) for page, words in pages if page in {p for p, _ in run}]
    if len(pages) < 3 and not (_rises(pages, len(best), edge) or _between(pages, lines)):
        return ()  # two pages may share their last or first words by chance, not a page count that rises in them
    if edge == -1 and best and not _rises(pages, len(best), edge) and _labelled(pages, len(best)):
        return ()
    return best if _plausible(best, edge) else ()


def _cover_left(pages: list[tuple[int, list[str]]], run: list[tuple[int, list[str]]],
                lines: list[tuple[int, list[str]]]) -> bool:
    """The longer run leaves out the first page line only, the cover, which prints a shorter foot or none ('…
    Mødested: Byrådssalen Side 1 af 12' / '… Byrådet 12. marts 2024 Side 2 af 12'): the pages after it print the
    whole running foot, and a sentence a page break parts reads it inside itself where only its page count was
    taken for the foot."""
    left = {p for p, _ in pages} - {p for p, _ in run}
    return bool(lines) and left == {lines[0][0]} and len(run) >= 2


_LABEL_REACH = 4  # words before a foot where its label may stand ('Fraværende: Bo Berg (V)', 'Afbud: Anne Holm')


def _labelled(pages: list[tuple[int, list[str]]], k: int) -> bool:
    """Most pages' last `k` words stand under a label ('Fraværende: Ronja Lind (V)' ends each page where each item
    fills a page and ends with its absence line): a field's value each page ends with, which no page count marks as a
    running foot. (A foot that also prints a label, 'Dato: 04.12.2012 Side 5', has its page count rising.)"""
    under = sum(any(w.endswith(":") for w in words[-k - _LABEL_REACH:]) for _, words in pages)
    return 2 * under > len(pages)


def _between(pages: list[tuple[int, list[str]]], lines: list[tuple[int, list[str]]]) -> bool:
    """Every page line but the outer two shares the word (a month the footer's date left, '… Køb af jord april'):
    the first page prints the cover, an excerpt's last page is cut short, the ones between are whole pages."""
    return len(lines) >= 4 and [p for p, _ in pages] == [p for p, _ in lines[1:-1]]


def _opens_items(run: list[tuple[int, list[str]]]) -> bool:
    """The run's last words are numbers like '4.' or '4)' that differ from page to page: the items the pages open
    with behind their head (the same '3.' on every page is a date's day)."""
    last = [cut[-1] for _, cut in run]
    return all(_ITEM_NUMBER.match(w) for w in last) and len(set(last)) > 1


def _plausible(key: tuple[str, ...], edge: int) -> bool:
    """Not the page's own text: a head that opens on a number or an item's label is the item the page opens
    with (a page number before an item number: '2 1 Åbent …'), a foot that opens on an item's label the next
    item's header ('… Sag nr. 12', its number rising by chance), a foot that ends a sentence is the page's last
    sentence ('Godkendt med 3 stemmer.', its number rising by chance), and a run of numbers only is a table's."""
    if all(w == "#" for w in key):
        return False
    if _ITEM_START.match(key[0]) or (edge == 1 and key[0] == "#"):
        return False
    return not (edge == -1 and key[-1].endswith("."))  # ('Side 4.' ends on a number, folded: no sentence)


def blank_page_line_chrome(text: str) -> str:
    """`text` with the running foot of its transcript page lines blanked (spaces, same length), and an item's
    label a page break parted from its number (past the next page's running head); an item's header a page break
    parts moved onto the next page line (page_break_headers, same length); as it is where no page lines print any."""
    at = text.find(TRANSCRIPT)
    if at < 0:
        return text
    found = [(m.start(2), [(w.start(), w.end(), w.group()) for w in _WORD.finditer(m.group(2))])
             for m in _rising(list(PAGE_LINE.finditer(text, at)))]
    if len(found) < 2:
        return text
    lines = [(page, [w for _, _, w in words]) for page, (_, words) in enumerate(found, 1)]
    # the head most page lines after the cover share, for the label a page break parted from its number only. Not
    # page_chrome.head_lengths (a page line's words another one opens with too): its page number folds only where it is
    # the page line's own, and a PDF whose own count is offset from the viewer's ('Side 288' on page line 4) would end
    # the head before that count, read as the number of an item the next page opens with
    head = _shared_run(lines[1:], max(2, round(_SHARE * (len(lines) - 1))), 1)
    foot = _shared_run(lines, max(2, round(_SHARE * len(lines))), -1)
    chars = list(text)
    own = []  # each page line's own words: (first, last) indices past its head and before its foot
    for n, (base, words) in enumerate(found):
        texts = [w for _, _, w in words]
        first = len(head) if n and head and len(words) > len(head) and _folded(texts[:len(head)]) == head else 0
        last = len(words) - (len(foot) if foot and len(words) > len(foot) and _folded(texts[-len(foot):]) == foot
                             else 0)
        for start, end, _ in words[last:]:  # the head is kept: the readers of titles, lists and facts know it
            _blank(chars, base + start, base + end)
        own.append((first, last))
    for n in range(len(found) - 1):
        (base, words), last = found[n], own[n][1]
        after, first = found[n + 1][1], own[n + 1][0]
        if 0 < last and _LABEL.match(words[last - 1][2]) and first < len(after) and _LABELLED.match(after[first][2]):
            _blank(chars, base + words[last - 1][0], base + words[last - 1][1])
    out, into = "".join(chars), -1
    for n in range(len(found) - 1):  # (after the blanking: the foot a header's piece passes is blanked already)
        base, after = found[n][0], found[n + 1][0]
        moved = None if n == into else moved_header(  # (a page line a header moved into: its words' places moved)
            out, [(base + a, base + b, w) for a, b, w in found[n][1]], own[n][1],
            [(after + a, after + b, w) for a, b, w in found[n + 1][1]], own[n + 1][0])
        if moved:
            out, into = out[:moved[0]] + moved[2] + out[moved[1]:], n + 1
    return out


# an item's label ending a page line whose next page line opens (past its head) on the item's number ('… Godkendt.
# Pkt.' / '4 102 Ny sti …'): the break parted the label from its number, and the label is no part of the text before
# it (a decision's last word); the number opens the item on its own
_LABEL = re.compile(rf"^(?:{_ITEM_LABEL})$")  # capitalised: 'Lukket punkt' is a status
_LABELLED = re.compile(r"^\d{1,3}[.:]?$")


def _folded(words: list[str]) -> tuple[str, ...]:
    return tuple(_fold(w) for w in words)


def _rises(pages: list[tuple[int, list[str]]], k: int, edge: int) -> bool:
    """The pages' shared run of `k` words holds a number that differs from page to page (a page count: it rose
    with the page, _numbers_move_with_page)."""
    runs = {tuple(words[:k] if edge == 1 else words[-k:]) for _, words in pages}
    return k > 0 and len(runs) > 1


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


def _rising(found: list) -> list:
    """The longest run of page lines whose numbers go up by one: the transcript's pages (not a numbered
    list's lines that open on a number)."""
    best: list = []
    run: list = []
    for item in found:
        run = [*run, item] if run and int(item.group(1)) == int(run[-1].group(1)) + 1 else [item]
        best = run if len(run) > len(best) else best
    return best
