"""A run of numbers that is a contents list's page column, read as that list's titles.

A contents list prints each title's page after it ('Godkendelse af dagsorden 3 Budget 4 Udbud 5'): a run of rising
numbers like an item list's, but each number trails its title instead of opening it. Across publishers the tell is
the position: the first title stands before the first number and none after the last, or each number ends a line a
title begins, or the run goes on over a transcript's page lines once their page numbers and running heads are blanked.
Read that way, the titles are the text before each page; the list's heading and column heads are taken off the first.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from .contents_base import TOC_CUE
from .dates import DATE_ANY
from .list_entry import GROUP, LABEL_WORD, MAX_TITLE, MAX_TITLE_WORDS, ListEntry, mark_groups
from .number_candidates import ITEM_LABEL_BEFORE, Candidate
from .page_column_lines import blank_page_heads
from .title_marks import clean_title
from .title_split import GROUP_MARK
from .title_tidy import PAGE_FOOTER, tidy

# a page number ending the text between two numbers of a run, after a space or a dot leader ('… Udbud 3 ',
# '… Meddelelser fra formanden ......4 ')
_SPAN_PAGE = re.compile(r"(?:\s|\.\.|…)\d{1,3}\s*$")


def _trails_its_titles(chain: list[Candidate], text: str) -> bool:
    """A run of bare numbers that each follow a title on one flattened line, the first title before
    the first number and no title after the last: a contents list's page column ('Indholdsfortegnelse
    Godkendelse af dagsorden 3 Budgetopfølgning 4 Udbud 5'), one page an item, not item numbers."""
    if any(c.end != c.pos + len(c.printed) for c in chain) or "\n" in text[chain[0].pos:chain[-1].pos]:
        return False  # '3.' or '3)': an item's number; a run over several lines
    if chain[0].closed is not None or ITEM_LABEL_BEFORE.search(text, max(0, chain[0].pos - 25), chain[0].pos):
        return False  # 'Åben sag 1 …', 'Sag nr. 1 …': labelled as an item's number
    paged = sum(1 for a, b in zip(chain, chain[1:], strict=False)
                if _SPAN_PAGE.search(GROUP.sub(lambda g: g.group("page") or "", text[a.end:b.pos])))
    if paged * 2 > len(chain) - 1:
        # '1 Udbud 3 2 Klage 4', '1 Udbud 3 Lukkede punkter 2 Klage 4': the titles between the numbers have
        # their pages, the numbers are items. Most of them, not one: a title may end in a number of its own
        # ('… Vejnavn - Tværhøjgård etape 3 10 Det indeklemte areal …')
        return False
    start = text.rfind("\n", 0, chain[0].pos) + 1
    end = text.find("\n", chain[-1].end)
    head = _list_head(text, start, chain[0].pos)
    if len(head) > MAX_TITLE or LABEL_WORD.search(head):
        return False  # the meeting's header before the list ('Mødedato: … Fraværende: …'), not its first title
    before = head.split()
    # a date is no page: a running head after the list ('… 24 Telefonisk deltagelse Side 2 af 48 Møde i
    # Kommunalbestyrelsen den 16. december 2013') ends on its year
    after = PAGE_FOOTER.sub("", DATE_ANY.sub(" ", text[chain[-1].end: end if end >= 0 else len(text)])).split()
    # after the last number in the run: nothing, or the last title and its page; or a title the excerpt
    # cuts off, where the text ends on the list's line ('… 37 Tryghed i Greve Nord - Halvå'), if the run
    # reads as pages by itself (_skips_like_pages)
    return len(before) >= 2 and before[0][:1].isupper() and (
        not after or after[-1].isdecimal() or _cut_at_text_end(text, end) and _skips_like_pages(chain))


def _skips_like_pages(chain: list[Candidate]) -> bool:
    """A run that does not open at 1 and skips numbers (3 4 5 7 9 10 …): the pages items start on, an
    item of several pages skipping some; item numbers open at 1 and go up by one. Only this tells a cut
    page column from a cut run of item numbers, where the text ends before the last title's page."""
    return chain[0].num > 1 and any(b.num - a.num > 1 for a, b in zip(chain, chain[1:], strict=False))


def _cut_at_text_end(text: str, end: int) -> bool:
    """The line ending at `end` (-1: none) is the text's last: the excerpt was cut inside it."""
    return end < 0 or not text[end:].strip()


def page_column_entries(chain: list[Candidate], text: str, contents: Callable[[], list[ListEntry]],
                        cands: list[Candidate]) -> list[ListEntry] | None:
    """The entries of a contents list whose run of numbers is its page column: the numbers trail their titles
    on one flattened line, or end the lines titles begin, or trail them over a transcript's page lines. None
    where it is not one. The run may be the column's tail only (_whole_column)."""
    if chain and len(whole := _whole_column(chain, cands, text)) > len(chain) and _trails_its_titles(whole, text):
        chain = whole
    if chain and _trails_its_titles(chain, text):
        chain = _with_passed_pages(chain, text)
        return without_list_heads(_finer_reading(_titles_before_pages(chain, text), contents(), text))
    if chain and _ends_titled_lines(chain, text) and len(contents()) >= len(chain):
        return without_list_heads(max(contents(), _titles_before_pages(chain, text), key=len))
    return _column_over_pages(chain, text) or None


# a bare page number just before a title's start ('… over 50 år 12 Orientering …': a page the run did not take)
_PAGE_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,3}\s*$")


_PAGES_AS_EVIDENCE = 3  # titles a page column must part before its pages outweigh the capitals


def _finer_reading(paged: list[ListEntry], listed: list[ListEntry], text: str) -> list[ListEntry]:
    """The titles read between the page column's numbers, or the contents list read without them (contents_lists)
    where that one parts the same titles (it keeps a number the list printed: '3 1. Godkendelse … 5 …'), or more
    and each of its titles follows a page number: a page the run passed over ('… ledige over 50 år 12 Orientering
    …', '12' after a reference word). A title the list reading parts at a capitalised word with no page before it
    ('Godkendelse af samarbejdet med Code of | Care 2022-2024') is one title: across publishers a page column
    prints a page after every title, so where the pages stand is the better evidence than where the capitals do.
    Not where the column parts fewer than three titles: one number taken for a page ('2 Økonomiudvalget
    12-03-2024 Side 2 INDHOLDSFORTEGNELSE …', a running head's) is no column; nor where a title between two of its
    numbers runs longer than a title does: those numbers lead their titles ('… Indholdsfortegnelse 403 Evaluering …
    405 Aftaler …', items numbered through the year, the excerpt cut before a last page), or pages were lost, and
    the titles between them are more than one."""
    if len(listed) < len(paged):
        return paged
    if [e.title for e in listed] == [e.title for e in paged] or len(paged) < _PAGES_AS_EVIDENCE \
            or any(len((e.title or "").split()) > MAX_TITLE_WORDS for e in paged):
        return listed
    return listed if all(_PAGE_BEFORE.search(text, max(0, e.start - 8), e.start) for e in listed[1:]) else paged


# a bare number before a capitalised word: a page the candidates passed over after a reference word ('… over 50 år
# 12 Orientering …': 'år 12' reads as a year's count)
_BARE_PAGE = re.compile(r"(?<=\s)(\d{1,3})(?=\s+[A-ZÆØÅ])")


def _with_passed_pages(chain: list[Candidate], text: str) -> list[Candidate]:
    """The page column with the pages put back that the candidates left out: where the text between two pages
    holds one bare number before a capitalised word and its value lies between theirs, it is the page of the
    title before it, and the title after it is the next entry's. One only: two such numbers in a gap leave it
    as it is (a title of its own numbers)."""
    out = [chain[0]]
    for a, b in zip(chain, chain[1:], strict=False):
        found = [m for m in _BARE_PAGE.finditer(text, a.end, b.pos) if a.num < int(m.group(1)) < b.num]
        if len(found) == 1 and "\n" not in text[a.end:b.pos]:
            m = found[0]
            out.append(Candidate(m.start(1), m.end(1), int(m.group(1)), m.group(1), None))
        out.append(b)
    return out


def _whole_column(chain: list[Candidate], cands: list[Candidate], text: str) -> list[Candidate]:
    """The run of bare numbers rising on the chain's line, the chain inside it: the whole page column whose part
    alone the item run took ('… dagsorden 3 Drøftelse af … Handlingsplan 2025 5 Midtvejsstatus … 8 …': pages skip
    as their items' lengths ask, and where a gap's words show no title for each skipped number the run of items
    keeps only the pages that rise by one, '17 18 19 …', or every second page, '9 11 13'). Each number added stands
    after a title's word on the same line, not at the line's start (a transcript's page number), and rises between
    its neighbours; a smaller number inside a title after the chain's first ('Budgetopfølgning 1 (2023) 4 …') is
    passed over, not an end of the column. The chain itself where nothing adds."""
    line_start = text.rfind("\n", 0, chain[0].pos) + 1
    line_end = text.find("\n", chain[-1].end)
    line_end = len(text) if line_end < 0 else line_end

    def on_the_line(c: Candidate) -> bool:
        return line_start <= c.pos and c.end <= line_end and c.end == c.pos + len(c.printed) \
            and c.closed is None and bool(text[line_start:c.pos].strip())
    if not all(map(on_the_line, chain)):
        return chain
    taken = {id(c) for c in chain}
    others = sorted((c for c in cands if id(c) not in taken and on_the_line(c)), key=lambda c: c.pos)
    before = [c for c in others if c.pos < chain[0].pos]
    after = [c for c in others if c.pos > chain[-1].pos]
    head: list[Candidate] = []
    for c in reversed(before):  # back from the chain's first number while the numbers fall
        if c.num >= (head[0] if head else chain[0]).num:
            break
        head.insert(0, c)
    tail: list[Candidate] = []
    for c in after:  # on from its last while they rise, past a smaller number inside a title
        if c.num > (tail[-1] if tail else chain[-1]).num:
            tail.append(c)
    inner = [c for c in others if chain[0].pos < c.pos < chain[-1].pos]
    run = head + sorted(chain + [c for c in inner if _rises_between(c, chain)], key=lambda c: c.pos) + tail
    rises = all(b.num > a.num for a, b in zip(run, run[1:], strict=False))
    return run if rises and len(run) > len(chain) else chain


def _rises_between(c: Candidate, chain: list[Candidate]) -> bool:
    """The number `c`, standing between two numbers of the chain, lies between their values (a page skipped by
    the run of items, not a number inside a title)."""
    k = bisect.bisect_left([x.pos for x in chain], c.pos)
    return 0 < k < len(chain) and chain[k - 1].num < c.num < chain[k].num


def _column_over_pages(chain: list[Candidate], text: str) -> list[ListEntry]:
    """The entries of a page column (_trails_its_titles) printed on a transcript's page lines: read with
    each page line's number and running head blanked (blank_page_heads), which part its titles where the
    list runs on to the next page and open its first line ('2 Økonomiudvalget 13-06-2022 Side 2
    Godkendelse af dagsorden 3 …': 'Side 2' is the head's, not the first page). Empty when the run does
    not read as a page column that way."""
    if len(chain) < 3:
        return []
    blanked = blank_page_heads(text, chain[0].pos, chain[-1].pos)
    if blanked is None:
        return []
    kept = _with_page_ends([c for c in chain if blanked[c.pos] != " "], text)
    if len(kept) < 3 or not _trails_its_titles(kept, blanked):
        return []
    return without_list_heads(_titles_before_pages(kept, blanked))


# the bare number that ends a page line ('… ved motorvejen 14' / '3 … Side 3 Principaftale …')
_PAGE_LINE_END = re.compile(r"(?<=\s)(\d{1,3})[ \t]*\n")


def _with_page_ends(chain: list[Candidate], text: str) -> list[Candidate]:
    """The run with the page of each page line's last title put back: the number ending a page line was
    not taken for one (candidates reads the next line's page number as an item's number after a page), so
    the title before it would run into the next page's first title. Put back only where it rises between
    its neighbours in the run."""
    if len(chain) < 2:
        return chain
    out = list(chain)
    for m in _PAGE_LINE_END.finditer(text, chain[0].end, chain[-1].pos):
        num = int(m.group(1))
        k = bisect.bisect_left([c.pos for c in out], m.start(1))
        if 0 < k < len(out) and out[k].pos != m.start(1) and out[k - 1].num < num < out[k].num:
            out.insert(k, Candidate(m.start(1), m.end(1), num, m.group(1), None))
    return out


def _ends_titled_lines(chain: list[Candidate], text: str) -> bool:
    """Each number of the run ends a line that a title begins ('Godkendelse af dagsorden<TAB>3' / 'Budget 4'):
    a contents list's page column, one line an entry, not item numbers (those begin their lines)."""
    for c in chain:
        start, end = text.rfind("\n", 0, c.pos) + 1, text.find("\n", c.end)
        before = text[start:c.pos].split()
        if text[c.end: end if end >= 0 else len(text)].strip() or len(before) < 2 or not before[0][:1].isupper():
            return False
    return True


# what opens a contents line before its first title: the transcript's page number, a word naming the list
_HEAD_WORDS = re.compile(r"^\s*(?:\d{1,3}\s+)?(?:(?i:sager til behandling|dagsordensoversigt|dagsordenen|dagsorden"
                         r"|indholdsliste|indhold|punktoversigt|oversigt|punkter|sager|emner|sagsfortegnelse)\b:?\s+)?")


def _list_head(text: str, start: int, first: int) -> str:
    """The text of a contents line before its first number, past its cue (TOC_CUE) or heading word."""
    cue = TOC_CUE.search(text, start, first)
    head = text[cue.end() if cue else start: first]
    return GROUP.sub("", head[_HEAD_WORDS.match(head).end():])  # nor a group heading ('Åbne punkter')


def _titles_before_pages(chain: list[Candidate], text: str) -> list[ListEntry]:
    """The entries of a contents list whose bare numbers are its page column (_trails_its_titles):
    each title is the text before its page; the last may follow the run's last number, with its page."""
    start = text.rfind("\n", 0, chain[0].pos) + 1
    head = _list_head(text, start, chain[0].pos)
    end = text.find("\n", chain[-1].end)
    end = len(text) if end < 0 else end
    spans = [(chain[0].pos - len(head), chain[0].pos)]
    spans += [(a.end, b.pos) for a, b in zip(chain, chain[1:], strict=False)]
    last = re.match(r"\s*(\S.*?)\s+\d{1,3}\s*$", PAGE_FOOTER.sub("", text[chain[-1].end:end]))
    if last is None and _cut_at_text_end(text, end):
        last = re.match(r"\s*(\S.*?)\s*$", text[chain[-1].end:end])  # the excerpt's last title, cut off
    if last:
        spans.append((chain[-1].end + last.start(1), chain[-1].end + last.end(1)))
    entries: list[ListEntry] = []
    lead = list(GROUP.finditer(text, start, chain[0].pos))  # 'Lukkede dagsordenspunkter Køb af areal 3 …'
    in_closed_group = bool(lead) and lead[-1].group("kind").lower().startswith("lukke")
    for a, b in spans:
        span, groups = mark_groups(text[a:b], True)
        # a group heading inside a span ('… Udbud 5 Lukkede punkter Salg af ejendom 6'; its page went with it)
        # parts two titles: the one before it keeps the status before, the one after takes the heading's
        statuses = [in_closed_group] + [shut for _, shut in groups]
        for piece, shut in zip(span.split(GROUP_MARK), statuses, strict=False):
            title, closed = clean_title(tidy(piece, False))
            if title:
                entries.append(ListEntry(None, title, not (closed or shut), a, b))
        in_closed_group = statuses[-1]
    return entries


# the list's own heading and column heads before its first title ('2 Dagsorden Godkendelse af …', 'Punkt Tekst
# Side Godkendelse af …'): a contents list that lost its numbers printed them on the line of its first title
_LIST_HEADS = re.compile(r"^(?:(?:Dagsorden|Dagsordenen|Punkter|Sager|Indhold|Sag|Side|Punkt|Pkt\.|Tekst|Emne|Titel"
                         r"|Nr\.)\s*:?(?:\s+|$))+(?=[A-ZÆØÅ]|$)")


def without_list_heads(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries with the list's heading and column heads taken off the first title (a heading word before
    a capitalised word: no title begins 'Dagsorden Godkendelse …'), or the first entry left out where it is
    those heads alone ('Punkt Tekst', cut off the title after it)."""
    if not entries or not entries[0].title or entries[0].number:
        return entries
    head = _LIST_HEADS.match(entries[0].title)
    if not head:
        return entries
    if head.end() == len(entries[0].title):
        return entries[1:]
    return [replace(entries[0], title=entries[0].title[head.end():], start=entries[0].start + head.end()), *entries[1:]]

