"""The list of items a meeting prints, found by its number sequence wherever it stands.

Publishers label items in many ways ("Punkt 4:", "4.", "åbent 4", a number on a line of its own,
a table-of-contents row with a page number) and text extraction often flattens the list onto one
line. What all of them share is a run of rising item numbers, each followed by a title. The
reading finds the best such run in the text (lines joined, so the shape of the lines does not
matter), cuts the titles between consecutive numbers, and drops what a table of contents adds
around them (page numbers, dot leaders, group headings in capitals).

This module is the entry point (find_item_list) and weighs the readings: the numbers are found by
number_candidates, the run chosen by number_chain, its titles cut by chain_entries (entry_cuts, list_end); a run
that is a page column is read by page_column_runs, item headers with their bodies by header_runs, a list of one or
two entries and the list's back matter here. Titles run together where numbers were lost are cut by title_split;
each title is cleaned by title_tidy; lists without numbers are read by contents_lists; headers glued to a line's
end are cut by glued_headers.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from .chain_entries import chain_entries
from .contents_base import TOC_CUE
from .contents_columns import column_list, interleaved_columns
from .contents_continued import without_continued_headings
from .contents_lists import unnumbered_toc
from .dashes import SPACED_DASH
from .entry_heads import without_repeated_heads
from .group_back_matter import without_group_back_matter
from .header_runs import (
    headed_chain,
    headers_below,
    inside_one_body,
    list_numbers,
    numbers_in_their_bodies,
    opens_late,
    under_returned_title,
)
from .headings import is_heading, page_labels_in_force
from .lined_contents import cued_lines, paged_lines
from .lines import Line
from .list_entry import CUE_WORD, GROUP, MAX_TITLE, ListEntry, without_column_tails
from .lost_first_entry import with_lost_first
from .number_candidates import Candidate, candidates, opens_line, without_nested_lists, without_proposal_points
from .number_chain import item_chain, titles_seen
from .page_column_runs import page_column_entries, without_list_heads
from .restarted_runs import restarted_before, restarted_run
from .returning_titles import returning_lines
from .sub_item_entries import with_sub_items
from .title_split import BACK_MATTER
from .title_tidy import BODY_CUE


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


def _listed_above(chain: list[Candidate], text: str) -> bool:
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


def _short_contents(cands: list[Candidate], text: str) -> list[Candidate]:
    """A contents list of one or two entries: the numbers 1 (and 2) right after 'Indholdsfortegnelse'
    on its line, the first printed again later as the header of its body ('1. Klage over afgørelse',
    'Punkt 1 Klage over afgørelse'); the second's header may be cut off by the excerpt's end."""
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
    printed = []
    for c in chain:
        words = [w for w in text[c.end:].split()[:2] if not w.isdecimal()]  # not the page column
        # '1. Klage over afgørelse', 'Punkt 1 Klage over afgørelse' (a label's number needs no full stop)
        number = rf"(?:(?<![\w.]){c.num}\.|(?i:punkt|pkt\.?)\s*{c.num}\.?)\s+"
        header = number + r"\s+".join(re.escape(w) for w in words)
        if not words:
            return []
        printed.append(bool(re.search(header, text[nl if nl >= 0 else len(text):])))
    # the first entry's header printed below vouches for the list; the second's may be missing, the excerpt cut
    # off inside the first body (annotation-rules 'Truncation': an entry listed only still counts)
    return chain if printed[0] else []


# a heading line of its own over a meeting's list of items ('PUNKTER', 'Indholdsfortegnelse', 'Dagsorden:')
_LIST_HEADING = re.compile(r"(?i:indholdsfortegnelse|indhold|dagsorden(?:spunkter|punkter)?|punkter|sager"
                           r"|sagsliste|sagsoversigt|(?:åbne|lukkede) (?:punkter|sager|dagsordenspunkter))\s*:?")


def _cut_short_list(cands: list[Candidate], text: str) -> list[Candidate]:
    """A contents list the excerpt cuts off after its first one or two entries: below a list heading on a line
    of its own, each number opening its own line, rising by one, and the text ending on the last entry's line.
    annotation-rules 'Truncation' and 'Table of contents': the entries still count, though no body (which
    _short_contents looks for) is printed. Safe where a longer list is not: nothing after the entries can
    tell them from a body's numbered points, so only the heading and the text's end do."""
    firsts = [c for c in cands if opens_line(text, c.pos)]
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


def find_item_list(lines: list[Line], min_entries: int = 3) -> list[ListEntry]:
    """The document's item list: a run of at least `min_entries` item numbers, else a table of
    contents whose numbers were lost. Empty when neither is found. A contents heading printed again over the
    list's next page is read as the break it is (contents_continued)."""
    text = without_continued_headings(joined_text(lines)[0])
    return _without_twin_tails(without_repeated_heads(without_column_tails(with_sub_items(
        [replace(e) for e in _read_item_list(text, min_entries, page_labels_in_force())], text))))


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
    return tuple(_status_from_contents(with_lost_first(_without_back_matter(_find_item_list(text, min_entries), text),
                                                       text), text))


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
    return without_group_back_matter(entries, text)


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
    every = without_proposal_points(without_nested_lists(candidates(text), text), text)
    cands = list_numbers(every, text)
    chain, gaps, other = _chain_or_other_reading(every, cands, text, min_entries)
    if other is not None:
        return other
    again = restarted_run(chain, cands, text)
    if again is not None:  # the run chosen is the first group's, the second found behind the group heading
        cut, run = again
        (first, first_gaps), (second, second_gaps) = (chain, gaps), (run, False)
    else:
        earlier = restarted_before(chain, cands, text)  # the run chosen is the second group's: read the first's too
        if earlier is None:
            return chain_entries(chain, gaps, cands, text)
        cut, run = earlier
        (first, first_gaps), (second, second_gaps) = (run, False), (chain, gaps)
    # each group's run read on its own: the first's text ends at the group heading, the second's opens behind it
    return chain_entries(first, first_gaps, [c for c in cands if c.pos < cut], text[:cut]) \
        + chain_entries(second, second_gaps, cands, text, first)


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


def _chain_or_other_reading(every: list[Candidate], cands: list[Candidate], text: str, min_entries: int
                            ) -> tuple[list[Candidate], bool, list[ListEntry] | None]:
    """The run of item numbers to read the list from (and whether numbers are missing in it), or the
    entries of a reading that explains more of the text: a page column, headers with their bodies, a
    contents list that lost its numbers."""
    chain = item_chain(cands, text)
    if chain and _inside_a_body(chain, every, text):
        chain = []
    toc: list[ListEntry] | None = None

    def contents() -> list[ListEntry]:
        nonlocal toc
        if toc is None:
            toc = without_list_heads(unnumbered_toc(text) or paged_lines(text) or cued_lines(text)
                                      or returning_lines(text))
            if any(_LABEL_ONLY.fullmatch(e.title or "") for e in toc) or _reads_a_body(toc) or _bilag_table(toc, text):
                toc = []  # 'Punkt' / '1 Klage …' read as two titles: the list's numbers are printed, not lost
        return toc

    column = page_column_entries(chain, text, contents, cands)
    if column is not None:
        return chain, False, column
    steps = [b.num - a.num for a, b in zip(chain, chain[1:], strict=False)]
    ones = sum(1 for a, b in zip(chain, chain[1:], strict=False)
               if b.num - a.num == 1 or titles_seen(text[a.end:b.pos], b.num - a.num) == b.num - a.num - 1)
    if len(chain) < min_entries and not (chain and all(c.closed is not None for c in chain)) \
            and not _listed_above(chain, text):
        # a meeting of one or two items ('lukket 1 Personalesag' rows are marked well enough to stand alone)
        chain = _short_contents(cands, text) or _cut_short_list(cands, text)
        steps, ones = [1] * (len(chain) - 1), len(chain) - 1
    # item headers each with its body (headed_chain) win over a short list, or over a list whose numbers
    # they all hold and go on from (a run of short bodies read as a list: '… 5. Frigivelse … 6. Godkendelse …')
    headed = headed_chain(every, text)
    longer = len(headed) > len(chain) and (len(chain) < min_entries or {c.printed for c in chain} <= {
        e.number for e in headed}) or numbers_in_their_bodies(chain, headed) \
        or inside_one_body(chain, headed, min_entries, text)
    if longer or opens_late(chain, headed) and len(contents()) > len(chain):
        # where a contents list holds as many items as the headers with bodies or more, both more than the run, the
        # run is a piece of the headers, those whose bodies are short enough to span (flattened 'Punkt 5: Lukket: …
        # Punkt 6: …'): the list is read, as it is where no run is found
        return chain, False, headed if len(headed) > len(contents()) else contents()
    if not chain or ones < (0.4 if len(chain) >= 5 else 0.6) * len(steps):
        return chain, False, column_list(text) or contents()
    if len(contents()) > len(chain) and (len(chain) < min_entries or headers_below(chain, contents(), text)
                                         or under_returned_title(chain, contents(), text)):
        # one or two numbers against a contents list that lost its numbers; or item headers on the pages below
        # such a list that opens with their titles: the list is the meeting's items, the headers give their
        # bodies and numbers (inline bodies); or a run inside the body one of its titles heads again below
        return chain, False, contents()
    return chain, ones < len(steps), None


# a bilag label with its first entry's number right after it, where a run of numbers may go on from it
_BILAG_BEFORE = re.compile(rf"\b(?:Bilag|BILAG)\s*:?\s+1\s*[{SPACED_DASH}.)]\s+\S")
_BILAG_WORD = r"(?:Bilag|BILAG)\w*"  # the label's word, as printed or in capitals ('Bilag', 'Bilagsliste', 'BILAG')
# a bilag label opening a list's first title ('Bilag: 1') or ending it, with its first row's number ('… Drøftet.
# Bilag: 1')
_BILAG_OPENS = re.compile(rf"^{_BILAG_WORD}\s*:|(?<!\S){_BILAG_WORD}\s*:\s*1?\s*$")
# a bilag label ending the text before a list's first title: with its first row's number and document number, and the
# next page line's number where the row goes on there ('… Bilag: 1 - 3338892' / '4 Åben Adm. tilkendegivelse …')
_BILAG_BEFORE_LIST = re.compile(rf"(?<!\S){_BILAG_WORD}\s*:\s*(?:1\s*[{SPACED_DASH}.)]?\s*(?:\d{{5,}}\s*)?)?"
                                r"(?:\n\s*\d{1,3}\s+)?$")


def _bilag_table(toc: list[ListEntry], text: str) -> bool:
    """A contents list that lost its numbers whose first title opens or ends with a bilag label, or follows one
    ('Bilag: 1' / 'Høringssvar … 2' / …): the bilag table ending an item's page, its rows parted by their status
    marks ('1 - Åben Notat … 2 - Åben …'). Why across publishers: a list of the meeting's items never opens under its
    items' bilag label."""
    if not toc:
        return False
    return bool(_BILAG_OPENS.search(toc[0].title or "")) \
        or bool(_BILAG_BEFORE_LIST.search(text, max(0, toc[0].start - 60), toc[0].start))


def _page_numbers_into_bilag(chain: list[Candidate], text: str) -> bool:
    """The run goes on from a transcript's page numbers into a bilag list: its numbers before a bilag label and its
    first row each open a line (the viewer's page lines), the next number stands behind the label ('1 Title
    Sagsfremstilling … Bilag: 1 - Notat 2 - Kort', '1 Title …' / '2 … Drøftet. Bilag: 1 - Åben … 3 - Åben …': the
    label's 1 reads as a reference, so its list's 2 or 3 goes on from the page numbers). A case page with its bilag,
    no list of items."""
    for j in range(1, len(chain)):
        if not chain[j - 1].pos == text.rfind("\n", 0, chain[j - 1].pos) + 1:
            return False
        if _BILAG_BEFORE.search(text, chain[j - 1].end, chain[j].pos):
            return True
    return False


def _inside_a_body(chain: list[Candidate], cands: list[Candidate], text: str) -> bool:
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
    if _page_numbers_into_bilag(chain, text):
        return True
    heads = {c.num: c for c in cands if c.pos < chain[0].pos and c.pos == text.rfind("\n", 0, c.pos) + 1}
    for j in range(1, len(chain)):
        before = range(chain[0].num, chain[j].num)
        if all(n in heads for n in before) and chain[j - 1].num == chain[j].num - 1 \
                and BODY_CUE.search(text, heads[chain[j].num - 1].end, chain[0].pos):
            return True
    return False
