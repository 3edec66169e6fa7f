"""A list whose numbers start over behind a group heading: '… 6. Eventuelt 14 Lukkede punkter 1. Salg af grund 16
2. Køb af areal 18'. The open items and the closed ones are numbered apart, each group from 1.

Why a reading of its own: the list reader takes ONE run of rising numbers, so the second group's numbers (1, 2 …)
cannot go on from the first's (… 6), and the second group's entries ran into the first run's last title. What holds
across publishers is the shape, not a word list of their own: a group heading of the kind every contents list prints
('Åbne punkter', 'Lukkede dagsordenspunkter', list_entry.GROUP) right after the run's last entry, then a number lower
than the run's last, opening a new rising run of its own. A body's numbered points never open behind such a heading,
and a body's text (a section cue) between the two runs ends the search: the second run is then no part of the list.
Nor is a 'second group' whose first entry repeats the list's first title: that is the first item's header below a
heading over the minutes' part ('Lukket referat' / '1. Meddelelser'), its body following.
"""
from __future__ import annotations

from .list_entry import GROUP, MAX_SPAN, MAX_TITLE, holds_titles
from .number_candidates import Candidate
from .title_tidy import BODY_CUE

_AFTER_HEADING = 3  # characters: the new run's first number stands right behind the group heading
_TITLE_WORDS = 3  # words of a title that tell a second group's first entry from the first item's header again


def restarted_run(chain: list[Candidate], cands: list[Candidate], text: str) -> tuple[int, list[Candidate]] | None:
    """Where the first group's list ends (the group heading's start) and the second group's run of numbers,
    numbered from lower again; None where the run does not start over behind a group heading."""
    if len(chain) < 2:
        return None
    last = chain[-1]
    heading = GROUP.search(text, last.end, min(len(text), last.end + MAX_TITLE + 20))
    if heading is None or BODY_CUE.search(text, last.end, heading.start()) \
            or not holds_titles(text[last.end:heading.start()]):
        return None
    start = heading.start("kind")
    after = [c for c in cands if c.pos >= heading.end()]
    if not after or after[0].pos - heading.end() > _AFTER_HEADING or after[0].num >= last.num \
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

