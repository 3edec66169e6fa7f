"""Absentees and participants: who was not there, from the phrases minutes actually use."""
from __future__ import annotations

import re

_TITLES = re.compile(
    r"^(?:Rådmand|Borgmester|Viceborgmester|Formand|Næstformand|Udvalgsformand|Byrådsmedlem|Medlem"
    r"|Kommunaldirektør|Direktør|Stabschef|Chef)\s+",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅÉÜÖÄ][\w'’.-]*|van|von|der|de|la|le|af|du|den|el|al|bin)$")
_PARTY = re.compile(r"\s*\([A-ZÆØÅ]{1,3}\)$")
NONE_WORDS = {"ingen", "-", "ingen fraværende", "ingen afbud", "alle mødt", "alle til stede"}

# "<names> deltog ikke i sagens behandling", "<names> var forhindret i at deltage", "... var fraværende"
ABSENT_SENTENCE = re.compile(
    r"(?P<names>(?:[A-ZÆØÅ][\w'’.-]*(?:\s+\([A-ZÆØÅ]{1,3}\))?(?:,\s*|\s+og\s+|\s+))+?)"
    r"(?:deltog\s+ikke(?:\s+i\s+(?:sagens|punktets|behandlingen|mødet|udvalgets))?(?=[\s.,]|$)"
    r"|var\s+forhindret|var\s+fraværende|var\s+ikke\s+(?:til\s+stede|mødt)|havde\s+(?:meldt\s+)?(?:afbud|forfald)"
    r"|meldte\s+(?:afbud|forfald))"
)
ABSENT_LABEL = re.compile(r"^(?:Fraværende(?:\s+med\s+afbud)?|Afbud(?:\s+fra)?|Afbud under hele mødet|Fravær|Forfald"
                          r"|Ikke til stede)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)


def clean_name(raw: str) -> str | None:
    """'Rådmand Nicolaj Bang' -> 'Nicolaj Bang'; None when it does not look like a person's name."""
    name = re.sub(r"\s+", " ", raw).strip(" .,;:|")
    name = re.sub(r"^[•·▪●\-*]\s*", "", name)
    name = _TITLES.sub("", name)
    bare = _PARTY.sub("", name)
    words = bare.split()
    if not 2 <= len(words) <= 6:
        return None
    if not all(_NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return None
    if any(len(w) > 2 and w.isupper() for w in words):
        return None  # "ÅBNE SAGER", "BESLUTNING": headings in capitals, not people
    return name


def split_names(text: str) -> list[str]:
    """'A (V), B og C (A).' -> ['A (V)', 'B', 'C (A)'], dropping anything that is not a name."""
    text = text.strip().rstrip(".")
    if text.casefold() in NONE_WORDS:
        return []
    parts = re.split(r",\s*|\s+og\s+|\s*;\s*|\n", text)
    out = []
    for p in parts:
        name = clean_name(p)
        if name and name not in out:
            out.append(name)
    return out


def absent_in_sentences(text: str) -> list[str]:
    """Names in 'X deltog ikke i sagens behandling' style sentences."""
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        m = ABSENT_SENTENCE.search(sentence)
        if not m:
            continue
        for name in split_names(m.group("names")):
            if name not in out:
                out.append(name)
    return out
