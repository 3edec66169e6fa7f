"""Item bodies that text extraction flattened onto the page's one line: where each is.

A PDF rendered to text page by page (docplayer transcripts and the like) prints each page as one
line: "3 Lejre Kommune Økonomiudvalget Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: 14/4
Resumé: … Beslutning Økonomiudvalget den : Godkendt …". The item list tells which numbers and
titles to look for; where "<number>. <title>" reappears inside a later line, the text up to the
next listed item is that item's body (find_inline_bodies). Its labels and headings run into their text, so the body
is cut into lines before each one ("Sagsnr.:", "Resumé:", "Beslutning <udvalg> den …:") by inline_lines.split_inline
and then read like any other item body.

The readers it runs live in modules of their own, each importing only from the ones before it: inline_absences
(absence labels run in), bilag_in_prose (a bilag word that is the text's own), inline_fields (a form's fields),
run_in_headings (section headings run into their text), inline_treatments (a body's dated treatment lines),
inline_decisions (decision headings run in), inline_page_chrome (a page line's running head, foot and number),
inline_lines (the body cut into lines), inline_headers (an item's header found again in a page line), inline_titles
(the title as the header prints it), inline_header_cells (the case number and column cells around the header).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .inline_header_cells import header_case, lead_case, past_column_cells
from .inline_headers import HeaderSeek
from .inline_lines import split_inline
from .inline_page_chrome import (
    PAGE_FOOTER,
    PAGE_HEAD,
    cut_page_head,
    footless,
    last_foot,
    line_before,
    running_foot,
    running_head,
    without_page_number,
    without_tail,
)
from .inline_titles import header_title, with_titles_between
from .lines import Line

# a page line that ends inside a label's value: its colon, then a few words and no stop ('… Følgende deltog ikke
# i behandlingen af punktet: Bo Holm' / '5 <running head> Anne Berg 7. Title …'). Why it holds across publishers:
# a page break does not end a list a label opened; what the next page prints before the next item's header is
# the rest of that list, not the page's own lead
_OPEN_LABEL = re.compile(r":(?:[ \t]+[^\s.!?:]+){0,6}[ \t]*$")


@dataclass
class InlineBody:
    number: str | None  # as printed at the body: the number a list lost is often printed here
    lines: list[Line]
    title: str | None = None  # as printed at the body, where that is fuller than the list's (header_title)


_GOES_ON = re.compile(r"[a-zæøå,]$")  # a page's text that ends inside a sentence
_GOES_ON_HERE = re.compile(r"^\d{1,4}\s+[a-zæøå]")  # (behind its page number) a page that opens inside one


def sentence_on(before: str, page: str, lead: re.Pattern[str]) -> str:
    """The page line without the head two pages print alike (`lead`, where too few pages tell the running head),
    when a sentence runs on into it past that head ('… godkendte forslaget med den' / '3 Byrådet 12. marts 2024 Side
    3 af 12 tilføjelse, at …'). Why across publishers: the page's text before ends in a word that ends no sentence and
    the page's own text goes on in lower case, so what stands between is the page's running head, part of no field
    (annotation rules); where a page opens an item or a heading, the head is left for the readers that know it."""
    cut = lead.sub("", page)
    if cut == page or not _GOES_ON.search(before.rstrip()):
        return page
    number = re.match(r"\d{1,4}\s+", page)
    rest = f"{number.group(0) if number else ''}{cut.lstrip()}"
    return rest if _GOES_ON_HERE.match(rest) else page


def _pages_between(lines: list[Line], i: int, begin: int, last: int,
                   chrome: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]) -> list[str]:
    """The texts of a body that starts at lines[i][begin:] and runs on over the page lines before line `last`, each
    without its running head and foot (`chrome`: the head, the foot, the head two pages print alike)."""
    head, foot, lead = chrome
    texts = [footless(lines[i].text[begin:], foot, PAGE_FOOTER)]
    for j in range(i + 1, last):
        if lines[j].text:
            page = footless(head.sub("", lines[j].text), foot, PAGE_FOOTER)
            texts.append(without_page_number(sentence_on(texts[-1], page, lead), line_before(lines, j)))
    return texts


def find_inline_bodies(lines: list[Line], after: int, entries: list[tuple[str, str]],
                       pos: int = 0, at_list_end: bool = False) -> dict[int, InlineBody]:
    """For entries (number, title) of the item list: the bodies of those found again as
    "<number>. <title>" inside a line at or after `after` (in that line, from `pos` on), keyed by the
    entry's position. Bodies follow in the list's order, so each entry is looked for after the one
    before it was found: two items of the same title ('Status på kvalitetsrapport') get a body each.
    `at_list_end`: `pos` is where the list's last title ends (HeaderSeek.find), for an unnumbered first entry (a
    numbered one is found by its number)."""
    found: list[tuple[int, int, int, int, str | None]] = []  # (line, start of body, header position, entry, number)
    line = after
    # (two pages alike tell a head before a header: what the page prints before it is no body's text anyway)
    lead = running_head([ln.text for ln in lines[after:]], least=2)
    cells: dict[int, str] = {}  # by entry: the case number its header printed before the title
    titles: dict[int, str | None] = {}  # by entry: the title as its header prints it, where that is the fuller one
    ends: dict[int, int] = {}  # by entry: where the listed title ends at its header
    for k, (number, title) in enumerate(entries):
        seek = HeaderSeek.of(number, title)
        if seek is None:
            continue
        for i in range(line, len(lines)):
            hit = seek.find(lines[i].text, pos if i == line else 0, lead,
                            i > line and _OPEN_LABEL.search(line_before(lines, i)) is not None,
                            at_list_end and not found and i == after and not number)
            if hit is None and i == len(lines) - 1 and not (i == line and pos):
                hit = seek.find_cut(lines[i].text, lead)
            if hit:
                end, at, printed = hit
                ends[k] = end
                titles[k], end = header_title(seek, lines[i].text, at, end)
                found.append((i, end, at, k, printed))
                cells[k] = header_case(seek, lines[i].text, at, end)
                line, pos = i, end
                break
    found = past_column_cells(with_titles_between(found, lines, entries), lines, ends, titles)
    head = running_head([ln.text for ln in lines[after:]])
    foot = running_foot([ln.text for ln in lines[after:]])
    out: dict[int, InlineBody] = {}
    for n, (i, begin, _, k, printed) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        last, stop = (nxt[0], nxt[2]) if nxt else (len(lines) - 1, len(lines[-1].text))
        if last == i:
            own = last_foot(lines[i].text, begin, stop, foot)
            body = split_inline(lead_case(without_tail(own)), lines[i].offset)
        else:  # the body runs on over the following pages, to where the next item starts: one text, so a
            # label and its value parted by a page break ('Udvalg: Byrådet' / '5 Dato: …') meet again
            texts = _pages_between(lines, i, begin, last, (head, foot, lead))
            rest = PAGE_HEAD.sub("", sentence_on(texts[-1], head.sub("", lines[last].text[:stop]), lead))
            # not only the next page's number, nor its running header cut off by the excerpt's end
            cut_head = cut_page_head(lines[last].text[:stop], line_before(lines, last))
            if rest.strip() and not rest.strip().isdecimal() and not cut_head:
                texts.append(without_page_number(last_foot(rest, 0, len(rest), foot), line_before(lines, last)))
            body = split_inline(lead_case(without_tail(" ".join(texts))), lines[i].offset)
        if cells.get(k):
            body = [Line(cells[k], lines[i].offset), *body]
        out[k] = InlineBody(printed, body, titles.get(k))
    return out
