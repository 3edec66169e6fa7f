"""A transcript's page lines cut before their run-in headings and labels and read again.

A transcript whose page lines hide the items' own heads, or a meeting page whose items are blocks without numbers
each headed by its status: its page lines cut as a flattened body is, taken when that finds more items.
"""
from __future__ import annotations

import bisect
import re

from .inline_lines import split_inline
from .inline_page_chrome import page_text
from .item_list import find_item_list, joined_text, line_at
from .item_segments import doubled_titles, segment_items
from .item_start_base import ItemStart
from .lines import Line
from .list_entry import ListEntry
from .listed_items import num
from .marker_starts import marker_starts, titled_blocks
from .page_chrome import RunningFoot
from .run_on_titles import titles_run_on
from .title_tidy import BODY_CUE


def footless(header: list[Line], lines: list[Line]) -> list[Line]:
    """The header's transcript page lines without the running foot each page line of the document ends with
    (page_chrome.RunningFoot): the PDF's footer is no fact of the meeting."""
    paged = [ln.text for ln in lines if _PAGE_NUMBER.match(ln.text)]
    if len(paged) < 3:
        return header
    foot = RunningFoot(paged)
    return [Line(foot.off(ln.text), ln.offset) if _PAGE_NUMBER.match(ln.text) else ln for ln in header]


def flat_blocks(lines: list[Line], listed: list[ListEntry],
                 starts: list[ItemStart]) -> tuple[list[Line], list[ListEntry], list[ItemStart]]:
    """A transcript whose page lines hide the items' own heads: its page lines cut before their run-in
    headings and labels (as unflattened cuts a body), read again; taken when that finds more items, or
    finds two 'Sag nr. N' headers or more where only a numbered list inside the page lines was read
    ('Sag nr. 11 Sagens kerne Meddelelser: 1. Nyhedsliste … 2. Områdekort …': a list in a case's text)."""
    pages = _page_lines(lines)
    if not pages:
        return lines, listed, starts
    inside = bool(starts) and all(s.kind == "listed" and s.index in pages for s in starts)
    # an item's own header found (no page line, no sentence read as one): the page is read by it
    headed = any(len(s.title) < _PAGE_AS_TITLE and not s.title.endswith(".") for s in starts)
    if headed and not inside:
        return lines, listed, starts
    cut = titles_run_on(_cut_pages(lines, pages))
    again = find_item_list(cut)
    found = segment_items(cut, again)
    taken = inside and _headers_beat_list(starts, found, cut) or not headed and len(found) > max(1, len(starts))
    if taken:
        return cut, again, found
    around = _headers_around_list(starts, lines, cut, again, found) if inside else None
    return around or (lines, listed, starts)


def _headers_around_list(starts: list[ItemStart], lines: list[Line], cut: list[Line], again: list[ListEntry],
                         found: list[ItemStart]) -> tuple[list[Line], list[ListEntry], list[ItemStart]] | None:
    """The cut page lines' reading where the list read inside the page lines lies in one item's body there
    (_list_in_one_body), the cut lines taken as they are or with the headers the list of the cut lines vouches
    for opening their own lines (_listed_heads_opened); else None. Why: several numbered sequences compete on a
    flattened page, and the one that explains the document spans it, a header in turn at each number."""
    if _list_in_one_body(starts, lines, found, cut):
        return cut, again, found
    opened = _listed_heads_opened(cut, again)
    if opened is not cut:
        again = find_item_list(opened)
        found = segment_items(opened, again)
        if _list_in_one_body(starts, lines, found, opened):
            return opened, again, found
    return None


def _list_in_one_body(listed: list[ItemStart], lines: list[Line], found: list[ItemStart], cut: list[Line]) -> bool:
    """The list read inside the page lines is a numbered list in one item's case text ('… Fokusområder: 1. …
    2. … 3. …'), not the meeting's items: the cut page lines print item headers numbered in turn from 1, each
    opening its own line, and every entry of the list lies inside the body of one of them. The headers span
    the document; the list restarts at 1 inside one body."""
    numbers = [num(s.number) for s in found]
    if len(found) < 2 or numbers != list(range(1, len(found) + 1)) or any(s.kind != "numbered" for s in found):
        return False
    heads = [s.index for s in found]
    at, k = [], 0
    for s in listed:
        # the entry's line in the cut lines: the first at or after the last one found that prints its title's start
        # (a title the cut parted at a heading is not looked for further)
        j = next((j for j in range(k, len(cut)) if s.title[:20] in cut[j].text), -1) if s.title else -1
        if j >= 0:
            k = j
            at.append(bisect.bisect_right(heads, j))
    return 2 * len(at) >= len(listed) and len(set(at)) == 1 and at[0] > 0  # (0: above the first header)


def _listed_heads_opened(lines: list[Line], listed: list[ListEntry]) -> list[Line]:
    """The cut page lines with each listed header that still runs on behind a body's last words ('… Øvrige
    forhold - 3) Program for mødet' / 'Sagsnr.: …') put on a line of its own, as a lined page prints it: the
    list was read from the headers themselves (numbers in turn, each with its body behind it), so each
    entry's number opens an item. Returns `lines` itself when no header was inside a line."""
    if len(listed) < 2 or any(e.number is None for e in listed):
        return lines
    text, offsets = joined_text(lines)
    cuts: dict[int, list[int]] = {}
    for e in listed:
        k = line_at(offsets, e.start)
        if e.start > offsets[k] and text[offsets[k]:e.start].strip():
            cuts.setdefault(k, []).append(e.start - offsets[k])
    if not cuts:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        at = cuts.get(k)
        if not at:
            out.append(ln)
            continue
        bounds = [0, *at, len(ln.text)]
        out += [Line(ln.text[a:b].strip(), ln.offset + a)
                for a, b in zip(bounds, bounds[1:], strict=False) if ln.text[a:b].strip()]
    return out


def _headers_beat_list(listed: list[ItemStart], found: list[ItemStart], lines: list[Line]) -> bool:
    """The items' own headers found in the cut page lines win over a list read inside them: two 'Sag nr. N'
    headers or more, or two numbered headers or more in turn, each with its title printed again after it
    ('• 135. Beslutningssag: Godkendelse … Beslutningssag: Godkendelse … INDHOLD'), where the list's entries
    have no numbers (pieces of the page's text, no contents list)."""
    if sum(s.kind == "sagnr" for s in found) >= 2:
        return True
    numbered, headed = [s.number for s in listed], [num(s.number) for s in found]
    if all(numbered) and len(found) > len(listed) and numbered == [s.number for s in found][: len(listed)] \
            and all(b == a + 1 for a, b in zip(headed, headed[1:], strict=False)):
        # every listed item's own header found, in order, and the next numbers after them: the list was read from
        # the headers inside the page lines and stopped short ('• Pkt. 115 … • Pkt. 116 … • Pkt. 117 <files> Pkt.
        # 117' / '2 Udvikling …'). Numbers in turn, not any more starts: a case text's numbered points are none
        return True
    numbers = [num(s.number) for s in found if s.kind == "numbered" and _title_again(s, lines)]
    return all(s.number is None for s in listed) and len(numbers) >= 2 and len(numbers) == len(found) \
        and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _title_again(start: ItemStart, lines: list[Line]) -> bool:
    k = start.index + start.consumed
    return bool(start.title) and k < len(lines) and lines[k].text == start.title


def _page_lines(lines: list[Line]) -> set[int]:
    """The transcript's page lines: the long ones, and the short page after a long one ('2 Klik her …
    Beslutning Godkendt. … Sag nr. 21 …': its last page); none when no line is long."""
    if not any(is_flat_page_line(ln.text, False) for ln in lines):
        return set()
    out, page = set(), None
    for i, ln in enumerate(lines):
        m = _PAGE_NUMBER.match(ln.text)
        if is_flat_page_line(ln.text, False) or m and page is not None and int(m.group(1)) == page + 1:
            out.add(i)
            page = int(m.group(1)) if m else None
        elif ln.text:
            page = None
    return out


def numbered_pages_cut(body: list[Line]) -> list[Line]:
    """The body under a header the list vouches for, with each transcript page line in it (long, behind its page
    number: '2 Sagsgang og sagstype Udvalget … Indstilling Direktør … indstiller …') cut before its run-in headings
    and labels, as the lined page prints them: the header stood on a line of its own (cut off the list's glued end),
    so no page was cut for the item, and its body runs on in the transcript's pages."""
    pages = {i for i, ln in enumerate(body) if is_flat_page_line(ln.text, False) and _PAGE_NUMBER.match(ln.text)}
    return _cut_pages(body, pages) if pages else body


def _cut_pages(lines: list[Line], pages: set[int]) -> list[Line]:
    """The lines with each page line (by index) cut before its run-in headings and labels: a meeting transcript's
    pages, or a case's body (unflattened)."""
    out: list[Line] = []
    previous = ""
    for i, ln in enumerate(lines):
        if i not in pages:
            out.append(ln)
            continue
        # without the page's own number ('2 Økonomiudvalget anbefaler indstillingen.' after '1 …'): a statement
        # or heading at the page's top reads as the lined page prints it, and a bilag table or a paragraph that runs
        # on over the page break does not take the number for its own ('7 3338892 beskæftigelsesområdet …')
        out += split_inline(page_text(ln.text, previous), ln.offset)
        previous = ln.text
    return out


_PAGE_NUMBER = re.compile(r"^(\d{1,4})\s")
_PAGE_AS_TITLE = 150  # a 'title' this long is a transcript's page line read as a header, its page number the item's


def flat_meeting(lines: list[Line]) -> list[Line] | None:
    """A transcript of a meeting's page whose items are blocks without numbers, each headed by its status
    ('… var fraværende. Åben Indstilling …') or by its title printed twice in a row ('• Fællesmøde med
    Handicaprådet Fællesmøde med Handicaprådet Sagsnr. 230743 …', a list's entry unfolded over its body): its page
    lines cut before their run-in headings and labels, when two such blocks are found there; else None (a case
    alone). Why the doubled titles too: they are what segment_items reads such a page's items by once it is taken
    for a meeting, and a case alone prints its title twice once at most. The titles run on before the heading every
    item opens with are put on their lines first (run_on_titles), so that two blocks titled over that heading
    (titled_blocks) make a meeting too."""
    pages = _page_lines(lines)
    if not pages:
        return None
    cut = titles_run_on(_cut_pages(lines, pages))
    return cut if len(marker_starts(cut)) >= 2 or len(doubled_titles(cut)) >= 2 or len(titled_blocks(cut)) >= 2 \
        else None


FLAT_LINE = 300  # a page line this long is a transcript's page, not a paragraph


def unflattened(body: list[Line], short: bool = False) -> list[Line]:
    """A case's text printed as a transcript's page lines ('2 … Sagsfremstilling Forvaltningen har …
    Beslutning Godkendt.'): each page line cut before its run-in headings and labels, as the PDF printed
    them, so the item is read as any other. With `short`, a short page line counts too (is_flat_page_line)."""
    pages = {i for i, ln in enumerate(body) if is_flat_page_line(ln.text, short)}
    return _cut_pages(body, _next_pages(body, pages)) if pages else body


def _next_pages(body: list[Line], pages: set[int]) -> set[int]:
    """`pages` with the text lines after a page line that open with the next page's number ('1 … Beslutning …
    Godkendt.' / '2 Bilag 1. Kort over stien'): a transcript's next page, however short. Why across publishers: the
    viewer numbers its page lines one by one, so a short last page (a bilag list, a signature) is a page line as much
    as a long one; left uncut, its number and heading ran on into the decision before it."""
    out = set(pages)
    last: int | None = None  # the number of the page line before, where it is one
    for i, ln in enumerate(body):
        if not ln.text:
            continue
        m = _PAGE_NUMBER.match(ln.text)
        if i not in out and m and last is not None and int(m.group(1)) == last + 1:
            out.add(i)
        last = int(m.group(1)) if i in out and m else None
    return out


def is_flat_page_line(text: str, short: bool) -> bool:
    """A page line of a transcript: long, or (with `short`: a case alone, no meeting's facts printed) a short
    page that runs two of a body's labels and headings into its text ('1 Lokalplan 123 … Sagsnr.: 24/1234
    Sagsfremstilling … Beslutning i Byrådet den … Vedtaget.')."""
    return len(text) > FLAT_LINE or short and len(BODY_CUE.findall(text)) >= 2
