"""Item headers with their bodies behind them, read as the list where no short run of titles is printed.

A flattened page prints each item's header and runs its body on after it ('1. Title Sagsnr.: … Sagsfremstilling …').
Its bodies make the spans between numbers long, so the list reader (number_chain), which wants short titles, does not
see them. Here a number heads an item where a body's cue (a heading, a label, a heading repeated by two or more headers)
follows within a title's length; the longest rising run of such headers is the list. Also here: which '12:' numbers
may be entries (only a labelled one with a title, since '12:' mostly opens a decision's point), and the tests that
weigh headers against a run or a contents list (a run inside one header's body, headers below a contents list).
"""
from __future__ import annotations

import re

from .bullets import BULLETS
from .contents_base import BODY_LABEL, SENTENCE
from .entry_heads import heading_at, repeated_heads
from .list_entry import MAX_STEP, MAX_TITLE, ListEntry
from .number_candidates import ITEM_LABEL, Candidate, label_before
from .outcome_lines import trailing_outcome
from .page_wrapped_titles import title_over_page
from .title_marks import CLOSED_PREFIX, clean_title
from .title_tidy import BODY_CUE, strip_tails, tidy


def list_numbers(cands: list[Candidate], text: str) -> list[Candidate]:
    """The candidates that may number a list entry: not '12:' ('kl. 15: …', 'Punkt 1: Der …' inside a
    decision), which only a header with its body behind it may print (headed_chain); unless a label says it is
    an item's and a title follows it, no sentence ('Pkt. 4: Salg af grund Pkt. 5: …')."""
    colons = [c for c in cands if text[c.end - 1] == ":" and label_before(text, c.pos)]
    titled = {id(c) for c in colons if _labelled_title(c, text)}
    titled |= _between_titles(colons, titled)
    titled |= _colon_run([c for c in cands if text[c.end - 1] == ":" and not label_before(text, c.pos)], text)
    return [c for c in cands if text[c.end - 1] != ":" or id(c) in titled]


_MIN_COLON_RUN = 3  # bare '12:' numbers in a row: two could be a decision's two points


def _colon_run(bare: list[Candidate], text: str) -> set[int]:
    """Ids of the bare '12:' numbers ('145: Godkendelse af dagsorden 146: Oplæg …') that count up one after another,
    three or more, each a short title's span from the next with no sentence in it: a list printed with colons,
    lined or flattened onto one line. A decision's points ('1: Godkendt. 2: …') end in sentences, and a time
    ('kl. 15:') stands alone; only a list counts up from one title to the next."""
    runs: list[list[Candidate]] = []
    for c in bare:
        last = runs[-1][-1] if runs else None
        span = text[last.end: c.pos] if last is not None else ""
        if last is not None and 0 < c.num - last.num <= 2 and len(span) <= MAX_TITLE \
                and not SENTENCE.search(span) and not _SENTENCE_END.search(span.rstrip()):
            runs[-1].append(c)
        else:
            runs.append([c])
    return {id(c) for run in runs if len(run) >= _MIN_COLON_RUN for c in run}


def _between_titles(colons: list[Candidate], titled: set[int]) -> set[int]:
    """Ids of the labelled numbers ('Pkt. 412:') whose title holds a full stop before a capital ('… kloakanlæg.
    Ansøgning om anlægsbevilling', '… afd. 9 (tidl. Hjørring …)') that stand between two labelled entries with
    titles, their numbers rising from the one before to the one after: the list's entries, which a decision's
    points between two titles of a list are not (its sentences do not number on from the list)."""
    out: set[int] = set()
    last = None  # the last labelled entry with a title
    held: list[Candidate] = []
    for c in colons:
        if id(c) not in titled:
            held.append(c)
            continue
        nums = [last.num] if last is not None else []
        nums += [h.num for h in held] + [c.num]
        if last is not None and held and all(0 < b - a <= MAX_STEP for a, b in zip(nums, nums[1:], strict=False)):
            out |= {id(h) for h in held}
        last, held = c, []
    return out


_NEXT_LABEL = re.compile(rf"{ITEM_LABEL}\s+\d{{1,3}}\b")  # the next entry's label and number


def _labelled_title(c: Candidate, text: str) -> bool:
    """'Pkt. 4: Title' with a title up to the next label or line: a list's entry, not a decision's point."""
    if not label_before(text, c.pos):
        return False
    stop = min(len(text), c.end + MAX_TITLE, *(i for i in (text.find("\n", c.end),) if i >= 0))
    nxt = _NEXT_LABEL.search(text, c.end, stop)
    end = _header_end(text, c.end, nxt.start() if nxt else stop)
    span = text[c.end:end]
    # a span cut before the next label, a cue or an outcome: a sentence ending right there is a decision's point
    # too ('Punkt 2: Godkendt. Punkt 3: …')
    return not (SENTENCE.search(span) or (nxt is not None or end < stop) and _SENTENCE_END.search(span))


_SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?]\s*$")


def _header_end(text: str, start: int, end: int) -> int:
    """Where a labelled header's title ends before `end`: at its body's cue on a flattened page ('Punkt 2: Budget
    2025 Sagsnr.: 24/1234 Sagsfremstilling Forvaltningen har …'), or at the outcome it runs on into ('Punkt 1:
    Godkendelse af dagsorden Dagsordenen godkendt.'); a sentence before either is no title ('Punkt 2: Godkendt.',
    a decision's point, has no title before its outcome)."""
    cue = _body_cue(text, start)
    if cue is not None and cue < end:
        return cue
    head = text[start:end].strip()
    at = trailing_outcome(head)
    return start + text[start:end].find(head) + at if at else end


def opens_late(chain: list[Candidate], headed: list[ListEntry]) -> bool:
    """The run of numbers opens past the first items that headers with their bodies print before it and goes on
    over their numbers ('Punkt 5: Lukket: … Punkt 6: …' after 'Punkt 1: …' - 'Punkt 4: …' with long bodies)."""
    numbers = {e.number for e in headed}
    return len(headed) > len(chain) >= 2 and all(str(n) in numbers for n in range(1, chain[0].num + 1)) \
        and chain[1].printed in numbers


def headers_below(chain: list[Candidate], toc: list[ListEntry], text: str) -> bool:
    """The run of numbers is item headers, one a page line ('3 1. Godkendelse af dagsorden Sagsnr.: …' / '4 2.
    …') or run on with their bodies' cues (_cued_headers), below a contents list without numbers (`toc`) that
    ends above the first header and opens with the headers' titles in their order (the first two words of each
    alike)."""
    if any(e.number is not None for e in toc) or toc[-1].end > chain[0].pos \
            or any("\n" not in text[a.pos:b.pos] for a, b in zip(chain, chain[1:], strict=False)) \
            and not _cued_headers(chain, text):
        return False
    heads = [text[c.end: text.find("\n", c.end)] for c in chain]
    return all(_first_words(clean_title(h)[0]) == _first_words(t.title) for h, t in zip(heads, toc, strict=False))


def under_returned_title(chain: list[Candidate], toc: list[ListEntry], text: str) -> bool:
    """The run of numbers stands inside an item's body: below a contents list without numbers (`toc`), under one of
    the list's titles printed again on a line of its own, the heading of that item's body ('Budget 2025 ....... 4' /
    … / 'Budget 2025' / 'Sagsfremstilling' / '… 3 mål: 1) … 2) … 3) …'). Why across publishers: where the agenda
    numbers nothing, a numbered run below its returned titles is a proposal's or a text's points, and a run that
    were the items would print the list's titles, as headers_below asks."""
    if not toc or any(e.number is not None for e in toc) or toc[-1].end > chain[0].pos:
        return False
    between = {" ".join(ln.split()).casefold() for ln in text[toc[-1].end: chain[0].pos].split("\n")}
    return any(e.title and " ".join(e.title.split()).casefold() in between for e in toc)


def _cued_headers(chain: list[Candidate], text: str) -> bool:
    """The run is headers on flattened page lines, each title with its body's cue behind it ('Punkt 2: Lukket: Salg
    af boliger Sagsnr.: 21-003765 Punkt 3: …'), not a list; the last one's cue may lie past its page's end."""
    return len(chain) > 1 and all(_body_cue(text, c.end) is not None for c in chain[:-1])


def _first_words(title: str | None) -> list[str]:
    """The first two words of a title, in lower case: what a header and a contents entry of one item share."""
    return (title or "").lower().split()[:2]


def headed_chain(cands: list[Candidate], text: str) -> list[ListEntry]:
    """Item headers on flattened page lines, each with its body behind it and no list above them
    ('3 Økonomiudvalget … 1. Godkendelse af dagsorden Sagsnr.: 23/100 Sagsfremstilling …'): numbers
    each followed, within a title's length on its line and with no other number between, by where a
    body begins (BODY_CUE, a label). Their bodies make the spans long, so the list chain, which wants
    short titles, does not see them; and inside a page's line, the item header lines do not either.
    The longest rising run of such headers (gaps up to MAX_STEP), one header alone included. A heading two or more
    of the numbers print after their title (_run_in_heads) is a body's cue too."""
    known = _run_in_heads(cands, text)
    cue_at = [_header_cue(text, c, cands[k + 1].pos if k + 1 < len(cands) else len(text), _successor_at(cands, k, text),
                          known) for k, c in enumerate(cands)]
    heads: list[tuple[Candidate, int]] = []
    for k, c in enumerate(cands):
        if cue_at[k] is None:
            continue
        if _page_number(c, text):
            continue  # '1 Byrådsmøde …': a bare number opening a line is the page's (a transcript's page line)
        prev = cands[k - 1] if k else None
        if prev and prev.num == c.num - 1 and c.pos - prev.end < MAX_TITLE and cue_at[k - 1] is None \
                and not _page_number(prev, text):
            continue  # the last point of a numbered list inside a body ('… 3. Rammen … 4. Sagen … Sagsfremstilling')
        heads.append((c, cue_at[k]))
    heads = _once_each(heads, text)
    run = _longest_rising([c.num for c, _ in heads])
    if run and run[-1] == len(heads) - 1 and (cut := _cut_last_header(cands, heads[-1][0], text)) is not None:
        heads, run = [*heads, cut], [*run, len(heads)]  # (only after the run read: it goes on from that run's end)
    entries = []
    for c, cue in (heads[k] for k in run):
        title, closed = clean_title(tidy(strip_tails(_title_text(text, c.end, cue)), False))
        if not title:
            return []
        entries.append(ListEntry(c.printed, title, not (closed or c.closed), c.pos, cue))
    return entries


def _title_text(text: str, at: int, cue: int) -> str:
    """The header's title from `at` to its body's cue: where a page break wraps it (page_wrapped_titles), its two
    parts without the next page's number and running head between them."""
    wrapped = title_over_page(text, at, _body_cue) if "\n" in text[at:cue] else None
    if wrapped is None or wrapped.cue != cue:
        return text[at:cue]
    return text[at:wrapped.first_end] + " " + text[wrapped.rest:cue]


def _successor_at(cands: list[Candidate], k: int, text: str) -> int:
    """Where the next number after candidate `k` that may number the next item (higher by up to MAX_STEP) or the
    same again stands, or the text's end. Why: an item's title may print numbers of its own ('4) Byggeri på
    Kildevej 11 Sagsnr.: …', '9) Budgetopfølgning 2 2022 Sagsnr.: …'); such a number is no next header and must
    not cut its title from its body's cue, while a next item's number (a closed item printed by its title alone)
    still does, and so does the same number again (a page's folio '1' before the cover and '… 1) Godkendelse')."""
    num = cands[k].num
    return next((cands[j].pos for j in range(k + 1, len(cands)) if num <= cands[j].num <= num + MAX_STEP), len(text))


_HEAD_REACH = 600  # characters after a number read for the heading its header runs into and that heading's sentence


def _window(text: str, at: int) -> str:
    """The text after `at` on its line, as far as a header's title and its body's first sentence reach."""
    nl = text.find("\n", at, at + _HEAD_REACH)
    return text[at: nl if nl >= 0 else at + _HEAD_REACH]


def _run_in_heads(cands: list[Candidate], text: str) -> frozenset[str]:
    """The headings two or more numbers of a flattened page print behind a title, before case text
    (entry_heads.repeated_heads): an unseen publisher's first heading, which the lexicon's cues do not know, opens
    the bodies of item headers run into them ('1. Fortov langs Hvidemose Sagens forløb Kommunen har …'). Only where
    numbers stand on long lines (a flattened page): a lined page prints its headers on lines of their own."""
    # (each up to the next number: a contents list's titles run on into the next entry, not into case text)
    windows = [_window(text, c.end)[: (cands[k + 1].pos if k + 1 < len(cands) else len(text)) - c.end]
               for k, c in enumerate(cands) if _opens_a_title(text, c.end)]
    return repeated_heads([w for w in windows if len(w) >= MAX_TITLE]) if len(windows) >= 2 else frozenset()


def _opens_a_title(text: str, at: int) -> bool:
    """A capitalised word follows `at` (a header's title starts there)."""
    m = re.match(r"\s*(\S)", text[at: at + 10])
    return bool(m) and m.group(1).isupper()


def _cut_last_header(cands: list[Candidate], last: Candidate, text: str) -> tuple[Candidate, int] | None:
    """The text's last number with where the text ends, where the excerpt cuts its header inside the title ('…
    Beslutning Godkendt.' / '3 Side 3 2. Vejnavn for udstykning v'): it numbers on from the last header that heads a
    body, and what follows it to the text's end is a title's start on the same line (a capital, no sentence's end, a
    title's length). Why: a header is read by its body's cue, which a cut header does not reach; the number sequence
    and the text's end are the evidence then, as list_end.last_step reads a cut title for a run of three headers or
    more."""
    c = cands[-1]
    rest = text[c.end:].strip()
    if c is last or c.num != last.num + 1 or not rest or len(rest) >= MAX_TITLE or "\n" in rest \
            or not rest[:1].isupper() or SENTENCE.search(rest):
        return None
    return c, c.end + len(text[c.end:].rstrip())


def _header_cue(text: str, c: Candidate, nxt: int, successor: int, known: frozenset[str] = frozenset()) -> int | None:
    """Where the header numbered by `c` ends and its body begins (its title's end), or None where `c` heads no body
    before the next number (at `nxt`; a body's cue on the title's line only before the next item's number, at
    `successor`)."""
    cue = _body_cue(text, c.end, known)
    if cue is not None and cue > c.end + 1 and "\n" not in text[c.end:cue] and successor >= cue:
        return cue
    if (at := _cue_on_next_page(text, c.end)) is not None and nxt >= at:
        return at
    if (wrapped := title_over_page(text, c.end, _body_cue)) is not None and nxt >= wrapped.cue:
        return wrapped.cue  # (the title's rest opens the next page line behind its running head, headed_chain)
    if CLOSED_PREFIX.match(text[c.end:c.end + 40].lstrip()):
        # '8. Lukket punkt: Salg af ejendom': a closed item prints no body, its marker is the evidence;
        # its title ends at the next number or the end of its line
        nl = text.find("\n", c.end)
        return min(nxt, nl if nl >= 0 else len(text), c.end + MAX_TITLE)
    alone = _CLOSED_ALONE.match(text, c.end, nxt)
    # '3) Lukket punkt 4) Salg af …': a closed item printed by its status alone, the next number right behind it
    return alone.end("end") if alone else None


# a closed item's status and nothing else up to the next number (matched with that number's position as the end):
# why: a closed item prints no body, so its status word is the whole of its header; taken as no header, the header
# after it read as the last point of a list inside a body, and a flow of 'N) Title' headers as a short contents list
# The next number may open the next page line, behind that page's number ('3) Lukket punkt' / '2 4) Lukket punkt')
_CLOSED_ALONE = re.compile(r"\s*(?:Lukket|LUKKET)(?:\s+(?i:punkt|sag))?(?P<end>)(?:[ \t]*\n+[ \t]*\d{1,4})?\s*$")


def _longest_rising(nums: list[int]) -> list[int]:
    """The indexes, in order, of the longest rising run of `nums` (steps of 1 to MAX_STEP: closed items left out
    leave gaps), the first such run where runs tie, each run linked to the first of its longest runs before it.
    The best run ending on each number so far is kept by the number: a long page holds thousands of headers, and
    asking every earlier one for each made it quadratic."""
    count, back = [1] * len(nums), [-1] * len(nums)
    best: dict[int, tuple[int, int]] = {}  # a number -> (its longest run so far, the first index ending one)
    for i, n in enumerate(nums):
        before = [best[v] for v in range(n - MAX_STEP, n) if v in best]
        if before:
            longest, j = max(before, key=lambda b: (b[0], -b[1]))
            count[i], back[i] = longest + 1, j
        if n not in best or count[i] > best[n][0]:
            best[n] = (count[i], i)
    run = []
    k = max(range(len(nums)), key=lambda m: (count[m], -m)) if nums else -1
    while k >= 0:
        run.append(k)
        k = back[k]
    return run[::-1]


# what inside a heading's first sentence says the heading is a title's last word, not the body's first heading: a body's
# cue or label behind it ('Kvartalsrapport Økonomi Sagsnr.: 21/100 Sagsfremstilling Forvaltningen …')
_HEADING_CUES = re.compile(BODY_CUE.pattern + "|" + BODY_LABEL.pattern)


def _body_cue(text: str, at: int, known: frozenset[str] = frozenset()) -> int | None:
    """Where the first body cue or body label within a title's length after `at` starts, or None; a heading the
    page's headers repeat (`known`, _run_in_heads) or one the lexicon knows with prose after it is one too
    (entry_heads.heading_at; at the space before it, as BODY_CUE matches)."""
    cues = [m.start() for m in (BODY_CUE.search(text, at, at + MAX_TITLE), BODY_LABEL.search(text, at, at + MAX_TITLE))
            if m]
    head = heading_at(_window(text, at), known, _HEADING_CUES)
    if head is not None and head <= MAX_TITLE:
        cues.append(at + head - 1)
    return min(cues) if cues else None


# a bullet right before a number ('• 1: Igangværende …')
_BULLET_BEFORE = re.compile(rf"[{BULLETS}◦]\s*$")
_NEXT_PAGE_NUMBER = re.compile(r"[ \t]*\n+[ \t]*\d{1,3}(?=\s)")


def _cue_on_next_page(text: str, at: int) -> int | None:
    """The end of the line after `at` where the header's title ends its page line and its body's cue opens the next
    page line right behind the page number ('… 2. Opfølgning på Budgetaftale 2019-2022 (B)' / '2 Sagsnr.: 330-…'):
    a transcript's page break between a header and its body. None when the line runs on past a title's length or
    the next page line opens with no cue."""
    nl = text.find("\n", at)
    if nl < 0 or nl - at > MAX_TITLE or not text[at:nl].strip():
        return None
    page = _NEXT_PAGE_NUMBER.match(text, nl)
    if page is None:
        return None
    return nl if _body_cue(text, page.end()) == page.end() else None


def _page_number(c: Candidate, text: str) -> bool:
    """A bare number opening a line: a transcript's page number ('2 Indstilling Borgmesteren … 3. Praksis for …'),
    which numbers no point of a list before the header behind it."""
    return c.pos == text.rfind("\n", 0, c.pos) + 1 and c.end == c.pos + len(c.printed)


def numbers_in_their_bodies(chain: list[Candidate], headed: list[ListEntry]) -> bool:
    """The run prints the headers' numbers, but some of them inside the body of the header with that number
    ('2. Budgetopfølgning Sagsnr.: … Bilag 1. Kortbilag 2. Høringssvar …'): a list in the body took the header's
    place in the run, and the headers, each with its body behind it, explain the page."""
    if len(chain) != len(headed) or [c.printed for c in chain] != [e.number for e in headed]:
        return False
    moved = [(c, e) for c, e in zip(chain, headed, strict=True) if c.pos != e.start]
    return bool(moved) and all(c.pos >= e.end for c, e in moved)


def inside_one_body(chain: list[Candidate], headed: list[ListEntry], min_entries: int, text: str) -> bool:
    """The whole run stands inside one header's body, between its body's cue and the next header (or after the
    last header), where headers with their bodies, more of them than the run holds and enough for a list, explain
    the page: the run is a case text's own list or a table's column, flattened ('2) Budget Sagsnr.: … Beslutning
    … Antal 13 720 … 16 … 18 …' / '3) …'). Evidence: printed.py's plain prints read as transcripts, where a
    table's rising numbers in one case's text outvoted the 'N) Title' headers of the items. A run whose every
    number stands behind a bullet ('• 1: … • 2: …') is a body's list wherever headers with bodies enough for a list
    hold it, however few (an excerpt cut after its third header); a meeting's list of items numbers its entries
    without bullets."""
    bulleted = all(_BULLET_BEFORE.search(text, max(0, c.pos - 4), c.pos) for c in chain)
    if not chain or len(headed) < (min_entries if bulleted else max(min_entries, len(chain) + 1)):
        return False
    nexts = [e.start for e in headed[1:]] + [None]
    return any(e.end <= chain[0].pos and (nxt is None or chain[-1].pos < nxt)
               for e, nxt in zip(headed, nexts, strict=True))


def _once_each(heads: list[tuple[Candidate, int]], text: str) -> list[tuple[Candidate, int]]:
    """One header per number where two follow each other: printed again on a later line, the later one (a
    transcript's title line repeats page 1); again on the same line, the first one (the second numbers a list
    in its body: '2. Budgetopfølgning Sagsnr.: … Bilag 1. Kortbilag 2. Høringssvar Beslutning …')."""
    out: list[tuple[Candidate, int]] = []
    for k, h in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        if nxt and nxt[0].num == h[0].num and "\n" in text[h[0].pos:nxt[0].pos]:
            continue
        if out and out[-1][0].num == h[0].num and "\n" not in text[out[-1][0].pos:h[0].pos]:
            if _after_text_end(h[0], text) and not _after_text_end(out[-1][0], text):
                out[-1] = h  # ('… jf. figur 2. Forslaget … Godkendt. 2. Budget …': the first was a sentence's number)
            continue
        out.append(h)
    return out


def _after_text_end(c: Candidate, text: str) -> bool:
    """The number opens its line or follows a sentence's end ('… Godkendt. 2. Budget'), as a header does; not
    after a word of a sentence ('… som vist i figur 2. Forslaget …')."""
    before = text[: c.pos].rstrip(" ")
    return not before or before[-1] in "\n.!?:)"

