"""The body that meets, named anywhere in a page's head line by the shape of its name.

A PDF transcript prints its first page as one line, and the body that meets may stand anywhere in it:
between the labels of a header row flattened out of its columns ('MØDESTED: MØDEDATO: … MØDET HÆVET: Skive
Byråd Deltagere: …'), after a version or the municipality ('Dagsorden 1.2.0 - Tønder Kommune –
Kommunalbestyrelsen Dagsorden'). Where no label and no title names it, the first name there that has the
shape of a Danish body's name (…udvalg(et), …råd(et), …bestyrelse(n), Udvalget for …) is the meeting's.
"""
from __future__ import annotations

import re

from .bodies import MUNICIPALITIES, is_printed_body
from .page_lines import CONTENTS_WORDS

# where the head of a page line ends: its contents, its first item, a case's text or a decision
_HEAD_END = re.compile(rf"(?:^|\s)(?:{CONTENTS_WORDS}|Sagsfremstilling|Beslutning|Indstilling|Resumé|Sagsnr\.?"
                       r"|Punkt\s+\d|Pkt\.\s+\d)\b|\s\d{1,3}\.\s+[A-ZÆØÅ]")
_PUNCT = ",.:;()\"'"
# the generic words of a body that name none alone ('Udvalg Funktioner …' is a site's menu): only with what
# the body is for after them ('Udvalget for Kultur og Fritid', 'Underudvalg for Økonomi')
_GENERIC = re.compile(r"(?i:(?:under)?udvalg(?:et)?|råd(?:et)?|bestyrelse(?:n)?|nævn(?:et)?|forum)")
# the words that join a coordinated name's parts ('Teknik- og Miljøudvalget', 'Social-, Sundheds- og Ældreudvalget')
_JOIN = frozenset({"og", "&", "samt"})
_ABBREV = re.compile(r"[A-ZÆØÅ§][A-ZÆØÅ0-9§]{0,5}")  # initials, or a room's code ('D116')


def _forward(words: list[str], j: int) -> str | None:
    """'Udvalget for Kultur og Fritid' from its first word: capitalised words and 'og' after 'for', up to a
    label (a word with a colon) or a word in capitals; the longest that names a body."""
    if j + 2 >= len(words) or words[j + 1] != "for":
        return None
    end = j + 2
    while end < len(words) and end - j <= 7 and ":" not in words[end] and not words[end].isupper() and (
            words[end][:1].isupper() or words[end] in _JOIN):
        end += 1
    for k in range(end, j + 2, -1):
        cand = " ".join(words[j:k]).rstrip(_PUNCT)
        if words[k - 1] not in _JOIN and is_printed_body(cand):
            return cand
    return None


def _backward(words: list[str], j: int) -> str:
    """The name that ends in words[j]: its coordinated parts before it ('Teknik- og Miljøudvalget'), and the
    municipality that a council's name may start with ('Skive Byråd')."""
    i = j
    while i >= 2 and words[i - 1] in _JOIN and words[i - 2].rstrip(",").endswith("-"):
        i -= 2
        while i >= 1 and words[i - 1].endswith("-,"):
            i -= 1  # 'Social-, Sundheds- og …'
    if i >= 1 and words[i - 1] in MUNICIPALITIES and is_printed_body(" ".join(words[i - 1: j + 1])):
        i -= 1
    return " ".join(words[i: j + 1]).rstrip(_PUNCT)


def body_in_head(text: str, limit: int = 400) -> str | None:
    """The first body's name in the head of a page line (up to its contents, first item or a case's text,
    at most `limit` characters), or None. A genitive ('Økonomiudvalgets') and initials ('ØU', which a
    word in capitals may look like) name no meeting here."""
    words = _HEAD_END.split(text[:limit], maxsplit=1)[0].split()
    for j, w in enumerate(words):
        t = w.rstrip(_PUNCT)
        if not t[:1].isupper() or t.endswith("s") or _ABBREV.fullmatch(t):
            continue
        if _GENERIC.fullmatch(t):
            found = _forward(words, j)
        elif is_printed_body(t) and t == w.rstrip(","):
            found = _backward(words, j)
        else:
            continue
        if found:
            return found
    return None
