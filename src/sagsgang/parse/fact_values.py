"""One label's value into the meeting's fields (assign): body, date, time, place, members, absentees.

Why a module: a value often carries more than its label names ('Tid og sted: 16.00, Mødelokale 2', a place
before a list of names, a meeting number before the date), and a second label of a field may add to, repeat or
finish the first one's value. The label, column and run-in readers all end here."""
from __future__ import annotations

import re

from ..model import Meeting
from .attendance_lists import (
    adds_up,
    list_again,
    listed_columns,
    listed_names,
    members_then_absent,
    names_again,
    office_as_members,
)
from .bodies import is_meeting_body
from .body_person import body_before_names
from .committee_names import TITLE_LINE, longest_body
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, TIME, WEEKDAY, find_dates, parse_date, parse_time
from .fact_labels import LABEL_GOES_ON, PLACE_WORD
from .meeting_places import (
    DATE_TIME_LEAD,
    HELD_LEAD,
    LEADING_TIME,
    TIME_SPAN,
    before_when_or_item,
    place_after_time,
    place_past_joiner,
    place_then_body,
    tidy_place,
    time_and_place_after_date,
)
from .page_lines import CONTENTS_START
from .place_person import LISTED, before_person, split_place_names
from .presence_table import presence_rows


def _wraps(block: list[str]) -> bool:
    """'Byrådssalen, Tønder' / 'Rådhus': the second line finishes the first; not the body that meets, printed
    under its place ('Byrådssalen, Rådhuset, Ringkøbing' / 'Byrådet')."""
    return len(block) >= 2 and len(block[1].split()) <= 2 and not block[0].endswith((".", ":")) \
        and not DATE_ANY.search(block[1]) and not TIME.search(block[1]) and not is_meeting_body(block[1])


# (public: label_columns and labelled_facts read it too)
BARE_TIME = re.compile(r"(?<![\d.:,])(\d{1,2})[.:](\d{2})(?![\d.:,]|\s*(?:mio|kr))")


def _when_and_where(m: Meeting, field: str | None, value: str, got: set[str]) -> None:
    """What a date or time value says besides its own field: the place said after the time ('Mødedato: 12.
    april 2023 kl. 16:00 i Byrådssalen'; also after a label of no field, 'Side 1 Referat … kl. 13:00 i
    Mødecenter C, …', where a flattened page runs on, with that time), and the time beside a date the
    title gave already."""
    if "location" not in got:
        place = place_after_time(value)
        if place:
            m.location, _ = place, got.add("location")
            t = parse_time(value) if field is None and "when" not in got else None
            if t:
                m.start_time, _ = t, got.add("when")
    # (a time label's value that prints the date first reads so too: 'Møde: 14. marts 2024 kl. 16.00, Byrådssalen',
    # 'Tidspunkt: 14.03.2024, 16:00, Rådhuset': the date line's shape, whichever of its facts the label names)
    d = DATE_ANY.search(value) if field in ("date", "when") and "location" not in got else None
    if d and re.match(rf"[\s,.{SPACED_DASH}]*(?:(?i:kl)\.?\s*)?{TIME_SPAN}", value[d.end():]):
        # 'Dato: 14. marts 2024, kl. 16.00, Byrådssalen': a room or a building after the date and its time (under a
        # time label only the place is taken here: its own field, date and time, is read by assign after this)
        seen = set(got) if field == "when" else got
        time_and_place_after_date(m, value[d.end():], seen)
        got.update(seen & {"location"})
    t = _date_time(value) if field == "date" and "date" in got and "when" not in got else None
    if t:
        m.start_time, _ = t, got.add("when")


# a clock time printed right after a date, without the 'kl.' a time is found by or with its own colon: 'Dato: 14. marts
# 2024 16.30', '… 14.03.2024 16.00 - 18.00', '… 14. marts 2024 Kl.: 16.00', '… 14. marts 2024 klokken 16.00'
_TIME_AFTER_DATE = re.compile(rf"^[\s,|{SPACED_DASH}]*(?:(?i:kl\.?\s*:|klokken)\s*)?(\d{{1,2}})[.:](\d{{2}})"
                              rf"(?![\d.:]|\s*(?:mio|kr))")


def _date_time(value: str) -> str | None:
    """The start time a date's value prints: a clock time anywhere (parse_time), or one right after the date."""
    t = parse_time(value)
    d = DATE_ANY.search(value) if not t else None
    tm = _TIME_AFTER_DATE.match(value[d.end():]) if d else None
    if tm and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
        t = f"{int(tm.group(1)):02d}:{tm.group(2)}"
    return t


# the words a date or a time is printed with besides its weekday (WEEKDAY): 'den 12. marts 2024 kl. 16.00'
_WHEN_WORDS = re.compile(r"(?i:(?<!\w)(?:den|d\.|kl\.?)(?!\w))")


def _without_when(value: str) -> str:
    """'Tirsdag den 12. marts 2024 kl. 16.00 Mødelokale 1, Rådhuset' -> 'Mødelokale 1, Rådhuset': one value
    printed under a row of labels ('Dato: Tid: Sted:') without its date and time and the words they take."""
    for a, b, _iso in reversed(find_dates(value)):  # 'Marts 3, 2016' too, as an English site prints it
        value = f"{value[:a]} {value[b:]}"
    rest = WEEKDAY.sub(" ", TIME.sub(" ", DATE_ANY.sub(" ", value)))
    return " ".join(_WHEN_WORDS.sub(" ", rest).split()).strip(f" |,{SPACED_DASHES}")


def _dated_meeting_label(fields: list[str | None], value: str) -> list[str | None]:
    """'Møde: 12. marts 2024 kl. 17.00 i Byrådssalen': a 'Møde' label with a date gives the meeting's when
    and where, not its body."""
    if "committee_if_body" in fields and not is_meeting_body(value) and parse_date(value):
        return ["when" if f == "committee_if_body" else f for f in fields]
    return fields


def _after_meeting_number(fields: list[str | None], value: str, label_key: str) -> tuple[list[str | None], str]:
    """'Møde nr.: 3, 12.03.2026 kl. 16:00, Byrådssalen': the meeting's number (digits only) and then its date: the
    rest of the value is the meeting's date line (date, time, place), read as a date label's value is. The number
    label says nothing itself; a value with no date right after its number is left as it was."""
    if fields != [None] or not re.fullmatch(MEETING_NUMBER_LABEL, label_key):
        return fields, value
    rest = MEETING_NUMBER_VALUE.sub("", value)
    if rest != value and (DATE_ANY.match(rest) or DATE_TIME_LEAD.match(rest)):
        return ["date"], rest
    return fields, value


def _place_before_names(m: Meeting, fields: list[str | None], value: str, got: set[str]) -> str:
    """The place of one value printed under a row of labels that has a place and a list of names ('Mødested:
    Deltagere: Byrådssalen Anne Hansen (A), …') set, and the rest of the value returned: the names. A date and
    time the row's labels put before the place ('Mødedato: Mødetidspunkt: Mødested: Deltagere: 12. marts 2024
    16:00 Lokale 2, Rådhuset Anne …') are set too, not part of the place. Any other value is returned as it is."""
    if "location" not in fields or not {"participants", "absent"} & set(fields) or len(fields) < 2:
        return value
    place, rest = split_place_names(CONTENTS_START.split(value, maxsplit=1)[0])
    if place and "committee" in fields[: fields.index("location")]:
        place = _body_before_date(m, place, got)
    if place and {"date", "when"} & set(fields):
        for field in ("date", "when"):
            assign(m, [field], place, None, got)
        place = _without_when(place)
    if place and "committee" in fields[: fields.index("location")]:
        place = _body_before_place(m, place, got)
    if place and "location" not in got:
        m.location, _ = place, got.add("location")
    return rest


def _body_before_names(m: Meeting, fields: list[str | None], value: str, got: set[str]) -> str:
    """The body of one value printed under a row of labels that has the body's and a list's but no place's ('Udvalg:
    Deltagere: Byrådet Anne Holm (A), …') set, and the rest returned: the names (body_person.body_before_names)."""
    if "committee" not in fields or "location" in fields or not {"participants", "absent"} & set(fields):
        return value
    body, rest = body_before_names(value)
    if body and "committee" not in got:
        m.committee, _ = body, got.add("committee")
    return rest if body else value


def _body_before_date(m: Meeting, value: str, got: set[str]) -> str:
    """'Underudvalg for Økonomi 22. november 2006 14:30 Skive Rådhus' -> the value from its date on, the body set:
    where the row's labels put the body before the date, the body's name ends where the date begins, so a place's
    first word after the date ('Skive Rådhus') is never read into it. The value as it is where no body stands
    whole before a date."""
    d = DATE_ANY.search(value)
    head = value[: d.start()].strip(f" ,{SPACED_DASHES}|") if d else ""
    if not head or longest_body(head) != head:
        return value
    if "committee" not in got:
        m.committee, _ = head, got.add("committee")
    return value[d.start():]


def _body_before_place(m: Meeting, place: str, got: set[str]) -> str:
    """'Økonomiudvalget Byrådssalen, Rådhuset' -> 'Byrådssalen, Rådhuset', the body set: the one value of a row of
    labels whose body's label comes before the place's ('Udvalg: Dato: Sted: Deltagere: Økonomiudvalget 12. marts
    2024 Byrådssalen Anne …', a two-column table read column by column) prints the body first, then the place."""
    body = longest_body(place)
    while body and PLACE_WORD.search(body.split()[-1]) and len(body.split()) > 1:
        body = longest_body(" ".join(body.split()[:-1]))  # 'Udvalget for Kultur Dronningeværelset': the place's word
    if not body or not place.startswith(body) or not place[len(body):].strip(f" ,{SPACED_DASHES}|"):
        return place
    if "committee" not in got:
        m.committee, _ = body, got.add("committee")
    return place[len(body):].strip(f" ,{SPACED_DASHES}|")


def _body_when_place(m: Meeting, fields: list[str | None], value: str, got: set[str]) -> None:
    """The body and the place of one value printed under a row of labels that has both, with a date between
    them ('Udvalg: Dato: Tid: Sted: Miljø- og Byudvalg Tirsdag den 15. september 2020 Kl. 17:30 lokale 1'):
    the date and its time part the value as the labels' order does, whatever the body's or the place's words."""
    if not {"committee", "location"} <= set(fields) or fields.index("committee") > fields.index("location") \
            or {"committee", "location"} & got:
        return
    d = DATE_ANY.search(value)
    body = _without_when(value[: d.start()]) if d else ""
    place = tidy_place(_without_when(value[d.end():])) if d else ""
    if body and place:
        m.committee, m.location, _ = body, place, got.update(("committee", "location"))


def _cut_short(earlier: str | None, later: str) -> bool:
    """The place read first is the start of the one a later label prints ('Rådhuset, Torv' / 'Rådhuset, Torvet 5'):
    a transcript viewer's title repeats the page's head up to its length and so cuts the value it ends in; the page
    prints it whole, and a cut value is never longer than the whole."""
    return bool(earlier) and len(later) > len(earlier) and later.startswith(earlier)


# (public: label_columns and labelled_facts call it too)
def assign(m: Meeting, fields: list[str | None], value: str, block: list[str] | None, got: set[str],
           label_key: str = "") -> None:
    """Fill the meeting from one value printed for a run of labels (usually one label)."""
    value = value.strip(" |,;")
    fields = _dated_meeting_label(fields, value)
    fields, value = _after_meeting_number(fields, value, label_key)
    fields = office_as_members(fields, value, label_key)
    value = _place_before_names(m, fields, value, got)
    value = _body_before_names(m, fields, value, got)
    _body_when_place(m, fields, value, got)
    for field in fields:
        if field in ("date", "when", None):
            _when_and_where(m, field, value, got)
        if _read_already(m, field, value, got, label_key):
            list_again(m, fields, value, block)
            continue
        value = _assign_field(m, field, fields, value, block, got, label_key)


def _read_already(m: Meeting, field: str | None, value: str, got: set[str], label_key: str) -> bool:
    """A value with no field, or for a field an earlier label filled, is not the meeting's fact again (a page repeats
    its head, an item quotes it) - unless the field's lists add up across labels, or the place read first was the cut
    start of this one (_cut_short): it may still be a list the page prints again (list_again)."""
    return field is None or field in got and (not adds_up(m, field) or f"list:{label_key}" in got) \
        and not (field == "location" and _cut_short(m.location, value))


def _assign_field(m: Meeting, field: str, fields: list[str | None], value: str, block: list[str] | None,
                  got: set[str], label_key: str) -> str:
    """Fill one field from the value; returns the value the run's later labels read (a names list drops the
    label's run-on words from it for them, as the one value is read under each label in turn)."""
    if field == "date":
        _assign_date(m, value, got)
    elif field == "when_place":
        _assign_when_place(m, value, got)
    elif field == "when":
        _assign_when(m, value, got)
    elif field == "location" and (len(fields) == 1 or not {"participants", "absent"} & set(fields)):
        _assign_location(m, fields, value, block, got)
    elif field in ("participants", "absent"):
        value = LABEL_GOES_ON.sub("", value)
        _assign_names(m, field, fields, value, block, got, label_key)
    elif field == "committee" or field == "committee_if_body":
        _assign_committee(m, field, value, block, got)
    return value


def _assign_date(m: Meeting, value: str, got: set[str]) -> None:
    """The date label's value, and the time printed beside it where no label gave one (a head prints both)."""
    d = parse_date(value)
    if d:
        m.date, _ = d, got.add("date")
        t = _date_time(value)
        if t and "when" not in got:
            m.start_time, _ = t, got.add("when")


def _assign_when_place(m: Meeting, value: str, got: set[str]) -> None:
    """'Tid og sted: 12-03-2024 kl. 16.00, Rådhuset, mødelokale 1': the time is read as a 'when' value, the place
    is what the time leaves (before a date or after a bare time where no 'kl.' marks it)."""
    tp = TIME_THEN_PLACE.search(value)
    place = (tp.group("place") or "").strip(f" ,.{SPACED_DASHES}") if tp else ""
    place = place or _place_before_date(value) or _place_after_bare_time(value)
    assign(m, ["when"], value[: tp.start("place")] if tp and tp.group("place") else value, None, got)
    if place and "location" not in got:
        m.location, _ = place, got.add("location")


def _assign_when(m: Meeting, value: str, got: set[str]) -> None:
    """A 'when' label's value: the date where none was read, and the start time, with or without 'kl.'."""
    d, t = parse_date(value), parse_time(value) or parse_time("kl. " + value.strip())
    bare = BARE_TIME.search(value) if not t else None
    if bare and int(bare.group(1)) < 24 and int(bare.group(2)) < 60:
        t = f"{int(bare.group(1)):02d}:{bare.group(2)}"  # "Mødetidspunkt: … 17.00"
    if d and "date" not in got:
        m.date, _ = d, got.add("date")
    if t:
        m.start_time, _ = t, got.add("when")


def _assign_location(m: Meeting, fields: list[str | None], value: str, block: list[str] | None,
                     got: set[str]) -> None:
    """The place: the block's first line (two when it wraps) or the value, less what runs on after it."""
    loc = (" ".join(block[:2]) if block and _wraps(block) else block[0] if block else value)
    loc = raw = loc.strip(f" |,{SPACED_DASHES}")
    if len(fields) > 1:
        loc = _place_among_fields(fields, loc)
    loc = re.split(r"\s+(?:DAGSORDEN|REFERAT|BESLUTNINGSPROTOKOL)\b", loc)[0]
    loc = re.sub(rf"^{HELD_LEAD}", "", loc)  # 'Mødested' / 'Mødet afholdes i Byrådssalen.'

    if block is None:
        loc = _flattened_place(loc)
    loc = tidy_place(loc)
    if loc and not DATE_ANY.match(loc) and not loc.isdecimal() \
            and ("location" not in got or _cut_short(m.location, loc)):  # '1': the next page line's number
        m.location, _ = loc, got.add("location")
        _time_after_place(m, raw, loc, got)


def _place_among_fields(fields: list[str | None], loc: str) -> str:
    """One value under 'Mødetidspunkt Mødelokale': the place is what is not a time; under 'Udvalg: Mødedato:
    Mødested:' the body comes first, so its name is cut off the front."""
    loc = _without_when(loc)
    body = longest_body(loc) if "committee" in fields else None
    if body and loc.startswith(body):
        loc = loc[len(body):].strip(f" |,{SPACED_DASHES}")
    return loc


def _flattened_place(loc: str) -> str:
    """A flattened line runs on after the place into a sentence: 'Rådssalen Protokollen blev læst og mødet hævet',
    or into the body that meets ('Byrådssalen, Rådhuset, Ringkøbing Byrådet Deltagere …'); the place is what comes
    before it, as no line break marks where it ends."""
    loc = before_when_or_item(loc)  # (first: an item's title is a sentence's words too)
    # (names with party letters or bullets stay: the list after the place is read from it further on)
    loc = loc if LISTED.search(loc) else before_person(loc)
    loc = _before_sentence(loc)
    return place_then_body(loc)[0]


# a capitalised word and two words in lower case after it: a sentence run on after the place ('Rådssalen Protokollen
# blev læst'); its first word may be an abbreviation ('… Byrådssalen Evt. afbud til …') or the one-letter 'I' ('…
# Byrådssalen I mødet deltog …'), which a place's name never prints capitalised before small words
_SENTENCE_AFTER = re.compile(r"\s+(?=(?P<word>[A-ZÆØÅ][a-zæøå]+\.?|I)\s+[a-zæøå]+\s+[a-zæøå]+\b)(?<!,\s)")


def _before_sentence(loc: str) -> str:
    """The place up to a sentence run on after it (_SENTENCE_AFTER); where that sentence's first word is a place's own
    word ('Byrådssalen, Tønder Rådhus ved afbud …'), the word ends the place and the sentence starts after it. Why: a
    room's or a building's word is the last word of a place's name, never the first of the prose after it."""
    for sm in _SENTENCE_AFTER.finditer(loc):
        if PLACE_WORD.search(sm.group("word")):
            return loc[: sm.end("word")]
        return loc[: sm.start()]
    return loc


def _assign_names(m: Meeting, field: str, fields: list[str | None], value: str, block: list[str] | None,
                  got: set[str], label_key: str) -> None:
    """A members' or absentees' list: names a members' table marks absent are the absentees; one list printed under
    both labels is split once (under 'participants'); lists the page prints under several labels add up."""
    table = presence_rows(value) if block is None and field == "participants" else None
    names, marked = table or listed_names(field, value, block)
    if marked and not m.absent:
        m.absent = [n for n in names if n in marked]  # listed as members, marked absent there
    if field == "absent" and "participants" in fields:
        return  # one list under both labels: members_then_absent splits it
    if names or value.casefold().startswith("ingen"):
        _set_names(m, field, fields, value, names, block, got, label_key)
    elif field == "absent":
        got.add(field)  # the header's 'Fraværende:' is empty: an item's absentees later are not the meeting's


def _set_names(m: Meeting, field: str, fields: list[str | None], value: str, names: list[str],
               block: list[str] | None, got: set[str], label_key: str) -> None:
    """Store a list read under one label: split off the absentees where both labels share it, and add to what
    earlier labels listed where the page's lists add up ('Deltagere' and 'Indkaldelse')."""
    if field == "participants" and "absent" in fields:
        names = members_then_absent(m, names) if block is not None or m.absent \
            else listed_columns(m, fields, value) or members_then_absent(m, names)
    if adds_up(m, field):
        if field == "absent" and names_again(m.absent, names):
            return
        names = getattr(m, field) + names
    setattr(m, field, list(dict.fromkeys(names)))
    got.update((field, f"list:{label_key}"))


def _assign_committee(m: Meeting, field: str, value: str, block: list[str] | None, got: set[str]) -> None:
    """The body that meets: a block's first line or the value ('committee_if_body' only where it names a body)."""
    v = (block[0] if block else value).strip()
    if block is None and field == "committee" and not is_meeting_body(v):
        v = _run_on_body(v)
    # 'Udvalg' / 'Byrådet' / 'Økonomiudvalget' / …: a site's menu of bodies, not the meeting's
    menu = block is not None and sum(1 for b in block[:3] if is_meeting_body(b.strip())) >= 2
    if v and not menu and (field == "committee" or is_meeting_body(v)) and not TITLE_LINE.fullmatch(v):
        m.committee, _ = v, got.add("committee")


# the clock time printed right after a place ('Mødested: Byrådssalen kl. 16.00', '… Byrådssalen 16.00 - 18.00')
_TIME_RUN_ON = re.compile(r"^[\s,]*(?:(?i:kl\.?|klokken)\s*)?(\d{1,2})[.:](\d{2})(?!\d)")


def _time_after_place(m: Meeting, raw: str, place: str, got: set[str]) -> None:
    """The start time a place's value runs on into (before_when_or_item cut it off the place), where no label gave
    one: the time printed beside the place is the meeting's, as a head prints its time and place together."""
    at = raw.find(place)
    tm = _TIME_RUN_ON.match(raw[at + len(place):]) if at >= 0 and "when" not in got else None
    if tm and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
        m.start_time, _ = f"{int(tm.group(1)):02d}:{tm.group(2)}", got.add("when")


def _run_on_body(value: str) -> str:
    """'Byrådet 30-01-2018 kl. 13:00 …' -> 'Byrådet': a committee label's value on a flattened line runs on into the
    next facts; the body's name is its leading words, not where its name goes on in quotes or brackets
    ('Udvalget "Aktiv Hele Livet"')."""
    body = longest_body(value)
    if not body or not value.startswith(body) or value[len(body):].lstrip()[:1] in "\"“”«»(":
        return value
    return body


def _place_after_bare_time(value: str) -> str:
    """'Tid og sted: 16.00, Mødelokale 2, Rådhuset': the value starts with its clock time, printed without 'kl.' and
    with a full stop, as a bare time is (LEADING_TIME), and the place follows it after a comma, a dash or 'i'/'på'.
    Taken only where it names a room or a building (place_line): a bare number could be anything else."""
    lt = LEADING_TIME.match(value)
    return place_past_joiner(value[lt.end():]) or "" if lt and value[lt.end():].strip() else ""


def _place_before_date(value: str) -> str:
    """'Mødested og tid: Byrådssalen, 12.03.2026 kl. 16:00': the place a label that names it first prints before
    the date ('' when the value starts with its date or weekday, as 'Tid og sted' prints it)."""
    d = DATE_ANY.search(value)
    before = WEEKDAY.split(value[: d.start()])[0] if d else ""
    return re.sub(r"\s+(?:den|d\.)\s*$", "", before).strip(f" ,.{SPACED_DASHES}")


# (public: unlabelled_facts reads it too)
TIME_THEN_PLACE = re.compile(
    r"\b(?:kl\.?\s*(?:(?P<h>\d{1,2}[.:]\d{2})|(?P<hour>\d{1,2})(?![\d.:,]))?|(?P<h2>\d{1,2}:\d{2}))"
    r"(?:\s*-\s*\d{1,2}[.:]\d{2})?[\s.,-]*"
    r"(?:(?:(?:af)?holdes|afholdt)\s+)?(?:(?:i|på)\s+)?(?P<place>\S.*)?$", re.IGNORECASE)  # '… kl. 16 afholdes på …'

# 'Møde nr. 3, 12.03.2026 kl. 16:00, Byrådssalen': the meeting's number printed before its date, time and place on
# one line; the label and its number (nothing but digits) say nothing of when or where, so the line is read without
# (public: unlabelled_facts reads it too)
MEETING_NUMBER_VALUE = re.compile(rf"^\d{{1,3}}\s*[,.;:{SPACED_DASH}]?\s+(?=\S)")
# (public: unlabelled_facts reads it too)
MEETING_NUMBER_LABEL = r"møde\s*nr\.?|mødenr\.?|mødenummer"  # (as a label's key, folded: _after_meeting_number)
