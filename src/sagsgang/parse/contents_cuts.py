"""A flattened contents line cut into its titles: first at what parts titles for sure (leaders with their pages,
group headings in capitals, closed markers: separated_runs), then each run where titles start (cut_run: the
headers below, numbers going on from the list's), up to the first piece that opens an item's body.

Why apart: cutting a line is the same work however the list was found (contents_first_entry, headless_contents,
returning_titles) and whatever line it goes on to (contents_next_line).
"""
from __future__ import annotations

import re

from .bulleted_contents import bullet_separators
from .contents_base import CLOSED_ENTRY, titles_only
from .dashes import SPACED_DASH
from .list_entry import MAX_STEP, MAX_TITLE, ListEntry
from .page_column import page_separators as _page_separators
from .title_split import GROUP_MARK, cut_pieces, split_points
from .title_tidy import BODY_CUE, BODY_CUE_WORDS, LEADER_ANYWHERE

_HEADER = re.compile(r"(?m)(?:^(?:\d{1,3}\s+)?|(?<!\S)(?i:punkt|pkt\.|sag|åben|åbent|lukket)\s+)\d{1,3}\.\s+"
                     r"(?P<words>[A-ZÆØÅ]\S*\s+\S+\s+\S+)")  # at a line's start or behind its label


def header_starts(text: str) -> frozenset[str]:
    """The first three words of the numbered item headers in `text` ('Punkt 2. Prioriteringskatalog
    energibesparende foranstaltninger …'): where a run of titles above holds them, a title starts."""
    return frozenset(" ".join(m.group("words").split()) for m in _HEADER.finditer(text))


def whole_header_titles(text: str) -> frozenset[str]:
    """The whole titles of the numbered item headers in `text` that have their body behind them, wherever on
    their line ('4 Lejre Kommune Side 2 2. ØU - Orientering Januar Sagsnr.: …'): where a run of titles above
    holds one, that title starts and ends there."""
    return frozenset(" ".join(m.group("title").split()) for m in _WHOLE_HEADER.finditer(text))


_WHOLE_HEADER = re.compile(r"(?<![\w.,])\d{1,3}[.:]\s+(?P<title>[A-ZÆØÅ][^\n]{2,200}?)(?=" + BODY_CUE.pattern + ")")


# an item's number inside a run of titles, before a title's capital ('… Godkendelse af dagsorden 285. Gensidig …'),
# not a date's day ('30. april') nor a number's own ('nr. 8. Budget')
_INNER_NUMBER = re.compile(r"(?<=[\w)] )(?<!nr\. )(?P<num>\d{1,3})[.)] +(?=[A-ZÆØÅ])")


# a group heading in capitals ('TIL KOMMUNALBESTYRELSENS AFGØRELSE', 'SAGER TIL EFTERRETNING')
_CAPS_HEADING = re.compile(r"\s*(?:[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+)+[A-ZÆØÅ][A-ZÆØÅ/\-]{2,}(?=\s|$)")


def heading_over_groups(span: str, pieces: list[tuple[int, str]]) -> bool:
    """The list's first piece is one word right before a group heading in capitals ('Oversigt TIL
    KOMMUNALBESTYRELSENS AFGØRELSE Title …'): the list's own heading, whatever its word, not an entry; a list
    that prints group headings opens with one, so no title stands before the first."""
    if len(pieces) < 2:
        return False
    off, piece = pieces[0]
    words = piece.replace(GROUP_MARK, " ").split()
    return len(words) == 1 and words[0][:1].isupper() and not words[0].isupper() \
        and _CAPS_HEADING.match(span, off + len(piece)) is not None


def cut_run(run: str, last: int | None, common: frozenset[str], known: frozenset[str],
             whole: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, text) of the titles of a run of a contents line, cut where titles start (split_points), surely
    at an item number that goes on from the list's last (`last`, _rising_numbers)."""
    return cut_pieces(run, split_points(run, None, common=common, known=known, whole=whole,
                                        pages=_rising_numbers(run, last), long=True))


def through_last_leader(segments: list[tuple[int, str, bool]], span: str) -> list[tuple[int, str, bool]]:
    """A leadered list's runs up to and with its last leader's, where every run before that one is closed by a
    leader too (or is a closed entry's marker) and what follows is neither a closed entry's marker nor a run of
    titles alone (titles_only): the text behind the last leader is the page's next text, the first item's body,
    however many runs its capitals' headings cut it into ('Title.....3 Eventuelt.....14 Punkt 1: Title 21-046857
    Beslutning Godkendt. SAGSFREMSTILLING Der er …').
    Why: a list that parts every title by a leader and page number parts its last title so too (a contents page
    prints the same row for each entry); the body's header that follows prints no leader, and its cut pieces read
    as more entries otherwise, the first body then taken for one more entry and left empty."""
    rows = [by_leader or seg == CLOSED_ENTRY for _, seg, by_leader in segments]  # (a closed marker is a row too)
    last = max((k for k, (_, _, by_leader) in enumerate(segments) if by_leader), default=None)
    if last is None or last == len(segments) - 1 or not all(rows[:last]) or any(rows[last + 1:]):
        return segments
    return segments if titles_only(span[segments[last + 1][0]:]) else segments[: last + 1]


def one_title(run: str) -> bool:
    """A run of a leadered list that its leader closes is one title, unless it is longer than a title runs: the
    leaders of the titles inside it were lost ('A...3 B...5 C D E F … G...31', an extraction that kept some),
    and it is cut as a run without leaders is."""
    return len(run) <= MAX_TITLE


def last_number(entries: list[ListEntry], num: str | None) -> int | None:
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
# title may open with another section's name ('Evaluering KaMiBe'). In capitals and with a colon alike ('RESUME: I …'),
# and glued to its text, the space lost ('ResumeI slutningen …', 'SAGSFREMSTILLINGEfter …', 'RESUMEI slutningen …':
# the case changes where the heading ends, as unglue.glued_headings reads it)
_GLUED_TEXT = r"(?<=[a-zæøåé])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅÉ])(?=[A-ZÆØÅ][a-zæøå]|I\s+[a-zæøå])"
_HEADING_RUN_IN = re.compile(rf"^(?i:{'|'.join(BODY_CUE_WORDS)})\s*:?(?:\s+(?=[A-ZÆØÅ])|{_GLUED_TEXT}|\s*$)")


def before_body(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces up to the first that opens an item's body: a contents list prints titles only, never a
    section heading ('Punkt Titel 286 Status på efterslæb … Resume I slutningen af …': a web page's item header
    under its column heads, flattened with its body, is one item, not a list of sentences)."""
    for k, (_, piece) in enumerate(pieces):
        if k and _HEADING_RUN_IN.match(piece):
            return pieces[:k]
    return pieces


# What separates titles for sure in a flattened contents list: a leader with its page number
# ('… Friluftsspil...5') and a group heading in capitals ('SAGER TIL EFTERRETNING').
# A closed entry printed as its marker alone ('LUKKET PUNKT:') is an entry of its own; with its colon before a
# title ('LUKKET PUNKT: Salg af …') the marker is that title's.
_SEPARATOR = re.compile(r"(?<!\S)(?P<closed>LUKKET (?:PUNKT|SAG))(?!\s*:\s*[A-ZÆØÅ][a-zæøå])\s*:?"
                        r"|\s*(?:\.{3,}|…{2,}|_{3,})\s*\d{1,3}\b"
                        r"|(?<!\S)(?:(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]+\s+)+"
                        r"(?!LUKKET (?:PUNKT|SAG))[A-ZÆØÅ][A-ZÆØÅ/\-]{2,}(?=\s|$)")


# a closed entry's marker beside another ('Lukkede punkter Lukket punkt Lukket punkt Lukket punkt Underskrifter': a list
# that does not print what its closed items are about): each is an entry alone, as its capitals' LUKKET PUNKT is. Why:
# a title carries its marker once; a marker right before or after another marker is another entry's
_MARKER_RUN = re.compile(rf"(?<!\S)Lukket (?:punkt|sag)(?=\s+Lukket (?:punkt|sag)(?!\S)(?!\s*[:{SPACED_DASH}]))"
                         rf"|(?:(?<=Lukket punkt )|(?<=Lukket sag ))Lukket (?:punkt|sag)(?!\S)(?!\s*[:{SPACED_DASH}])")


# a title's end right before a closed marker, parted from it by a dash ('Salg af areal - LUKKET SAG'). Why: a dash
# joins a note to what stands before it, as a title's other notes are joined ('- beslutning', '- orientering');
# a closed entry printed as its marker alone stands where a title would, with no dash to lean on
_MARKED_TITLE = re.compile(rf"\w\s+[{SPACED_DASH}]\s+$")


def separated_runs(span: str) -> list[tuple[int, str, bool]]:
    """(offset, text, closed by a leader) of the runs of titles between separators."""
    out, begin = [], 0
    seps = sorted([(m.start(), m.end(), bool(m.group("closed"))) for m in _SEPARATOR.finditer(span)]
                  + [(m.start(), m.end(), True) for m in _MARKER_RUN.finditer(span)] + _page_separators(span)
                  + bullet_separators(span))
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
            out.append((start, CLOSED_ENTRY, False))
        begin = end
    if span[begin:].strip():
        out.append((begin, span[begin:], False))
    return out
