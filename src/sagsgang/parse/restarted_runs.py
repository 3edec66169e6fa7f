"""A list whose numbers start over behind a group heading: '… 6. Eventuelt 14 Lukkede punkter 1. Salg af grund 16
2. Køb af areal 18'. The open items and the closed ones are numbered apart, each group from 1.

Why a reading of its own: the list reader takes ONE run of rising numbers, so the second group's numbers (1, 2 …)
cannot go on from the first's (… 6), and the second group's entries ran into the first run's last title. What holds
across publishers is the shape, not a word list of their own: a group heading of the kind every contents list prints
('Åbne punkter', 'Lukkede dagsordenspunkter', list_entry.GROUP; or by purpose: 'Sager til orientering') right after
the run's last entry, then a number lower than the run's last, opening a new rising run of its own. A body's
numbered points never open behind such a heading, and a body's text (a section cue) between the two runs ends the
search: the second run is then no part of the list. Nor is a 'second group' whose first entry repeats the list's
first title: that is the first item's header below a heading over the minutes' part ('Lukket referat' / '1.
Meddelelser'), its body following.

The run the list reader takes may be either group's: the longest run wins, and where the second group holds more
items than the first, the run chosen is the second's (restarted_before then reads the first group back from it).
"""
from __future__ import annotations

import re

from .list_entry import GROUP, MAX_SPAN, MAX_TITLE, holds_titles
from .number_candidates import Candidate
from .title_tidy import BODY_CUE

# a group heading that sorts the items by what is asked of the committee ('Sager til orientering', 'Punkter til
# beslutning'): the other kind of group a list numbers apart. Only the asking words: 'Sager til behandling' heads the
# whole list (page_lines.CONTENTS_WORDS). Named 'kind' as GROUP's is, where the heading's words begin.
_PURPOSE = re.compile(r"(?:^|\s+)(?P<kind>(?i:sager|punkter|emner))\s+til\s+"
                      r"(?i:beslutning|orientering|drøftelse|efterretning|godkendelse)\s*:?(?=\s|$)")
# what stands between the group heading and the new run's first number, right behind it: three characters at most,
# or line breaks and the row's indent and the word a row prints before its number ('  åbent 1 Title', 'Punkt 1 …')
_AFTER_HEADING = re.compile(r"(?s:.{0,3})|[ \t]*(?:\n[ \t]*){0,3}(?:(?i:åben|åbent|lukket|punkt|pkt\.?|sag)[ \t]+)?")
_TITLE_WORDS = 3  # words of a title that tell a second group's first entry from the first item's header again


def restarted_run(chain: list[Candidate], cands: list[Candidate], text: str) -> tuple[int, list[Candidate]] | None:
    """Where the first group's list ends (the group heading's start) and the second group's run of numbers,
    numbered from lower again; None where the run does not start over behind a group heading."""
    if len(chain) < 2:
        return None
    last = chain[-1]
    heading = _group_heading(text, last.end, min(len(text), last.end + MAX_TITLE + 20))
    if heading is None or BODY_CUE.search(text, last.end, heading.start()) \
            or not holds_titles(text[last.end:heading.start()]):
        return None
    start = heading.start("kind")
    after = [c for c in cands if c.pos >= heading.end()]
    if not after or not _AFTER_HEADING.fullmatch(text, heading.end(), after[0].pos) or after[0].num >= last.num \
            or _same_opening(_first_words(text, after[0]), _first_words(text, chain[0])):
        return None  # ('Lukket referat' / '1. Meddelelser' / 'Sagsnr.: …': the first item's header again, its body)
    run = [after[0]]
    for c in after[1:]:
        between = text[run[-1].end:c.pos]
        if c.pos - run[-1].end > MAX_SPAN or BODY_CUE.search(between) or "\n\n" in between:
            break  # the run's entries end where a body or a new page line of other text begins
        if c.num == run[-1].num + 1:
            run.append(c)
    return start, run


def restarted_before(chain: list[Candidate], cands: list[Candidate], text: str
                     ) -> tuple[int, list[Candidate]] | None:
    """Where the first group's list ends (the group heading's start) and the first group's run of numbers, where
    the run the list reader chose is the second group's ('1. A 3 … 5. E 8 Lukkede punkter 1. F 9 … 7. L 19': the
    closed group outnumbers the open one, so the longest run is the closed group's); None where no group heading
    stands right before the run, or no run of entries ends right at that heading. The same shape as restarted_run's
    read from the other side, and held to the same tests: a run whose last title reaches the heading with no body's
    text between, numbered past the second group's first number (or one entry numbered as that one is: '1.
    Godkendelse af dagsorden 3 Lukkede punkter 1. Orientering 4 …', each group from 1), and whose first title is
    not the second group's first again (a header below the list repeats its entry's title)."""
    if not chain:
        return None
    first = chain[0]
    heading = _heading_before(text, first.pos)
    if heading is None:
        return None
    cut = heading.start("kind")
    before = [c for c in cands if c.pos < cut and _TITLE_LETTER.search(text, c.end, cut)]
    if not before:
        return None
    last = before[-1]  # (not the last entry's page, behind which no title stands before the heading)
    if cut - last.end > MAX_TITLE + 20 or BODY_CUE.search(text, last.end, cut) or not holds_titles(text[last.end:cut]) \
            or last.num < first.num:
        return None
    run = [last]
    for c in reversed([c for c in cands if c.pos < last.pos]):
        between = text[c.end:run[0].pos]
        if run[0].pos - c.end > MAX_SPAN or BODY_CUE.search(between) or "\n\n" in between:
            break  # the run's entries begin where a body or a page line of other text ends
        if c.num == run[0].num - 1:
            run.insert(0, c)
    if len(run) < 2 and last.num != first.num or _same_opening(_first_words(text, first), _first_words(text, run[0])):
        return None
    return cut, run


_TITLE_LETTER = re.compile(r"[^\W\d_]")


def _group_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first group heading in text[start:end]: an open/closed group's (GROUP) or a purpose group's (_PURPOSE)."""
    found = [m for m in (GROUP.search(text, start, end), _PURPOSE.search(text, start, end)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def _heading_before(text: str, pos: int) -> re.Match[str] | None:
    """The group heading that ends right before `pos` ('… 8 Lukkede punkter 1. …'), None where none does."""
    window = max(0, pos - MAX_TITLE)
    found = None
    for m in [*GROUP.finditer(text, window, pos), *_PURPOSE.finditer(text, window, pos)]:
        found = m if found is None or m.end() > found.end() else found
    return found if found is not None and _AFTER_HEADING.fullmatch(text, found.end(), pos) else None


def _first_words(text: str, c: Candidate) -> list[str]:
    """The first words of the title behind number `c` on its line, as a header printed again repeats them (not the
    page a list prints after a short title, nor the next entry's number: 'Meddelelser 3 2. …')."""
    end = text.find("\n", c.end)
    words = []
    for w in text[c.end:end if end >= 0 else len(text)].split()[:_TITLE_WORDS]:
        if w.rstrip(".").isdecimal():
            break  # the title's page, or the next entry's number: the title ended
        words.append(w)
    return words


def _same_opening(a: list[str], b: list[str]) -> bool:
    """The two titles open on the same words, as far as the shorter goes."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]

