"""The list of items a meeting prints, found by its number sequence wherever it stands.

Publishers label items in many ways ("Punkt 4:", "4.", "åbent 4", a number on a line of its own,
a table-of-contents row with a page number) and text extraction often flattens the list onto one
line. What all of them share is a run of rising item numbers, each followed by a title. This
module finds the best such run in the text (lines joined, so the shape of the lines does not
matter), cuts the titles between consecutive numbers, and drops what a table of contents adds
around them (page numbers, dot leaders, group headings in capitals).

Titles run together where numbers were lost are cut by title_split; each title is cleaned by
title_tidy; lists without numbers are read by contents_lists.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .casenumbers import CASE_FORM, CASE_LABEL_WORDS
from .contents_lists import (
    BODY_LABEL,
    PROPOSAL_LEAD,
    SENTENCE,
    TOC_CUE,
    column_list,
    cued_lines,
    interleaved_columns,
    paged_lines,
    returning_lines,
    unnumbered_toc,
)
from .dashes import SPACED_DASH
from .dates import DATE_ANY, NUMERIC_DMY
from .entry_heads import head_at, repeated_heads, without_repeated_heads
from .headings import is_heading, page_labels_in_force
from .item_starts import CLOSED_PREFIX, OPEN_END, STATUS_ONLY, clean_title
from .lines import Line, is_chrome
from .list_entry import (
    CUE_WORD,
    GROUP,
    LABEL_WORD,
    MAX_SPAN,
    MAX_STEP,
    MAX_TITLE,
    NUMBER_THEN_TITLE,
    ListEntry,
    TitleSpans,
    holds_titles,
    mark_groups,
    numbered_piece,
    page_prefixes,
    text_start,
    without_column_tails,
)
from .outcome_lines import is_outcome_line, trailing_outcome
from .page_chrome import running_head
from .page_column import BOUNDED_PAGE, PAGE_BEFORE_TITLE
from .page_column_lines import blank_page_heads
from .title_split import BACK_MATTER, GROUP_MARK, boundaries, cut_pieces, lower_words, split_points
from .title_tidy import (
    BARE_INT,
    BODY_CUE,
    BODY_CUE_WORDS,
    LEADER_ANYWHERE,
    PAGE_FIRST,
    PAGE_FOOTER,
    drop_page_numbers,
    next_page,
    page_numbers,
    strip_tails,
    tidy,
)

# A candidate item number: 1-3 digits, optionally ".", ")" or ":", standing alone before a title:
# '12.', '12)', '12' or '12 -' before its title ('12:' only where a body follows, see _candidates); never
# in brackets ('Imod stemte: O, V (6)' is a count)
# ('12 | Title': a table's column rule between the number's cell and the title's, as a dash sets them apart)
# ('Punkt 4 af 12 Title': a labelled number with the count of the list's items after it, _candidates)
_CANDIDATE = re.compile(rf"(?<![\w./,:§(-])(?P<num>\d{{1,3}})(?P<mark>[.):])?(?![\d\w])"
                        r"(?:[ \t]+af[ \t]+(?P<of>\d{1,3})(?![\d\w]))?"
                        rf"(?=[ \n]+(?:[{SPACED_DASH}|]\s+)?(?P<next>\S))")
# a body's section heading right after a number: no item's title ('… i figur 1. Beslutning Godkendt.')
_HEADING_AFTER = re.compile(rf"\s+(?:{'|'.join(BODY_CUE_WORDS)})(?=\s*:|\s+[A-ZÆØÅ])")
# Words after which a number is a reference, not an item number ("nr. 513", "side 2", "kl. 14").
_REFERENCE_WORD = re.compile(
    r"(?:(?<!\bsag )(?<!\bpunkt )(?<!\bpkt\. )\bnr"  # 'Sag nr. 3' labels an entry
    r"|\bside:|\bkl|\bstk|§|\bafsnit|\bmøde|\bbilag|\blokalplan|\btillæg|\bdato|\bden|\bår|\bjf"
    r"|\bkap|\bpunkterne|\bog|\bmed|\bfor|\bca|\bcirka|\bplan|\bafd|\bafdeling|\bdistrikt|\bvej|\bgade|lokale"
    r"|\bside\s+\d{1,4}\s+af"  # 'Side 3 af 12 Godkendelse …': the page count
    r"|(?<![\w.])(?:punkt|pkt\.?)\s*\d{1,3}\s+af)"  # 'Punkt 4 af 12 Title': the count of the list's items
    r"\.?:?\s*$",
    re.IGNORECASE,
)
_PAGE_WORD = re.compile(r"(?i:\bside)\s*$")
# the item number of a treatment's dated line ('Teknik- og Miljøudvalget, 10-09-2019, pkt. 65 Anbefales.'): the
# number the item had at that meeting, after its date, not an entry of the page's own list
_DATED_ITEM_NUMBER = re.compile(r"\d{2,4},\s*(?i:pkt|punkt)\.?\s*$")
_LABEL_OR_NUMBER = re.compile(r"(?:(?i:punkt|pkt\.?|sag nr\.?|dagsordenspunkt)\s+)?\d{1,3}[.:)]?\s")
_OPEN_CLOSED_WORD = re.compile(rf"(?:^|\s)(?P<w>åbent|åben|lukket|lukkede?)(?:\s+(?:sag"
                               rf"|punkt))?\s*[:{SPACED_DASH}]?\s*$",
                               re.IGNORECASE)
_TITLE_START = re.compile(r"[A-ZÆØÅÉÜÖÄ\"“”'«(§\d]")


@dataclass
class _Cand:
    pos: int
    end: int  # where the title may start
    num: int
    printed: str
    closed: bool | None


def joined_text(lines: list[Line]) -> tuple[str, list[int]]:
    """The lines' texts joined by newlines, and each line's start offset in that text."""
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    return "\n".join(ln.text for ln in lines), starts


def line_at(starts: list[int], offset: int) -> int:
    """Index of the line holding `offset` of the joined text."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


_GROUP_NEXT = re.compile(r"\s+(?i:åbne|åben|åbent|lukkede|lukket)\s+"
                         r"(?i:sager|punkter|dagsordenspunkter|dagsordenpunkter|dagsorden)\b")


def _candidates(text: str) -> list[_Cand]:
    """Item numbers of the text, '12:' included (see _list_numbers)."""
    out = []
    pages = page_prefixes(text)
    paragraphs = _paragraph_run(text)
    for m in _CANDIDATE.finditer(text):
        if not _TITLE_START.match(m.group("next")) or m.start() in pages or _GROUP_NEXT.match(text, m.end()):
            continue  # (a page number before 'Lukkede dagsordenspunkter' numbers no item)
        if m.group("mark") == "." and text[m.start() - 1: m.start()] == " " and _HEADING_AFTER.match(text, m.end()):
            continue  # '… som vist i figur 1. Beslutning Godkendt.': a sentence's reference, a body's heading after it
        before = text[max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1): m.start()]
        if NUMBER_THEN_TITLE.match(text, m.start("next")) and m.group("mark") != "." \
                and not STATUS_ONLY.fullmatch(text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip()):
            # '… Indenrigsministeriet 4 3 Godkendelse …': a page number, then the item's number; with its full
            # stop, or after a status that opens its line, the number is the item's, a reading's number after it
            # ('4.' / '2. Behandling af …', 'Åben 4 2. Behandling af …')
            continue
        if before.rstrip().endswith(("..", "…", "__")):
            continue  # a page number behind a dot leader
        if not m.group("mark") and _PAGE_WORD.search(before) and _LABEL_OR_NUMBER.match(text, m.start("next")):
            continue  # '… Side 3 Sag nr. 1 Title', 'Side 3 1 - Title': the page, then the item's own number
        word = _status_before(before)
        closed = None
        if word:
            closed = word.group("w").lower().startswith("luk")
        elif (_REFERENCE_WORD.search(before) and not _unopened_bracket(text, m)
              and not (m.group("num") in paragraphs and _PARAGRAPH_BEFORE.search(before))) \
                or _DATED_ITEM_NUMBER.search(before):
            continue
        num = int(m.group("num"))
        if num == 0 or m.group("of") and (int(m.group("of")) < num or not _ITEM_LABEL_BEFORE.search(before)):
            continue  # ('4 af 12' numbers an item after its label only: '3 af 5 Medlemmer …' counts members)
        out.append(_Cand(m.start(), m.end(), num, m.group("num"), closed))
    return out


# '§ 4 Title': a protocol numbering its items as paragraphs; where a page flattened them onto one line no line
# start tells them from a law's reference ('jf. § 4 Kommunen …'), the run does (_paragraph_run)
_PARAGRAPH = re.compile(r"(?<![\w§])§\s*(\d{1,3})\s+(?=[A-ZÆØÅ\"“'(])(?!Stk\b)")
_PARAGRAPH_BEFORE = re.compile(r"(?<![\w§])§\s*$")
_PARAGRAPH_STEPS = 1


def _paragraph_run(text: str) -> set[str]:
    """The numbers printed '§ N' before a title where one such mark follows the one before it with the next number
    at least _PARAGRAPH_STEPS times (a contents list, then the item headers one after another): the same mark before
    each number of rising sequences numbers items, where a law's references ('§ 17', '§ 2') rise by one only by
    chance."""
    found = [int(m.group(1)) for m in _PARAGRAPH.finditer(text)] if "§" in text else []
    steps = [(a, b) for a, b in zip(found, found[1:], strict=False) if b == a + 1]
    return {str(n) for step in steps for n in step} if len(steps) >= _PARAGRAPH_STEPS else set()


_BRACKET_REACH = 120  # a parenthesis opened further back on the line is no reference's ('(jf. referat fra møde 1)')


def _unopened_bracket(text: str, m: re.Match[str]) -> bool:
    """The number is closed by a bracket that no bracket before it on its line opened ('… i Salen 1) Godkendelse af
    …'): a list's mark, not a reference after a word like 'møde' or 'lokale' ('(møde 1)', 'jf. møde 1'). Why: on a
    page flattened into one line the first 'N) Title' header runs on right after a cover sentence ending in such
    a word ('… kl. 16.00 i Skriftligt møde 1) Godkendelse …'), and taken for a reference, item 1 is lost."""
    if m.group("mark") != ")":
        return False
    start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _BRACKET_REACH)
    return text.count("(", start, m.start()) <= text.count(")", start, m.start())


_TITLE_DASH = re.compile(rf"\w\s+[{SPACED_DASH}]\s*$")


def _status_before(before: str) -> re.Match[str] | None:
    """The open/closed word right before a number, as the number's status ('… Lukket 12 Salg af …'); not where a
    dash after a title's word leads to it ('… 162. Beslutning om forlig - Lukket punkt 163. Orienteringer'): that
    is the title before it marked closed, a flattened list's entry and the next number on one line."""
    word = _OPEN_CLOSED_WORD.search(before)
    if word and _MARKED_NUMBER_END.search(before, 0, word.start("w")):
        return None  # '3) Lukket punkt 4) Salg af …': the status is entry 3's title, a closed item printed by it alone
    return None if word and _TITLE_DASH.search(before, 0, word.start("w")) else word


# an item's number with its mark right before a status word: the status is that entry's whole title (a closed item
# printed only as 'Lukket punkt'), not the next number's status; a bare number there may be a page column's
_MARKED_NUMBER_END = re.compile(r"(?<![\w.,/])\d{1,3}[.):]\s+$")


def _best_chain(cands: list[_Cand], text: str) -> list[_Cand]:
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


def _pair_score(before: float, step: int, seen: int) -> float:
    """A chain's score linked on by a number `step` after its last, its gap showing `seen` titles: highest where
    the gap shows every title its lost numbers stood for, so _best_chain asks no gap's titles of a link that
    could not beat the best one found even then (reading the gap is the costly part)."""
    return before + 1 - 0.6 * (step - 1 - seen) - 0.15 * seen


_LABELLED_NUMBER = re.compile(r"\b(?i:punkt|pkt\.?|sag|side)\s+\d{1,3}\b")


def _gap_titles(span: str, step: int) -> int | None:
    """How many titles the gap between two numbers `step` apart shows (_titles_seen); None for a gap longer than
    MAX_STEP whose page column does not show every title its lost numbers stood for. The column, a few regex
    matches, is asked first there: splitting the gap's words is the costly reading, and a long chain of numbers
    asks it of many gaps."""
    if step <= MAX_STEP:
        return _titles_seen(span, step)
    return step - 1 if _paged_titles_seen(span) >= step - 1 else None


def _titles_seen(span: str, step: int) -> int:
    """How many of the `step - 1` titles a gap in a list's numbers stands for its text shows: sure title
    starts (boundaries) between the two numbers. A gap its titles fill is numbers lost in print, not
    a number of some other run ('3 Budget … Vindmøller 5 Status …': item 4's number lost)."""
    if step == 1 or BODY_CUE.search(span) and not _case_cells(span, step) or _LABELLED_NUMBER.search(span):
        # an item's body between two headers ('1. … Sagsnr.: … Beslutning …'), or the numbers of another
        # run ('Side 4 Budgetopfølgning Punkt 3 Side 6': pages, the items' own numbers between): no titles
        return 0
    starts = _sure_starts(" ".join(span.split()))
    return step - 1 if starts >= step - 1 else max(starts, min(step - 1, _paged_titles_seen(span)))


def _case_cells(span: str, step: int | None = None) -> bool:
    """The span's only body cues are a contents table's case column ('… Højer Sagsnr. 24/1256 Tønder Sport …
    Sagsnr. 24/1263 Ansøgning …'): two labels or more, each before its case number, no more of them than the
    entries a gap `step` wide holds (its first number's and the lost ones'; a flattened list's last span: any
    number). A body between two headers prints one label, and its text's headings ('Sagsfremstilling',
    'Beslutning') besides; boundaries then parts the titles at each cell."""
    cues = list(BODY_CUE.finditer(span))
    return 2 <= len(cues) <= (step or len(cues)) and all(_CASE_CELL.match(span, m.start()) for m in cues)


# a case-number label with its number, as a contents table's case column prints it ('Sagsnr. 24/1256')
_CASE_CELL = re.compile(rf"\s+(?i:{CASE_LABEL_WORDS})\.?\s*:?\s*{CASE_FORM.pattern}")


@functools.lru_cache(maxsize=4096)
def _sure_starts(span: str) -> int:
    """How many sure title starts (boundaries scoring 1 or more) a gap's words show. Cached by the gap's text:
    a long page asks it of the same gap again and again (every candidate pair of _best_chain, and the item list
    is read more than once per parse: meeting test, document, cut page lines), and splitting the words is the
    costly reading. Keyed by the text alone, so no answer can leak from one document to another."""
    return sum(1 for score, _, _ in boundaries(span) if score >= 1.0)


def _paged_titles_seen(span: str) -> int:
    """How many titles a gap's page column shows: the rising bare pages that each end a title before the next
    title's first word ('… orienterer 12 Frigivelse af midler 13' / '3 Renovering af skolen 14 Privat arv …');
    0 where they do not rise (numbers of a title's own, not a page column)."""
    pages = [int(m.group(1)) for m in PAGE_BEFORE_TITLE.finditer(span)]
    return len(pages) if len(pages) >= 2 and pages == sorted(pages) else 0


# an item's label just before its number ('Punkt 3', 'Pkt. 3', 'Sag nr. 3'): the number is an item's (one
# pattern: a second definition further down used to override this one silently; its reading is kept)
_ITEM_LABEL = r"(?<![\w.])(?i:punkt|pkt\.?|sag\s+nr\.?|dagsordenspunkt)"
_ITEM_LABEL_BEFORE = re.compile(rf"{_ITEM_LABEL}\s+$")
# the same before a number of the run, where 'Sag' alone labels it too ('… Klosterforum 8 Sag 4 Anlægsprojekter …')
# and the paragraph mark of a run numbered '§ N' (_paragraph_run: _candidates reads no other '§ N' as an item's)
_NEXT_LABEL_BEFORE = re.compile(rf"(?:(?:{_ITEM_LABEL}|(?<![\w.])Sag)\s+|(?<![\w§])§\s*)$")


def _next_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The next entry's label before its number ('… Klosterforum Punkt 4 …'), ending an entry's span that runs
    from `start` to the number at `end`; none where the label's word completes a status that is all the entry
    prints ('3) Lukket punkt 4) Salg …': a closed item printed by its status alone, titled by it, annotation-rules
    'Lukket punkt'), since an entry has a title and the status would leave it none."""
    label = _NEXT_LABEL_BEFORE.search(text, max(start, end - _LABEL_REACH), end)
    return None if label and STATUS_ONLY.fullmatch(text[start:label.end()].strip()) else label


def _listed_above(chain: list[_Cand], text: str) -> bool:
    """A short run of numbered headers ('1. Personalesag' on page 3, '2. Klage over afgørelse' on page 4)
    whose titles a contents list above them prints in the same order, numbers lost or not."""
    cue = TOC_CUE.search(text, 0, chain[0].pos) if len(chain) >= 2 else None
    starts = [cue.start() if cue else 0] + [c.pos for c in chain]
    if cue is None or any("\n" not in text[a:b] for a, b in zip(starts, starts[1:], strict=False)):
        return False  # each header on a line (a page) of its own, below the list
    at, contents = cue.start(), text[:chain[0].pos]
    for c in chain:
        words = [w for w in text[c.end:].split()[:2] if not w.isdecimal()]
        found = contents.find(" ".join(words), at) if words else -1
        if found < 0:
            return False
        at = found + 1
    return True


# a page number ending the text between two numbers of a run, after a space or a dot leader ('… Udbud 3 ',
# '… Meddelelser fra formanden ......4 ')
_SPAN_PAGE = re.compile(r"(?:\s|\.\.|…)\d{1,3}\s*$")


def _trails_its_titles(chain: list[_Cand], text: str) -> bool:
    """A run of bare numbers that each follow a title on one flattened line, the first title before
    the first number and no title after the last: a contents list's page column ('Indholdsfortegnelse
    Godkendelse af dagsorden 3 Budgetopfølgning 4 Udbud 5'), one page an item, not item numbers."""
    if any(c.end != c.pos + len(c.printed) for c in chain) or "\n" in text[chain[0].pos:chain[-1].pos]:
        return False  # '3.' or '3)': an item's number; a run over several lines
    if chain[0].closed is not None or _ITEM_LABEL_BEFORE.search(text, max(0, chain[0].pos - 25), chain[0].pos):
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
    after = PAGE_FOOTER.sub("", text[chain[-1].end: end if end >= 0 else len(text)]).split()
    # after the last number in the run: nothing, or the last title and its page; or a title the excerpt
    # cuts off, where the text ends on the list's line ('… 37 Tryghed i Greve Nord - Halvå'), if the run
    # reads as pages by itself (_skips_like_pages)
    return len(before) >= 2 and before[0][:1].isupper() and (
        not after or after[-1].isdecimal() or _cut_at_text_end(text, end) and _skips_like_pages(chain))


def _skips_like_pages(chain: list[_Cand]) -> bool:
    """A run that does not open at 1 and skips numbers (3 4 5 7 9 10 …): the pages items start on, an
    item of several pages skipping some; item numbers open at 1 and go up by one. Only this tells a cut
    page column from a cut run of item numbers, where the text ends before the last title's page."""
    return chain[0].num > 1 and any(b.num - a.num > 1 for a, b in zip(chain, chain[1:], strict=False))


def _cut_at_text_end(text: str, end: int) -> bool:
    """The line ending at `end` (-1: none) is the text's last: the excerpt was cut inside it."""
    return end < 0 or not text[end:].strip()


def _page_column(chain: list[_Cand], text: str, contents: Callable[[], list[ListEntry]]
                 ) -> list[ListEntry] | None:
    """The entries of a contents list whose run of numbers is its page column: the numbers trail their titles
    on one flattened line, or end the lines titles begin, or trail them over a transcript's page lines. None
    where it is not one."""
    if chain and (_trails_its_titles(chain, text) or _ends_titled_lines(chain, text) and len(contents()) >= len(chain)):
        return _without_list_heads(max(contents(), _titles_before_pages(chain, text), key=len))
    return _column_over_pages(chain, text) or None


def _column_over_pages(chain: list[_Cand], text: str) -> list[ListEntry]:
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
    return _without_list_heads(_titles_before_pages(kept, blanked))


# the bare number that ends a page line ('… ved motorvejen 14' / '3 … Side 3 Principaftale …')
_PAGE_LINE_END = re.compile(r"(?<=\s)(\d{1,3})[ \t]*\n")


def _with_page_ends(chain: list[_Cand], text: str) -> list[_Cand]:
    """The run with the page of each page line's last title put back: the number ending a page line was
    not taken for one (_candidates reads the next line's page number as an item's number after a page), so
    the title before it would run into the next page's first title. Put back only where it rises between
    its neighbours in the run."""
    if len(chain) < 2:
        return chain
    out = list(chain)
    for m in _PAGE_LINE_END.finditer(text, chain[0].end, chain[-1].pos):
        num = int(m.group(1))
        k = bisect.bisect_left([c.pos for c in out], m.start(1))
        if 0 < k < len(out) and out[k].pos != m.start(1) and out[k - 1].num < num < out[k].num:
            out.insert(k, _Cand(m.start(1), m.end(1), num, m.group(1), None))
    return out


def _ends_titled_lines(chain: list[_Cand], text: str) -> bool:
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


def _titles_before_pages(chain: list[_Cand], text: str) -> list[ListEntry]:
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


def _short_contents(cands: list[_Cand], text: str) -> list[_Cand]:
    """A contents list of one or two entries: the numbers 1 (and 2) right after 'Indholdsfortegnelse'
    on its line, each printed again later as the header of its body ('1. Klage over afgørelse',
    'Punkt 1 Klage over afgørelse')."""
    cue = CUE_WORD.search(text)
    if not cue:
        return []
    nl = text.find("\n", cue.end())
    end = nl if nl >= 0 else len(text)
    line = [c for c in cands if cue.end() <= c.pos < end and text[c.end:end].strip()]  # not the last page number
    if not line or line[0].pos - cue.end() > 120:
        return []
    chain = [line[0]] + [c for c in line[1:2] if c.num == line[0].num + 1]
    if len(chain) != len(line) or (nl if nl >= 0 else len(text)) - chain[-1].end > MAX_TITLE:
        return []  # more on the line than one or two titles: a longer list whose numbers were lost
    for c in chain:
        words = [w for w in text[c.end:].split()[:2] if not w.isdecimal()]  # not the page column
        # '1. Klage over afgørelse', 'Punkt 1 Klage over afgørelse' (a label's number needs no full stop)
        number = rf"(?:(?<![\w.]){c.num}\.|(?i:punkt|pkt\.?)\s*{c.num}\.?)\s+"
        header = number + r"\s+".join(re.escape(w) for w in words)
        if not words or not re.search(header, text[nl if nl >= 0 else len(text):]):
            return []
    return chain


# a heading line of its own over a meeting's list of items ('PUNKTER', 'Indholdsfortegnelse', 'Dagsorden:')
_LIST_HEADING = re.compile(r"(?i:indholdsfortegnelse|indhold|dagsorden(?:spunkter|punkter)?|punkter|sager"
                           r"|sagsliste|sagsoversigt|(?:åbne|lukkede) (?:punkter|sager|dagsordenspunkter))\s*:?")


def _cut_short_list(cands: list[_Cand], text: str) -> list[_Cand]:
    """A contents list the excerpt cuts off after its first one or two entries: below a list heading on a line
    of its own, each number opening its own line, rising by one, and the text ending on the last entry's line.
    annotation-rules 'Truncation' and 'Table of contents': the entries still count, though no body (which
    _short_contents looks for) is printed. Safe where a longer list is not: nothing after the entries can
    tell them from a body's numbered points, so only the heading and the text's end do."""
    firsts = [c for c in cands if _opens_line(text, c.pos)]
    for k, first in enumerate(firsts):
        above = text[:first.pos].rstrip().rsplit("\n", 1)[-1].strip()
        if not _LIST_HEADING.fullmatch(above):
            continue
        chain = [first] + [c for c in firsts[k + 1:k + 2] if c.num == first.num + 1
                           and text.count("\n", first.pos, c.pos) == 1]
        last_end = text.find("\n", chain[-1].pos)
        if last_end < 0 or not text[last_end:].strip():
            return chain
        return []
    return []


def _opens_line(text: str, pos: int) -> bool:
    """Nothing but spaces before `pos` on its line."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def _without_closing_page(chain: list[_Cand], text: str) -> list[_Cand]:
    """A flattened list without the number that ends its page line ('… 4. Trafikplan 6'): the last title's
    page, not an entry."""
    if len(chain) > 2 and not text[chain[-1].end:].split("\n", 1)[0].strip():
        return chain[:-1]
    return chain


def _runs_on(chain: list[_Cand], cands: list[_Cand], text: str) -> list[_Cand]:
    """A flattened list that runs on to the next page's line ('… Orientering om befordringsområdet
    juni' / '3 15 Turismepolitik …': page number, maybe a running header, then the next printed
    item number): that number continues the list, the titles between them lost their numbers."""
    last = chain[-1]
    nl = text.find("\n", last.end)
    if nl < 0 or nl - last.end < MAX_TITLE:
        return chain  # the list's own line holds no run of titles after its last number
    # the next page line's running head (known by its repetition) is skipped, not read as titles
    skip_from, skip_to = running_head(text, nl, page_prefixes(text))
    for c in cands:
        if c.pos <= nl or skip_from <= c.pos < skip_to:
            continue
        if c.pos - nl - (skip_to - skip_from) > 80:
            break  # past the next page's head
        head = text[nl:skip_from] + text[skip_to:c.pos] if c.pos >= skip_to else text[nl:c.pos]
        if (head.count("\n") <= 3 and 1 <= c.num - last.num <= 2 * MAX_STEP and len(head.split()) <= 4
                and holds_titles(head)):
            return [*chain, c, *_rising_after(c, cands, text)]
    return chain


def _rising_after(first: _Cand, cands: list[_Cand], text: str) -> list[_Cand]:
    """The numbers that go on rising after `first` on its line, with titles between them."""
    nl = text.find("\n", first.end)
    stop = nl if nl >= 0 else len(text)
    out, last = [], first
    for c in cands:
        if c.pos <= last.pos or c.pos >= stop:
            continue
        step = c.num - last.num
        if 1 <= step <= MAX_STEP and c.pos - last.end <= MAX_SPAN * step and holds_titles(text[last.end:c.pos]):
            out.append(c)
            last = c
    return out


def find_item_list(lines: list[Line], min_entries: int = 3) -> list[ListEntry]:
    """The document's item list: a run of at least `min_entries` item numbers, else a table of
    contents whose numbers were lost. Empty when neither is found."""
    text, _ = joined_text(lines)
    return _without_twin_tails(without_repeated_heads(without_column_tails([replace(e) for e in _read_item_list(
        text, min_entries, page_labels_in_force())])))


_TWIN_TAIL = 2  # words: the most a group heading runs ('Personsager', 'Lukket dagsorden')
_TWIN_WORDS = 5  # words: the fewest of a title whose twin is judged by it


def _without_twin_tails(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries, each that prints another entry's whole title (five words or more) and then a word or two that
    open in a capital ('… spørgsmål fra medlemmerne Personsager' beside '… spørgsmål fra medlemmerne') cut back to that
    title. Why across publishers: a list prints a standing item twice (in its open and its closed part), the same
    words both times; where one copy runs on, the words after it are the group heading before the next entry,
    whose line break extraction lost, no part of the title its twin shows whole. Not a short title ('Budgetopfølgning 2
    (2023)' beside '… (2023) Bevillingssag'): a short title shared is a subject, and tags after it part its items. Nor
    words that open three entries or more: a standing item is printed twice, while words every row opens with are the
    row's cells before its title ('Åben 12.03.2026 Udvalget Budget'), whose titles differ behind them."""
    titles = {e.title for e in entries if e.title and len(e.title.split()) >= _TWIN_WORDS}
    titles = {t for t in titles if sum(1 for e in entries if e.title and (e.title + " ").startswith(t + " ")) == 2}
    for e in entries:
        twin = next((t for t in titles if e.title and e.title.startswith(t + " ")), None)
        extra = e.title[len(twin):].split() if twin and e.title else []
        if twin and len(extra) <= _TWIN_TAIL and extra[0][:1].isupper() and extra[0][1:2].islower():
            e.title = twin
    return entries


@functools.lru_cache(maxsize=4)
def _read_item_list(text: str, min_entries: int, labels: frozenset[str]) -> tuple[ListEntry, ...]:
    """find_item_list's reading of a joined text, cached by the text: one parse reads the same lines' list
    more than once (the layout's meeting test, the meeting test again, the document itself), and on a long
    page that reading is most of the parse. Keyed by the text and the page's own headings (`labels`, which
    the reading's heading tests consult), so no answer leaks across documents; the caller gets copies, so no
    caller's change reaches the cache."""
    return tuple(_status_from_contents(_without_back_matter(_find_item_list(text, min_entries), text), text))


def _list_numbers(cands: list[_Cand], text: str) -> list[_Cand]:
    """The candidates that may number a list entry: not '12:' ('kl. 15: …', 'Punkt 1: Der …' inside a
    decision), which only a header with its body behind it may print (_headed_chain); unless a label says it is
    an item's and a title follows it, no sentence ('Pkt. 4: Salg af grund Pkt. 5: …')."""
    colons = [c for c in cands if text[c.end - 1] == ":" and _label_before(text, c.pos)]
    titled = {id(c) for c in colons if _labelled_title(c, text)}
    titled |= _between_titles(colons, titled)
    return [c for c in cands if text[c.end - 1] != ":" or id(c) in titled]


def _between_titles(colons: list[_Cand], titled: set[int]) -> set[int]:
    """Ids of the labelled numbers ('Pkt. 412:') whose title holds a full stop before a capital ('… kloakanlæg.
    Ansøgning om anlægsbevilling', '… afd. 9 (tidl. Hjørring …)') that stand between two labelled entries with
    titles, their numbers rising from the one before to the one after: the list's entries, which a decision's
    points between two titles of a list are not (its sentences do not number on from the list)."""
    out: set[int] = set()
    last = None  # the last labelled entry with a title
    held: list[_Cand] = []
    for c in colons:
        if id(c) not in titled:
            held.append(c)
            continue
        nums = [last.num] if last is not None else []
        nums += [h.num for h in held] + [c.num]
        if last is not None and held and all(0 < b - a <= MAX_STEP for a, b in zip(nums, nums[1:], strict=False)):
            out |= {id(h) for h in held}
        last, held = c, []
    return out


_NEXT_LABEL = re.compile(rf"{_ITEM_LABEL}\s+\d{{1,3}}\b")  # the next entry's label and number


def _label_before(text: str, at: int) -> bool:
    """An item's label ends right before `at` ('Pkt. ' before '4:'), looked for only as far back as a label
    reaches past the blank run before `at` (a whole page's prefix for every number made long pages quadratic)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    # ('Sag 4: Title': 'Sag' alone, capitalised, labels an item's number as it does in a run, _NEXT_LABEL_BEFORE)
    return k < at and _NEXT_LABEL_BEFORE.search(text, max(0, k - _LABEL_REACH), at) is not None


_LABEL_REACH = 40  # 'dagsordenspunkt', 'sag nr.' with its own blanks: no item's label is longer


def _labelled_title(c: _Cand, text: str) -> bool:
    """'Pkt. 4: Title' with a title up to the next label or line: a list's entry, not a decision's point."""
    if not _label_before(text, c.pos):
        return False
    stop = min(len(text), c.end + MAX_TITLE, *(i for i in (text.find("\n", c.end),) if i >= 0))
    nxt = _NEXT_LABEL.search(text, c.end, stop)
    end = _header_end(text, c.end, nxt.start() if nxt else stop)
    span = text[c.end:end]
    # a span cut before the next label, a cue or an outcome: a sentence ending right there is a decision's point
    # too ('Punkt 2: Godkendt. Punkt 3: …')
    return not (SENTENCE.search(span) or (nxt is not None or end < stop) and _SENTENCE_END.search(span))


_SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?]\s*$")


def _header_end(text: str, start: int, end: int) -> int:
    """Where a labelled header's title ends before `end`: at its body's cue on a flattened page ('Punkt 2: Budget
    2025 Sagsnr.: 24/1234 Sagsfremstilling Forvaltningen har …'), or at the outcome it runs on into ('Punkt 1:
    Godkendelse af dagsorden Dagsordenen godkendt.'); a sentence before either is no title ('Punkt 2: Godkendt.',
    a decision's point, has no title before its outcome)."""
    cue = _body_cue(text, start)
    if cue is not None and cue < end:
        return cue
    head = text[start:end].strip()
    at = trailing_outcome(head)
    return start + text[start:end].find(head) + at if at else end


def _status_from_contents(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """Numbered item headers, one a line (a transcript's page per item), whose titles a contents list
    above them printed without numbers under 'Åbne/Lukkede dagsordenspunkter': each title found
    there, in order, takes the status of the group heading before it, which the headers do not print."""
    if not entries or not all(e.number and e.title for e in entries) \
            or "\n" not in text[entries[0].start:entries[-1].start + 1] and len(entries) > 1:
        return entries
    head = text[:entries[0].start]
    groups = list(GROUP.finditer(head))
    if not groups:
        return entries
    out, at = [], 0
    for e in entries:
        found = head.find(e.title, at)
        if found < 0:
            return entries  # the contents list does not print them all: no alignment
        group = next((g for g in reversed(groups) if g.end() <= found), None)
        shut = bool(group) and group.group("kind").lower().startswith("lukke")
        out.append(replace(e, public=e.public and not shut))
        at = found + len(e.title)
    return out


# 'Side' alone: the page column's head, or the word of a page number cut off it, left as the list's last piece
_PAGE_COLUMN_WORD = re.compile(r"Side", re.IGNORECASE)


def _without_back_matter(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """The list without the unnumbered back matter at its end ('Bilagsliste Underskriftsblad Side 600'). Where
    the list prints a page after each title, the back matter's pieces part ('… pressen 51 Bilagsliste
    Underskriftsblad Side'), the last one the bare word 'Side', which no item is titled: it goes first. A back
    matter entry whose page the list's own run of unnumbered titles reaches and that the pages below head as an
    item, numbered next after the others ('Punkt 9: Underskriftsark'), is that item (_numbered_below)."""
    while entries and entries[-1].number is None and (BACK_MATTER.fullmatch(entries[-1].title or "")
                                                      or _PAGE_COLUMN_WORD.fullmatch(entries[-1].title or "")):
        if _numbered_below(entries, text):
            break
        entries = entries[:-1]
    return entries


def _numbered_below(entries: list[ListEntry], text: str) -> bool:
    """The last entry, unnumbered like all the list's entries, is headed below the list with its number and
    its title, the number its place in the list ('Punkt 9: Underskriftsark' for the ninth title). Why it holds
    across publishers: a contents list of titles only numbers nothing, and a signature page that is no item
    carries no item number; a header numbered in turn with the list makes the page an item of the meeting,
    which the annotation rules count (a numbered signature entry is an item)."""
    last = entries[-1]
    if any(e.number is not None for e in entries) or not last.title or _PAGE_COLUMN_WORD.fullmatch(last.title):
        return False
    head = re.compile(rf"(?<![\w.])(?:(?:Punkt|Pkt\.?)\s*)?{len(entries)}[.:]\s+{re.escape(last.title)}(?!\w)",
                      re.IGNORECASE)
    return head.search(text, last.end) is not None


# a transcript page's running header or footer: 'Side 2 af 12', 'Økonomiudvalget 14-03-2023 Side 2'
_PAGE_OF = re.compile(r"\bSide\s+\d{1,4}\s+af\s+\d{1,4}\b")


def _find_item_list(text: str, min_entries: int) -> list[ListEntry]:
    text = _PAGE_OF.sub(lambda m: " " * len(m.group()), text)  # blanked, so offsets stay those of the lines
    text = interleaved_columns(text)  # a table's block read column by column, put back row by row (same offsets)
    every = _without_proposal_points(_without_nested_lists(_candidates(text), text), text)
    cands = _list_numbers(every, text)
    chain, gaps, other = _chain_or_other_reading(every, cands, text, min_entries)
    return other if other is not None else _chain_entries(chain, gaps, cands, text)


# a body's section heading that may open a numbered list of its own: the case text's cues, or the bilag heading
_LIST_HEAD = re.compile(BODY_CUE.pattern + r"|\s+(?:Bilag\w*|Vedlagte\s+bilag)\b")


def _without_nested_lists(cands: list[_Cand], text: str) -> list[_Cand]:
    """The candidates without the numbered lists inside an item's body on a flattened page ('1. Salg af grund
    Sagsfremstilling … Bilag 1. Kort over grunden 2. Notat 3. Tidsplan 2. Budget …'): a run that starts over at 1
    on the line of the number before it, after a body's section heading between them, rises by one, and is
    followed by the number after that one (the outer list going on: 1 … 1 2 3 … 2). Its numbers are the body's
    list (bilag, a case text's points), and taken for items they outvote the headers, the shorter run that
    explains the page (the absence_shapes bilag lists read flat: the bilag's numbers were read as items)."""
    drop: set[int] = set()
    ends = _run_ends(cands, text)
    for k, first in enumerate(cands):
        m = ends[k]
        if m + 1 == len(cands) or id(first) in drop or not _opens_list(cands[:k], first, m > k, text):
            continue
        line = text.rfind("\n", 0, first.pos)
        if any(c.num == cands[m + 1].num - 1 and c.pos > line and _LIST_HEAD.search(text, c.end, first.pos)
               for c in cands[:k]):
            drop.update(id(c) for c in cands[k:m + 1])
    return [c for c in cands if id(c) not in drop] if drop else cands


# a proposal's sentence introducing its points, right before the first (contents_lists.PROPOSAL_LEAD)
_PROPOSAL_INTRO = re.compile(PROPOSAL_LEAD + r"\s*$", re.IGNORECASE)


def _without_proposal_points(cands: list[_Cand], text: str) -> list[_Cand]:
    """The candidates without a proposal's numbered points ('… indstiller følgende: 4. Planen godkendes. 5. …'):
    the run rising by one from a number right after a sentence that introduces a list. Why: an item's header
    follows a title, a body or a list of items, never a proposing verb's 'at' or colon; the points may number
    from 1 or go on with the next items' numbers, and taken for items they cut the items they stand in."""
    drop: set[int] = set()
    ends = _run_ends(cands, text)
    for k, c in enumerate(cands):
        start = max(cands[k - 1].end if k else 0, c.pos - 120)
        if id(c) not in drop and _PROPOSAL_INTRO.search(text[start:c.pos]):
            drop.update(id(x) for x in cands[k:ends[k] + 1])
    return [c for c in cands if id(c) not in drop] if drop else cands


def _run_ends(cands: list[_Cand], text: str) -> list[int]:
    """For each candidate, the index of the last one of the run rising by one that goes on from it (itself when the
    next does not go on): one pass from the end, not a walk along the run from each of its candidates. A run keeps
    its numbers' mark: a case text's list printed '1. … 2. …' between the headers '2) …' and '3) …' ends at its
    '2.', and does not run on into the headers' '3) 4) …' (taken for its own, the headers would be dropped)."""
    ends = list(range(len(cands)))
    for k in range(len(cands) - 2, -1, -1):
        if cands[k + 1].num == cands[k].num + 1 and _mark(cands[k + 1], text) == _mark(cands[k], text):
            ends[k] = ends[k + 1]
    return ends


def _mark(c: _Cand, text: str) -> str:
    """The mark printed after a candidate's number ('.', ')', ':'), '' for a bare number."""
    last = text[c.end - 1]
    return last if last in ".):" else ""


# a bilag heading and its list's first entry, whose number _candidates reads as a reference ('jf. bilag 1')
_BILAG_FIRST = re.compile(r"\s(?i:bilag\w*)\s*:?\s+1\s*[.)]\s+\S")


def _opens_list(before: list[_Cand], first: _Cand, run: bool, text: str) -> bool:
    """`first` opens a numbered list: it is 1 and more numbers follow it, or it is 2 right after a bilag heading's
    '1.' ('Bilag 1. Kort over grunden 2. Notat …': the 1 was not taken, read as a reference to bilag 1)."""
    if first.num == 1:
        return run
    start = before[-1].end if before else 0
    return first.num == 2 and bool(_BILAG_FIRST.search(text, start, first.pos))


def _item_chain(cands: list[_Cand], text: str) -> list[_Cand]:
    """The best run of item numbers, read again without the page numbers it took (_pages_in_chain)."""
    chain = _best_chain(cands, text)
    pages = _pages_in_chain(chain, text, cands)
    return _without_last_line_page(_best_chain([c for c in cands if id(c) not in pages], text) if pages else chain,
                                   text)


# the bare number that ends a line of a contents list, its page: 'Budget<TAB>4' (the tab a space), 'Budget side 4'
_LINE_END_PAGE = re.compile(r"\S(?:\s+(?i:side|s\.))?\s+(\d{1,3})[ \t]*$")


def _line_end_page(text: str, c: _Cand) -> int | None:
    """The page that ends the line candidate `c` stands on, after a title behind it (_LINE_END_PAGE); None where
    the line ends otherwise."""
    end = text.find("\n", c.pos)
    m = _LINE_END_PAGE.search(text, c.end, end if end >= 0 else len(text))
    return int(m.group(1)) if m else None


def _without_last_line_page(chain: list[_Cand], text: str) -> list[_Cand]:
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


def _pages_in_chain(chain: list[_Cand], text: str, cands: list[_Cand]) -> set[int]:
    """The bare numbers of a run whose other numbers print their full stop ('2. Orientering om vejarbejder
    4 Budgetopfølgning 6 4. Trafikplan 7 …'), each right after a title's last word: the page column of a
    list whose item numbers were partly lost, not items (a list prints its numbers one way). Ids of the
    candidates, empty when the run prints its numbers one way or hardly marks them. A bare number between a
    closed marker and its title ('Lukket - 21 Ejendomssag', _STATUS_DASH) is one of that column too."""
    def marked(c: _Cand) -> bool:  # ('3)' too: a page number prints no mark)
        return c.end > c.pos + len(c.printed) and text[c.pos + len(c.printed)] in ".)"
    dotted = [c for c in chain if marked(c)]
    if len(dotted) < 2:
        dotted = _marked_on_its_line(chain, text, cands, marked)
    # (a number behind an item's label, 'Punkt 403 Evaluering …', is an item's whatever the others print)
    bare = [c for c in chain if not marked(c) and (c.closed is None and re.search(
        r"[a-zæøå)\d]\s+$", text[max(0, c.pos - 3):c.pos]) or _STATUS_DASH.search(text, max(0, c.pos - 12), c.pos))
        and _mid_line_of_list(c, chain, text)
        and not _ITEM_LABEL_BEFORE.search(text, max(0, c.pos - 12), c.pos)]
    if len(dotted) < 2 or not bare or len(bare) + len(dotted) < len(chain):
        return set()
    return {id(c) for c in bare}


# a closed entry's marker and its dash right before a bare number ('… orientering Lukket - 21 Ejendomssag'): the
# marker is the title's after it ('Lukket - Ejendomssag'), the number between them a page column read ahead of the
# titles (a list prints its numbers one way, so where the others print their mark this one's bare number is the
# page, as a bare number after a title's last word is); an item's own number after a status word prints no dash
# between them ('Lukket 12 Salg af …')
_STATUS_DASH = re.compile(rf"(?i:lukket|åben|åbent)\s+[{SPACED_DASH}]\s+$")


def _mid_line_of_list(c: _Cand, chain: list[_Cand], text: str) -> bool:
    """The number stands inside a line of the list, not at a line's start: on the run's first line, or on a
    later line of a transcript's flattened pages that the run goes on over ('… Tune Skole 27' / '3 Frigivelse af
    midler … 28 Privat arv …'), where a title's last word stands right before it."""
    line_start = text.rfind("\n", 0, c.pos)
    return line_start < chain[0].pos or text[c.pos - 1] == " " and text[line_start + 1: c.pos].strip() != ""


def _marked_on_its_line(chain: list[_Cand], text: str, cands: list[_Cand], marked: Callable[[_Cand], bool]
                        ) -> list[_Cand]:
    """The marked numbers on the line of a run that took at most one of them: a run of pages passing over the
    item numbers its titles kept ('1. Godkendelse af dagsorden 3 2. Budgetopfølgning 2 (2024) 4 Nøgletal …
    6'; the run 2 4 6 7 9 …, the list's numbers 1. 2. 7.)."""
    if not chain:
        return []
    start = text.rfind("\n", 0, chain[0].pos) + 1
    end = text.find("\n", chain[-1].pos)
    end = len(text) if end < 0 else end
    return [c for c in cands if marked(c) and start <= c.pos < end]


_LABEL_ONLY = re.compile(r"(?i:punkt|pkt\.?|sag(?:\s+nr\.?)?|dagsordens?punkt)")


# a section's label in capitals with its text behind the colon ('INDSTILLING: Direktionen indstiller …')
_CAPS_LABEL = re.compile(r"(?P<label>[A-ZÆØÅ][A-ZÆØÅ ]{3,40}):\s")


def _body_heading(title: str) -> bool:
    """A 'title' that is an item's section heading ('INDHOLD'), or its label in capitals with the text it heads
    ('INDSTILLING: Der er …'): no agenda names an item by the heading of a section inside one."""
    m = _CAPS_LABEL.match(title)
    return is_heading(title) or bool(m) and is_heading(m.group("label"))


def _reads_a_body(toc: list[ListEntry]) -> bool:
    """A contents list that lost its numbers, read from an item's body: a third of its titles or more are the body's
    section headings (_body_heading). Why across publishers: a transcript's page line that opens with its page number
    and a section's heading ('2 INDSTILLING: …') looks like a numbered entry, and the headings below it like titles
    that lost theirs; a list of the meeting's items holds its items' titles, not the headings inside them."""
    return len(toc) > 0 and 3 * sum(_body_heading(e.title or "") for e in toc) >= len(toc)


def _chain_or_other_reading(every: list[_Cand], cands: list[_Cand], text: str, min_entries: int
                            ) -> tuple[list[_Cand], bool, list[ListEntry] | None]:
    """The run of item numbers to read the list from (and whether numbers are missing in it), or the
    entries of a reading that explains more of the text: a page column, headers with their bodies, a
    contents list that lost its numbers."""
    chain = _item_chain(cands, text)
    if chain and _inside_a_body(chain, every, text):
        chain = []
    toc: list[ListEntry] | None = None

    def contents() -> list[ListEntry]:
        nonlocal toc
        if toc is None:
            toc = _without_list_heads(unnumbered_toc(text) or paged_lines(text) or cued_lines(text)
                                      or returning_lines(text))
            if any(_LABEL_ONLY.fullmatch(e.title or "") for e in toc) or _reads_a_body(toc):
                toc = []  # 'Punkt' / '1 Klage …' read as two titles: the list's numbers are printed, not lost
        return toc

    column = _page_column(chain, text, contents)
    if column is not None:
        return chain, False, column
    steps = [b.num - a.num for a, b in zip(chain, chain[1:], strict=False)]
    ones = sum(1 for a, b in zip(chain, chain[1:], strict=False)
               if b.num - a.num == 1 or _titles_seen(text[a.end:b.pos], b.num - a.num) == b.num - a.num - 1)
    if len(chain) < min_entries and not (chain and all(c.closed is not None for c in chain)) \
            and not _listed_above(chain, text):
        # a meeting of one or two items ('lukket 1 Personalesag' rows are marked well enough to stand alone)
        chain = _short_contents(cands, text) or _cut_short_list(cands, text)
        steps, ones = [1] * (len(chain) - 1), len(chain) - 1
    # item headers each with its body (_headed_chain) win over a short list, or over a list whose numbers
    # they all hold and go on from (a run of short bodies read as a list: '… 5. Frigivelse … 6. Godkendelse …')
    headed = _headed_chain(every, text)
    longer = len(headed) > len(chain) and (len(chain) < min_entries or {c.printed for c in chain} <= {
        e.number for e in headed}) or _numbers_in_their_bodies(chain, headed) \
        or _inside_one_body(chain, headed, min_entries)
    if longer or _opens_late(chain, headed) and len(contents()) > len(chain):
        # where a contents list holds as many items as the headers with bodies or more, both more than the run, the
        # run is a piece of the headers, those whose bodies are short enough to span (flattened 'Punkt 5: Lukket: …
        # Punkt 6: …'): the list is read, as it is where no run is found
        return chain, False, headed if len(headed) > len(contents()) else contents()
    if not chain or ones < (0.4 if len(chain) >= 5 else 0.6) * len(steps):
        return chain, False, column_list(text) or contents()
    if len(contents()) > len(chain) and (len(chain) < min_entries or _headers_below(chain, contents(), text)):
        # one or two numbers against a contents list that lost its numbers; or item headers on the pages below
        # such a list that opens with their titles: the list is the meeting's items, the headers give their
        # bodies and numbers (inline bodies)
        return chain, False, contents()
    return chain, ones < len(steps), None


# a bilag label with its first entry's number right after it, where a run of numbers may go on from it
_BILAG_BEFORE = re.compile(rf"\bBilag\s*:?\s+1\s*[{SPACED_DASH}.)]\s+\S")


def _inside_a_body(chain: list[_Cand], cands: list[_Cand], text: str) -> bool:
    """The run is a numbered list inside an item's body, not the meeting's list of items: on a flattened page
    after a body's cue on its line ('… Indstilling … 1. … 2. …'), or where it starts over below item headers
    opening lines above it ('1. Godkendelse af dagsorden' / … / '2. Lokalplan 12' / 'Beslutning' / … / 'Bilag' /
    '1. Kortbilag' / '2. Høringssvar' / '3. Eventuelt'): those already printed its first numbers and a later
    number of the run goes on from them, so its first numbers are the body's list (bilag, the parts of a plan)
    and its later ones the next headers."""
    if BODY_CUE.search(text, text.rfind("\n", 0, chain[0].pos) + 1, chain[0].pos):
        return True
    if _BILAG_BEFORE.search(text, max(0, chain[0].pos - 400), chain[0].pos):
        return True  # the bilag list of an item's page going on ('Bilag: 1 - 3338892 Åben …' / '2 - 3337598 Åben …')
    heads = {c.num: c for c in cands if c.pos < chain[0].pos and c.pos == text.rfind("\n", 0, c.pos) + 1}
    for j in range(1, len(chain)):
        before = range(chain[0].num, chain[j].num)
        if all(n in heads for n in before) and chain[j - 1].num == chain[j].num - 1 \
                and BODY_CUE.search(text, heads[chain[j].num - 1].end, chain[0].pos):
            return True
    return False


def _opens_late(chain: list[_Cand], headed: list[ListEntry]) -> bool:
    """The run of numbers opens past the first items that headers with their bodies print before it and goes on
    over their numbers ('Punkt 5: Lukket: … Punkt 6: …' after 'Punkt 1: …' - 'Punkt 4: …' with long bodies)."""
    numbers = {e.number for e in headed}
    return len(headed) > len(chain) >= 2 and all(str(n) in numbers for n in range(1, chain[0].num + 1)) \
        and chain[1].printed in numbers


def _headers_below(chain: list[_Cand], toc: list[ListEntry], text: str) -> bool:
    """The run of numbers is item headers, one a page line ('3 1. Godkendelse af dagsorden Sagsnr.: …' / '4 2.
    …') or run on with their bodies' cues (_cued_headers), below a contents list without numbers (`toc`) that
    ends above the first header and opens with the headers' titles in their order (the first two words of each
    alike)."""
    if any(e.number is not None for e in toc) or toc[-1].end > chain[0].pos \
            or any("\n" not in text[a.pos:b.pos] for a, b in zip(chain, chain[1:], strict=False)) \
            and not _cued_headers(chain, text):
        return False
    heads = [text[c.end: text.find("\n", c.end)] for c in chain]
    return all(_first_words(clean_title(h)[0]) == _first_words(t.title) for h, t in zip(heads, toc, strict=False))


def _cued_headers(chain: list[_Cand], text: str) -> bool:
    """The run is headers on flattened page lines, each title with its body's cue behind it ('Punkt 2: Lukket: Salg
    af boliger Sagsnr.: 21-003765 Punkt 3: …'), not a list; the last one's cue may lie past its page's end."""
    return len(chain) > 1 and all(_body_cue(text, c.end) is not None for c in chain[:-1])


def _first_words(title: str | None) -> list[str]:
    """The first two words of a title, in lower case: what a header and a contents entry of one item share."""
    return (title or "").lower().split()[:2]


# the list's own heading and column heads before its first title ('2 Dagsorden Godkendelse af …', 'Punkt Tekst
# Side Godkendelse af …'): a contents list that lost its numbers printed them on the line of its first title
_LIST_HEADS = re.compile(r"^(?:(?:Dagsorden|Dagsordenen|Punkter|Sager|Indhold|Sag|Side|Punkt|Pkt\.|Tekst|Emne|Titel"
                         r"|Nr\.)\s*:?(?:\s+|$))+(?=[A-ZÆØÅ]|$)")


def _without_list_heads(entries: list[ListEntry]) -> list[ListEntry]:
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


def _on_long_lines(chain: list[_Cand], text: str) -> bool:
    """The run stands on one flattened line, or on a transcript's long page lines it runs on across (each line
    break inside it opens the next page's line, maybe behind a running head: '… befordringsområdet' /
    '3 Byrådet Referat 15 Turismepolitik …'): its last entry's titles run on like a flattened line's."""
    span = text[chain[0].pos:chain[-1].pos]
    if "\n" not in span:
        return True
    pages = page_prefixes(text)
    return bool(pages) and all(chain[0].pos + m.end() in pages for m in re.finditer(r"\n+", span))


def _trailing_statuses(chain: list[_Cand], text: str) -> list[_Cand]:
    """A run whose first number no status precedes, its numbers marked ('1. Budget 2. Salg af grund Lukket 3.
    Eventuelt' on one flattened line): a status word before a later number on the line of the title before it
    stands after that title, a status column of its line that the flattening ran on into the next number's; it
    closes that entry (clean_title reads it off its title), not the number after it. Why: a list that prints the
    status before its numbers prints it before the first one too ('Åben 1. … Lukket 2. …'); on a line of its own
    ('1. Budget' / 'Lukket 2. Salg af grund') the status is the next number's, as before. Only after the number
    just before (a gap holds lost numbers' titles, which the status words part: _entry_cuts reads them so)."""
    if chain[0].closed is not None or chain[0].end == chain[0].pos + len(chain[0].printed) \
            or not any(c.closed is not None for c in chain):
        return chain  # (a bare number: '… Lukket 12 Salg af …' prints the status before it, a page column's number)
    return [replace(c, closed=None) if k and c.closed is not None and c.end > c.pos + len(c.printed)
            and c.num == chain[k - 1].num + 1 and "\n" not in text[chain[k - 1].end:c.pos] else c
            for k, c in enumerate(chain)]


def _without_chrome_tail(title: str) -> str:
    """A title without a web page's link run on after it ('salg af areal Til indholdsfortegnelse'): the last two
    to four words, when they are chrome."""
    words = title.split()
    for n in range(min(4, len(words) - 1), 1, -1):
        if is_chrome(" ".join(words[-n:])):
            return " ".join(words[:-n])
    return title


def _opens_with_chrome(title: str) -> bool:
    """A piece that is a web page's link, alone or before the next block's heading ('Til indholdsfortegnelse Åbent
    møde' after a flattened list's last title): its first two to four words are chrome, no title is."""
    words = title.split()
    return is_chrome(title) or any(is_chrome(" ".join(words[:n])) for n in range(2, min(4, len(words)) + 1))


def _first_words_at(text: str, at: int, n: int = 3) -> list[str]:
    return text[at: at + 120].split()[:n]


def _header_of_listed(c: _Cand, chain: list[_Cand], text: str) -> bool:
    """A marked number after the run that the run printed already, with the same title ('… 172. Salg af grund
    - Lukket punkt 145. Godkendelse af dagsorden Beslutning …'): the first body's header after the list's end,
    its status word the last entry's, not a closed entry numbered apart."""
    return c.pos > chain[-1].pos and any(
        e.num == c.num and _first_words_at(text, e.end) == _first_words_at(text, c.end) for e in chain)


def _usual_title(spans: list[str], steps: list[int | None], usual: int) -> float:
    """The median length of one title in the list's spans: a span between two numbers holds `step` titles, those
    whose numbers extraction lost, each with what the table prints beside it ('… Sagsnr. 24/1207'); numbers with
    prose between them hold longer text per number than that. `usual` for a list of one entry."""
    if len(spans) < 2:
        return usual
    per_title = sorted(len(t) / max(step or 1, 1) for t, step in zip(spans[:-1], steps[:-1], strict=True))
    return per_title[(len(spans) - 1) // 2]


def _chain_entries(chain: list[_Cand], gaps: bool, cands: list[_Cand], text: str) -> list[ListEntry]:
    """The list's entries read from its run of numbers: the titles between them, those of lost numbers
    parted where titles start, closed entries and group headings marked."""
    flattened = _on_long_lines(chain, text)
    if flattened:
        chain = _runs_on(_without_closing_page(chain, text), cands, text)
    # Entries marked open/closed ("lukket 101") inside or right after the run are items too,
    # numbered apart from the open ones.
    lo, hi = chain[0].pos, chain[-1].end + MAX_SPAN
    in_chain = {id(c) for c in chain}
    marked = [c for c in cands if c.closed is not None and id(c) not in in_chain and lo < c.pos < hi
              and not _header_of_listed(c, chain, text)]
    chain = sorted(chain + marked, key=lambda c: c.pos)
    chain = _trailing_statuses(chain, text)
    raw: list[tuple[_Cand, str, int, int | None]] = []
    for k, c in enumerate(chain):
        last = k + 1 == len(chain)
        end = _last_end(chain, text, flattened) if last else chain[k + 1].pos
        label = None if last else _next_label(text, c.end, end)
        end = label.start() if label else end  # 'Punkt 4', 'Sag 4': the next entry's label, no title of this one's
        if not last and chain[k + 1].closed is not None:
            end = _strip_status_word(text, c.end, end)
        span = PAGE_FIRST.sub(lambda m: " " * len(m.group()), _first_lines(text[c.end:end]))  # 'Punkt 4 Side 8 …'
        step = _titles_asked(chain[k + 1].num - c.num if not last and id(chain[k + 1]) in in_chain else 1,
                             flattened, text, c, end)
        if last and flattened:
            step = _last_step(chain, text, end)
        raw.append((c, span, end, step))
    raw = _cut_at_repeated_heads(raw, text) if flattened else raw
    spans = [strip_tails(" ".join(t.split())) for _, t, _, _ in raw]
    bare = [mark_groups(t, False)[0].rstrip(" " + GROUP_MARK) for t in spans]  # '… 3 Åbne dagsordenspunkter'
    sample = bare[:-1] or bare  # a list of one entry: its own span tells
    page_column = sum(1 for t in sample if BARE_INT.search(t)) >= 0.5 * len(sample)
    usual = sorted(len(t) for t in spans[:-1])[(len(spans) - 1) // 2] if len(spans) > 1 else MAX_SPAN
    led = sum(1 for t in spans if LEADER_ANYWHERE.search(t))  # 'Title .......... 7': a contents list's pages
    if _usual_title(spans, [step for _, _, _, step in raw], usual) > MAX_TITLE * 0.8 and gaps and led * 2 < len(spans):
        return []  # numbers with prose between them: a list of titles is short (where no leaders part them)
    common = lower_words(text)
    pages = page_numbers(spans) if page_column else []
    entries: list[ListEntry] = []
    lead = GROUP.search(text[max(0, chain[0].pos - 60): chain[0].pos] + " ")  # '… Side Lukkede dagsordenspunkter 1 …'
    in_closed_group = bool(lead and lead.group("kind").lower().startswith("lukke"))
    for k, (c, span, end, step) in enumerate(raw):
        span, groups = mark_groups(span, page_column)
        low, high = (pages[k - 1] if k else 0, next_page(spans, k, pages)) if pages else (0, 0)
        if pages:
            span = _without_dated_foot(drop_page_numbers(span, low, high), step, text[: chain[0].pos])
        cuts = _entry_cuts(span, step, common, (low, high) if pages else None)
        if step == 1 and not page_column and len(span) > min(max(2 * usual, 150), MAX_TITLE):
            # an overlong title runs into what follows it (a page header, the meeting's text)
            first = split_points(span, 2, earliest=True)
            span = span[: first[0][0]] if first and first[0][0] <= MAX_TITLE else span[:MAX_TITLE].rsplit(" ", 1)[0]
        for p, (off, piece) in enumerate(cut_pieces(span, cuts)):
            in_closed_group = next((closed for at, closed in reversed(groups) if at < text_start(piece, off)),
                                   in_closed_group)
            title, closed = clean_title(tidy(piece.replace(GROUP_MARK, " "), page_column))
            title = _without_chrome_tail(title) if title else title
            closed = closed or in_closed_group
            if p == 0:
                entries.append(ListEntry(c.printed, title or None, not (closed or c.closed), c.pos, end))
            elif title and not _opens_with_chrome(title) and not is_outcome_line(title):
                # ('… 15 Orientering fra formanden Til indholdsfortegnelse'; '… 3. Eventuelt Intet.': the last
                # entry's outcome, no title of its own)
                number, title = numbered_piece(title)
                entries.append(ListEntry(number, title, not (closed or piece.lstrip().startswith("Lukket")),
                                         c.end + off, end))
        if groups:
            in_closed_group = groups[-1][1]  # 'Lukkede sager' closes the entries after it, 'Åbne sager' opens them
    return _titles_before_first(chain[0], text, common, page_column) + entries


def _cut_at_repeated_heads(raw: list[tuple[_Cand, str, int, int | None]], text: str
                           ) -> list[tuple[_Cand, str, int, int | None]]:
    """The spans of a flattened run, each cut before a heading two or more of them print after their title
    (entry_heads.repeated_heads): item headers run on into bodies that open on a publisher's own heading
    ('1. Fortov langs Hvidemose Sagens forløb Kommunen har …'), which no body cue ends; the span up to it holds the
    header's one title, not a title too long and cut at a capitalised word ('Fortov langs' | 'Hvidemose …')."""
    heads = repeated_heads([span for _, span, _, _ in raw])
    if not heads:
        return raw
    out = []
    for c, span, end, step in raw:
        at = head_at(span, heads)
        if at is not None:
            word = span[at:].split()[0]
            found = text.find(word, c.end, end)
            span, end, step = span[:at], found if found >= 0 else end, 1
        out.append((c, span, end, step))
    return out


def _last_step(chain: list[_Cand], text: str, end: int) -> int | None:
    """How many titles the last entry of a flattened run holds: as many as its text holds (None: the end of a
    flattened list, whose last numbers may be lost), but one where every number of the run heads a body (a body's
    cue between each two numbers, and one where the last title ends): then the run is the items' own headers, no
    contents list, and a header prints one title however many capitalised words it holds ('3. Cykelsti langs
    Kløvervej og Birkevej Sagsfremstilling …' is no 'Cykelsti langs' and a lost item 'Kløvervej og Birkevej'). So
    too where the last title ends with the text (an excerpt cut inside the last header's title: '… 3. Cykelsti
    langs Kløv'). A contents list prints no body between its entries, so its end is read as before."""
    cut = not text[end:].strip()
    if len(chain) < 2 or not (cut or BODY_CUE.match(text, end) or BODY_CUE.match(text, end - 1)):
        return None
    if all(_heads_a_body(text, a.end, b.pos) for a, b in zip(chain, chain[1:], strict=False)) \
            and not any(_printed_twice(c, text) for c in chain):
        return 1
    return None


def _heads_a_body(text: str, start: int, end: int) -> bool:
    """A body's cue between `start` and `end` that is no case-number cell ('… Title Sagsnr. 24/1256 2. …': a contents
    table's case column, no body): a heading or a label of the body's text."""
    return any(not _CASE_CELL.match(text, m.start()) for m in BODY_CUE.finditer(text, start, end))


def _printed_twice(c: _Cand, text: str) -> bool:
    """The entry's number and its title's first words are printed again elsewhere in the text: a list's row and its
    header ('• Pkt. 100 Beslutninger om … Pkt. 100 Beslutninger om … Sagsnr. …'), so the run may be the list's, the
    bodies read after it (_last_step leaves such a run as it was). A short piece may stand between the number and
    the title in one of the two: the count of items a header prints beside its number ('Punkt 100 af 103
    Beslutninger om … Pkt. 100 Beslutninger om …'), a bar or a dash between number and title ('100 | Beslutninger
    om')."""
    words = text[c.end: c.end + 80].split()[:2]
    if not words:
        return False
    again = _header_again(c, words, rf"(?:\s*(?:af|/)\s*\d{{1,3}})?(?:\s+[|{SPACED_DASH}])?")
    return len(again.findall(text)) >= 2


def _header_again(c: _Cand, words: list[str], between: str) -> re.Pattern[str]:
    """An entry's header as printed again: its number, what a header may print between number and title (`between`,
    a pattern: the list's count, a bar), and its title's first `words`."""
    return re.compile(rf"(?<!\S){re.escape(c.printed)}[.:)]?{between}\s+" + r"\s+".join(map(re.escape, words)))


_DATED_FOOT = re.compile(rf"\s(?P<date>{DATE_ANY.pattern})(?:\s+\d{{1,3}}){{1,2}}\s+[A-ZÆØÅ]")


def _titles_asked(step: int, flattened: bool, text: str, c: _Cand, end: int) -> int:
    """How many titles the entry numbered by `c` up to `end` (the next entry's number) holds where the next number
    is `step` after its own: one where the list prints one entry a line (both numbers open their lines) and the
    entry is one filled line ('229. …' / '230. …' / '232. …', or '230.' / '' / title / '' / '232.'). Numbers that
    skip there are items the list leaves out (the closed items a public list omits), not numbers lost in print: a
    lost number's title would stand on a line of its own, as only a flattened (run-on) line keeps it on the same
    line as its neighbours'."""
    if step > 1 and not flattened and _opens_line(text, c.pos) and _opens_line(text, end) \
            and sum(1 for part in text[c.end:end].split("\n") if part.strip()) == 1:
        return 1
    return step


def _without_dated_foot(span: str, step: int | None, head: str) -> str:
    """An entry's span of a page-column list without the page's footer that a transcript ran into it ('Rømø Havn -
    Årsregnskab 2014 24 25. juni 2015 2 Tønder Kommune – Kommunalbestyrelsen Dagsorden'): the meeting's date, which
    the page's `head` above the list printed (its footer repeats it), then a page number or two and more words, cut
    off with what follows; a title's own date ('Budgetopfølgning pr. 31. januar 2024 4 Punkt 3 …') is not the
    meeting's. Only an entry of one title (step 1) or the list's last (step None: the footer ends its page); a span
    of lost numbers may print a title after it."""
    if step is not None and step != 1:
        return span
    m = _DATED_FOOT.search(span)
    return span[: m.start()] if m and m.group("date") in head else span


def _page_cuts(span: str, low: int, high: int, step: int | None) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers that part the titles of lost item numbers inside one
    entry's span of a list with a page column ('10. Henvendelser til formanden 18 Huskeliste og orientering
    20 13. …': item 11's number was lost, its page was not): a page between the pages of the entries
    around it, after a title's last word and before a capitalised word, ends a title. Taken only where
    they give as many titles as the numbers ask for, each of two words or more (a page inside a wrapped
    title, '… svømmehal i Sindal 36 Hallerne', leaves a one-word piece)."""
    found = [m for m in BOUNDED_PAGE.finditer(span) if low <= int(m.group(1)) <= high]
    if step is None or len(found) != step - 1 \
            or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    cuts = [(m.start(), m.end() - m.start()) for m in found]
    if any(len(piece.split()) < 2 for _, piece in cut_pieces(span, cuts)):
        return []
    return cuts


def _entry_cuts(span: str, step: int | None, common: frozenset[str], page_range: tuple[int, int] | None
                ) -> list[tuple[int, int]]:
    """Where the titles of one entry's span part (`step` titles, or None: as many as it holds, as at the end of
    a flattened list: '… køkken i Solstrålen 36 Resultat af trafikanalyse … 37 Kommunal lånegaranti …'): at the
    pages between `page_range` where a page column is printed (_page_cuts, else _rising_pages as the surest
    cuts), else where titles start (and, with no count, inside a piece longer than a title runs: split_points'
    `long`)."""
    if page_range is None:
        return split_points(span, step, common=common, long=step is None) if step != 1 else []
    low, high = page_range
    return _page_cuts(span, low, high, step) or (
        split_points(span, step, common=common, pages=_rising_pages(span, low, high), long=step is None)
        if step != 1 else [])


def _rising_pages(span: str, low: int, high: int) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers in an entry's span that part titles ('… Ejerstrategi for KLAR
    Forsyning 36 Udbudsplan 2023 38 Placeringsforslag …'): between the pages of the entries around it, rising,
    before a word in small letters after its capital ('… Vandselskab 49 A/S' wraps a company's name), not
    before a page label ('… byrådsgruppe 102 Side 2.' is the page's footer), the last title keeping two words.
    Where they are fewer or more than the lost numbers ask for, they still mark the surest cuts
    (split_points)."""
    found = [m for m in BOUNDED_PAGE.finditer(span) if low <= int(m.group(1)) <= high
             and not span.startswith(" Side", m.end()) and _opens_a_word(span, m.end() + 1)]
    if not found or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    pages = [(m.start(), m.end() - m.start()) for m in found]
    pieces = cut_pieces(span, pages)
    # a title of one word between two pages stands ('… Højst 41 Ældrepuljen 43 …'); one left after the last page,
    # where the span ends, is a wrapped title's last word ('… i Sindal 36 Hallerne' before the next number)
    # (nothing after the last page: it closes the list)
    return pages if all(len(piece.split()) >= (2 if k == len(pieces) - 1 else 1) or not piece.strip() and k
                        for k, (_, piece) in enumerate(pieces)) else []


def _opens_a_word(span: str, at: int) -> bool:
    """The word at `at` opens like a title's first word: a capital before small letters ('Udbudsplan'), not a
    company's letters ('… Vandselskab 49 A/S'), or a number joined to a word ('10-årsplan'), or a reading's ordinal
    before small letters ('2. behandling af …')."""
    return span[at + 1: at + 2].islower() or bool(re.match(r"\d{1,3}-[a-zæøå]|\d\. [a-zæøå]", span[at:]))


def _titles_before_first(first: _Cand, text: str, common: frozenset[str], page_column: bool) -> list[ListEntry]:
    """The entries before a list's first printed number, when that number is not 1 and the contents'
    cue opens the line before it ('Følgende sager behandles: Pkt. Tekst Side Budget … Lånoptagelse … 3
    Godkendelse …') or the heading of the open items' group does ('Side 2 Åbne punkter Godkendelse af dagsorden
    3 Spørgetid 4 … 7 6. Plan for …'): the numbers of the first titles were lost, their titles were not."""
    if not 1 < first.num <= MAX_STEP + 1:
        return []
    line = text.rfind("\n", 0, first.pos) + 1
    cue = TOC_CUE.search(text, line, first.pos)
    if not cue:
        cue = _OPEN_GROUP.search(text, line, first.pos)  # '… Side 2 Åbne punkter Godkendelse af dagsorden 3 …'
    if not cue or cue.end() >= first.pos or not holds_titles(text[cue.end():first.pos]):
        return []
    # past the open items' heading right behind the cue ('Til behandling forelå: Åbne punkter Godkendelse af
    # dagsorden 3 2. …'): a group's heading, not the first title's words
    group = _OPEN_GROUP_AT.match(text, cue.end())
    at = group.end() if group and group.end() < first.pos else cue.end()
    span = text[at:first.pos]
    entries = []
    for off, piece in cut_pieces(span, split_points(span, first.num - 1, common=common)):
        title, closed = clean_title(tidy(piece, page_column))
        if title:
            entries.append(ListEntry(None, title, not closed, at + off, first.pos))
    return entries
_OPEN_GROUP = re.compile(r"(?i:åbne|åben|åbent)\s+(?i:sager|punkter|dagsordenspunkter)\s*:?\s+(?=[A-ZÆØÅ])")
_OPEN_GROUP_AT = re.compile(r"\s*" + _OPEN_GROUP.pattern)


def _headed_chain(cands: list[_Cand], text: str) -> list[ListEntry]:
    """Item headers on flattened page lines, each with its body behind it and no list above them
    ('3 Økonomiudvalget … 1. Godkendelse af dagsorden Sagsnr.: 23/100 Sagsfremstilling …'): numbers
    each followed, within a title's length on its line and with no other number between, by where a
    body begins (BODY_CUE, a label). Their bodies make the spans long, so the list chain, which wants
    short titles, does not see them; and inside a page's line, the item header lines do not either.
    The longest rising run of such headers (gaps up to MAX_STEP), one header alone included. A heading two or more
    of the numbers print after their title (_run_in_heads) is a body's cue too."""
    known = _run_in_heads(cands, text)
    cue_at = [_header_cue(text, c, cands[k + 1].pos if k + 1 < len(cands) else len(text), _successor_at(cands, k, text),
                          known) for k, c in enumerate(cands)]
    heads: list[tuple[_Cand, int]] = []
    for k, c in enumerate(cands):
        if cue_at[k] is None:
            continue
        if _page_number(c, text):
            continue  # '1 Byrådsmøde …': a bare number opening a line is the page's (a transcript's page line)
        prev = cands[k - 1] if k else None
        if prev and prev.num == c.num - 1 and c.pos - prev.end < MAX_TITLE and cue_at[k - 1] is None \
                and not _page_number(prev, text):
            continue  # the last point of a numbered list inside a body ('… 3. Rammen … 4. Sagen … Sagsfremstilling')
        heads.append((c, cue_at[k]))
    heads = _once_each(heads, text)
    entries = []
    for c, cue in (heads[k] for k in _longest_rising([c.num for c, _ in heads])):
        title, closed = clean_title(tidy(strip_tails(text[c.end:cue]), False))
        if not title:
            return []
        entries.append(ListEntry(c.printed, title, not (closed or c.closed), c.pos, cue))
    return entries


def _successor_at(cands: list[_Cand], k: int, text: str) -> int:
    """Where the next number after candidate `k` that may number the next item (higher by up to MAX_STEP) or the
    same again stands, or the text's end. Why: an item's title may print numbers of its own ('4) Byggeri på
    Kildevej 11 Sagsnr.: …', '9) Budgetopfølgning 2 2022 Sagsnr.: …'); such a number is no next header and must
    not cut its title from its body's cue, while a next item's number (a closed item printed by its title alone)
    still does, and so does the same number again (a page's folio '1' before the cover and '… 1) Godkendelse')."""
    num = cands[k].num
    return next((cands[j].pos for j in range(k + 1, len(cands)) if num <= cands[j].num <= num + MAX_STEP), len(text))


_HEAD_REACH = 600  # characters after a number read for the heading its header runs into and that heading's sentence


def _window(text: str, at: int) -> str:
    """The text after `at` on its line, as far as a header's title and its body's first sentence reach."""
    nl = text.find("\n", at, at + _HEAD_REACH)
    return text[at: nl if nl >= 0 else at + _HEAD_REACH]


def _run_in_heads(cands: list[_Cand], text: str) -> frozenset[str]:
    """The headings two or more numbers of a flattened page print behind a title, before case text
    (entry_heads.repeated_heads): an unseen publisher's first heading, which the lexicon's cues do not know, opens
    the bodies of item headers run into them ('1. Fortov langs Hvidemose Sagens forløb Kommunen har …'). Only where
    numbers stand on long lines (a flattened page): a lined page prints its headers on lines of their own."""
    # (each up to the next number: a contents list's titles run on into the next entry, not into case text)
    windows = [_window(text, c.end)[: (cands[k + 1].pos if k + 1 < len(cands) else len(text)) - c.end]
               for k, c in enumerate(cands) if _opens_a_title(text, c.end)]
    return repeated_heads([w for w in windows if len(w) >= MAX_TITLE]) if len(windows) >= 2 else frozenset()


def _opens_a_title(text: str, at: int) -> bool:
    """A capitalised word follows `at` (a header's title starts there)."""
    m = re.match(r"\s*(\S)", text[at: at + 10])
    return bool(m) and m.group(1).isupper()


def _header_cue(text: str, c: _Cand, nxt: int, successor: int, known: frozenset[str] = frozenset()) -> int | None:
    """Where the header numbered by `c` ends and its body begins (its title's end), or None where `c` heads no body
    before the next number (at `nxt`; a body's cue on the title's line only before the next item's number, at
    `successor`)."""
    cue = _body_cue(text, c.end, known)
    if cue is not None and cue > c.end + 1 and "\n" not in text[c.end:cue] and successor >= cue:
        return cue
    if (at := _cue_on_next_page(text, c.end)) is not None and nxt >= at:
        return at
    if CLOSED_PREFIX.match(text[c.end:c.end + 40].lstrip()):
        # '8. Lukket punkt: Salg af ejendom': a closed item prints no body, its marker is the evidence;
        # its title ends at the next number or the end of its line
        nl = text.find("\n", c.end)
        return min(nxt, nl if nl >= 0 else len(text), c.end + MAX_TITLE)
    alone = _CLOSED_ALONE.match(text, c.end, nxt)
    # '3) Lukket punkt 4) Salg af …': a closed item printed by its status alone, the next number right behind it
    return alone.end("end") if alone else None


# a closed item's status and nothing else up to the next number (matched with that number's position as the end):
# why: a closed item prints no body, so its status word is the whole of its header; taken as no header, the header
# after it read as the last point of a list inside a body, and a flow of 'N) Title' headers as a short contents list
# The next number may open the next page line, behind that page's number ('3) Lukket punkt' / '2 4) Lukket punkt')
_CLOSED_ALONE = re.compile(r"\s*(?:Lukket|LUKKET)(?:\s+(?i:punkt|sag))?(?P<end>)(?:[ \t]*\n+[ \t]*\d{1,4})?\s*$")


def _longest_rising(nums: list[int]) -> list[int]:
    """The indexes, in order, of the longest rising run of `nums` (steps of 1 to MAX_STEP: closed items left out
    leave gaps), the first such run where runs tie, each run linked to the first of its longest runs before it.
    The best run ending on each number so far is kept by the number: a long page holds thousands of headers, and
    asking every earlier one for each made it quadratic."""
    count, back = [1] * len(nums), [-1] * len(nums)
    best: dict[int, tuple[int, int]] = {}  # a number -> (its longest run so far, the first index ending one)
    for i, n in enumerate(nums):
        before = [best[v] for v in range(n - MAX_STEP, n) if v in best]
        if before:
            longest, j = max(before, key=lambda b: (b[0], -b[1]))
            count[i], back[i] = longest + 1, j
        if n not in best or count[i] > best[n][0]:
            best[n] = (count[i], i)
    run = []
    k = max(range(len(nums)), key=lambda m: (count[m], -m)) if nums else -1
    while k >= 0:
        run.append(k)
        k = back[k]
    return run[::-1]


def _body_cue(text: str, at: int, known: frozenset[str] = frozenset()) -> int | None:
    """Where the first body cue or body label within a title's length after `at` starts, or None; with `known`,
    a heading the page's headers repeat (_run_in_heads) is one (at the space before it, as BODY_CUE matches)."""
    cues = [m.start() for m in (BODY_CUE.search(text, at, at + MAX_TITLE), BODY_LABEL.search(text, at, at + MAX_TITLE))
            if m]
    head = head_at(_window(text, at), known) if known else None
    if head is not None and head <= MAX_TITLE:
        cues.append(at + head - 1)
    return min(cues) if cues else None


_NEXT_PAGE_NUMBER = re.compile(r"[ \t]*\n+[ \t]*\d{1,3}(?=\s)")


def _cue_on_next_page(text: str, at: int) -> int | None:
    """The end of the line after `at` where the header's title ends its page line and its body's cue opens the next
    page line right behind the page number ('… 2. Opfølgning på Budgetaftale 2019-2022 (B)' / '2 Sagsnr.: 330-…'):
    a transcript's page break between a header and its body. None when the line runs on past a title's length or
    the next page line opens with no cue."""
    nl = text.find("\n", at)
    if nl < 0 or nl - at > MAX_TITLE or not text[at:nl].strip():
        return None
    page = _NEXT_PAGE_NUMBER.match(text, nl)
    if page is None:
        return None
    return nl if _body_cue(text, page.end()) == page.end() else None


def _page_number(c: _Cand, text: str) -> bool:
    """A bare number opening a line: a transcript's page number ('2 Indstilling Borgmesteren … 3. Praksis for …'),
    which numbers no point of a list before the header behind it."""
    return c.pos == text.rfind("\n", 0, c.pos) + 1 and c.end == c.pos + len(c.printed)


def _numbers_in_their_bodies(chain: list[_Cand], headed: list[ListEntry]) -> bool:
    """The run prints the headers' numbers, but some of them inside the body of the header with that number
    ('2. Budgetopfølgning Sagsnr.: … Bilag 1. Kortbilag 2. Høringssvar …'): a list in the body took the header's
    place in the run, and the headers, each with its body behind it, explain the page."""
    if len(chain) != len(headed) or [c.printed for c in chain] != [e.number for e in headed]:
        return False
    moved = [(c, e) for c, e in zip(chain, headed, strict=True) if c.pos != e.start]
    return bool(moved) and all(c.pos >= e.end for c, e in moved)


def _inside_one_body(chain: list[_Cand], headed: list[ListEntry], min_entries: int) -> bool:
    """The whole run stands inside one header's body, between its body's cue and the next header (or after the
    last header), where headers with their bodies, more of them than the run holds and enough for a list, explain
    the page: the run is a case text's own list or a table's column, flattened ('2) Budget Sagsnr.: … Beslutning
    … Antal 13 720 … 16 … 18 …' / '3) …'). Evidence: printed.py's plain prints read as transcripts, where a
    table's rising numbers in one case's text outvoted the 'N) Title' headers of the items."""
    if not chain or len(headed) < max(min_entries, len(chain) + 1):
        return False
    nexts = [e.start for e in headed[1:]] + [None]
    return any(e.end <= chain[0].pos and (nxt is None or chain[-1].pos < nxt)
               for e, nxt in zip(headed, nexts, strict=True))


def _once_each(heads: list[tuple[_Cand, int]], text: str) -> list[tuple[_Cand, int]]:
    """One header per number where two follow each other: printed again on a later line, the later one (a
    transcript's title line repeats page 1); again on the same line, the first one (the second numbers a list
    in its body: '2. Budgetopfølgning Sagsnr.: … Bilag 1. Kortbilag 2. Høringssvar Beslutning …')."""
    out: list[tuple[_Cand, int]] = []
    for k, h in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        if nxt and nxt[0].num == h[0].num and "\n" in text[h[0].pos:nxt[0].pos]:
            continue
        if out and out[-1][0].num == h[0].num and "\n" not in text[out[-1][0].pos:h[0].pos]:
            if _after_text_end(h[0], text) and not _after_text_end(out[-1][0], text):
                out[-1] = h  # ('… jf. figur 2. Forslaget … Godkendt. 2. Budget …': the first was a sentence's number)
            continue
        out.append(h)
    return out


def _after_text_end(c: _Cand, text: str) -> bool:
    """The number opens its line or follows a sentence's end ('… Godkendt. 2. Budget'), as a header does; not
    after a word of a sentence ('… som vist i figur 2. Forslaget …')."""
    before = text[: c.pos].rstrip(" ")
    return not before or before[-1] in "\n.!?:)"



def _first_lines(span: str) -> str:
    """A list printed one entry per line ends a title at the page number or the next blank line;
    what follows (running headers, a page break) is no part of it. A flattened span is kept."""
    parts = span.strip("\n ").split("\n")
    if len(parts) == 1:
        return parts[0]
    kept: list[str] = []
    for k, part in enumerate(parts):
        if not part.strip() and kept and _paged_titles_seen(kept[-1]) \
                and (going_on := _next_paged_line(parts[k + 1:], kept[-1])):
            kept.append(going_on)
            break
        if not part.strip() or re.fullmatch(r"\s*\d{1,3}\s*", part) or kept and _sentence_under(kept[-1], part):
            break
        kept.append(part)
    rest = [p for p in parts[len(kept):] if p.strip()]
    if kept and rest and (run_on := _PAGE_RUN_ON_WORD.match(rest[0])):
        kept.append(rest[0][run_on.end():])  # the title goes on behind the next page line's number
    return " ".join(kept) if kept else parts[0]


def _next_paged_line(parts: list[str], line: str) -> str | None:
    """The next page line of a flattened contents list with a page column that the gap between two of its
    numbers runs over ('… Renovering af Tune Skole 27' / '3 Frigivelse af midler … 28 Privat arv …'), without
    its page number: where `line` ends in a title's page and the next line opens with its page number and a
    title. None otherwise."""
    rest = [p for p in parts if p.strip()]
    if not rest or not re.search(r"[\w)] \d{1,3}\s*$", line):
        return None
    m = re.match(r"\s*\d{1,3} (?=[A-ZÆØÅ][a-zæøå])", rest[0])
    return rest[0][m.end():] if m and len(rest) == 1 else None


def _sentence_under(title: str, line: str) -> bool:
    """`line`, under a title's line that ends closed, is a sentence of its own ('1. Godkendelse af dagsorden' /
    'Forvaltningen orienterer om sagen.'): the item's text, which a list printed with its bodies puts right
    under the title; a wrapped title goes on from an open end or as a phrase without its full stop."""
    words = line.split()
    return (len(words) >= 4 and line[:1].isupper() and line.rstrip().endswith(".")
            and not OPEN_END.search(title.rstrip()))


# a transcript's page line that opens with its page number and a word in small letters: the text of the line
# above going on across the page break ('… Lokalplan nr. 088-520 - For' / '2 udvidelse af erhvervsområde …')
_PAGE_RUN_ON_WORD = re.compile(r"\s*\d{1,3} +(?=[a-zæøå])")


def _last_end(chain: list[_Cand], text: str, flattened: bool) -> int:
    """Where the last entry's title ends (_last_title_end), no further than the first entry's header printed
    again (_restart)."""
    end = _last_title_end(text, chain[-1].end, flattened)
    end = _before_cut_opening(chain, text, end)
    return _restart(chain, text, chain[-1].end, end) if len(chain) > 1 else end


def _before_cut_opening(chain: list[_Cand], text: str, end: int) -> int:
    """Where the last title ends when the text ends on the next entry's opening, cut off by the excerpt
    (annotation-rules 'Truncation'): the word every entry of the run prints before its number, or the start of
    that word, then its number or nothing ('… åbent 5 Ret til plads åbent 6', '… åbent 5 Ret til plads åb'). A
    title does not end in the word that opens every entry, so that word is the next entry's, not this title's."""
    if len(chain) < 2 or text[end:].strip():
        return end
    before = {text[:c.pos].split()[-1].casefold() if text[:c.pos].split() else "" for c in chain}
    word = before.pop() if len(before) == 1 else ""
    tail = re.search(r"\s(\S+)(?:\s+\d{1,3}[.:)]?)?\s*$", text[:end])
    if not word.rstrip(".").isalpha() or not tail or tail.start() <= chain[-1].end:
        return end
    cut = tail.group(1).casefold()
    if cut == word or len(cut) >= 2 and not tail.group().strip()[-1:].isdigit() and word.startswith(cut):
        return tail.start()
    return end


def _restart(chain: list[_Cand], text: str, start: int, end: int) -> int:
    """Where the first entry's header is printed again inside the last entry's span ('… 164. Underskriftsark
    147. Godkendelse af dagsorden …': a flattened page runs on from the list into the first item's body), else
    end: the list's first number with the first words of its title, as the list printed them."""
    first = text[chain[0].end: chain[1].pos].split()[:2]
    if not first:
        return end
    # (with the list's count after it as the list printed it: 'Punkt 1 af 12 Godkendelse …', _CANDIDATE)
    again = _header_again(chain[0], first, r"(?:\s+af\s+\d{1,3})?")
    m = again.search(text, start, end + MAX_TITLE)
    if not m or m.start() >= end:
        return end
    # the header printed again with its label ('… 9. Underskriftsark Punkt 1: Godkendelse af …'): the label is the
    # header's, not a word of the last title (which would read 'Underskriftsark Punkt' and part off 'Punkt')
    label = _NEXT_LABEL_BEFORE.search(text, max(start, m.start() - _LABEL_REACH), m.start())
    return label.start() if label else m.start()


def _strip_status_word(text: str, start: int, end: int) -> int:
    m = _OPEN_CLOSED_WORD.search(text, start, end)
    return m.start() if m and m.end() >= end - 1 else end


def _last_title_end(text: str, start: int, flattened: bool = False) -> int:
    """The last entry's title runs to the end of its line (or of a flattened list's sentence), and
    no further than where a body begins ('… 4. Notat om skoledistrikter. Indstilling Meddelelses…')."""
    while start < len(text) and text[start] in " \n":
        start += 1
    nl = text.find("\n", start)
    end = min(nl if nl >= 0 else len(text), start + MAX_SPAN)
    if flattened and end == start + MAX_SPAN:
        end = max(end, _run_on_end(text, start, nl if nl >= 0 else len(text)))
    body = BODY_CUE.search(text, start, end)
    if body and flattened and _case_cells(text[start:end]):
        return end  # '15. Turismepolitik Sagsnr. 24/1298 Rømø-Tønder … Sagsnr. 24/1305 …': a case column, no body
    return body.start() if body else end


def _run_on_end(text: str, start: int, line_end: int) -> int:
    """A transcript's page line of titles whose numbers were lost runs on past a title's length: the
    titles go on to the line's end, or, where prose (a sentence, a date, a label) begins first, to
    the last title start before it (the piece the prose begins in is no title)."""
    prose = _PROSE.search(text, start, line_end)
    if not prose:
        return line_end
    starts = [pos for score, pos, _ in boundaries(text[start:prose.start()]) if score >= 1.0]
    return start + starts[-1] if starts else start


# what titles do not print and the text after a list does: a sentence's end ('… 45 min. til dialog.
# Der er …'), a date ('Udvalget 30-01-2018'), a label ('Fraværende:')
_PROSE = re.compile(r"(?:[a-zæøå]{3,}|\d)\.\s+[A-ZÆØÅ][a-zæøå]|\b" + NUMERIC_DMY + r"\b|\w:\s")


def _glued_head(e: ListEntry) -> tuple[str, re.Pattern[str]]:
    """An entry's header glued to a line's end: its number and full stop (a plain substring every such header
    holds, looked for first: every line against every entry's pattern made long pages slow) and its pattern,
    the number and the title's first words in either case (a list in capitals and its headers in lower case, or
    the other way round)."""
    pattern = re.compile(r"(?:(?<=[^\s\d])|(?<=(?:19|20)\d\d))" + re.escape(e.number or "") + r"\.\s+"
                         + r"\s+".join(re.escape(w) for w in e.title.split()[:3]), re.IGNORECASE)
    return (f"{e.number}." if (e.number or "").isdecimal() else ""), pattern


def _first_at(text: str, lead: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern.search(text)`, where every match of `pattern` begins with the plain `lead`: the pattern is tried
    only where `lead` stands (its lookbehind makes a search try every place of a long line), the first place
    first, so the match is the one a search finds."""
    if not lead:
        return pattern.search(text)
    at = text.find(lead)
    while at >= 0:
        if m := pattern.match(text, at):
            return m
        at = text.find(lead, at + 1)
    return None


def split_glued_headers(lines: list[Line], listed: list[ListEntry]) -> list[Line]:
    """Lines with a listed item's header glued to their end ('… 23. juni 201586. Godkendelse af
    dagsorden', '… - Lukket punkt133. Godkendelse …': extraction lost the line break after the
    list): cut before the header, which the list (`listed`, found in `lines`) vouches for by its
    number and title. Returns `lines` itself when nothing was cut."""
    entries = [e for e in listed if e.number and e.title and len(e.title.split()) >= 2]
    if not entries:
        return lines
    heads = [_glued_head(e) for e in entries]
    out: list[Line] = []
    for ln in lines:
        # every header glued on the line: a flattened page runs one body's end into the next header too
        # ('… Beslutning … Godkendt Referat Sagsfremstilling87. Bevilling til …')
        cuts = sorted({m.start() for number, h in heads
                       if number in ln.text and (m := _first_at(ln.text, number, h)) and m.start() > 0})
        if not cuts:
            out.append(ln)
            continue
        ends = [*cuts[1:], len(ln.text)]
        out.append(Line(ln.text[:cuts[0]].rstrip(), ln.offset, ln.raw))
        for cut, end in zip(cuts, ends, strict=True):
            out += [Line("", ln.offset + cut), Line(ln.text[cut:end].rstrip(), ln.offset + cut, ln.text[cut:end])]
    return out if len(out) != len(lines) else lines
