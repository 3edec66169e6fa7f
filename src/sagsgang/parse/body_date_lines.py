"""A treatment's line: the body that decided and the date ('Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115').

The line over a decision, or an entry of a Sagsforløb history, names who decided and when: with a comma, 'den', a
colon, in capitals without a colon, or with the date first. These patterns read those lines only, so they stand
alone; the decision reader and the history reader both ask them.
"""
from __future__ import annotations

import re

from .bodies import is_printed_body
from .dashes import DASH_BEFORE_DATE, SPACED_DASH
from .dates import DATE_ANY, NUMERIC_DMY, WEEKDAY, parse_date
from .headings import ITEM_NUMBER_AFTER, PLAIN_DECISION
from .headless_outcomes import OUTCOME_FIRST
from .lines import Line
from .title_marks import STATUS_WORD

BODY_DATE_LINE = re.compile(rf"^(?P<body>[^,]{{3,90}}?),\s*(?P<date>[^,]+?){ITEM_NUMBER_AFTER}[.:]?$", re.IGNORECASE)


def body_date_line(t: str) -> re.Match | None:
    """BODY_DATE_LINE.match(t), not tried where it cannot match: the body ends at the first comma,
    3 to 90 characters in, and at most one more comma follows (', pkt. 115'). Nor where the caller's
    test fails anyway: a printed date (DATE_ANY) starts with a digit, after the comma and white space."""
    # 'Teknik- og Miljøudvalget den 12. marts 2024:', 'Teknik- og Miljøudvalget 12.03.2024:': no comma before the
    # date, the colon after it ('Miljø-, Plan- og Naturudvalget den 5. marts 2018:', a comma in the name)
    colon = (_BODY_DEN_DATE_LINE.match(t) or _BODY_SPACE_DATE_LINE.match(t)) if t.endswith(":") else None
    first = t.find(",")
    if first < 3 or first > 90:
        return colon
    if t.count(",") > 2 or not t[first + 1:].lstrip()[:1].isdecimal():
        # 'Udvalg for Økonomi, Personale og Planlægning, 07.05.2007': a body whose name has commas
        return (_COMMA_BODY_DATE_LINE.match(t) if t.count(",") <= 4 else None) or colon
    return BODY_DATE_LINE.match(t) or colon

_COMMA_BODY_DATE_LINE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^,]{{2,60}}(?:,[^,]{{2,60}}){{1,2}}?),\s*(?:(?:den|d\.)\s+)?(?P<date>{DATE_ANY.pattern}){ITEM_NUMBER_AFTER}[.:]?$",
    re.IGNORECASE)
_BODY_DEN_DATE = (rf"^(?P<body>[A-ZÆØÅ][^:]{{2,90}}?),?\s+(?:den|d\.)\s+(?P<date>{DATE_ANY.pattern})"
                  rf"{ITEM_NUMBER_AFTER}\s*")
_BODY_DEN_DATE_LINE = re.compile(_BODY_DEN_DATE + ":$", re.IGNORECASE)
_BODY_SPACE_DATE_LINE = re.compile(
    rf"^(?P<body>[A-ZÆØÅ][^:]{{1,90}}?){DASH_BEFORE_DATE}\s+(?P<date>{DATE_ANY.pattern}){ITEM_NUMBER_AFTER}\s*:$",
    re.IGNORECASE)
# under a history heading the colon may be missing: 'Tidligere beslutninger' / 'Økonomiudvalget den 05-03-2024'
HISTORY_BODY_DEN_DATE = re.compile(_BODY_DEN_DATE + ":?$", re.IGNORECASE)
DATE_THEN_BODY = re.compile(
    rf"^(?P<date>{NUMERIC_DMY})\s*[{SPACED_DASH}:,]?\s+(?P<body>[A-ZÆØÅ][^.]{{2,80}}?)\s*:?$")


def treatment_line(t: str) -> tuple[str, str | None] | None:
    """(body, ISO date) of a treatment's line, 'Kultur- og Idrætsudvalget, 06-09-2017, pkt. 115' or, in capitals
    without a colon, 'ØKONOMIUDVALGET DEN 12. MARTS 2024': who decided, when; None for any other line."""
    bd = body_date_line(t) or _caps_body_date(t)
    date = _DATE_ARTICLE.sub("", bd.group("date").strip()) if bd else ""  # 'Byrådet, d. 14. august 2013'
    if bd and is_printed_body(bd.group("body")) and DATE_ANY.fullmatch(date):
        return bd.group("body").strip(), parse_date(date)
    return None


def treatment_head(t: str) -> bool:
    """'Økonomiudvalget den 12.03.2024, pkt. 12:': a treatment's line closed by its colon, the head of the body's
    outcome printed below it. Why it holds across publishers: the colon after a body's name and a date leads to what
    that body did; no title, bilag or sentence ends so."""
    return t.endswith(":") and treatment_line(t) is not None


_DATE_ARTICLE = re.compile(r"^(?:den|d\.)\s+", re.IGNORECASE)
# 'ÅBENT FOLKEOPLYSNINGSUDVALGET DEN 28. SEPTEMBER 2010': the head of a decision's box, the item's open/closed
# status maybe before the body
_CAPS_STATUS = re.compile(rf"^(?i:{STATUS_WORD})\s+(?=\S)")


def _caps_body_date(t: str) -> re.Match | None:
    """'<BODY> DEN <date>' printed in capitals on a line of its own: the body and the date of a decision printed
    below it without the word 'Beslutning'. Only in capitals, which no sentence is printed in; a line in
    ordinary case needs its colon (_BODY_DEN_DATE_LINE), as a sentence may end so."""
    if t != t.upper():
        return None
    return HISTORY_BODY_DEN_DATE.match(_CAPS_STATUS.sub("", t.strip()))


def treatment_heads(lines: list[Line]) -> list[Line]:
    """A line naming a body and a date and nothing else, its colon left out, over a line that opens with an
    outcome ('Økonomiudvalget 14.03.2024' / 'Anbefales.', 'Økonomiudvalget den 14. marts 2024' / 'Godkendt.'): the
    head of that body's decision, given the colon its printed form has ('Økonomiudvalget 14.03.2024:'). Over a bare
    decision heading too (_head_over_heading)."""
    out: list[Line] = []
    for k, ln in enumerate(lines):
        t = ln.text.strip()
        if not t or t.endswith(":") or not t[:1].isupper():
            out.append(ln)
            continue
        # (the lines after it read in place: copying the rest of a long item's lines for each line was quadratic)
        nxt = next((lines[j].text.strip() for j in range(k + 1, len(lines)) if lines[j].text.strip()), "")
        if PLAIN_DECISION.match(nxt):
            # (not the last of a run of treatment lines: a route's bodies with their meetings' dates, 'Miljøudvalget
            # 11.02.2031' / 'Byrådet 25.02.2031', listed above the item's decision, are the steps to come)
            above = next((lines[j].text.strip() for j in range(k - 1, -1, -1) if lines[j].text.strip()), "")
            out.extend([ln] if _head_line(BODY_THEN_DATE.match(above), above) else _head_over_heading(ln, t))
            continue
        m = BODY_THEN_DATE.match(t) if OUTCOME_FIRST.match(nxt) else None
        head = _head_line(m, t)
        out.append(Line(head, ln.offset) if head else ln)
    return out


def _head_line(m: re.Match | None, t: str) -> str | None:
    """`t` as a treatment's head with its colon, where BODY_THEN_DATE's match `m` names a printed body and a date."""
    body = m.group("body").strip().rstrip(",") if m else ""
    if not (m and is_printed_body(body) and parse_date(m.group("date"))):
        return None
    # (a dash setting the date off written as the space the heading readers know: 'Økonomiudvalget 12.03.2024:')
    dashed = re.search(rf"\s[{SPACED_DASH}]\s*$", t[: m.start("date")])
    return f"{body} {m.group('date')}:" if dashed else f"{t}:"


# the weekday a head may print before its date, after a comma or not, with 'den' ('…, torsdag den 3. maj 2019')
_WEEKDAY_BEFORE_DATE = re.compile(rf",?\s+{WEEKDAY.pattern}\s+(?:(?:den|d\.)\s+)?(?=\d)")
# where a sentence ends and the next begins, in a line
_SENTENCE_STOP = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def _head_over_heading(ln: Line, t: str) -> list[Line]:
    """'Teknisk Udvalg 3. maj 2019' over a bare 'Beslutning:' (a page that names each treatment's body and date in a
    line above its heading) is the head of that body's decision, given its colon; on a flattened page the head runs
    on after the sentence before it ('… at planen godkendes. Teknisk Udvalg 3. maj 2019' / 'Beslutning'), and is cut
    off it onto a line of its own. Why across publishers: no sentence or title ends in a body's name and a date with
    a decision heading right below; the body is taken whole, with no sentence's stop inside it."""
    starts = [0, *(m.end() for m in _SENTENCE_STOP.finditer(t))]
    for at in starts:
        rest = _WEEKDAY_BEFORE_DATE.sub(" ", t[at:])  # 'Teknisk Udvalg, torsdag den 3. maj 2019'
        m = BODY_THEN_DATE.match(rest)
        if m and _SENTENCE_STOP.search(m.group("body")):
            continue
        head = _head_line(m, rest)
        if head:
            before = t[:at].strip()
            return [Line(before, ln.offset), Line(head, ln.offset + at)] if before else [Line(head, ln.offset)]
    return [ln]


# (the date after 'den', 'd.' or a dash, as a table's cell or a line of history sets it off: 'Økonomiudvalget –
# 12.03.2024', 'Byrådet d. 26.03.2024'); the body two letters and more, a body's initials ('ØU 12.03.2024'; the name
# is checked as a body's by every caller); the item's number the treatment had may follow ('…, pkt. 4', '… - pkt. 4')
BODY_THEN_DATE = re.compile(rf"^(?P<body>[A-ZÆØÅ][^:]{{1,90}}?),?\s+(?:(?:den|d\.|[{SPACED_DASH}])\s*)?"
                            rf"(?P<date>{DATE_ANY.pattern}){ITEM_NUMBER_AFTER}\s*:?$")
