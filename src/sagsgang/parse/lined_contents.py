"""Contents lists that print no item numbers and keep their lines: one title a line with its page (paged_lines),
or one title a line under a line that announces the list (cued_lines).

Why apart: a kept line is its own evidence of where a title ends, so these readers need none of the cutting
a flattened list does (contents_cuts).
"""
from __future__ import annotations

import re

from .bullets import BULLETS
from .casenumbers import CASE_LABEL
from .dashes import SPACED_DASH
from .fact_labels import START_LABEL
from .header_patterns import LABELLED_NUMBER_ONLY, SAG_NR_START
from .headings import is_heading
from .list_entry import LABEL_WORD, OWN_NUMBER_OPEN, ListEntry, numbered_piece
from .page_lines import CONTENTS_WORDS
from .status_column import STATUS_CELL_WORDS
from .title_marks import clean_title

# a contents line that ends in its page: behind a leader or a tab ('Budget 2025 ........ 4', 'Budget<TAB>4':
# the tab is a space in the joined text), or a title line with its page on the next line alone; the page
# maybe named ('Budget<TAB>Side 4')
_PAGED_LINE = re.compile(r"(?m)^[ \t]*(?P<title>[A-ZÆØÅ(\[][^\n]{2,200}?)"
                         r"(?:\s*(?:\.{3,}|…+|_{3,})\s*|[ \t]+|[ \t]*\n[ \t]*)(?:(?i:side|s\.)[ \t]*)?"
                         r"(?P<page>\d{1,3})[ \t]*$")


def paged_lines(text: str) -> list[ListEntry]:
    """A contents list that prints no item numbers, one title a line, each with its page: three or more
    such lines in a row (blank lines apart at most), their pages never falling and not all one. The page is no item
    number: '1. Budget<TAB>4' keeps its printed 1, 'Budget<TAB>4' gets none."""
    runs: list[list[re.Match[str]]] = []
    for m in _PAGED_LINE.finditer(text):
        run = runs[-1] if runs else None
        if run and not text[run[-1].end(): m.start()].strip() and int(m.group("page")) >= int(run[-1].group("page")):
            run.append(m)
        else:
            runs.append([m])
    best = max(runs, key=len, default=[])
    while best and LABEL_WORD.search(best[0].group("title")[:30]):
        best = best[1:]  # the meeting's header above the list ends in a number ('Mødested: Rådhuset, lokale 1')
    if len(best) < 3 or int(best[-1].group("page")) == int(best[0].group("page")) \
            or sum(1 for m in best if " " in m.group("title").strip()) * 2 < len(best):
        return []  # pages that never advance, or one-word rows: a table of figures, no contents
    entries = []
    for m in best:
        title, closed = clean_title(m.group("title"))
        number, title = numbered_piece(title)
        if title:
            entries.append(ListEntry(number, title, not closed, m.start("title"), m.end()))
    return entries


# a line that announces the list of items below it, alone on its line
# ('PUNKTER' alone: a list's heading, as 'Punkter på dagsordenen' is)
_LIST_CUE_LINE = re.compile(rf"(?im)^[ \t]*(?:{CONTENTS_WORDS}|Punkter)(?:[ \t]+(?:behandles|blev behandlet))?"
                            r"[ \t]*:?[ \t]*$")
# (a status column before each title, as a site's table prints it: 'åbent Kvalitetsrapport 2014', 'lukket …')
# a listed row's lead: its bullet or dash, then that status cell; the title follows ('title' group)
_ROW_LEAD = rf"^[{BULLETS}◦{SPACED_DASH}*]?\s*(?:(?P<status>(?i:{STATUS_CELL_WORDS}))\s+)?"
# how a listed title opens: a capital or a bracket, or a number of the title's own (OWN_NUMBER_OPEN)
_TITLE_OPEN = rf"(?:[A-ZÆØÅ(\[]|{OWN_NUMBER_OPEN.pattern})"
_LISTED_TITLE = re.compile(rf"{_ROW_LEAD}(?P<title>{_TITLE_OPEN}[^:\n]{{2,200}})$")


def cued_lines(text: str) -> list[ListEntry]:
    """A list of items that prints no numbers and no pages, one title a line (bullets or dashes
    allowed), right under a line that announces it ('Dagsordenspunkter', 'Indhold', 'PUNKTER'): three or more
    such lines, up to the first line that is no title (a label, a sentence, a blank after the list). A list that
    sets a blank line (or two) between its titles ends where that rhythm breaks or a section heading stands."""
    cue = _LIST_CUE_LINE.search(text)
    if not cue:
        return []
    entries: list[ListEntry] = []
    at = cue.end() + 1
    rows = text[at:].split("\n")
    blanks, spaced = 0, None  # blank lines since the last entry; whether the list sets a blank line between entries
    for k, line in enumerate(rows):
        if not line.strip():
            at += len(line) + 1
            blanks += 1 if entries else 0
            if blanks > _SPACED_BLANKS:
                break
            continue
        if spaced is None and entries:
            spaced = blanks > 0
        m = _listed_title(line.strip(), bool(spaced), rows[k + 1] if k + 1 < len(rows) else "",
                          len(entries) >= _SETTLED)
        if not m or blanks and not spaced or spaced and not blanks:
            break  # no title, or the list's rhythm broken: the list has ended
        blanks = 0
        start = at + line.index(m.group("title"))
        title, closed = clean_title(m.group("title"))
        closed = closed or (m.group("status") or "").lower() == "lukket"
        entries.append(ListEntry(None, title, not closed, start, at + len(line)))
        at += len(line) + 1
    return entries if len(entries) >= 3 else []


def _listed_title(line: str, spaced: bool, after: str, settled: bool = False) -> re.Match[str] | None:
    """The line as an entry of a cued list of titles, or None where it is no title: a sentence (a full stop after
    more than eight words, unless the list goes on right under it: 'Principbeslutning om … forsyningsselskab.' /
    'Beslutning om …'), a section heading in a double-spaced list; a title's own colon only in a double-spaced
    list or one `settled` by the titles read above it, line under line (_spaced_title: 'Skoler for alle:
    Justering af …' as the 21st title; a meeting's 'Sted: Rådhuset' under the cue is no title)."""
    m = _LISTED_TITLE.match(line) or _CLOSED_ROW.match(line) or (_spaced_title(line) if spaced or settled else None)
    if m is None or spaced and is_heading(m.group("title")) or _item_label(m.group("title")):
        return None  # ('Sag nr. 181' / '' / 'Overførsel af …': a numbered list's label, no title of an unnumbered one)
    sentence = m.group("title").endswith(".") and len(m.group("title").split()) > 8
    return None if sentence and not spaced and not _LISTED_TITLE.match(after.strip()) else m


# a closed row whose title keeps its marker's colon ('lukket Lukket punkt: salg af areal'): clean_title reads it off
_CLOSED_ROW = re.compile(rf"{_ROW_LEAD}(?P<title>(?i:lukket(?:\s+(?:punkt|sag))?)\s*:\s*\S[^:\n]{{2,200}})$")


def _item_label(row: str) -> bool:
    """An item's label with its number alone on its row ('Punkt 4', 'Sag nr. 181'): a numbered list's, no title."""
    m = SAG_NR_START.match(row)
    return bool(LABELLED_NUMBER_ONLY.match(row) or m and m.end() == len(row.rstrip()))


_LISTED_TITLE_COLON = re.compile(rf"{_ROW_LEAD}(?P<title>[A-ZÆØÅ(\[][^\n]{{2,200}})$")  # (the title's own colon too)


def _spaced_title(line: str) -> re.Match[str] | None:
    """A title of a double-spaced list with a colon of its own ('Bolværksprojektet: Stillingtagen til …'), not a
    meeting's fact or a case's number under its label ('Mødested: …', 'Sagsnr.: …'): the rhythm vouches for it."""
    m = _LISTED_TITLE_COLON.match(line)
    return m if m and not START_LABEL.match(line) and not CASE_LABEL.match(line) else None


# blank lines a double-spaced list of titles sets between two entries, at most ('Indholdsfortegnelse' / '' / 'Budget
# 2025' / '' / '' / 'Lokalplan 12' …: a layout that gives each title a paragraph of its own)
_SPACED_BLANKS = 2
_SETTLED = 3  # titles read line under line before a title's own colon is taken as part of one
