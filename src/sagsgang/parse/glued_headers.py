"""Lines with a listed item's header glued to their end, cut before that header.

Extraction sometimes loses the line break after a list or a body ('… 23. juni 201586. Godkendelse af dagsorden'), so
an item's header opens in the middle of a line where no header reader looks. The list already read vouches for the
header by its number and its title's first words, which no other text repeats, so the cut is safe wherever they
follow a non-space. Its own module: it runs after the list is read, on the lines, not on the list's joined text.
"""
from __future__ import annotations

import re

from .lines import Line
from .list_entry import ListEntry


def _glued_head(e: ListEntry) -> tuple[str, re.Pattern[str]]:
    """An entry's header glued to a line's end: its number and full stop (a plain substring every such header
    holds, looked for first: every line against every entry's pattern made long pages slow) and its pattern,
    the number and the title's first words in either case (a list in capitals and its headers in lower case, or
    the other way round)."""
    pattern = re.compile(r"(?:(?<=[^\s\d])|(?<=(?:19|20)\d\d))" + re.escape(e.number or "") + r"\.\s+"
                         + r"\s+".join(re.escape(w) for w in e.title.split()[:3]), re.IGNORECASE)
    return (f"{e.number}." if (e.number or "").isdecimal() else ""), pattern


def _first_at(text: str, lead: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern.search(text)`, where every match of `pattern` begins with the plain `lead`: the pattern is tried
    only where `lead` stands (its lookbehind makes a search try every place of a long line), the first place
    first, so the match is the one a search finds."""
    if not lead:
        return pattern.search(text)
    at = text.find(lead)
    while at >= 0:
        if m := pattern.match(text, at):
            return m
        at = text.find(lead, at + 1)
    return None


def split_glued_headers(lines: list[Line], listed: list[ListEntry]) -> list[Line]:
    """Lines with a listed item's header glued to their end ('… 23. juni 201586. Godkendelse af
    dagsorden', '… - Lukket punkt133. Godkendelse …': extraction lost the line break after the
    list): cut before the header, which the list (`listed`, found in `lines`) vouches for by its
    number and title. Returns `lines` itself when nothing was cut."""
    entries = [e for e in listed if e.number and e.title and len(e.title.split()) >= 2]
    if not entries:
        return lines
    heads = [_glued_head(e) for e in entries]
    out: list[Line] = []
    for ln in lines:
        # every header glued on the line: a flattened page runs one body's end into the next header too
        # ('… Beslutning … Godkendt Referat Sagsfremstilling87. Bevilling til …')
        cuts = sorted({m.start() for number, h in heads
                       if number in ln.text and (m := _first_at(ln.text, number, h)) and m.start() > 0})
        if not cuts:
            out.append(ln)
            continue
        ends = [*cuts[1:], len(ln.text)]
        out.append(Line(ln.text[:cuts[0]].rstrip(), ln.offset, ln.raw))
        for cut, end in zip(cuts, ends, strict=True):
            out += [Line("", ln.offset + cut), Line(ln.text[cut:end].rstrip(), ln.offset + cut, ln.text[cut:end])]
    return out if len(out) != len(lines) else lines

