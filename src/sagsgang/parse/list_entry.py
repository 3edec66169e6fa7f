"""What a found list entry is, and the small readings of list text every list finder shares.

ListEntry, the length limits of a title and a list, page prefixes on flattened lines, group
headings ('Åbne sager', 'Lukkede punkter') and whether a span holds titles at all. It exists so
the numbered-run finder (item_list) and the unnumbered readers (contents_lists and its parts) can share these
without importing each other.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lines import column_cell_kind
from .title_split import GROUP_MARK

MAX_TITLE = 200  # printed item titles stay well below this
MAX_SPAN = 400  # characters between two numbers of a list: a title and its table-of-contents tail
MAX_STEP = 6  # numbers lost in a row that a run may bridge
MAX_TITLE_WORDS = 16  # words in the longest printed title, about


@dataclass
class ListEntry:
    """One item of a printed list: its number (None where extraction lost it), title, open/closed."""

    number: str | None
    title: str
    public: bool
    start: int  # offset of the entry (its number) in the joined text
    end: int  # offset where its title ends


def page_prefixes(text: str) -> set[int]:
    """Offsets of the page numbers that open the lines of a transcript printing each page as one long
    line ('1 Referat …' / '2 Indholdsfortegnelse …' / '3 …'): they count pages, not items. Three or
    more lines whose first numbers go up by one: long ones, or ones that print the page's number or the contents
    list."""
    heads = [(m.start(1), int(m.group(1)), m.group(2)) for m in re.finditer(r"(?m)^(\d{1,3}) +(\S.*)$", text)]
    run: list[tuple[int, int, str]] = []
    best: list[tuple[int, int, str]] = []
    for head in heads:
        run = [*run, head] if run and head[1] == run[-1][1] + 1 else [head]
        best = run if len(run) > len(best) else best
    if len(best) < 3:
        return set()
    long_lines = sum(len(rest) for _, _, rest in best) >= 150 * len(best)
    # a page that names itself: '4 Klima- og Planudvalget 10-01-2024 Side 4 …'
    self_named = sum(1 for _, n, rest in best if re.search(rf"\bSide\s+{n}\b", rest)) * 2 >= len(best)
    # a page that opens with an item's own number: '3 Punkt 1: Godkendelse …' / '4 Punkt 2: Budget …'
    numbered = sum(1 for _, _, rest in best if _ITEM_NUMBER_FIRST.match(rest)) * 2 >= len(best)
    # a page that holds the whole contents list ('3 Indholdsfortegnelse 1 Budget … 2 Lokalplan …'): no item's title
    # holds a list of items from 1, so the number before it counts pages, also where a short excerpt's first pages (a
    # cover, the facts, the contents) are each too short for `long_lines`
    pages = long_lines or self_named or numbered or any(_CONTENTS_FROM_ONE.search(rest) for _, _, rest in best)
    return {at for at, _, _ in best} if pages else set()


_ITEM_NUMBER_FIRST = re.compile(r"(?:(?i:punkt|pkt\.?|sag\s+nr\.?|dagsordenspunkt)\s*)?\d{1,3}[.:)]?\s+[A-ZÆØÅ]")


# what follows a page number in a contents list: the next entry's number, maybe after its status and
# label ('4 3 Godkendelse …', '3 Åben sag 2 Budget …')
NUMBER_THEN_TITLE = re.compile(r"(?:(?i:åben|åbent|lukket)\s+)?(?:(?i:sag|punkt|pkt\.?)\s+)?"
                                r"\d{1,3}\.?\s+[A-ZÆØÅ][a-zæøå]")
# a title that opens on a number of its own, as no item numbering prints one: a paragraph sign, a decimal, a
# compound's number or an ordinal before a word in small letters ('§17.4 Udvikling …', '17.4 Albertslund Midtby',
# '10-årsplan for …', '2. behandling af budget'; an item's '2. Budget' opens a capital)
OWN_NUMBER_OPEN = re.compile(r"§|\d{1,4}(?:[.,]\d{1,3})+\s|\d{1,4}-[a-zæøå]|\d{1,2}\.\s+[a-zæøå]")
LABEL_WORD = re.compile(r"(?<!Lukke)(?<!Åbe)(?<!Åben)\w[:] ")  # a label; 'Lukket: Salg af …' marks a closed title
CUE_WORD = re.compile(r"(?i:Indholdsfortegnelse|(?<!åbne )(?<!lukkede )Dagsordenspunkter)")  # not a group heading
# a contents list's heading, then its first entry ('Indholdsfortegnelse 1 Budget', '… Dagsordenspunkter 1. Godkendelse')
_CONTENTS_FROM_ONE = re.compile(rf"{CUE_WORD.pattern}\b.*?(?<![\d.,])1[.)]?\s+[A-ZÆØÅ]")


def holds_titles(span: str) -> bool:
    """What lies between two numbers of a list is a title (and a page number), never the meeting's
    label facts ('Mødedato: … Mødelokale: …') or the table of contents' own heading."""
    return len(LABEL_WORD.findall(span)) < 2 and not CUE_WORD.search(span)


# where LABEL_WORD and CUE_WORD could match, their look-behinds left aside (TitleSpans checks those per span)
_LABEL_AT = re.compile(r"(?=\w: )")
_LABEL_GUARDS = ("Lukke", "Åbe", "Åben")  # LABEL_WORD's look-behinds, case and all
_CUE_AT = re.compile(r"(?i:(?P<toc>Indholdsfortegnelse)|(?P<dp>Dagsordenspunkter))")
_CUE_GUARDS = ((5, re.compile(r"(?i:åbne )")), (8, re.compile(r"(?i:lukkede )")))  # CUE_WORD's look-behinds


class TitleSpans:
    """holds_titles for many spans of one text (text[a:b]), from where the two patterns could match found once:
    the run finder asks it of every pair of candidate numbers, and scanning each pair's span again made long
    pages slow. The same answer as holds_titles(text[a:b]): a match counts only whole inside the span, and a
    look-behind sees only the span's own characters, as it does in the cut string."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.labels = [m.start() for m in _LABEL_AT.finditer(text)]
        self.cues = [(m.start(), m.end(), m.group("dp") is not None) for m in _CUE_AT.finditer(text)]
        self.cue_starts = [c[0] for c in self.cues]

    def holds(self, a: int, b: int) -> bool:
        """holds_titles(text[a:b])."""
        return self._label_count(a, b) < 2 and not self._cue_in(a, b)

    def _label_count(self, a: int, b: int) -> int:
        """How many of LABEL_WORD's matches text[a:b] holds, counted up to 2."""
        found, k = 0, bisect.bisect_left(self.labels, a)
        while found < 2 and k < len(self.labels) and self.labels[k] + 3 <= b:
            p, k = self.labels[k], k + 1
            found += not any(p - len(g) >= a and self.text.startswith(g, p - len(g)) for g in _LABEL_GUARDS)
        return found

    def _cue_in(self, a: int, b: int) -> bool:
        """Whether CUE_WORD matches in text[a:b]."""
        for k in range(bisect.bisect_left(self.cue_starts, a), len(self.cues)):
            start, end, guarded = self.cues[k]
            if start >= b:
                break
            if end <= b and not (guarded and any(start - n >= a and g.fullmatch(self.text, start - n, start)
                                                 for n, g in _CUE_GUARDS)):
                return True
        return False


# A group heading between two entries of a list: 'Lukkede dagsordenspunkter', 'Åbne sager' (the
# page number of the entry before it may stand between), lettered or numbered in roman numerals as the groups
# count ('B. Lukkede punkter', 'II. Lukkede sager': the mark is the heading's, no title's last word).
GROUP = re.compile(r"(?P<page>\s+\d{1,3})?(?:^|\s+)(?:(?-i:[A-Z]|[IVX]{1,4})[.)]\s+)?"
                   r"(?P<kind>(?i:åbne|åben|åbent|lukkede|lukket))\s+"
                   r"(?i:sager|punkter|dagsordenspunkter|dagsordenpunkter|emner|dagsorden|referat)\s*:?(?=\s|$)")


def fold_title(text: str) -> str:
    """A title as compared with its twin elsewhere on the page (a list's entry and its heading below): white space
    as one space, case folded, a closing full stop or colon off."""
    return " ".join(text.split()).casefold().rstrip(" .:")


def text_start(piece: str, off: int) -> int:
    """Offset of a piece's first word (past the blanks and group mark it may begin with)."""
    return off + len(piece) - len(piece.lstrip(" " + GROUP_MARK))


def numbered_piece(title: str) -> tuple[str | None, str]:
    """A piece cut after a group heading that kept its number ('15 Salg af areal'): its number and
    title; also behind its label ('Punkt 2: Budget', where the colon kept the number from the list's
    chain). Other pieces start at a capitalised word: no number."""
    m = re.match(r"(?:(?:Punkt|Pkt\.?|Sag(?:\s+nr\.?)?|Dagsordenspunkt)\s*)?(\d{1,3})[.:)]?\s+(?=[A-ZÆØÅ])", title)
    return (m.group(1), title[m.end():]) if m else (None, title)


def _inside_a_sentence(span: str, m: re.Match[str]) -> bool:
    """The group's words in small letters after a word in small letters are a title's own words ('… skal have
    adgang til lukkede punkter under orlov'), not a heading: a heading opens with its capital or stands after a
    page number or a title's end."""
    return m.group("kind")[0].islower() and not m.group("page") \
        and bool(re.search(r"[a-zæøå,]$", span[: m.start("kind")].rstrip()))


def mark_groups(span: str, page_column: bool) -> tuple[str, list[tuple[int, bool]]]:
    """The span with each group heading blanked to GROUP_MARK (and the page number before it, in a
    list with a page column), offsets kept, and (offset, closed) of each: the entries after
    'Lukkede sager' are closed. A heading at the very end leaves no mark."""
    groups: list[tuple[int, bool]] = []
    for m in GROUP.finditer(span):
        if _inside_a_sentence(span, m):
            continue
        cut = m.start() if page_column or not m.group("page") else m.end("page")
        mark = f" {GROUP_MARK}" if span[m.end():].strip() else ""
        span = span[:cut] + mark.ljust(m.end() - cut) + span[m.end():]
        groups.append((cut, m.group("kind").lower().startswith("lukke")))
    return span, groups


# a short word before a tail, in small letters or a list's capitals ('… i Handicaprådet', '… mødet den 12.03.2024',
# '… til drøftelse'): the tail is the title's own words, not a cell beside it
_BOUND_BEFORE = re.compile(r"[a-zæøå.]{1,4}", re.IGNORECASE)


def _tail_cell(title: str) -> tuple[str, int] | None:
    """(kind, where it starts) of the cell a title's last words may be (lines.column_cell_kind: what the item
    asks, a date, a committee's name), opening with a capital or a digit, or None."""
    words = title.split()
    for n in (4, 3, 2, 1):
        if len(words) <= n + 1 or _BOUND_BEFORE.fullmatch(words[-n - 1]):
            continue
        tail = " ".join(words[-n:])
        kind = column_cell_kind(tail) if tail[0].isupper() or tail[0].isdigit() else None
        if kind and title.endswith(tail):
            return kind, len(title) - len(tail)
    return None


def without_column_tails(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries without the cell of a column their titles all end in: where half the entries or more (two at
    least) end in a cell of one kind (what the item asks, a date, a committee's name), each entry's cell of that
    kind comes off. Why: a table's column printed after each title repeats one kind of value on every row, which
    the titles' own last words do not; a flattened page lost the gap that set it apart (lines.without_column_cells
    reads the gap where the page keeps it)."""
    tails = [_tail_cell(e.title) if e.title else None for e in entries]
    counts: dict[str, int] = {}
    for t in tails:
        if t:
            counts[t[0]] = counts.get(t[0], 0) + 1
    titled = sum(1 for e in entries if e.title)
    common = {kind for kind, n in counts.items() if n >= 2 and 2 * n >= titled}
    for e, t in zip(entries, tails, strict=True):
        if t and t[0] in common:
            e.title = e.title[: t[1]].rstrip()
    # a cell alone where the list cut the last row's title from it ('… laug' / 'Drøftelse') is no entry
    return [e for e in entries if e.number or not e.title or column_cell_kind(e.title) not in common]
