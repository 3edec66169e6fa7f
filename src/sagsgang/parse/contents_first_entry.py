"""Where a contents list that prints no cue begins: behind leaders and page numbers (leader_list), on a line that
later headers vouch for (confirmed_first_entry, aligned_first_entry), or on a transcript's page line that prints
titles only (title_page, first_of_titles_line).

Why apart: each reads one piece of evidence that the line is the meeting's contents and answers with the list's
start alone (a match whose 'num' group is the first printed number); unnumbered_toc then cuts the list the same
way whichever finder found it.
"""
from __future__ import annotations

import re

from .contents_base import EMPTY_NUMBER, TEXT_END, titles_only
from .list_entry import MAX_TITLE_WORDS, holds_titles
from .title_tidy import BODY_CUE


def leader_list(text: str) -> re.Match[str] | None:
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
    end = next(TEXT_END.finditer(text, m.end() + labels[-1].end(), leader.start()), None)
    return EMPTY_NUMBER.match(text, end.end()) if end else None


# A flattened list with no cue: '2 1. Budgetprocedure Prioriteringskatalog …', or its first number lost too
_FIRST_ENTRY = re.compile(r"(?m)^(?:\d{1,3}\s+)?(?:(?P<num>1)[.)]?\s+)?(?=[A-ZÆØÅ])")


def _header_words(text: str, number: int) -> list[str]:
    """The first three words of each later header of item `number` ('Punkt 2. Prioriteringskatalog …')."""
    return [h.group(1) for h in re.finditer(rf"(?<![\w.]){number}\.\s+((?:\S+\s+){{2}}\S+)", text)]


def confirmed_first_entry(text: str) -> re.Match[str] | None:
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


def aligned_first_entry(text: str) -> re.Match[str] | None:
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


# A contents line that needs no cue: three titles or more, each behind its leader and page number
# ('Godkendelse af dagsorden...3 Budgetopfølgning...4 …'); a running header with its date may stand first.
_LEADER_PAGE = r"(?:\.{3,}|…{2,})\s*\d{1,3}\b"
_LEADER_LIST = re.compile(r"(?m)^(?:\d{1,3} )?(?:[^\n]*?\b(?:19|20)\d{2}\s+)?(?P<num>)(?=[A-ZÆØÅ][^\n]*?"
                          + _LEADER_PAGE + r"[^\n]*?" + _LEADER_PAGE + r"[^\n]*?" + _LEADER_PAGE + ")")


# a transcript's page line that only prints titles, maybe under a plain heading ('3 Dagsorden Godkendelse af …')
_TITLE_PAGE = re.compile(r"(?m)^\d{1,3} +(?:(?:Dagsorden|Punkter|Sager til behandling|(?:Åbne|ÅBNE) (?i:punkter|sager"
                         r"|dagsordenspunkter))\s*:?\s+)?(?P<num>)(?=[A-ZÆØÅ])")


def title_page(text: str) -> re.Match[str] | None:
    """The page line of a transcript that prints three or more titles and nothing else: a contents list
    that lost its numbers and its heading. Few of its pieces are names alone (no list of members), and
    no label or body cue and hardly a sentence's end stands among them (no item's text)."""
    for m in _TITLE_PAGE.finditer(text):
        nl = text.find("\n", m.end())
        if titles_only(text[m.end(): nl if nl >= 0 else len(text)]):
            return m
    return None


_NUMBER_THEN_TITLE_LINE = re.compile(r"(?m)^\d{1,3} [^\n]{0,100}?(?<![\w.,])(?P<num>\d{1,3})[.)]\s+(?=[A-ZÆØÅ])")


def first_of_titles_line(text: str) -> re.Match[str] | None:
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
        if first and titles_only(line, 2 * MAX_TITLE_WORDS):
            return m
    return None


def _reheaded(number: str, line: str, later: str) -> bool:
    """The first title of a run of titles printed again further on: its number and first word, or its first
    three words in any case. The head of its body, which vouches for the run as the meeting's contents."""
    words = line.split()[:3]
    if words and re.search(rf"(?<![\w.,]){number}\.?\s+{re.escape(words[0])}", later):
        return True
    return len(words) == 3 and re.search(r"\s+".join(map(re.escape, words)), later, re.IGNORECASE) is not None
