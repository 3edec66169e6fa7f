"""A members' table with a column of attendance, run onto one line ('Medlemmer Parti Fremmøde Anne Hansen A Til
stede Bo Jensen V Afbud …'): each row a name, its party and whether the member came. Flattened, the column's
capitalised values look like labels ('Afbud' opens an absence list, and the next row's name became its absentee),
so the table is read as the table it is: the column's head says the words after each name are its cells. Without a
head, rows that each print the party in brackets, perhaps an office, and an attendance word are the same table
('Medlemmer Anne Hansen (A) Formand Deltog Bo Jensen (V) Medlem Afbud'): the brackets end each name."""
from __future__ import annotations

import re

from .fact_labels import field_of
from .members import ROLE_TITLE

# the heads of a members' table whose last column tells attendance ('Parti Fremmøde', 'Fremmødt', 'Status'), the
# names' column's head before them when printed ('Navn Parti Fremmødt': a table's first column names its rows)
_HEADS = re.compile(r"\s*(?:(?:Navn|Medlem|Medlemmer|Deltager|Deltagere)\s+)?(?:(?:Parti|Funktion|Titel|Rolle)\s+)*"
                    r"(?:Fremmøde|Fremmødt|Deltagelse|Status)\s+(?=[A-ZÆØÅ])")
# a cell of the attendance column: present, or away (the words a table prints either way)
PRESENT = "Til stede|Tilstede|Deltog|Mødt|Ja"
AWAY = "Deltog ikke|Ikke deltaget|Afbud|Fraværende|Forfald|Ikke mødt|Ikke til stede|Nej"
def _row(party: str) -> re.Pattern[str]:
    """One row: a name of two to five capitalised words, its party as `party` reads it, its office when the table
    has a column for it ('Funktion': 'Formand', 'Medlem'; no part of the name), its attendance cell (and the space
    before the next row)."""
    return re.compile(rf"(?P<name>[A-ZÆØÅ][\w'’.-]+(?:\s+[A-ZÆØÅ][\w'’.-]+){{1,4}}?)(?P<party>{party})"
                      rf"(?:\s+(?i:{ROLE_TITLE}))?\s+(?:(?P<away>{AWAY})|{PRESENT})(?:\s+|$)")


# a row under the table's heads: the party's letters when printed, bracketed or not
_ROW = _row(r"(?:\s+\(?[A-ZÆØÅ]{1,3}\)?)?")
# a row of a table without a head: the party in brackets after the name, so that the row's shape shows without one
_BRACKETED_ROW = _row(r"\s+\([A-ZÆØÅ]{1,3}\)")


def presence_rows(value: str) -> tuple[list[str], list[str]] | None:
    """(members, those marked away) of a table's rows after its heads (or of rows with bracketed parties and no
    heads), or None when `value` is no such table: the heads must name the attendance column, and the rows must
    fill the value to its end."""
    head = _HEADS.match(value)
    row = _ROW if head else _BRACKETED_ROW
    rows, at, rest = [], head.end() if head else len(value) - len(value.lstrip()), value.rstrip(" .")
    while at < len(rest):
        m = row.match(rest, at)
        if m is None:
            return None  # a row that is not a name and its cell: not this table
        rows.append(((m.group("name") + (m.group("party") or "")).strip(), m.group("away") is not None))
        at = m.end()
    if len(rows) < 2:
        return None
    return [name for name, _ in rows], [name for name, away in rows if away]


def _table_at(text: str, at: int) -> bool:
    """A members' table starts at `at`: its heads, or two rows with bracketed parties."""
    if _HEADS.match(text, at):
        return True
    first = _BRACKETED_ROW.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    return bool(first and _BRACKETED_ROW.match(text, first.end()))


# the colon behind a member's party bracket, right before a word the label reader takes for a label
_MARK_AFTER = re.compile(r"\):\s*$")


def without_cells_as_labels(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The label spans of a header line less the attendance cells of a members' table read as labels ('… Fremmøde
    Anne Hansen A Til stede Bo Jensen V Afbud Carl Dam O …': 'Afbud' is Bo Jensen's cell, not a label whose value is
    Carl Dam). A cell has no colon; a list's label after the table's heads is one only with its colon. So too a
    member's mark after the colon behind the party's bracket, in a list of members ('Deltagere: Anne Hansen (A) Bo
    Jensen (V): Afbud Carl Dam (C)': Bo Jensen's mark, the colon the name's, none of its own)."""
    out: list[tuple[str, int, int]] = []
    table = False
    for label, a, b in spans:
        listed = field_of(label) in ("participants", "absent") and ":" not in text[a:b]
        if listed and (table or out and field_of(out[-1][0]) == "participants" and _MARK_AFTER.search(text, 0, a)):
            continue
        out.append((label, a, b))
        table = field_of(label) in ("participants", "absent") and _table_at(text, b)
    return out
