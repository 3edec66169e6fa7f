"""Labels printed as a table: a column of labels beside a column of values, or a row of labels over one of values.

Why a module: the values of such a head are not on their labels' lines, so they are matched by position (the
n-th value to the n-th label) and by shape (a time, a place, a list of items), not read after the label."""
from __future__ import annotations

import re

from ..model import Meeting
from .attendance_lists import ANY_LABEL, block_lines
from .bodies import is_body_name, is_meeting_body
from .committee_names import longest_body
from .dashes import SPACED_DASHES
from .dates import DATE_ANY, TIME, find_dates, parse_date, parse_time
from .document_kind import kind_in
from .fact_labels import START_LABEL, field_of, label_spans
from .fact_values import BARE_TIME, assign
from .lines import Line
from .meeting_places import LEADING_TIME, place_line
from .name_lists import NAME_LINE
from .page_lines import CONTENTS_WORDS


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


def _printed_again(head: str, row: str) -> bool:
    """The row below opens with the same words, maybe behind a page number ('Referat Teknisk Udvalg' / '1 Referat
    Teknisk Udvalg Mødedato: …'): a title printed twice (a transcript viewer's title over the page's own head), whose
    last word only looks like a column's label ('Udvalg'). Why across publishers: a table's row of values never
    repeats its row of heads word for word."""
    head = " ".join(head.split())
    return bool(head) and re.sub(r"^\d{1,4}\s+", "", " ".join(row.split())).startswith(head)


# (public: labelled_facts calls it)
def column_row(lines: list[Line], i: int, m: Meeting, got: set[str]) -> bool:
    """A table's head row of labels ('Udvalg Dato Type Hent') over its row of values ('Byrådet
    24-06-2020 16:00 Referat Samlet dokument'): the values are told apart by their form."""
    words = _head_row_words(lines[i].text)
    row = next((ln.text for ln in lines[i + 1: i + 3] if ln.text), "")
    if not 2 <= len(words) <= 8 or not all(w[:1].isupper() for w in words) or _names_a_body(words) \
            or _printed_again(lines[i].text, row):
        return False
    fields = [field_of(w) for w in words if START_LABEL.fullmatch(w)]
    # 'Dato Tid Sted' / '12.03.2024 16:00 Mødelokale 1': a place column last, after the date and time
    if not fields or any(f not in ("committee", "date", "when", "location") for f in fields) \
            or "location" in fields[:-1]:
        return False
    d = DATE_ANY.search(row)
    if not d:
        body = longest_body(row) if fields == ["committee"] else None
        if body and "committee" not in got:
            m.committee, _ = body, got.add("committee")
        return bool(body)
    if "date" not in got:
        m.date, _ = parse_date(d.group(0)), got.add("date")
    t = parse_time(row[d.end():])
    if t and "when" not in got:
        m.start_time, _ = t, got.add("when")
    body = longest_body(row[: d.start()])
    if body and "committee" not in got:
        m.committee, _ = body, got.add("committee")
    if fields[-1] == "location" and "location" not in got:
        place = place_line(LEADING_TIME.sub("", row[d.end():]).strip(f" ,{SPACED_DASHES}|"))
        if place:
            m.location, _ = place, got.add("location")
    return True


def _fits(field: str | None, value: str) -> bool:
    """A value has the form of its label's field: a date, a time, a body's name, a place, a name."""
    if field == "date":
        return bool(find_dates(value))
    if field == "when":
        return bool(TIME.search(value) or BARE_TIME.search(value) or find_dates(value))
    if field in ("committee", "committee_if_body", "location"):  # a name: capitalised, short, no date, no contents
        return bool(value[:1].isupper() and len(value) < 90 and not find_dates(value) and not kind_in(value)
                    and not LIST_OF_ITEMS.match(value) and not re.match(CONTENTS_WORDS, value)) \
            or bool(field == "location" and place_line(value))
    if field in ("participants", "absent"):
        return bool(NAME_LINE.match(value)) and not is_meeting_body(value)
    return True


# (public: labelled_facts calls it too)
def label_column(lines: list[Line], i: int, m: Meeting, got: set[str]) -> int:
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
    if n < 2 or len(values) < n or any(label_spans(v) or ANY_LABEL.match(v) or not _fits(field_of(lab), v)
                                       for lab, v in zip(labels, values, strict=False)):
        return 0
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        field = field_of(label)
        block = block_lines(lines, idx[n + k] - 1, field) if k == n - 1 and field in ("participants", "absent") \
            else None
        assign(m, [field], " ".join(block) if block else value, block, got, re.sub(r"\s+", " ", label.lower()))
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


# (public: labelled_facts calls it)
def value_column(lines: list[Line], i: int, m: Meeting, got: set[str]) -> int:
    """The mirror of label_column: a two-column head whose values column was extracted before its labels
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
    if any(f is None for f in fields) or any(label_spans(v) or ANY_LABEL.match(v) or not _fits(f, v)
                                             for f, v in zip(fields, values, strict=True)):
        return 0
    for label, value in zip(labels, values, strict=True):
        assign(m, [field_of(label)], value, None, got, re.sub(r"\s+", " ", label.lower()))
    return run[-1] + 1


# (public: labelled_facts reads it too)
LIST_OF_ITEMS = re.compile(rf"^(?:\d{{1,3}}\s+)?(?:{CONTENTS_WORDS}|Punkter)\b", re.IGNORECASE)
