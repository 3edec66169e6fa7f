"""The title as an item's header prints it at its body, where that is fuller than the list's.

A contents list may cut a title short or run two titles together; the header at the body prints it whole. These
read the header's words after the listed title up to the body's first words, and the headers of items the list
lost between two found ones.
"""
from __future__ import annotations

import re

from .casenumbers import CASE_FORM
from .dashes import SPACED_DASHES
from .headings import is_heading
from .inline_headers import HeaderSeek, cue_after, title_end
from .lines import Line
from .title_marks import STATUS_WORD
from .title_tidy import BODY_CUE, BODY_CUE_WORDS, BODY_OPENS

# the bare case number that opens a header's body right after its title ('… Rørsangervej 11 24-001234 Beslutninger')
_CASE_THEN_BODY = re.compile(rf"\s+{CASE_FORM.pattern}(?=\s+(?:{'|'.join(BODY_CUE_WORDS)})(?!\w))")
_HYPHEN_WRAP = re.compile(r"(?<=\w-)\s+(?=\w)")
_SENTENCE_IN = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]|[!?]")  # a sentence ends: text, no title's tail
_TAIL_MAX = 40  # the most a contents cell cuts off a title's end (a cut long title, a number read as the page)


def header_title(seek: HeaderSeek, text: str, at: int, end: int) -> tuple[str | None, int]:
    """(title, start of body) where the numbered header found at `at` prints the listed title more fully than the
    list did: its compounds whole where the list wrapped them at the hyphen ('Tilskud 2025- 2027' listed), or its
    last words, up to the bare case number that opens the body, where the list cut them ('… for perioden' listed,
    '… for perioden 1. kvartal 2024 til 3. kvartal 2024 24-001234 Beslutninger' at the header; 'Udbud af buslinje'
    listed, its number read as the page). Why across publishers: a contents list prints each title in a narrow
    cell before a page column, so it wraps and cuts titles and loses a title's last number into the page column;
    the header prints the title on the page's full width, and the case number plus a body heading right after
    it mark where the title ends. (None, `end`) where the header says nothing more."""
    m = seek.numbered.search(text, at, end)
    if m is None:
        return _bare_header_title(seek, text, at, end), end
    title, body = text[m.start("title"): end], end
    after = _CASE_THEN_BODY.search(text, end, end + _TAIL_MAX + 40)
    tail = text[end: after.start()] if after else ""
    # (a dash or a middle dot alone sets the case number off the title: no words of the title's)
    if after and tail.strip(f" {SPACED_DASHES}·,") and len(tail) <= _TAIL_MAX and ":" not in tail \
            and not _SENTENCE_IN.search(tail):
        title, end = title + tail, after.start()
    printed = " ".join(title.split())
    if _digits_lost(seek.title, printed):
        return printed, end
    if printed == seek.title or not _HYPHEN_WRAP.sub("", printed).startswith(_HYPHEN_WRAP.sub("", seek.title)):
        # (the same, or another spelling: the list's title stands; or a shorter copy that ends where its body begins)
        return (_ends_before_listed(seek.title, printed) if BODY_OPENS.match(text, body) else None), body
    return printed, end


def _digits_lost(listed: str, printed: str) -> bool:
    """The list printed the header's title without a digit of it ('Budget - - Økonomiudvalgets forberedelse af
    Byrådets . behandling' for 'Budget 2025-28 - … Byrådets 2. behandling'): the same characters but the digits and
    spaces, the header's holding digits, the list's none. Why across publishers: extraction that loses a list's
    digits loses all of them; the header prints the title whole, and the annotation rules take the title printed
    in full."""
    return any(c.isdigit() for c in printed) and not any(c.isdigit() for c in listed) \
        and _without_digits(listed) == _without_digits(printed)


def _without_digits(title: str) -> str:
    return "".join(c for c in title if not c.isdigit() and not c.isspace())


# a word or two a header prints after the listed title, right before its body: a year or a span of years, or words
# ('2012', '2016-2019', 'for Lindby'); not a page's number, a status or a label
_HEADER_TAIL = re.compile(r"(?:(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?|[^\W\d]+,?)")


def _bare_header_title(seek: HeaderSeek, text: str, at: int, end: int) -> str | None:
    """The title a header found again without its number prints, where that is the listed title and a word or two
    more right before its body's first cue ('Budget, regnskab og likviditet 2012 Sagsfremstilling …' under the entry
    '1 Budget, regnskab og likviditet'); else None. Why across publishers: a title is printed twice, and the copy over
    the body ends for sure where the body's cue stands, while the list's copy loses a title's last number or word into
    its page column or to the next entry's lost number."""
    m = seek.bare.search(text, at, end) if seek.bare else None
    first = text.find(seek.title.split()[0], m.start(), m.end()) if m else -1
    printed = " ".join(text[first:end].split()) if first >= 0 and BODY_OPENS.match(text, end) else ""
    tail = printed[len(seek.title) + 1:].split() if printed.startswith(seek.title + " ") else []
    if not 1 <= len(tail) <= 2 or not all(_HEADER_TAIL.fullmatch(w) for w in tail) \
            or any(re.fullmatch(STATUS_WORD, w) or is_heading(w) for w in tail):
        return None
    return printed


_STRAY_GLYPH = re.compile(r"[A-ZÆØÅ]")  # a capital alone between a header and its body: a margin mark or drop cap


def _ends_before_listed(listed: str, printed: str) -> str | None:
    """The header's own title where it prints the first words of the listed title only (three at least) and its body
    begins right after them (maybe past a stray capital), while the list went on with words that open a title of
    their own ('1. Overførsel af driftsbevillinger fra Sagsfremstilling …' under the entry '1 Overførsel af
    driftsbevillinger fra Tønder Kommunes regnskab'); else None. Why across publishers: a title is printed twice, in
    the list and over its body, and the body's copy ends for sure where its body's first cue stands; where the list's
    copy runs on past that, extraction lost the next entry's number and the list ran two titles together
    (run_on_entry gives the rest its own entry)."""
    head, words = printed.split(), listed.split()
    if head and _STRAY_GLYPH.fullmatch(head[-1]) and words[len(head) - 1: len(head)] != head[-1:]:
        head = head[:-1]
    return " ".join(head) if run_on_entry(listed, " ".join(head)) else None


def run_on_entry(listed: str, printed: str) -> str | None:
    """The words a listed title runs on with past the title its header prints (`printed`, its first three words or
    more), where they open a title of their own (two words or more, the first capitalised and not a title's small
    word); None where the two copies do not agree so."""
    head, words = printed.split(), listed.split()
    rest = words[len(head):]
    if len(head) < 3 or words[: len(head)] != head or len(rest) < 2 or not rest[0][:1].isupper() \
            or not rest[0][1:2].islower():
        return None
    return " ".join(rest)


def with_titles_between(found: list[tuple[int, int, int, int, str | None]], lines: list[Line],
                         entries: list[tuple[str, str]]) -> list[tuple[int, int, int, int, str | None]]:
    """`found` with the headers of the entries between two found ones that the search passed over, where the
    first one's body on its line holds them: each title as the list printed it, in the list's order, a body
    cue right after it ('3. Årsregnskab Sagsnr. 24/1214 Låneadgang mv. Sagsnr. 24/1221 5. Forslag …', a contents
    table with a case column whose numbers the extraction lost for some rows). Why: a body does not print the
    next entries' titles one after the other, each followed by a body's cue; a list's rows do, and each row's
    cells are that row's entry's, not the numbered entry's above it."""
    out = list(found)
    for n, (i, begin, _, k, _) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        last = nxt[0] if nxt else len(lines) - 1
        line, pos = i, begin
        for j in range(k + 1, nxt[3] if nxt else len(entries)):
            seek = None if entries[j][0] else HeaderSeek.of("", entries[j][1])
            hit = _title_with_cue(seek, lines, (line, pos), (last, nxt[2] if nxt else None)) if seek else None
            if hit is not None:
                (line, pos), at = hit
                out.append((line, pos, at, j, None))
    return sorted(out, key=lambda f: (f[0], f[2]))


_CELL_END = re.compile(r"[\d.:)]\s+$")  # a cell's value before the next row's title ('Sagsnr. 24/1214 Låneadgang …')


def _title_with_cue(seek: HeaderSeek, lines: list[Line], start: tuple[int, int], stop: tuple[int, int | None]
                    ) -> tuple[tuple[int, int], int] | None:
    """((line, start of the body), start of the title) of the seek's title alone with a body's cue right after it,
    from `start` (line, position) to `stop` (line, position or its end), behind the body of the entry before it
    (a cue of its own before the title: the row before's cell, not words of the header the body starts after,
    '5. Greve Museums Bestyrelse - valg af 2 medlemmer Sagsnr.: …' where the list cut that title in two), the
    cell's value ending right before it, no sentence ('… skal Randers Byråd udpege …')."""
    for i in range(start[0], stop[0] + 1):
        text = lines[i].text if i < stop[0] or stop[1] is None else lines[i].text[:stop[1]]
        pos = start[1] if i == start[0] else 0
        m = seek.bare.search(text, pos) if seek.bare else None
        cue = cue_after(text, title_end(text, m.end(), seek.rest)) if m else None
        if m and cue is not None and (i > start[0] or BODY_CUE.search(text, pos, m.start())
                                      and _CELL_END.search(text, pos, m.start())):
            return (i, cue), m.start()
    return None
