"""The meeting header of agendas and minutes: body, date, time, place, who attended, who did not."""
from __future__ import annotations

import re
from itertools import islice

from ..model import Meeting
from .bodies import is_body_name, is_meeting_body
from .body_person import body_before_names
from .dashes import DASH_WORDS, SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, TIME, find_dates, parse_date, parse_time
from .document_kind import KIND_WORD, first_texts, kind_in
from .fact_labels import (
    FIELD_OF,
    LABEL_GOES_ON,
    LIST_COLUMN_HEADS,
    PLACE_WORD,
    START_LABEL,
    WEEKDAY,
    cased_alternation,
    field_of,
    label_spans,
    place_before_labels,
    place_under_unknown_label,
    starts_with_label,
)
from .head_body import body_in_head
from .headings import is_heading
from .lined_presence_table import read_attendance_table
from .lines import Line
from .member_lists import offices_above_members, shaped_members
from .name_lists import (
    ABSENT_FOR_PART,
    LIST_END,
    MARKER_WORD,
    NAME_LINE,
    PARTY_END,
    absence_after_unmarked_name,
    listed_names_in,
)
from .page_lines import CONTENTS_START, CONTENTS_WORDS, unnumbered, without_page_number
from .people import (
    ABSENCE_LABEL_WORD,
    ABSENCE_REASON_WORD,
    ABSENT_LEAD,
    LIST_BULLET,
    MEETING_ABSENT_SENTENCE,
    NAME_CAPITAL,
    OFFICES,
    absent_from_meeting,
    bare_name,
    names_without_separators,
    split_names,
)
from .place_person import before_person, name_start_after_place
from .presence_table import presence_rows, without_cells_as_labels

# "REFERAT Direktionen d. 18-03-2024", "Dagsorden Aarhus Byråd den 8. oktober 2025", "Referat 1. oktober 2025"
TITLE_LINE = re.compile(
    r"^(?P<kind>Referat|Dagsorden|Beslutningsprotokol|Protokol|Tillægsdagsorden)\b\s*(?:for|fra|til)?\s*(?:mødet\s+i\s+)?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?P<label>Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Starttidspunkt|Mødestart|Mødested|Sted|Mødelokale|"
    r"Lokale|Mødedeltagere|Deltagere|Medlemmer|Til stede|Tilstede|Fraværende|Afbud fra|Afbud|Udvalg|"
    r"Møde(?:forum)?)\b\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# "Referat til mødet i Kommunalbestyrelsen", "Kommunalbestyrelsen - Referat"
_COMMITTEE_NOISE = re.compile(
    r"^(?:(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\b\.?\s*(?:til|fra|for)?\s*)?(?:(?:til\s+)?mødet\s+i\s+)?"
    rf"|\s*[{SPACED_DASH}.]\s*(?:Åbent?\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\.?$",
    re.IGNORECASE,
)

def _wrapped_list(lines: list[Line], i: int, first: str) -> str:
    """A name list printed after its label and wrapped onto following lines (PDF):
    'Mødedeltagere A (V), B (A),' / 'C (Ø), D (F)'. Continuation lines are name lists too."""
    value = first
    one_each = _ONE_NAME.fullmatch(first.strip()) is not None and not _BODY_WORD.search(first)
    for k, ln in enumerate(lines[i + 1: i + 40], start=i + 1):
        t = ln.text
        if one_each and _ONE_NAME.fullmatch(t.strip()) and not _BODY_WORD.search(t):
            # 'Medlemmer: Anne Hansen' / 'Bo Holm' / 'Lis Berg': a table cell of names one a line, the first
            # beside the label; each line below holds one name and nothing else (no body named: 'Greve
            # Kommune'), so the column goes on as a comma list would
            value = f"{value}, {t.strip()}"
            continue
        one_each = False
        if k >= i + 12:
            break
        if not t and value.rstrip().endswith(","):
            continue  # a list that ends in its comma goes on after the blank line (a page's end)
        spans = label_spans(t) if t else []
        if spans and spans[0][1] > 0 and value.rstrip().endswith(",") and not kind_in(t[: spans[0][1]]):
            # ('… Bo Nielsen (V),' / 'Anne Berg (F), Ib Holm (O) Fraværende: Ingen …', a transcript's next page line):
            # the list ends where the line's first label begins
            return f"{value} {t[: spans[0][1]].strip()}"
        if not t or spans or kind_in(t) or is_heading(t):
            break
        # ('… Poul Poulsen, Elmer' / 'Philipsen'): a given name alone ends the list, its surname on the next line
        broken_name = len(value.rsplit(",", 1)[-1].split()) == 1 and _SURNAMES.fullmatch(t)
        # a bracket left open, or a line that goes on with one ('Anne Holm' / '(stedfortræder: Bo Berg) og …')
        in_remark = value.count("(") > value.count(")") or t.startswith("(")
        if not (value.rstrip().endswith(",") or "," in t or _NAME_TAIL.fullmatch(t) or broken_name or in_remark):
            break
        value = f"{value} {t}"
    return value


def _wrapped_place(lines: list[Line], i: int, first: str) -> str:
    """'Mødested: Rådhuset,' / 'mødelokale 1': a place that ends in a comma goes on on the next line."""
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if not first.rstrip().endswith(",") or not nxt or len(nxt) > 60 or label_spans(nxt) or is_heading(nxt) \
            or _ANY_LABEL.match(nxt) or kind_in(nxt) or re.match(r"(?:Punkt\s+)?\d{1,3}[.)]?\s", nxt):
        return first  # ('Mødested: Rådhuset,' / '1. Godkendelse af dagsorden'): the first item, no place
    if nxt[0].islower() or any(PLACE_WORD.search(w) for w in nxt.split()):
        return f"{first.rstrip()} {nxt}"
    return first


# one person's name alone ('Anne Marie Lyduch', 'Bo Holm (V)'): two to four capitalised words, a party's letters
_ONE_NAME = re.compile(r"[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){1,3}(?:\s*\([A-ZÆØÅ]{1,3}\))?")
_BODY_WORD = re.compile(r"udvalg|råd|bestyrelse|magistrat|kommune|forvaltning|direktion|center|afdeling",
                        re.IGNORECASE)
_SURNAMES = re.compile(r"(?:[A-ZÆØÅ][\w'-]+\s*){1,2}(?:\([A-ZÆØÅ]{1,3}\))?")


# a label of any name alone on its line ('Stedfortræder:', 'Øvrige deltagere:'): a value is never that
_ANY_LABEL = re.compile(r"^[A-ZÆØÅ][\w ./-]{1,40}:(?=\s|$)")
# the last piece of a wrapped name list: "Holm Østergaard (V)" or just "(F)"
_NAME_TAIL = re.compile(r"(?:[A-ZÆØÅ][\w.'-]*\s+){0,4}\([A-ZÆØÅ]{1,3}\)\.?")


# the page number a running head ends with ('… Side 2', 'Side 2 af 9', 'Side 2/9'): a line no name ends so
_PAGE_MARK = re.compile(r"(?i:\bside)\s+\d{1,3}(?:\s*(?:af|/)\s*\d{1,3})?$")


# a role printed on a line of its own in a members' list, above or below its member ('Formand', 'Næstformand:')
_ROLE_ALONE = re.compile(rf"(?i:{OFFICES}|medlem)\s*:?")


def _block_lines(lines: list[Line], i: int, field: str | None) -> list[str]:
    """The value printed below a label alone on its line: the next line (even when it starts with a
    word that can be a label: 'Lokale 0.13, …'), then further lines up to a blank line; a list of
    names goes on across blank lines while each line is a name."""
    out: list[str] = []
    for ln in lines[i + 1: i + 60]:
        t = ln.text.strip(" |")
        if not t or set(t) <= set("-|: "):
            if out and field not in ("participants", "absent"):
                break
            continue
        if out and field in ("participants", "absent") and _PAGE_MARK.search(t):
            continue  # a page's running head inside the list ('Byrådet 21.05.2019    Side 2'): the list goes on
        spans = label_spans(t)
        if spans or _ANY_LABEL.fullmatch(t):
            # the next label ('Fraværende' / 'Afbud fra Bente Helms' / 'Stedfortræder:'): this one has no value;
            # nor when the next line is a header of labels itself (a transcript's page line below its title:
            # 'Refer Mødedo: 18. … Mødelokale: …', 'REFERAT Udvalget d. … Mødedato … Mødested …')
            break
        if not out and field in ("participants", "absent") and KIND_WORD.match(t):
            # 'Fraværende' ending a page, then the next page's running head ('Referat For Miljøudvalget 3. maj
            # 2021 - kl. 09:00 Side 2'): no name begins with a document's kind word, so the list is empty
            break
        if out and field in ("participants", "absent") and re.fullmatch(r"\(?[A-ZÆØÅ]{1,2}\)?", t):
            continue  # a table's party column: 'Anne Holm' / 'V'
        if field in ("participants", "absent") and _ROLE_ALONE.fullmatch(t):
            continue  # 'Formand' / 'Anne Holm (A)': a member's role on a line of its own names nobody
        if out and field in ("participants", "absent") and not (NAME_LINE.match(t)
                                                                and split_names(_unmarked(t, []), run_on=True)):
            if field == "participants" and _cut_name(t) and _last_filled(lines, ln):
                out.append(t)  # the list's last name, the excerpt cut off inside it (_cut_name)
            break
        if out and field == "participants" and (MEETING_ABSENT_SENTENCE.search(t) or ABSENT_LEAD.search(t)):
            break  # 'Bo Jensen og Lis Berg var fraværende.', 'Der var afbud fra X.' below the members: no member
        out.append(t)
        if field not in ("participants", "absent") and len(out) >= 3:
            break
    return out


# what is left of a name the excerpt cuts off: a bullet maybe, then one to three capitalised words, the last maybe
# a single letter ('• Jørgen', 'Jens L')
_CUT_NAME = re.compile(rf"(?:{LIST_BULLET}\s*)?(?P<name>[{NAME_CAPITAL}][\w'’.-]*"
                       rf"(?:\s+[{NAME_CAPITAL}][\w'’.-]*){{0,2}})")


def _cut_name(text: str) -> str | None:
    """The visible part of a name cut off by the end of an excerpt (annotation-rules 'Truncation': a name may end
    mid-word, 'Nicol'). Only for the last line of the text, below names one a line: there a lone capitalised word
    is the start of the next member's name, not a heading (a heading would have text below it)."""
    m = _CUT_NAME.fullmatch(text.strip())
    return m.group("name") if m and not label_spans(text) and not KIND_WORD.match(m.group("name")) else None


def _last_filled(lines: list[Line], ln: Line) -> bool:
    """`ln` is the last line of `lines` that prints anything: the text ends on it."""
    return next((x for x in reversed(lines) if x.text.strip()), None) is ln


# a name's word in a list printed after a place, its party letters too ('Rådhuset Anne Hansen (A)')
# what a place never prints and a list of names does: a party's letters, a bullet ('• Anne Hansen (A) • …')
_LISTED = re.compile(r"\([A-ZÆØÅ]{1,3}\)|[•·▪●]")
# (a member's user name or initials in small letters behind the name, '(abcd)', as a council's system prints them)
_LISTED_NAME_TOKEN = re.compile(r"^(?:[A-ZÆØÅ][\w'’.-]*|\([A-ZÆØÅ]{1,3}\)|\([a-zæøå]{2,8}\))$")


def _split_place_names(blob: str) -> tuple[str | None, str]:
    """'Byrådssalen, Vordingborg Rådhus Knud Larsen, Bo Manderup' -> ('Byrådssalen, Vordingborg Rådhus',
    'Knud Larsen, Bo Manderup'): a place printed straight before a list of names (a table row
    flattened), cut where the trailing capitalised words stop being place words."""
    chunks = blob.split(", ")
    for k, chunk in enumerate(chunks):
        words = chunk.split()
        j = len(words)
        while j > 0 and _LISTED_NAME_TOKEN.match(words[j - 1]) and not PLACE_WORD.search(words[j - 1]):
            j -= 1
        j = name_start_after_place(words, j)
        place = ", ".join(chunks[:k] + [" ".join(words[:j])])
        if 0 < j and len(words) - j >= 2 and not _LISTED.search(place):
            return place.strip(" ,"), ", ".join([" ".join(words[j:])] + chunks[k + 1:])
    return None, blob


# (the document's kind as a title prints it, capitalised: '… Rådssalen, Lejre Referat', a transcript's head line)
# (a bullet at the end too: the place's line ends where the next line's bullet was run onto it, 'Nykøbing F. •')
_PLACE_END = re.compile(rf"\s+[•·▪●](?:\s|$)|\s+(?:{CONTENTS_WORDS}|Dagsorden|Punkter)\b"
                        r"|\s+(?:Referat|REFERAT|DAGSORDEN|(?:Beslutnings)?[Pp]rotokol|(?:BESLUTNINGS)?PROTOKOL)$"
                        r"|\s+(?:Åbent|Åben|Lukket)\s+(?i:referat|dagsorden|møde|sag|punkt)\b"
                        # a contents table's column heads ('… Byrådssalen Punkt Titel Side 1 …')
                        r"|\s+(?:Punkt|Pkt\.?|Nr\.?|Sag)\s+(?:Titel|Tekst|Emne|Overskrift|Sag)\b"
                        # a members' table's column heads ('… Mødelokale 1 Navn Parti Fremmøde Anne Holm …')
                        r"|\s+(?:Navn|Medlem(?:mer)?|Deltager(?:e)?)\s+(?:Parti|Funktion|Titel|Rolle|Fremmøde|Status)\b")


# a clock time with 'kl.' or a span of two, printed before the place on its line ('16.00 - 18.00 Byrådssalen'): the
# meeting's time, never the start of a room's name (a room's own number alone, 'Mødelokale: 2.14', stays)
_SPAN_OF_TIMES = rf"\d{{1,2}}[.:]\d{{2}}\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}}"
_LEADING_TIMES = re.compile(rf"^(?:(?i:kl\.?|klokken)\s*(?:{_SPAN_OF_TIMES}|\d{{1,2}}[.:]\d{{2}})|{_SPAN_OF_TIMES})"
                            r"[\s,]+(?=\S)")


def _tidy_place(place: str) -> str:
    """Trailing punctuation off, but not the full stop of an abbreviation ('Nykøbing F.'); on a flattened
    page the place ends where a bullet or the list of items begins ('Mødelokale 2A • Pkt. 15 …',
    'C3.40 Dagsordenpunkter')."""
    place = _PLACE_END.split(place, maxsplit=1)[0]
    place = _LEADING_TIMES.sub("", place)
    place = _before_item_marker(place)
    place = _before_full_date(place)
    place = _before_empty_list_word(place)
    place = _before_when_or_item(place)
    place = place.strip(f" |,{SPACED_DASHES}")
    if place.endswith(".") and not re.search(r"(?:^|\s)[A-ZÆØÅ]\.$", place):
        place = place.rstrip(".").rstrip()
    return place


# an item's number closed by a bracket ('… i Byrådssalen 1) Godkendelse af dagsorden'): the first heading of a flow
# of 'N) Title' items run on after the place where a page is flattened into one line
_ITEM_MARKER = re.compile(r"\s\d{1,3}\)(?=\s|$)")


def _before_item_marker(place: str) -> str:
    """The place up to the first item number closed by a bracket that no bracket of the place opened ('Salen 1)
    Godkendelse …' -> 'Salen'). Why: a place never ends a bracket it did not open, while a flow of 'N) Title'
    headings starts right after a cover sentence once a page is one line; a room's number inside brackets ('Lokale
    (bygning 2)') keeps its bracket."""
    for m in _ITEM_MARKER.finditer(place):
        if place.count("(", 0, m.start()) <= place.count(")", 0, m.start()):
            return place[: m.start()]
    return place


# the word an empty list prints ('Fraværende: Ingen'), run on after the place where the place is a flattened head's
# last fact and the list's label was printed before it ('… Fraværende: Mødested: Rådhuset Ingen …')
_EMPTY_LIST_AFTER = re.compile(r"\s+Ingen\b")


def _before_empty_list_word(place: str) -> str:
    """The place up to the empty list's word a flattened head prints after it (_EMPTY_LIST_AFTER). Why: no room or
    building is called 'Ingen' ('none'); a word that only starts with it ('Ingeniørhuset') goes on and stays."""
    return _EMPTY_LIST_AFTER.split(place, maxsplit=1)[0]


# what a flattened head prints after its place, none of it a word of the place's name: the meeting's clock time
# ('… Byrådssalen kl. 16.00', '… Rådhuset Kl. 16.00', a span '… Byrådssalen 16.00 - 18.00'; a 'fra' left from 'fra kl.
# 16'), a weekday before its date ('… Byrådssalen Tirsdag den 12. marts …', the date cut off), a sentence going on with
# a verb ('… i Byrådssalen og startede kl. 16', not a name's 'Kultur- og idrætshuset'), the first item's number and
# title ('… Byrådssalen 1. Godkendelse af dagsorden', '… Byrådssalen Punkt 1 …')
_WHEN_OR_ITEM_AFTER = re.compile(
    rf"\s+(?:(?:(?i:fra|fra\s+og\s+med)\s+)?(?i:kl\.?|klokken)\s*\d{{1,2}}[.:]\d{{2}}|{_SPAN_OF_TIMES}"
    rf"|(?i:{WEEKDAY.pattern})(?=,?\s*(?:den\b|d\.|\d)|,?\s*$)"
    r"|(?i:fra)\s*$|(?<!-\s)og\s+(?=(?:startede|starter|begyndte|begynder|sluttede|slutter|blev|varede|fortsatte)\b)"
    r"|\d{1,3}\.\s+(?=[A-ZÆØÅ][a-zæøå]{2,}(?P<next>\S*))|(?:Punkt|Pkt\.?|Sag\s+nr\.?)\s*\d{1,3}(?!\S))"
)


def _before_when_or_item(place: str) -> str:
    """The place up to a clock time, a dated weekday or an item's header run on after it (_WHEN_OR_ITEM_AFTER). Why:
    a room or a building is named by words and a number ('Mødelokale 2', 'Lokale 3.12'), never by a time with 'kl.' or
    a span of two times, nor by a weekday before its date; a number with its full stop before a capitalised word is an
    item's header, unless that word is a place's own ('Mødelokale 1. Sal', 'Bygning 2. Rådhuset')."""
    for m in _WHEN_OR_ITEM_AFTER.finditer(place):
        nxt = m.group("next")
        if m.start() > 0 and not (nxt is not None and PLACE_WORD.search(place[m.end():].split()[0])):
            return place[: m.start()]
    return place


def _before_full_date(place: str) -> str:
    """The place up to a full date printed after it ('Byrådssalen, Rådhuset 25. april 2013' -> 'Byrådssalen,
    Rådhuset'). Why: no room or building is named by a date with its year or its month's name, while a flattened
    cover runs the next text (a running head's date, the date line under the place) on after the place; a room's
    number with dots ('Lokale 3.1.12') names no month and no four-digit year and stays."""
    for start, end, _iso in find_dates(place):
        if start > 0 and re.search(r"\d{4}|[^\W\d_]{3}", place[start:end]):
            return place[:start]
    return place


def _wraps(block: list[str]) -> bool:
    """'Byrådssalen, Tønder' / 'Rådhus': the second line finishes the first; not the body that meets, printed
    under its place ('Byrådssalen, Rådhuset, Ringkøbing' / 'Byrådet')."""
    return len(block) >= 2 and len(block[1].split()) <= 2 and not block[0].endswith((".", ":")) \
        and not DATE_ANY.search(block[1]) and not TIME.search(block[1]) and not is_meeting_body(block[1])


_BARE_TIME = re.compile(r"(?<![\d.:,])(\d{1,2})[.:](\d{2})(?![\d.:,]|\s*(?:mio|kr))")


def _when_and_where(m: Meeting, field: str | None, value: str, got: set[str]) -> None:
    """What a date or time value says besides its own field: the place said after the time ('Mødedato: 12.
    april 2023 kl. 16:00 i Byrådssalen'; also after a label of no field, 'Side 1 Referat … kl. 13:00 i
    Mødecenter C, …', where a flattened page runs on, with that time), and the time beside a date the
    title gave already."""
    if "location" not in got:
        place = _place_after_time(value)
        if place:
            m.location, _ = place, got.add("location")
            t = parse_time(value) if field is None and "when" not in got else None
            if t:
                m.start_time, _ = t, got.add("when")
    # (a time label's value that prints the date first reads so too: 'Møde: 14. marts 2024 kl. 16.00, Byrådssalen',
    # 'Tidspunkt: 14.03.2024, 16:00, Rådhuset': the date line's shape, whichever of its facts the label names)
    d = DATE_ANY.search(value) if field in ("date", "when") and "location" not in got else None
    if d and re.match(rf"[\s,.{SPACED_DASH}]*(?:(?i:kl)\.?\s*)?{_TIME_SPAN}", value[d.end():]):
        # 'Dato: 14. marts 2024, kl. 16.00, Byrådssalen': a room or a building after the date and its time (under a
        # time label only the place is taken here: its own field, date and time, is read by _assign after this)
        seen = set(got) if field == "when" else got
        _time_and_place_after_date(m, value[d.end():], seen)
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
    if fields != [None] or not re.fullmatch(_MEETING_NUMBER_LABEL, label_key):
        return fields, value
    rest = _MEETING_NUMBER_VALUE.sub("", value)
    if rest != value and (DATE_ANY.match(rest) or _DATE_TIME_LEAD.match(rest)):
        return ["date"], rest
    return fields, value


def _office_as_members(fields: list[str | None], value: str, label_key: str) -> list[str | None]:
    """'Formand: Anne Hansen (A)', 'Næstformand: Bo Jensen (V)' printed as labels of their own in the head, beside
    or before the members' label: the chair and vice-chair are members of the committee (annotation rules: the role
    goes, the person is a participant), so an office label whose value is names that each print a party marker is
    read as a members' label. Why the marker: a party is printed only beside a politician, so the office is the
    committee's, not a staff member's or another body's."""
    if fields != [None] or not re.fullmatch(OFFICES, label_key):
        return fields
    names = listed_names_in(value, "participants")
    return ["participants"] if names and all(PARTY_END.search(n) for n in names) else fields


def _place_before_names(m: Meeting, fields: list[str | None], value: str, got: set[str]) -> str:
    """The place of one value printed under a row of labels that has a place and a list of names ('Mødested:
    Deltagere: Byrådssalen Anne Hansen (A), …') set, and the rest of the value returned: the names. A date and
    time the row's labels put before the place ('Mødedato: Mødetidspunkt: Mødested: Deltagere: 12. marts 2024
    16:00 Lokale 2, Rådhuset Anne …') are set too, not part of the place. Any other value is returned as it is."""
    if "location" not in fields or not {"participants", "absent"} & set(fields) or len(fields) < 2:
        return value
    place, rest = _split_place_names(CONTENTS_START.split(value, maxsplit=1)[0])
    if place and {"date", "when"} & set(fields):
        for field in ("date", "when"):
            _assign(m, [field], place, None, got)
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


def _body_before_place(m: Meeting, place: str, got: set[str]) -> str:
    """'Økonomiudvalget Byrådssalen, Rådhuset' -> 'Byrådssalen, Rådhuset', the body set: the one value of a row of
    labels whose body's label comes before the place's ('Udvalg: Dato: Sted: Deltagere: Økonomiudvalget 12. marts
    2024 Byrådssalen Anne …', a two-column table read column by column) prints the body first, then the place."""
    body = _longest_body(place)
    while body and PLACE_WORD.search(body.split()[-1]) and len(body.split()) > 1:
        body = _longest_body(" ".join(body.split()[:-1]))  # 'Udvalget for Kultur Dronningeværelset': the place's word
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
    place = _tidy_place(_without_when(value[d.end():])) if d else ""
    if body and place:
        m.committee, m.location, _ = body, place, got.update(("committee", "location"))


def _cut_short(earlier: str | None, later: str) -> bool:
    """The place read first is the start of the one a later label prints ('Rådhuset, Torv' / 'Rådhuset, Torvet 5'):
    a transcript viewer's title repeats the page's head up to its length and so cuts the value it ends in; the page
    prints it whole, and a cut value is never longer than the whole."""
    return bool(earlier) and len(later) > len(earlier) and later.startswith(earlier)


def _assign(m: Meeting, fields: list[str | None], value: str, block: list[str] | None, got: set[str],
            label_key: str = "") -> None:
    """Fill the meeting from one value printed for a run of labels (usually one label)."""
    value = value.strip(" |,;")
    fields = _dated_meeting_label(fields, value)
    fields, value = _after_meeting_number(fields, value, label_key)
    fields = _office_as_members(fields, value, label_key)
    value = _place_before_names(m, fields, value, got)
    value = _body_before_names(m, fields, value, got)
    _body_when_place(m, fields, value, got)
    for field in fields:
        if field in ("date", "when", None):
            _when_and_where(m, field, value, got)
        if field is None or field in got and (not _adds_up(m, field) or f"list:{label_key}" in got) \
                and not (field == "location" and _cut_short(m.location, value)):
            _list_again(m, fields, value, block)
            continue
        if field == "date":
            d = parse_date(value)
            if d:
                m.date, _ = d, got.add(field)
                t = _date_time(value)
                if t and "when" not in got:
                    m.start_time, _ = t, got.add("when")
        elif field == "when_place":  # "Tid og sted: 12-03-2024 kl. 16.00, Rådhuset, mødelokale 1"
            tp = _TIME_THEN_PLACE.search(value)
            place = (tp.group("place") or "").strip(f" ,.{SPACED_DASHES}") if tp else ""
            place = place or _place_before_date(value) or _place_after_bare_time(value)
            _assign(m, ["when"], value[: tp.start("place")] if tp and tp.group("place") else value, None, got)
            if place and "location" not in got:
                m.location, _ = place, got.add("location")
        elif field == "when":
            d, t = parse_date(value), parse_time(value) or parse_time("kl. " + value.strip())
            bare = _BARE_TIME.search(value) if not t else None
            if bare and int(bare.group(1)) < 24 and int(bare.group(2)) < 60:
                t = f"{int(bare.group(1)):02d}:{bare.group(2)}"  # "Mødetidspunkt: … 17.00"
            if d and "date" not in got:
                m.date, _ = d, got.add("date")
            if t:
                m.start_time, _ = t, got.add(field)
        elif field == "location" and (len(fields) == 1 or not {"participants", "absent"} & set(fields)):
            loc = (" ".join(block[:2]) if block and _wraps(block) else block[0] if block else value)
            loc = raw = loc.strip(f" |,{SPACED_DASHES}")
            if len(fields) > 1:  # one value under 'Mødetidspunkt Mødelokale': the place is what is not a time
                loc = _without_when(loc)
                body = _longest_body(loc) if "committee" in fields else None
                if body and loc.startswith(body):  # under 'Udvalg: Mødedato: Mødested:' the body comes first
                    loc = loc[len(body):].strip(f" |,{SPACED_DASHES}")
            loc = re.split(r"\s+(?:DAGSORDEN|REFERAT|BESLUTNINGSPROTOKOL)\b", loc)[0]
            loc = re.sub(rf"^{_HELD_LEAD}", "", loc)  # 'Mødested' / 'Mødet afholdes i Byrådssalen.'

            if block is None:
                # a flattened line runs on into a sentence: 'Rådssalen Protokollen blev læst og mødet hævet', or into
                # the body that meets ('Byrådssalen, Rådhuset, Ringkøbing Byrådet Deltagere …')
                loc = _before_when_or_item(loc)  # (first: an item's title is a sentence's words too)
                # (names with party letters or bullets stay: the list after the place is read from it further on)
                loc = loc if _LISTED.search(loc) else before_person(loc)
                loc = re.split(r"\s+(?=[A-ZÆØÅ][a-zæøå]+\s+[a-zæøå]+\s+[a-zæøå]+\b)(?<!,\s)", loc)[0]
                loc = _place_then_body(loc)[0]
            loc = _tidy_place(loc)
            if loc and not DATE_ANY.match(loc) and not loc.isdecimal() \
                    and (field not in got or _cut_short(m.location, loc)):  # '1': the next page line's number
                m.location, _ = loc, got.add(field)
                _time_after_place(m, raw, loc, got)
        elif field in ("participants", "absent"):
            value = LABEL_GOES_ON.sub("", value)
            table = presence_rows(value) if block is None and field == "participants" else None
            names, marked = table or _listed_names(field, value, block)
            if marked and not m.absent:
                m.absent = [n for n in names if n in marked]  # listed as members, marked absent there
            if field == "absent" and "participants" in fields:
                continue  # one list under both labels: _members_then_absent splits it
            if names or value.casefold().startswith("ingen"):
                if field == "participants" and "absent" in fields:
                    names = _members_then_absent(m, names) if block is not None or m.absent \
                        else _listed_columns(m, fields, value) or _members_then_absent(m, names)
                if _adds_up(m, field):  # 'Deltagere' and 'Indkaldelse' lists add up
                    if field == "absent" and _names_again(m.absent, names):
                        continue
                    names = getattr(m, field) + names
                setattr(m, field, list(dict.fromkeys(names)))
                got.update((field, f"list:{label_key}"))
            elif field == "absent":
                got.add(field)  # the header's 'Fraværende:' is empty: an item's absentees later are not the meeting's
        elif field == "committee" or field == "committee_if_body":
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
    """The start time a place's value runs on into (_before_when_or_item cut it off the place), where no label gave
    one: the time printed beside the place is the meeting's, as a head prints its time and place together."""
    at = raw.find(place)
    tm = _TIME_RUN_ON.match(raw[at + len(place):]) if at >= 0 and "when" not in got else None
    if tm and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
        m.start_time, _ = f"{int(tm.group(1)):02d}:{tm.group(2)}", got.add("when")


def _names_again(first: list[str], names: list[str]) -> bool:
    """A second absence list that opens with a name of the first one ('Afbud: Bo Jensen (V)' / 'Fraværende: Bo Jensen
    …'): the same absence printed again (an item's line that a transcript ran into the head), no second kind of
    absence to add to the first (_adds_up); a name run on into the next one still starts with the person's."""
    known = [bare_name(n) for n in first]
    return any(k and bare_name(n).startswith(k) for n in names for k in known)


def _adds_up(m: Meeting, field: str) -> bool:
    """Whether a list under a second label of its field adds to the first one's: the members' lists always
    ('Deltagere' and 'Indkaldelse'), the absentees' where the first label listed some ('Fraværende med afbud: X' /
    'Fraværende uden afbud: Y': two kinds of absence, both the meeting's). An empty 'Fraværende:' closes them: what
    comes later is an item's."""
    return field == "participants" or field == "absent" and bool(m.absent)


def _list_again(m: Meeting, fields: list[str | None], value: str, block: list[str] | None) -> None:
    """A list printed again under its label (`fields` one list's field, already read), whole, where the first print
    was cut off mid-list (a transcript site's frame title repeats the page's head up to its length: '… Deltagere:
    Knud Larsen, Bo Manderup, Eva Somme'): the longer print whose names begin with the first one's is the list."""
    if len(fields) != 1 or fields[0] not in ("participants", "absent"):
        return
    field = fields[0]
    names, _ = _listed_names(field, value, block)
    old = getattr(m, field)
    if field == "participants" and len(old) >= 2 and len(names) >= 2 and not {bare_name(n) for n in names} \
            & {bare_name(n) for n in old}:
        # the label again over other people ('Til stede: <staff> … Til stede: <members>'): a repeat prints the
        # same names (a frame title's cut copy begins with them), so a second list sharing none is more of the
        # meeting's people, as under two labels ('Deltagere' and 'Indkaldelse')
        setattr(m, field, list(dict.fromkeys(old + names)))
        return
    if not old or len(names) < len(old) or names == old:
        return  # (the same list again, or a shorter one)
    if names[: len(old) - 1] == old[:-1] and names[len(old) - 1].startswith(old[-1]):
        setattr(m, field, names)


def _run_on_body(value: str) -> str:
    """'Byrådet 30-01-2018 kl. 13:00 …' -> 'Byrådet': a committee label's value on a flattened line runs on into the
    next facts; the body's name is its leading words, not where its name goes on in quotes or brackets
    ('Udvalget "Aktiv Hele Livet"')."""
    body = _longest_body(value)
    if not body or not value.startswith(body) or value[len(body):].lstrip()[:1] in "\"“”«»(":
        return value
    return body


def _listed_names(field: str, value: str, block: list[str] | None) -> tuple[list[str], list[str]]:
    """(the names of a participants' or absentees' list, one a line (`block`) or on the label's line,
    the members the list marks absent: 'Bo Jensen (V) - afbud')."""
    marked: list[str] = []
    if field == "participants":
        block = [_unmarked(v, marked) for v in block] if block is not None else None
        value = _unmarked(value, marked)
    if field == "absent" and block is not None:  # one a line: 'Bo Jensen (V) (punkt 1-3)' is absent for part of it
        block = [ABSENT_FOR_PART.sub(",", v) for v in block]
    if block is not None and len(block) >= 2 and all(v.count(",") >= 2 for v in block[:-1]):
        # one list flowing over lines a page's column broke ('…, Christian' / 'Boldsen, Christian Kirk, …')
        block = [" ".join(block)]
    if block is not None:
        # a line that runs on into the contents ('… Ib Holm (O) Indholdsfortegnelse 1. …', a transcript's page line)
        block = [LIST_END.split(CONTENTS_START.split(v, maxsplit=1)[0], maxsplit=1)[0] for v in block]
        per_line = [split_names(v, run_on=True) for v in block]
        names = [n for line_names in per_line for n in line_names]
        cut = _cut_name(block[-1]) if block and not per_line[-1] else None
        return [*names, cut] if cut and field == "participants" else names, marked
    return listed_names_in(value, field), marked


# an absence marker after a member's name: 'Bo Jensen (V) - afbud', 'Bo Jensen (V) (fraværende)', 'Bo Jensen (V):
# Afbud', 'Bo Jensen (V) - deltog ikke', and a table's status column after the party: 'Bo Jensen (V) Afbud'; or the
# reason for the absence in its place ('Bo Jensen (V) - syg', people.ABSENCE_REASON_WORD)
_ABSENT_WORD = rf"(?:{ABSENCE_LABEL_WORD}|{ABSENCE_REASON_WORD})"
# (after a party's letters without brackets too, as a table's party column prints them: 'Bo Jensen  V  Afbud')
_AFTER_PARTY = r"(?:(?<=\))|(?<=\s(?-i:[A-ZÆØÅ]))|(?<=\s(?-i:[A-ZÆØÅ]{2})))"
# 'Bo Jensen (V) (fraværende med afbud)': whether the absence was announced is part of the mark
_WITH_NOTICE = r"(?:\s+(?:med|uden)\s+afbud)?"
_ABSENCE_MARK = re.compile(rf"\s*(?:\(\s*{_ABSENT_WORD}{_WITH_NOTICE}\s*\)|[{SPACED_DASH},:]\s*{_ABSENT_WORD}"
                           rf"|{_AFTER_PARTY}\s+{_ABSENT_WORD}|\s÷)(?=\s*(?:[,;•·]|\bog\b|$))"
                           # a list run on without commas, as a transcript flattens one a line ('Anne Hansen (V)
                           # (afbud) Bo Jensen (A) …'): a mark in brackets, or in lower case after a dash or a comma,
                           # is no label of the next list ('… (O) Fraværende Bo Jensen' is one), so the next name may
                           # follow it
                           rf"|\s*(?:\(\s*{_ABSENT_WORD}{_WITH_NOTICE}\s*\)|[{SPACED_DASH},]\s*(?=(?-i:[a-zæøå])){_ABSENT_WORD}"
                           # ('Bo Jensen (V) ÷': the minus sign a members' table prints in its column of attendance
                           # for one who was not there; no name or party holds it)
                           r"|\s÷)"
                           r"(?=\s+(?-i:[A-ZÆØÅ]))", re.IGNORECASE)


# a table's status column saying a member was there: 'Anne Hansen (A) Deltog', 'Anne Hansen (A) - til stede'
_PRESENT_MARK = re.compile(
    rf"(?:{_AFTER_PARTY}\s+|\s*[{SPACED_DASH}:]\s*)(?:deltog|deltager|til stede|tilstede|mødt)(?=\s*(?:[,;•·]"
    rf"|\bog\b|$))"
    # the same run on into the next name, as a transcript flattens a list one a line ('Anne Hansen (A) - til stede Bo
    # Jensen (V) - afbud …'): in lower case after a dash or a comma, as the absence marks there (_ABSENCE_MARK)
    rf"|\s*[{SPACED_DASH},]\s*(?-i:deltog|til stede|tilstede|mødt)(?=\s+(?-i:[A-ZÆØÅ]))",
    re.IGNORECASE)


def _unmarked(value: str, marked: list[str]) -> str:
    """The list without its absence markers (and its markers of presence); the names the absence markers
    follow are added to `marked` as printed."""
    value = _PRESENT_MARK.sub("", value)
    begin = 0
    for m in _ABSENCE_MARK.finditer(value):
        entry = re.split(r"[,;•·]|\bog\b", value[begin: m.start()])[-1]
        # the name right before the mark, in a run-on list too; past a role after its comma ('Bo Jensen (V),
        # næstformand - afbud': the role names nobody, the member is the name before it)
        marked.extend((split_names(entry, run_on=True) or split_names(value[begin: m.start()], run_on=True))[-1:])
        begin = m.end()
    return _ABSENCE_MARK.sub("", value)


def _columns(value: str) -> list[str]:
    """The values of a row of list labels printed after them ('Deltagere: Fraværende: Referent: A, B, C D, E F'):
    one list ends where two names meet without a comma between them ('C D' is two names), and an empty one
    prints 'Ingen' ('… C Ingen E F')."""
    cols: list[list[str]] = [[]]
    for chunk in re.split(r"\s*,\s*", value.strip()):
        for k, part in enumerate(re.split(r"\s*\b(Ingen)\b\s*", chunk)):
            if k:
                cols.append([])  # 'Ingen' is a list of its own, and so is what follows it
            names = names_without_separators(part.split()) if len(part.split()) >= 4 else []
            cols[-1] += names[:1] or [part]
            if len(names) == 2:
                cols.append(names[1:])
    return [", ".join(p for p in c if p) for c in cols]


def _listed_columns(m: Meeting, fields: list[str | None], value: str) -> list[str]:
    """The members of a row of empty labels from 'Deltagere' on ('Deltagere: Fraværende: Referent:'), whose lists
    follow in the labels' order, the absentees' list from the one under 'Fraværende' when every label has its
    own list (an empty one may be missing: then only the first list is sure). [] when the value is one list."""
    cols = _columns(value)
    if len(cols) < 2 or any(not split_names(c) and c != "Ingen" for c in cols):
        return []
    labels = fields[fields.index("participants"):]
    if len(cols) == len(labels):
        m.absent = split_names(cols[labels.index("absent")])
    return split_names(cols[0])


def _members_then_absent(m: Meeting, names: list[str]) -> list[str]:
    """A members' list flattened together with the absentees printed after it ('…, Carsten Olsen Michael
    Seiding Larsen, Nina Møhler'): absentees are members, so the first entry that ends with the name of
    an earlier member starts the absentees. Returns the members; sets the absentees."""
    for k, name in enumerate(names):
        words = name.split()
        for cut in range(2, len(words) - 1):
            tail = " ".join(words[cut:])
            if tail in names[:k]:
                m.absent = list(dict.fromkeys([tail] + names[k + 1:]))
                return names[:k] + [" ".join(words[:cut])]
        if name in names[:k]:
            m.absent = list(dict.fromkeys(names[k:]))
            return names[:k]
    return names


def _names_a_body(words: list[str]) -> bool:
    """A word of a row that names a body ('Havneudvalget'): a value, never a column's head. 'Referat Havneudvalget
    Mødedato' is a title cut at a label (a transcript viewer's title repeats the page's head up to its length), not
    a table's head row, whatever row follows it."""
    return any(is_body_name(w) and not START_LABEL.fullmatch(w) for w in words)


def _head_row_words(text: str) -> list[str]:
    """The words of a table's head row, also with its cell bars between them ('Dato | Tid | Sted'); a row set off by
    bars whose cells are not all labels ('| Mødested | Byrådssalen |': a label and its value) is none ([])."""
    words = re.split(r"[\s|]+", text.strip(" |"))
    if "|" in text and not all(START_LABEL.fullmatch(w) for w in words):
        return []
    return words


def _column_row(lines: list[Line], i: int, m: Meeting, got: set[str]) -> bool:
    """A table's head row of labels ('Udvalg Dato Type Hent') over its row of values ('Byrådet
    24-06-2020 16:00 Referat Samlet dokument'): the values are told apart by their form."""
    words = _head_row_words(lines[i].text)
    if not 2 <= len(words) <= 8 or not all(w[:1].isupper() for w in words) or _names_a_body(words):
        return False
    fields = [field_of(w) for w in words if START_LABEL.fullmatch(w)]
    # 'Dato Tid Sted' / '12.03.2024 16:00 Mødelokale 1': a place column last, after the date and time
    if not fields or any(f not in ("committee", "date", "when", "location") for f in fields) \
            or "location" in fields[:-1]:
        return False
    row = next((ln.text for ln in lines[i + 1: i + 3] if ln.text), "")
    d = DATE_ANY.search(row)
    if not d:
        body = _longest_body(row) if fields == ["committee"] else None
        if body and "committee" not in got:
            m.committee, _ = body, got.add("committee")
        return bool(body)
    if "date" not in got:
        m.date, _ = parse_date(d.group(0)), got.add("date")
    t = parse_time(row[d.end():])
    if t and "when" not in got:
        m.start_time, _ = t, got.add("when")
    body = _longest_body(row[: d.start()])
    if body and "committee" not in got:
        m.committee, _ = body, got.add("committee")
    if fields[-1] == "location" and "location" not in got:
        place = _place_line(_LEADING_TIME.sub("", row[d.end():]).strip(f" ,{SPACED_DASHES}|"))
        if place:
            m.location, _ = place, got.add("location")
    return True


def _fits(field: str | None, value: str) -> bool:
    """A value has the form of its label's field: a date, a time, a body's name, a place, a name."""
    if field == "date":
        return bool(find_dates(value))
    if field == "when":
        return bool(TIME.search(value) or _BARE_TIME.search(value) or find_dates(value))
    if field in ("committee", "committee_if_body", "location"):  # a name: capitalised, short, no date, no contents
        return bool(value[:1].isupper() and len(value) < 90 and not find_dates(value) and not kind_in(value)
                    and not _LIST_OF_ITEMS.match(value) and not re.match(CONTENTS_WORDS, value)) \
            or bool(field == "location" and _place_line(value))
    if field in ("participants", "absent"):
        return bool(NAME_LINE.match(value)) and not is_meeting_body(value)
    return True


def _label_column(lines: list[Line], i: int, m: Meeting, got: set[str]) -> int:
    """A two-column head extracted column by column: two or more labels alone on their lines ('Udvalg:' /
    'Mødedato:' / 'Mødested:'), then as many values in the same order ('Økonomiudvalget' / '12. marts 2024' /
    'Byrådssalen'); a list's label last takes the lines from its value on. Returns the index of the line after
    the values, 0 when the lines are no such column."""
    idx = [k for k in range(i, min(i + 40, len(lines))) if lines[k].text.strip(" |")]
    labels: list[str] = []
    for k in idx:
        lm = START_LABEL.fullmatch(lines[k].text.strip(" |"))
        if not lm:
            break
        labels.append(lm.group("label"))
    n = len(labels)
    values = [lines[k].text.strip(" |") for k in idx[n: 2 * n]]
    if [field_of(lab) for lab in labels] == ["absent", "participants"]:
        return 0  # 'Afbud:' / 'Medlemmer:' / the names: the absentees' label with no names under it, then the members
    if n < 2 or len(values) < n or any(label_spans(v) or _ANY_LABEL.match(v) or not _fits(field_of(lab), v)
                                       for lab, v in zip(labels, values, strict=False)):
        return 0
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        field = field_of(label)
        block = _block_lines(lines, idx[n + k] - 1, field) if k == n - 1 and field in ("participants", "absent") \
            else None
        _assign(m, [field], " ".join(block) if block else value, block, got, re.sub(r"\s+", " ", label.lower()))
    return idx[2 * n - 1] + 1


def _labels_alone(lines: list[Line], i: int) -> list[int]:
    """The lines from i on that hold a label and nothing else, one under the other (a table's column is printed
    with no blank line inside it), up to the first that does not."""
    run: list[int] = []
    for k in range(i, min(i + 40, len(lines))):
        if not START_LABEL.fullmatch(lines[k].text.strip(" |")):
            break
        run.append(k)
    return run


def _value_column(lines: list[Line], i: int, m: Meeting, got: set[str]) -> int:
    """The mirror of _label_column: a two-column head whose values column was extracted before its labels
    column ('Industrien, Aarup' / 'Byrådet' / 'Mødested:' / 'Udvalg:'): two or more labels alone on their lines
    right under as many lines of values, each column with no blank line inside. The values are the n lines
    just above the labels, paired in order, each of the form its label's field asks (_fits); a list's value is
    its one line. Returns the index of the line after the labels, 0 when the lines are no such column."""
    run = _labels_alone(lines, i)
    n = len(run)
    above = list(range(i - n, i))
    if n < 2 or i < n or any(not lines[k].text.strip(" |") for k in above):
        return 0  # the values' column is printed as tight as the labels'
    labels = [START_LABEL.fullmatch(lines[k].text.strip(" |")).group("label") for k in run]  # type: ignore[union-attr]
    values = [lines[k].text.strip(" |") for k in above]
    fields = [field_of(lab) for lab in labels]
    if any(f is None for f in fields) or any(label_spans(v) or _ANY_LABEL.match(v) or not _fits(f, v)
                                             for f, v in zip(fields, values, strict=True)):
        return 0
    for label, value in zip(labels, values, strict=True):
        _assign(m, [field_of(label)], value, None, got, re.sub(r"\s+", " ", label.lower()))
    return run[-1] + 1


# a time or a span of times as a header prints it ('16:00', '16.00 - 18.30')
_TIME_SPAN = rf"\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?"
_LEADING_TIME = re.compile(rf"^[\s,|]*(?:kl\.?\s*)?{_TIME_SPAN}")


_LIST_OF_ITEMS = re.compile(rf"^(?:\d{{1,3}}\s+)?(?:{CONTENTS_WORDS}|Punkter)\b", re.IGNORECASE)


def _time_and_place_after_date(m: Meeting, after: str, got: set[str] | None = None) -> None:
    """The time and the place a flattened head line prints right after the meeting's date, before its first
    label ('Økonomiudvalget 12-03-2024 kl. 16:00 Mødelokale 1, Rådhuset Deltagere: …'): only a time that
    follows the date at once, and only a place that names a room or a building (_place_line)."""
    got = set() if got is None else got
    t = re.match(rf"[\s,.{SPACED_DASH}]*(?:(?i:kl)\.?\s*)?{_TIME_SPAN}", after)
    if not t:
        place = _dashed_place(after) or _place_after_date(after)
        if place and m.location is None and "location" not in got:
            m.location, _ = place, got.add("location")
        return
    if m.start_time is None and "when" not in got:
        when = t.group(0)
        m.start_time, _ = parse_time(when) or parse_time("kl. " + when.strip(f" ,.{SPACED_DASHES}")), got.add("when")
    if m.location is None and "location" not in got:
        rest = re.sub(rf"^[\s,.{SPACED_DASH}]*(?:{_HELD_AT})?", "", after[t.end():])
        place, _body = _title_place(rest.strip(f" ,.{SPACED_DASHES}"))
        place = _place_line(place) if place else None
        if place:
            m.location, _ = place, got.add("location")


# '… 3. marts 2016 - Rådhuset, mødelokale 2A', '… 12.03.2024 | Byrådssalen': a place set off from the date by a
# dash or a bar, as a head line prints '<body> - <date> - <place>'
_DASH_THEN = re.compile(rf"^\s*[{SPACED_DASH}|]\s+(?P<place>\S.*)$")


# a label of a fact other than the place, as printed inside a line (capitalised or in capitals): where a place
# printed without its own label ends ('… i Byrådssalen, Rådhuset Medlemmer Anne Hansen (A)')
_OTHER_LABEL = re.compile(rf"\s(?:{cased_alternation([k for k, f in FIELD_OF.items() if f != 'location'])})(?![\w-])")


# the clock time a place printed after the date is followed by ('… afholdes i Byrådssalen kl. 16.00 Deltagere …')
_TIME_AFTER_PLACE = re.compile(r",?\s+(?:fra\s+)?(?i:kl\.?|klokken)\s*\d")


def _place_after_bare_time(value: str) -> str:
    """'Tid og sted: 16.00, Mødelokale 2, Rådhuset': the value starts with its clock time, printed without 'kl.' and
    with a full stop, as a bare time is (_LEADING_TIME), and the place follows it after a comma, a dash or 'i'/'på'.
    Taken only where it names a room or a building (_place_line): a bare number could be anything else."""
    lt = _LEADING_TIME.match(value)
    return _place_past_joiner(value[lt.end():]) or "" if lt and value[lt.end():].strip() else ""


def _place_before_date(value: str) -> str:
    """'Mødested og tid: Byrådssalen, 12.03.2026 kl. 16:00': the place a label that names it first prints before
    the date ('' when the value starts with its date or weekday, as 'Tid og sted' prints it)."""
    d = DATE_ANY.search(value)
    before = WEEKDAY.split(value[: d.start()])[0] if d else ""
    return re.sub(r"\s+(?:den|d\.)\s*$", "", before).strip(f" ,.{SPACED_DASHES}")


def _place_after_date(after: str) -> str | None:
    """The place a head line prints right after its date with no time between ('… den 20. juni 2013 i
    Byrådssalen, Rådhuset', '… 20.06.2013 Mødelokale 2'), when it names a room or a building (_place_line)."""
    rest = re.sub(rf"^[\s,.]*(?:{_HELD_AT})?", "", after)
    rest = _OTHER_LABEL.split(rest, maxsplit=1)[0].strip(" ,.")  # up to the next fact's label ('… Medlemmer …')
    rest = _TIME_AFTER_PLACE.split(rest, maxsplit=1)[0]  # '… i Byrådssalen kl. 16.00': the time is no part of it
    place, _body = _title_place(rest) if rest else (None, None)
    return _place_line(place) if place else None


def _dashed_place(after: str) -> str | None:
    """The place a head line prints after its date, set off by a dash (_DASH_THEN), when it names a room or a
    building (_place_line)."""
    dm = _DASH_THEN.match(after)
    if not dm:
        return None
    place, _body = _title_place(_tidy_place(dm.group("place")))
    if not place:
        return None
    return _place_line(place) or _named_place(place)


# a word that says what a title's last part is when it is no place: the meeting's kind, a page, a status
_NOT_A_PLACE = re.compile(r"(?i:møde|side|åben|åbent|lukket|godkendt|referat|dagsorden|protokol|tillæg|udgave|version"
                          r"|aflyst|ændret|rettet|opdateret|bilag|punkt|sag)")


def _named_place(place: str) -> str | None:
    """'Industrien, Aarup', 'Fænøsund, Middelfart': what a title prints last after its date, set off by a dash, is
    its place also where no word of it names a room or a building, when it is a short name (capitalised words,
    a town after a comma) and nothing else: no date, number, body's name or word of the meeting's kind."""
    words = place.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or re.search(r"\d", place) or _NOT_A_PLACE.search(place):
        return None
    if not all(w[:1].isupper() for w in words) or is_meeting_body(place) or any(is_body_name(w) for w in words):
        return None
    return place


def _dated_label(text: str, spans: list[tuple[str, int, int]]) -> bool:
    """A date label of the row with a date as its value ('… til og med den 10. februar 2016 … Udvalg:
    Økonomiudvalget Dato: Tirsdag den 13. august 2019 Tid: …', a web page's head flattened)."""
    ends = [a for _label, a, _b in spans[1:]] + [len(text)]
    return any(field_of(label) == "date" and DATE_ANY.search(text[b: end])
               for (label, _a, b), end in zip(spans, ends, strict=True))


def _body_under_unknown_label(lines: list[Line], i: int) -> str | None:
    """'Organ: Økonomiudvalget' among the head's label lines ('Dato: …' right under it): a label this reader does
    not know whose whole value is a meeting body's name names the body that met. The known label line next to it
    is the evidence that it is a row of the head's label block, not a sentence of a case."""
    um = _UNKNOWN_LABEL.match(lines[i].text.strip())
    body = um.group("rest").strip(f" ,{SPACED_DASHES}.:") if um else ""
    if not body or not is_meeting_body(body):
        return None
    near = [k for k in (*range(i - 1, max(i - 3, -1), -1), *range(i + 1, min(i + 3, len(lines)))) if lines[k].text]
    return body if any(starts_with_label(lines[k].text) for k in near) else None


def _facts_before_labels(m: Meeting, head: str, got: set[str]) -> None:
    """The date, time and place a header row prints before its first label: after the date ('Refer Do 29. januar
    2015 Mødetidspunkt …'), or, where the date was lost in extraction, right after the body's name ('1 Byrådet kl.
    19:00 Byrådssalen Referat Deltagere: …', a transcript's page line)."""
    d = DATE_ANY.search(head)
    if d:
        m.date, _ = parse_date(d.group(0)), got.add("date")
        _time_and_place_after_date(m, head[d.end():], got)
        return
    head = without_page_number(head.strip())
    body = _longest_body(head)
    if body and head.startswith(body):
        _time_and_place_after_date(m, head[len(body):], got)


# a list of names set off by commas ('Anne Hansen, Bo Jensen (V), Carl …'): the shape of a members' value
_COMMA_NAMES = re.compile(r"[\w)],\s+[A-ZÆØÅ][\w'’.-]+\s+[A-ZÆØÅ]")


def _value_shapes(text: str) -> int:
    """How many of a meeting's value shapes a text prints: a date, a clock time, a list of names."""
    return bool(DATE_ANY.search(text)) + bool(TIME.search(text) or _BARE_TIME.search(text)) \
        + (len(_COMMA_NAMES.findall(text)) >= 2)


def _values_before_run(text: str, spans: list[tuple[str, int, int]]) -> tuple[str | None, int]:
    """The values of a row of three or more empty labels printed before it ('Økonomiudvalget 12. marts 2024
    16:00 Byrådssalen Anne Hansen, Bo Jensen Udvalg: Dato: Tidspunkt: Sted: Deltagere:', a two-column table a
    transcript read values first): where the text before the labels prints more of the values' shapes (date,
    time, names) than as much text after them, from the body's name on (the page number and the kind before it
    are no value), and how many labels the row has. (None, 0) for any other line."""
    run = 1
    while run < len(spans) and not text[spans[run - 1][2]: spans[run][1]].strip(" |"):
        run += 1
    if run < 3 or spans[0][1] == 0:
        return None, 0
    before = without_page_number(text[: spans[0][1]].strip())
    end = spans[run - 1][2]
    if _value_shapes(before) <= _value_shapes(text[end: end + len(before)]):
        return None, 0
    km = kind_in(before)
    words = before[km.end():].split() if km else before.split()  # ('Hjørring Kommune Referat …': what is before)
    for k in range(min(len(words), 8)):
        rest = " ".join(words[k:])
        body = _longest_body(rest)
        if body and rest.startswith(body):
            return rest, run
    return " ".join(words), run


def _label_facts(lines: list[Line], m: Meeting) -> set[str]:
    """Fill the meeting from label blocks; returns the fields set this way."""
    got: set[str] = set()
    after_column = 0
    for i, ln in enumerate(lines):
        text = ln.text
        if got and _LIST_OF_ITEMS.match(text):
            break  # the header ends where the list of items begins; labels after it are the items'
        if i < after_column or _column_row(lines, i, m, got):
            continue
        after_column = _label_column(lines, i, m, got) or _value_column(lines, i, m, got) \
            or read_attendance_table(lines, i, m, got)
        if after_column:
            continue
        spans = without_cells_as_labels(text, label_spans(text))
        if not spans:
            if m.committee is None and (body := _body_under_unknown_label(lines, i)):
                m.committee = body
            continue
        if "location" not in got and spans[0][1] and (place := place_before_labels(text[: spans[0][1]])):
            _assign(m, ["location"], place, None, got)
        head, run = _values_before_run(text, spans)
        if head:
            _assign(m, [field_of(lab) for lab, _a, _b in spans[:run]], head, None, got)
            spans = [s for s in spans[run:] if field_of(s[0]) is not None]  # (a row's values end at 'Bemærkninger')
            if not spans:
                continue
        elif "date" not in got and not _dated_label(text, spans):
            # a date before the first label of a header row is the meeting's ('Refer Do 29. januar 2015
            # Mødetidspunkt …', a label lost in extraction), unless a date label of the row prints the date
            _facts_before_labels(m, text[: spans[0][1]], got)
        run: list[str | None] = []
        for k, (label, _a, b) in enumerate(spans):
            nxt = spans[k + 1][1] if k + 1 < len(spans) else len(text)
            value = text[b:nxt].strip(" |")
            run.append(field_of(label) or _members_under_unknown_label(label, value)
                       or ("location" if "location" not in got and place_under_unknown_label(label, value) else None))
            if run[-1] in ("participants", "absent") and LIST_COLUMN_HEADS.fullmatch(value):
                value = ""  # 'Medlemmer  Fremmøde' / 'Jens Hansen (A)  Deltog': a table's head row, its rows below
            if not value and k + 1 < len(spans):
                continue  # an empty label in a row of labels: the value after the last one is for all
            block = None
            if value and k + 1 == len(spans) and run[-1] in ("participants", "absent"):
                value = _wrapped_list(lines, i, value)
            elif value and k + 1 == len(spans) and run[-1] == "location":
                value = _wrapped_place(lines, i, value)
            if not value:
                block = _block_lines(lines, i, run[-1])
                value = " ".join(block)
                if len(run) > 1:
                    block = None
            fields = run
            run = []
            if not value:
                continue  # a label with no value at all: the next label line says it
            _assign(m, fields, value, block, got, re.sub(r"\s+", " ", label.lower()))
    return got


# the words of a label over people who are sent the minutes or write them, not who met ('Kopi til:', 'Udarbejdet af:')
_NOT_MEMBERS_LABEL = re.compile(r"(?i:kopi|cc|sendt|modtager|udarbejdet|skrevet|godkendt|underskri)")


# a word of a list of names: a capitalised word, a party's letters, a joiner or a bullet; a sentence's verb is none
# ('Bemærk: Anne Holm og Bo Berg deltog via video')
_LIST_TOKEN = re.compile(r"[A-ZÆØÅ][\w'’.-]*|\(?[A-ZÆØÅ]{1,3}\)?|og|samt|&|von|van|de|af|[;•·▪●-]")


def _members_under_unknown_label(label: str, value: str) -> str | None:
    """'participants' for a label the vocabulary does not know whose value in a header row is a list of two or more
    persons' names ('… Sted: Byrådssalen Udvalgets medlemmer: Anne Holm, Bo Berg, Carl Dahl Afbud: …'), else None.
    Why: the people a meeting's head lists are its participants whatever the council calls them (annotation rules:
    'Deltagere', 'Medlemmer', 'Derudover deltog'); a name alone under a label is an office ('Mødeleder: Anne
    Holm'), and a list of bodies or a sentence is no members' list."""
    if FIELD_OF.get(re.sub(r"\s+", " ", label.lower()), "") != "" or _NOT_MEMBERS_LABEL.search(label) \
            or _BODY_WORD.search(value):
        return None
    names = listed_names_in(value, "participants")
    ok = len(names) >= 2 and all(_ONE_NAME.fullmatch(n) for n in names) \
        and all(_LIST_TOKEN.fullmatch(w) for w in value.replace(",", " ").split())
    return "participants" if ok else None


# ('Temamøde for Byrådet', 'Dialogmøde i Økonomiudvalget': the kind of meeting before the body that holds it)
_CONNECTOR = re.compile(rf"^(?:\s*(?:[{SPACED_DASH}.:,|]|(?:til|fra|for|af|over|(?:(?:ordinært|ekstraordinært"
                        rf"|konstituerende)\s+)?"
                        r"\w*møde(?:t)?\s+(?:i|for)|mødet|i)\b)\s*)*", re.IGNORECASE)
# 'Referat fra Byrådets møde den …', 'Dagsorden til Kommunalbestyrelsens ekstraordinære møde': the body in the genitive
_GENITIVE_MEETING = re.compile(r"^(?P<body>\S.{0,80}?)s\s+(?:(?:ordinære|ekstraordinære|konstituerende)\s+)?møde\b",
                               re.IGNORECASE)


def clean_committee(name: str) -> str:
    """'Tønder Kommune – Kommunalbestyrelsen' -> 'Kommunalbestyrelsen'; 'KOMMUNALBESTYRELSEN FOR NORDFYNS
    KOMMUNE' -> 'KOMMUNALBESTYRELSEN': the municipality is not part of the body's name here."""
    m = re.match(rf"^.*?\bKommunes?\s*[{SPACED_DASH}.,:]?\s+(?P<rest>\S.*)$", name, re.IGNORECASE)
    if m and is_body_name(m.group("rest")):
        name = m.group("rest")
    name = re.sub(r"\s+for\s+\S+\s+Kommune$", "", name, flags=re.IGNORECASE)
    # 'Udvalget for Klima og Miljø Tværby Kommune': nor is it after the body, where a title ran on into the letterhead
    # line below it; no body's name ends in a municipality ('X Kommune' is the council's town, not a body)
    m = _MUNICIPALITY_AFTER.match(name)
    if m and is_body_name(m.group("body")):
        name = m.group("body")
    name = _MEETING_NOUN_AFTER.sub("", name)
    # 'Organ: Økonomiudvalget', 'Politisk udvalg: …': a label the header reader does not know, before the body
    m = _UNKNOWN_LABEL.match(name)
    if m and is_body_name(m.group("rest").strip(f" ,{SPACED_DASHES}.:")):
        name = m.group("rest")
    return name.strip(f" ,{SPACED_DASHES}.:")


_MUNICIPALITY_AFTER = re.compile(r"^(?P<body>\S.*?)\s+[A-ZÆØÅ][\w-]*\s+(?i:kommunes?)$")
# 'Udvalget for Kultur og Fritid Mødet afholdes 9. juni …': a flattened cover runs the sentence that gives the meeting's
# time and place on after the body's name, and its subject ('Mødet', 'the meeting') is capitalised as a name's word
# is; no body's name ends in the bare noun (a body is a council, a committee or a board, never the meeting itself)
_MEETING_NOUN_AFTER = re.compile(r"\s+(?:Mødet|MØDET)$")
_UNKNOWN_LABEL = re.compile(r"^[A-ZÆØÅ][\w.é]*(?:\s+[\w.é]+){0,2}\s*:\s+(?P<rest>\S.*)$")


_NAME_GLUE = {"for", "og", "i", "med", "til", "på", "af", "&", *DASH_WORDS}


# 'Udvalget for plan, udvikling og kultur (PUK) Ekstraordinært PUK': a committee named by its fields in
# lower case, up to its abbreviation or the next capitalised word
_UDVALG_FOR = re.compile(r"^(Udvalg(?:et)? for [a-zæøå][\w\-]*(?:,? (?:og |samt )?[a-zæøå][\w\-]*)*"
                         r"(?: \([A-ZÆØÅ]{2,8}\))?)(?=\s+[A-ZÆØÅ\d]|\s*$)")


# 'Udvalget for Teknik, Klima og Miljø', 'Udvalget for Børn, Unge og Familie': a committee named by its fields,
# capitalised, set off by commas up to the last one's 'og' (a name's commas, not a place's before the body)
_UDVALG_FOR_FIELDS = re.compile(r"^(Udvalg(?:et)? for [A-ZÆØÅ][\w\-]*(?:, [A-ZÆØÅa-zæøå][\w\-]*)+,? (?:og|samt) "
                                r"[A-ZÆØÅa-zæøå][\w\-]*(?: \([A-ZÆØÅ]{2,8}\))?)(?![\w-])")
_PERIOD = re.compile(r"\(\d{2,4}(?:\s*-\s*\d{2,4})?\)")


def _glue_in_small(text: str) -> str:
    """'UDVALGET FOR BØRN, UNGE OG FAMILIE' -> 'Udvalget for Børn, Unge og Familie' (as long): a name printed in
    capitals, read in the shape the committee patterns know, whose glue words are in small letters."""
    return re.sub(r"\b\w+\b", lambda w: w.group(0).lower() if w.group(0).lower() in _NAME_GLUE else w.group(0),
                  text.title())


def _longest_body(text: str) -> str | None:
    """The longest run of leading words that names a body: 'Hjørring Byråd Borgmesterkontoret' -> 'Hjørring Byråd',
    'Byrådet Byrådet Vis medlemmer' -> 'Byrådet'. A name's words are capitalised or glue ('for', 'og'); the
    municipality before the body is not part of its name ('Dragør Kommune - Økonomiudvalget', as clean_committee)."""
    probe = _glue_in_small(text) if text.isupper() else text
    probe = probe if len(probe) == len(text) else text  # (the same span in both)
    m = _UDVALG_FOR.match(probe) or _UDVALG_FOR_FIELDS.match(probe)
    if m:
        return text[: m.end(1)]
    words = text.split()
    ok = 0
    while ok < min(len(words), 9):
        w = words[ok]
        # a period of office in brackets is part of the name as printed ('Økonomiudvalget (2022-2025)')
        if not (w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_GLUE or _PERIOD.fullmatch(w)) \
                or ok and w == words[ok - 1]:
            break
        ok += 1
    for n in range(ok, 0, -1):
        cand = " ".join(words[:n]).strip(f" ,{SPACED_DASHES}.:")
        if re.search(r"(?<!-),", clean_committee(cand)):
            continue  # 'Mødelokale 1, Rådhuset Økonomiudvalget': a place, then the body; a name's commas follow a dash
        if cand and is_meeting_body(cand) and not START_LABEL.fullmatch(cand):
            return _last_of_two_bodies(clean_committee(cand))
    return None


def _last_of_two_bodies(name: str) -> str:
    """'Kommunalbestyrelsen i Bornholm Børne- og Skoleudvalget' -> 'Børne- og Skoleudvalget': a title run over its
    lines names the council (the letterhead) and then the body that met; where the name splits into two whole
    bodies' names, the later one met. A name with glue between its words ('Udvalget for Børn og Unge') has no
    body's name before its last words, so it stays whole."""
    words = name.split()
    for n in range(1, len(words)):
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if _names_a_council(head) and is_meeting_body(tail) and words[n].lower() not in _NAME_GLUE \
                and not words[n - 1].endswith("-"):
            return tail
    return name


# 'Kommunalbestyrelsen i Bornholm', 'Byrådet i Aarhus': a body named with its municipality, as a letterhead prints it
_BODY_IN_PLACE = re.compile(r"(?P<body>\S+)\s+i\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)?")


def _names_a_council(text: str) -> bool:
    """A body's name, or a body named with its municipality ('Kommunalbestyrelsen i Bornholm')."""
    bm = _BODY_IN_PLACE.fullmatch(text)
    return is_meeting_body(text) or bool(bm and is_meeting_body(bm.group("body")))


_TIME_THEN_PLACE = re.compile(
    r"\b(?:kl\.?\s*(?:(?P<h>\d{1,2}[.:]\d{2})|(?P<hour>\d{1,2})(?![\d.:,]))?|(?P<h2>\d{1,2}:\d{2}))"
    r"(?:\s*-\s*\d{1,2}[.:]\d{2})?[\s.,-]*"
    r"(?:(?:(?:af)?holdes|afholdt)\s+)?(?:(?:i|på)\s+)?(?P<place>\S.*)?$", re.IGNORECASE)  # '… kl. 16 afholdes på …'


def _without_bare_label(head: str) -> str:
    """'Referat Udvalget for Kultur Dato' -> 'Referat Udvalget for Kultur': a fact's label that ends the title with
    no value after it is where a transcript viewer cut the page's head (its title repeats the head up to its
    length), not a word of the body's name. A label that may name the body ('Udvalg', 'Forum') stays."""
    words = head.split()
    if len(words) > 1 and START_LABEL.fullmatch(words[-1]) \
            and field_of(words[-1]) in ("date", "when", "location", "participants", "absent"):
        return head[: head.rstrip().rindex(words[-1])]
    return head


def _title_facts(lines: list[Line], m: Meeting) -> None:
    """Committee, date, time and place from a title line ('Referat Økonomiudvalget torsdag den 23. januar
    2014 Kl. 16:30 i Mødelokale 2, Allerslev', 'Kommunalbestyrelsen - Referat')."""
    # a listing of meetings prints a kind word per entry ('08/10-2025' / 'Aarhus Byråd' / 'Dagsorden'):
    # there a title does not run on into the next entry
    listing = sum(1 for ln in lines[:60] if ln.text and KIND_WORD.fullmatch(ln.text.strip(" .:"))) >= 3
    for ln in first_texts(lines):
        text = ln.text
        km = kind_in(text)
        if not km:
            continue
        spans = label_spans(text)
        end = next((a for _label, a, _b in spans if a > km.start()), len(text))
        rest = text[km.end(): end]
        if not spans and not listing:
            # the title goes on over the next short lines: 'Referat' / 'Onsdag den 18. december 2019 kl. 17:00'
            k = lines.index(ln) + 1
            while k < len(lines) and len(rest) < 200 and not TIME.search(rest):
                nxt = lines[k].text
                if nxt and (len(nxt) > 120 or label_spans(nxt) or is_heading(nxt) or kind_in(nxt)
                            or nxt.strip().isdecimal()):
                    break  # (a number alone: the next page's, where a transcript's page line begins)
                rest = f"{rest} {nxt}"
                k += 1
                if k > lines.index(ln) + 4:
                    break
        rest = _CONNECTOR.sub("", rest)
        rest = _CONNECTOR.sub("", re.sub(r"^(?:(?:Åben|Åbent|Åbne)\s+)?(?:dagsorden|referat)\b", "", rest,
                                         flags=re.IGNORECASE))
        gm = _GENITIVE_MEETING.match(rest)
        if gm and is_meeting_body(gm.group("body")):
            rest = gm.group("body") + rest[gm.end():]
        d = DATE_ANY.search(rest)
        if d:
            m.date = m.date or parse_date(d.group(0))
        # "… kl. 16:30 i Mødelokale 2, Allerslev", "…, KL PÅ BOGENSE RÅDHUS, BYRÅDSSALEN": the place after the time
        t = _TIME_THEN_PLACE.search(rest, d.end() if d else 0)
        if d and not t and not m.location:
            # 'Referat - Byrådet - 12. marts 2024 - Byrådssalen', 'Referat Byrådet 12. marts 2024 i Byrådssalen'
            m.location = _dashed_place(rest[d.end():]) or _place_after_date(rest[d.end():])
        if t:
            if (t.group("h") or t.group("h2")) and not m.start_time:
                m.start_time = parse_time(t.group(0))
            elif t.group("hour") and int(t.group("hour")) < 24 and not m.start_time:
                m.start_time = f"{int(t.group('hour')):02d}:00"  # '… fra kl. 16 på Rådhuset': the hour alone
            place, body = _title_place(t.group("place") or "")
            if place and not m.location:
                m.location = place
                m.committee = m.committee or body
        head = rest[: d.start()] if d else rest
        head = _without_bare_label(WEEKDAY.split(head)[0])
        head = re.split(r"\s+(?:den|d\.)\s*$|\s+(?:den|d\.)\s+\d", head)[0]
        body = _longest_body(head.strip(f" ,{SPACED_DASHES}.:"))
        if not body:
            before = text[: km.start()].strip(f" ,{SPACED_DASHES}.:|")
            before = re.sub(r"\b(?:Åben|Åbent|ÅBENT|ÅBEN)$", "", before).strip(f" ,{SPACED_DASHES}.:|")
            before = re.sub(r"^\d{1,3}\s+", "", before)  # a page number of a flattened PDF page
            before = clean_committee(before)
            if before and is_meeting_body(before):
                body = before
        if body and not m.committee:
            m.committee = body
        if body and d and not m.location:
            m.location = _place_after_body(head, body)
        if m.committee and m.date and m.start_time and m.location:
            return  # else a later title line may say more ('Referat' / 'til mødet i … kl. 19:00 i …')


def _place_after_body(head: str, body: str) -> str | None:
    """The place a title prints between the body's name and the date ('Referat Teknisk Udvalg, Byrådssalen, 12. marts
    2024 …', 'Økonomiudvalget Mødelokale 2, Rådhuset 12.03.2024'), where it names a room or a building. Why: a head
    prints the meeting's who, where and when in some order; what stands between the body and the date, named by a
    room's or a building's word, is the place (a weekday or 'den' there is the date's)."""
    at = head.find(body)
    rest = head[at + len(body):].strip(f" ,{SPACED_DASHES}.:") if at >= 0 else ""
    if not rest or len(rest) > 60 or not rest[0].isupper() or not _names_a_building(rest) or kind_in(rest) \
            or label_spans(rest) or is_body_name(rest):
        return None
    return _place_line(_tidy_place(rest))


# where the place after a title's time ends on a flattened page line: the contents begin, or the page's
# title is printed again ('… kl. 19:00 i Kommunalbestyrelsens mødesal Kommunalbestyrelsen - Referat Tryk …')
_TITLE_PLACE_END = re.compile(rf"\s+(?:{CONTENTS_WORDS}|Punkter)\b"
                              rf"|\s+(?:[{SPACED_DASH}]\s+)?(?:(?:Åben|Åbent|Godkendt)\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\b"
                              r"|\s+(?:Åben|Åbent|Godkendt)\s+(?i:referat|dagsorden)\b")


def _names_a_building(place: str) -> bool:
    """A word of the place names a room or a building ('…salen', 'Rådhuset', 'Lokale'), not a house number."""
    return any(PLACE_WORD.search(w) and not re.search(r"\d", w) for w in re.split(r"[\s,]+", place))


def _title_place(text: str) -> tuple[str | None, str | None]:
    """(the place, a body printed after it) of what a title prints after its time: up to where the contents
    or the title again begin, and only a place ('Det gamle Rådhus', 'kommunalbestyrelsessalen, Landemærket 26,
    Rønne': a capital or, in lower case, a word of a room or a building somewhere in it)."""
    place = _TITLE_PLACE_END.split(text, maxsplit=1)[0]
    # '… kl. 17:00 Mødet afholdes i Byrådssalen.'
    place = re.sub(rf"^{_HELD_LEAD}", "", place.strip(f" .,{SPACED_DASHES}"))
    place, body = _place_then_body(_PLACE_LABEL.sub("", _tidy_place(place)))
    if place and len(place) < 80 and (place[0].isupper() or _names_a_building(place)) \
            and not _PAGE_NUMBER_FIRST.match(place):
        return place, body
    return None, None


# a running head prints the meeting's time, then its page number ('Referat For Miljøudvalget 3. maj 2021 - kl. 09:00
# Side 2'): what follows the time there is the page, not a place
_PAGE_NUMBER_FIRST = re.compile(r"(?i:side)\s+\d")


# '… kl. 16:00 Lokale Byrådssalen': a place label printed before the place, not a room's word ('Lokale 1')
_PLACE_LABEL = re.compile(r"^(?:(?:Sted|Lokale|Lokation)\s*:?\s+(?=[A-ZÆØÅ][a-zæøå])"
                          r"|(?:Placering|Mødeplacering|Adresse|Mødeadresse|Mødested)\s*:?\s+(?=\S))")
_HELD_AT = r"(?:(?:[Mm]ødet\s+(?:blev\s+)?)?(?i:(?:af)?hold(?:es|t))\s+)?(?:i|på)\s+"
_AFTER_TIME = rf"{_TIME_SPAN}[,.]?\s+{_HELD_AT}"  # '… kl. 16:00 i ', '… 16.00-18.00, afholdt på '
_AT_PLACE = re.compile(_AFTER_TIME + r"(?P<place>[A-ZÆØÅ].*)$")
# the same with the place in lower case too ('… kl. 16.00 i mødelokale 1'), where a header line is read for it
_HELD_AFTER_TIME = re.compile(_AFTER_TIME + r"(?P<place>\S.*)$")


def _place_after_time(value: str) -> str | None:
    """'12. april 2023 kl. 16:00 i Mødelokale 3, Rådhuset' -> 'Mødelokale 3, Rådhuset': a date or time
    value that goes on to say where ('i'/'på' after the time)."""
    m = _AT_PLACE.search(value)
    if not m:
        return None
    place, _body = _place_then_body(_tidy_place(m.group("place")))
    return place if place and len(place) < 80 else None


def _place_line(text: str) -> str | None:
    """'i Kommunalbestyrelsens mødesal', 'Mødelokale C, Ullasvej 23, 3700 Rønne': a short line that names
    a room or an address."""
    held = _HELD_SENTENCE.match(text.strip())  # 'Mødet afholdes på Rådhuset kl. 16:00.': the place in it
    t = held.group("place") if held else re.sub(rf"^{_HELD_AT}", "", text.strip())  # 'i Byrådssalen'
    t = _ANY_LABEL.sub("", t).strip()  # 'Placering: Byrådssalen': a label the header reader does not know
    if t.endswith(".") and not re.search(r"(?:^|\s)[A-ZÆØÅ]\.$", t):
        t = t[:-1].rstrip()  # the full stop of a sentence ('Mødet afholdes i Byrådssalen.'), not of 'Nykøbing F.'

    if not t or len(t) > 90 or is_heading(t) or is_body_name(t) or DATE_ANY.search(t) or label_spans(t):
        return None
    if KIND_WORD.search(t):
        return None
    words = re.split(r"[\s,]+", t)
    if any(MARKER_WORD.match(w) for w in words):
        return None  # '2 Indholdsfortegnelse': a page of the agenda, not a place
    if any(PLACE_WORD.search(w) and not w.rstrip(".,").isdecimal() for w in words) and len(words) <= 12:
        return t
    if _ONLINE.fullmatch(t):
        return t  # 'Skype', 'Microsoft Teams', 'Virtuelt møde via Teams': the meeting was held online
    return None


# where a meeting held online says it was held: the service or the kind of meeting, and nothing more
# than the service it used ('Online møderne fortsætter' is a sentence)
_ONLINE = re.compile(r"(?:(?:(?:Microsoft\s+)?Teams|Skype|Zoom|Online)(?:[-\s]?møde)?"
                     r"|(?:Video|Virtuelt|Digitalt|Telefon)[-\s]?møde)"
                     r"(?:\s+(?:via|på|over)\s+(?:Microsoft\s+)?(?:Teams|Skype|Zoom))?", re.IGNORECASE)


def _place_then_body(place: str) -> tuple[str, str | None]:
    """'Byrådssalen, Rådhuset, Ringkøbing Byrådet': a flattened header prints the body after the place;
    its last words (up to four) that name a meeting body are the body, not part of the place."""
    words = place.split()
    for n in range(1, min(4, len(words) - 1) + 1):  # the shortest tail that is a body, whole
        tail = " ".join(words[-n:])
        if place.isupper() and re.fullmatch(r"[A-ZÆØÅ0-9§]{1,6}", tail):
            continue  # 'PÅ TRAPPETÅRN 5 SAL', '…, 2670 GREVE': in a place in capitals a short word is no initials
        if "," not in tail and is_meeting_body(tail) and not words[-n - 1].endswith(("-", "og")) \
                and not tail.startswith("og "):
            return " ".join(words[:-n]).rstrip(" ,"), tail
    return place, None


def _texts_after(lines: list[Line], i: int, n: int) -> list[int]:
    """The indexes of the first n lines after line i that carry text (empty lines skipped; it stops there, so a
    long document is not walked to its end for each line of its head)."""
    return list(islice((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), n))


def _place_on_time_line(text: str) -> str | None:
    """'Kl. 16.00 i Byrådssalen', 'Kl. 16.00, Mødelokale 2' under the date's line: the time's own line goes on to
    say where ('i'/'på', a comma or a dash after the time), and only a place that names a room or a building is
    taken (_place_line). The line must start with its time: a sentence that holds a time says something else."""
    tm = _TIME_LINE.match(text.strip())
    rest = text.strip()[tm.end():] if tm else ""
    return _place_past_joiner(rest) if rest else None


def _place_past_joiner(rest: str) -> str | None:
    """The place printed after a clock time, past what joins them ('i'/'på', a comma, a dash or a bar), where it
    names a room or a building (_place_line): what _place_on_time_line and _place_after_bare_time both read
    (_place_after_time reads only 'i'/'på' on a date's value, and any capitalised place)."""
    rest = re.sub(rf"^\s*(?:[,.]?\s+{_HELD_AT}|\s*[,{SPACED_DASH}|]\s+)", "", rest)
    return _place_line(_tidy_place(rest)) if rest else None


def _unlabelled_place(lines: list[Line], m: Meeting) -> None:
    """The place printed on its own line next to the date and time lines of a header without labels
    ('26-03-2015 kl. 18:00' / 'kommunalbestyrelsessalen, Landemærket 26, Rønne')."""
    for i, ln in enumerate(lines[:15]):
        if not ln.text or not DATE_ANY.search(ln.text):
            continue
        # ('… 7. maj 2007 kl. 17:00' / 'Godkendt referat' / 'Det gamle Rådhus'): the kind of document between them
        # the next three lines that carry text: a PDF cover spaces its lines with empty ones ('Mandag den 3. maj
        # 2021' / '' / 'Kl. 09:00' / '' / 'Mødelokale 2'), which do not move the place further from the date
        after = [k for k in _texts_after(lines, i, 3)
                 if not (KIND_WORD.search(lines[k].text) and len(lines[k].text.split()) <= 3)]
        if after and not TIME.search(ln.text) and TIME.match(lines[after[0]].text.strip()) or \
                after and re.match(r"(?i)kl\.?\s*\d", lines[after[0]].text):
            place = _place_on_time_line(lines[after[0]].text)
            if place:
                m.location = place
                return
            after = after[1:]  # the time on a line of its own
        elif not TIME.search(ln.text):
            continue
        else:
            # '… den 12.03.2024 kl. 16.00 i mødelokale 1': the place after the time, in lower case too
            held = _HELD_AFTER_TIME.search(ln.text)
            place = _place_line(_tidy_place(held.group("place"))) if held else None
            if place:
                m.location = place
                return
        near = after[:1] + [k for k in range(i - 1, max(i - 3, -1), -1) if lines[k].text][:1]
        for j in near:
            place = _place_line(lines[j].text)
            if place:
                m.location = place
                return
        break
    if m.committee:
        m.location = _place_under_body(lines, m.committee)


# 'Mødet afholdes i Byrådssalen.', 'Udvalgsmødet holdes på Rådhuset, mødelokale 2', 'Mødet finder sted i …': a head's
# sentence that says where the meeting is held; the place ends with the sentence or where its date or time begins
_HELD_LEAD = (r"(?:[Mm]ødet|[A-ZÆØÅ][a-zæøå]*møde(?:t)?)\s+(?:(?:den|d\.)\s+\S.*?\s+)?"
              r"(?:(?:blev\s+)?(?:af)?hold(?:es|t)|finder\s+sted|fandt\s+sted|foregår|foregik|afvikles|afvikledes)"
              r"\s+(?:i|på)\s+")
_HELD_SENTENCE = re.compile(
    rf"(?:^|(?<=\s))(?=[A-ZÆØÅ]){_HELD_LEAD}(?P<place>\S.*?)"
    # the sentence's end: its full stop (not an initial's, 'Nykøbing F.', nor an abbreviation's, 'Gl. Kro'), or its
    # date or time
    r"(?:(?<![\s,][A-ZÆØÅ])\.?\s*$|\s*$|(?<![\s.][^\W\d_])(?<![\s.][^\W\d_]{2})\.\s+[A-ZÆØÅ]"
    r"|,?\s+(?:den|d\.|kl\.?|fra|klokken)\s+\d)")


def _place_in_sentence(lines: list[Line]) -> str | None:
    """The place a sentence of the head says the meeting is held in (_HELD_SENTENCE): a capitalised name or
    a room's or a building's word, short."""
    for ln in lines[:40]:
        hm = _HELD_SENTENCE.search(ln.text.strip())  # anywhere on a flattened page's line
        if not hm:
            continue
        place = hm.group("place")
        spans = label_spans(place)  # a flattened head runs on into its next label ('… Rådhusvej 1 STARTTIDSPUNKT …')
        place = _tidy_place(place[: spans[0][1]] if spans and spans[0][1] > 0 else place)
        if place and len(place) < 90 and (place[0].isupper() or place[0].isdigit() or _names_a_building(place)) \
                and not DATE_ANY.search(place):
            return place
    return None


def _place_under_body(lines: list[Line], body: str) -> str | None:
    """'Referat' / 'Byrådet' / 'Byrådssalen, Svendborg Rådhus': a head without date lines (a transcript
    site's title of the page) prints the place right under the body that meets. A word with digits alone
    ('Budget 2025') does not make it a place there."""
    texts = [ln.text.strip() for ln in lines[:10] if ln.text.strip()]
    for k, t in enumerate(texts[:-1]):
        if t != body:
            continue
        if k + 2 < len(texts) and KIND_WORD.fullmatch(texts[k + 1].strip(" .:")):
            k += 1  # 'Økonomiudvalget' / 'Referat' / 'Mødelokale 1, Rådhuset': the kind of document between them
        place = _place_line(texts[k + 1])
        if place and _names_a_building(place):
            return place
        return None
    return None


_ATTENDANCE_ITEM = re.compile(r"^(?:Fraværende|Afbud|Fravær|Fremmøde)\b", re.IGNORECASE)


def is_attendance_item(title: str | None) -> bool:
    """'1 Fraværende og bemærkninger til dagsordenen', 'Afbud', 'Fremmøde': the meeting's own item on who is there."""
    return bool(title and _ATTENDANCE_ITEM.match(title.strip()))


def absent_from_attendance_item(title: str | None, body: list[Line]) -> list[str]:
    """'1 Fraværende og bemærkninger til dagsordenen' / … / 'Fraværende' / 'Afbud fra Bente Helms': the
    meeting's own item on who is absent names the meeting's absentees, under a label or in a sentence
    ('Thomas Bay Jensen var fraværende.', 'X havde meldt forfald.')."""
    if not is_attendance_item(title):
        return []
    found = Meeting()
    _label_facts(body, found)
    return found.absent or absent_from_meeting("\n".join(ln.text for ln in body))


def complete_meeting(m: Meeting | None, lines: list[Line]) -> Meeting | None:
    """Fill what the header left out from label lines further on (before any section heading). Only
    labelled facts count there: a date in a title is the item's, not the meeting's."""
    extra = Meeting()
    got = _label_facts(lines, extra)
    if not got & {"date", "when", "location"}:
        return m
    if m is None:
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
# with no list glue between them ('… Anne Berg (F) Anne Berg (F) havde meldt afbud.')
_LIST_THEN_TEXT = re.compile(r"\)(?=\s+[A-ZÆØÅ])")


def _sentence_after_list(text: str) -> list[str]:
    """The sentence of absence a flattened label line prints right after its list of names ('Deltagere: Jens Hansen
    (A), Anne Berg (F) Anne Berg (F) havde meldt afbud.'), as a header's own line would: from the last place where
    the list ends and such a sentence begins; [] when there is none."""
    for m in reversed(list(_LIST_THEN_TEXT.finditer(text))):
        rest = text[m.end():].strip()
        if absent_from_meeting(rest):
            return [rest]
    at = absence_after_unmarked_name(text)  # a list whose names print no party ('…, Carl Dam Carl Dam var …')
    return [text[at:]] if at is not None else []


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
    got = _label_facts(lines, m)
    if not m.participants:
        shaped_members(lines, m, got)
    else:
        offices_above_members(lines, m)
    _title_facts(lines, m)
    _fallbacks(lines, m)
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
                head += [(t, ln.text) for t in _sentence_after_list(_RUN_IN_SECTION.split(ln.text, 1)[0])]
                head += _remark_value(ln.text, above)
            above = ln.text
        m.absent = _members_only(head, m.participants)
    return m, len({f for f in got if ":" not in f} - {"committee"})


def _read_meeting(lines: list[Line]) -> Meeting:
    return meeting_facts(lines)[0]


# 'Indholdsfortegnelse Økonomiudvalget den 18. august 2014': a contents page's heading before the body its head names
_CONTENTS_LEAD = re.compile(rf"^(?:{CONTENTS_WORDS})\s+(?=[A-ZÆØÅ])")


def _body_of_line(text: str) -> str | None:
    """The body a head line names ('§ 17, stk. 4 Udvalget for …', 'Byrådet -'), or None; a decision heading's
    line ('Beslutning Byrådet den …') names the decider, not the meeting."""
    if _DECISION_LEAD.match(text):
        return None
    candidate = re.sub(r"^(?:§\s*17,?\s*stk\.?\s*4,?\s*)", "", text.strip(f" ,{SPACED_DASHES}")).strip()
    candidate = clean_committee(_COMMITTEE_NOISE.sub("", candidate).strip(f" ,{SPACED_DASHES}."))
    candidate = _CONTENTS_LEAD.sub("", candidate, count=1)  # a contents page's running head names the body after it
    # 'Ordinært møde i Økonomiudvalget', 'Økonomiudvalgets møde': the body that met, without the words of the meeting
    candidate = re.sub(r"\s+(?:den|d\.)$", "", _CONNECTOR.sub("", candidate))
    gm = _GENITIVE_MEETING.match(candidate)
    if gm and is_meeting_body(gm.group("body")) and not candidate[gm.end():].strip():
        candidate = gm.group("body")
    return candidate if candidate and is_meeting_body(candidate) and not _LABEL.fullmatch(candidate) else None


# a line that is the meeting's date and nothing else: 'Tirsdag 12. marts 2024 kl. 16:00', '12.03.2024, 16.00-18.00'
_DATE_LINE = re.compile(rf"(?:{WEEKDAY.pattern},?\s+)?(?:{DATE_ANY.pattern})"
                        rf"(?:,?\s+(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?)?",
                        re.IGNORECASE)
_DECISION_LEAD = re.compile(r"(?i:beslutning|indstilling|afgørelse)\b")


def _before_labels(text: str) -> str:
    """'Økonomiudvalget Mødested: … Mødedato: …' -> 'Økonomiudvalget': what a flattened head line prints before
    its labels (the whole line when it has none, or starts with one)."""
    spans = label_spans(text)
    return text[: spans[0][1]] if spans and spans[0][1] > 0 else text


def _fallbacks(lines: list[Line], m: Meeting) -> None:
    """What the labels and the title left out, from the head's lines as they stand."""
    if m.committee is None:
        _body_and_date_line(lines, m)
    if not m.date:
        _head_date(lines, m)
    if m.start_time is None and m.date:
        m.start_time = _time_under_date(lines, m.date)
    if m.location is None:
        _unlabelled_place(lines, m)
    if m.location is None:
        m.location = _place_in_sentence(lines)
    if m.committee is None:
        # the body named anywhere in the title or the first page line ('… MØDET HÆVET: Skive Byråd Deltagere: …')
        found = next((b for ln in first_texts(lines, 8) if (b := body_in_head(ln.text))), None)
        m.committee = clean_committee(found) if found else None


def _head_date(lines: list[Line], m: Meeting) -> None:
    """The meeting's date (and time and place) from the head's lines as they stand: its own dated line anywhere
    in the head first (_dated_head_line), else the first of the first lines that reads as a date line."""
    _dated_head_line(lines, m)
    if m.date:
        return
    for ln in lines[:10]:
        d = DATE_ANY.search(ln.text)
        if d and (_date_time_place(ln.text, m) or _DATE_LINE.fullmatch(ln.text.strip())
                  or re.search(r"(?:^|\s)(?:den|d\.)\s+\d", ln.text, re.I) or TITLE_LINE.match(ln.text)):
            m.date = parse_date(ln.text)
            m.start_time = m.start_time or parse_time(ln.text[d.start():])
            # the place the date's line prints after its time ('Byrådet Mandag den 7. maj 2007 kl. 17:00, Det
            # gamle Rådhus …'), up to its first label
            line = _before_labels(ln.text)
            dd = DATE_ANY.search(line)
            if dd:
                _time_and_place_after_date(m, line[dd.end():], {"when"})
            break


_DATED_HEAD = 40  # the head lines a site's navigation and participants may push the meeting's own lines down to


# 'Møde nr. 3, 12.03.2026 kl. 16:00, Byrådssalen': the meeting's number printed before its date, time and place on
# one line; the label and its number (nothing but digits) say nothing of when or where, so the line is read without
_MEETING_NUMBER_VALUE = re.compile(rf"^\d{{1,3}}\s*[,.;:{SPACED_DASH}]?\s+(?=\S)")
_MEETING_NUMBER_LABEL = r"møde\s*nr\.?|mødenr\.?|mødenummer"  # (as a label's key, folded: _after_meeting_number)
_MEETING_NUMBER = re.compile(rf"^(?i:{_MEETING_NUMBER_LABEL})\s*:?\s*{_MEETING_NUMBER_VALUE.pattern[1:]}")


def _dated_head_line(lines: list[Line], m: Meeting) -> None:
    """'Økonomiudvalget' / '13.08.2019 kl. 17:00 Mødelokale 1, forhallen': a line that starts with a date and its
    clock time (and goes on with a place, or nothing) is the meeting's own line wherever the head prints it, even
    below a site's navigation ('… til og med den 10. februar 2016': a link's date, no time); the body named on the
    line right above it is the one that met. A date with a time is the evidence: a sentence's date has none."""
    texts = [ln.text.strip() for ln in lines[:_DATED_HEAD] if ln.text.strip()]
    for k, t in enumerate(texts):
        if _body_date_dash_place(t, m):
            return
        t = _MEETING_NUMBER.sub("", t)
        dl = _DATE_TIME_LEAD.match(t)
        if not dl or not (dl.end() == len(t) or _date_time_place(t, m)):
            continue
        d = DATE_ANY.search(t)
        m.date = parse_date(t)
        m.start_time = m.start_time or (parse_time(t[d.end():]) if d else None)
        body = _body_of_line(texts[k - 1]) if k else None
        if m.committee is None and body:
            m.committee = body
        return


def _body_date_dash_place(text: str, m: Meeting) -> bool:
    """'Økonomiudvalget - 13. august 2019 - Mødelokale 1, forhallen': one head line of the body that met, its date
    and its place set off by a dash. The three together are the evidence that the line is the meeting's, wherever
    the head prints it; the line is taken when the body and the place both read as such."""
    d = DATE_ANY.search(text)
    if not d or not d.start():
        return False
    body = _body_of_line(text[: d.start()])
    place = _dashed_place(text[d.end():]) if body else None
    if not place:
        return False
    m.date = parse_date(d.group(0))
    m.committee = m.committee or body
    m.location = m.location or place
    return True


_TIME_ALONE = re.compile(rf"^(?:[Kk]l\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?$")
# the time's own line that goes on with the place ('Kl. 16.00 i Byrådssalen'): a time there too, the same start
_TIME_LINE = re.compile(rf"^(?:[Kk]l\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?"
                        rf"(?=$|[,.]?\s+{_HELD_AT}\S|\s*[,{SPACED_DASH}|]\s+\S)")


def _time_under_date(lines: list[Line], date: str) -> str | None:
    """The time printed on a line of its own right under the meeting's date ('Torsdag den 20. juni 2013' / 'Kl.
    10:30'), or on a line that starts with the date again and its time: the meeting's start."""
    texts = [ln.text.strip() for ln in lines[:15] if ln.text.strip()]
    for k, t in enumerate(texts[:-1]):
        if DATE_ANY.search(t) and parse_date(t) == date and _TIME_LINE.match(texts[k + 1]):
            return parse_time(texts[k + 1]) or parse_time("kl. " + texts[k + 1])
    # the same date printed again with its time ('Børne- og Skoleudvalget 30.01.2018  Side 1' / '30-01-2018 kl.
    # 13:00'): a running head gave the date, the meeting's own line its time
    return next((parse_time(dl.group(0)[DATE_ANY.search(dl.group(0)).end():])  # type: ignore[union-attr]
                 for t in texts if (dl := _DATE_TIME_LEAD.match(t)) and parse_date(t) == date), None)


# (a time with its seconds is a site's timestamp, '10-09-2014 22:00:00', no meeting's time)
_DATE_TIME_LEAD = re.compile(rf"(?:{WEEKDAY.pattern},?\s+)?(?:(?:den|d\.)\s*)?(?:{DATE_ANY.pattern}),?\s+(?:kl\.?\s*)?"
                             rf"{_TIME_SPAN}(?![.:]\d)", re.IGNORECASE)


def _date_time_place(text: str, m: Meeting) -> bool:
    """'12.03.2024 kl. 16:00 Byrådssalen, Rådhuset', 'Tirsdag den 12. marts 2024 kl. 16:00, Mødelokale 1': a line
    that starts with the meeting's date and time and goes on with the place and nothing else; the place is
    taken when none is known."""
    dl = _DATE_TIME_LEAD.match(text.strip())
    if not dl:
        return False
    rest = re.sub(rf"^[\s,.{SPACED_DASH}|]*(?:{_HELD_AT})?", "", text.strip()[dl.end():]).strip(f" ,.{SPACED_DASHES}|")
    place = _place_line(rest) if rest else None
    if place and m.location is None:
        m.location = place
    return bool(place)


def _without_column_heads(candidate: str | None) -> str | None:
    """'Mødedetaljer Udvalg Dato Type Hent Byrådet' -> 'Byrådet': a table's head row run into its row of values
    (flattened) before the date; the body is named after the heads, whose words no body's name holds."""
    words = (candidate or "").split()
    heads = [k for k, w in enumerate(words) if field_of(w) in ("date", "when", "location")]
    if not heads:
        return candidate
    return body_in_head(" ".join(words[heads[-1] + 1:]))


def _body_and_date_line(lines: list[Line], m: Meeting) -> None:
    """A "<body> <date>" line before a bare body name (which may be a breadcrumb: "Hjem Politik Byrådet"): the
    body, and the date, time and place the line prints after it."""
    head = [ln.text for ln in lines[:12] if ln.text]
    for k, t in sorted(enumerate(head), key=lambda p: not DATE_ANY.search(p[1])):
        t = _before_labels(t)
        d = DATE_ANY.search(t)
        candidate = _without_column_heads(_body_of_line(t[: d.start()] if d else t))
        if not candidate:
            continue
        # 'AALBORG BYRÅD' / 'Aalborg Byråd' / 'Folkeoplysningsudvalget' / 'Mødet den …': the letterhead,
        # then the body that met
        while not d and k + 1 < len(head) and (later := _body_of_line(head[k + 1])):
            k, candidate = k + 1, later
        m.committee = candidate
        if d and not m.date:
            m.date = parse_date(d.group(0))
            m.start_time = m.start_time or parse_time(t[d.end():])
        if d:
            _time_and_place_after_date(m, t[d.end():])
        return
