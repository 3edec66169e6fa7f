"""The gold writer's reading of absence printed inside a decision's text (printed.py, vendor_prints.py).

The exports keep a decision as the council typed it, absence included: a labelled line at its end ('Godkendt.
Afbud: Anna Berg', 'Ikke tilstede: Bo Holm') or a sentence ('Afbud fra Anna Berg (A)', 'Bo Holm (V) var ikke til
stede.'). By the annotation rules a labelled line is no part of the text and its names are the decision's
absentees; a sentence stays in the text and its names are the decision's absentees too (parse-output.md: '… deltog
ikke i sagens behandling'; the shared gold's Aarhus decisions). Written here from the printed text by patterns of
the benchmark's own, never by the parser.
"""
from __future__ import annotations

import re

# a labelled absence line ending the decision, one or several ('Afbud: A Fraværende: B'; 'Ikke tilstede' also
# written as one word)
_LABELLED = re.compile(r"\s*\b(?:Afbud|Fraværende|Ikke til ?stede)\s*:\s*(?P<names>[^.:]*?)\.?\s*$")
# 'Afbud fra A (X)' anywhere in the text, up to the sentence's end
_FROM = re.compile(r"\bAfbud fra (?P<names>[^.]+?)\.?(?=\s*$|\.\s)")
# 'A (X) var ikke til stede.' / 'var fraværende' / 'deltog ikke i sagens behandling': the sentence's subject
_SUBJECT = re.compile(r"(?:^|(?<=[.!?] ))(?P<names>[^.]+?) (?:var ikke til ?stede|var fraværende"
                      r"|deltog ikke i (?:sagens|punktets) behandling)\b")
# a person as printed: capitalised words, a party letter in brackets at most ('Hans-Jørgen Kirstein (D)')
_NAME = re.compile(r"[A-ZÆØÅ][\w'-]+(?: [A-ZÆØÅ][\w'-]+)+(?: \([A-ZÆØÅ]{1,3}\))?")
# a role title before a name is no part of it (annotation-rules.md: 'Rådmand A og B deltog ikke …')
_ROLE = re.compile(r"^(?:Rådmand|Borgmester|Formand|Næstformand|Udvalgsformand)\s+")
_PARTY = re.compile(r"\s*\([A-ZÆØÅ]{1,3}\)$")


def _names(run: str) -> list[str]:
    """The names of 'A, B og C (X)' when every one is a name; none when the run is prose."""
    names = [_ROLE.sub("", n.strip()) for n in re.split(r",\s*|\s+og\s+", run.strip()) if n.strip()]
    return names if names and all(_NAME.fullmatch(n) for n in names) else []


def absence_apart(text: str, absent: list[str]) -> tuple[str, list[str]]:
    """The decision's text less its closing labelled absence lines, and `absent` with every name the text
    prints as absent (labelled or in a sentence) that it lacks (a name printed once with, once without its party
    letter is one person)."""
    found: list[str] = []
    while (m := _LABELLED.search(text)) and _names(m.group("names")):
        found = _names(m.group("names")) + found
        text = text[: m.start()]
    for pattern in (_FROM, _SUBJECT):
        for m in pattern.finditer(text):
            found += _names(m.group("names"))
    out = list(absent)
    for name in found:
        if _PARTY.sub("", name) not in {_PARTY.sub("", a) for a in out}:
            out.append(name)
    return text.strip(), out



# a whole sentence that says only who was away ('Afbud fra A (X)', 'B (Y) var ikke til stede.')
_ABSENCE_ONLY = re.compile(r"Afbud fra (?P<names>[^.]+?)\.?|(?P<subject>[^.]+?) (?:var ikke til ?stede|var fraværende"
                           r"|deltog ikke i (?:sagens|punktets) behandling)\.?")


def only_absence(text: str) -> bool:
    """Every sentence of the text says only who was away: a decision block with no outcome, which the annotation
    rules make no decision (its absentees recorded nowhere)."""
    sentences = [t for t in re.split(r"(?<=[.!?])\s+", text.strip()) if t]
    return bool(sentences) and all((m := _ABSENCE_ONLY.fullmatch(t)) and _names(m.group("names") or m.group("subject"))
                                   for t in sentences)
