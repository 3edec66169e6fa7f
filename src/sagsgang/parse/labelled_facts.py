"""The meeting's facts from its labels ('Mødedato:', 'Sted:', 'Deltagere:'): the header reader's first pass.

Why a module: labels are the evidence that holds across publishers; this pass walks the head's lines, finds
label blocks (on the line, below it, in columns, run into one flattened line) and hands each value to
fact_values. It also reads the facts printed before the first label and under a label it does not know."""
from __future__ import annotations

import re

from ..model import Meeting
from .attendance_lists import ANY_LABEL, block_lines, members_under_unknown_label, wrapped_list
from .bodies import is_meeting_body
from .committee_names import UNKNOWN_LABEL, longest_body
from .dashes import SPACED_DASHES
from .dates import DATE_ANY, TIME, parse_date
from .document_kind import kind_in
from .fact_labels import (
    LIST_COLUMN_HEADS,
    PLACE_WORD,
    field_of,
    label_spans,
    place_before_labels,
    place_under_unknown_label,
    starts_with_label,
)
from .fact_values import BARE_TIME, assign
from .headings import is_heading
from .label_columns import LIST_OF_ITEMS, column_row, label_column, value_column
from .lined_presence_table import read_attendance_table
from .lines import Line
from .meeting_places import tidy_place, time_and_place_after_date
from .page_lines import without_page_number
from .presence_table import without_cells_as_labels

# a line that is a postcode and its town ('4690 Haslev', '8000 Aarhus C'): an address's last line
_POSTCODE_TOWN = re.compile(r"\d{4} [A-ZÆØÅ][\wæøå.-]*(?: [A-ZÆØÅ][\wæøå.-]*){0,2}")


def _wrapped_place(lines: list[Line], i: int, first: str) -> str:
    """'Mødested: Rådhuset,' / 'mødelokale 1': a place that ends in a comma goes on on the next line, and on again
    while each line ends in one ('Rådhuset, mødelokale 1,' / 'Torvet 2,' / '4690 Haslev': an address printed a
    field a line, the postcode and town last)."""
    place = first
    for nxt_line in lines[i + 1: i + 4]:
        if not place.rstrip().endswith(",") or not (more := _place_line(nxt_line.text.strip())):
            break
        place = f"{place.rstrip()} {more}"
    return place


def _place_line(nxt: str) -> str | None:
    """The next line as the part of a place it goes on with, or None where it is the next field, item or heading
    ('Mødested: Rådhuset,' / '1. Godkendelse af dagsorden': the first item, no place)."""
    if not nxt or len(nxt) > 60 or label_spans(nxt) or is_heading(nxt) or ANY_LABEL.match(nxt) or kind_in(nxt):
        return None
    if _POSTCODE_TOWN.fullmatch(nxt.rstrip(".")):
        return nxt
    if re.match(r"(?:Punkt\s+)?\d{1,3}[.)]?\s", nxt):
        return None
    if nxt[0].islower() or any(PLACE_WORD.search(w) for w in nxt.split()):
        return nxt
    return None


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
    um = UNKNOWN_LABEL.match(lines[i].text.strip())
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
        time_and_place_after_date(m, head[d.end():], got)
        return
    head = without_page_number(head.strip())
    body = longest_body(head)
    # (the body's name need not open the row: 'Nordby Kommune Økonomiudvalget kl. 08:00 …' names its council first)
    at = head.find(body) if body else -1
    if at >= 0:
        time_and_place_after_date(m, head[at + len(body):], got)


# a list of names set off by commas ('Anne Hansen, Bo Jensen (V), Carl …'): the shape of a members' value
_COMMA_NAMES = re.compile(r"[\w)],\s+[A-ZÆØÅ][\w'’.-]+\s+[A-ZÆØÅ]")


def _value_shapes(text: str) -> int:
    """How many of a meeting's value shapes a text prints: a date, a clock time, a list of names."""
    return bool(DATE_ANY.search(text)) + bool(TIME.search(text) or BARE_TIME.search(text)) \
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
        body = longest_body(rest)
        if body and rest.startswith(body):
            return rest, run
    return " ".join(words), run


# (public: meeting calls it)
def label_facts(lines: list[Line], m: Meeting) -> set[str]:
    """Fill the meeting from label blocks; returns the fields set this way."""
    got: set[str] = set()
    after_column = 0
    for i, ln in enumerate(lines):
        text = ln.text
        if got and LIST_OF_ITEMS.match(text):
            break  # the header ends where the list of items begins; labels after it are the items'
        if i < after_column or column_row(lines, i, m, got):
            continue
        after_column = label_column(lines, i, m, got) or value_column(lines, i, m, got) \
            or read_attendance_table(lines, i, m, got)
        if after_column:
            continue
        spans = without_cells_as_labels(text, label_spans(text))
        if not spans:
            _body_on_unlabelled_line(lines, i, m)
            continue
        _label_row(lines, i, _facts_before_row(text, spans, m, got), m, got)
    return got


def _body_on_unlabelled_line(lines: list[Line], i: int, m: Meeting) -> None:
    """A line with no known label may still print the body under a label this parser does not know."""
    if m.committee is None and (body := _body_under_unknown_label(lines, i)):
        m.committee = body


def _facts_before_row(text: str, spans: list[tuple[str, int, int]], m: Meeting,
                      got: set[str]) -> list[tuple[str, int, int]]:
    """Read what a row prints before its first label (a place, the values of a run of labels printed before them,
    a date) and return the label spans still to read: a row's own head is the meeting's facts too."""
    if "location" not in got and spans[0][1] and (place := place_before_labels(text[: spans[0][1]])):
        assign(m, ["location"], place, None, got)
    head, run = _values_before_run(text, spans)
    if head:
        assign(m, [field_of(lab) for lab, _a, _b in spans[:run]], head, None, got)
        return [s for s in spans[run:] if field_of(s[0]) is not None]  # (a row's values end at 'Bemærkninger')
    if "date" not in got and not _dated_label(text, spans):
        # a date before the first label of a header row is the meeting's ('Refer Do 29. januar 2015
        # Mødetidspunkt …', a label lost in extraction), unless a date label of the row prints the date
        _facts_before_labels(m, text[: spans[0][1]], got)
    return spans


def _label_row(lines: list[Line], i: int, spans: list[tuple[str, int, int]], m: Meeting, got: set[str]) -> None:
    """Read a row of labels, each label's value running to the next label; empty labels join the next one's run,
    as a row of labels with one value after the last prints that value for all of them."""
    text = lines[i].text
    run: list[str | None] = []
    for k, (label, _a, b) in enumerate(spans):
        last = k + 1 == len(spans)
        value = text[b:len(text) if last else spans[k + 1][1]].strip(" |")
        run.append(_row_field(label, value, got))
        if run[-1] in ("participants", "absent") and LIST_COLUMN_HEADS.fullmatch(value):
            value = ""  # 'Medlemmer  Fremmøde' / 'Jens Hansen (A)  Deltog': a table's head row, its rows below
        if not value and not last:
            continue  # an empty label in a row of labels: the value after the last one is for all
        value, block = _label_value(lines, i, value, run, last)
        fields = run
        run = []
        if not value:
            continue  # a label with no value at all: the next label line says it
        assign(m, fields, value, block, got, re.sub(r"\s+", " ", label.lower()))


def _row_field(label: str, value: str, got: set[str]) -> str | None:
    """The field a label reads: its own, or for a label this parser does not know, what its value shows (names,
    or a place where none was read)."""
    # (the place's value tidied first: a flattened cover runs it on into what follows, a bullet, the contents, the
    # first item's number - '… Mødet holdes: Rådhuset, mødelokale 2 • Pkt. 15 …' - which is no part of its shape)
    return field_of(label) or members_under_unknown_label(label, value) \
        or ("location" if "location" not in got and place_under_unknown_label(label, tidy_place(value)) else None)


def _label_value(lines: list[Line], i: int, value: str, run: list[str | None],
                 last: bool) -> tuple[str, list[str] | None]:
    """The value of a row's last label runs on to the lines below where it is a list or a place that wraps; a label
    with no value on its line reads the block under it (as one value where a run of labels shares it)."""
    block = None
    if value and last and run[-1] in ("participants", "absent"):
        value = wrapped_list(lines, i, value)
    elif value and last and run[-1] == "location":
        value = _wrapped_place(lines, i, value)
    if not value:
        block = block_lines(lines, i, run[-1])
        value = " ".join(block)
        if len(run) > 1:
            block = None
    return value, block
