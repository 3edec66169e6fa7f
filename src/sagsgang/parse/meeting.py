"""The meeting header of agendas and minutes: body, date, time, place, who attended, who did not.

This module runs the readers in their order and holds the entry points (parse_meeting, meeting_facts,
complete_meeting, absent_from_attendance_item): the labelled facts first (labelled_facts), then the title line and
what is left from the head's lines as they stand (unlabelled_facts), then the absentees the header's own sentences
name (here). Each reader has a module of its own: committee_names, attendance_lists, meeting_places, fact_values,
label_columns, labelled_facts, unlabelled_facts (each imports only from the ones before it)."""
from __future__ import annotations

import re

from ..model import Meeting
from .attendance_lists import is_attendance_item
from .fact_labels import label_spans
from .headings import is_heading
from .labelled_facts import label_facts
from .lines import Line
from .member_lists import members_after_found_place, offices_above_members, shaped_members
from .name_lists import LETTER_PARTY_END, PARTY_END, absence_after_unmarked_name
from .page_lines import unnumbered
from .people import absent_from_meeting, bare_name, split_names
from .place_person import before_marked_names
from .unlabelled_facts import fallbacks, title_facts


def absent_from_attendance_item(title: str | None, body: list[Line]) -> list[str]:
    """'1 Fraværende og bemærkninger til dagsordenen' / … / 'Fraværende' / 'Afbud fra Bente Helms': the
    meeting's own item on who is absent names the meeting's absentees, under a label or in a sentence
    ('Thomas Bay Jensen var fraværende.', 'X havde meldt forfald.')."""
    if not is_attendance_item(title):
        return []
    found = Meeting()
    label_facts(body, found)
    return found.absent or absent_from_meeting("\n".join(ln.text for ln in body))


def complete_meeting(m: Meeting | None, lines: list[Line]) -> Meeting | None:
    """Fill what the header left out from label lines further on (before any section heading). Only
    labelled facts count there: a date in a title is the item's, not the meeting's."""
    extra = Meeting()
    got = label_facts(lines, extra)
    if not got & {"date", "when", "location"}:
        return m
    if m is None:
        # (no header before the first item: its facts are read from the item's own lines on, where an absence label
        # is the item's decision's, 'Godkendt. Fraværende: X.', not the meeting's)
        extra.absent = []
        return extra if (extra.date or extra.committee) else None
    for field in ("committee", "date", "start_time", "location"):
        if getattr(m, field) is None:
            setattr(m, field, getattr(extra, field))
    m.participants = m.participants or extra.participants
    m.absent = m.absent or extra.absent
    return m


def parse_meeting(lines: list[Line]) -> Meeting | None:
    """Read the header lines (before the first item); None when they do not describe a meeting."""
    m = _read_meeting(lines)
    return m if (m.date or m.committee) else None


# a section heading run into a flattened line ('… Åben Beslutning Godkendt. X var fraværende.')
_RUN_IN_SECTION = re.compile(r"\b(?:Beslutning(?:er)?|Afgørelse|Indstilling|Sagsfremstilling|Resumé)\b")


def _members_only(head: list[tuple[str, str]], participants: list[str]) -> list[str]:
    """The people a header's sentences (its lines `head`) say were away ('X var fraværende') who are among
    the people the page lists, when it lists them (however each prints the party): a sentence may name
    staff or guests who were away too, and the meeting's absentees are its members. A sentence printed
    right below the members' list whose names print as every member does (each with a party, or none with
    one) names members who were not listed as there: its names count. Each sentence comes with the page's line
    above it (`head`: sentence, line above), labelled or not: the members' list is mostly a labelled line
    ('Deltagere: …')."""
    listed = {bare_name(p) for p in participants}
    parties = {bool(PARTY_END.search(p)) for p in participants}
    out: list[str] = []
    for t, above in head:
        below_list = any(bare_name(n) in listed for n in split_names(above, run_on=True))
        out += [n for n in absent_from_meeting(t) if n not in out and (
            not listed or bare_name(n) in listed or below_list and parties == {bool(PARTY_END.search(n))})]
    return out


# where a flattened list of names with parties ends and the text after it begins: a party, then a capitalised word
# with no list glue between them ('… Anne Berg (F) Anne Berg (F) havde meldt afbud.'); the party's letters after a
# comma or a spaced dash as well, as a list prints them that sets none in brackets ('… Eva Berg, C Anne Hansen, V
# havde meldt forfald.', '… Eva Berg - C Anne Hansen - V …')
_LIST_THEN_TEXT = re.compile(rf"(?:\)|{LETTER_PARTY_END.pattern})(?=\s+[A-ZÆØÅ])")


def _sentence_after_list(text: str) -> list[tuple[str, str]]:
    """The sentence of absence a flattened label line prints right after its list of names ('Deltagere: Jens Hansen
    (A), Anne Berg (F) Anne Berg (F) havde meldt afbud.'), as a header's own line would: from the last place where
    the list ends and such a sentence begins, with the text before it (what _members_only weighs as the line above
    the sentence, as a lined page prints the list there: not the whole line, whose sentence and what follows it
    make no names of the list); [] when there is none."""
    for m in reversed(list(_LIST_THEN_TEXT.finditer(text))):
        rest = text[m.end():].strip()
        if absent_from_meeting(rest):
            return [(rest, text[:m.end()])]
    at = absence_after_unmarked_name(text)  # a list whose names print no party ('…, Carl Dam Carl Dam var …')
    return [(text[at:], text[:at])] if at is not None else []


# 'Bemærkninger: Anne Hansen (V) deltog ikke i mødet.': a header's remarks label, whose value is a sentence of the
# header as any other (a label of no fact: fact_labels reads nothing from it)
_REMARK_LABEL = re.compile(r"(?i:bemærkning(?:er)?)")


def _remark_value(text: str, above: str) -> list[tuple[str, str]]:
    """The value a header's remarks label prints (_REMARK_LABEL), on its own line or inside a flattened one, up to
    the next label or a section run in after it, with what was printed before it: the line above (`above`) for a
    remark on a line of its own, the previous label's value (the members' list) inside a flattened line. Its names
    count as any header sentence's do (_members_only). [] where no such label is."""
    spans = label_spans(text)
    for k, (label, a, b) in enumerate(spans):
        if _REMARK_LABEL.fullmatch(label.strip(" :")):
            end = spans[k + 1][1] if k + 1 < len(spans) else len(text)
            before = text[spans[k - 1][2]: a] if k else above
            return [(_RUN_IN_SECTION.split(text[b:end], 1)[0].strip(), before)]
    return []


def meeting_facts(lines: list[Line]) -> tuple[Meeting, int]:
    """The meeting a page describes and how many of its facts came from labels (the evidence that the
    page is a meeting's, not a single case's)."""
    lines = unnumbered(lines)
    m = Meeting()
    got = label_facts(lines, m)
    if not m.participants:
        shaped_members(lines, m, got)
    else:
        offices_above_members(lines, m)
    title_facts(lines, m)
    fallbacks(lines, m)
    members_after_found_place(lines, m)
    if m.location:
        # names marked with a party's letters still run on after the place (a list without its label, too short for
        # the members' readers above, 'Mødested: Byrådssalen Anne Hansen (V), Bo Jensen (A)'): a place never prints
        # a party's letters, so it ends where the first such name begins
        m.location = before_marked_names(m.location)
    if not m.absent:
        # sentences of the header itself: before any section heading (a decision's absentees are its own)
        head: list[tuple[str, str]] = []
        above = ""
        for ln in filter(lambda ln: ln.text, lines):
            if is_heading(ln.text):
                break
            if not label_spans(ln.text):
                before, *run_in = _RUN_IN_SECTION.split(ln.text, 1)
                head.append((before, above))
                if run_in:
                    break  # a flattened page: the header ends where an item's section runs in
            else:
                head += _sentence_after_list(_RUN_IN_SECTION.split(ln.text, 1)[0])
                head += _remark_value(ln.text, above)
            above = ln.text
        m.absent = _members_only(head, m.participants)
    return m, len({f for f in got if ":" not in f} - {"committee"})


def _read_meeting(lines: list[Line]) -> Meeting:
    return meeting_facts(lines)[0]
