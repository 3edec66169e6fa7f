"""Absence labels run into a flattened item body ('… Fraværende: Anders Linde, Søren Laulund Godkendt.').

A page flattened onto one line prints the absence label, its names and the outcome after them on one line; these
patterns and cuts put the label with its names on a line of their own and the outcome on the next, as the lined
page prints them, so the item reader takes the absentees as it does on any page. They read an absence label and
the names after it (ending where an outcome, a party marker before a sentence or another label begins) and ask
none of the other flattened-body readers, so they stand alone.
"""
from __future__ import annotations

import re

from .dashes import SPACED_DASH
from .dates import DATE_ANY
from .headings import BILAG_WORDS, OUTCOME_WORDS
from .people import ABSENCE_LABEL_WORD, NOT_NAME_ABBREVIATION, SUBSTITUTE_SENTENCE

# "Fraværende: Anders Linde, Søren Laulund Godkendt.": the absence label, its names and the outcome
# after them, each on a line of its own. The names end where an outcome word begins (or 'Ingen'), or
# at a party marker before a sentence ('Kaj Hansen (V) Der blev stillet …': a name is two capitals)
# The names start and stay on the label's line, and end at its end: a heading cut onto a line of its own before
# (right after an empty label, 'Afbud: \nSagens formål') or after them ('Afbud: Torben Hoffmann \nResume') is no name
# (the label in capitals too, 'FRAVÆRENDE: X', as a page printing its headings in capitals prints it: a capital
# first, the rest in either case, so a sentence's word in lower case is never one); and the substitute's label that
# follows an absentee's ('… Fraværende: X (V) Stedfortræder: Y (V) Anbefales.'): its names end where the outcome
# starts just the same, so the outcome is a line of its own, not part of the substitute's
ABSENT_RUN = re.compile(rf"(?:(?<=\s)|^)(?P<label>(?=[A-ZÆØÅ])(?i:{ABSENCE_LABEL_WORD}|Stedfortræder|Suppleant))"
                         r"\s*:[ \t]*"
                         r"(?P<names>Ingen\b|[^:\n]*?)(?:\s*(?=" + OUTCOME_WORDS + r"\b|Dagsordenen\b|$)|[ \t]*(?=\n)"
                         r"|(?<=\))(?=\s+[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå])"
                         # or a name with a colon after the last party marker: a speaker's label, the decision's text
                         # ('… Poul Erik Knudsen (A) Melissa Meulengracht: Spørgsmål til punkt 3 …'), or one word
                         # with a colon: the next label ('… Anne Hansen (V) Stedfortræder: Finn Dahl (V)'), never a
                         # name, which is two words
                         r"|(?<=\))(?=\s+[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){0,3}\s*:)"
                         # or the bilag heading after the last party marker: the list below the names, run on
                         # ('… Anne Hansen (V) Bilag 1. Kort over grunden'); after a party's letters or a name
                         # with none as well where the heading is capitalised and its first bilag's number follows
                         # ('… Anne Hansen, V Bilag 1. Kort …', '… Anne Hansen Bilag 1. Kort …'): no name holds it
                         rf"|(?<=\))(?=\s+(?i:{BILAG_WORDS})\b)"
                         rf"|(?<=\w)(?=\s+(?=[A-ZÆØÅ])(?i:{BILAG_WORDS})\s*:?\s+\d{{1,2}}[.)]?\s))")
# an absence label without its colon, heading the 'Ingen' run in after it ('… 04-01-2021 1 Fraværende Ingen.
# Bemærkninger …'), or a sentence that states whose absence it is ('… 30-01-2018 1 Fraværende Afbud fra Bente Helms
# Bemærkninger …'), or the names alone up to a heading cut before ('… 06-11-2018 1 Fraværende Linda Kofoed Persson
# \nBemærkninger til dagsordenen', each name two capitalised words or more, parted by commas or 'og'), or ending the
# item's text (its names the last words of the flattened item, '… Godkendt. Fraværende Anne Hansen (V)'): on a line
# of its own, as the lined page prints it over its block
_PARTY_AFTER = r"(?:[ \t]*\([^()\n]{1,10}\))?"  # a name's party in brackets ('Anne Hansen (V)')
_NAME = rf"[A-ZÆØÅ][\w-]+(?:[ \t]+[A-ZÆØÅ][\w.-]*)+{_PARTY_AFTER}"
_AND = r"(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)"  # what parts two names in a list: a comma or 'og'
# the label without its colon (in capitals too, as a page printing its headings in capitals prints it: 'FRAVÆRENDE
# Ingen.')
_HEAD_LABEL = r"(Fraværende|Afbud|Fravær|Forfald|FRAVÆRENDE|AFBUD|FRAVÆR|FORFALD)"
ABSENCE_HEAD = re.compile(rf"(?<=\s){_HEAD_LABEL}"
                           r"(?=\s+(?:Ingen\b|Afbud\s+fra\s+[A-ZÆØÅ]"
                           rf"|(?!{OUTCOME_WORDS}\b){_NAME}(?:{_AND}{_NAME})*"
                           r"[ \t]*(?:\n|\Z)))")
# the same label without its colon over names the decision's outcome follows right after, as a lined page prints
# them: the label, a line of names, the outcome ('… Beslutning Fraværende Anne Hansen Anbefales.'): no name holds an
# outcome's word, so the names end before it (and a sentence's word in lower case before it is no name's)
# (a name of two or three words: the lines a transcript ran together leave no mark between two names without a
# party, 'Anne Hansen Bo Jensen', and a longer run is left unread rather than read as one name)
_SHORT_NAME = rf"[A-ZÆØÅ][\w-]+(?:[ \t]+[A-ZÆØÅ][\w.-]*){{1,2}}{_PARTY_AFTER}"
_ABSENCE_HEAD_THEN_OUTCOME = re.compile(
    rf"(?<=\s){_HEAD_LABEL}"
    rf"\s+(?P<names>(?!{OUTCOME_WORDS}\b){_SHORT_NAME}(?:{_AND}{_SHORT_NAME})*)"
    rf"[ \t]+(?={OUTCOME_WORDS}\b)")


def absence_head_lines(text: str) -> str:
    """Each absence label without its colon on a line of its own, over its names (ABSENCE_HEAD), and the names on a
    line of their own where the outcome follows them (_ABSENCE_HEAD_THEN_OUTCOME)."""
    text = _ABSENCE_HEAD_THEN_OUTCOME.sub(lambda m: f"\n{m.group(1)}\n{m.group('names')}\n", text)
    return ABSENCE_HEAD.sub(lambda m: f"\n{m.group(1)}\n", text)


# an absence label over a bulleted list of names, run into one line ('Fraværende • Hans Pedersen () • Lise Hansen ()');
# in capitals too ('FRAVÆRENDE • Hans Pedersen ()'), as a page printing its headings in capitals prints it (a capital
# first, the rest in either case, as ABSENT_RUN reads the label): before, the names ran on in the decision's text
_ABSENCE_BULLET = re.compile(rf"(?:(?<=\s)|^)(?P<label>(?=[A-ZÆØÅ])(?i:{ABSENCE_LABEL_WORD}))\s*:?\s*(?=[•·▪])")
_BULLETED = re.compile(r"[•·▪]\s*(?P<name>[^•·▪:\n]+?)\s*(?=[•·▪]|$|\n)")


def bulleted_absentees(text: str) -> str:
    """Each absence label over bullets as the label with its names parted by commas ('Fraværende: Hans Pedersen (),
    Lise Hansen ()'), which ABSENT_RUN reads as any labelled absence: the names end at the last bullet's name."""
    out, pos = [], 0
    for m in _ABSENCE_BULLET.finditer(text):
        if m.start() < pos:
            continue
        names, end = [], m.end()
        while (b := _BULLETED.match(text, end)) is not None:
            names.append(b.group("name"))
            end = b.end()
            while end < len(text) and text[end] == " ":
                end += 1
        out += [text[pos: m.start()], f"{m.group('label')}: {', '.join(names)} "]
        pos = end
    return "".join(out) + text[pos:]


# a sentence's end inside a flattened absence line: a full stop after a word (not an initial: 'Bo K. Holm', nor a
# given name's short form: 'Jens Chr. Holm', whose stop the lined page's label line keeps too)
_SENTENCE_END = re.compile(rf"(?<=[a-zæøå)]){NOT_NAME_ABBREVIATION}\.\s+(?=[A-ZÆØÅ])")


def absence_run(m: re.Match[str]) -> str:
    """The absence label and its names on a line of its own, and the decision's text after them on the next
    ('Fraværende: Villum Christensen havde meldt afbud - Mick Keller var indkaldt som suppleant og blev godkendt.
    Notat … udarbejdes. Dagsorden blev godkendt.'): where the names run on past a sentence's end, the label's
    value is that first sentence and the substitutes' sentences right after it, as the line a page prints the
    names on (annotation rules: 'Fraværende:' with its names on the next line, that line is its value)."""
    names, end = m.group("names"), len(m.group("names"))
    ends = [e.end() for e in _SENTENCE_END.finditer(names)]
    for k, at in enumerate(ends):
        nxt = ends[k + 1] if k + 1 < len(ends) else len(names)
        if not SUBSTITUTE_SENTENCE.match(names[at:nxt]):
            end = at
            break
    return f"\n{m.group('label')}: {names[:end].rstrip()}\n{names[end:]}\n"


# an absence label after a heading's date behind a dash, a comma or a bracket ('… den 12. marts 2024 - Fraværende:
# X Godkendt.', '… den 12.03.2024, afbud: X', '… den 12.03.2024 (Fraværende: X (V)) Godkendt.'): the separator is
# the heading's line's, neither a word of the decision's text nor of the names
# (or after the bare heading word: _absence_on_plain_heading)
_SEPARATED_ABSENCE = re.compile(rf"(?:(?<=\d)|(?<=\bBeslutning))(?P<sep>\s*[,:]\s*|\s+[{SPACED_DASH}]\s+|\s*\(\s*)"
                                rf"(?={ABSENCE_LABEL_WORD}\s*:)",
                                re.IGNORECASE)


def _absence_on_plain_heading(text: str, m: re.Match[str]) -> bool:
    """'… Beslutning (Fraværende: X) Godkendt.', '… Beslutning, Fraværende: X Godkendt.': the separator follows the
    bare heading word, not a date. A bracket, a comma or a spaced dash right after the word 'Beslutning' before an
    absence label sets off a remark on the heading in any publisher's minutes: a decision's text never opens with
    one before who was away."""
    return bool(m.group("sep").strip()) and not text[m.start() - 1].isdigit()


# the item's number at the earlier meeting closing a treatment's line ('Økonomiudvalget den 12.03.2024, pkt. 12:
# Fraværende: X Godkendt.'): the colon after it is the line's own (it tells the treatment's head from a sentence, as
# inline_treatments.DATED_BODY reads it), not a separator before the label. Why: dropped, the head was read as text
# and the decision under it lost
_TREATMENT_NUMBER_END = re.compile(r"(?i:pkt|punkt)\.?\s*\d{1,4}$")


def unseparated_absence(text: str) -> str:
    """`text` with each absence label right after a date parted from it by a space only and capitalised as a label
    opening its line is ('…, afbud: X' -> '… Afbud: X'), a bracket around the label and its names dropped with its
    closing bracket (the first that closes it: a party's brackets nest inside)."""
    out, pos = [], 0
    for m in _SEPARATED_ABSENCE.finditer(text):
        if m.start() < pos or not (DATE_ANY.search(text, max(0, m.start() - 30), m.start())
                                   or _absence_on_plain_heading(text, m)):
            continue
        if ":" in m.group("sep") and _TREATMENT_NUMBER_END.search(text, max(0, m.start() - 12), m.start()):
            continue
        out += [text[pos: m.start()], " ", text[m.end()].upper()]
        pos = m.end() + 1
        if "(" in m.group("sep"):
            depth, k = 1, pos
            while k < len(text) and depth and text[k] != "\n":
                depth += {"(": 1, ")": -1}.get(text[k], 0)
                k += 1
            if depth == 0:
                out.append(text[pos: k - 1])
                pos = k
    return "".join(out) + text[pos:]
