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
from dataclasses import dataclass, replace
from importlib.resources import files

from .bodies import MUNICIPALITIES, REGIONS, is_body_name
from .headings import BACK_MATTER_NAMES, is_heading
from .item_starts import CLOSED_PREFIX, STATUS_ONLY, clean_title
from .lines import Line
from .page_heads import running_head
from .title_cues import more_starts

# A candidate item number: 1-3 digits, optionally ".", ")" or ":", standing alone before a title:
# '12.', '12)', '12' or '12 -' before its title ('12:' only where a body follows, see _candidates); never
# in brackets ('Imod stemte: O, V (6)' is a count)
_CANDIDATE = re.compile(r"(?<![\w./,:§(-])(?P<num>\d{1,3})(?P<mark>[.):])?(?![\d\w])(?=[ \n]+(?:[-–]\s+)?(?P<next>\S))")
# Words after which a number is a reference, not an item number ("nr. 513", "side 2", "kl. 14").
_REFERENCE_WORD = re.compile(
    r"(?:(?<!\bsag )(?<!\bpunkt )(?<!\bpkt\. )\bnr"  # 'Sag nr. 3' labels an entry
    r"|\bside:|\bkl|\bstk|§|\bafsnit|\bmøde|\bbilag|\blokalplan|\btillæg|\bdato|\bden|\bår|\bjf"
    r"|\bkap|\bpunkterne|\bog|\bmed|\bfor|\bca|\bcirka|\bplan|\bafd|\bafdeling|\bdistrikt|\bvej|\bgade|lokale"
    r"|\bside\s+\d{1,4}\s+af)"  # 'Side 3 af 12 Godkendelse …': the page count
    r"\.?:?\s*$",
    re.IGNORECASE,
)
_PAGE_WORD = re.compile(r"(?i:\bside)\s*$")
_LABEL_OR_NUMBER = re.compile(r"(?:(?i:punkt|pkt\.?|sag nr\.?|dagsordenspunkt)\s+)?\d{1,3}[.:)]?\s")
_OPEN_CLOSED_WORD = re.compile(r"(?:^|\s)(?P<w>åbent|åben|lukket|lukkede?)(?:\s+(?:sag|punkt))?\s*[:\-–]?\s*$",
                               re.IGNORECASE)
_TITLE_START = re.compile(r"[A-ZÆØÅÉÜÖÄ\"“”'«(§\d]")
_BARE_INT = re.compile(r"\s+\d{1,3}\s*$")
_LEADER_ANYWHERE = re.compile(r"\s*(?:\.{3,}|…{2,}|_{3,})\s*\d")
_LEADER = re.compile(r"\s*(?:\.{2,}|…+|_{3,})\s*\d*\s*$")
_CAPS_TAIL = re.compile(r"(?:\s+[A-ZÆØÅ][A-ZÆØÅ\-/,.:&]{2,}){2,}\s*$")
_FUNCTION_WORDS = frozenset(
    "af til for i og med om på ved fra mellem samt eller under over efter mod hos ad den det de en et nr "
    "vedr vedr. jf jf. inkl inkl. ang ang. samt".split())
MAX_TITLE = 200  # printed item titles stay well below this
MAX_SPAN = 400  # characters between two numbers of a list: a title and its table-of-contents tail
MAX_STEP = 6  # numbers lost in a row that a run may bridge
MAX_TITLE_WORDS = 16  # words in the longest printed title, about


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


_GROUP_NEXT = re.compile(r"\s+(?i:åbne|åben|åbent|lukkede|lukket)\s+"
                         r"(?i:sager|punkter|dagsordenspunkter|dagsordenpunkter|dagsorden)\b")


def _page_prefixes(text: str) -> set[int]:
    """Offsets of the page numbers that open the lines of a transcript printing each page as one long
    line ('1 Referat …' / '2 Indholdsfortegnelse …' / '3 …'): they count pages, not items. Three or
    more long lines whose first numbers go up by one."""
    heads = [(m.start(1), int(m.group(1)), m.group(2)) for m in re.finditer(r"(?m)^(\d{1,3}) +(\S.*)$", text)]
    run: list[tuple[int, int, str]] = []
    best: list[tuple[int, int, str]] = []
    for head in heads:
        run = [*run, head] if run and head[1] == run[-1][1] + 1 else [head]
        best = run if len(run) > len(best) else best
    if len(best) < 3:
        return set()
    long_lines = sum(len(rest) for _, _, rest in best) >= 150 * len(best)
    # a page that names itself: '4 Klima- og Planudvalget 10-01-2024 Side 4 …'
    self_named = sum(1 for _, n, rest in best if re.search(rf"\bSide\s+{n}\b", rest)) * 2 >= len(best)
    return {at for at, _, _ in best} if long_lines or self_named else set()


def _candidates(text: str) -> list[_Cand]:
    """Item numbers of the text, '12:' included (see _list_numbers)."""
    out = []
    pages = _page_prefixes(text)
    for m in _CANDIDATE.finditer(text):
        if not _TITLE_START.match(m.group("next")) or m.start() in pages or _GROUP_NEXT.match(text, m.end()):
            continue  # (a page number before 'Lukkede dagsordenspunkter' numbers no item)
        before = text[max(0, m.start() - 30, text.rfind("\n", 0, m.start()) + 1): m.start()]
        if _NUMBER_THEN_TITLE.match(text, m.start("next")) and m.group("mark") != "." \
                and not STATUS_ONLY.fullmatch(text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip()):
            # '… Indenrigsministeriet 4 3 Godkendelse …': a page number, then the item's number; with its full
            # stop, or after a status that opens its line, the number is the item's, a reading's number after it
            # ('4.' / '2. Behandling af …', 'Åben 4 2. Behandling af …')
            continue
        if before.rstrip().endswith(("..", "…", "__")):
            continue  # a page number behind a dot leader
        if not m.group("mark") and _PAGE_WORD.search(before) and _LABEL_OR_NUMBER.match(text, m.start("next")):
            continue  # '… Side 3 Sag nr. 1 Title', 'Side 3 1 - Title': the page, then the item's own number
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


# what follows a page number in a contents list: the next entry's number, maybe after its status and
# label ('4 3 Godkendelse …', '3 Åben sag 2 Budget …')
_NUMBER_THEN_TITLE = re.compile(r"(?:(?i:åben|åbent|lukket)\s+)?(?:(?i:sag|punkt|pkt\.?)\s+)?"
                                r"\d{1,3}\.?\s+[A-ZÆØÅ][a-zæøå]")
_LABEL_WORD = re.compile(r"(?<!Lukke)(?<!Åbe)(?<!Åben)\w[:] ")  # a label; 'Lukket: Salg af …' marks a closed title
_CUE_WORD = re.compile(r"(?i:Indholdsfortegnelse|(?<!åbne )(?<!lukkede )Dagsordenspunkter)")  # not a group heading


def _holds_titles(span: str) -> bool:
    """What lies between two numbers of a list is a title (and a page number), never the meeting's
    label facts ('Mødedato: … Mødelokale: …') or the table of contents' own heading."""
    return len(_LABEL_WORD.findall(span)) < 2 and not _CUE_WORD.search(span)


def _best_chain(cands: list[_Cand], text: str) -> list[_Cand]:
    """The longest run of rising numbers (steps of 1 to MAX_STEP) with short spans between them.

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
            if not 1 <= step <= MAX_STEP:
                continue
            span = ci.pos - cj.end
            if span <= 1 or span > MAX_SPAN * step or not _holds_titles(text[cj.end:ci.pos]):
                continue
            seen = _titles_seen(text[cj.end:ci.pos], step)
            s = score[j] + 1 - 0.6 * (step - 1 - seen) - 0.15 * seen
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


_LABELLED_NUMBER = re.compile(r"\b(?i:punkt|pkt\.?|sag|side)\s+\d{1,3}\b")


def _titles_seen(span: str, step: int) -> int:
    """How many of the `step - 1` titles a gap in a list's numbers stands for its text shows: sure title
    starts (_boundaries) between the two numbers. A gap its titles fill is numbers lost in print, not
    a number of some other run ('3 Budget … Vindmøller 5 Status …': item 4's number lost)."""
    if step == 1 or BODY_CUE.search(span) or _LABELLED_NUMBER.search(span):
        # an item's body between two headers ('1. … Sagsnr.: … Beslutning …'), or the numbers of another
        # run ('Side 4 Budgetopfølgning Punkt 3 Side 6': pages, the items' own numbers between): no titles
        return 0
    return min(step - 1, sum(1 for score, _, _ in _boundaries(" ".join(span.split())) if score >= 1.0))


_ITEM_LABEL_BEFORE = re.compile(r"(?i:\b(?:sag(?:\s+nr\.?)?|punkt|pkt\.?|nr\.?|dagsordenspunkt))\s*$")


def _listed_above(chain: list[_Cand], text: str) -> bool:
    """A short run of numbered headers ('1. Personalesag' on page 3, '2. Klage over afgørelse' on page 4)
    whose titles a contents list above them prints in the same order, numbers lost or not."""
    cue = _TOC_CUE.search(text, 0, chain[0].pos) if len(chain) >= 2 else None
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


def _trails_its_titles(chain: list[_Cand], text: str) -> bool:
    """A run of bare numbers that each follow a title on one flattened line, the first title before
    the first number and no title after the last: a contents list's page column ('Indholdsfortegnelse
    Godkendelse af dagsorden 3 Budgetopfølgning 4 Udbud 5'), one page an item, not item numbers."""
    if any(c.end != c.pos + len(c.printed) for c in chain) or "\n" in text[chain[0].pos:chain[-1].pos]:
        return False  # '3.' or '3)': an item's number; a run over several lines
    if chain[0].closed is not None or _ITEM_LABEL_BEFORE.search(text, max(0, chain[0].pos - 25), chain[0].pos):
        return False  # 'Åben sag 1 …', 'Sag nr. 1 …': labelled as an item's number
    if any(_BARE_INT.search(_GROUP.sub(lambda g: g.group("page") or "", text[a.end:b.pos]))
           for a, b in zip(chain, chain[1:], strict=False)):
        # '1 Udbud 3 2 Klage 4', '1 Udbud 3 Lukkede punkter 2 Klage 4': the titles between the numbers have
        # their pages, the numbers are items
        return False
    start = text.rfind("\n", 0, chain[0].pos) + 1
    end = text.find("\n", chain[-1].end)
    head = _list_head(text, start, chain[0].pos)
    if len(head) > MAX_TITLE or _LABEL_WORD.search(head):
        return False  # the meeting's header before the list ('Mødedato: … Fraværende: …'), not its first title
    before = head.split()
    after = _PAGE_FOOTER.sub("", text[chain[-1].end: end if end >= 0 else len(text)]).split()
    # after the last number in the run: nothing, or the last title and its page
    return len(before) >= 2 and before[0][:1].isupper() and (not after or after[-1].isdecimal())


def _ends_titled_lines(chain: list[_Cand], text: str) -> bool:
    """Each number of the run ends a line that a title begins ('Godkendelse af dagsorden<TAB>3' / 'Budget 4'):
    a contents list's page column, one line an entry, not item numbers (those begin their lines)."""
    for c in chain:
        start, end = text.rfind("\n", 0, c.pos) + 1, text.find("\n", c.end)
        before = text[start:c.pos].split()
        if text[c.end: end if end >= 0 else len(text)].strip() or len(before) < 2 or not before[0][:1].isupper():
            return False
    return True


# what opens a contents line before its first title: the transcript's page number, a word naming the list
_HEAD_WORDS = re.compile(r"^\s*(?:\d{1,3}\s+)?(?:(?i:sager til behandling|dagsordensoversigt|dagsordenen|dagsorden"
                         r"|indholdsliste|indhold|punktoversigt|oversigt|punkter|sager|emner|sagsfortegnelse)\b:?\s+)?")


def _list_head(text: str, start: int, first: int) -> str:
    """The text of a contents line before its first number, past its cue (_TOC_CUE) or heading word."""
    cue = _TOC_CUE.search(text, start, first)
    head = text[cue.end() if cue else start: first]
    return _GROUP.sub("", head[_HEAD_WORDS.match(head).end():])  # nor a group heading ('Åbne punkter')


def _titles_before_pages(chain: list[_Cand], text: str) -> list[ListEntry]:
    """The entries of a contents list whose bare numbers are its page column (_trails_its_titles):
    each title is the text before its page; the last may follow the run's last number, with its page."""
    start = text.rfind("\n", 0, chain[0].pos) + 1
    head = _list_head(text, start, chain[0].pos)
    end = text.find("\n", chain[-1].end)
    end = len(text) if end < 0 else end
    spans = [(chain[0].pos - len(head), chain[0].pos)]
    spans += [(a.end, b.pos) for a, b in zip(chain, chain[1:], strict=False)]
    last = re.match(r"\s*(\S.*?)\s+\d{1,3}\s*$", _PAGE_FOOTER.sub("", text[chain[-1].end:end]))
    if last:
        spans.append((chain[-1].end + last.start(1), chain[-1].end + last.end(1)))
    entries: list[ListEntry] = []
    lead = list(_GROUP.finditer(text, start, chain[0].pos))  # 'Lukkede dagsordenspunkter Køb af areal 3 …'
    in_closed_group = bool(lead) and lead[-1].group("kind").lower().startswith("lukke")
    for a, b in spans:
        span, groups = _mark_groups(text[a:b], True)
        # a group heading inside a span ('… Udbud 5 Lukkede punkter Salg af ejendom 6'; its page went with it)
        # parts two titles: the one before it keeps the status before, the one after takes the heading's
        statuses = [in_closed_group] + [shut for _, shut in groups]
        for piece, shut in zip(span.split(GROUP_MARK), statuses, strict=False):
            title, closed = clean_title(_tidy(piece, False))
            if title:
                entries.append(ListEntry(None, title, not (closed or shut), a, b))
        in_closed_group = statuses[-1]
    return entries


def _short_contents(cands: list[_Cand], text: str) -> list[_Cand]:
    """A contents list of one or two entries: the numbers 1 (and 2) right after 'Indholdsfortegnelse'
    on its line, each printed again later as the header of its body ('1. Klage over afgørelse',
    'Punkt 1 Klage over afgørelse')."""
    cue = _CUE_WORD.search(text)
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
    for c in chain:
        words = [w for w in text[c.end:].split()[:2] if not w.isdecimal()]  # not the page column
        # '1. Klage over afgørelse', 'Punkt 1 Klage over afgørelse' (a label's number needs no full stop)
        number = rf"(?:(?<![\w.]){c.num}\.|(?i:punkt|pkt\.?)\s*{c.num}\.?)\s+"
        header = number + r"\s+".join(re.escape(w) for w in words)
        if not words or not re.search(header, text[nl if nl >= 0 else len(text):]):
            return []
    return chain


def _without_closing_page(chain: list[_Cand], text: str) -> list[_Cand]:
    """A flattened list without the number that ends its page line ('… 4. Trafikplan 6'): the last title's
    page, not an entry."""
    if len(chain) > 2 and not text[chain[-1].end:].split("\n", 1)[0].strip():
        return chain[:-1]
    return chain


def _runs_on(chain: list[_Cand], cands: list[_Cand], text: str) -> list[_Cand]:
    """A flattened list that runs on to the next page's line ('… Orientering om befordringsområdet
    juni' / '3 15 Turismepolitik …': page number, maybe a running header, then the next printed
    item number): that number continues the list, the titles between them lost their numbers."""
    last = chain[-1]
    nl = text.find("\n", last.end)
    if nl < 0 or nl - last.end < MAX_TITLE:
        return chain  # the list's own line holds no run of titles after its last number
    # the next page line's running head (known by its repetition) is skipped, not read as titles
    skip_from, skip_to = running_head(text, nl, _page_prefixes(text))
    for c in cands:
        if c.pos <= nl or skip_from <= c.pos < skip_to:
            continue
        if c.pos - nl - (skip_to - skip_from) > 80:
            break  # past the next page's head
        head = text[nl:skip_from] + text[skip_to:c.pos] if c.pos >= skip_to else text[nl:c.pos]
        if (head.count("\n") <= 3 and 1 <= c.num - last.num <= 2 * MAX_STEP and len(head.split()) <= 4
                and _holds_titles(head)):
            return [*chain, c, *_rising_after(c, cands, text)]
    return chain


def _rising_after(first: _Cand, cands: list[_Cand], text: str) -> list[_Cand]:
    """The numbers that go on rising after `first` on its line, with titles between them."""
    nl = text.find("\n", first.end)
    stop = nl if nl >= 0 else len(text)
    out, last = [], first
    for c in cands:
        if c.pos <= last.pos or c.pos >= stop:
            continue
        step = c.num - last.num
        if 1 <= step <= MAX_STEP and c.pos - last.end <= MAX_SPAN * step and _holds_titles(text[last.end:c.pos]):
            out.append(c)
            last = c
    return out


# Endings of Danish nouns of action (ophævelse, fornyelse, etablering, regulering, evaluation):
# titles start with them, names of places and people do not end so.
_ACTION_NOUN = ("else", "elser", "ering", "tion", "sion")
# endings of the nouns agenda titles begin with (ombygning, trafikplan, turismepolitik, lejeaftale)
_TITLE_NOUN = ("ning", "plan", "politik", "aftale", "strategi", "ansøgning", "regnskab", "budget", "sag")
# Words that continue a name ("Tønder Kommune", "Rønne Havn"): never the start of a title.
_NAME_PARTS = frozenset("kommune kommunes region regionen byråd havn skole hallen a/s".split())


def lower_words(text: str) -> frozenset[str]:
    """The words the text prints in lower case (4+ letters): its common nouns and verbs."""
    return frozenset(w for w in re.findall(r"(?<![\w-])[a-zæøåé]{4,}(?![\w-])", text))


def _learned_words(name: str) -> frozenset[str]:
    """A word list learned from the tune gold (data/<name>, built by
    benchmarks/parse_accuracy/build_title_starts.py): common nouns only, no names."""
    text = files("sagsgang.parse").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


TITLE_STARTS = _learned_words("title_starts.txt")  # words that start agenda titles
# ... of which titles also go on with after a preposition ('Endelig vedtagelse af Lokalplan …')
TITLE_OBJECTS = _learned_words("title_objects.txt")
# The standing items of Danish agendas, printed as one word: a title of their own wherever they stand.
STANDING_ITEMS = frozenset({"Eventuelt", "Meddelelser", "Spørgetid",
                            "Orienteringssager", "Underskriftsark", "Underskriftsblad", "Underskriftsside"})
_MONTHS = frozenset("januar februar marts april maj juni juli august september oktober november december".split())
# the words that lead a name and are capitalised only in one ('Ny Børneinstitution', 'Gl. Havn', 'Sct. Bendts')
_NAME_LEADS = frozenset("ny nye nyt gl gamle store lille nørre sønder øster vester sct sankt".split())
_STATUS = re.compile(r"^(?:Åbent|Åben|Lukket|ÅBENT|LUKKET)$")
_WORD = re.compile(r"\S+")


_YEARS = re.compile(r"(?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?")  # a title's last word: '2024', '2016/2017', '2022-25'


_READING = re.compile(r"[1-3]\.")


def _opens_reading(prev: str, w: str, nxt: str) -> bool:
    """'1. behandling', '2. Behandling': the council's first or second reading of a matter opens its title
    ('… Forslag til Planstrategi 2023 2. behandling af …'), unless the words before make it theirs: a
    preposition, a dash or comma ('Budget 2025 - 2. behandling'), a genitive ('Byrådets 2. behandling'), or
    an item or page number ('19. 2. behandling af …': the entry's number, then its title)."""
    bare = prev.strip(".,:;()\"”“").lower()
    return bool(_READING.fullmatch(w)) and nxt.lower() == "behandling" and bare not in _FUNCTION_WORDS \
        and not prev.endswith(("-", "–", ",", ":")) and not (prev[:1].isupper() and prev.endswith("s")) \
        and not re.fullmatch(r"\d{1,3}\.?", prev)


def _starts_title(word: str) -> bool:
    return bool(word[:1].isupper() and (len(word) == 1 or word[1:2].islower() or word.isupper()))


def _boundaries(span: str, common: frozenset[str] = frozenset(),
                known: frozenset[str] = frozenset()) -> list[tuple[float, int, int]]:
    """Where a new title may start inside a run of titles whose numbers were lost.

    (score, offset, length of a separator word to drop there). A capitalised word after a
    lower-case content word starts a title (Danish titles capitalise only their first word and
    names); so does a word that starts several titles of the same run (`ØU - `, `Ansøgning`), and
    an open/closed status word between two titles is a separator. A capitalised word the
    document also prints in lower case (`common`) is a common noun capitalised only because it
    starts a title ("… Bækhede Plantage Lokalplan - …"). A title a later item header prints (`known`: its
    first three words) starts where those words stand, whatever the rest says."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(span)]
    counts: dict[str, int] = {}
    for k in range(len(words)):
        before = words[k - 1][1] if k else ""
        if k == 0 or (_starts_title(words[k][1]) and before[:1].islower() and before not in _FUNCTION_WORDS):
            key = words[k][1].rstrip("-–")
            counts[key] = counts.get(key, 0) + 1
    ends = _shared_endings([w for _, w in words])
    tags = _tags([w for _, w in words])
    out: list[tuple[float, int, int]] = []
    trailing = not (words and _STATUS.match(words[0][1].rstrip(":")))  # a status column after each title, not before it
    for k in range(1, len(words)):
        pos, w = words[k]
        prev = words[k - 1][1]
        bare = prev.strip(".,:;()\"”“").lower()
        if w == GROUP_MARK:
            out.append((3.0, pos, len(w) + 1))  # a group heading: the titles around it part for sure
            continue
        if known and " ".join(x for _, x in words[k:k + 3]) in known:
            out.append((3.0, pos, 0))  # the words an item's header starts with later on
            continue
        if k == 1 and any(ch.isdigit() for ch in prev):
            continue  # '22/9001 Salg af …': a case number printed before its title is no title of its own
        if prev == GROUP_MARK or (k >= 2 and words[k - 2][1] == GROUP_MARK and prev.isdecimal()):
            continue  # 'Lukkede sager 15 Salg af areal': the entry's number and title go on after the mark
        nxt = words[k + 1][1] if k + 1 < len(words) else ""
        if _STATUS.match(w.rstrip(":")):
            if w.endswith(":") or nxt in ("-", "–", ":") or nxt.startswith(("-", ":")) \
                    or _MARKER_NOUN.fullmatch(nxt) and prev not in ("-", "–"):
                out.append((2.0, pos, 0))  # "Lukket - Title", "Lukket punkt: Title": the marker opens the next title
            elif _starts_title(nxt):
                # "Title Lukket Title Åben": a status column, after each title where the run does not open with one
                # (it closes the title before it: clean_title reads ' Lukket' at a title's end), else before it
                out.append((2.0, pos + len(w) + 1, 0) if trailing else (2.0, pos, 0))
            continue
        if _opens_reading(prev, w, nxt):
            out.append((1.0, pos, 0))  # '… Planstrategi 2023 2. behandling af …': a council reading opens a title
            continue
        if not _starts_title(w) or _STATUS.match(prev):
            continue
        if prev.endswith(("-", "–", ",", "&", "/", ":")):
            continue
        if bare in _FUNCTION_WORDS:
            if w in TITLE_STARTS and w not in STANDING_ITEMS and w not in TITLE_OBJECTS and not _YEARS.match(nxt):
                # "… optagelse af lån i Endelig godkendelse …": the title's last word (a year) was lost;
                # "… budgetprocessen for Budget 2019 …" names its object
                out.append((1.0, pos, 0))
            elif w.rstrip("-–") in tags:
                out.append((2.0, pos, 0))  # "… mødeplan for ØU - Det …": a committee's tag opens its title
            continue
        if bare in _NAME_LEADS:
            continue  # 'til Ny Børneinstitution', 'Sct. Bendts Børnehave': a name goes on
        if counts.get(w.rstrip("-–"), 0) >= 2 or k in ends or w.rstrip("-–") in tags:
            out.append((2.0, pos, 0))  # a word that starts several titles of this run, or after a shared ending
            continue
        if w.rstrip(".:") in STANDING_ITEMS or prev.rstrip(".:") in STANDING_ITEMS or _BACK_MATTER.fullmatch(w):
            # "… 31. juli Meddelelser Eventuelt Eventuel overtagelse …", "… Greve Fjernvarme Bilagsliste …"
            out.append((2.0, pos, 0))
            continue
        if bare in _MONTHS and w not in TITLE_STARTS and not w.isupper() and is_body_name(w):
            continue  # "30. april Udvalget for …": a date then the body it is about
        if w.endswith("-") and nxt in ("og", "eller") and bare.endswith("s"):
            # "skolernes Miniklub- og Juniorklubtilbud": a genitive's noun goes on in one coordinated compound;
            # after a title's last word one starts a title ("… Økonomiudvalget Plan- og Tryghedsudvalgets …")
            continue
        tag = w if not w.endswith("-") else " ".join(x for _, x in words[k:k + 3])  # 'Social- og Handicapudvalget'
        after = words[k + len(tag.split())][1] if k + len(tag.split()) < len(words) else ""
        if is_body_name(tag) and (prev[:1].islower() or prev.endswith(")")) and after not in ("-", "–"):
            # "Forslag til budgetbemærkninger Erhvervsudvalget", "Budgetopfølgning 2 (2023) Social- og
            # Handicapudvalget": the committee tag ends a title
            continue
        lead = words[k - 2][1].strip(".,:;()").lower() if k >= 2 else ""
        tagged = _ends_body_name([x for _, x in words[max(0, k - 6):k]])
        score = 1.0 if tagged else _start_score(prev, w, common, lead, nxt)
        if score:
            out.append((score, pos, 0))
    return _outside_quotes(span, _without_places(span, out))


# a word that names a street ('Nørlev Strandvej', 'Aage Nielsensvej 1-35', 'Gl. Torv')
_STREET_END = re.compile(r"(?:vej|gade|stræde|allé|vænge|vænget|plads|torv|torvet),?$", re.IGNORECASE)
# a house number before the town it is in ('37, Durup', '1-35, Skive'); a bare number may be a page or a year
_HOUSE_NUMBER = re.compile(r"\d{1,4}(?:[-–]\d{1,4})?[A-Za-z]?,")
_PLACES = frozenset(MUNICIPALITIES) | frozenset(REGIONS)


def _names_a_place(piece: str) -> bool:
    """True for a piece that is an address or a place's name alone ('Nørlev Strandvej', 'Hovedgaden 37,
    Durup', 'H.C. Branners Vej 1 R, 8600 Silkeborg', 'Vordingborg'): in capitals and numbers only, no
    tag's dash, not opening on a word titles open on, and naming a street, a house number or a
    municipality or region alone. No agenda title is a place alone; the place ends the title before."""
    words = piece.split()
    if not words or len(words) > 8 or any(w in ("-", "–") for w in words) \
            or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    first = words[0].rstrip(",.")
    if len(words) == 1:
        return first in _PLACES
    if first in TITLE_STARTS or first in STANDING_ITEMS or first.lower().endswith(_ACTION_NOUN + _TITLE_NOUN):
        return False
    return any(_STREET_END.search(w) or _HOUSE_NUMBER.fullmatch(w) for w in words[1:])


def _without_places(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts but those at a capitalised word after a lower-case one that would leave a place alone as a
    title ('… ved nedkørslen | Nørlev Strandvej | Bortfald …', '… beliggende | Hovedgaden 37, Durup'): the
    place ends the title its phrase began. Nor a cut at a street's word alone, after whatever word ('…
    Nørlev | Strandvej | Bortfald …'): it ends the street's name. The piece runs to the next sure cut."""
    sure = [pos for score, pos, _ in cuts if score >= 1.0]
    out = []
    for cut in cuts:
        score, pos, drop = cut
        before = span[:pos].split()[-1:] or [""]
        piece = span[pos:next((p for p in sure if p > pos), len(span))]
        street = len(piece.split()) == 1 and bool(_STREET_END.search(piece.strip()))
        if score < 3.0 and drop == 0 and (street or before[0][:1].islower() and _names_a_place(piece)):
            continue
        out.append(cut)
    return out


_QUOTED = re.compile(r"[\"“„«][^\"“”„«»\n]{1,80}[\"“”»]")  # a short quoted name ('"Den Gode Modtagelse"')


def _outside_quotes(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts not inside a quotation that closes again in the span: a quoted name or slogan ('Leje af
    lokaler til "Den Gode Modtagelse"', 'kampagnen "Sluk lyset Danmark"') is printed whole within one title."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(span)]
    return [c for c in cuts if not any(a < c[1] < b - 1 for a, b in quoted)]


_COMPANY_FORM = re.compile(r"[A-ZÆØÅ]/[A-ZÆØÅ]")  # 'I/S', 'A/S': the end of a company's name, no tag


def _tags(words: list[str]) -> set[str]:
    """The tags in capitals that open several titles of the run before a dash ('ØU - …', 'SSÆ - …', 'ØU- …'):
    a committee's short name, so a title starts there even after a preposition (the year that ended the
    title before was lost: '… mødeplan for ØU - Det …')."""
    seen: dict[str, int] = {}
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        tag = w.rstrip("-–")
        if tag.isupper() and len(tag) >= 2 and (w != tag or nxt in ("-", "–")) and not _COMPANY_FORM.fullmatch(tag):
            seen[tag] = seen.get(tag, 0) + 1
    return {t for t, n in seen.items() if n >= 2}


def _shared_endings(words: list[str]) -> set[int]:
    """The positions after a word that follows a dash and ends several titles of the run, each time after
    another name ('Bogense Andelsboligforening - Regnskab Boligselskabet BSB Søndersø - Regnskab …'): each title
    ends there. After the same word each time it is a tag or phrase the titles start with ('ØU - Det …', 'Ny
    forening - Aalborg …')."""
    before: dict[str, list[str]] = {}
    for k in range(2, len(words)):
        if words[k - 1] in ("-", "–"):
            before.setdefault(words[k], []).append(words[k - 2])
    ending = {w for w, b in before.items() if len(b) >= 2 and len(set(b)) == len(b)}
    return {k + 1 for k in range(2, len(words)) if words[k - 1] in ("-", "–") and words[k] in ending}


def _start_score(prev: str, w: str, common: frozenset[str], lead: str = "", nxt: str = "") -> float:
    """How surely a capitalised word `w` after the word `prev` starts a title in a run of titles, where no
    surer cue (a status word, a standing item, a word that starts several titles) has decided it: 1.0
    where the words say so, 0.4-0.5 for a capitalised word after a name (taken only where the list's
    numbers ask for more titles), 0 where a name goes on."""
    bare = prev.strip(".,:;()\"”“").lower()
    tail = prev.rsplit("-", 1)[-1].rstrip(".")  # 'it-sikkerhedspolitik', 'EU-kontor': a common noun
    named = is_body_name(f"{prev} {w}")  # 'Skive Byråd', 'Teknisk Udvalg': one name
    if (tail[:1].islower() and tail.isalpha() and (not prev.endswith(".") or len(prev) > 5)
            or prev.endswith((")", "\"", "”")) or _YEARS.fullmatch(prev)
            # 'Ejendomssag Ejendomssag': a title never repeats its word; '… i Skive Kommune Helhedsplaner …'
            or w == prev or bare in ("kommune", "regionskommune")
            or prev[:1].isupper() and w.lower() in common and w.lower() not in _NAME_PARTS):
        return 1.0
    if not named and (w in TITLE_STARTS  # a word that starts agenda titles ("… Dige Tilskud til URS …")
                      # a noun of action ("… Søby Skole Ophævelse af …"): titles start with one
                      or len(w) >= 7 and w.lower().endswith(_ACTION_NOUN)
                      # "… Erhvervsudvalget Cykelpuljeprojektet …": a tagged title ended; after letters alone
                      # ("AOF Nord", "FC Aalborg") a capitalised word goes on with the name
                      or is_body_name(prev) and not prev.isupper()
                      # "… Fjernvarme Griskørsel for …": a noun and its preposition open a title
                      or _opens_phrase(lead, prev, w, nxt)):
        return 1.0
    if w.lower() not in _NAME_PARTS and not named and len(w) >= 3 and not w.isupper() and not prev.endswith("."):
        # any other capitalised word after a name: a title may start there, taken only where the
        # list's numbers say more titles are in the span than the surer cuts give
        return 0.5 if w.lower().endswith(_TITLE_NOUN) or prev.isupper() else 0.4
    return 0.0


_MARKER_NOUN = re.compile(r"(?i:punkt|sag):")  # 'Lukket punkt: Salg …', 'LUKKET SAG: …': a closed title's prefix


def _ends_body_name(before: list[str]) -> bool:
    """The words before a capitalised word end in a committee's name of several words, whole (the word before
    it makes no longer name: '… 30. april Udvalget for Kultur og Fritid | Budgetforslag …', '… Budgetforslag
    Udvalget for Kultur og Fritid | Budgetønske …'): the committee tag a title ends on, so the word after it
    starts the next title."""
    return any(before[-n][:1].isupper() and is_body_name(" ".join(before[-n:]))
               and not is_body_name(" ".join(before[-n - 1:])) for n in range(2, len(before)))


_COORDINATORS = frozenset("og eller samt".split())  # 'Sønder Rubjerg og Vejby': a name goes on
_ADJECTIVE = ("ig", "isk", "som", "bar", "ende", "ede")  # Danish adjective and participle endings


def _opens_phrase(lead: str, prev: str, w: str, nxt: str) -> bool:
    """A capitalised word after a name, itself followed by a preposition, opens a title ('… Løgumkloster
    Fjernvarme Griskørsel for …', '… Dagskolen Orion Renoveringsplan for …'): Danish titles open on a noun
    and its preposition (or an adjective and its noun: 'Gensidig orientering'), while a name goes on in
    capitals ('Sindal Hallerne', 'Nørlev Strandvej'). Not
    where the name is one word after a preposition itself ('fra Skamby Friskole om …', 'med Greve
    Gymnasium om …'): there the two capitalised words are one name; nor right after a tag's dash ('ØU -
    Kloakrenovering Ellekærgårdområdet ved …'): the title's first word, then what it is about."""
    if lead in _FUNCTION_WORDS or lead in ("-", "–") or not prev[:1].isupper() or prev.endswith(".") \
            or len(w) < 3 or w.isupper() or w.endswith("-") or w.lower() in _NAME_PARTS:
        return False
    bare = nxt.rstrip(".,:;")
    if bare in _FUNCTION_WORDS:
        return bare not in _COORDINATORS
    # an adjective, by its ending, before a lower-case noun ('… Aflandshage Gensidig introduktion …'): in a
    # name an adjective goes on with a capitalised noun ('Socialistisk Folkeparti', 'Teknisk Udvalg')
    return w.lower().endswith(_ADJECTIVE) and bare[:1].islower() and bare.isalpha() and len(bare) >= 3


def split_titles(span: str) -> list[str]:
    """The titles of a run whose separators were lost ('Referat fra dialogmøde Kortbilag Høringssvar …'),
    cut at every likely title start (_boundaries)."""
    return [t.strip() for _, t in _pieces(span, _split_points(span, None, common=lower_words(span))) if t.strip()]


def _split_points(span: str, pieces: int | None, earliest: bool = False, common: frozenset[str] = frozenset(),
                  known: frozenset[str] = frozenset(), whole: frozenset[str] = frozenset(),
                  pages: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(offset, separator length) of the starts of the titles after the first in `span`:
    `pieces - 1` of them where the count is known from the numbers, else every likely one; the titles
    later headers print (`known`: their first words, `whole`: all of them) start (and end) where they stand,
    and a page number that parts two titles (`pages`, from _rising_pages) is surer than a word's cue."""
    options = _held_titles(span, _with_more_starts(span, _boundaries(span, common, known)), whole)
    if pages:
        at = {pos for pos, _ in pages}
        options = sorted([o for o in options if all(abs(o[1] - p) > 5 for p in at)]
                         + [(2.5, pos, drop) for pos, drop in pages], key=lambda o: o[1])
    if pieces is None:
        chosen = [o for o in options if o[0] >= 1.0]
    elif earliest:
        chosen = [o for o in options if o[0] >= 1.0][: pieces - 1]
    else:
        chosen = sorted(sorted(options, key=lambda o: (-o[0], o[1]))[: pieces - 1], key=lambda o: o[1])
    cuts, last = [], 0
    for _, pos, drop in chosen:
        if pos - last >= 5:  # no title shorter than a word
            cuts.append((pos, drop))
            last = pos
    return cuts


def _with_more_starts(span: str, cuts: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The cuts _boundaries found, and those title_cues finds (an adjective phrase after a name, a standing
    item or a title's shape after the preposition a lost year left, a committee tag once among several), each
    place once at its surest score; quotations and places keep their words as ever."""
    best = {pos: (score, pos, drop) for score, pos, drop in cuts}
    for score, pos, drop in more_starts(span, _FUNCTION_WORDS, STANDING_ITEMS, TITLE_OBJECTS):
        if pos not in best or best[pos][0] < score:
            best[pos] = (score, pos, best[pos][2] if pos in best else drop)
    return _outside_quotes(span, _without_places(span, sorted(best.values(), key=lambda c: c[1])))


def _held_titles(span: str, options: list[tuple[float, int, int]], whole: frozenset[str]
                 ) -> list[tuple[float, int, int]]:
    """The cut options of a run of titles, with the titles a later item header prints whole (`whole`, from
    _whole_header_titles) kept whole: where one stands in the run at a sure title start, no cut inside it, and a
    sure cut at its end ('ØU - Orientering Januar ØU - Udvalgets …' under '2. ØU - Orientering Januar
    Sagsnr.: …')."""
    starts = {0} | {pos for score, pos, _ in options if score >= 1.0}
    for title in (t for t in whole if len(t.split()) >= 2):
        at = span.find(title)
        end = at + len(title)
        if at not in starts or end >= len(span) or span[end] != " ":
            continue
        options = [o for o in options if not at < o[1] <= end] + [(3.0, end + 1, 0)]
    return sorted(options, key=lambda o: o[1])


def _pieces(span: str, cuts: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, text) of the titles between the cuts."""
    out, begin = [], 0
    for pos, drop in cuts:
        out.append((begin, span[begin:pos]))
        begin = pos + drop
    out.append((begin, span[begin:]))
    return out


def _page_numbers(spans: list[str]) -> list[int]:
    """The page number each entry of a page-numbered list ends with (the previous one where lost)."""
    out, last = [], 0
    for t in spans:
        m = _BARE_INT.search(t)
        last = int(m.group().strip()) if m and int(m.group().strip()) >= last else last
        out.append(last)
    return out


def _next_page(spans: list[str], k: int, pages: list[int]) -> int:
    """The page printed at the end of a later entry (its title's page comes before it); without one,
    a little after the last page known (a list rarely spans more than some 40 pages)."""
    for t in spans[k + 1:]:
        m = _BARE_INT.search(t)
        if m and int(m.group().strip()) >= pages[k]:
            return int(m.group().strip())
    return pages[k] + 40


def _drop_page_numbers(span: str, low: int, high: int) -> str:
    """Page numbers a wrapped title took inside it ('… plejeboliger 21 på …', '… i Sindal 36 Hallerne'): a bare
    number between the pages of the entries around it. A number outside that range is the title's own."""
    def keep(m: re.Match[str]) -> str:
        return " " if low <= int(m.group(1)) <= high else m.group(0)
    return _WRAPPED_LAST_WORD.sub(keep, re.sub(r"(?<=[a-zæøå,]) (\d{1,3}) (?=[a-zæøå])", keep, span))


# a page number before the last word of an entry, after a word's letters ('… i Sindal 36 Hallerne', '… Vandselskab
# 49 A/S'): the title's last word wrapped onto the next line; no title ends in a page and a word of its own. Not
# before a page ('Salg af Skolevej 12 8': the house number, then the page) nor a page's label ('Eventuelt 38 Side')
_WRAPPED_LAST_WORD = re.compile(r"(?<=[A-Za-zÆØÅæøå]) (\d{1,3}) (?!Side\b)(?=[A-Za-zÆØÅæøå]\S*\s*$)")


_PAGE_LABEL = re.compile(r"\s+Side(?:\s+\d{1,3}\.?)?$")
_NEXT_LABEL = re.compile(r"\s+(?:(?:Pkt\.?|Punkt|Sag)(?:\s+nr\.?)?|Nr\.?|Dagsordenspunkt)$")
_FROM_BODY = re.compile(r"\s+(?:Fra|FRA)\s+(?P<body>[A-ZÆØÅ][\w\- ]{2,60})$")
_CAPS_HEAD = re.compile(r"^(?:[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+){2,}(?=[A-ZÆØÅ][a-zæøå])")
_PAGE_FOOTER = re.compile(r"\s+Side \d+ af \d+\b.*$")
# a time slot the list prints before the next entry ('… Title Kl. 15.05 2. Title')
_TIME_SLOT = re.compile(r"\s+(?i:kl\.?)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?$")
# the entry's page printed before its title ('Punkt 1 Side 3 Title')
_PAGE_FIRST = re.compile(r"^\s*Side\s+\d{1,3}\s+(?=\S)")


# the next entry's bullet, when a bulleted list is read as one run ('… dagsorden * 2. Budget …'; 'o' is how
# a word processor's round bullet comes out of a PDF)
_NEXT_BULLET = re.compile(r"\s+(?:[•·▪●◦*]|o)$")


_MONTH_TAIL = re.compile(r"\s(?P<prev>\S+)\s+(?:" + "|".join(sorted(_MONTHS)) + r")$")
_MONTH_LEADS = frozenset("ultimo primo medio pr pr. status".split())


def _without_footer_month(t: str) -> str:
    """A title that ends in a bare month after a lower-case noun ('… revisionsopgaven september'): the page's
    footer date, its digits lost, ran onto the page's last title. A month after a number, a preposition or
    'ultimo'/'pr.' ('pr. 30. april', 'møde i juni') is the title's own."""
    m = _MONTH_TAIL.search(t)
    if not m:
        return t
    prev = m.group("prev")
    if not prev.isalpha() or not prev.islower() or prev in _FUNCTION_WORDS or prev in _MONTH_LEADS:
        return t
    return t[: m.end("prev")]


def _strip_tails(t: str) -> str:
    """What a list prints after a title that is no part of it: a group line of the next titles
    ('Fra Økonomiudvalget', 'TIL EFTERRETNING'), a running page footer, the next entry's bullet."""
    t = _NEXT_BULLET.sub("", _PAGE_FOOTER.sub("", t))
    t = _NEXT_LABEL.sub("", t)  # "Title Pkt." of "… Pkt. 2 Title": the next entry's label
    t = _PAGE_LABEL.sub("", t)  # "Title Side 3": the entry's page
    t = _TIME_SLOT.sub("", t)
    t = _PAGE_FIRST.sub("", t)
    t = _without_footer_month(t)
    m = _FROM_BODY.search(t)
    if m and is_body_name(m.group("body")):
        t = t[: m.start()]
    caps = _CAPS_TAIL.search(t)
    # a title printed in capitals throughout ('BUDGET 2025 FOR VEJOMRÅDET') has no group line behind it
    return t[: caps.start()] if caps and re.search(r"[a-zæøå]", t[: caps.start()]) else t


# where an item's body begins behind its header on a flattened page: 'Sagsnr.: 15/100',
# 'Beslutning Teknisk Udvalg …', 'Sagsfremstilling Forvaltningen …' (not 'Indstilling af suppleant'),
# 'Sagsnr. 450-2017-25250' (a case-number label with the number behind it, colon or not)
BODY_CUE = re.compile(r"\s+(?:(?:Sagsnr|Sags nr|Sagsid|J\.\s?nr)\.?\s*(?::|(?=\d{2,4}[-/.]\d))"
                      r"|(?:Sagsfremstilling|Indstilling|Beslutninger|Beslutning|Resumé|Sagsbeskrivelse)"
                      r"(?=\s*:|\s+[A-ZÆØÅ]|\s+[-–]?\s*$)"  # 'Beslutning -' at the end: no decision was printed
                      # a case number of a distinctive form, printed unlabelled after the title ('Punkt 1: Godkendelse
                      # af dagsorden EMN-2023-009832 Beslutninger …')
                      r"|(?:EMN-\d{4}-\d{3,}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{3}-\d{4}-\d{2,}"
                      r"|\d{2}-\d{6}[A-Z]?)(?![\w/-]))")


_STATUS_COLUMN = re.compile(r"\s+(Åben|Åbent|Lukket|ÅBEN|ÅBENT|LUKKET)$")


_RUNNING_HEAD = re.compile(r"(?P<body>[A-ZÆØÅ].{2,80}?),?\s+(?:den\s+)?(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*"
                           r"[a-zæøå]+\s+\d{4})(?:\s+Side\s+\d{1,4})?")


def _tidy(title: str, page_column: bool) -> str:
    t = BODY_CUE.split(" ".join(title.split()), 1)[0]  # the title ends where its body begins
    led = bool(_LEADER_ANYWHERE.search(t))
    t = _LEADER_ANYWHERE.split(t, 1)[0] if led else t  # the title ends at its leader, its page behind it
    t = _LEADER.sub("", _strip_tails(t))
    if page_column and not led:  # ('… afdeling 11 ........ 4': the number before the leader is the title's)
        t = _BARE_INT.sub("", t)
        # a status column between title and page ('1 Salg af ejendom Lukket 9'): closed, as ' - Lukket' is
        t = _STATUS_COLUMN.sub(lambda m: " - Lukket" if m.group(1).lower() == "lukket" else "", t)
    t = _CAPS_HEAD.sub("", t)  # "TIL EFTERRETNING Orientering …": a group heading before the title
    head = _RUNNING_HEAD.fullmatch(t.strip(" -–:"))
    if head and is_body_name(head.group("body")):
        return ""  # 'Økonomiudvalget 14-03-2023 Side 2': the page's running header, no title
    return t.strip(" -–:")


def find_item_list(lines: list[Line], min_entries: int = 3) -> list[ListEntry]:
    """The document's item list: a run of at least `min_entries` item numbers, else a table of
    contents whose numbers were lost. Empty when neither is found."""
    text, _ = joined_text(lines)
    return _status_from_contents(_without_back_matter(_find_item_list(text, min_entries)), text)


def _list_numbers(cands: list[_Cand], text: str) -> list[_Cand]:
    """The candidates that may number a list entry: not '12:' ('kl. 15: …', 'Punkt 1: Der …' inside a
    decision), which only a header with its body behind it may print (_headed_chain)."""
    return [c for c in cands if text[c.end - 1] != ":"]


def _status_from_contents(entries: list[ListEntry], text: str) -> list[ListEntry]:
    """Numbered item headers, one a line (a transcript's page per item), whose titles a contents list
    above them printed without numbers under 'Åbne/Lukkede dagsordenspunkter': each title found
    there, in order, takes the status of the group heading before it, which the headers do not print."""
    if not entries or not all(e.number and e.title for e in entries) \
            or "\n" not in text[entries[0].start:entries[-1].start + 1] and len(entries) > 1:
        return entries
    head = text[:entries[0].start]
    groups = list(_GROUP.finditer(head))
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


# the back matter of a contents list (its bilag list and signature page), with their pages
_BACK_MATTER = re.compile(rf"(?:{BACK_MATTER_NAMES}\s*(?:\.{{2,}}\s*)?(?:Side\s+)?\d*\s*)+"
                          r"|Side\s+\d{1,4}"  # the last entry's page, cut off it: '… 7. Eventuelt Side 8'
                          r"|(?:Sagsnr|Sags nr|Sag nr|J\.\s?nr)\.?\s*:?\s*\S+", re.IGNORECASE)  # its case number


def _without_back_matter(entries: list[ListEntry]) -> list[ListEntry]:
    """The list without the unnumbered back matter at its end ('Bilagsliste Underskriftsblad Side 600')."""
    while entries and entries[-1].number is None and _BACK_MATTER.fullmatch(entries[-1].title or ""):
        entries = entries[:-1]
    return entries


# a transcript page's running header or footer: 'Side 2 af 12', 'Økonomiudvalget 14-03-2023 Side 2'
_PAGE_OF = re.compile(r"\bSide\s+\d{1,4}\s+af\s+\d{1,4}\b")


def _find_item_list(text: str, min_entries: int) -> list[ListEntry]:
    text = _PAGE_OF.sub(lambda m: " " * len(m.group()), text)  # blanked, so offsets stay those of the lines
    every = _candidates(text)
    cands = _list_numbers(every, text)
    chain, gaps, other = _chain_or_other_reading(every, cands, text, min_entries)
    return other if other is not None else _chain_entries(chain, gaps, cands, text)


def _item_chain(cands: list[_Cand], text: str) -> list[_Cand]:
    """The best run of item numbers, read again without the page numbers it took (_pages_in_chain)."""
    chain = _best_chain(cands, text)
    pages = _pages_in_chain(chain, text)
    return _best_chain([c for c in cands if id(c) not in pages], text) if pages else chain


def _pages_in_chain(chain: list[_Cand], text: str) -> set[int]:
    """The bare numbers of a run whose other numbers print their full stop ('2. Orientering om vejarbejder
    4 Budgetopfølgning 6 4. Trafikplan 7 …'), each right after a title's last word: the page column of a
    list whose item numbers were partly lost, not items (a list prints its numbers one way). Ids of the
    candidates, empty when the run prints its numbers one way or hardly marks them."""
    def marked(c: _Cand) -> bool:
        return c.end > c.pos + len(c.printed) and text[c.pos + len(c.printed)] == "."
    dotted = [c for c in chain if marked(c)]
    bare = [c for c in chain if not marked(c) and c.closed is None and re.search(
        r"[a-zæøå)\d]\s+$", text[max(0, c.pos - 3):c.pos]) and text.rfind("\n", 0, c.pos) < chain[0].pos]
    if len(dotted) < 2 or not bare or len(bare) + len(dotted) < len(chain):
        return set()
    return {id(c) for c in bare}


_LABEL_ONLY = re.compile(r"(?i:punkt|pkt\.?|sag(?:\s+nr\.?)?|dagsordens?punkt)")


def _chain_or_other_reading(every: list[_Cand], cands: list[_Cand], text: str, min_entries: int
                            ) -> tuple[list[_Cand], bool, list[ListEntry] | None]:
    """The run of item numbers to read the list from (and whether numbers are missing in it), or the
    entries of a reading that explains more of the text: a page column, headers with their bodies, a
    contents list that lost its numbers."""
    chain = _item_chain(cands, text)
    if chain and BODY_CUE.search(text, text.rfind("\n", 0, chain[0].pos) + 1, chain[0].pos):
        chain = []  # a numbered list inside a body on a flattened page ('… Indstilling … 1. … 2. …'): no item list
    toc: list[ListEntry] | None = None

    def contents() -> list[ListEntry]:
        nonlocal toc
        if toc is None:
            toc = _without_list_heads(_unnumbered_toc(text) or _paged_lines(text) or _cued_lines(text))
            if any(_LABEL_ONLY.fullmatch(e.title or "") for e in toc):
                toc = []  # 'Punkt' / '1 Klage …' read as two titles: the list's numbers are printed, not lost
        return toc

    # a page column: the numbers trail their titles on one flattened line, or end the lines titles begin
    if chain and (_trails_its_titles(chain, text) or _ends_titled_lines(chain, text) and len(contents()) >= len(chain)):
        return chain, False, _without_list_heads(max(contents(), _titles_before_pages(chain, text), key=len))
    steps = [b.num - a.num for a, b in zip(chain, chain[1:], strict=False)]
    ones = sum(1 for a, b in zip(chain, chain[1:], strict=False)
               if b.num - a.num == 1 or _titles_seen(text[a.end:b.pos], b.num - a.num) == b.num - a.num - 1)
    if len(chain) < min_entries and not (chain and all(c.closed is not None for c in chain)) \
            and not _listed_above(chain, text):
        # a meeting of one or two items ('lukket 1 Personalesag' rows are marked well enough to stand alone)
        chain = _short_contents(cands, text)
        steps, ones = [1] * (len(chain) - 1), len(chain) - 1
    # item headers each with its body (_headed_chain) win over a short list, or over a list whose numbers
    # they all hold and go on from (a run of short bodies read as a list: '… 5. Frigivelse … 6. Godkendelse …')
    headed = _headed_chain(every, text)
    longer = len(headed) > len(chain) and (len(chain) < min_entries or {c.printed for c in chain} <= {
        e.number for e in headed})
    if longer and len(headed) > len(contents()):
        return chain, False, headed
    if not chain or ones < (0.4 if len(chain) >= 5 else 0.6) * len(steps):
        return chain, False, _column_list(text) or contents()
    if len(contents()) > len(chain) and (len(chain) < min_entries or _headers_below(chain, contents(), text)):
        # one or two numbers against a contents list that lost its numbers; or item headers on the pages below
        # such a list that opens with their titles: the list is the meeting's items, the headers give their
        # bodies and numbers (inline bodies)
        return chain, False, contents()
    return chain, ones < len(steps), None


def _headers_below(chain: list[_Cand], toc: list[ListEntry], text: str) -> bool:
    """The run of numbers is item headers, one a page line ('3 1. Godkendelse af dagsorden Sagsnr.: …' / '4 2.
    …'), below a contents list without numbers (`toc`) that ends above the first header and opens with the
    headers' titles in their order (the first two words of each alike)."""
    if any(e.number is not None for e in toc) or toc[-1].end > chain[0].pos \
            or any("\n" not in text[a.pos:b.pos] for a, b in zip(chain, chain[1:], strict=False)):
        return False
    heads = [text[c.end: text.find("\n", c.end)] for c in chain]
    return all(_first_words(clean_title(h)[0]) == _first_words(t.title) for h, t in zip(heads, toc, strict=False))


def _first_words(title: str | None) -> list[str]:
    """The first two words of a title, in lower case: what a header and a contents entry of one item share."""
    return (title or "").lower().split()[:2]


# the list's own heading and column heads before its first title ('2 Dagsorden Godkendelse af …', 'Punkt Tekst
# Side Godkendelse af …'): a contents list that lost its numbers printed them on the line of its first title
_LIST_HEADS = re.compile(r"^(?:(?:Dagsorden|Dagsordenen|Punkter|Sager|Indhold|Sag|Side|Punkt|Pkt\.|Tekst|Emne|Titel"
                         r"|Nr\.)\s*:?(?:\s+|$))+(?=[A-ZÆØÅ]|$)")


def _without_list_heads(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries with the list's heading and column heads taken off the first title (a heading word before
    a capitalised word: no title begins 'Dagsorden Godkendelse …'), or the first entry left out where it is
    those heads alone ('Punkt Tekst', cut off the title after it)."""
    if not entries or not entries[0].title or entries[0].number:
        return entries
    head = _LIST_HEADS.match(entries[0].title)
    if not head:
        return entries
    if head.end() == len(entries[0].title):
        return entries[1:]
    return [replace(entries[0], title=entries[0].title[head.end():], start=entries[0].start + head.end()), *entries[1:]]


def _on_long_lines(chain: list[_Cand], text: str) -> bool:
    """The run stands on one flattened line, or on a transcript's long page lines it runs on across (each line
    break inside it opens the next page's line, maybe behind a running head: '… befordringsområdet' /
    '3 Byrådet Referat 15 Turismepolitik …'): its last entry's titles run on like a flattened line's."""
    span = text[chain[0].pos:chain[-1].pos]
    if "\n" not in span:
        return True
    pages = _page_prefixes(text)
    return bool(pages) and all(chain[0].pos + m.end() in pages for m in re.finditer(r"\n+", span))


def _chain_entries(chain: list[_Cand], gaps: bool, cands: list[_Cand], text: str) -> list[ListEntry]:
    """The list's entries read from its run of numbers: the titles between them, those of lost numbers
    parted where titles start, closed entries and group headings marked."""
    flattened = _on_long_lines(chain, text)
    if flattened:
        chain = _runs_on(_without_closing_page(chain, text), cands, text)
    # Entries marked open/closed ("lukket 101") inside or right after the run are items too,
    # numbered apart from the open ones.
    lo, hi = chain[0].pos, chain[-1].end + MAX_SPAN
    in_chain = {id(c) for c in chain}
    marked = [c for c in cands if c.closed is not None and id(c) not in in_chain and lo < c.pos < hi]
    chain = sorted(chain + marked, key=lambda c: c.pos)
    raw: list[tuple[_Cand, str, int, int | None]] = []
    for k, c in enumerate(chain):
        last = k + 1 == len(chain)
        end = _last_end(chain, text, flattened) if last else chain[k + 1].pos
        if not last and chain[k + 1].closed is not None:
            end = _strip_status_word(text, c.end, end)
        span = _PAGE_FIRST.sub(lambda m: " " * len(m.group()), _first_lines(text[c.end:end]))  # 'Punkt 4 Side 8 …'
        step = chain[k + 1].num - c.num if not last and id(chain[k + 1]) in in_chain else 1
        if last and flattened:
            step = None  # the end of a flattened list: as many titles as its text holds
        raw.append((c, span, end, step))
    spans = [_strip_tails(" ".join(t.split())) for _, t, _, _ in raw]
    bare = [_mark_groups(t, False)[0].rstrip(" " + GROUP_MARK) for t in spans]  # '… 3 Åbne dagsordenspunkter'
    sample = bare[:-1] or bare  # a list of one entry: its own span tells
    page_column = sum(1 for t in sample if _BARE_INT.search(t)) >= 0.5 * len(sample)
    usual = sorted(len(t) for t in spans[:-1])[(len(spans) - 1) // 2] if len(spans) > 1 else MAX_SPAN
    led = sum(1 for t in spans if _LEADER_ANYWHERE.search(t))  # 'Title .......... 7': a contents list's pages
    if usual > MAX_TITLE * 0.8 and gaps and led * 2 < len(spans):
        return []  # numbers with prose between them: a list of titles is short (where no leaders part them)
    common = lower_words(text)
    pages = _page_numbers(spans) if page_column else []
    entries: list[ListEntry] = []
    lead = _GROUP.search(text[max(0, chain[0].pos - 60): chain[0].pos] + " ")  # '… Side Lukkede dagsordenspunkter 1 …'
    in_closed_group = bool(lead and lead.group("kind").lower().startswith("lukke"))
    for k, (c, span, end, step) in enumerate(raw):
        span, groups = _mark_groups(span, page_column)
        low, high = (pages[k - 1] if k else 0, _next_page(spans, k, pages)) if pages else (0, 0)
        if pages:
            span = _drop_page_numbers(span, low, high)
        cuts = _entry_cuts(span, step, common, (low, high) if pages else None)
        if step == 1 and not page_column and len(span) > min(max(2 * usual, 150), MAX_TITLE):
            # an overlong title runs into what follows it (a page header, the meeting's text)
            first = _split_points(span, 2, earliest=True)
            span = span[: first[0][0]] if first and first[0][0] <= MAX_TITLE else span[:MAX_TITLE].rsplit(" ", 1)[0]
        for p, (off, piece) in enumerate(_pieces(span, cuts)):
            in_closed_group = next((closed for at, closed in reversed(groups) if at < _text_start(piece, off)),
                                   in_closed_group)
            title, closed = clean_title(_tidy(piece.replace(GROUP_MARK, " "), page_column))
            closed = closed or in_closed_group
            if p == 0:
                entries.append(ListEntry(c.printed, title or None, not (closed or c.closed), c.pos, end))
            elif title:
                number, title = numbered_piece(title)
                entries.append(ListEntry(number, title, not (closed or piece.lstrip().startswith("Lukket")),
                                         c.end + off, end))
        if groups:
            in_closed_group = groups[-1][1]  # 'Lukkede sager' closes the entries after it, 'Åbne sager' opens them
    return _titles_before_first(chain[0], text, common, page_column) + entries


def _page_cuts(span: str, low: int, high: int, step: int | None) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers that part the titles of lost item numbers inside one
    entry's span of a list with a page column ('10. Henvendelser til formanden 18 Huskeliste og orientering
    20 13. …': item 11's number was lost, its page was not): a page between the pages of the entries
    around it, after a title's last word and before a capitalised word, ends a title. Taken only where
    they give as many titles as the numbers ask for, each of two words or more (a page inside a wrapped
    title, '… svømmehal i Sindal 36 Hallerne', leaves a one-word piece)."""
    found = [m for m in _BARE_PAGE.finditer(span) if low <= int(m.group(1)) <= high]
    if step is None or len(found) != step - 1 \
            or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    cuts = [(m.start(), m.end() - m.start()) for m in found]
    if any(len(piece.split()) < 2 for _, piece in _pieces(span, cuts)):
        return []
    return cuts


def _entry_cuts(span: str, step: int | None, common: frozenset[str], page_range: tuple[int, int] | None
                ) -> list[tuple[int, int]]:
    """Where the titles of one entry's span part (`step` titles, or None: as many as it holds, as at the end of
    a flattened list: '… køkken i Solstrålen 36 Resultat af trafikanalyse … 37 Kommunal lånegaranti …'): at the
    pages between `page_range` where a page column is printed (_page_cuts, else _rising_pages as the surest
    cuts), else where titles start."""
    if page_range is None:
        return _split_points(span, step, common=common) if step != 1 else []
    low, high = page_range
    return _page_cuts(span, low, high, step) or (
        _split_points(span, step, common=common, pages=_rising_pages(span, low, high)) if step != 1 else [])


def _rising_pages(span: str, low: int, high: int) -> list[tuple[int, int]]:
    """(offset, length) of the bare page numbers in an entry's span that part titles ('… Ejerstrategi for KLAR
    Forsyning 36 Udbudsplan 2023 38 Placeringsforslag …'): between the pages of the entries around it, rising,
    before a word in small letters after its capital ('… Vandselskab 49 A/S' wraps a company's name), not
    before a page label ('… byrådsgruppe 102 Side 2.' is the page's footer), each title keeping two words.
    Where they are fewer or more than the lost numbers ask for, they still mark the surest cuts
    (_split_points)."""
    found = [m for m in _BARE_PAGE.finditer(span) if low <= int(m.group(1)) <= high
             and not span.startswith(" Side", m.end()) and span[m.end() + 2: m.end() + 3].islower()]
    if not found or any(int(b.group(1)) < int(a.group(1)) for a, b in zip(found, found[1:], strict=False)):
        return []
    pages = [(m.start(), m.end() - m.start()) for m in found]
    return pages if all(len(piece.split()) >= 2 for _, piece in _pieces(span, pages)) else []


def _titles_before_first(first: _Cand, text: str, common: frozenset[str], page_column: bool) -> list[ListEntry]:
    """The entries before a list's first printed number, when that number is not 1 and the contents'
    cue opens the line before it ('Følgende sager behandles: Pkt. Tekst Side Budget … Lånoptagelse … 3
    Godkendelse …') or the heading of the open items' group does ('Side 2 Åbne punkter Godkendelse af dagsorden
    3 Spørgetid 4 … 7 6. Plan for …'): the numbers of the first titles were lost, their titles were not."""
    if not 1 < first.num <= MAX_STEP + 1:
        return []
    line = text.rfind("\n", 0, first.pos) + 1
    cue = _TOC_CUE.search(text, line, first.pos)
    if not cue:
        cue = _OPEN_GROUP.search(text, line, first.pos)  # '… Side 2 Åbne punkter Godkendelse af dagsorden 3 …'
    if not cue or cue.end() >= first.pos or not _holds_titles(text[cue.end():first.pos]):
        return []
    span = text[cue.end():first.pos]
    entries = []
    for off, piece in _pieces(span, _split_points(span, first.num - 1, common=common)):
        title, closed = clean_title(_tidy(piece, page_column))
        if title:
            entries.append(ListEntry(None, title, not closed, cue.end() + off, first.pos))
    return entries


# A group heading between two entries of a list: 'Lukkede dagsordenspunkter', 'Åbne sager' (the
# page number of the entry before it may stand between).
_GROUP = re.compile(r"(?P<page>\s+\d{1,3})?(?:^|\s+)(?P<kind>(?i:åbne|åben|åbent|lukkede|lukket))\s+"
                    r"(?i:sager|punkter|dagsordenspunkter|dagsordenpunkter|emner|dagsorden|referat)\s*:?(?=\s|$)")
_OPEN_GROUP = re.compile(r"(?i:åbne|åben|åbent)\s+(?i:sager|punkter|dagsordenspunkter)\s*:?\s+(?=[A-ZÆØÅ])")
GROUP_MARK = "\u00b6"  # stands for a group heading inside a run of titles: a cut for sure (_boundaries)


def _headed_chain(cands: list[_Cand], text: str) -> list[ListEntry]:
    """Item headers on flattened page lines, each with its body behind it and no list above them
    ('3 Økonomiudvalget … 1. Godkendelse af dagsorden Sagsnr.: 23/100 Sagsfremstilling …'): numbers
    each followed, within a title's length on its line and with no other number between, by where a
    body begins (BODY_CUE, a label). Their bodies make the spans long, so the list chain, which wants
    short titles, does not see them; and inside a page's line, the item header lines do not either.
    The longest rising run of such headers (gaps up to MAX_STEP), one header alone included."""
    cue_at: list[int | None] = []
    for k, c in enumerate(cands):
        cues = [m for m in (BODY_CUE.search(text, c.end, c.end + MAX_TITLE),
                            _BODY_LABEL.search(text, c.end, c.end + MAX_TITLE)) if m]
        cue = min(cues, key=lambda m: m.start()) if cues else None
        nxt = cands[k + 1].pos if k + 1 < len(cands) else len(text)
        if cue and cue.start() > c.end + 1 and "\n" not in text[c.end:cue.start()] and nxt >= cue.start():
            cue_at.append(cue.start())
        elif CLOSED_PREFIX.match(text[c.end:c.end + 40].lstrip()):
            # '8. Lukket punkt: Salg af ejendom': a closed item prints no body, its marker is the evidence;
            # its title ends at the next number or the end of its line
            nl = text.find("\n", c.end)
            cue_at.append(min(nxt, nl if nl >= 0 else len(text), c.end + MAX_TITLE))
        else:
            cue_at.append(None)
    heads: list[tuple[_Cand, int]] = []
    for k, c in enumerate(cands):
        if cue_at[k] is None:
            continue
        if c.pos == text.rfind("\n", 0, c.pos) + 1 and c.end == c.pos + len(c.printed):
            continue  # '1 Byrådsmøde …': a bare number opening a line is the page's (a transcript's page line)
        prev = cands[k - 1] if k else None
        if prev and prev.num == c.num - 1 and c.pos - prev.end < MAX_TITLE and cue_at[k - 1] is None:
            continue  # the last point of a numbered list inside a body ('… 3. Rammen … 4. Sagen … Sagsfremstilling')
        heads.append((c, cue_at[k]))
    heads = [h for k, h in enumerate(heads)  # printed again further on: a transcript's title line repeats page 1
             if not (k + 1 < len(heads) and heads[k + 1][0].num == h[0].num)]
    count, back = [1] * len(heads), [-1] * len(heads)
    for i, (ci, _) in enumerate(heads):  # the longest rising run (closed items left out leave gaps)
        for j in range(i):
            if 1 <= ci.num - heads[j][0].num <= MAX_STEP and count[j] + 1 > count[i]:
                count[i], back[i] = count[j] + 1, j
    run: list[tuple[_Cand, int]] = []
    k = max(range(len(heads)), key=lambda n: (count[n], -n)) if heads else -1
    while k >= 0:
        run.append(heads[k])
        k = back[k]
    entries = []
    for c, cue in reversed(run):
        title, closed = clean_title(_tidy(_strip_tails(text[c.end:cue]), False))
        if not title:
            return []
        entries.append(ListEntry(c.printed, title, not (closed or c.closed), c.pos, cue))
    return entries


def _text_start(piece: str, off: int) -> int:
    """Offset of a piece's first word (past the blanks and group mark it may begin with)."""
    return off + len(piece) - len(piece.lstrip(" " + GROUP_MARK))


def numbered_piece(title: str) -> tuple[str | None, str]:
    """A piece cut after a group heading that kept its number ('15 Salg af areal'): its number and
    title; also behind its label ('Punkt 2: Budget', where the colon kept the number from the list's
    chain). Other pieces start at a capitalised word: no number."""
    m = re.match(r"(?:(?:Punkt|Pkt\.?|Sag(?:\s+nr\.?)?|Dagsordenspunkt)\s*)?(\d{1,3})[.:)]?\s+(?=[A-ZÆØÅ])", title)
    return (m.group(1), title[m.end():]) if m else (None, title)


def _mark_groups(span: str, page_column: bool) -> tuple[str, list[tuple[int, bool]]]:
    """The span with each group heading blanked to GROUP_MARK (and the page number before it, in a
    list with a page column), offsets kept, and (offset, closed) of each: the entries after
    'Lukkede sager' are closed. A heading at the very end leaves no mark."""
    groups: list[tuple[int, bool]] = []
    for m in _GROUP.finditer(span):
        cut = m.start() if page_column or not m.group("page") else m.end("page")
        mark = f" {GROUP_MARK}" if span[m.end():].strip() else ""
        span = span[:cut] + mark.ljust(m.end() - cut) + span[m.end():]
        groups.append((cut, m.group("kind").lower().startswith("lukke")))
    return span, groups


# A table of contents whose numbers extraction lost: a cue, column heads, then titles in a row.
_TOC_CUE = re.compile(
    r"(?i:Indholdsfortegnelse|Til behandling forelå:?|Følgende sager (?:behandles|blev behandlet):?"
    r"|Sagsoversigt:?|Sagsliste:?|Oversigt over (?:sager|punkter|dagsordenspunkter):?|Punkter på dagsordenen:?"
    r"|Dagsordenspunkter:?|(?:Punkter|Sager) til behandling:?"
    r"|(?-i:INDHOLD|Indhold)(?=\s*:?\s+(?:\d{1,3}\.?\s+)?[A-ZÆØÅ])"  # a heading before a capital, not prose 'indhold'
    r"|Dagsorden(?= +(?:Side|Punkt nr\.|Pkt\.) )"  # the agenda's heading over its contents' column heads
    r"|Sag nr\.:?\s+Emne:?|Pkt\.\s+Tekst|Punkt\s+Titel|(?:Punkt|Sag) nr\. +Side(?= +1\. ))"  # or its column heads
    r"(?:[^\n]{0,80}?(?=\s(?:Sag nr\.|Punkt nr\.|Pkt\.)\s+Side\b))?"  # the meeting repeated above the columns
    r"(?:\s+(?:Side|Punkt nr\.|Pkt\.|Tekst|Sag nr\.:?|Emne|Åbne dagsordenspunkter|[A-ZÆØÅ/\-]{3,}))*"
    r"\s+(?:(?:(?i:punkt|pkt\.?)\s+)?(?P<num>\d{1,3})[.)]?\s+)?(?=[A-ZÆØÅ])")  # its first number, maybe labelled


def _leader_list(text: str) -> re.Match[str] | None:
    """The start of the first line that prints three titles behind leaders and page numbers, past a
    running header that ends in a year; the date's year must not be taken for a title."""
    m = _LEADER_LIST.search(text)
    return m if m and not re.match(r"\d", text[m.end():]) else None


# A flattened list with no cue: '2 1. Budgetprocedure Prioriteringskatalog …', or its first number lost too
_FIRST_ENTRY = re.compile(r"(?m)^(?:\d{1,3}\s+)?(?:(?P<num>1)[.)]?\s+)?(?=[A-ZÆØÅ])")


def _header_words(text: str, number: int) -> list[str]:
    """The first three words of each later header of item `number` ('Punkt 2. Prioriteringskatalog …')."""
    return [h.group(1) for h in re.finditer(rf"(?<![\w.]){number}\.\s+((?:\S+\s+){{2}}\S+)", text)]


def _confirmed_first_entry(text: str) -> re.Match[str] | None:
    """The line that starts with item 1 and runs on through more titles, when later bodies confirm it:
    item 2's header ('Punkt 2. Prioriteringskatalog …') repeats words the line holds after its first title,
    and where the line lost its '1.', item 1's header starts with the line's first word."""
    for m in _FIRST_ENTRY.finditer(text):
        nl = text.find("\n", m.end())
        line = text[m.end(): nl if nl >= 0 else len(text)]
        if len(line) < 150 or not _holds_titles(line):
            continue
        later = text[nl:] if nl >= 0 else ""
        starts = m.group("num") or line.split()[0] in {w.split()[0] for w in _header_words(later, 1)}
        if starts and any(line.find(w) > 0 for w in _header_words(later, 2)):
            return m
    return None


# a numbered item header on a later page ('3 1. Godkendelse af dagsorden Sagsnr.: …', 'Punkt 2: Spørgetid Sagsnr.: …'):
# its title's first words, up to three, before its body begins
_NUMBERED_HEADER = r"(?<![\w.,]){}[.:]\s+(?P<words>[A-ZÆØÅ]\S*(?:\s+\S+){{0,2}})"
_LINE_START = re.compile(r"(?m)^(?:\d{1,3}\s+)?(?=\S)")
_FIRST_AT = re.compile(r"(?:(?P<num>1)[.)]\s+)?")


def _header_titles(text: str, number: int) -> list[str]:
    """The first words (up to three, not past where its body begins) of each later header of item `number`."""
    out = []
    for m in re.finditer(_NUMBERED_HEADER.format(number), text):
        body = BODY_CUE.search(m.group("words"))
        words = m.group("words")[: body.start()] if body else m.group("words")
        out.append(" ".join(words.split()))
    return [w for w in out if w]


def _aligned_first_entry(text: str) -> re.Match[str] | None:
    """Where a page line's run of titles begins, when the numbered headers of later pages vouch for it as
    the meeting's contents: item 1's header title stands on the line and item 2's after it ('2 Åbne punkter
    Godkendelse af dagsorden Spørgetid Borgmesteren orienterer …' above '1. Godkendelse af dagsorden
    Sagsnr.: …' and '2. Spørgetid Sagsnr.: …'), whatever heading or running header the line opens with.
    The list starts at item 1's title (at its '1.' where the line kept it)."""
    for m in _LINE_START.finditer(text):
        nl = text.find("\n", m.end())
        line = text[m.end(): nl if nl >= 0 else len(text)]
        if len(line) < 150 or nl < 0 or not _holds_titles(line) or BODY_CUE.search(line):
            continue
        later = text[nl:]
        found = [at for w in _header_titles(later, 1) if (at := line.find(w)) >= 0]
        if not found:
            continue
        first = min(found)
        if any(line.find(w, first + 1) > first for w in _header_titles(later, 2)):
            numbered = re.search(r"(?<![\w.])1[.)]\s+$", line[:first])
            return _FIRST_AT.match(text, m.end() + (numbered.start() if numbered else first))
    return None


# labels of an item's body, never of a contents list
_BODY_LABEL = re.compile(r"\b(?:Afbud|Fraværende|Fravær|Sagsnr\.?|Sags nr\.?|Resumé|Indstilling|Beslutning)\s*:")


# A contents line that needs no cue: three titles or more, each behind its leader and page number
# ('Godkendelse af dagsorden...3 Budgetopfølgning...4 …'); a running header with its date may stand first.
_LEADER_PAGE = r"(?:\.{3,}|…{2,})\s*\d{1,3}\b"
_LEADER_LIST = re.compile(r"(?m)^(?:\d{1,3} )?(?:[^\n]*?\b(?:19|20)\d{2}\s+)?(?P<num>)(?=[A-ZÆØÅ][^\n]*?"
                          + _LEADER_PAGE + r"[^\n]*?" + _LEADER_PAGE + r"[^\n]*?" + _LEADER_PAGE + ")")


_HEADER = re.compile(r"(?m)(?:^(?:\d{1,3}\s+)?|(?<!\S)(?i:punkt|pkt\.|sag|åben|åbent|lukket)\s+)\d{1,3}\.\s+"
                     r"(?P<words>[A-ZÆØÅ]\S*\s+\S+\s+\S+)")  # at a line's start or behind its label


def _header_starts(text: str) -> frozenset[str]:
    """The first three words of the numbered item headers in `text` ('Punkt 2. Prioriteringskatalog
    energibesparende foranstaltninger …'): where a run of titles above holds them, a title starts."""
    return frozenset(" ".join(m.group("words").split()) for m in _HEADER.finditer(text))


def _whole_header_titles(text: str) -> frozenset[str]:
    """The whole titles of the numbered item headers in `text` that have their body behind them, wherever on
    their line ('4 Lejre Kommune Side 2 2. ØU - Orientering Januar Sagsnr.: …'): where a run of titles above
    holds one, that title starts and ends there."""
    return frozenset(" ".join(m.group("title").split()) for m in _WHOLE_HEADER.finditer(text))


_WHOLE_HEADER = re.compile(r"(?<![\w.,])\d{1,3}[.:]\s+(?P<title>[A-ZÆØÅ][^\n]{2,200}?)(?=" + BODY_CUE.pattern + ")")


# a transcript's page line that only prints titles, maybe under a plain heading ('3 Dagsorden Godkendelse af …')
_TITLE_PAGE = re.compile(r"(?m)^\d{1,3} +(?:(?:Dagsorden|Punkter|Sager til behandling|(?:Åbne|ÅBNE) (?i:punkter|sager"
                         r"|dagsordenspunkter))\s*:?\s+)?(?P<num>)(?=[A-ZÆØÅ])")
_SENTENCE = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")


def _title_page(text: str) -> re.Match[str] | None:
    """The page line of a transcript that prints three or more titles and nothing else: a contents list
    that lost its numbers and its heading. Few of its pieces are names alone (no list of members), and
    no label or body cue and hardly a sentence's end stands among them (no item's text)."""
    for m in _TITLE_PAGE.finditer(text):
        nl = text.find("\n", m.end())
        if _titles_only(text[m.end(): nl if nl >= 0 else len(text)]):
            return m
    return None


_NUMBER_THEN_TITLE_LINE = re.compile(r"(?m)^\d{1,3} [^\n]{0,100}?(?<![\w.,])(?P<num>\d{1,3})[.)]\s+(?=[A-ZÆØÅ])")


def _first_of_titles_line(text: str) -> re.Match[str] | None:
    """A transcript's page line that, behind its running header ('2 Byrådet den 5. oktober 2009 kl 1.
    Godkendelse af dagsorden Indkaldelse af …', '2 Side 134. Godkendelse af dagsorden Gensidig orientering …'),
    prints an item's number and then titles only: the contents list with no heading and every number after
    the first lost. Where that number is not 1 (a council numbering its items through the year), the first
    title must head a body further on, its first words printed again. Two titles left as one may run longer
    than a title alone. The list starts at its number."""
    for m in _NUMBER_THEN_TITLE_LINE.finditer(text):
        nl = text.find("\n", m.end())
        line = text[m.end(): nl if nl >= 0 else len(text)]
        first = m.group("num") == "1" or nl >= 0 and _reheaded(m.group("num"), line, text[nl:])
        if first and _titles_only(line, 2 * MAX_TITLE_WORDS):
            return m
    return None


def _reheaded(number: str, line: str, later: str) -> bool:
    """The first title of a run of titles printed again further on: its number and first word, or its first
    three words in any case. The head of its body, which vouches for the run as the meeting's contents."""
    words = line.split()[:3]
    if words and re.search(rf"(?<![\w.,]){number}\.?\s+{re.escape(words[0])}", later):
        return True
    return len(words) == 3 and re.search(r"\s+".join(map(re.escape, words)), later, re.IGNORECASE) is not None


# where a page line's header text may end: after a sentence or a label's value ('… tages af dagsordenen. ')
_TEXT_END = re.compile(r"(?<!\d)[.:]\s+(?=[A-ZÆØÅ])")  # not an item's number ('41. ')
_PAGE_LINE_START = re.compile(r"(?m)^\d{1,3} +(?=\S)")


def _titles_tail(text: str) -> re.Match[str] | None:
    """The contents list printed with no heading and no number on the page line of the meeting's header
    ('2 Kommunalbestyrelsen … Fraværende: … tages af dagsordenen. Anmodning om … Antal … Budget …'): the
    longest tail of one of the first page lines, after a sentence's or a label's end, that prints four titles
    or more and nothing else (_titles_only; no label of an item's body, no section heading). Failing that, the
    longest such tail after the header's last sentence (none ends in it), where two titles left as one may run
    longer than a title alone; not after a label's end, which would take the label's value in."""
    tails = []
    for k, line in enumerate(_PAGE_LINE_START.finditer(text)):
        if k >= 3:
            break
        nl = text.find("\n", line.end())
        end = nl if nl >= 0 else len(text)
        tails += [(cut, text[cut.end():end]) for cut in _TEXT_END.finditer(text, line.end(), end)
                  if end - cut.end() >= 200]
    tails = [(cut, tail) for cut, tail in tails if not _BODY_LABEL.search(tail)]
    for cut, tail in tails:
        if _titles_only(tail) and _listed_titles(tail):
            return _EMPTY_NUMBER.match(text, cut.end())
    for cut, tail in tails:
        if cut.group()[0] == "." and not _SENTENCE.search(tail) and _titles_only(tail, 2 * MAX_TITLE_WORDS) \
                and _listed_titles(tail):
            return _EMPTY_NUMBER.match(text, cut.end())
    return None


def _listed_titles(tail: str) -> bool:
    """Four titles or more, none a section's heading ('Administrativ indstilling': the tail of an item's text; a
    group heading in capitals, 'TIL KOMMUNALBESTYRELSENS AFGØRELSE', is the list's own)."""
    titles = split_titles(tail)
    return len(titles) >= 4 and not any(is_heading(t) and not t.isupper() for t in titles)


_EMPTY_NUMBER = re.compile(r"(?P<num>)")  # a list's start that prints no number


def _titles_only(line: str, longest: int = MAX_TITLE_WORDS) -> bool:
    """A page line that prints three or more titles and nothing else: few of its pieces are names alone (no
    list of members), none longer than `longest` words (two titles may stay one where no cut is sure), and no
    label or body cue and hardly a sentence's end stands among them (no item's text)."""
    if len(line) < 80 or BODY_CUE.search(line) or not _holds_titles(line):
        return False
    titles = split_titles(line)
    # ('Lukket - Ejendomssag' is a closed item's title, not a name)
    names = [t for t in titles if len(t.split()) >= 2 and not re.search(r"\b[a-zæøå]{2,}\b|\d", t)
             and not CLOSED_PREFIX.match(t)]
    # a title may end in a full stop before the next ('Orientering fra borgmesteren. Budget …'): a few
    # such stops, but not the sentences of a text
    return len(titles) >= 3 and len(_SENTENCE.findall(line)) <= len(titles) // 5 \
        and all(len(t.split()) <= longest for t in titles) and len(names) <= 0.3 * len(titles)


def _unnumbered_toc(text: str) -> list[ListEntry]:
    m = _TOC_CUE.search(text) or _confirmed_first_entry(text) or _leader_list(text) or _first_of_titles_line(text) \
        or _title_page(text) or _aligned_first_entry(text) or _titles_tail(text)
    if not m:
        return []
    common = lower_words(text)
    nl = text.find("\n", m.end())
    known = _header_starts(text[nl:]) if nl >= 0 else frozenset()
    whole = _whole_header_titles(text[nl:]) if nl >= 0 else frozenset()
    entries: list[ListEntry] = []
    in_closed_group = False
    begin, num, at = m.end(), m.group("num") or None, m.start()
    while True:
        nl = text.find("\n", begin)
        span, groups = _mark_groups(text[begin: nl if nl >= 0 else len(text)], False)
        paged = bool(_page_separators(span))  # a page column: the last title's page number goes too
        segments = _segments(span)
        # where leaders part the titles one by one ('Title.....3 Title.....4', each run a title's length), a
        # run a leader closes is one title; where they close groups of titles only, the runs are cut as ever
        led = [seg for _, seg, by_leader in segments if by_leader]
        all_but_last_led = all(by_leader for _, _, by_leader in segments[:-1])
        leadered = (len(led) >= 3 or led and all_but_last_led) \
            and sorted(len(x) for x in led)[len(led) // 2] <= MAX_TITLE * 3 // 4
        if leadered and all_but_last_led and not segments[-1][2]:
            segments = segments[:-1]  # what runs on after the last leader is the page's next text, no entry
        pieces = [(at + off, piece) for at, seg, by_leader in segments
                  for off, piece in ([(0, seg)] if seg == _CLOSED_ENTRY or leadered and by_leader else
                                     _pieces(seg, _split_points(seg, None, common=common, known=known, whole=whole)))]
        if not entries and (len(pieces) < 3 or len(_BODY_LABEL.findall(span[:400])) >= 2):
            return []  # a cue word before an item's body ('Sagsoversigt 1. … Afbud: … Fraværende: …'), no list
        for k, (off, piece) in enumerate(pieces):
            title, closed = ("Lukket punkt", True) if piece == _CLOSED_ENTRY \
                else clean_title(_tidy(piece.replace(GROUP_MARK, " "), paged))
            in_closed_group = next((shut for g, shut in reversed(groups) if g < _text_start(piece, off)),
                                   in_closed_group)
            closed = closed or in_closed_group
            if title:
                title = title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0]
                number, title = (num, title) if k == 0 and num else numbered_piece(title)
                entries.append(ListEntry(number, title, not closed,
                                         at if k == 0 else begin + off, begin + len(span)))
        more = _next_contents_line(text, nl, entries, span)
        if more is None:
            return entries
        begin, num, at = more


def _next_contents_line(text: str, nl: int, entries: list[ListEntry], span: str) -> tuple[int, str | None, int] | None:
    """Where the contents go on from the page line just read (`span`, ending at `nl`): (offset of the next
    line's titles, its first printed number or None, where its entry starts); None where the list ends.
    The next page's line goes on with it when its first number goes on from the entries read (a few split
    apart or lost: '3 15 Turismepolitik …'), or, where no number is printed, when its page column goes on
    from the one the line above ended ('… Trafikplan for midtbyen 9' / '3 Udbud af vintertjeneste 10 …')."""
    if nl < 0:
        return None
    more = _run_on_behind_head(text, nl)
    if more is not None:
        end, num, _ = more
        first = int(entries[0].number or 1) if entries and (entries[0].number or "").isdecimal() else 1
        if not 0 <= int(num) - first - len(entries) <= MAX_STEP + 2 \
                or not _holds_titles(text[end: text.find("\n", end)]):
            return None
        return more
    more = _PAGE_LINE.match(text, nl)
    if more is None:
        return None
    end = text.find("\n", more.end())
    line = text[more.end(): end if end >= 0 else len(text)]
    above, below = _page_separators(span), _page_separators(line)
    if above and below:  # a page column: it goes on from the page the line above ended on
        paged = _separated_page(line, below[0]) >= _separated_page(span, above[-1]) and _holds_titles(line) \
            and not BODY_CUE.search(line)
        return (more.end(), None, more.end()) if paged else None
    # no pages: a line of titles and nothing else, maybe behind the running header the page prints (below a
    # contents line, two titles left as one may run longer than a title alone); no item's numbered header on it
    head = _RUNNING_PAGE_HEAD.match(line)
    at = head.end() if head else 0
    listed = not above and not _NUMBER_THEN_TITLE.search(line, at) and _titles_only(line[at:], 2 * MAX_TITLE_WORDS)
    return (more.end() + at, None, more.end()) if listed else None


def _run_on_behind_head(text: str, nl: int) -> tuple[int, str, int] | None:
    """(end, printed number, offset of the number) of the numbered entry the next page line goes on with
    (_PAGE_RUN_ON), read past the running head the page repeats (page_heads) whatever its wording."""
    more = _PAGE_RUN_ON.match(text, nl)
    if more is not None:
        return more.end(), more.group("num"), more.start("num")
    skip_from, skip_to = running_head(text, nl, _page_prefixes(text))
    if skip_from == skip_to:
        return None
    cut = len(text[nl:skip_from])  # the page line with its head taken out, read as the head-less page reads
    more = _PAGE_RUN_ON.match(text[nl:skip_from] + text[skip_to: skip_to + MAX_SPAN])
    if more is None or more.start("num") < cut:
        return None
    return skip_to + more.end() - cut, more.group("num"), skip_to + more.start("num") - cut


# the start of a transcript's next page line: its page number, then text
_PAGE_LINE = re.compile(r"\n+[ \t]*\d{1,3}[ \t]+(?=[A-ZÆØÅ])")
# a page's running header: the body and date, then the page ('Teknisk Udvalg 12-05-2016 Side 3 ')
_RUNNING_PAGE_HEAD = re.compile(r"[^\n]{0,80}?\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+Side\s+\d{1,3}\s+")


def _separated_page(span: str, separator: tuple[int, int, bool]) -> int:
    """The page number a page separator (_page_separators) prints."""
    return int(span[separator[0]:separator[1]].split()[-1])


# a contents line that ends in its page: behind a leader or a tab ('Budget 2025 ........ 4', 'Budget<TAB>4':
# the tab is a space in the joined text), or a title line with its page on the next line alone; the page
# maybe named ('Budget<TAB>Side 4')
_PAGED_LINE = re.compile(r"(?m)^[ \t]*(?P<title>[A-ZÆØÅ(\[][^\n]{2,200}?)"
                         r"(?:\s*(?:\.{3,}|…+|_{3,})\s*|[ \t]+|[ \t]*\n[ \t]*)(?:(?i:side|s\.)[ \t]*)?"
                         r"(?P<page>\d{1,3})[ \t]*$")


def _paged_lines(text: str) -> list[ListEntry]:
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
    while best and _LABEL_WORD.search(best[0].group("title")[:30]):
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
_LIST_CUE_LINE = re.compile(r"(?im)^[ \t]*(?:Indholdsfortegnelse|Indhold|Dagsordenspunkter|Dagsordenpunkter"
                            r"|Punkter på dagsordenen|Dagsordenens punkter|Sagsliste|Sagsoversigt|Til behandling forelå"
                            r"|Følgende sager (?:behandles|blev behandlet))[ \t]*:?[ \t]*$")
_LISTED_TITLE = re.compile(r"^[•·▪●◦\-–*]?\s*(?P<title>[A-ZÆØÅ(\[][^:\n]{2,200})$")


def _cued_lines(text: str) -> list[ListEntry]:
    """A list of items that prints no numbers and no pages, one title a line (bullets or dashes
    allowed), right under a line that announces it ('Dagsordenspunkter', 'Indhold'): three or more
    such lines, up to the first line that is no title (a label, a sentence, a blank after the list)."""
    cue = _LIST_CUE_LINE.search(text)
    if not cue:
        return []
    entries: list[ListEntry] = []
    at = cue.end() + 1
    for line in text[at:].split("\n"):
        m = _LISTED_TITLE.match(line.strip())
        if not line.strip() and not entries:
            at += len(line) + 1
            continue
        if not m or m.group("title").endswith(".") and len(m.group("title").split()) > 8:
            break  # no title: the list has ended
        start = at + line.index(m.group("title"))
        title, closed = clean_title(m.group("title"))
        entries.append(ListEntry(None, title, not closed, start, at + len(line)))
        at += len(line) + 1
    return entries if len(entries) >= 3 else []


# A contents table read column by column: its numbers, then its titles, maybe its pages ('Indholdsfortegnelse
# Pkt. Tekst Side 1 2 3 Godkendelse af dagsorden Budget 2024 Eventuelt 3 4 6')
_COLUMN_CUE = re.compile(r"(?i:Indholdsfortegnelse|Indhold|Dagsordenspunkter|Punkter på dagsordenen)"
                         r"(?:\s+(?:Side|Punkt(?:\s+nr\.)?|Pkt\.|Tekst|Sag(?:\s+nr\.)?|Emne|Titel|Nr\.)\s*:?)*"
                         r"\s+(?P<nums>(?:\d{1,3}\.?\s+){2,}\d{1,3}\.?)\s+(?=[A-ZÆØÅ])")
_PAGE_COLUMN = re.compile(r"(?:\s+\d{1,3}){3,}\s*$")


def _column_list(text: str) -> list[ListEntry]:
    """The entries of a contents table whose number column came out before its titles: as many titles
    as the column has numbers (going up by one), cut where titles start, numbered in order."""
    m = _COLUMN_CUE.search(text)
    if not m:
        return []
    nums = [int(n.rstrip(".")) for n in m.group("nums").split()]
    if any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
        return []
    nl = text.find("\n", m.end())
    span = text[m.end(): nl if nl >= 0 else len(text)]
    pages = _PAGE_COLUMN.search(span)
    span = span[: pages.start()] if pages else span
    pieces = _pieces(span, _split_points(span, len(nums), common=lower_words(text)))
    if len(pieces) != len(nums):
        return []
    entries = []
    for n, (off, piece) in zip(nums, pieces, strict=True):
        title, closed = clean_title(_tidy(piece, False))
        entries.append(ListEntry(str(n), title, not closed, m.end() + off, m.end() + off + len(piece)))
    return entries


# What separates titles for sure in a flattened contents list: a leader with its page number
# ('… Friluftsspil...5') and a group heading in capitals ('SAGER TIL EFTERRETNING').
# A closed entry printed as its marker alone ('LUKKET PUNKT:') is an entry of its own; with its colon before a
# title ('LUKKET PUNKT: Salg af …') the marker is that title's.
_SEPARATOR = re.compile(r"(?<!\S)(?P<closed>LUKKET (?:PUNKT|SAG))(?!\s*:\s*[A-ZÆØÅ][a-zæøå])\s*:?"
                        r"|\s*(?:\.{3,}|…{2,}|_{3,})\s*\d{1,3}\b"
                        r"|(?<!\S)(?:(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+)+"
                        r"(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]{2,}(?=\s|$)")


_CLOSED_ENTRY = "\x00closed"  # a segment that is a closed entry's marker alone


# a page number printed bare between two titles ('… af dagsorden 3 Budgetopfølgning …')
_BARE_PAGE = re.compile(r"(?<=[a-zæøå.)]) (\d{1,3})(?= [A-ZÆØÅ])")


# the same page named ('… af dagsorden Side 3 Budgetopfølgning … Eventuelt Side 9'): the last one ends the span
_NAMED_PAGE = re.compile(r"(?<=[a-zæøå.)]) Side (\d{1,3})(?= [A-ZÆØÅ]|\s*$)")


def _page_separators(span: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed-marker) of the page numbers between titles, bare or named ('Side 3'; the list
    prints them one way), when there are two or more and they do not go down (a page column whose
    leaders were lost)."""
    found = max(list(_BARE_PAGE.finditer(span)), list(_NAMED_PAGE.finditer(span)), key=len)
    pages = [int(m.group(1)) for m in found]
    if len(found) < 2 or any(b < a for a, b in zip(pages, pages[1:], strict=False)):
        return []
    return [(m.start(), m.end(), False) for m in found]


def _segments(span: str) -> list[tuple[int, str, bool]]:
    """(offset, text, closed by a leader) of the runs of titles between separators."""
    out, begin = [], 0
    seps = sorted([(m.start(), m.end(), bool(m.group("closed"))) for m in _SEPARATOR.finditer(span)]
                  + _page_separators(span))
    for start, end, closed in seps:
        if start < begin:
            continue  # inside a separator already taken (a leader with its page number)
        if span[begin:start].strip():
            out.append((begin, span[begin:start], bool(_LEADER_ANYWHERE.match(span, start))))
        if closed:
            out.append((start, _CLOSED_ENTRY, False))
        begin = end
    if span[begin:].strip():
        out.append((begin, span[begin:], False))
    return out


# The contents run on to the next page's line: '2 23. Vedtægter Midtjyllands EU-kontor …'
_PAGE_RUN_ON = re.compile(r"\n+\s*\d{1,3}\s+(?:" + _RUNNING_PAGE_HEAD.pattern + r")?"  # behind the page's running head
                          r"(?:(?i:punkt|pkt\.?)\s+(?=\d{1,3}[.)]?\s)|(?=\d{1,3}[.)]\s))"
                          r"(?P<num>\d{1,3})[.)]?\s+(?=[A-ZÆØÅ])")  # '3 15. Title', '3 Punkt 15 Title'


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


def _last_end(chain: list[_Cand], text: str, flattened: bool) -> int:
    """Where the last entry's title ends (_last_title_end), no further than the first entry's header printed
    again (_restart)."""
    end = _last_title_end(text, chain[-1].end, flattened)
    return _restart(chain, text, chain[-1].end, end) if len(chain) > 1 else end


def _restart(chain: list[_Cand], text: str, start: int, end: int) -> int:
    """Where the first entry's header is printed again inside the last entry's span ('… 164. Underskriftsark
    147. Godkendelse af dagsorden …': a flattened page runs on from the list into the first item's body), else
    end: the list's first number with the first words of its title, as the list printed them."""
    first = text[chain[0].end: chain[1].pos].split()[:2]
    if not first:
        return end
    again = re.compile(rf"(?<!\S){re.escape(chain[0].printed)}[.:)]?\s+" + r"\s+".join(map(re.escape, first)))
    m = again.search(text, start, end + MAX_TITLE)
    return m.start() if m and m.start() < end else end


def _strip_status_word(text: str, start: int, end: int) -> int:
    m = _OPEN_CLOSED_WORD.search(text, start, end)
    return m.start() if m and m.end() >= end - 1 else end


def _last_title_end(text: str, start: int, flattened: bool = False) -> int:
    """The last entry's title runs to the end of its line (or of a flattened list's sentence), and
    no further than where a body begins ('… 4. Notat om skoledistrikter. Indstilling Meddelelses…')."""
    while start < len(text) and text[start] in " \n":
        start += 1
    nl = text.find("\n", start)
    end = min(nl if nl >= 0 else len(text), start + MAX_SPAN)
    if flattened and end == start + MAX_SPAN:
        end = max(end, _run_on_end(text, start, nl if nl >= 0 else len(text)))
    body = BODY_CUE.search(text, start, end)
    return body.start() if body else end


def _run_on_end(text: str, start: int, line_end: int) -> int:
    """A transcript's page line of titles whose numbers were lost runs on past a title's length: the
    titles go on to the line's end, or, where prose (a sentence, a date, a label) begins first, to
    the last title start before it (the piece the prose begins in is no title)."""
    prose = _PROSE.search(text, start, line_end)
    if not prose:
        return line_end
    starts = [pos for score, pos, _ in _boundaries(text[start:prose.start()]) if score >= 1.0]
    return start + starts[-1] if starts else start


# what titles do not print and the text after a list does: a sentence's end ('… 45 min. til dialog.
# Der er …'), a date ('Udvalget 30-01-2018'), a label ('Fraværende:')
_PROSE = re.compile(r"(?:[a-zæøå]{3,}|\d)\.\s+[A-ZÆØÅ][a-zæøå]|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\w:\s")


def split_glued_headers(lines: list[Line], listed: list[ListEntry]) -> list[Line]:
    """Lines with a listed item's header glued to their end ('… 23. juni 201586. Godkendelse af
    dagsorden', '… - Lukket punkt133. Godkendelse …': extraction lost the line break after the
    list): cut before the header, which the list (`listed`, found in `lines`) vouches for by its
    number and title. Returns `lines` itself when nothing was cut."""
    entries = [e for e in listed if e.number and e.title and len(e.title.split()) >= 2]
    if not entries:
        return lines
    heads = [re.compile(r"(?:(?<=[^\s\d])|(?<=(?:19|20)\d\d))" + re.escape(e.number) + r"\.\s+"
                        + r"\s+".join(re.escape(w) for w in e.title.split()[:3]), re.IGNORECASE)
             for e in entries]  # a list in capitals and its headers in lower case, or the other way round
    out: list[Line] = []
    for ln in lines:
        cut = min((m.start() for h in heads if (m := h.search(ln.text)) and m.start() > 0), default=None)
        if cut is None:
            out.append(ln)
            continue
        out += [Line(ln.text[:cut].rstrip(), ln.offset, ln.raw), Line("", ln.offset + cut),
                Line(ln.text[cut:], ln.offset + cut, ln.text[cut:])]
    return out if len(out) != len(lines) else lines
