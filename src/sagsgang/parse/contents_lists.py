"""Contents lists that print no item numbers, read by their shape instead.

Some publishers print the agenda as a table of contents without numbers: titles behind a
'Indholdsfortegnelse' cue, one title per line with a page number, dot leaders, a page-number
column, or a title page whose titles run together. item_list falls back to these readers when no
run of rising numbers holds; they are kept apart because they read lines and cues, not numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .casenumbers import CASE_LABEL
from .dashes import SPACED_DASH
from .dates import DATE_ANY, NUMERIC_DMY, TIME
from .fact_labels import START_LABEL, prints_meeting_facts
from .header_patterns import LABELLED_NUMBER_ONLY, SAG_NR_START
from .headings import is_heading
from .list_entry import (
    LABEL_WORD,
    MAX_SPAN,
    MAX_STEP,
    MAX_TITLE,
    MAX_TITLE_WORDS,
    NUMBER_THEN_TITLE,
    ListEntry,
    fold_title,
    holds_titles,
    mark_groups,
    numbered_piece,
    page_prefixes,
    text_start,
)
from .page_chrome import running_head
from .page_column import page_separators as _page_separators
from .page_lines import CONTENTS_WORDS
from .status_column import STATUS_CELL_WORDS
from .title_marks import CLOSED_PREFIX, clean_title
from .title_split import FUNCTION_WORDS, GROUP_MARK, cut_pieces, lower_words, split_points, split_titles
from .title_tidy import BODY_CUE, BODY_CUE_WORDS, BODY_OPENS, LEADER_ANYWHERE, tidy, without_wrapped_page

# A table of contents whose numbers extraction lost: a cue, column heads, then titles in a row.
TOC_CUE = re.compile(  # (each heading with its colon where one is printed: 'Indholdsfortegnelse:' heads the same list)
    r"(?i:Indholdsfortegnelse:?|Til behandling forelå:?|Følgende sager (?:behandles|blev behandlet):?"
    r"|Sagsoversigt:?|Sagsliste:?|Oversigt over (?:sager|punkter|dagsordenspunkter):?|Punkter på dagsordenen:?"
    r"|Dagsordenspunkter:?|(?:Punkter|Sager) til behandling:?"
    r"|(?-i:INDHOLD|Indhold)(?=\s*:?\s+(?:\d{1,3}\.?\s+)?[A-ZÆØÅ])"  # a heading before a capital, not prose 'indhold'
    r"|Dagsorden(?= +(?:Side|Punkt nr\.|Pkt\.) )"  # the agenda's heading over its contents' column heads
    r"|Sag nr\.:?\s+Emne:?|Pkt\.\s+Tekst|Punkt\s+Titel|(?:Punkt|Sag) nr\. +Side(?= +1\. ))"  # or its column heads
    r"(?:[^\n]{0,80}?(?=\s(?:Sag nr\.|Punkt nr\.|Pkt\.)\s+Side\b))?"  # the meeting repeated above the columns
    r"(?:\s+(?:Side|Punkt nr\.|Pkt\.|Tekst|Sag nr\.:?|Emne|Åbne dagsordenspunkter|[A-ZÆØÅ/\-]{3,}))*"
    r"\s+(?:(?:\d{1,3}\s+(?=\d{1,3}[.)]\s))?"  # its first page, printed before the item's number ('Side 3 1. …')
    r"(?:(?i:åben|åbent|(?P<shut>lukket))\s+)?"  # the first entry's status before its number ('Lukket 1. …')
    r"(?:(?i:punkt|pkt\.?|sag)\s+)?(?P<num>\d{1,3})[.)]?\s+)?(?=[A-ZÆØÅ])")  # its first number, maybe labelled


def _leader_list(text: str) -> re.Match[str] | None:
    """The start of the first line that prints three titles behind leaders and page numbers, past a
    running header that ends in a year; the date's year must not be taken for a title."""
    m = _LEADER_LIST.search(text)
    if not m or re.match(r"\d", text[m.end():]):
        return None
    return _past_labels(text, m) or _numbered_first(text, m) or m


# the first entry's number behind a few words of heading and column heads ('Oversigt Side 284. Godkendelse …')
_HEADED_NUMBER = re.compile(r"(?:[A-ZÆØÅ][\w.]*\s+){1,3}(?P<num>\d{1,3})[.)]\s+(?=[A-ZÆØÅ])")


def _numbered_first(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """Where a leadered list begins when its first title, before the first leader, opens with a few capitalised
    words and then an item's number ('Oversigt Side 284. Godkendelse af dagsorden....3 …'): the words are the list's
    heading and column heads, whatever they say, and the list starts at its first number. None otherwise."""
    first = _HEADED_NUMBER.match(text, m.end())
    leader = re.compile(_LEADER_PAGE).search(text, m.end())
    return first if first and leader and first.end() < leader.start() else None


def _past_labels(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """Where the titles of a leadered list begin when its line prints labels before them (the meeting's header
    flattened onto the contents' page: '2 … Side: 2 Fraværende: Bo Holm, Anne Berg. Oversigt TIL
    KOMMUNALBESTYRELSENS AFGØRELSE Title...3 …'): after the sentence that ends the last label's value, before the
    first leader; whatever heading the list prints then goes with its titles. None where no label stands there."""
    leader = re.compile(_LEADER_PAGE).search(text, m.end())
    if leader is None:
        return None
    labels = list(re.finditer(r"\w[:] ", text[m.end(): leader.start()]))
    if not labels:
        return None
    end = next(_TEXT_END.finditer(text, m.end() + labels[-1].end(), leader.start()), None)
    return _EMPTY_NUMBER.match(text, end.end()) if end else None


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
        if len(line) < 150 or not holds_titles(line):
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
        if len(line) < 150 or nl < 0 or not holds_titles(line) or BODY_CUE.search(line):
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
BODY_LABEL = re.compile(r"\b(?:Afbud|Fraværende|Fravær|Sagsnr\.?|Sags nr\.?|Resumé|Indstilling|Beslutning)\s*:")


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
SENTENCE = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")


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


def _page_tails(text: str) -> list[tuple[re.Match[str], str]]:
    """(cut, tail) of the first page lines' tails after a sentence's or a label's end, 200 characters or more,
    with no label of an item's body: where a headless contents list may stand (_titles_tail, _paged_tail)."""
    tails = []
    for k, line in enumerate(_PAGE_LINE_START.finditer(text)):
        if k >= 3:
            break
        nl = text.find("\n", line.end())
        end = nl if nl >= 0 else len(text)
        tails += [(cut, text[cut.end():end]) for cut in _TEXT_END.finditer(text, line.end(), end)
                  if end - cut.end() >= 200]
    tails = [(cut, tail) for cut, tail in tails if not BODY_LABEL.search(tail)]
    return tails


def _paged_tail(text: str) -> re.Match[str] | None:
    """The start of a headless contents list that prints a page after each title (_paged_titles), tried before
    a title page (_title_page): the rising page column is surer evidence than a page line whose pieces split
    like titles, which the first body's page line may also be ('3 Kommunalbestyrelsen … Side: 3 TIL …')."""
    paged = [(cut, len(_page_separators(tail))) for cut, tail in _page_tails(text) if _paged_titles(tail)]
    if not paged:
        return None
    # the latest cut that keeps every page of the column: the list's first title, not a sentence or the names
    # of the absent before it ('Fraværende: … Petersen. TIL KOMMUNALBESTYRELSENS AFGØRELSE Fjernvarme … 3 …')
    most = max(n for _, n in paged)
    return _EMPTY_NUMBER.match(text, max(cut.end() for cut, n in paged if n == most))


# a proposing sentence up to where it introduces its points: 'Forvaltningen indstiller følgende:', 'Direktionen
# anbefaler, at', 'Det indstilles:' (item_list reads the same lead before a run of numbers)
PROPOSAL_LEAD = (r"\b(?:indstiller|indstilles|anbefaler|anbefales|foreslår|foreslås)\b[^.:\n]{0,60}?"
                 r"(?:\s+følgende\s*:|,?\s+at|:)")
# the lead, then the first point's mark: 'Forvaltningen indstiller følgende: a) …', 'Direktionen anbefaler, at 1) …'
_PROPOSAL_POINTS = re.compile(PROPOSAL_LEAD + r"\s+(?:\d{1,2}|[a-h])[.)]\s", re.IGNORECASE)


def _titles_tail(text: str) -> re.Match[str] | None:
    """The contents list printed with no heading and no number on the page line of the meeting's header
    ('2 Kommunalbestyrelsen … Fraværende: … tages af dagsordenen. Anmodning om … Antal … Budget …'): the
    longest tail of one of the first page lines, after a sentence's or a label's end, that prints four titles
    or more and nothing else (_titles_only; no label of an item's body, no section heading). Failing that, the
    longest such tail after the header's last sentence (none ends in it), where two titles left as one may run
    longer than a title alone; not after a label's end, which would take the label's value in."""
    # a tail holding a proposal's points is an item's body, its points no titles (body_lists.py's 'a) …' read flat)
    tails = [(cut, tail) for cut, tail in _page_tails(text) if not _PROPOSAL_POINTS.search(tail)]
    for cut, tail in tails:
        if _titles_only(tail) and _listed_titles(tail):
            return _EMPTY_NUMBER.match(text, cut.end())
    for cut, tail in tails:
        if cut.group()[0] == "." and not SENTENCE.search(tail) and _titles_only(tail, 2 * MAX_TITLE_WORDS) \
                and _listed_titles(tail):
            return _EMPTY_NUMBER.match(text, cut.end())
    return None


def _paged_titles(tail: str) -> bool:
    """A page line that prints titles each followed by its page number, and nothing else ('… dagsordenen.
    Evaluering af bogbilordningen 3 Otterup Produktionshøjskole - lån af geværfabrikken 5 …'): a column of three
    page numbers or more that never falls (_page_separators) parts it into runs, each a title or two, hardly
    a sentence and none a section's heading (_listed_titles' test, run by run). Why: the numbers glue each title to the
    next, so the runs split as one long title and _titles_only refuses the line; the rising page column is the
    list's own evidence."""
    seps = _page_separators(tail)
    if len(seps) < 3 or BODY_CUE.search(tail) or _meeting_head(tail):
        return False
    bounds = [0, *(x for start, end, _ in seps for x in (start, end)), len(tail)]
    runs = [tail[a:b].strip() for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    runs = [r for r in runs if r]
    # a title may print an abbreviation's full stop ('L.A.B. Fyn, afd. Elmehaven'): a few such, not a text's
    stops = sum(bool(SENTENCE.search(r)) for r in runs)
    return len(runs) >= 4 and stops <= len(runs) // 5 and all(
        len(r.split()) <= 2 * MAX_TITLE_WORDS and not (is_heading(r) and not r.isupper()) for r in runs)


def _listed_titles(tail: str) -> bool:
    """Four titles or more, none a section's heading ('Administrativ indstilling': the tail of an item's text; a
    group heading in capitals, 'TIL KOMMUNALBESTYRELSENS AFGØRELSE', is the list's own)."""
    titles = split_titles(tail)
    return len(titles) >= 4 and not any(is_heading(t) and not t.isupper() for t in titles)


_EMPTY_NUMBER = re.compile(r"(?P<num>)")  # a list's start that prints no number
# a piece of an unnumbered list that is a bare number and nothing else ('LUKKET PUNKT: 47 LUKKET PUNKT: 49'): the page a
# closed entry's marker printed, cut off the marker that is an entry of its own. Why it holds across publishers: a
# list that prints no item numbers prints a bare number only in its page column, and no title is a number alone
_PAGE_ALONE = re.compile(r"\d{1,3}")


def _meeting_head(line: str) -> bool:
    """A page line that prints the meeting's date and its time of day ('Torsdag den 20. juni 2013 Kl. 10:30
    Rådhuset …', '… 14. marts 2024 Mødet afholdes i Mødecenter, lokale C kl. 16.00 …') or labels two of its facts
    ('Mødested … Dato …'): the meeting's header flattened, whose pieces split like titles but are its facts. A title
    may print a date ('Budgetopfølgning pr. 31. marts 2013'), hardly a date and a clock time after it, or two of a
    meeting's labels."""
    d = DATE_ANY.search(line)
    return prints_meeting_facts(line) or bool(d and TIME.search(line, d.end()))


def _titles_only(line: str, longest: int = MAX_TITLE_WORDS) -> bool:
    """A page line that prints three or more titles and nothing else: few of its pieces are names alone (no
    list of members), none longer than `longest` words (two titles may stay one where no cut is sure), and no
    label or body cue and hardly a sentence's end stands among them (no item's text)."""
    if len(line) < 80 or BODY_CUE.search(line) or not holds_titles(line) or _meeting_head(line):
        return False
    titles = split_titles(line)
    # ('Lukket - Ejendomssag' is a closed item's title, not a name)
    names = [t for t in titles if len(t.split()) >= 2 and not re.search(r"\b[a-zæøå]{2,}\b|\d", t)
             and not CLOSED_PREFIX.match(t)]
    # a title may end in a full stop before the next ('Orientering fra borgmesteren. Budget …'): a few
    # such stops, but not the sentences of a text
    return len(titles) >= 3 and len(SENTENCE.findall(line)) <= len(titles) // 5 \
        and all(len(t.split()) <= longest for t in titles) and len(names) <= 0.3 * len(titles)


# where an unnumbered header's title may start on a flattened line: a word in capitals' first letter
_WORD_START = re.compile(r"(?<!\S)(?=[A-ZÆØÅ])")


def returning_heads(text: str) -> list[tuple[int, str]]:
    """(start, title) of each item header that prints no number on a flattened line: a title printed twice in a
    row before its body's first cue ('Budget for vejene Budget for vejene Sagsnr.: …'), or the longest run of
    words before that cue that the page printed before it (the list's entry: 'Budget for vejene Sagsgang …').
    Why: where nothing is numbered and the lines are lost, a title that comes back at a body's first cue is the
    one evidence that pairs a list's entry with its body, as a title alone on its line does on a lined page."""
    out: list[tuple[int, str]] = []
    last, route = 0, False  # (a header's title starts after the cue before it: the words between are that body's)
    for cue in BODY_OPENS.finditer(text):
        end = cue.start()
        begin = max(text.rfind("\n", 0, end) + 1, last)
        head = _doubled_before(text, max(end - 2 * MAX_TITLE, last), end) \
            or (None if route else _printed_before(text, begin, end))
        # (a title ends in a word, not a dash, a comma or a stop (a sentence repeated); 'Nr.148 -' before a case
        # number is a header's label; a header behind an item's number is read by it: '… Side 3 1. Title Sagsnr.')
        if head is not None and _title_like(head[1]) and not head[1].endswith(("-", "–", ",", ".")) \
                and not SENTENCE.search(head[1]) and not _NUMBER_BEHIND.search(text, max(0, head[0] - 12), head[0]):
            out.append(head)
        # (what follows the route's heading is its value, the committees: '… Sagsgang Byrådet Indstilling')
        last, route = cue.end(), "agsgang" in cue.group()
    return out


def _doubled_before(text: str, begin: int, end: int) -> tuple[int, str] | None:
    """(start, title) of the longest title printed twice in a row right before `end` ('X X'), maybe a page break
    between the two ('… X' / '2 X'), its second on the line `end` is on; or None."""
    for w in _WORD_START.finditer(text, max(begin, text.rfind("\n", 0, end) + 1), end):
        title = text[w.start():end]
        gap = _COPY_GAP.search(text, begin, w.start())
        first = gap.start() - len(title) if gap else -1
        if first >= begin and len(title) >= 8 and "\n" not in title and text[first: gap.start()] == title \
                and (first == 0 or text[first - 1].isspace()):
            return first, " ".join(title.split())
    return None


# an item's number right before a header's title ('1. ', 'Punkt 2 - ', '3: ')
_NUMBER_BEHIND = re.compile(r"(?<![\d,.\-/])\b\d{1,3}\s*[.:)\-–]?\s*\Z")


# between a title and its copy: a blank, or a page break and the next page's number ('… X' / '2 X')
_COPY_GAP = re.compile(r"(?:\s*\n\s*\d{1,3})?\s+\Z")


# what may stand before a header's title on its line: nothing, the page's number, or a text's end ('… Godkendt. '),
# not an item's number ('… Side 3 1. Title': a numbered header, read by its number)
_OPENS_HERE = re.compile(r"\s*(?:\d{1,3}\s+|.*[^\W\d][.!?]\s+)?", re.DOTALL)


def _printed_before(text: str, begin: int, end: int) -> tuple[int, str] | None:
    """(start, title) of the longest run of two words or more right before `end`, a title's length and no
    sentence, that opens where a header may (_OPENS_HERE) and that the page printed before (its list's entry), or
    None."""
    for w in _WORD_START.finditer(text, max(begin, end - MAX_TITLE), end):
        title = text[w.start():end]
        if _OPENS_HERE.fullmatch(text, begin, w.start()) and not _after_function_word(text[begin: w.start()]) \
                and len(title.split()) >= 2 and ":" not in title \
                and not SENTENCE.search(title) and text.find(title, 0, w.start()) >= 0:
            return w.start(), " ".join(title.split())
    return None


def _after_function_word(before: str) -> bool:
    """The words before a run end in a word that leads into more of a title ('… Anlægsregnskab vedr. ', '… Salg
    af '): its stop is an abbreviation's, not a sentence's end, and the run is the rest of that title, not a header
    of its own. Why: a title that names the same matter as the one before it ('Regnskab vedr. X, område 1' /
    'Regnskab vedr. X, område 2') repeats its tail, which is then printed before without being a list's entry."""
    words = before.split()
    return bool(words) and words[-1].casefold() in FUNCTION_WORDS


def _returned_first_entry(text: str, heads: list[tuple[int, str]]) -> re.Match[str] | None:
    """Where a flattened list of unnumbered titles begins: the first place, on the line before the first returning
    header (returning_heads), that prints that header's title, when two of the headers' titles or more stand between
    it and the header in the headers' order. Why: the list of titles above and the same titles heading the bodies
    below, in the same order, vouch for each other (returning_lines, read where no line is left). `heads` are the
    page's returning_heads, read once for this and for the list's cut."""
    if len(heads) < _RETURNS_NEEDED:
        return None
    first, title = heads[0]
    at = text.find(title, 0, first)
    if at < 0:
        return None
    nl = text.find("\n", at)
    stop = first if nl < 0 else min(first, nl)  # the list's line, up to the first header
    seen, pos = 0, at
    for _, t in heads:
        found = text.find(t, pos, stop)
        if found >= 0:
            seen, pos = seen + 1, found + len(t)
    return _EMPTY_NUMBER.match(text, at) if seen >= _RETURNS_NEEDED else None


def unnumbered_toc(text: str) -> list[ListEntry]:
    returning = returning_heads(text)  # (every path below reads them: the list's start or its cut)
    m = TOC_CUE.search(text) or _confirmed_first_entry(text) or _leader_list(text) or _first_of_titles_line(text) \
        or _paged_tail(text) or _title_page(text) or _aligned_first_entry(text) \
        or _returned_first_entry(text, returning) or _titles_tail(text)
    if not m:
        return []
    common = lower_words(text)
    nl = text.find("\n", m.end())
    known = _header_starts(text[nl:]) if nl >= 0 else frozenset()
    whole = _whole_header_titles(text[nl:]) if nl >= 0 else frozenset()
    heads = [h for h in returning if h[0] > m.end()]
    known |= {" ".join(t.split()[:3]) for _, t in heads}
    whole |= {t for _, t in heads}
    entries: list[ListEntry] = []
    in_closed_group = False
    begin, num, at = m.end(), m.group("num") or None, m.start()
    first_shut = bool(m.groupdict().get("shut"))  # 'Lukket 1. Salg af grund': the cue took the first's status
    # a status column before each entry where the first entry's cell stands before its number ('Åben 1. …')
    column = _StatusColumn(_FIRST_CELL.search(text, max(0, m.end() - 20), m.end()) is not None)
    while True:
        nl = text.find("\n", begin)
        # the list ends where the first header that prints no number begins ('… Title Title Sagsnr.: …')
        nl = next((h for h, _ in heads if begin < h < (nl if nl >= 0 else len(text))), nl)
        span, groups = mark_groups(text[begin: nl if nl >= 0 else len(text)], False)
        paged = bool(_page_separators(span))  # a page column: the last title's page number goes too
        segments = _segments(span)
        # where leaders part the titles one by one ('Title.....3 Title.....4', each run a title's length), a
        # run a leader closes is one title; where they close groups of titles only, the runs are cut as ever
        led = [seg for _, seg, by_leader in segments if by_leader]
        all_but_last_led = all(by_leader for _, _, by_leader in segments[:-1])
        leadered = (len(led) >= 3 or led and all_but_last_led) \
            and sorted(len(x) for x in led)[len(led) // 2] <= MAX_TITLE * 3 // 4
        if leadered and all_but_last_led and not segments[-1][2] and not _titles_only(segments[-1][1]):
            # what runs on after the last leader is the page's next text, no entry; unless it prints titles and
            # nothing else (three or more, no label, no body cue): the list goes on with its leaders lost
            segments = segments[:-1]
        elif leadered:
            segments = _through_last_leader(segments, span)
        last = _last_number(entries, num)
        pieces = [(at + off, piece) for at, seg, by_leader in segments
                  for off, piece in ([(0, seg)] if seg == _CLOSED_ENTRY or leadered and by_leader and _one_title(seg)
                                     else _cut_run(seg, last, common, known, whole))]
        pieces = _before_body(pieces)
        pieces, shut_at = column.read(pieces, entries)
        if not entries and (len(pieces) < 3 or len(BODY_LABEL.findall(span[:400])) >= 2):
            return []  # a cue word before an item's body ('Sagsoversigt 1. … Afbud: … Fraværende: …'), no list
        if not entries and _heading_over_groups(span, pieces):
            pieces = pieces[1:]
        for k, (off, piece) in enumerate(pieces):
            title, closed = ("Lukket punkt", True) if piece == _CLOSED_ENTRY else _piece_title(piece, paged)
            in_closed_group = next((shut for g, shut in reversed(groups) if g < text_start(piece, off)),
                                   in_closed_group)
            closed = closed or in_closed_group or first_shut and not entries or bool(shut_at.get(off))
            if title and not _PAGE_ALONE.fullmatch(title):
                title = title if len(title) <= MAX_TITLE else title[:MAX_TITLE].rsplit(" ", 1)[0]
                number, title = (num, title) if k == 0 and num else numbered_piece(title)
                entries.append(ListEntry(number, title, not closed,
                                         at if k == 0 else begin + off, begin + len(span)))
        more = _next_contents_line(text, nl, entries, span)
        if more is None:
            return column.closing(entries, begin + len(span))
        begin, num, at = more
        column.go_on(text, more)


# an entry's open/closed status as a contents list prints it, in its two cases (the readings below use it)
_STATUS = STATUS_CELL_WORDS

# a closed marker, then a bare number, then a title ('Lukket - 21 Ejendomssag')
_MARKER_PAGE = re.compile(rf"^(?:{_STATUS})(?:\s+(?i:punkt|sag))?\s*[{SPACED_DASH}:]?\s+"
                          r"(\d{1,3})\s+(?=[A-ZÆØÅ])")


def _piece_title(piece: str, paged: bool) -> tuple[str, bool]:
    """An unnumbered list's piece as (title, closed): without the page its closed marker printed, its group marks,
    its page column (tidy) and a page number wrapped inside it (without_wrapped_page), then cleaned (clean_title)."""
    return clean_title(without_wrapped_page(tidy(_without_marker_page(piece, paged).replace(GROUP_MARK, " "), paged)))


def _without_marker_page(piece: str, paged: bool) -> str:
    """A piece of a list with a page column that prints the page between an entry's status marker and its title
    ('… Gensidig orientering Lukket - 21 Ejendomssag Lukket - 23 …', the page column read before the titles): the
    number is blanked (offsets kept). Why: the list is cut before each entry's marker, so the page its open
    entries lose at the cut (the page before a title ends the piece before it) stays inside a closed entry's
    piece; a page column prints one number per entry, and a bare number in it is that column's, while an item's
    own number in such a list prints its mark ('1.')."""
    m = _MARKER_PAGE.match(piece) if paged else None
    return piece if m is None else piece[:m.start(1)] + " " * len(m.group(1)) + piece[m.end(1):]


# the status cell right before a page line's first number ('2 Åben 23. Vedtægter …')
_RUN_ON_CELL = re.compile(rf"(?<!\S)({_STATUS})\s+$")


# a piece of a contents run that is an open/closed status and nothing else ('Åben', 'Lukket -', 'Lukket - Lukket': a
# status column and the closed marker the title printed): no title of its own ('Lukket punkt' alone is a closed entry)
_STATUS_WORD = re.compile(rf"(?<!\S)(?:{_STATUS})(?!\S)")
_FIRST_CELL = re.compile(rf"(?<!\S)(?:{_STATUS})\s+(?:\d{{1,3}}[.)]?\s+)?$")
_TRAILING_CELL = re.compile(rf"(?<=[^\s{SPACED_DASH}:])\s+({_STATUS})\s*$")
_STATUS_CELL = re.compile(rf"(?:(?:{_STATUS})(?:\s*[{SPACED_DASH}:])?\s*)+")


def _a_status_column(pieces: list[tuple[int, str]]) -> bool:
    """Three status cells or more, one for every other title or more: a column that repeats per entry, not a
    closed entry printed as its marker alone ('… Eventuelt Lukket', an entry of its own)."""
    alone = sum(1 for _, piece in pieces if piece != _CLOSED_ENTRY and _STATUS_CELL.fullmatch(piece.strip()))
    cells = sum(len(_STATUS_WORD.findall(piece)) for _, piece in pieces if piece != _CLOSED_ENTRY)
    return alone > 0 and cells >= 3 and 2 * cells >= len(pieces) - alone


@dataclass
class _StatusColumn:
    """The open/closed column of a contents list, read line by line (_status_cells)."""

    leading: bool  # its cells stand before their titles
    found: bool = False  # the list prints one (_a_status_column, or `leading`)
    pending: bool | None = None  # a leading cell that ended a line: the next line's first entry's status

    def read(self, pieces: list[tuple[int, str]], entries: list[ListEntry]
             ) -> tuple[list[tuple[int, str]], dict[int, bool | None]]:
        """The line's pieces without their cells, and the status (closed or not, by offset) the cells give."""
        if not (self.found or self.leading or _a_status_column(pieces)):
            return pieces, {}
        self.found = True
        self.leading = self.leading or not entries and bool(pieces) \
            and _STATUS_CELL.fullmatch(pieces[0][1].strip()) is not None
        cells, back, self.pending = _status_cells(pieces, self.leading, self.pending)
        if back is not None and entries:  # a trailing cell that opens a line: the last line's last entry's
            entries[-1] = replace(entries[-1], public=entries[-1].public and not back)
        return [(off, piece) for off, piece, _ in cells], {off: shut for off, _, shut in cells}

    def go_on(self, text: str, more: tuple[int, str | None, int]) -> None:
        """The list goes on over a page line whose first entry prints its cell before its number ('… Åben
        Midtjysk Iværksætterhus' / '2 Åben 23. Vedtægter …', _PAGE_RUN_ON): in a leading column that cell is the
        status of the line's first entry, as the first entry's cell before its number is on the list's first
        line. Why: the page line repeats the row as the list's first line prints it, cell, number, title."""
        cell = _RUN_ON_CELL.search(text, max(0, more[2] - 10), more[2]) if more[1] else None
        if cell and self.leading:
            self.pending = "lukket" in cell.group(1).lower()

    def closing(self, entries: list[ListEntry], end: int) -> list[ListEntry]:
        """The list's entries; where its last cell heads no title ('… Åben Eventuelt Lukket'), that cell is a
        closed entry whose title the list does not print (as a closed item's often is not)."""
        if self.pending:
            entries.append(ListEntry(None, "Lukket", False, end, end))
        return entries


def _status_cells(pieces: list[tuple[int, str]], leading: bool, pending: bool | None
                  ) -> tuple[list[tuple[int, str, bool | None]], bool | None, bool | None]:
    """A contents list with a status column ('Åben Title Åben Title Lukket Title', or the column after each title)
    whose cells the cuts left as pieces of their own: each cell is the status of the title it stands before
    (`leading`, the list opened with a cell) or after, never a title. Why: a list prints a column once per entry,
    on the same side of every entry, so the side its first entry shows is the side of all. (off, piece, closed
    by its cell or None) of the titles; the status a cell opening the line gives the entry before the line
    (trailing), and the status a cell ending it leaves for the next line's first entry (leading)."""
    out: list[tuple[int, str, bool | None]] = []
    back: bool | None = None
    for off, piece in pieces:
        if piece != _CLOSED_ENTRY and _STATUS_CELL.fullmatch(piece.strip()):
            shut = "lukket" in piece.lower()
            if leading:
                pending = shut
            elif out:
                out[-1] = (out[-1][0], out[-1][1], shut)
            else:
                back = shut
            continue
        tail = _TRAILING_CELL.search(piece) if leading else None  # the next title's cell, cut off with this one
        out.append((off, piece[:tail.start()] + " " if tail else piece, pending if leading else None))
        pending = "lukket" in tail.group(1).lower() if tail else None
    return out, back, pending


# an item's number inside a run of titles, before a title's capital ('… Godkendelse af dagsorden 285. Gensidig …'),
# not a date's day ('30. april') nor a number's own ('nr. 8. Budget')
_INNER_NUMBER = re.compile(r"(?<=[\w)] )(?<!nr\. )(?P<num>\d{1,3})[.)] +(?=[A-ZÆØÅ])")


# a group heading in capitals ('TIL KOMMUNALBESTYRELSENS AFGØRELSE', 'SAGER TIL EFTERRETNING')
_CAPS_HEADING = re.compile(r"\s*(?:[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+)+[A-ZÆØÅ][A-ZÆØÅ/\-]{2,}(?=\s|$)")


def _heading_over_groups(span: str, pieces: list[tuple[int, str]]) -> bool:
    """The list's first piece is one word right before a group heading in capitals ('Oversigt TIL
    KOMMUNALBESTYRELSENS AFGØRELSE Title …'): the list's own heading, whatever its word, not an entry; a list
    that prints group headings opens with one, so no title stands before the first."""
    if len(pieces) < 2:
        return False
    off, piece = pieces[0]
    words = piece.replace(GROUP_MARK, " ").split()
    return len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() \
        and _CAPS_HEADING.match(span, off + len(piece)) is not None


def _cut_run(run: str, last: int | None, common: frozenset[str], known: frozenset[str],
             whole: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, text) of the titles of a run of a contents line, cut where titles start (split_points), surely
    at an item number that goes on from the list's last (`last`, _rising_numbers)."""
    return cut_pieces(run, split_points(run, None, common=common, known=known, whole=whole,
                                        pages=_rising_numbers(run, last), long=True))


def _through_last_leader(segments: list[tuple[int, str, bool]], span: str) -> list[tuple[int, str, bool]]:
    """A leadered list's runs up to and with its last leader's, where every run before that one is closed by a
    leader too (or is a closed entry's marker) and what follows is neither a closed entry's marker nor a run of
    titles alone (_titles_only): the text behind the last leader is the page's next text, the first item's body,
    however many runs its capitals' headings cut it into ('Title.....3 Eventuelt.....14 Punkt 1: Title 21-046857
    Beslutning Godkendt. SAGSFREMSTILLING Der er …').
    Why: a list that parts every title by a leader and page number parts its last title so too (a contents page
    prints the same row for each entry); the body's header that follows prints no leader, and its cut pieces read
    as more entries otherwise, the first body then taken for one more entry and left empty."""
    rows = [by_leader or seg == _CLOSED_ENTRY for _, seg, by_leader in segments]  # (a closed marker is a row too)
    last = max((k for k, (_, _, by_leader) in enumerate(segments) if by_leader), default=None)
    if last is None or last == len(segments) - 1 or not all(rows[:last]) or any(rows[last + 1:]):
        return segments
    return segments if _titles_only(span[segments[last + 1][0]:]) else segments[: last + 1]


def _one_title(run: str) -> bool:
    """A run of a leadered list that its leader closes is one title, unless it is longer than a title runs: the
    leaders of the titles inside it were lost ('A...3 B...5 C D E F … G...31', an extraction that kept some),
    and it is cut as a run without leaders is."""
    return len(run) <= MAX_TITLE


def _last_number(entries: list[ListEntry], num: str | None) -> int | None:
    """The last item number the list printed so far: its entries' or the one that opens this line (`num`)."""
    printed = [n for n in [*(e.number for e in entries), num] if n and n.isdecimal()]
    return int(printed[-1]) if printed else None


def _rising_numbers(span: str, last: int | None) -> list[tuple[int, int]] | None:
    """(offset, 0) of the item numbers inside a run of titles that go on from the list's last printed number
    (`last`, each at most MAX_STEP past the one before): where a contents list kept some entries' numbers and
    lost the others' ('284. Godkendelse af dagsorden 285. Gensidig orientering Strategiudvikling …'), a number
    that goes on from the one before is where its title starts, a surer cut than any word's (split_points) and
    the number the entry's own. None when there is none (or no number to go on from)."""
    if last is None:
        return None
    out = []
    for m in _INNER_NUMBER.finditer(span):
        n = int(m.group("num"))
        if 1 <= n - last <= MAX_STEP:
            out.append((m.start(), 0))
            last = n
    return out or None


# a piece that opens with a body's section heading run into its text ('Resume I slutningen af …', 'Sagsfremstilling
# Efter …'): the heading word alone, then a capital. Only the words that open an item's body (BODY_CUE_WORDS): a
# title may open with another section's name ('Evaluering KaMiBe'). In capitals and with a colon alike ('RESUME: I …')
_HEADING_RUN_IN = re.compile(rf"^(?i:{'|'.join(BODY_CUE_WORDS)})\s*:?(?:\s+(?=[A-ZÆØÅ])|\s*$)")


def _before_body(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces up to the first that opens an item's body: a contents list prints titles only, never a
    section heading ('Punkt Titel 286 Status på efterslæb … Resume I slutningen af …': a web page's item header
    under its column heads, flattened with its body, is one item, not a list of sentences)."""
    for k, (_, piece) in enumerate(pieces):
        if k and _HEADING_RUN_IN.match(piece):
            return pieces[:k]
    return pieces


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
                or not holds_titles(text[end: text.find("\n", end)]):
            return None
        return more
    more = _PAGE_LINE.match(text, nl)
    if more is None:
        return None
    end = text.find("\n", more.end())
    line = text[more.end(): end if end >= 0 else len(text)]
    above, below = _page_separators(span), _page_separators(line)
    if above and below:  # a page column: it goes on from the page the line above ended on
        paged = _separated_page(line, below[0]) >= _separated_page(span, above[-1]) and holds_titles(line) \
            and not BODY_CUE.search(line)
        return (more.end(), None, more.end()) if paged else None
    # no pages: a line of titles and nothing else, maybe behind the running header the page prints (below a
    # contents line, two titles left as one may run longer than a title alone); no item's numbered header on it
    head = _RUNNING_PAGE_HEAD.match(line)
    at = head.end() if head else 0
    listed = not above and not NUMBER_THEN_TITLE.search(line, at) and _titles_only(line[at:], 2 * MAX_TITLE_WORDS)
    return (more.end() + at, None, more.end()) if listed else None


def _run_on_behind_head(text: str, nl: int) -> tuple[int, str, int] | None:
    """(end, printed number, offset of the number) of the numbered entry the next page line goes on with
    (_PAGE_RUN_ON), read past the running head the page repeats (page_chrome) whatever its wording."""
    more = _PAGE_RUN_ON.match(text, nl)
    if more is not None:
        return more.end(), more.group("num"), more.start("num")
    skip_from, skip_to = running_head(text, nl, page_prefixes(text))
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
_RUNNING_PAGE_HEAD = re.compile(r"[^\n]{0,80}?\b" + NUMERIC_DMY + r"\s+Side\s+\d{1,3}\s+")


def _separated_page(span: str, separator: tuple[int, int, bool]) -> int:
    """The page number a page separator (_page_separators) prints."""
    return int(span[separator[0]:separator[1]].split()[-1])


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
_STATUS_BEFORE = rf"(?:(?P<status>(?i:{STATUS_CELL_WORDS}))\s+)?"
_LISTED_TITLE = re.compile(rf"^[•·▪●◦{SPACED_DASH}*]?\s*{_STATUS_BEFORE}(?P<title>[A-ZÆØÅ(\[][^:\n]{{2,200}})$")


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
        m = _listed_title(line.strip(), bool(spaced), rows[k + 1] if k + 1 < len(rows) else "")
        if not m or blanks and not spaced or spaced and not blanks:
            break  # no title, or the list's rhythm broken: the list has ended
        blanks = 0
        start = at + line.index(m.group("title"))
        title, closed = clean_title(m.group("title"))
        closed = closed or (m.group("status") or "").lower() == "lukket"
        entries.append(ListEntry(None, title, not closed, start, at + len(line)))
        at += len(line) + 1
    return entries if len(entries) >= 3 else []


def _listed_title(line: str, spaced: bool, after: str) -> re.Match[str] | None:
    """The line as an entry of a cued list of titles, or None where it is no title: a sentence (a full stop after
    more than eight words, unless the list goes on right under it: 'Principbeslutning om … forsyningsselskab.' /
    'Beslutning om …'), a section heading in a double-spaced list; a title's own colon only in a double-spaced
    list (_spaced_title)."""
    m = _LISTED_TITLE.match(line) or _CLOSED_ROW.match(line) or (_spaced_title(line) if spaced else None)
    if m is None or spaced and is_heading(m.group("title")) or _item_label(m.group("title")):
        return None  # ('Sag nr. 181' / '' / 'Overførsel af …': a numbered list's label, no title of an unnumbered one)
    sentence = m.group("title").endswith(".") and len(m.group("title").split()) > 8
    return None if sentence and not spaced and not _LISTED_TITLE.match(after.strip()) else m


# a closed row whose title keeps its marker's colon ('lukket Lukket punkt: salg af areal'): clean_title reads it off
_CLOSED_ROW = re.compile(rf"^[•·▪●◦{SPACED_DASH}*]?\s*{_STATUS_BEFORE}(?P<title>(?i:lukket(?:\s+(?:punkt|sag))?)\s*:\s*"
                         r"\S[^:\n]{2,200})$")


def _item_label(row: str) -> bool:
    """An item's label with its number alone on its row ('Punkt 4', 'Sag nr. 181'): a numbered list's, no title."""
    m = SAG_NR_START.match(row)
    return bool(LABELLED_NUMBER_ONLY.match(row) or m and m.end() == len(row.rstrip()))


_LISTED_TITLE_COLON = re.compile(rf"^[•·▪●◦{SPACED_DASH}*]?\s*{_STATUS_BEFORE}(?P<title>[A-ZÆØÅ(\[][^\n]{{2,200}})$")


def _spaced_title(line: str) -> re.Match[str] | None:
    """A title of a double-spaced list with a colon of its own ('Bolværksprojektet: Stillingtagen til …'), not a
    meeting's fact or a case's number under its label ('Mødested: …', 'Sagsnr.: …'): the rhythm vouches for it."""
    m = _LISTED_TITLE_COLON.match(line)
    return m if m and not START_LABEL.match(line) and not CASE_LABEL.match(line) else None


# blank lines a double-spaced list of titles sets between two entries, at most ('Indholdsfortegnelse' / '' / 'Budget
# 2025' / '' / '' / 'Lokalplan 12' …: a layout that gives each title a paragraph of its own)
_SPACED_BLANKS = 2


# A contents table read column by column: its numbers, then its titles, maybe its pages ('Indholdsfortegnelse
# Pkt. Tekst Side 1 2 3 Godkendelse af dagsorden Budget 2024 Eventuelt 3 4 6')
_COLUMN_CUE = re.compile(r"(?i:Indholdsfortegnelse|Indhold|Dagsordenspunkter|Punkter på dagsordenen)"
                         r"(?:\s+(?:Side|Punkt(?:\s+nr\.)?|Pkt\.|Tekst|Sag(?:\s+nr\.)?|Emne|Titel|Nr\.)\s*:?)*"
                         r"\s+(?P<nums>(?:\d{1,3}\.?\s+){2,}\d{1,3}\.?)\s+(?=[A-ZÆØÅ])")
_PAGE_COLUMN = re.compile(r"(?:\s+\d{1,3}){3,}\s*$")


def column_list(text: str) -> list[ListEntry]:
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
    pieces = cut_pieces(span, split_points(span, len(nums), common=lower_words(text)))
    if len(pieces) != len(nums):
        return []
    entries = []
    for n, (off, piece) in zip(nums, pieces, strict=True):
        title, closed = clean_title(tidy(piece, False))
        entries.append(ListEntry(str(n), title, not closed, m.end() + off, m.end() + off + len(piece)))
    return entries


# a run of item numbers going up by one before a title, inside a line ('… Åbne dagsordenspunkter 4 5 6 Frigivelse …')
_NUMBER_BLOCK = re.compile(r"(?<!\S)(?P<nums>\d{1,3}(?:[ ]+\d{1,3}){2,})[ ]+(?=[A-ZÆØÅ][a-zæøå])")


def interleaved_columns(text: str) -> str:
    """`text` with each block of a contents table that came out column by column inside a list ('2 Ledelses…
    4 5 6 Frigivelse af … Udpegning til … Ansøgning om … 3 5 7 Tønder …': its numbers, its titles, its pages) put
    back row by row ('4 Frigivelse af … 5 Udpegning til … 6 Ansøgning om …'), padded to its length so every offset
    after it stays. Only where the numbers go up by one, a run of as many rising pages follows within the line,
    and the titles between part into as many as there are numbers. The pages are left out: after the last row a
    page before the next title reads as that title's number."""
    out, last, common = [], 0, None
    for m in _NUMBER_BLOCK.finditer(text):
        if m.start() < last:
            continue
        common = lower_words(text) if common is None else common  # (once a text: it reads the whole text)
        row = _rows_of(text, m, common) or _titles_first(text, m, common)
        if row is not None:
            out += [text[last:row[0]], row[1]]
            last = row[2]
    return "".join(out) + text[last:] if out else text


def _rows_of(text: str, m: re.Match[str], common: frozenset[str]) -> tuple[int, str, int] | None:
    """Where the block at `m` starts, the block read row by row and padded, and where it ends; None where it is
    not one. The block's numbers are the run's last ones that go up by one ('… Økonomiudvalget 6 4 5 6 …': the
    6 before them is the entry before's page)."""
    words = list(re.finditer(r"\d+", m.group("nums")))
    first = len(words) - 1
    while first > 0 and int(words[first - 1].group()) + 1 == int(words[first].group()):
        first -= 1
    nums = [int(w.group()) for w in words[first:]]
    if len(nums) < 3:
        return None
    start = m.start() + words[first].start()
    nl = text.find("\n", m.end())
    line_end = nl if nl >= 0 else len(text)
    pages = re.compile(rf"(?<!\S)\d{{1,3}}(?:[ ]+\d{{1,3}}){{{len(nums) - 1}}}(?!\S)").search(text, m.end(), line_end)
    if pages is None:
        return None
    column = [int(p) for p in pages.group().split()]
    if any(b <= a for a, b in zip(column, column[1:], strict=False)):
        return None
    pieces = _column_titles(text[m.end():pages.start()], len(nums), common)
    if len(pieces) != len(nums) or not all(pieces):
        return None
    return start, _as_rows(nums, pieces, pages.end() - start), pages.end()  # (its pages: read, then left out)


def _column_titles(span: str, count: int, common: frozenset[str]) -> list[str]:
    """A block's titles column (`span`) parted at its likeliest title starts into `count` titles, or into as many
    as it will part into (the caller refuses a block whose count differs)."""
    return [p.strip() for _, p in cut_pieces(span, split_points(span, count, common=common))]


def _as_rows(nums: list[int], titles: list[str], width: int) -> str:
    """'4 Title 5 Title …': a block's numbers and titles row by row, padded to the block's `width` so every offset
    after it stays."""
    return " ".join(f"{n} {t}" for n, t in zip(nums, titles, strict=True)).ljust(width)


# where a table's titles column starts on its line: after the last number a capital follows (the entry before's
# page or number, '… Fritidscenter 11 Frigivelse …'), a column head or a group heading ('Pkt. Tekst Side',
# 'Åbne dagsordenspunkter')
_TITLES_START = re.compile(r"(?:(?<!\S)\d{1,3}|(?<!\S)(?:Pkt\.|Tekst|Side|Emne|Titel)"
                           r"|(?<!\S)(?i:åben|åbne|lukket|lukkede)\s+(?i:sager|punkter|dagsordenspunkter|dagsorden))"
                           r":?[ ]+(?=[A-ZÆØÅ])")


def _titles_first(text: str, m: re.Match[str], common: frozenset[str]) -> tuple[int, str, int] | None:
    """The block at `m` read row by row where its titles came out before its numbers ('… 11 Frigivelse af …
    Ekstraordinært tilskud … Ansøgning om … 6 7 8 Den kommunale …'): the titles between the last number before
    them on the line (or a column head, a group heading) and the numbers part into as many as there are numbers,
    all going up by one. (start, the rows padded to the block's length, end); None where they do not part so."""
    words = list(re.finditer(r"\d+", m.group("nums")))
    nums = [int(w.group()) for w in words]
    if len(nums) < 3 or any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    heads = list(_TITLES_START.finditer(text, line_start, m.start()))
    start = heads[-1].end() if heads else line_start
    pieces = _column_titles(text[start:m.start()], len(nums), common)
    if len(pieces) != len(nums) or not all(p[:1].isupper() for p in pieces):
        return None
    end = m.start("nums") + words[-1].end()
    return start, _as_rows(nums, pieces, end - start), end


# What separates titles for sure in a flattened contents list: a leader with its page number
# ('… Friluftsspil...5') and a group heading in capitals ('SAGER TIL EFTERRETNING').
# A closed entry printed as its marker alone ('LUKKET PUNKT:') is an entry of its own; with its colon before a
# title ('LUKKET PUNKT: Salg af …') the marker is that title's.
_SEPARATOR = re.compile(r"(?<!\S)(?P<closed>LUKKET (?:PUNKT|SAG))(?!\s*:\s*[A-ZÆØÅ][a-zæøå])\s*:?"
                        r"|\s*(?:\.{3,}|…{2,}|_{3,})\s*\d{1,3}\b"
                        r"|(?<!\S)(?:(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+)+"
                        r"(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]{2,}(?=\s|$)")


_CLOSED_ENTRY = "\x00closed"  # a segment that is a closed entry's marker alone
# a closed entry's marker beside another ('Lukkede punkter Lukket punkt Lukket punkt Lukket punkt Underskrifter': a list
# that does not print what its closed items are about): each is an entry alone, as its capitals' LUKKET PUNKT is. Why:
# a title carries its marker once; a marker right before or after another marker is another entry's
_MARKER_RUN = re.compile(rf"(?<!\S)Lukket (?:punkt|sag)(?=\s+Lukket (?:punkt|sag)(?!\S)(?!\s*[:{SPACED_DASH}]))"
                         rf"|(?:(?<=Lukket punkt )|(?<=Lukket sag ))Lukket (?:punkt|sag)(?!\S)(?!\s*[:{SPACED_DASH}])")


# a title's end right before a closed marker, parted from it by a dash ('Salg af areal - LUKKET SAG'). Why: a dash
# joins a note to what stands before it, as a title's other notes are joined ('- beslutning', '- orientering');
# a closed entry printed as its marker alone stands where a title would, with no dash to lean on
_MARKED_TITLE = re.compile(rf"\w\s+[{SPACED_DASH}]\s+$")


def _segments(span: str) -> list[tuple[int, str, bool]]:
    """(offset, text, closed by a leader) of the runs of titles between separators."""
    out, begin = [], 0
    seps = sorted([(m.start(), m.end(), bool(m.group("closed"))) for m in _SEPARATOR.finditer(span)]
                  + [(m.start(), m.end(), True) for m in _MARKER_RUN.finditer(span)] + _page_separators(span))
    for start, end, closed in seps:
        if start < begin:
            continue  # inside a separator already taken (a leader with its page number)
        if closed and _MARKED_TITLE.search(span, begin, start):
            # 'Salg af areal - LUKKET SAG': the marker behind its title's dash is that title's (_MARKED_TITLE);
            # kept in the run as a title's marker is printed there ('- Lukket sag'): no cut reads a title in it
            out.append((begin, span[begin:start] + span[start:end].capitalize(), False))
            begin = end
            continue
        if span[begin:start].strip():
            out.append((begin, span[begin:start], bool(LEADER_ANYWHERE.match(span, start))))
        if closed:
            out.append((start, _CLOSED_ENTRY, False))
        begin = end
    if span[begin:].strip():
        out.append((begin, span[begin:], False))
    return out


# The contents run on to the next page's line: '2 23. Vedtægter Midtjyllands EU-kontor …'
_PAGE_RUN_ON = re.compile(r"\n+\s*\d{1,3}\s+(?:" + _RUNNING_PAGE_HEAD.pattern + r")?"  # behind the page's running head
                          r"(?P<cell>(?i:åben|åbent|lukket)\s+)?"  # a leading status column's cell ('3 Åben 15. …')
                          r"(?:(?i:punkt|pkt\.?)\s+)?"
                          # '3 15. Title', '3 Punkt 15 Title', '3 15 Title' (bare: the number must go on from the
                          # list's, _next_contents_line)
                          r"(?P<num>\d{1,3})[.)]?\s+(?=[A-ZÆØÅ])")


# a list's bullet before an entry or a heading ('• Title', '- Title'): no part of the title
_BULLET = re.compile(r"^[•·▪●*\-–]\s+")
_RETURNS_NEEDED = 2  # titles of a run that must come back as headings: one alone may be a sentence quoted again


def _line_title(line: str) -> tuple[str, bool]:
    """A line read as a title: its bullet and open/closed marker off; (title, closed)."""
    return clean_title(_BULLET.sub("", line.strip()))


def _title_like(title: str) -> bool:
    """A line that may be a list's entry: a title's length, no section heading, no label of a body."""
    return 3 <= len(title) <= MAX_TITLE and not is_heading(title) and not BODY_LABEL.search(title) \
        and not title.endswith(":")


def returning_lines(text: str) -> list[ListEntry]:
    """A contents list that prints no numbers, vouched for by its headings: a run of three lines or more with no
    blank line between them, two of whose titles or more come back further down each as a line of its own, in the
    run's order (the headings of the items' bodies). Why: where a publisher numbers nothing, the list of titles
    above and the same titles heading the bodies below are the evidence that holds; the titles after the last one
    that comes back are items whose bodies the page does not reach. The list starts at its first returning title
    (what stands above it is the list's heading) and stops at the first line that is no title."""
    lines, at = [], 0
    for raw in text.split("\n"):
        lines.append((at, raw))
        at += len(raw) + 1
    alone: dict[str, list[int]] = {}
    for i, (_, raw) in enumerate(lines):
        if raw.strip():
            # (a heading below may print the item's number the list leaves out: '1  Budget for vejene')
            alone.setdefault(fold_title(numbered_piece(_line_title(raw)[0])[1]), []).append(i)
    i = 0
    while i < len(lines):
        if not lines[i][1].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j][1].strip():
            j += 1
        entries = _returning_run(lines, i, j, alone) if j - i >= 3 else []
        if entries:
            return entries
        i = j
    return []


def _returning_run(lines: list[tuple[int, str]], i: int, j: int, alone: dict[str, list[int]]) -> list[ListEntry]:
    """returning_lines' reading of the run of lines i..j-1: its entries, or none where it is no such list."""
    seen, back, first = -1, 0, None
    for k in range(i, j):
        title = _line_title(lines[k][1])[0]
        later = [x for x in alone.get(fold_title(title), []) if x >= j] if len(title) >= 8 else []
        if later and later[0] > seen:
            seen, back = later[0], back + 1
            first = k if first is None else first
    if back < _RETURNS_NEEDED or first is None:
        return []
    out = []
    for k in range(first, j):
        title, closed = _line_title(lines[k][1])
        if not _title_like(title):
            break
        at, raw = lines[k]
        out.append(ListEntry(None, title, not closed, at + len(raw) - len(raw.lstrip()), at + len(raw)))
    return out if len(out) >= 3 else []
