"""Absentees and participants: who was not there, from the phrases minutes actually use."""
from __future__ import annotations

import re

_TITLES = re.compile(
    r"^(?:Rådmand|Borgmester|Viceborgmester|Formand|Næstformand|Udvalgsformand|Byrådsmedlem|Medlem"
    r"|Kommunaldirektør|Direktør|Stabschef|Chef)\s+",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-ZÆØÅÉÜÖÄ][\w'’.-]*|van|von|der|de|la|le|af|du|den|el|al|bin)$")
# party markers after a name: "(V)", "(hjhehv) V", "(NUH) V", " V"
_PARTY = re.compile(r"\s*(?:\([\wÆØÅæøå]{1,10}\)\s*[A-ZÆØÅ]{1,2}|\([A-ZÆØÅ]{1,3}\)|(?<=\w)\s[A-ZÆØÅ])$")
# a remark in brackets, not a party marker: "(Orlov)", "(Borgmester)(V)", "(protokol)", "(Stedfortræder for X)"
_REMARK = re.compile(r"\s*\((?![A-ZÆØÅ]{1,3}\))[^()]{2,60}\)(?!\s*[A-ZÆØÅ]{1,2}(?![\wÆØÅæøå]))")
# where one name ends and the next begins in a list without commas: "… (hjhehv) V Klaus Hansen (hjkh) V …"
_PARTY_THEN_NAME = re.compile(
    r"(\([\wÆØÅæøå]{1,10}\)\s*[A-ZÆØÅ]{1,2}(?![\wÆØÅæøå(])|\([A-ZÆØÅ]{1,3}\))(?=\s+[A-ZÆØÅ][a-zæøåé])")
NONE_WORDS = {"ingen", "-", "ingen fraværende", "ingen afbud", "alle mødt", "alle til stede"}

# "<names> deltog ikke i sagens behandling", "<names> var forhindret i at deltage", "... var fraværende"
ABSENT_SENTENCE = re.compile(
    r"(?P<names>(?:[A-ZÆØÅ][\w'’.-]*(?:\s+\([A-ZÆØÅ]{1,3}\))?(?:,\s*|\s+og\s+|\s+))+?)"
    r"(?:deltog\s+ikke\s+i\s+(?:sagens|punktets|behandlingen|mødet|udvalgets)"
    r"|var\s+forhindret\s+i\s+at\s+deltage|var\s+fraværende|havde\s+meldt\s+afbud|meldte\s+afbud)"
)
ABSENT_LABEL = re.compile(r"^(?:Fraværende|Afbud(?:\s+fra)?|Afbud under hele mødet|Fravær)\s*:?\s*(?P<rest>.*)$",
                          re.IGNORECASE)


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
    text = _PARTY_THEN_NAME.sub(r"\1,", _REMARK.sub(" ", text))
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
