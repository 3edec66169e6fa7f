"""Bodies of listed items found again inside later lines of a flattened page, or on the list's own line.

A transcript may print an item's body on its header's line ('Punkt 2: Budget Sagsnr.: 24/1223 Sagsfremstilling …'):
cut into lines as a flattened body is.
"""
from __future__ import annotations

from .dashes import SPACED_DASHES
from .header_patterns import LABELLED_START
from .headings import is_heading
from .inline_body import InlineBody, find_inline_bodies
from .inline_lines import split_inline
from .item_start_base import ItemStart
from .lines import Line
from .list_entry import MAX_TITLE
from .title_tidy import BODY_CUE
from .unglue import glued_headings


def inline_bodies(lines: list[Line], starts: list[ItemStart]) -> dict[int, InlineBody]:
    """Bodies of listed items found again inside later lines of a flattened page, by start index."""
    listed = [k for k, s in enumerate(starts) if s.kind == "listed"]
    if not listed or any(s.kind != "listed" for s in starts):
        return {}
    last = max(starts[k].index for k in listed)
    entries = [(starts[k].number or "", starts[k].title) for k in listed]
    # a flattened page may print the first item's body on the list's own line, after its last title
    end = _after_title(lines[last].text, starts[listed[-1]])
    found = find_inline_bodies(lines, last, entries, end, at_list_end=True) if end is not None else {}
    found = found or _first_body_on_list_line(lines, last, entries, starts[listed[-1]]) \
        or find_inline_bodies(lines, last + 1, entries)
    if not found and any(BODY_CUE.search(lines[starts[k].index].text) for k in listed):
        # no list above the bodies: the entries are the items' own headers, each body behind it
        found = find_inline_bodies(lines, starts[listed[0]].index, entries)
    return {listed[n]: body for n, body in found.items()}


def _first_body_on_list_line(lines: list[Line], last: int, entries: list[tuple[str, str]],
                             start: ItemStart) -> dict[int, InlineBody]:
    """The first item's body begun on the list's own line after its last title, in fewer characters than a
    title holds ('… 5. Ny tidsplan for budgetproces 2020 1. Orientering fra kommunaldirektøren Anledning …',
    the page line ending there): taken where the first entry's header is found there, else none."""
    title = start.title
    at = _title_at(lines[last].text, start)
    if at < 0:
        return {}
    found = find_inline_bodies(lines, last, entries, at + len(title))
    first = find_inline_bodies(lines[: last + 1], last, entries[:1], at + len(title))
    return found if first else {}


_FIRST_WORDS = 7  # the most words a heading holds ('Sammenhæng til andre politikker/strategier og fagområder')


def _opens_on_heading(rest: str) -> bool:
    """What follows a header's title opens on a section heading of the lexicon run into its text ('133. Godkendelse
    af dagsorden Sagsgang og sagstype Byrådet Beslutningssag Indstilling …', the page flattened): the body, as much
    as a case-number cue would say, though its first heading is none of BODY_CUE's few."""
    words = rest.split()
    return any(is_heading(" ".join(words[:n])) and words[n][:1].isupper()
               for n in range(1, min(_FIRST_WORDS, len(words) - 1) + 1)) or _opens_glued(rest.strip())


def _opens_glued(rest: str) -> bool:
    """The same heading glued to its text ('… 2014 Sagsgang og sagstypeByrådet Beslutningssag …', two runs of the PDF
    joined without a space, unglue.glued_headings): the heading glued_headings cuts from the text's first words is
    the body's first heading as much as one followed by a space is."""
    cut = glued_headings(rest[: _GLUE_REACH])
    return cut.startswith("\n") and is_heading(cut[1:].split("\n", 1)[0])


_GLUE_REACH = 200  # more than a heading and the capital after it (is_heading: 120 characters)


def run_on_body(header: Line, start: ItemStart) -> list[Line]:
    """The body a transcript prints on its header's line ('Punkt 2: Budget Sagsnr.: 24/1223 Sagsfremstilling
    … Beslutning Godkendt.'), cut into lines as a flattened body is; [] when the line holds the header only."""
    at = header.text.find(start.title) if start.title and start.consumed == 1 and start.kind != "listed" else -1
    rest = " " + header.text[at + len(start.title):].lstrip(f" {SPACED_DASHES},") if at >= 0 else ""
    end = at + len(start.title)
    if at < 0 and start.skip and (m := LABELLED_START.match(header.text)):
        # 'Punkt 1 Sagsnr. 21-014420', the title on a later line (labelled_starts._case_beside_label)
        end, rest = m.start("title"), " " + m.group("title")
    if not (BODY_CUE.match(rest) or _opens_on_heading(rest)):  # ('Title - Sagsnr. 24/1233': the dash only parts them)
        return []
    # (its space kept before it: a heading that opens the text is run in as any other)
    return split_inline(rest.rstrip(), header.offset + end - 1)


def _after_title(text: str, start: ItemStart) -> int | None:
    """Where the list's last title ends on its line, when a long text follows it there (a flattened
    page going on with the first item's body), else None."""
    at = _title_at(text, start)
    if at < 0 or len(text) - at - len(start.title) < MAX_TITLE:
        return None
    return at + len(start.title)


def _title_at(text: str, start: ItemStart) -> int:
    """Where a listed entry's title (its first four words) stands on its line, -1 if not there: after the text
    the line prints before the entry (its lead) where that is known, else its last place on the line. Not the
    last place where the lead is known: on a flattened page the bodies below the list print the title again
    in their headers ('Indholdsfortegnelse 1. Godkendelse af dagsorden 2. Budget 2025 1. Godkendelse af
    dagsorden Dagsordenen godkendt. 2. Budget 2025 Sagsnr.: …'), and the list ends at its own last title."""
    words = " ".join(start.title.split()[:4])
    if not words:
        return -1
    return text.find(words, len(start.lead)) if start.lead else text.rfind(words)
