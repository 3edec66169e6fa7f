"""The members' list of a meeting's header whose labels named none, found by the list's own shape.

A publisher the label readers (meeting.py) do not know prints its members under a label of its own ('Politikere:',
'Byrådsmedlemmer:'), under none, one name a line, on one line held apart by party markers, or run on after the place
in a transcript's head. What they share is the shape of a list of names: several entries of a name each, their party
markers printed alike. Run only where the labelled readers found no participants.
"""
from __future__ import annotations

import re

from ..model import Meeting
from .bodies import is_meeting_body
from .fact_labels import START_LABEL, field_of, label_spans
from .lines import Line
from .name_lists import NAME_LINE, PARTY_AFTER, PARTY_END, PARTY_LETTERS, listed_names_in
from .people import (
    ABSENCE_LABEL_WORD,
    NAME_SEPARATOR,
    OFFICES,
    PARTY_ALONE,
    REMARK,
    bare_name,
    is_names_line,
    split_names,
)
from .place_person import name_start_after_place, names_by_shape, split_place_names

_WITH_PARTY = re.compile(r"\([A-ZÆØÅ]{1,3}\)$")


# a word for the meeting itself that opens a line ('Byrådsmøde', 'Udvalgsmøde', 'Møde'): no name's first word
_MEETING_WORD = re.compile(r"^[A-ZÆØÅ]?[a-zæøå]*(?<![A-ZÆØÅ])(?:møde|Møde)\s+(?=[A-ZÆØÅ])")


def _unlabelled_members(lines: list[Line], m: Meeting, got: set[str]) -> None:
    """'Byrådsmøde Johnny Søtrup (V), Jakob Lose(V), … Kim Madsen(D), Afbud: …': a run of five or more
    names with party letters in the header is the members' list, label or not."""
    for ln in lines[:15]:
        text = ln.text
        spans = label_spans(text)
        if spans and spans[0][1] == 0:
            continue
        head = text[: spans[0][1]] if spans else text
        head = _MEETING_WORD.sub("", head)  # 'Byrådsmøde Johnny Søtrup (V), …': the meeting, then its members
        head = _OWN_LABEL.sub("", head, count=1)  # 'Byrådsmedlemmer: Johnny Søtrup (V), …': a label of its own
        entries = [e.strip() for e in REMARK.sub(" ", head).split(",")]
        # (the entries before the first marked one are the cover's head run on before the list, its date, time and
        # place: 'Referat Udvalget 12. marts 2027, kl. 16:00, Rådhuset, Lokale 2 Anne Holm (V), …'; no list's share)
        first = next((k for k, e in enumerate(entries) if _WITH_PARTY.search(e)), 0)
        entries = entries[first:]
        marked = [e for e in entries if _WITH_PARTY.search(e)]
        if len(marked) >= 5 and len(marked) >= 0.8 * len([e for e in entries if e]):
            marked[0] = _after_head(marked[0])
            names = [n for e in marked for n in split_names(e, run_on=True)]
            if len(names) >= 5:
                m.participants = names
                got.add("participants")
                return


def _after_head(entry: str) -> str:
    """'Mødelokale 2 Anne Holm (V)' -> 'Anne Holm (V)': the list's first entry where the head's last fact (the place)
    was run on before it with no separator, cut where the place's words stop (split_place_names: a place's
    word, or a word no given name before a given name); an entry of name words only stays. Why: the first name of
    a list is a name as every other one is, and a cover with no labels prints its place straight before it."""
    place, rest = split_place_names(entry)
    return rest if place else entry


def _member_entry(text: str) -> str | None:
    """The one member a line prints and nothing else ('Anne Hansen (A)', '• Bo Jensen', 'Larsen, Erling (V)'),
    None for any other line (two names, a sentence, a body, a label with its value)."""
    if not NAME_LINE.match(text) or not is_names_line(text) or is_meeting_body(text) or label_spans(text):
        return None
    names = split_names(text, run_on=True)
    return names[0] if len(names) == 1 and len(bare_name(names[0]).split()) >= 2 else None


# a label of the page's own before its value ('Byrådsmedlemmer: …', 'Politiske deltagere:'), no absence's label
_OWN_LABEL = re.compile(rf"^(?!.*\b(?i:{ABSENCE_LABEL_WORD}))[A-ZÆØÅ][\w ./-]{{1,40}}:\s*")


def _listed_on_line(value: str) -> list[str]:
    """The entries of a one-line list that prints nothing but names ('Anne Hansen (A), Bo Jensen (V) og Carl
    Dam (C)'): every piece between its separators one name (or the party of the name before), else []."""
    if not is_names_line(value):
        return []
    pieces = [p for p in re.split(NAME_SEPARATOR, value.strip().rstrip(".")) if p.strip()]
    if any(len(split_names(p, run_on=True)) != 1 for p in pieces
           if not (PARTY_ALONE.fullmatch(p) or PARTY_LETTERS.fullmatch(p.strip()))):
        return []
    return split_names(value, run_on=True)


def _member_line(lines: list[Line], m: Meeting, got: set[str]) -> None:
    """A one-line members' list under a label the reader does not know ('Byrådsmedlemmer: A (V), B (A), C (F)',
    or the label alone on the line above): three or more entries, each one name-shaped and nothing else."""
    for k, ln in enumerate(lines[:60]):
        t = ln.text.strip(" |")
        spans = label_spans(t)
        own = _OWN_LABEL.match(t)
        if spans or not own:
            continue
        value = t[own.end():] or next((x.text.strip(" |") for x in lines[k + 1: k + 3] if x.text.strip()), "")
        names = _listed_on_line(value)
        if len(names) >= 3:
            m.participants = names
            got.add("participants")
            return
    _member_line_within(lines, m, got)


# a label of the page's own inside a flattened head line, after another fact's value ('… Mødested: Rådhuset
# Byrådsmedlemmer: Anne Hansen (A), …', 'Udvalgets sammensætning:'): a capitalised word, up to two more in lower
# case, and its colon
_OWN_LABEL_WITHIN = re.compile(rf"(?<=\s)(?!(?i:{ABSENCE_LABEL_WORD}))[A-ZÆØÅ][\w./-]{{2,40}}"
                               r"(?:\s+[a-zæøå][\w./-]*){0,2}:\s+(?=[A-ZÆØÅ])")


def _member_line_within(lines: list[Line], m: Meeting, got: set[str]) -> None:
    """A transcript's flattened head with its members' list under a label of its own ('… Mødested: Rådhuset
    Byrådsmedlemmer: Anne Hansen (A), Bo Jensen (V), … Fraværende: …'): the list up to the next known label, when
    it holds three or more entries and every one prints a party marker (names with parties are members)."""
    for ln in lines[:15]:
        t = ln.text
        for own in _OWN_LABEL_WITHIN.finditer(t):
            if label_spans(t[own.start():own.end()]):
                continue  # a label the reader knows: its reader had it
            after = t[own.end():]
            later = label_spans(after)
            value = after[: later[0][1]] if later else after
            names = listed_names_in(value, "participants")
            if len(names) >= 3 and all(PARTY_END.search(n) for n in names):
                m.participants = names
                got.add("participants")
                return


# where a place's text may end and an unlabelled list of names begin in a flattened head: at a space after a word
# or a number (a room's letter too: 'Udvalgsværelse B Anne …'), before a capital ('Dronningeværelset, det gamle rådhus
# Lisbet Rosendahl (A), …'); the first such place from which the rest reads as a list of marked names, whose first
# name is no longer than the others' (+1)
_PLACE_THEN_NAME = re.compile(r"(?<=[^\W_])\s+(?=[A-ZÆØÅ])")


def _members_after_place(m: Meeting, got: set[str]) -> None:
    """A transcript's members listed without a label right after the meeting's place, which the place's value ran
    on into: three or more entries, every one with a party marker (or, where none prints one, every one a name by
    its shape, names_by_shape), up to the value's end; the place ends there."""
    place = m.location or ""
    for cut in _PLACE_THEN_NAME.finditer(place):
        names = listed_names_in(place[cut.end():], "participants")
        if PARTY_END.search(place[: cut.start()]):
            return  # the list began before: its first name's start is not known
        if cut.start() > 0 and not PARTY_END.search(place) and (bare := names_by_shape(place[cut.end():])):
            # (no party letters anywhere: the rest a list of names by shape, each opening with a given name)
            m.participants, m.location = bare, place[: cut.start()].rstrip(" ,")
            got.add("participants")
            return
        if len(names) < 3 or not all(PARTY_END.search(n) for n in names) or cut.start() == 0:
            continue
        longest = max(len(bare_name(n).split()) for n in names[1:])
        first = bare_name(names[0]).split()
        if len(first) > longest and name_start_after_place(first, 0) > 0:
            continue  # 'Nordby Anne Holm (V)': the place's last word is no given name, a Danish one follows it
        if len(first) <= longest + 1:  # (no more of the place's words run into the first name)
            m.participants = names
            m.location = place[: cut.start()].rstrip(" ,")
            got.add("participants")
            return


def _member_runs(lines: list[Line], m: Meeting, got: set[str]) -> None:
    """A members' list under a label the reader does not know, or under none ('Udvalgets sammensætning:' /
    'Anne Hansen (A)' / 'Bo Jensen (V)' / …): a run of three or more lines in the header that each print one
    name-shaped entry, ending where the name shape stops. Not a run under a known label (that label's reader
    had it: an absentees' block); a run without party markers only under a label of its own (a line ending in
    a colon), since unmarked names alone may be staff or guests."""
    k = 0
    while k < min(len(lines), 60):
        entry = _member_entry(lines[k].text.strip(" |"))
        if entry is None:
            k += 1
            continue
        prev = next((ln.text.strip() for ln in reversed(lines[:k]) if ln.text.strip()), "")
        run: list[str] = []
        while k < len(lines) and (not lines[k].text.strip() or (e := _member_entry(lines[k].text.strip(" |")))):
            if lines[k].text.strip():
                run.append(e)
            k += 1
        spans = label_spans(prev)
        if len(run) < 3 or spans and not prev[spans[-1][2]:].strip(" :|"):
            continue  # a known label's block (its reader had it: an absentees' list)
        # (a party marker of any printed kind: '(V)', ', V', ' - V', ', Venstre': what bare_name takes off a name)
        marked = sum(bool(PARTY_END.search(n) or PARTY_AFTER.search(n)) or bare_name(n) != n for n in run)
        if marked == len(run) or prev.endswith(":") and not spans:
            m.participants = run
            got.add("participants")
            return


def shaped_members(lines: list[Line], m: Meeting, got: set[str]) -> None:
    """The members' list of a header whose labels named none, found by its shape: a long marked list opening a
    line, a run of lines of one name each, one line under a label of the page's own, or names after the place."""
    for read in (_unlabelled_members, _member_runs, _member_line):
        read(lines, m, got)
        if m.participants:
            return
    if m.location:
        _members_after_place(m, got)


# an office as a label of its own on its line, with one person after it: 'Formand: Anne Hansen (A)'
_OFFICE_LINE = re.compile(rf"^(?i:{OFFICES})\s*:\s*(?P<name>\S.*)$")


def offices_above_members(lines: list[Line], m: Meeting) -> None:
    """'Formand: Anne Hansen (A)' / 'Næstformand: Bo Jensen (V)' / 'Medlemmer: Carl Dam (C), …': the chair and
    vice-chair printed each under the office's label, right above the members' label, are members too (annotation
    rules: the role goes, the person is a participant); they go first, as printed. Why it holds: an office line
    with one party-marked person, in a run ending at the members' label, is the committee's office; an office
    line elsewhere (a staff head, a signature) is not next to that label and is left alone."""
    for k, ln in enumerate(lines[:60]):
        lm = START_LABEL.match(ln.text.strip(" |"))
        if not lm or field_of(lm.group("label")) != "participants":
            continue
        found: list[str] = []
        for above in reversed(lines[:k]):
            text = above.text.strip(" |")
            if not text:
                continue
            om = _OFFICE_LINE.match(text)
            names = split_names(om.group("name"), run_on=True) if om else []
            if len(names) != 1 or not PARTY_END.search(names[0]):
                break
            found.insert(0, names[0])
        known = {bare_name(n) for n in m.participants}
        found = [n for n in found if bare_name(n) not in known]
        if found:
            m.participants = [*found, *m.participants]
        return


def members_after_found_place(lines: list[Line], m: Meeting) -> None:
    """A cover with no labels that prints its members' list right after the place the title readers found ('Referat
    Udvalget 12. marts 2027 kl. 16:00 Rådhuset, Lokale 2 Anne Holm (V), Bo Kjær (A), Carl Dahl (F)'): three or more
    entries, every one with a party marker, starting right after the place on its line. Why: the shaped readers run
    before the title's place is known and want five marked entries where nothing marks where the list begins; the
    place read from the title marks it, as a label would. Only where no list was read."""
    place = m.location or ""
    if m.participants or len(place) < 3:
        return
    for ln in lines[:15]:
        at = ln.text.find(place)
        if at < 0:
            continue
        after = ln.text[at + len(place):]
        if not re.match(r"[\s,]+[A-ZÆØÅ]", after):
            continue
        if any(field_of(label) in ("participants", "absent") for label, _a, _b in label_spans(ln.text)):
            return  # (a list's label on the line: the labels say whose list it is, 'Fraværende:' after its values)
        spans = label_spans(after)
        value = after[: spans[0][1]] if spans else after
        names = listed_names_in(value, "participants")
        if len(names) >= 3 and all(PARTY_END.search(n) for n in names):
            m.participants = names
        elif bare := names_by_shape(value):
            m.participants = bare  # (no party letters: names by their shape, the whole rest of the line a list)
        return
