"""The list's entries read from its run of numbers: titles cut between consecutive numbers.

Given the run (number_chain), each entry's span runs from its number to the next one's (or its label), kept to its
first lines where the list prints one entry a line; the spans of lost numbers are parted (entry_cuts), the last span
is ended (list_end), and page numbers, dot leaders, group headings ('Lukkede punkter') and web chrome are taken off
each title. Titles before the first number, when the list's first numbers were lost after a contents cue, are read
too. A flattened run may go on to the next page line, and entries marked closed beside the run join it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .contents_base import TOC_CUE
from .entry_cuts import entry_cuts, without_dated_foot
from .entry_heads import head_at, repeated_heads
from .inner_pages import inner_pages, next_pages, without_inner_page
from .lines import is_chrome
from .list_end import last_end, last_step
from .list_entry import (
    GROUP,
    MAX_SPAN,
    MAX_STEP,
    MAX_TITLE,
    ListEntry,
    holds_titles,
    mark_groups,
    numbered_piece,
    page_prefixes,
    text_start,
)
from .number_candidates import LABEL_REACH, NEXT_LABEL_BEFORE, OPEN_CLOSED_WORD, Candidate, opens_line
from .number_chain import paged_titles_seen
from .outcome_lines import is_outcome_line
from .page_chrome import running_head, without_running_heads
from .page_wrapped_titles import title_over_page
from .prose_starts import SENTENCE_END, prose_start
from .title_marks import STATUS_ONLY, clean_title
from .title_split import GROUP_MARK, OPEN_END, cut_pieces, lower_words, split_points
from .title_tidy import (
    BARE_INT,
    BODY_CUE,
    LEADER_ANYWHERE,
    PAGE_FIRST,
    STATUS_CELL_TAIL,
    drop_page_numbers,
    next_page,
    page_numbers,
    strip_tails,
    tidy,
)


def _next_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The next entry's label before its number ('… Klosterforum Punkt 4 …'), ending an entry's span that runs
    from `start` to the number at `end`; none where the label's word completes a status that is all the entry
    prints ('3) Lukket punkt 4) Salg …': a closed item printed by its status alone, titled by it, annotation-rules
    'Lukket punkt'), since an entry has a title and the status would leave it none."""
    label = NEXT_LABEL_BEFORE.search(text, max(start, end - LABEL_REACH), end)
    return None if label and STATUS_ONLY.fullmatch(text[start:label.end()].strip()) else label


def _without_closing_page(chain: list[Candidate], text: str) -> list[Candidate]:
    """A flattened list without the number that ends its page line ('… 4. Trafikplan 6'): the last title's
    page, not an entry."""
    if len(chain) > 2 and not text[chain[-1].end:].split("\n", 1)[0].strip():
        return chain[:-1]
    return chain


def _runs_on(chain: list[Candidate], cands: list[Candidate], text: str) -> list[Candidate]:
    """A flattened list that runs on to the next page's line ('… Orientering om befordringsområdet
    juni' / '3 15 Turismepolitik …': page number, maybe a running header, then the next printed
    item number): that number continues the list, the titles between them lost their numbers."""
    last = chain[-1]
    nl = text.find("\n", last.end)
    if nl < 0 or nl - last.end < MAX_TITLE:
        return chain  # the list's own line holds no run of titles after its last number
    # the next page line's running head (known by its repetition) is skipped, not read as titles
    skip_from, skip_to = running_head(text, nl, page_prefixes(text))
    for c in cands:
        if c.pos <= nl or skip_from <= c.pos < skip_to:
            continue
        if c.pos - nl - (skip_to - skip_from) > 80:
            break  # past the next page's head
        head = text[nl:skip_from] + text[skip_to:c.pos] if c.pos >= skip_to else text[nl:c.pos]
        if (head.count("\n") <= 3 and 1 <= c.num - last.num <= 2 * MAX_STEP and len(head.split()) <= 4
                and holds_titles(head)):
            return [*chain, c, *_rising_after(c, cands, text)]
    return chain


def _rising_after(first: Candidate, cands: list[Candidate], text: str) -> list[Candidate]:
    """The numbers that go on rising after `first` on its line, with titles between them."""
    nl = text.find("\n", first.end)
    stop = nl if nl >= 0 else len(text)
    out, last = [], first
    for c in cands:
        if c.pos <= last.pos or c.pos >= stop:
            continue
        step = c.num - last.num
        if 1 <= step <= MAX_STEP and c.pos - last.end <= MAX_SPAN * step and holds_titles(text[last.end:c.pos]):
            out.append(c)
            last = c
    return out


def _on_long_lines(chain: list[Candidate], text: str) -> bool:
    """The run stands on one flattened line, or on a transcript's long page lines it runs on across (each line
    break inside it opens the next page's line, maybe behind a running head: '… befordringsområdet' /
    '3 Byrådet Referat 15 Turismepolitik …'): its last entry's titles run on like a flattened line's."""
    span = text[chain[0].pos:chain[-1].pos]
    if "\n" not in span:
        return True
    pages = page_prefixes(text)
    return bool(pages) and all(chain[0].pos + m.end() in pages for m in re.finditer(r"\n+", span))


def _status_marked_twins(chain: list[Candidate], marked: list[Candidate]) -> list[Candidate]:
    """The run with each bare number that a status-marked number of its own value stands before, right after the
    run's entry before it, swapped for that marked one ('Åben 1 Godkendelse … 3 Åben 2 Budgetopfølgning 2 2022 …
    Åben 3 …': the run took the title's own '2', the nearer link). Why across publishers: a list prints its numbers
    one way, so where most of the run's numbers carry their status word, the entry's number is the one after the
    status, and a bare number of the same value inside the title behind it is the title's own words."""
    if 2 * sum(1 for c in chain if c.closed is not None) < len(chain):
        return chain
    out = []
    for k, c in enumerate(chain):
        after = out[k - 1].end if k else -1
        twin = next((m for m in marked if m.num == c.num and after < m.pos < c.pos), None) \
            if c.closed is None else None
        out.append(twin or c)
    return out


def _trailing_statuses(chain: list[Candidate], text: str) -> list[Candidate]:
    """A run whose first number no status precedes, its numbers marked ('1. Budget 2. Salg af grund Lukket 3.
    Eventuelt' on one flattened line): a status word before a later number on the line of the title before it
    stands after that title, a status column of its line that the flattening ran on into the next number's; it
    closes that entry (clean_title reads it off its title), not the number after it. Why: a list that prints the
    status before its numbers prints it before the first one too ('Åben 1. … Lukket 2. …'); on a line of its own
    ('1. Budget' / 'Lukket 2. Salg af grund') the status is the next number's, as before. Only after the number
    just before (a gap holds lost numbers' titles, which the status words part: entry_cuts reads them so)."""
    if chain[0].closed is not None or chain[0].end == chain[0].pos + len(chain[0].printed) \
            or not any(c.closed is not None for c in chain):
        return chain  # (a bare number: '… Lukket 12 Salg af …' prints the status before it, a page column's number)
    return [replace(c, closed=None) if k and c.closed is not None and c.end > c.pos + len(c.printed)
            and c.num == chain[k - 1].num + 1 and "\n" not in text[chain[k - 1].end:c.pos] else c
            for k, c in enumerate(chain)]


def _without_chrome_tail(title: str) -> str:
    """A title without a web page's link run on after it ('salg af areal Til indholdsfortegnelse'): the last two
    to four words, when they are chrome."""
    words = title.split()
    for n in range(min(4, len(words) - 1), 1, -1):
        if is_chrome(" ".join(words[-n:])):
            return " ".join(words[:-n])
    return title


def _opens_with_chrome(title: str) -> bool:
    """A piece that is a web page's link, alone or before the next block's heading ('Til indholdsfortegnelse Åbent
    møde' after a flattened list's last title): its first two to four words are chrome, no title is."""
    words = title.split()
    return is_chrome(title) or any(is_chrome(" ".join(words[:n])) for n in range(2, min(4, len(words)) + 1))


def _first_words_at(text: str, at: int, n: int = 3) -> list[str]:
    return text[at: at + 120].split()[:n]


def _header_of_listed(c: Candidate, chain: list[Candidate], text: str, listed: list[Candidate]) -> bool:
    """A marked number after the run that the list printed already, with the same title ('… 172. Salg af grund
    - Lukket punkt 145. Godkendelse af dagsorden Beslutning …'): the first body's header after the list's end,
    its status word the last entry's, not a closed entry numbered apart. `listed` holds the list's numbers of an
    earlier group numbered apart ('1. A … 7. G Lukkede punkter 1. H …'), whose headers follow the run too."""
    return c.pos > chain[-1].pos and any(
        e.num == c.num and _first_words_at(text, e.end) == _first_words_at(text, c.end) for e in [*listed, *chain])


def _usual_title(spans: list[str], steps: list[int | None], usual: int) -> float:
    """The median length of one title in the list's spans: a span between two numbers holds `step` titles, those
    whose numbers extraction lost, each with what the table prints beside it ('… Sagsnr. 24/1207'); numbers with
    prose between them hold longer text per number than that. `usual` for a list of one entry."""
    if len(spans) < 2:
        return usual
    per_title = sorted(len(t) / max(step or 1, 1) for t, step in zip(spans[:-1], steps[:-1], strict=True))
    return per_title[(len(spans) - 1) // 2]


def chain_entries(chain: list[Candidate], gaps: bool, cands: list[Candidate], text: str,
                  listed: list[Candidate] | None = None) -> list[ListEntry]:
    """The list's entries read from its run of numbers: the titles between them, those of lost numbers
    parted where titles start, closed entries and group headings marked. `listed`: the run of the list's group
    before this one where the list numbers its groups apart (restarted_runs), whose items' headers may follow."""
    flattened = _on_long_lines(chain, text)
    if flattened:
        chain = _runs_on(_without_closing_page(chain, text), cands, text)
    # Entries marked open/closed ("lukket 101") inside or right after the run are items too,
    # numbered apart from the open ones.
    lo, hi = chain[0].pos, chain[-1].end + MAX_SPAN
    in_chain = {id(c) for c in chain}
    marked = [c for c in cands if c.closed is not None and id(c) not in in_chain and lo < c.pos < hi
              and not _header_of_listed(c, chain, text, listed or [])]
    chain = _status_marked_twins(chain, marked)
    in_chain = {id(c) for c in chain}
    marked = [c for c in marked if id(c) not in in_chain]
    chain = sorted(chain + marked, key=lambda c: c.pos)
    chain = _trailing_statuses(chain, text)
    raw: list[tuple[Candidate, str, int, int | None]] = []
    page_lines = page_prefixes(text)
    for k, c in enumerate(chain):
        last = k + 1 == len(chain)
        end = last_end(chain, text, flattened, listed) if last else chain[k + 1].pos
        label = None if last else _next_label(text, c.end, end)
        end = label.start() if label else end  # 'Punkt 4', 'Sag 4': the next entry's label, no title of this one's
        if not last and chain[k + 1].closed is not None:
            end = _strip_status_word(text, c.end, end)
        # (a page line's running head inside the span blanked: '… Greve Nord 34' / '3 Udvalget 10-04-2024 Side 3 …')
        span = PAGE_FIRST.sub(lambda m: " " * len(m.group()),
                              _first_lines(without_running_heads(text, c.end, end, page_lines)))  # 'Punkt 4 Side 8 …'
        if flattened and (wrapped := title_over_page(text, c.end, _cue_at)) is not None and wrapped.cue <= end:
            # a header's title wrapped over a page break, its rest behind the next page's running head
            span = text[c.end:wrapped.first_end] + " " + text[wrapped.rest:wrapped.cue]
        step = _titles_asked(chain[k + 1].num - c.num if not last and id(chain[k + 1]) in in_chain else 1,
                             flattened, text, c, end)
        if last and flattened:
            step = last_step(chain, text, end)
        raw.append((c, span, end, step))
    raw = _cut_at_repeated_heads(raw, text) if flattened else raw
    spans = [strip_tails(" ".join(t.split())) for _, t, _, _ in raw]
    bare = [mark_groups(t, False)[0].rstrip(" " + GROUP_MARK) for t in spans]  # '… 3 Åbne dagsordenspunkter'
    sample = bare[:-1] or bare  # a list of one entry: its own span tells
    page_column = sum(1 for t in sample if BARE_INT.search(t)) >= 0.5 * len(sample)
    inner = _pages_inside_titles(raw, page_column) if flattened else None
    taken: frozenset[int] = frozenset()  # the rows whose page was read inside their title, and taken out of it
    if inner:  # titles wrapped, their pages inside them (inner_pages): the pages read, the titles without them
        raw, page_column, taken = inner[0], True, inner[2]
        spans = [strip_tails(" ".join(t.split())) for _, t, _, _ in raw]
    usual = sorted(len(t) for t in spans[:-1])[(len(spans) - 1) // 2] if len(spans) > 1 else MAX_SPAN
    led = sum(1 for t in spans if LEADER_ANYWHERE.search(t))  # 'Title .......... 7': a contents list's pages
    if _usual_title(spans, [step for _, _, _, step in raw], usual) > MAX_TITLE * 0.8 and gaps and led * 2 < len(spans):
        return []  # numbers with prose between them: a list of titles is short (where no leaders part them)
    common = lower_words(text)
    pages = inner[1] if inner else page_numbers(spans) if page_column else []
    highs = next_pages(pages) if inner else [next_page(spans, k, pages) for k in range(len(pages))]
    entries: list[ListEntry] = []
    lead = GROUP.search(text[max(0, chain[0].pos - 60): chain[0].pos] + " ")  # '… Side Lukkede dagsordenspunkter 1 …'
    in_closed_group = bool(lead and lead.group("kind").lower().startswith("lukke"))
    for k, (c, span, end, step) in enumerate(raw):
        span, groups = mark_groups(span, page_column)
        low, high = (pages[k - 1] if k else 0, highs[k]) if pages else (0, 0)
        if pages and k not in taken:  # (a row whose page was taken keeps its other numbers: 'af 26 plejeboliger')
            span = without_dated_foot(drop_page_numbers(span, low, high), step, text[: chain[0].pos])
        held = _status_cell_at(span, k, spans)  # (the cell's words asked no cut: it is the entry's status)
        cuts = entry_cuts(span[:held], step, common, (low, high) if pages else None)
        if step == 1 and not page_column and len(span) > min(max(2 * usual, 150), MAX_TITLE):
            # an overlong title runs into what follows it (a page header, the meeting's text); where its body's cue
            # stands within a title's length, the title ends there ('7. Tilskud til foreningen Ungdomshuset
            # Sagsfremstilling Forvaltningen har …': the split before a capitalised word cut the name off)
            # ('… Ungdomshuset Sagsfremstilling Forvaltningen har …'); not past a finished sentence, which no title
            # holds (a body that opens on prose: '… 2024 Den 3. marts modtog forvaltningen … . Indstilling …')
            cue = BODY_CUE.search(span, 0, MAX_TITLE) if flattened else None
            cue = cue if cue and cue.start() > 0 and not SENTENCE_END.search(span, 0, cue.start()) else None
            prose = prose_start(span, cue.start() if cue else MAX_TITLE)  # ('… Den 3. marts 2024 modtog …')
            first = [(prose, "")] if prose else [(cue.start(), "")] if cue else split_points(span, 2, earliest=True)
            span = span[: first[0][0]] if first and first[0][0] <= MAX_TITLE else span[:MAX_TITLE].rsplit(" ", 1)[0]
        for p, (off, piece) in enumerate(cut_pieces(span, cuts)):
            in_closed_group = next((closed for at, closed in reversed(groups) if at < text_start(piece, off)),
                                   in_closed_group)
            title, closed = clean_title(tidy(piece.replace(GROUP_MARK, " "), page_column and k not in taken))
            title = _without_chrome_tail(title) if title else title
            closed = closed or in_closed_group
            if p == 0:
                entries.append(ListEntry(c.printed, title or None, not (closed or c.closed), c.pos, end))
            elif title and not _opens_with_chrome(title) and not is_outcome_line(title):
                # ('… 15 Orientering fra formanden Til indholdsfortegnelse'; '… 3. Eventuelt Intet.': the last
                # entry's outcome, no title of its own)
                number, title = numbered_piece(title)
                entries.append(ListEntry(number, title, not (closed or piece.lstrip().startswith("Lukket")),
                                         c.end + off, end))
        if groups:
            in_closed_group = groups[-1][1]  # 'Lukkede sager' closes the entries after it, 'Åbne sager' opens them
    return _titles_before_first(chain[0], text, common, page_column) + entries


def _pages_inside_titles(raw: list[tuple[Candidate, str, int, int | None]], seen: bool
                         ) -> tuple[list[tuple[Candidate, str, int, int | None]], list[int], frozenset[int]] | None:
    """The rows without the pages printed inside their wrapped titles, every row's page, and the rows whose page was
    inside (inner_pages; `seen`: the rows' ending pages showed the column already); None where the rows show no such
    column."""
    # (a row that holds the titles of numbers lost holds their pages too: no one page a row)
    found = None if any(step and step > 1 for *_, step in raw) else inner_pages([span for _, span, _, _ in raw], seen)
    if found is None:
        return None
    rows = [(c, without_inner_page(span, at), end, step)
            for (c, span, end, step), (_, at) in zip(raw, found, strict=True)]
    return rows, [page for page, _ in found], frozenset(k for k, (_, at) in enumerate(found) if at is not None)


def _status_cell_at(span: str, k: int, spans: list[str]) -> int:
    """Where the status cell ending entry k's span starts, in a list that prints a status column (two other
    entries' spans or more end on a status word: '2. … formanden Lukket 3. … 4. … fase Lukket 5. … 6. Eventuelt
    Lukket'); the span's length where it ends otherwise. The cell closes its own entry (clean_title reads it off the
    title): no closed entry of its own, as a status word after a standing item is where no column is printed
    ('… Eventuelt Lukket', title_split)."""
    tail = STATUS_CELL_TAIL.search(span)
    others = sum(1 for j, t in enumerate(spans) if j != k and STATUS_CELL_TAIL.search(t))
    return tail.start() if tail and others >= 2 else len(span)


def _cut_at_repeated_heads(raw: list[tuple[Candidate, str, int, int | None]], text: str
                           ) -> list[tuple[Candidate, str, int, int | None]]:
    """The spans of a flattened run, each cut before a heading two or more of them print after their title
    (entry_heads.repeated_heads): item headers run on into bodies that open on a publisher's own heading
    ('1. Fortov langs Hvidemose Sagens forløb Kommunen har …'), which no body cue ends; the span up to it holds the
    header's one title, not a title too long and cut at a capitalised word ('Fortov langs' | 'Hvidemose …')."""
    heads = repeated_heads([span for _, span, _, _ in raw[:-1]] + [_past_last_end(raw[-1], text)] if raw else [])
    if not heads:
        return raw
    out = []
    for c, span, end, step in raw:
        at = head_at(span, heads)
        if at is not None:
            word = span[at:].split()[0]
            found = text.find(word, c.end, end)
            span, end, step = span[:at], found if found >= 0 else end, 1
        out.append((c, span, end, step))
    return out


_HEAD_REACH = 600  # characters of the last header's line read for the heading its body opens with


def _past_last_end(last: tuple[Candidate, str, int, int | None], text: str) -> str:
    """The last entry's span read on to its line's end, for the heading evidence only: the last title was already
    ended at its body's cue (list_end.last_end: '3. Hastighedszone på Birkely Sagens forløb Der er …' ends before
    'Sagens forløb'), yet the heading and the prose behind it there are what tells the heading from two titles'
    shared words where the other headers' bodies open alike ('… Sagens forløb Borgerne har …' twice)."""
    c = last[0]
    nl = text.find("\n", c.end, c.end + _HEAD_REACH)
    return " ".join(text[c.end: nl if nl >= 0 else c.end + _HEAD_REACH].split())


def _titles_asked(step: int, flattened: bool, text: str, c: Candidate, end: int) -> int:
    """How many titles the entry numbered by `c` up to `end` (the next entry's number) holds where the next number
    is `step` after its own: one where the list prints one entry a line (both numbers open their lines) and the
    entry is one filled line ('229. …' / '230. …' / '232. …', or '230.' / '' / title / '' / '232.'). Numbers that
    skip there are items the list leaves out (the closed items a public list omits), not numbers lost in print: a
    lost number's title would stand on a line of its own, as only a flattened (run-on) line keeps it on the same
    line as its neighbours'."""
    if step > 1 and not flattened and opens_line(text, c.pos) and opens_line(text, end) \
            and sum(1 for part in text[c.end:end].split("\n") if part.strip()) == 1:
        return 1
    return step


def _titles_before_first(first: Candidate, text: str, common: frozenset[str], page_column: bool) -> list[ListEntry]:
    """The entries before a list's first printed number, when that number is not 1 and the contents'
    cue opens the line before it ('Følgende sager behandles: Pkt. Tekst Side Budget … Lånoptagelse … 3
    Godkendelse …') or the heading of the open items' group does ('Side 2 Åbne punkter Godkendelse af dagsorden
    3 Spørgetid 4 … 7 6. Plan for …'): the numbers of the first titles were lost, their titles were not."""
    if not 1 < first.num <= MAX_STEP + 1:
        return []
    line = text.rfind("\n", 0, first.pos) + 1
    cue = TOC_CUE.search(text, line, first.pos)
    if not cue:
        cue = _OPEN_GROUP.search(text, line, first.pos)  # '… Side 2 Åbne punkter Godkendelse af dagsorden 3 …'
    if not cue or cue.end() >= first.pos or not holds_titles(text[cue.end():first.pos]):
        return []
    # past the open items' heading right behind the cue ('Til behandling forelå: Åbne punkter Godkendelse af
    # dagsorden 3 2. …'): a group's heading, not the first title's words
    group = _OPEN_GROUP_AT.match(text, cue.end())
    at = group.end() if group and group.end() < first.pos else cue.end()
    span = text[at:first.pos]
    entries = []
    for off, piece in cut_pieces(span, split_points(span, first.num - 1, common=common)):
        title, closed = clean_title(tidy(piece, page_column))
        if title:
            entries.append(ListEntry(None, title, not closed, at + off, first.pos))
    return entries
_OPEN_GROUP = re.compile(r"(?i:åbne|åben|åbent)\s+(?i:sager|punkter|dagsordenspunkter)\s*:?\s+(?=[A-ZÆØÅ])")
_OPEN_GROUP_AT = re.compile(r"\s*" + _OPEN_GROUP.pattern)


def _first_lines(span: str) -> str:
    """A list printed one entry per line ends a title at the page number or the next blank line;
    what follows (running headers, a page break) is no part of it. A flattened span is kept."""
    parts = span.strip("\n ").split("\n")
    if len(parts) == 1:
        return parts[0]
    kept: list[str] = []
    for k, part in enumerate(parts):
        if not part.strip() and kept and paged_titles_seen(kept[-1]) \
                and (going_on := _next_paged_line(parts[k + 1:], kept[-1])):
            kept.append(going_on)
            break
        if not part.strip() or re.fullmatch(r"\s*\d{1,3}\s*", part) or kept and _sentence_under(kept[-1], part):
            break
        kept.append(part)
    rest = [p for p in parts[len(kept):] if p.strip()]
    if kept and rest and (run_on := _PAGE_RUN_ON_WORD.match(rest[0])):
        kept.append(rest[0][run_on.end():])  # the title goes on behind the next page line's number
    return " ".join(kept) if kept else parts[0]


def _next_paged_line(parts: list[str], line: str) -> str | None:
    """The next page line of a flattened contents list with a page column that the gap between two of its
    numbers runs over ('… Renovering af Tune Skole 27' / '3 Frigivelse af midler … 28 Privat arv …'), without
    its page number: where `line` ends in a title's page and the next line opens with its page number and a
    title. None otherwise."""
    rest = [p for p in parts if p.strip()]
    if not rest or not re.search(r"[\w)] \d{1,3}\s*$", line):
        return None
    m = re.match(r"\s*\d{1,3} +(?=[A-ZÆØÅ][a-zæøå])", rest[0])
    return rest[0][m.end():] if m and len(rest) == 1 else None


def _sentence_under(title: str, line: str) -> bool:
    """`line`, under a title's line that ends closed, is a sentence of its own ('1. Godkendelse af dagsorden' /
    'Forvaltningen orienterer om sagen.'): the item's text, which a list printed with its bodies puts right
    under the title; a wrapped title goes on from an open end or as a phrase without its full stop."""
    words = line.split()
    return (len(words) >= 4 and line[:1].isupper() and line.rstrip().endswith(".")
            and not OPEN_END.search(title.rstrip()))


# a transcript's page line that opens with its page number and a word in small letters: the text of the line
# above going on across the page break ('… Lokalplan nr. 088-520 - For' / '2 udvidelse af erhvervsområde …')
_PAGE_RUN_ON_WORD = re.compile(r"\s*\d{1,3} +(?=[a-zæøå])")


def _cue_at(text: str, at: int) -> int | None:
    """Where the first body cue within a title's length after `at` stands (page_wrapped_titles asks it)."""
    m = BODY_CUE.search(text, at, at + MAX_TITLE)
    return m.start() if m else None


def _strip_status_word(text: str, start: int, end: int) -> int:
    m = OPEN_CLOSED_WORD.search(text, start, end)
    return m.start() if m and m.end() >= end - 1 else end

