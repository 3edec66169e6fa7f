"""The list of items a meeting prints, found by its number sequence wherever it stands.

Publishers label items in many ways ("Punkt 4:", "4.", "åbent 4", a number on a line of its own,
a table-of-contents row with a page number) and text extraction often flattens the list onto one
line. What all of them share is a run of rising item numbers, each followed by a title. This
module finds the best such run in the text (lines joined, so the shape of the lines does not
matter), cuts the titles between consecutive numbers, and drops what a table of contents adds
around them (page numbers, dot leaders, group headings in capitals).

Where the run skips a number (extraction lost it) the span between the two numbers holds more
than one title; it is cut where a new title most plausibly starts: a capitalised word after a
lower-case content word, preferring words that start other titles of the same list.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .item_starts import clean_title
from .lines import Line

# A candidate item number: 1-3 digits, optionally "." or ")", standing alone before a title.
_CANDIDATE = re.compile(r"(?<![\w./,:§-])(?P<num>\d{1,3})(?P<mark>[.)])?(?![\d\w])(?=[ \n]+(?P<next>\S))")
# Words after which a number is a reference, not an item number ("nr. 513", "side 2", "kl. 14").
_REFERENCE_WORD = re.compile(
    r"(?:\bnr|\bside|\bkl|\bstk|\bpkt|§|\bafsnit|\bmøde|\bbilag|\blokalplan|\btillæg|\bdato|\bden|\bår|\bjf"
    r"|\bkap|\bpunkt|\bpunkterne|\bog|\bmed|\bfor|\bca|\bcirka|\bplan|\bafd|\bafdeling|\bdistrikt|\bvej|\bgade)"
    r"\.?:?\s*$",
    re.IGNORECASE,
)
_OPEN_CLOSED_WORD = re.compile(r"(?:^|\s)(?P<w>åbent|åben|lukket|lukkede?)\s*$", re.IGNORECASE)
_TITLE_START = re.compile(r"[A-ZÆØÅÉÜÖÄ\"“”'«(§\d]")
_BARE_INT = re.compile(r"\s+\d{1,3}\s*$")
_LEADER = re.compile(r"\s*(?:\.{2,}|…+|_{3,})\s*\d*\s*$")
_CAPS_TAIL = re.compile(r"(?:\s+[A-ZÆØÅ][A-ZÆØÅ\-/,.:&]{2,}){2,}\s*$")
_FUNCTION_WORDS = frozenset(
    "af til for i og med om på ved fra mellem samt eller under over efter mod hos ad den det de en et nr "
    "vedr vedr. jf jf. inkl inkl. ang ang. samt".split())
MAX_TITLE = 200  # printed item titles stay well below this
MAX_SPAN = 400  # characters between two numbers of a list: a title and its table-of-contents tail


@dataclass
class ListEntry:
    """One item of a printed list: its number (None where extraction lost it), title, open/closed."""

    number: str | None
    title: str
    public: bool
    start: int  # offset of the entry (its number) in the joined text
    end: int  # offset where its title ends


@dataclass
class _Cand:
    pos: int
    end: int  # where the title may start
    num: int
    printed: str
    closed: bool | None


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


def _candidates(text: str) -> list[_Cand]:
    out = []
    for m in _CANDIDATE.finditer(text):
        if not _TITLE_START.match(m.group("next")):
            continue
        before = text[max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1): m.start()]
        if before.rstrip().endswith(("..", "…", "__")):
            continue  # a page number behind a dot leader
        word = _OPEN_CLOSED_WORD.search(before)
        closed = None
        if word:
            closed = word.group("w").lower().startswith("luk")
        elif _REFERENCE_WORD.search(before):
            continue
        num = int(m.group("num"))
        if num == 0:
            continue
        out.append(_Cand(m.start(), m.end(), num, m.group("num"), closed))
    return out


def _best_chain(cands: list[_Cand]) -> list[_Cand]:
    """The longest run of rising numbers (steps of 1 to 3) with short spans between them.

    Scored by the numbers it explains minus the ones it has to assume lost."""
    n = len(cands)
    score = [1.0] * n
    back = [-1] * n
    for i in range(n):
        ci = cands[i]
        for j in range(i - 1, -1, -1):
            cj = cands[j]
            if ci.pos - cj.pos > MAX_SPAN * 4:
                break
            step = ci.num - cj.num
            if not 1 <= step <= 3:
                continue
            span = ci.pos - cj.end
            if span <= 1 or span > MAX_SPAN * step:
                continue
            s = score[j] + 1 - 0.6 * (step - 1)
            if s > score[i]:
                score[i], back[i] = s, j
    if not n:
        return []
    best = max(range(n), key=lambda k: (score[k], -k))
    chain = []
    k = best
    while k >= 0:
        chain.append(cands[k])
        k = back[k]
    return chain[::-1]


def _split_points(span: str, pieces: int, first_words: set[str], earliest: bool = False) -> list[int]:
    """Offsets in `span` where `pieces - 1` lost-number titles most plausibly start."""
    if pieces <= 1:
        return []
    options = []
    for m in re.finditer(r"(?<=\S) +(?P<word>[A-ZÆØÅ][a-zæøåé\-]+\S*)", span):
        prev = span[: m.start()].split()[-1] if span[: m.start()].split() else ""
        if not prev or prev.lower() in _FUNCTION_WORDS or prev.endswith(("-", ",", "&")):
            continue
        known = m.group("word").lower() in first_words
        if not (prev[:1].islower() or prev[:1].isdigit() or prev.endswith((")", "\"", "”")) or known):
            continue
        options.append((2 if known else 1, m.start("word")))
    if earliest:
        return [o[1] for o in options[: pieces - 1]]
    chosen = sorted(sorted(options, key=lambda o: (-o[0], o[1]))[: pieces - 1], key=lambda o: o[1])
    return [o[1] for o in chosen]


def _tidy(title: str, page_column: bool) -> str:
    t = " ".join(title.split())
    t = _LEADER.sub("", t)
    if page_column:
        t = _BARE_INT.sub("", t)
    t = _CAPS_TAIL.sub("", t)
    return t.strip(" -–:")


def find_item_list(lines: list[Line], min_entries: int = 3) -> list[ListEntry]:
    """The document's item list (empty when no run of at least `min_entries` numbers is found)."""
    text, _ = joined_text(lines)
    cands = _candidates(text)
    chain = _best_chain(cands)
    if len(chain) < min_entries:
        return []
    steps = [b.num - a.num for a, b in zip(chain, chain[1:], strict=False)]
    if sum(1 for s in steps if s == 1) < 0.6 * len(steps):
        return []
    # Entries marked open/closed ("lukket 101") inside or right after the run are items too,
    # numbered apart from the open ones.
    lo, hi = chain[0].pos, chain[-1].end + MAX_SPAN
    in_chain = {id(c) for c in chain}
    marked = [c for c in cands if c.closed is not None and id(c) not in in_chain and lo < c.pos < hi]
    chain = sorted(chain + marked, key=lambda c: c.pos)
    raw: list[tuple[_Cand, str, int, int]] = []
    for k, c in enumerate(chain):
        end = chain[k + 1].pos if k + 1 < len(chain) else _last_title_end(text, c.end)
        if k + 1 < len(chain) and chain[k + 1].closed is not None:
            end = _strip_status_word(text, c.end, end)
        span = _first_lines(text[c.end:end])
        step = chain[k + 1].num - c.num if k + 1 < len(chain) and id(chain[k + 1]) in in_chain else 1
        raw.append((c, span, end, step))
    spans = [" ".join(t.split()) for _, t, _, _ in raw]
    page_column = sum(1 for t in spans[:-1] if _BARE_INT.search(t)) >= 0.6 * max(len(spans) - 1, 1)
    first_words = {t.split()[0].lower() for t in spans if t.split()}
    usual = sorted(len(t) for t in spans[:-1])[(len(spans) - 1) // 2] if len(spans) > 1 else MAX_SPAN
    if usual > MAX_TITLE * 0.8:
        return []  # numbers with prose between them: a list of titles is short
    entries: list[ListEntry] = []
    for k, (c, span, end, step) in enumerate(raw):
        pieces = step if 1 < step <= 3 else 1
        cuts = _split_points(span, pieces, first_words) if pieces > 1 else []
        if (k == len(raw) - 1 or pieces == 1) and len(span) > min(max(2 * usual, 150), MAX_TITLE):
            # an overlong title (the last has no next number to end it): it runs into what follows
            cut = _split_points(span, 2, first_words, earliest=True)
            span = span[: cut[0]] if cut and cut[0] <= MAX_TITLE else span[:MAX_TITLE].rsplit(" ", 1)[0]
            cuts = []
        bounds = [0, *cuts, len(span)]
        for p in range(len(bounds) - 1):
            title, closed = clean_title(_tidy(span[bounds[p]: bounds[p + 1]], page_column))
            if p == 0:
                entries.append(ListEntry(c.printed, title or None, not (closed or c.closed), c.pos, end))
            else:
                entries.append(ListEntry(None, title or None, not closed, c.end + bounds[p], end))
    return entries


def _first_lines(span: str) -> str:
    """A list printed one entry per line ends a title at the page number or the next blank line;
    what follows (running headers, a page break) is no part of it. A flattened span is kept."""
    parts = span.strip("\n ").split("\n")
    if len(parts) == 1:
        return parts[0]
    kept = []
    for part in parts:
        if not part.strip() or re.fullmatch(r"\s*\d{1,3}\s*", part):
            break
        kept.append(part)
    return " ".join(kept) if kept else parts[0]


def _strip_status_word(text: str, start: int, end: int) -> int:
    m = _OPEN_CLOSED_WORD.search(text, start, end)
    return m.start() if m and m.end() >= end - 1 else end


def _last_title_end(text: str, start: int) -> int:
    """The last entry's title runs to the end of its line (or of a flattened list's sentence)."""
    while start < len(text) and text[start] in " \n":
        start += 1
    nl = text.find("\n", start)
    end = nl if nl >= 0 else len(text)
    return min(end, start + MAX_SPAN)
