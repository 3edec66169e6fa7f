"""The numbers of a text that may number an item of its list, each with where its title may start.

An item list is a run of rising numbers, each before a title (item_list), but a meeting's text prints many other
numbers: pages, references ('jf. § 4', 'møde 1'), counts ('Punkt 4 af 12'), a decision's or a bilag list's own
points. This module reads every number that could be an item's, with its printed form and any open/closed word before
it, and leaves out those whose surroundings say they are something else; the shared label patterns ('Punkt', 'Sag
nr.') live here because every later reader of the run asks them. Its own module because the run readers (number_chain,
header_runs, chain_entries) all start from its candidates and none of them may own the others' ground.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .contents_base import PROPOSAL_LEAD
from .dashes import SPACED_DASH
from .dates import MONTH_WORDS
from .header_patterns import NUMBER_STOP, POINT_LABEL
from .list_entry import NUMBER_THEN_TITLE, page_prefixes
from .number_runs import form_marks
from .title_marks import STATUS_ONLY
from .title_tidy import BODY_CUE, BODY_CUE_WORDS

# A candidate item number: 1-3 digits, optionally with the stop a header prints after it (header_patterns.NUMBER_STOP:
# ".", ")", ":", "/", or a full stop set off by a space, '12 .'), standing alone before a title: '12.', '12)', '12'
# or '12 -' before its title ('12:' only where a body follows, see candidates); never in brackets ('Imod stemte: O,
# V (6)' is a count; '[12]' is number_runs' square form)
# ('12 | Title': a table's column rule between the number's cell and the title's, as a dash sets them apart)
# ('Punkt 4 af 12 Title': a labelled number with the count of the list's items after it, candidates)
_CANDIDATE = re.compile(rf"(?<![\w./,:§(\[-])(?P<num>\d{{1,3}})(?P<mark>{NUMBER_STOP})?(?![\d\w])"
                        r"(?:[ \t]+af[ \t]+(?P<of>\d{1,3})(?![\d\w]))?"
                        rf"(?=[ \n]+(?:[{SPACED_DASH}|]\s+)?(?P<next>\S))")
# a body's section heading right after a number: no item's title ('… i figur 1. Beslutning Godkendt.')
_HEADING_AFTER = re.compile(rf"\s+(?:{'|'.join(BODY_CUE_WORDS)})(?=\s*:|\s+[A-ZÆØÅ])")
# the whole words (no abbreviation) after which a number is a reference ('møde 2', 'bilag 3', 'lokalplan 512')
_WHOLE_REFERENCE_WORDS = (r"afsnit|møde|bilag|lokalplan|tillæg|dato|den|år|punkterne|og|med|for|plan|afdeling|distrikt"
                          r"|vej|gade")
# Words after which a number is a reference, not an item number ("nr. 513", "side 2", "kl. 14").
_REFERENCE_WORD = re.compile(
    r"(?:(?<!\bsag )(?<!\bpunkt )(?<!\bpkt\. )\b(?-i:nr|NR)"  # 'Sag nr. 3', 'Nr. 3' (ITEM_LABEL) label an entry
    rf"|\bside:|\bkl|\bstk|§|\bjf|\bkap|\bca|\bcirka|\bafd|lokale|\b(?:{_WHOLE_REFERENCE_WORDS})"
    r"|\bside\s+\d{1,4}\s+af"  # 'Side 3 af 12 Godkendelse …': the page count
    r"|(?<![\w.])(?:punkt|pkt\.?)\s*\d{1,3}\s+af)"  # 'Punkt 4 af 12 Title': the count of the list's items
    r"\.?:?\s*$",
    re.IGNORECASE,
)
# a reference word that is a whole word, not an abbreviation, with a full stop after it: the stop ends the sentence
# ('… Sagen udsættes til næste møde. 2. Salg af grund …', an outcome's last word), so the number after it opens the
# next entry; an abbreviation's stop ('nr. 3', 'kl. 14', 'jf. 4') is no sentence's end. Why: the number was read as
# a reference ('møde 2') and the items after it merged into the one before
_WORD_THEN_STOP = re.compile(rf"\b(?:{_WHOLE_REFERENCE_WORDS}|lokale)\.\s*$", re.IGNORECASE)
_PAGE_WORD = re.compile(r"(?i:\bside)\s*$")
# the item number of a treatment's dated line ('Teknik- og Miljøudvalget, 10-09-2019, pkt. 65 Anbefales.'): the
# number the item had at that meeting, after its date, not an entry of the page's own list
_DATED_ITEM_NUMBER = re.compile(r"\d{2,4},\s*(?i:pkt|punkt)\.?\s*$")
_LABEL_OR_NUMBER = re.compile(rf"(?:{POINT_LABEL}\s+)?\d{{1,3}}[.:)]?\s")
OPEN_CLOSED_WORD = re.compile(rf"(?:^|\s)(?P<w>åbent|åben|lukket|lukkede?)(?:\s+(?:sag"
                              rf"|punkt))?\s*[:{SPACED_DASH}]?\s*$",
                              re.IGNORECASE)
_TITLE_START = re.compile(r"[A-ZÆØÅÉÜÖÄ\"“”'«(§\d]")


@dataclass
class Candidate:
    """A number that may number an item: where it stands, where its title may start, its value as printed, and the
    open/closed word before it (None: none printed)."""
    pos: int
    end: int  # where the title may start
    num: int
    printed: str
    closed: bool | None


_GROUP_NEXT = re.compile(r"\s+(?i:åbne|åben|åbent|lukkede|lukket)\s+"
                         r"(?i:sager|punkter|dagsordenspunkter|dagsordenpunkter|dagsorden)\b")


# a month's name and a year after the number: a date's day ('TEKNISK UDVALG 3. MAJ 2019', a head in capitals), whose
# month a lower-case title start rules out only where it is printed in small letters
_MONTH_THEN_YEAR = re.compile(rf"(?i:{MONTH_WORDS})\.?\s+(?:19|20)\d{{2}}\b")


def candidates(text: str) -> list[Candidate]:
    """Item numbers of the text, '12:' included (see list_numbers)."""
    out: list[Candidate] = []
    references: list[Candidate] = []  # numbers after a reference's word, kept for the gaps of a run
    pages = page_prefixes(text)
    paragraphs = _paragraph_run(text)
    for m in _CANDIDATE.finditer(text):
        mark = (m.group("mark") or "").strip()  # ('12 .': the stop set off by a space is the stop)
        if not _TITLE_START.match(m.group("next")) or _page_number(m, text, pages) or _GROUP_NEXT.match(text, m.end()) \
                or _MONTH_THEN_YEAR.match(text, m.start("next")):
            continue  # (a page number before 'Lukkede dagsordenspunkter' numbers no item; '3. MAJ 2019' is a date)
        if mark == "." and text[m.start() - 1: m.start()] == " " and _HEADING_AFTER.match(text, m.end()):
            continue  # '… som vist i figur 1. Beslutning Godkendt.': a sentence's reference, a body's heading after it
        before = text[max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1): m.start()]
        if NUMBER_THEN_TITLE.match(text, m.start("next")) and mark != "." \
                and not STATUS_ONLY.fullmatch(text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip()):
            # '… Indenrigsministeriet 4 3 Godkendelse …': a page number, then the item's number; with its full
            # stop, or after a status that opens its line, the number is the item's, a reading's number after it
            # ('4.' / '2. Behandling af …', 'Åben 4 2. Behandling af …')
            continue
        if before.rstrip().endswith(("..", "…", "__")):
            continue  # a page number behind a dot leader
        if not mark and _PAGE_WORD.search(before) and (_LABEL_OR_NUMBER.match(text, m.start("next"))
                                                        or _own_page(m, text, pages) and out
                                                        or BODY_CUE.match(text, m.end())):
            # '… Side 3 Sag nr. 1 Title', 'Side 3 1 - Title': the page, then the item's own number; '5 Referat 19.
            # april 2022 Side 5 Bilag …': the page line's head counts its page, no item; '3 Udvalget Side 1 Sagsnr.
            # 24/1001 1. Title': the page's count, then the case cell printed before the header (no title follows)
            continue
        word = _status_before(before)
        closed = None
        if word:
            closed = word.group("w").lower().startswith("luk")
        elif (_REFERENCE_WORD.search(before) and not _unopened_bracket(text, m) and not _WORD_THEN_STOP.search(before)
              and not (m.group("num") in paragraphs and _PARAGRAPH_BEFORE.search(before))) \
                or _DATED_ITEM_NUMBER.search(before):
            references.append(Candidate(m.start(), m.end(), int(m.group("num")), m.group("num"), None))
            continue
        num = int(m.group("num"))
        if num == 0 or m.group("of") and (int(m.group("of")) < num or not NEXT_LABEL_BEFORE.search(before)):
            continue  # ('4 af 12' numbers an item after its label only: '3 af 5 Medlemmer …' counts members)
        out.append(Candidate(m.start(), m.end(), num, m.group("num"), closed))
    # '(1) Title', '4.1 Title': forms _CANDIDATE leaves alone, read where a run of them counts up (number_runs)
    out += [Candidate(mk.pos, mk.end, mk.num, mk.printed, None) for mk in form_marks(text)]
    out.sort(key=lambda c: c.pos)
    filled = _run_gaps_filled(out, references, text)
    return sorted(out + filled, key=lambda c: c.pos) if filled else out


def _run_gaps_filled(cands: list[Candidate], references: list[Candidate], text: str) -> list[Candidate]:
    """The numbers read as references ('… referat fra sidste møde 2. Salg af grund …') that fill the one gap of a run
    between its neighbours: n-1 before and n+1 after, next to each other among the candidates, all three with the
    same mark (a stop, a bracket or a colon: a bare number after such a word is as likely a reference's). Why: a
    title may end on a word a reference follows ('møde', 'plan', 'bilag'), and the next item's number then read as
    the reference lost that item's number and ran its title into the one before; a list that counts 1, 3 with one
    number between them printed in its place is evidence no single word outweighs."""
    filled = []
    starts = [c.pos for c in cands]
    for r in references:
        k = bisect.bisect_right(starts, r.pos)
        if 0 < k < len(cands):
            a, b = cands[k - 1], cands[k]
            if a.num + 1 == r.num == b.num - 1 and _mark(a, text) == _mark(r, text) == _mark(b, text) != "":
                filled.append(r)
    return filled


def _page_number(m: re.Match[str], text: str, pages: set[int]) -> bool:
    """The number opens a transcript's page line (`pages`, page_prefixes), or ends one right before the next page's
    number ('… Beslutning Godkendt. 3' / '4 2. Budget …'): the page's printed foot. Why: a transcript prints each page
    as one line, so an item's number has its title on its own line behind it; a number that ends its line before the
    next page's number is the page's, and read as an item's it took the next page as its title."""
    return m.start() in pages or m.start("next") in pages and "\n" in text[m.end(): m.start("next")]


def _own_page(m: re.Match[str], text: str, pages: set[int]) -> bool:
    """The number repeats the number of the transcript page line it stands on ('5 Referat: 19. april 2022 Side 5
    Bilag Ingen bilag. …'): the PDF's page count in its running head, which the viewer's page number repeats. Why
    across publishers: an item numbered as its page is by chance, and 'Side' labels no item; read as one, the page's
    text became an item titled by its first words, and the header after it was lost. Only once an item's number
    was read before it (the caller's `out`): on a contents page before the items ('2 Udvalget 17-08-2022 Side 2
    Dialogmøde … 3 Godkendelse af dagsorden 4 …'), the count is where the page's list starts, and the list reader
    needs it there."""
    start = text.rfind("\n", 0, m.start()) + 1
    return start in pages and text.startswith(m.group("num") + " ", start)


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
    word = OPEN_CLOSED_WORD.search(before)
    if word and _MARKED_NUMBER_END.search(before, 0, word.start("w")):
        return None  # '3) Lukket punkt 4) Salg af …': the status is entry 3's title, a closed item printed by it alone
    return None if word and _TITLE_DASH.search(before, 0, word.start("w")) else word


# an item's number with its mark right before a status word: the status is that entry's whole title (a closed item
# printed only as 'Lukket punkt'), not the next number's status; a bare number there may be a page column's
_MARKED_NUMBER_END = re.compile(r"(?<![\w.,/])\d{1,3}[.):]\s+$")


# an item's label just before its number ('Punkt 3', 'Pkt. 3', 'Sag nr. 3'): the number is an item's (one
# pattern: a second definition further down used to override this one silently; its reading is kept)
ITEM_LABEL = rf"(?<![\w.])(?:{POINT_LABEL}|Nr\.?)"
ITEM_LABEL_BEFORE = re.compile(rf"{ITEM_LABEL}\s+$")
# the same before a number of the run, where 'Sag' alone labels it too ('… Klosterforum 8 Sag 4 Anlægsprojekter …')
# and the paragraph mark of a run numbered '§ N' (_paragraph_run: candidates reads no other '§ N' as an item's)
NEXT_LABEL_BEFORE = re.compile(rf"(?:(?:{ITEM_LABEL}|(?<![\w.])Sag)\s+|(?<![\w§])§\s*|(?<![\w#])#\s*)$")


def opens_line(text: str, pos: int) -> bool:
    """Nothing but spaces before `pos` on its line."""
    return not text[text.rfind("\n", 0, pos) + 1:pos].strip()


def label_before(text: str, at: int) -> bool:
    """An item's label ends right before `at` ('Pkt. ' before '4:'), looked for only as far back as a label
    reaches past the blank run before `at` (a whole page's prefix for every number made long pages quadratic)."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    # ('Sag 4: Title': 'Sag' alone, capitalised, labels an item's number as it does in a run, NEXT_LABEL_BEFORE)
    return k < at and NEXT_LABEL_BEFORE.search(text, max(0, k - LABEL_REACH), at) is not None


LABEL_REACH = 40  # 'dagsordenspunkt', 'sag nr.' with its own blanks: no item's label is longer


# a body's section heading that may open a numbered list of its own: the case text's cues, or the bilag heading
_LIST_HEAD = re.compile(BODY_CUE.pattern + r"|\s+(?:Bilag\w*|Vedlagte\s+bilag)\b")


def without_nested_lists(cands: list[Candidate], text: str) -> list[Candidate]:
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


# a proposal's sentence introducing its points, right before the first (contents_base.PROPOSAL_LEAD)
_PROPOSAL_INTRO = re.compile(PROPOSAL_LEAD + r"\s*$", re.IGNORECASE)


def without_proposal_points(cands: list[Candidate], text: str) -> list[Candidate]:
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


def _run_ends(cands: list[Candidate], text: str) -> list[int]:
    """For each candidate, the index of the last one of the run rising by one that goes on from it (itself when the
    next does not go on): one pass from the end, not a walk along the run from each of its candidates. A run keeps
    its numbers' mark: a case text's list printed '1. … 2. …' between the headers '2) …' and '3) …' ends at its
    '2.', and does not run on into the headers' '3) 4) …' (taken for its own, the headers would be dropped)."""
    ends = list(range(len(cands)))
    for k in range(len(cands) - 2, -1, -1):
        if cands[k + 1].num == cands[k].num + 1 and _mark(cands[k + 1], text) == _mark(cands[k], text):
            ends[k] = ends[k + 1]
    return ends


def _mark(c: Candidate, text: str) -> str:
    """The mark printed after a candidate's number ('.', ')', ':'), '' for a bare number."""
    last = text[c.end - 1]
    return last if last in ".):" else ""


# a bilag heading and its list's first entry, whose number candidates reads as a reference ('jf. bilag 1')
_BILAG_FIRST = re.compile(r"\s(?i:bilag\w*)\s*:?\s+1\s*[.)]\s+\S")


def _opens_list(before: list[Candidate], first: Candidate, run: bool, text: str) -> bool:
    """`first` opens a numbered list: it is 1 and more numbers follow it, or it is 2 right after a bilag heading's
    '1.' ('Bilag 1. Kort over grunden 2. Notat …': the 1 was not taken, read as a reference to bilag 1)."""
    if first.num == 1:
        return run
    start = before[-1].end if before else 0
    return first.num == 2 and bool(_BILAG_FIRST.search(text, start, first.pos))

