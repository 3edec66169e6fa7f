"""The meeting's facts where no label names them: from the title line and from the head's lines as they stand.

Why a module: a head that prints its facts without labels ('Referat Økonomiudvalget 12. marts 2024 kl. 16.00,
Byrådssalen') is read from the shape of its values (a date, a clock time, a body's name, a room); these readers
run after the labelled pass and fill only what it left empty (title_facts, fallbacks)."""
from __future__ import annotations

import re
from itertools import islice

from ..model import Meeting
from .bodies import is_meeting_body
from .committee_names import CONNECTOR, GENITIVE_MEETING, TITLE_LINE, body_of_line, clean_committee, longest_body
from .dashes import SPACED_DASH, SPACED_DASHES
from .dates import DATE_ANY, TIME, WEEKDAY, parse_date, parse_time
from .document_kind import KIND_WORD, first_texts, kind_in
from .fact_labels import START_LABEL, field_of, label_spans
from .fact_values import MEETING_NUMBER_LABEL, MEETING_NUMBER_VALUE, TIME_THEN_PLACE
from .head_body import body_in_head
from .header_patterns import LABELLED_START, NUMBERED_START
from .headings import is_heading
from .lines import Line
from .meeting_places import (
    AFTER_TIME,
    DATE_TIME_LEAD,
    HELD_AT,
    HELD_SENTENCE,
    TIME_SPAN,
    dashed_place,
    names_a_building,
    place_after_body,
    place_after_date,
    place_line,
    place_past_joiner,
    tidy_place,
    time_and_place_after_date,
    title_place,
)
from .place_person import before_marked_names


def _without_bare_label(head: str) -> str:
    """'Referat Udvalget for Kultur Dato' -> 'Referat Udvalget for Kultur': a fact's label that ends the title with
    no value after it is where a transcript viewer cut the page's head (its title repeats the head up to its
    length), not a word of the body's name. A label that may name the body ('Udvalg', 'Forum') stays."""
    words = head.split()
    if len(words) > 1 and START_LABEL.fullmatch(words[-1]) \
            and field_of(words[-1]) in ("date", "when", "location", "participants", "absent"):
        return head[: head.rstrip().rindex(words[-1])]
    return head


# (public: meeting calls it too)
def title_facts(lines: list[Line], m: Meeting) -> None:
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
            rest = _title_run_on(lines, ln, rest)
        rest = _title_after_kind(rest)
        d = DATE_ANY.search(rest)
        if d:
            m.date = m.date or parse_date(d.group(0))
        _title_time_and_place(m, rest, d)
        head = _title_head(rest, d)
        body = longest_body(head.strip(f" ,{SPACED_DASHES}.:")) or _body_before_kind(text, km)
        if body and not m.committee:
            m.committee = body
        if body and d and not m.location:
            m.location = place_after_body(head, body)
        if m.committee and m.date and m.start_time and m.location:
            return  # else a later title line may say more ('Referat' / 'til mødet i … kl. 19:00 i …')


def _title_run_on(lines: list[Line], ln: Line, rest: str) -> str:
    """The title goes on over the next short lines ('Referat' / 'Onsdag den 18. december 2019 kl. 17:00') until a
    time, a label, a heading, another kind word or a long line: a head wraps its title, not its body text."""
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
    return _place_run_on(lines, k, rest)


# the title's time, then 'i'/'på' and what of the place the line still held, no sentence's end in it ('… kl. 16:30 i
# Greve', '… kl. 16:30 i', '… kl. 08:15 i EUC Sjælland, Campusbuen 25, 4600')
_TIME_THEN_AT = rf"{TIME_SPAN}[,.]?\s+(?:i|på)"  # a dated line's time and the word leading to the place after it
_PLACE_AT_LINE_END = re.compile(rf"{_TIME_THEN_AT}(?:\s+[A-ZÆØÅ][^.!?]{{0,60}})?$")
_WIDE_LINE = 60  # a line the page's width ended: a cover sentence that runs to the margin


def _place_run_on(lines: list[Line], k: int, rest: str) -> str:
    """The title with the rest of its place where the page's width carried it onto the next line of the title's
    block ('… kl. 16:30 i Greve' / 'Idrætscenter (GIC)', '… i Mødelokale' / '1'): the line right under the time's
    line, which ran to the margin (_WIDE_LINE), the block's last (a blank line or the page's end after it), and a
    place's shape (_place_carried_over)."""
    if not (0 < k < len(lines) and len(lines[k - 1].text) >= _WIDE_LINE and lines[k].text
            and _PLACE_AT_LINE_END.search(rest.rstrip())):
        return rest
    if k + 1 < len(lines) and lines[k + 1].text or _place_carried_over(lines[k].text) is None:
        return rest
    return f"{rest.rstrip()} {lines[k].text}"


def _title_after_kind(rest: str) -> str:
    """What the title says after its kind word, less the connecting words and a second kind word ('Åben
    dagsorden'), with a genitive's meeting ('Byrådets møde') read as the body's name."""
    rest = CONNECTOR.sub("", rest)
    rest = CONNECTOR.sub("", re.sub(r"^(?:(?:Åben|Åbent|Åbne)\s+)?(?:dagsorden|referat)\b", "", rest,
                                    flags=re.IGNORECASE))
    gm = GENITIVE_MEETING.match(rest)
    if gm and is_meeting_body(gm.group("body")):
        rest = gm.group("body") + rest[gm.end():]
    return rest


def _title_time_and_place(m: Meeting, rest: str, d: re.Match[str] | None) -> None:
    """The time and place a title prints after its date, where no fact was read yet."""
    # "… kl. 16:30 i Mødelokale 2, Allerslev", "…, KL PÅ BOGENSE RÅDHUS, BYRÅDSSALEN": the place after the time
    t = TIME_THEN_PLACE.search(rest, d.end() if d else 0)
    if d and not t and not m.location:
        # 'Referat - Byrådet - 12. marts 2024 - Byrådssalen', 'Referat Byrådet 12. marts 2024 i Byrådssalen'
        m.location = dashed_place(rest[d.end():]) or place_after_date(rest[d.end():])
    if not t:
        return
    if (t.group("h") or t.group("h2")) and not m.start_time:
        m.start_time = parse_time(t.group(0))
    elif t.group("hour") and int(t.group("hour")) < 24 and not m.start_time:
        m.start_time = f"{int(t.group('hour')):02d}:00"  # '… fra kl. 16 på Rådhuset': the hour alone
    place, body = title_place(t.group("place") or "")
    if place and not m.location:
        m.location = place
        m.committee = m.committee or body


def _title_head(rest: str, d: re.Match[str] | None) -> str:
    """The words before the date, weekday and 'den': where a title names the body that meets."""
    head = rest[: d.start()] if d else rest
    head = _without_bare_label(WEEKDAY.split(head)[0])
    return re.split(r"\s+(?:den|d\.)\s*$|\s+(?:den|d\.)\s+\d", head)[0]


def _body_before_kind(text: str, km: re.Match[str]) -> str | None:
    """The body printed before the kind word ('Kommunalbestyrelsen - Referat'), less a status word and a flattened
    page's number: a title names its body before or after the kind word."""
    before = text[: km.start()].strip(f" ,{SPACED_DASHES}.:|")
    before = re.sub(r"\b(?:Åben|Åbent|ÅBENT|ÅBEN)$", "", before).strip(f" ,{SPACED_DASHES}.:|")
    before = re.sub(r"^\d{1,3}\s+", "", before)  # a page number of a flattened PDF page
    before = clean_committee(before)
    return before if before and is_meeting_body(before) else None


# the same with the place in lower case too ('… kl. 16.00 i mødelokale 1'), where a header line is read for it
_HELD_AFTER_TIME = re.compile(AFTER_TIME + r"(?P<place>\S.*)$")


# '… mandag den 13. marts 2023 kl. 15:30 i' / 'EUC Sjælland, Campusbuen 25, 4600 Køge': the sentence's line ends on
# the word that leads to the place after the time, and the page's width carried the place onto the next line
_OPEN_AFTER_TIME = re.compile(rf"{_TIME_THEN_AT}$")


def _place_after_time_on(text: str, below: str) -> str | None:
    """The place a dated line prints after its time ('… kl. 16.00 i mødelokale 1'), or, where the line ends on the
    word leading to it, the line `below` that the page's width carried it onto."""
    held = _HELD_AFTER_TIME.search(text)
    if held:
        return place_line(tidy_place(held.group("place")))
    return _place_carried_over(below) if below and _OPEN_AFTER_TIME.search(text) else None


def _place_carried_over(text: str) -> str | None:
    """The next line as the place an open time line leads to (_OPEN_AFTER_TIME): any short line that is no
    heading, label, date, kind of document or item header, whatever its words (the sentence names it a place, so no
    room's or building's word is asked for, as a line of its own elsewhere is: place_line)."""
    place = tidy_place(text)
    if not place or len(place) > 90 or len(place.split()) > 12 or not (place[0].isupper() or place[0].isdigit()) \
            or is_heading(place) or label_spans(place) or DATE_ANY.search(place) or KIND_WORD.search(place) \
            or NUMBERED_START.match(place) or LABELLED_START.match(place):
        return None
    return place


def _texts_after(lines: list[Line], i: int, n: int) -> list[int]:
    """The indexes of the first n lines after line i that carry text (empty lines skipped; it stops there, so a
    long document is not walked to its end for each line of its head)."""
    return list(islice((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), n))


def _place_on_time_line(text: str) -> str | None:
    """'Kl. 16.00 i Byrådssalen', 'Kl. 16.00, Mødelokale 2' under the date's line: the time's own line goes on to
    say where ('i'/'på', a comma or a dash after the time), and only a place that names a room or a building is
    taken (place_line). The line must start with its time: a sentence that holds a time says something else."""
    tm = _TIME_LINE.match(text.strip())
    rest = text.strip()[tm.end():] if tm else ""
    return place_past_joiner(rest) if rest else None


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
            place = _place_after_time_on(ln.text, lines[after[0]].text if after else "")
            if place:
                m.location = place
                return
        near = after[:1] + [k for k in range(i - 1, max(i - 3, -1), -1) if lines[k].text][:1]
        for j in near:
            place = place_line(lines[j].text)
            if place:
                m.location = place
                return
        break
    if m.committee:
        m.location = _place_under_body(lines, m.committee)


def _place_in_sentence(lines: list[Line]) -> str | None:
    """The place a sentence of the head says the meeting is held in (HELD_SENTENCE): a capitalised name or
    a room's or a building's word, short."""
    for ln in lines[:40]:
        hm = HELD_SENTENCE.search(ln.text.strip())  # anywhere on a flattened page's line
        if not hm:
            continue
        # (a cover with no labels runs its members' list on after the place: 'Mødet blev afholdt på Byrådssalen Anne
        # Holm (V), …')
        place = before_marked_names(hm.group("place"))
        spans = label_spans(place)  # a flattened head runs on into its next label ('… Rådhusvej 1 STARTTIDSPUNKT …')
        place = tidy_place(place[: spans[0][1]] if spans and spans[0][1] > 0 else place)
        if place and len(place) < 90 and (place[0].isupper() or place[0].isdigit() or names_a_building(place)) \
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
        place = place_line(texts[k + 1])
        if place and names_a_building(place):
            return place
        return None
    return None


# a line that is the meeting's date and nothing else: 'Tirsdag 12. marts 2024 kl. 16:00', '12.03.2024, 16.00-18.00'
_DATE_LINE = re.compile(rf"(?:{WEEKDAY.pattern},?\s+)?(?:{DATE_ANY.pattern})"
                        rf"(?:,?\s+(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?)?",
                        re.IGNORECASE)


def _before_labels(text: str) -> str:
    """'Økonomiudvalget Mødested: … Mødedato: …' -> 'Økonomiudvalget': what a flattened head line prints before
    its labels (the whole line when it has none, or starts with one)."""
    spans = label_spans(text)
    return text[: spans[0][1]] if spans and spans[0][1] > 0 else text


# (public: meeting calls it too)
def fallbacks(lines: list[Line], m: Meeting) -> None:
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
                time_and_place_after_date(m, line[dd.end():], {"when"})
            break


_DATED_HEAD = 40  # the head lines a site's navigation and participants may push the meeting's own lines down to

_MEETING_NUMBER = re.compile(rf"^(?i:{MEETING_NUMBER_LABEL})\s*:?\s*{MEETING_NUMBER_VALUE.pattern[1:]}")


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
        dl = DATE_TIME_LEAD.match(t)
        if not dl or not (dl.end() == len(t) or _date_time_place(t, m)):
            continue
        d = DATE_ANY.search(t)
        m.date = parse_date(t)
        m.start_time = m.start_time or (parse_time(t[d.end():]) if d else None)
        body = body_of_line(texts[k - 1]) if k else None
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
    body = body_of_line(text[: d.start()])
    place = dashed_place(text[d.end():]) if body else None
    if not place:
        return False
    m.date = parse_date(d.group(0))
    m.committee = m.committee or body
    m.location = m.location or place
    return True


_TIME_ALONE = re.compile(rf"^(?:[Kk]l\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?$")
# the time's own line that goes on with the place ('Kl. 16.00 i Byrådssalen'): a time there too, the same start
_TIME_LINE = re.compile(rf"^(?:[Kk]l\.?\s*)?\d{{1,2}}[.:]\d{{2}}(?:\s*[{SPACED_DASH}]\s*\d{{1,2}}[.:]\d{{2}})?"
                        rf"(?=$|[,.]?\s+{HELD_AT}\S|\s*[,{SPACED_DASH}|]\s+\S)")


def _time_under_date(lines: list[Line], date: str) -> str | None:
    """The time printed on a line of its own right under the meeting's date ('Torsdag den 20. juni 2013' / 'Kl.
    10:30'), or on a line that starts with the date again and its time: the meeting's start."""
    texts = [ln.text.strip() for ln in lines[:15] if ln.text.strip()]
    for k, t in enumerate(texts[:-1]):
        if not (DATE_ANY.search(t) and parse_date(t) == date):
            continue
        if _TIME_LINE.match(texts[k + 1]):
            return parse_time(texts[k + 1]) or parse_time("kl. " + texts[k + 1])
        # 'Mødet blev holdt kl. 16.00 i Byrådssalen.' under the date: the time its sentence leads with
        held = HELD_SENTENCE.match(texts[k + 1])
        if held and (at := parse_time(texts[k + 1][: held.start("place")])):
            return at
    # the same date printed again with its time ('Børne- og Skoleudvalget 30.01.2018  Side 1' / '30-01-2018 kl.
    # 13:00'): a running head gave the date, the meeting's own line its time
    return next((parse_time(dl.group(0)[DATE_ANY.search(dl.group(0)).end():])  # type: ignore[union-attr]
                 for t in texts if (dl := DATE_TIME_LEAD.match(t)) and parse_date(t) == date), None)


def _date_time_place(text: str, m: Meeting) -> bool:
    """'12.03.2024 kl. 16:00 Byrådssalen, Rådhuset', 'Tirsdag den 12. marts 2024 kl. 16:00, Mødelokale 1': a line
    that starts with the meeting's date and time and goes on with the place and nothing else; the place is
    taken when none is known."""
    dl = DATE_TIME_LEAD.match(text.strip())
    if not dl:
        return False
    rest = re.sub(rf"^[\s,.{SPACED_DASH}|]*(?:{HELD_AT})?", "", text.strip()[dl.end():]).strip(f" ,.{SPACED_DASHES}|")
    place = place_line(rest) if rest else None
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
        candidate = _without_column_heads(body_of_line(t[: d.start()] if d else t))
        if not candidate:
            continue
        # 'AALBORG BYRÅD' / 'Aalborg Byråd' / 'Folkeoplysningsudvalget' / 'Mødet den …': the letterhead,
        # then the body that met
        while not d and k + 1 < len(head) and (later := body_of_line(head[k + 1])):
            k, candidate = k + 1, later
        m.committee = candidate
        if d and not m.date:
            m.date = parse_date(d.group(0))
            m.start_time = m.start_time or parse_time(t[d.end():])
        if d:
            time_and_place_after_date(m, t[d.end():])
        return
