"""Item headers a flattened page's list reader took whole, their case text with them, cut back at the heading every
body opens with, known by its repetition.

A PDF transcript prints each page on one line; where the page has no contents list, the items' own headers are
the only numbered run on it ('… 1. Godkendelse af dagsorden Sagens forløb Dagsordenen forelægges … 2. Lokalplan
for … Sagens forløb Der er …'). Where the body opens on a heading the lexicon knows, the list reader ends each title
there; an unseen publisher's first heading it does not know, so the 'title' runs on into the case text up to the
next known heading. The page itself tells where the title ends: the same phrase stands inside two or more of those
long entries, each time before a capitalised word (the text it heads) and with a finished sentence after it (case
text, no title). Titles differ item by item; a phrase repeated after them in that shape is the publisher's heading,
as a label repeated on a lined page is (repeated_headings.repeated_headings), not the tail of two titles.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .headings import SENTENCE_STARTS, is_lexicon_heading
from .list_entry import MAX_TITLE_WORDS, ListEntry

_PHRASE_WORDS = 4  # the most words a case-text heading holds ('Økonomi og finansiering', 'Vurdering og anbefaling')
_FIRST_WORD = 4  # the fewest letters of a heading's first word: no article or pronoun ('Der', 'Han', 'Vi')
_WORD = re.compile(r"\S+")
# a finished sentence, the next one's start or the entry's end after it: the text runs on as prose, which no title
# does (a title's abbreviation 'm.v.' ends no sentence of _PROSE_WORDS words)
_SENTENCE_END = re.compile(r"[a-zæøå0-9)]\.(?:\s+[A-ZÆØÅ]|\s*$)")
_PROSE_WORDS = 6  # the fewest words from the heading to its sentence's end
_LOWER_SHARE = 0.6  # the least share of a sentence's words in lower case


def _capital(word: str) -> bool:
    """A word that opens a heading or a sentence: capitalised ('Baggrund'), or in capitals ('BAGGRUND')."""
    return word[:1].isupper() and (word[1:2].islower() or word.isupper() and len(word) > 1)


def _prose(text: str) -> bool:
    """`text` (up to a sentence's end) reads as a sentence: enough words, most in lower case ('… Kommunen har fået en
    henvendelse om …'), where titles run together capitalise many ('… Kommunes bemærkninger til idefasen Lokalplan
    503, Lindholt 2. etape …')."""
    words = text.split()
    return len(words) >= _PROSE_WORDS - 1 and sum(w[:1].islower() for w in words) >= _LOWER_SHARE * len(words)


def _phrases(title: str) -> dict[str, tuple[int, str]]:
    """The phrases of `title` that may be a run-in heading, by their first offset and the word after them: one to
    four words after the title's first and within a title's words of it, the first capitalised and long enough, the
    rest in its case (lower case after a capitalised word, capitals after one in capitals), a colon after the last or
    not, a capitalised word after them, and a finished sentence in the text from the phrase on."""
    words = list(_WORD.finditer(title))
    out: dict[str, tuple[int, str]] = {}
    for i in range(1, min(len(words) - 1, MAX_TITLE_WORDS + 1)):
        first = words[i].group()
        bare = first.rstrip(":")
        if not (_capital(bare) and bare.isalpha() and len(bare) >= _FIRST_WORD) or is_body_name(bare):
            continue  # (a body's name is printed in titles, 'Spørgetid i Byrådet', and heads no case text)
        end = _SENTENCE_END.search(title, words[i].start())
        if not (end is not None and _prose(title[words[i].end(): end.end()])) and len(words) - i <= MAX_TITLE_WORDS:
            continue  # (what follows reads as a title's words: no case text to part off)
        same_case = str.isupper if bare.isupper() else str.islower
        phrase = [first]
        for w in (m.group() for m in words[i + 1: i + 1 + _PHRASE_WORDS]):
            if _capital(w):  # (a heading in capitals may be read a word short: it cuts at the same place)
                out.setdefault(" ".join(phrase), (words[i].start(), w.strip(".,;:")))
            if phrase[-1].endswith(":") or not (w.rstrip(":").isalpha() and same_case(w.rstrip(":"))):
                break
            phrase.append(w)
    return out


def repeated_heads(texts: list[str]) -> frozenset[str]:
    """The phrases two or more of `texts` (item headers run on into their bodies) hold in a heading's shape
    (_phrases), after two different titles and before two different words at least: the texts a heading heads begin
    each their own way, where a word two titles share (a place name) is followed by the same heading both times."""
    after: dict[str, list[tuple[str, str]]] = {}  # phrase -> (the title before it, the word after it) each time
    rows: set[str] = set()  # phrases one text prints twice or more: a list's cell after each of its titles
    for text in texts:
        for p, (at, nxt) in _phrases(text).items():
            after.setdefault(p, []).append((" ".join(text[:at].split()), nxt))
            if len(re.findall(rf"(?<!\S){re.escape(p)}(?=[\s:])", text)) >= 2:
                rows.add(p)
    # (the titles before it differ too: one title printed twice, in a list and in its header, repeats its own words)
    # (a body opens on its heading once; a phrase repeated inside one item's text is a row's cell, 'Åbent punkt', of
    # a contents list whose numbers were lost)
    # (the words after it differ as words, not as forms of one: a name's next word inflected, 'Kildeby Kommune' /
    # 'Kildeby Kommunes', is the name going on, no text a heading heads)
    return frozenset(p for p, seen in after.items()
                     if p not in rows and len({b for b, _ in seen}) >= 2 and len({_stem(n) for _, n in seen}) >= 2)


def _stem(word: str) -> str:
    """`word` without a Danish noun's ending of definiteness or genitive ('Kommunens', 'Kommunen', 'Kommune' alike)."""
    return re.sub(r"(?:ens|ets|en|et|es|s|e)$", "", word.lower())


def head_at(text: str, heads: frozenset[str]) -> int | None:
    """Where the first of `heads` stands in `text` as _phrases reads it, or None."""
    cuts = [at for p, (at, _) in _phrases(text).items() if p in heads]
    return min(cuts) if cuts else None


def heading_at(text: str, known: frozenset[str], cues: re.Pattern[str]) -> int | None:
    """Where the first heading stands in `text` (an item's header run on into its body) as _phrases reads it: one of
    `known` (the heads the page's headers repeat, as head_at finds them), or one the lexicon knows, a finished sentence
    of prose after it and no body's cue (`cues`: a case-number label, a heading that opens bodies) inside that
    sentence. Why the lexicon's: a page of one item's body repeats no heading (repeated_heads), yet a heading known on
    lined pages ('Beslutningstema', 'Baggrund', 'Økonomiske konsekvenser') ends the title as surely there; the title's
    own last word ('Kvartalsrapport Økonomi Sagsnr.: …') is followed by a label, no prose of its own. Not the words
    that also open sentences ('Sagen', 'Behandling': headings.SENTENCE_STARTS). The phrases are read once for both."""
    for at, p in sorted((at, p) for p, (at, _) in _phrases(text).items()):
        if p in known:
            return at
        bare = p.rstrip(":")
        if bare in SENTENCE_STARTS or not is_lexicon_heading(bare):
            continue
        end = _SENTENCE_END.search(text, at + len(p))
        if end is not None and not cues.search(text, at + len(p), end.start() + 1):
            return at
    return None


def without_repeated_heads(entries: list[ListEntry]) -> list[ListEntry]:
    """The entries, each whose title holds a phrase that two or more of the entries hold in a heading's shape
    (repeated_heads) cut before its first such phrase: the item's header ran on into its body there. The last
    numbered entry is read with the unnumbered pieces the reader parted after it (a flattened list's end is cut into
    as many titles as its text holds): where the phrase stands in them, they are that item's body, no entries."""
    heads = repeated_heads([e.title for e in entries if e.title])
    if not heads:
        return entries
    for e in entries:
        at = head_at(e.title, heads) if e.title else None
        if at is not None:
            e.title = e.title[:at].rstrip(" ,;:-–")
    return _trailing_body_cut(entries, heads)


def _trailing_body_cut(entries: list[ListEntry], heads: frozenset[str]) -> list[ListEntry]:
    """The entries with the last numbered one's title cut before a repeated heading found in it or in the
    unnumbered pieces after it, those pieces dropped (without_repeated_heads)."""
    last = max((k for k, e in enumerate(entries) if e.number), default=None)
    if last is None or last + 1 == len(entries) or any(e.number for e in entries[last + 1:]):
        return entries
    e = entries[last]
    joined = " ".join(x.title for x in entries[last:] if x.title)
    cuts = [m.start() for p in heads for m in re.finditer(rf"(?<=\s){re.escape(p)}(?=\s+[A-ZÆØÅ])", joined)]
    if not cuts or min(cuts) < len(e.title or ""):
        return entries  # (in the numbered entry's own title: cut above, where it holds a finished sentence)
    e.title = joined[: min(cuts)].rstrip(" ,;:-–")
    return entries[: last + 1]
