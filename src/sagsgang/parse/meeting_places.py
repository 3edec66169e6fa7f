"""Where the meeting is held: the place in a label's value, a title, a dated line or a line of its own.

Why a module: a place is printed with what comes next run into it (a time, a date, an item marker, a list word)
and is told from other lines by its shape (a room, a building, 'afholdes i …'); every header reader asks the
same questions (tidy_place, place_line, title_place), so they are answered once here."""
from __future__ import annotations

import re

from ..model import Meeting
from .attendance_lists import ANY_LABEL
from .bodies import is_body_name, is_meeting_body
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, WEEKDAY, find_dates, parse_time
from .document_kind import KIND_WORD, kind_in
from .fact_labels import FIELD_OF, PLACE_WORD, cased_alternation, label_spans
from .headings import is_heading
from .name_lists import MARKER_WORD
from .page_lines import CONTENTS_WORDS
from .place_person import before_marked_names
from .run_labels import unknown_label_spans

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
# meeting's time, never the start of a room's name (a room's own number alone, 'Mødelokale: 2.14', stays); or the
# clock word alone before 'i'/'på' where a template left the time blank ('… 2006, Kl i Kommunalbestyrelsens mødesal')
_SPAN_OF_TIMES = rf"\d{{1,2}}[.:]\d{{2}}\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}}"
_LEADING_TIMES = re.compile(rf"^(?:(?i:kl\.?|klokken)\s*(?:{_SPAN_OF_TIMES}|\d{{1,2}}[.:]\d{{2}})|{_SPAN_OF_TIMES}"
                            r"|(?i:kl\.?|klokken)(?=\s+(?:i|på)\s))[\s,]+(?=\S)")


# (public: fact_values and unlabelled_facts call it too)
def tidy_place(place: str) -> str:
    """Trailing punctuation off, but not the full stop of an abbreviation ('Nykøbing F.'); on a flattened
    page the place ends where a bullet or the list of items begins ('Mødelokale 2A • Pkt. 15 …',
    'C3.40 Dagsordenpunkter')."""
    place = _PLACE_END.split(place, maxsplit=1)[0]
    place = _LEADING_TIMES.sub("", place)
    place = _before_item_marker(place)
    place = _before_full_date(place)
    place = _before_empty_list_word(place)
    place = before_when_or_item(place)
    place = place.strip(f" |,{SPACED_DASHES}")
    if _sentence_stop(place):
        place = place.rstrip(".").rstrip()
    return place


# a capital letter alone before the closing full stop, and the word before it ('Nykøbing F.', 'Udvalgsværelse D.')
_LETTER_STOP = re.compile(r"(?:^|\s)(?:(?P<before>\S+)\s+)?[A-ZÆØÅ]\.$")


def _sentence_stop(place: str) -> bool:
    """The place ends in a full stop that is the sentence's, not an abbreviation's: not after a capital letter alone
    ('Nykøbing F.'), unless a room's or a building's word stands before that letter ('Mødet blev holdt på
    Udvalgsværelse D.'). Why: a room is named by a letter after its word, a town abbreviated to one; a room's letter
    takes no full stop of its own."""
    if not place.endswith("."):
        return False
    m = _LETTER_STOP.search(place)
    return m is None or bool(m.group("before") and PLACE_WORD.search(m.group("before")))


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


# (public: fact_values calls it too)
def before_when_or_item(place: str) -> str:
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


# a time or a span of times as a header prints it ('16:00', '16.00 - 18.30')
# (public: fact_values reads it too)
TIME_SPAN = rf"\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?"
# (public: fact_values and label_columns read it)
LEADING_TIME = re.compile(rf"^[\s,|]*(?:kl\.?\s*)?{TIME_SPAN}")


# a whole hour after 'kl.' ('12. marts 2024 kl. 16 i Byrådssalen'): the time with its minutes left out, which only the
# word 'kl.'/'klokken' before it tells from a number of the place
_WHOLE_HOUR = re.compile(rf"[\s,.{SPACED_DASH}]*(?i:kl\.|klokken)\s*(?P<h>[01]?\d|2[0-3])(?![\d.:,]\d)(?=[\s,.]|$)")


# (public: fact_values, labelled_facts and unlabelled_facts call it)
def time_and_place_after_date(m: Meeting, after: str, got: set[str] | None = None) -> None:
    """The time and the place a flattened head line prints right after the meeting's date, before its first
    label ('Økonomiudvalget 12-03-2024 kl. 16:00 Mødelokale 1, Rådhuset Deltagere: …'): only a time that
    follows the date at once, and only a place that names a room or a building (place_line)."""
    got = set() if got is None else got
    t = re.match(rf"[\s,.{SPACED_DASH}]*(?:(?i:kl)\.?\s*)?{TIME_SPAN}", after) or _WHOLE_HOUR.match(after)
    if not t:
        place = dashed_place(after) or place_after_date(after)
        if place and m.location is None and "location" not in got:
            m.location, _ = place, got.add("location")
        return
    if m.start_time is None and "when" not in got:
        when = t.group(0)
        hour = _WHOLE_HOUR.fullmatch(when)
        m.start_time = f"{int(hour.group('h')):02d}:00" if hour else \
            parse_time(when) or parse_time("kl. " + when.strip(f" ,.{SPACED_DASHES}"))
        got.add("when")
    if m.location is None and "location" not in got:
        rest = re.sub(rf"^[\s,.{SPACED_DASH}]*(?:{HELD_AT})?", "", _without_end_time(after[t.end():], t.group(0)))
        place, _body = title_place(rest.strip(f" ,.{SPACED_DASHES}"))
        place = (place_line(place) or _named_before_kind(place, rest)) if place else None
        if place:
            m.location, _ = place, got.add("location")


# a clock time printed alone after the start time ('12.03.2024 16:00 18:00 Mødelokale 1': the columns 'Start' and
# 'Slut' of a head's table, run into one row)
_NEXT_TIME = re.compile(r"\s*(?P<h>\d{1,2})(?P<sep>[.:])(?P<m>\d{2})(?=[\s,]|$)")


def _without_end_time(rest: str, start: str) -> str:
    """What follows the start time with the meeting's end time cut off where one is printed next: a time in the
    start's own print (the same separator) and later than it. A room's number after a time ('16:00 1.02') is
    no such time only when it reads earlier or prints another separator; a later one in the same print is the
    end column's, since a row of values prints its times side by side."""
    nm, sm = _NEXT_TIME.match(rest), re.search(r"(\d{1,2})([.:])(\d{2})\s*$", start)
    if not nm or not sm or nm.group("sep") != sm.group(2):
        return rest
    if (int(nm.group("h")), int(nm.group("m"))) <= (int(sm.group(1)), int(sm.group(3))) or int(nm.group("h")) > 23:
        return rest
    return rest[nm.end():]


# '… 3. marts 2016 - Rådhuset, mødelokale 2A', '… 12.03.2024 | Byrådssalen': a place set off from the date by a
# dash or a bar, as a head line prints '<body> - <date> - <place>'
_DASH_THEN = re.compile(rf"^\s*[{SPACED_DASH}|]\s+(?P<place>\S.*)$")


# a label of a fact other than the place, as printed inside a line (capitalised or in capitals): where a place
# printed without its own label ends ('… i Byrådssalen, Rådhuset Medlemmer Anne Hansen (A)')
_OTHER_LABEL = re.compile(rf"\s(?:{cased_alternation([k for k, f in FIELD_OF.items() if f != 'location'])})(?![\w-])")


# the clock time a place printed after the date is followed by ('… afholdes i Byrådssalen kl. 16.00 Deltagere …')
_TIME_AFTER_PLACE = re.compile(r",?\s+(?:fra\s+)?(?i:kl\.?|klokken)\s*\d")


# (public: unlabelled_facts calls it too)
def place_after_date(after: str) -> str | None:
    """The place a head line prints right after its date with no time between ('… den 20. juni 2013 i
    Byrådssalen, Rådhuset', '… 20.06.2013 Mødelokale 2'), when it names a room or a building (place_line)."""
    rest = re.sub(rf"^[\s,.]*(?:{HELD_AT})?", "", after)
    rest = _OTHER_LABEL.split(rest, maxsplit=1)[0].strip(" ,.")  # up to the next fact's label ('… Medlemmer …')
    rest = _TIME_AFTER_PLACE.split(rest, maxsplit=1)[0]  # '… i Byrådssalen kl. 16.00': the time is no part of it
    place, _body = title_place(rest) if rest else (None, None)
    return place_line(place) if place else None


# (public: unlabelled_facts calls it too)
def dashed_place(after: str) -> str | None:
    """The place a head line prints after its date, set off by a dash (_DASH_THEN), when it names a room or a
    building (place_line)."""
    dm = _DASH_THEN.match(after)
    if not dm:
        return None
    place, _body = title_place(tidy_place(dm.group("place")))
    if not place:
        return None
    return place_line(place) or _named_place(place)


def _named_before_kind(place: str, rest: str) -> str | None:
    """'… kl. 17:00 Harhoff Referat Deltagere: …': a short name printed between the time and the document's kind word
    is the place also where no word of it names a room or a building (_named_place). Why: a head line prints its
    who, when and where, then its kind; bounded by the time before it and the kind word right after it, the name
    has nothing else to be."""
    after = rest[rest.find(place) + len(place):] if place in rest else ""
    return _named_place(place) if after[:1].isspace() and KIND_WORD.match(after.lstrip()) else None


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


# (public: unlabelled_facts calls it)
def place_after_body(head: str, body: str) -> str | None:
    """The place a title prints between the body's name and the date ('Referat Teknisk Udvalg, Byrådssalen, 12. marts
    2024 …', 'Økonomiudvalget Mødelokale 2, Rådhuset 12.03.2024'), where it names a room or a building. Why: a head
    prints the meeting's who, where and when in some order; what stands between the body and the date, named by a
    room's or a building's word, is the place (a weekday or 'den' there is the date's)."""
    at = head.find(body)
    rest = head[at + len(body):].strip(f" ,{SPACED_DASHES}.:") if at >= 0 else ""
    if not rest or len(rest) > 60 or not rest[0].isupper() or not names_a_building(rest) or kind_in(rest) \
            or label_spans(rest) or is_body_name(rest):
        return None
    return place_line(tidy_place(rest))


# where the place after a title's time ends on a flattened page line: the contents begin, or the page's
# title is printed again ('… kl. 19:00 i Kommunalbestyrelsens mødesal Kommunalbestyrelsen - Referat Tryk …')
_TITLE_PLACE_END = re.compile(rf"\s+(?:{CONTENTS_WORDS}|Punkter)\b"
                              rf"|\s+(?:[{SPACED_DASH}]\s+)?(?:(?:Åben|Åbent|Godkendt)\s+)?(?:Referat|Dagsorden|Beslutningsprotokol)\b"
                              r"|\s+(?:Åben|Åbent|Godkendt)\s+(?i:referat|dagsorden)\b")


# (public: unlabelled_facts calls it too)
def names_a_building(place: str) -> bool:
    """A word of the place names a room or a building ('…salen', 'Rådhuset', 'Lokale'), not a house number."""
    return any(PLACE_WORD.search(w) and not re.search(r"\d", w) for w in re.split(r"[\s,]+", place))


# (public: unlabelled_facts calls it too)
def title_place(text: str) -> tuple[str | None, str | None]:
    """(the place, a body printed after it) of what a title prints after its time: up to where the contents
    or the title again begin, and only a place ('Det gamle Rådhus', 'kommunalbestyrelsessalen, Landemærket 26,
    Rønne': a capital or, in lower case, a word of a room or a building somewhere in it)."""
    place = _TITLE_PLACE_END.split(text, maxsplit=1)[0]
    # '… kl. 17:00 Mødet afholdes i Byrådssalen.'
    place = re.sub(rf"^{HELD_LEAD}", "", place.strip(f" .,{SPACED_DASHES}"))
    # '… kl. 16:00 Rådhuset, Mødelokale 2 Anne Holm (V), Bo Kjær (A), …': a cover with no labels runs its members'
    # list on after the place; the place ends where the list's names begin
    place = before_marked_names(place)
    place, body = place_then_body(_PLACE_LABEL.sub("", _without_own_label(tidy_place(place))))
    if place and len(place) < 80 and (place[0].isupper() or names_a_building(place)) \
            and not _PAGE_NUMBER_FIRST.match(place):
        return place, body
    return None, None


def _without_own_label(place: str) -> str:
    """'Mødet holdes: Industrien, Aarup' -> 'Industrien, Aarup': a label of the council's own words printed after
    the title's time and before the place (run_labels' shape: a capitalised word or two and a colon) is no word of
    the place. Why: a place's name holds no colon after its first words; a label does."""
    spans = unknown_label_spans(" " + place)
    return place[spans[0][2] - 1:].lstrip() if spans and spans[0][1] == 1 and spans[0][2] < len(place) else place


# a running head prints the meeting's time, then its page number ('Referat For Miljøudvalget 3. maj 2021 - kl. 09:00
# Side 2'): what follows the time there is the page, not a place
_PAGE_NUMBER_FIRST = re.compile(r"(?i:side)\s+\d")


# '… kl. 16:00 Lokale Byrådssalen': a place label printed before the place, not a room's word ('Lokale 1')
_PLACE_LABEL = re.compile(r"^(?:(?:Sted|Lokale|Lokation)\s*:?\s+(?=[A-ZÆØÅ][a-zæøå])"
                          r"|(?:Placering|Mødeplacering|Adresse|Mødeadresse|Mødested)\s*:?\s+(?=\S))")
# (public: unlabelled_facts reads it too)
HELD_AT = r"(?:(?:[Mm]ødet\s+(?:blev\s+)?)?(?i:(?:af)?hold(?:es|t))\s+)?(?:i|på)\s+"
# (public: unlabelled_facts reads it too)
AFTER_TIME = rf"{TIME_SPAN}[,.]?\s+{HELD_AT}"  # '… kl. 16:00 i ', '… 16.00-18.00, afholdt på '
_AT_PLACE = re.compile(AFTER_TIME + r"(?P<place>[A-ZÆØÅ].*)$")


# (public: fact_values calls it too)
def place_after_time(value: str) -> str | None:
    """'12. april 2023 kl. 16:00 i Mødelokale 3, Rådhuset' -> 'Mødelokale 3, Rådhuset': a date or time
    value that goes on to say where ('i'/'på' after the time)."""
    m = _AT_PLACE.search(value)
    if not m:
        return None
    place, _body = place_then_body(tidy_place(m.group("place")))
    return place if place and len(place) < 80 else None


# (public: fact_values, label_columns and unlabelled_facts call it too)
def place_line(text: str) -> str | None:
    """'i Kommunalbestyrelsens mødesal', 'Mødelokale C, Ullasvej 23, 3700 Rønne': a short line that names
    a room or an address."""
    held = HELD_SENTENCE.match(text.strip())  # 'Mødet afholdes på Rådhuset kl. 16:00.': the place in it
    t = held.group("place") if held else re.sub(rf"^{HELD_AT}", "", text.strip())  # 'i Byrådssalen'
    t = ANY_LABEL.sub("", t).strip()  # 'Placering: Byrådssalen': a label the header reader does not know
    if _sentence_stop(t):
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


# (public: fact_values calls it too)
def place_then_body(place: str) -> tuple[str, str | None]:
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


# (public: fact_values and unlabelled_facts call it)
def place_past_joiner(rest: str) -> str | None:
    """The place printed after a clock time, past what joins them ('i'/'på', a comma, a dash or a bar), where it
    names a room or a building (place_line): what _place_on_time_line and _place_after_bare_time both read
    (place_after_time reads only 'i'/'på' on a date's value, and any capitalised place)."""
    rest = re.sub(rf"^\s*(?:[,.]?\s+{HELD_AT}|\s*[,{SPACED_DASH}|]\s+)", "", rest)
    return place_line(tidy_place(rest)) if rest else None


# 'Mødet afholdes i Byrådssalen.', 'Udvalgsmødet holdes på Rådhuset, mødelokale 2', 'Mødet finder sted i …': a head's
# sentence that says where the meeting is held; the place ends with the sentence or where its date or time begins
# (public: fact_values reads it too)
HELD_LEAD = (r"(?:[Mm]ødet|[A-ZÆØÅ][a-zæøå]*møde(?:t)?)\s+(?:(?:den|d\.)\s+\S.*?\s+)?"
             r"(?:(?:blev\s+)?(?:af)?hold(?:es|t)|finder\s+sted|fandt\s+sted|foregår|foregik|afvikles|afvikledes)"
             # the clock time the sentence may print before the place ('Mødet blev holdt kl. 16.00 i Byrådssalen.',
             # the date on the line above): it ends at 'i'/'på' as the verb does
             r"\s+(?:(?:kl\.?|klokken)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+)?(?:i|på)\s+")
# (public: unlabelled_facts reads it too)
HELD_SENTENCE = re.compile(
    rf"(?:^|(?<=\s))(?=[A-ZÆØÅ]){HELD_LEAD}(?P<place>\S.*?)"
    # the sentence's end: its full stop (not an initial's, 'Nykøbing F.', nor an abbreviation's, 'Gl. Kro'), or its
    # date or time
    r"(?:(?<![\s,][A-ZÆØÅ])\.?\s*$|\s*$|(?<![\s.][^\W\d_])(?<![\s.][^\W\d_]{2})\.\s+[A-ZÆØÅ]"
    r"|,?\s+(?:den|d\.|kl\.?|fra|klokken)\s+\d)")

# (a time with its seconds is a site's timestamp, '10-09-2014 22:00:00', no meeting's time)
# (public: fact_values and unlabelled_facts read it)
DATE_TIME_LEAD = re.compile(rf"(?:{WEEKDAY.pattern},?\s+)?(?:(?:den|d\.)\s*)?(?:{DATE_ANY.pattern}),?\s+(?:kl\.?\s*)?"
                            rf"{TIME_SPAN}(?![.:]\d)", re.IGNORECASE)
