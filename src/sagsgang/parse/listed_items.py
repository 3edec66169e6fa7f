"""The document's numbered item list against the item headers after it.

Body headers after the list that repeat a listed entry need no other cue: the list vouches for them. These read
which headers the list names, which entries it wrapped, which it lists beyond the headers or left unread, and
which are bilag entries rather than items.
"""
from __future__ import annotations

import re

from .casenumbers import case_number_tail
from .contents_continued import is_contents_heading
from .header_patterns import LABELLED_START, NUMBERED_START
from .headings import ATTACHMENT_HEADING, is_heading
from .item_list import line_at
from .item_start_base import ItemStart
from .lines import Line, nearest_text
from .list_entry import ListEntry, fold_title
from .title_marks import clean_title


def labelled_before(starts: list[ItemStart], marked: list[ItemStart]) -> list[ItemStart]:
    """The one item header printed with its label and number ('Punkt 1: Godkendelse af dagsorden') above the items
    that only a status or case label heads ('Lukket: Salg af grund'): both are items of the page, so the marked
    reading that explains more items adds to the labelled header instead of replacing it."""
    first = min(m.index for m in marked)
    return [s for s in starts if s.kind == "labelled" and s.number and s.index + s.consumed <= first]


def listed_beyond(starts: list[ItemStart], listed: list[ListEntry], offsets: list[int], after: int) -> list[ItemStart]:
    """The entries of a contents list above the headers numbered past every header: items whose bodies the
    page does not reach (an excerpt, a page cut off), which the list alone still names."""
    last = max((n for s in starts if (n := num(s.number)) >= 0), default=None)
    if last is None or any(s.index < after for s in starts) or not _list_names_headers(starts, listed):
        return []
    out = []
    for e in listed:
        if num(e.number) > last:
            first, end = line_at(offsets, e.start), line_at(offsets, max(e.end - 1, e.start))
            out.append(ItemStart(first, e.number, e.title or "", consumed=end - first + 1, kind="listed",
                                 closed=not e.public))
    return out


# what may stand before a list entry's number on its line: a bullet, an item's label ('Sag nr. 148'); an entry
# after a sentence on its line ('Godkendt. 4 437. Kommuneplantillæg …') is a run-on header, not a list's line
_ENTRY_LEAD = re.compile(r"\s*(?:[•·▪●◦-]\s*)?(?:(?i:punkt|pkt\.?|sag(?:\s+nr\.?)?|nr\.?)\s*)?")


def listed_unread(starts: list[ItemStart], listed: list[ListEntry], lines: list[Line], offsets: list[int]
                   ) -> list[ItemStart]:
    """The entries of a list whose own lines were read as headers, half of them at least, that no header took,
    between two that one did: the same list prints them the same way, so they are items too; their first line only
    failed a header's cues (a title wrapped onto the next line after a dash or a short first line: '150. Status -'
    / 'Implementering …'). Each opens its line, as a list's entries do."""
    at = {s.index: s.number for s in starts}
    own = [e for e in listed if at.get(line_at(offsets, e.start)) == e.number]
    if not listed or 2 * len(own) < len(listed):
        return []
    out = []
    found = set(at.values())
    for e in listed:
        first = line_at(offsets, e.start)
        # between two entries read as headers: inside the list's block (a number the list's last header is
        # followed by may be a sentence's reference in a body: 'godkendte … punkt 3 "Udkast …"'); a number a
        # header holds is that item's, found already ('Pkt. 101' alone over its title, read from the title's line)
        if first not in at and e.number and e.number not in found and e.title \
                and own[0].start < e.start < own[-1].start \
                and _ENTRY_LEAD.fullmatch(lines[first].text[: e.start - offsets[first]]):
            end = line_at(offsets, max(e.end - 1, e.start))
            out.append(ItemStart(first, e.number, e.title, consumed=end - first + 1, kind="listed",
                                 closed=not e.public))
    return out


def _list_names_headers(starts: list[ItemStart], listed: list[ListEntry]) -> bool:
    """The list's entries name the headers it shares numbers with, half of them at least: a site's numbered
    menu above the page ('1. Byråd' / '2. Udvalg' / '3. Dagsordener') is no contents of its items."""
    titles = {e.number: fold_title(e.title) for e in listed if e.title}
    shared = [s for s in starts if s.number in titles]
    same = [s for s in shared if fold_title(s.title).startswith(titles[s.number])
            or titles[s.number].startswith(fold_title(s.title))]
    return 2 * len(same) >= len(shared)


_PAGE_AFTER = re.compile(r"\s*\d{1,3}")  # what a title printed with its page has after it


def listed_titles(starts: list[ItemStart], listed: list[ListEntry], offsets: list[int]) -> list[ItemStart]:
    """Headers that are the list's own lines ('2. Budget for vejene 3', 'Orientering<TAB>4') take the
    list's reading of them, which knows the page column the headers alone cannot tell from the title."""
    by_line = {(line_at(offsets, e.start), e.number): e for e in listed if e.title}
    for s in starts:
        e = by_line.get((s.index, s.number))
        if e and fold_title(case_number_tail(s.title)[0]) == fold_title(e.title) != fold_title(s.title):
            continue  # '… · EMN-2024-001234': the header's case number, which the list's title leaves out
        if e and len(e.title) < len(s.title) and fold_title(s.title).startswith(fold_title(e.title)) \
                and (s.consumed == 1 or _PAGE_AFTER.fullmatch(fold_title(s.title)[len(fold_title(e.title)):])):
            # a header wrapped onto more lines takes the list's title only where it ends in the page
            s.title, s.closed = e.title, s.closed or not e.public  # '- Lukket punkt' read off with the page
    return starts


# a line opening with an item's number ('§ 6 …', 'Pkt. 6 …', '6. …', '6) …'); not a year opening a wrapped title's
# second line ('2018 - samlet oversigt')
_NUMBER_OPENS = re.compile(r"(?:[•·▪●◦]\s*)?(?:§\s*|(?i:punkt|pkt\.?|sag\s+nr\.?)\s*)\d|\d{1,3}[.):]?\s")


# a title's first line that cannot end it: a dash, a comma or a small word that wants the next ('Salg af',
# 'Pølsebod på', 'Status -'); else the next line must go on in small letters or a number ('… for skole-' / 'og …')
_OPEN_END = re.compile(r"(?:[-–,:&/]|\b(?i:af|for|i|på|til|med|om|og|eller|ved|fra|samt|under|over|efter|hos|mod"
                       r"|vedr\.))$")


def wrapped_entries(starts: list[ItemStart], listed: list[ListEntry], lines: list[Line],
                     offsets: list[int]) -> list[ItemStart]:
    """Headers that are a list's entries wrapped onto the next line ('164. Nyt reglement' / '   for Kildeby
    Bibliotek - Lukket punkt'): the header read the first line only, the list read on to the next entry's
    number, so the header takes the list's title and status and its lines. Only where the list's title is the
    header's title and the lines after it, word for word (a list that read on into a cell or a line the header
    left out for a reason, a case number, a status, is no wrapped title)."""
    by_line = {(line_at(offsets, e.start), e.number): e for e in listed if e.title}
    for s in starts:
        e = by_line.get((s.index, s.number))
        end = line_at(offsets, max(e.end - 1, e.start)) if e else -1
        if not e or end < s.index + s.consumed or len(e.title) <= len(s.title):
            continue
        more = [ln.text.strip() for ln in lines[s.index + s.consumed: end + 1]]
        if any(_NUMBER_OPENS.match(t) for t in more):
            continue  # a line that opens with an item's number is the next entry, though the list's run left it out
        rest = " ".join(more)
        if not (_OPEN_END.search(s.title) or rest[:1].islower() or rest[:1].isdigit()):
            continue  # a whole title, then a line of its own ('… ved Skovvej' / 'Kontakt': a footer's word)
        if fold_title(clean_title(f"{s.title} {rest}")[0] or "") == fold_title(e.title):
            s.title, s.closed, s.consumed = e.title, s.closed or not e.public, end - s.index + 1
    return starts


def listed_status(starts: list[ItemStart], listed: list[ListEntry]) -> list[ItemStart]:
    """Headers that repeat a closed entry of the list above them (its number and title, under 'Lukkede punkter'
    there) are closed: the list's group heading is the only place the page marks them."""
    shut = {(e.number, fold_title(e.title)) for e in listed if not e.public and e.number and e.title}
    for s in starts:
        if (s.number, fold_title(s.title)) in shut:
            s.closed = True
    return starts


def without_bilag_entries(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """'Bilag' / '1 Åben Opsamlingsnotat …' / '2 Åben Politik for …' under item 715: a numbered bilag
    list, not items. A numbered line counts as a bilag entry when the last heading above it is the
    bilag heading of the item before and its number is lower than that item's."""
    out: list[ItemStart] = []
    for s in starts:
        prev = out[-1] if out else None
        if prev is not None and s.kind == "numbered" and num(s.number) < num(prev.number):
            above = next((ln.text for ln in reversed(lines[prev.index + prev.consumed: s.index])
                          if ln.text and is_heading(ln.text)), "")
            if ATTACHMENT_HEADING.match(above):
                continue
        out.append(s)
    return out


def num(number: str | None) -> int:
    return int(number) if number and number.isdecimal() else -1


def one_header_each(starts: list[ItemStart], lines: list[Line]) -> list[ItemStart]:
    """A listed item's header ('1. Meddelelser') and, right under it (or after a page break), the
    case-number label that opens items where no header is printed ('Sagsnr.: 2011-29298'): one item,
    headed by the first."""
    out: list[ItemStart] = []
    for s in starts:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "listed-body" and s.kind == "marker"
                and s.index - prev.index <= 12 and not any(
                    is_heading(ln.text) or len(ln.text) > 60 for ln in lines[prev.index + prev.consumed: s.index])):
            continue  # at most a page break's running header between them
        out.append(s)
    return out



def listed_headers(lines: list[Line], listed: list, after: int, taken: set[int]) -> list[ItemStart]:
    """Body headers after the list that repeat a listed entry: its number with (the start of) its
    title, or its title alone on a line. They need no other cue: the list vouches for them."""
    by_number = {e.number: e.title for e in listed if e.number and e.title}
    by_title = {fold_title(e.title): e for e in listed if e.title and len(e.title) >= 10}
    last = max((i for i, ln in enumerate(lines) if ln.text), default=-1)
    out = []
    for i in range(after, len(lines)):
        t = lines[i].text
        if not t or i in taken:
            continue
        m = NUMBERED_START.match(t) or LABELLED_START.match(t)
        if m and m.group("num") in by_number:
            head, listed_title = fold_title(m.group("title")), fold_title(by_number[m.group("num")])
            if head and (listed_title.startswith(head) or head.startswith(listed_title)):
                title = _header_title(m.group("title"), by_number[m.group("num")], cut=i == last)
                out.append(ItemStart(i, m.group("num"), title, kind="listed-body"))
            continue
        e = by_title.get(fold_title(t))
        if e is not None and not _repeats_header_above(lines, i, t):
            out.append(ItemStart(i, e.number, e.title, kind="listed-body", closed=not e.public))
    return out


def _repeats_header_above(lines: list[Line], i: int, title: str) -> bool:
    """Line i prints again the title of the numbered header on the filled line above it ('145. Godkendelse af
    dagsorden' / '' / 'Godkendelse af dagsorden' / 'Beslutning …'): the body's own heading under its header, no
    header of its own (read as one, it took the body and left the header empty)."""
    j = nearest_text(lines, i - 1, -1)
    m = (NUMBERED_START.match(lines[j].text) or LABELLED_START.match(lines[j].text)) if j is not None else None
    return bool(m) and fold_title(m.group("title")) == fold_title(title)


def _header_title(header: str, listed: str, cut: bool = False) -> str:
    """The title of a body's header that repeats a listed entry: the header's own, unless it runs on past the
    listed title into a section heading ('86. Godkendelse af dagsorden til mødet d. 23. juni 2015 Sagsgang og
    sagstype Udvalget for …': a flattened page line cut late), where the list shows where the title ends; and the
    listed title where the header, `cut` off by the end of the page, is the start of it only ('191. Godkendelse
    af indtræden af stedfortræderen for' as an excerpt's last line)."""
    if cut and len(listed) > len(header.strip()) and fold_title(listed).startswith(fold_title(header)):
        return listed
    words = header.split()
    n = len(listed.split())
    if len(words) <= n or fold_title(" ".join(words[:n])) != fold_title(listed):
        return header
    rest = words[n:]
    return listed if any(is_heading(" ".join(rest[:k])) for k in range(1, min(len(rest), 5) + 1)) else header


def meeting_item_list(lines: list[Line], starts: list[ItemStart], listed: list[ListEntry],
                       offsets: list[int]) -> list[ListEntry]:
    """`listed` where it can be the meeting's list of items: before any item header and before
    any case section (a numbered list under 'Indstilling' is the proposal's points). `offsets`
    are the lines' offsets in their joined text (item_list.joined_text). The contents heading itself is no case
    section, though a list that prints it again on its next page gets it read as a page's heading."""
    if not listed:
        return []
    first = line_at(offsets, listed[0].start)
    if starts and starts[0].index < first:
        return []
    if any(ln.text and is_heading(ln.text) and not is_contents_heading(ln.text) for ln in lines[:first]):
        return []
    return listed
