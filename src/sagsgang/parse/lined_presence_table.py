"""A members' attendance table whose rows kept their own lines (issue 11): 'Navn<TAB>Til stede<TAB>Fraværende' /
'Ida Skov (A)<TAB>X', or the same columns set apart by runs of spaces. Read as a list, each row became one entry
with its cells ('Ida Skov (A) X'). The table is read by its structure instead: a head row of column words, then
rows that fill the same columns (by tab count, or by the columns' positions when spaces align them), one member a
row; the column a mark stands under (or the mark's own word) says whether the member came. Without a head, rows
count only when they repeat one shape whose last cell tells attendance in words ('Deltog ikke', 'Afbud'): a lone
'X' says nothing without its column's head. A votes table ('For', 'Imod', 'Undlod') is not attendance.
Annotation rules: each member as printed with its party (a party column's cell after the name, one space between),
members marked away stay in participants and also go to meeting.absent."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Meeting
from .fact_labels import field_of, label_spans
from .lines import Line
from .presence_table import AWAY, PRESENT

# head words of a members' table: the name, party and role columns, and the attendance columns (presence or away)
_NAME_HEAD = re.compile(r"(?i:navn|medlem(?:mer)?|udvalgsmedlem(?:mer)?|deltager(?:e)?|politiker(?:e)?)")
_PARTY_HEAD = re.compile(r"(?i:parti(?:bogstav)?|liste(?:bogstav)?)")
_ROLE_HEAD = re.compile(r"(?i:funktion|titel|rolle|bemærkning(?:er)?)")
_PRESENT_HEAD = re.compile(r"(?i:til ?stede|fremmødt|fremmøde|deltog|deltagelse|mødt|status)")
_AWAY_HEAD = re.compile(r"(?i:fraværende|afbud|forfald|ikke (?:til stede|mødt))")
# a votes table's heads: marks under them are votes, not attendance
_VOTE_HEAD = re.compile(r"(?i:for|imod|undlod|undlader|stemme(?:r)?|hverken for eller imod)")
# a cell that marks its column (a cross, a tick, a yes)
_MARK = re.compile(r"[Xx✓✔☑]|(?i:ja)")
# a cell whose own words say the member was away, or came
# (the words presence_table's flattened rows print, in any case; 'Deltaget' too, as a column of past participles)
_AWAY_WORD = re.compile(rf"(?i:{AWAY})")
_PRESENT_WORD = re.compile(rf"(?i:{PRESENT}|deltaget)")
# a member's name: two to five capitalised words (a particle between), with its party in brackets when printed
_NAME = re.compile(r"[A-ZÆØÅÉ][\w'’.-]+(?:\s+(?:[A-ZÆØÅÉ][\w'’.-]*|von|van|de|la|af|d'[A-Z]\w*)){1,4}"
                   r"(?:\s*,?\s*\([A-ZÆØÅ]{1,3}\))?")
# a party's cell: its letters, bracketed or not
_PARTY = re.compile(r"\(?[A-ZÆØÅ]{1,3}\)?")
_ROLE = re.compile(r"(?i:formand|næstformand|borgmester|medlem|suppleant|stedfortræder|rådmand)")


@dataclass
class Table:
    members: list[str]
    away: list[str]
    end: int  # the index of the line after the table


def _cells(raw: str) -> list[tuple[int, str]]:
    """A row's cells with their positions: split at tabs (each tab a column, so empty cells count), else at runs of
    two or more spaces (the columns' positions align them)."""
    if "\t" in raw:
        out, at = [], 0
        for cell in raw.split("\t"):
            out.append((at, cell.strip()))
            at += 1
        return out
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", raw)]


def _kind(word: str) -> str | None:
    """The column a head word names, None when it names no column of a members' table."""
    for kind, rx in (("name", _NAME_HEAD), ("party", _PARTY_HEAD), ("role", _ROLE_HEAD),
                     ("present", _PRESENT_HEAD), ("away", _AWAY_HEAD), ("vote", _VOTE_HEAD)):
        if rx.fullmatch(word):
            return kind
    return None


def _head(raw: str) -> list[tuple[int, str]] | None:
    """The columns (position, kind) of a head row: two or more cells, each a column word, the first the names',
    one an attendance column; None for any other line (a votes table's head included)."""
    cells = [(at, c) for at, c in _cells(raw) if c]
    if len(cells) < 2 or ("\t" not in raw and "  " not in raw):
        return None
    kinds = [_kind(c) for _at, c in cells]
    if None in kinds or "vote" in kinds or kinds[0] != "name" or not {"present", "away"} & set(kinds):
        return None
    return [(at, k) for (at, _c), k in zip(cells, kinds, strict=True)]  # type: ignore[misc]


def _aligned(raw: str, head: list[tuple[int, str]], tabbed: bool) -> list[str] | None:
    """A row's cells under the head's columns (by index when tabbed, else by the column each cell starts in);
    None when the row has more cells than the head has columns."""
    row = ["" for _ in head]
    for at, cell in _cells(raw):
        if not cell:
            continue
        if tabbed:
            k = at
        else:  # the last column starting at most two places right of the cell (a centred mark sits further in)
            k = max((j for j, (start, _k) in enumerate(head) if start <= at + 2), default=0)
        if k >= len(row) or row[k]:
            return None
        row[k] = cell
    return row


def _member(row: list[str], kinds: list[str]) -> tuple[str, bool] | None:
    """(the member as printed with its party, marked away) of a row, None when the row is no member's."""
    name = row[0]
    if not _NAME.fullmatch(name):
        return None
    party = next((c for c, k in zip(row, kinds, strict=True) if k == "party" and c), "")
    if party and not _PARTY.fullmatch(party):
        return None
    away = present = False
    for cell, kind in zip(row, kinds, strict=True):
        if kind == "away" and cell:
            away = away or bool(_MARK.fullmatch(cell) or _AWAY_WORD.fullmatch(cell))
        elif kind == "present":
            if _AWAY_WORD.fullmatch(cell):
                away = True
            elif cell:
                if not (_MARK.fullmatch(cell) or _PRESENT_WORD.fullmatch(cell)):
                    return None  # a cell no attendance column prints: not this table
                present = True
    # a presence column left empty where others are marked: this member did not come
    if not present and not away and "present" in kinds and "away" not in kinds:
        away = True
    return (f"{name} {party}" if party else name), away


def _headed(lines: list[Line], i: int) -> Table | None:
    head = _head(lines[i].raw or lines[i].text)
    if head is None:
        return None
    tabbed = "\t" in lines[i].raw
    kinds = [k for _at, k in head]
    rows: list[tuple[str, bool]] = []
    k = i + 1
    while k < len(lines) and lines[k].text:
        cells = _aligned(lines[k].raw or lines[k].text, head, tabbed)
        got = _member(cells, kinds) if cells else None
        if got is None:
            break
        rows.append(got)
        k += 1
    if len(rows) < 2:
        return None
    # a presence column nobody has marked is no column of marks (a members' list with an unused column)
    if all(a for _n, a in rows) and "away" not in kinds:
        return None
    return Table([n for n, _a in rows], [n for n, a in rows if a], k)


# a row whose cells a single space sets apart ('Anne Hansen (A) Formand Deltog', a table flattened to its words): the
# name ends at its party's brackets or at the office, and the attendance words end the row
_CELL_WORD = rf"(?:{_ROLE.pattern}|{AWAY}|{PRESENT})\b"
_SPACED_ROW = re.compile(rf"(?P<name>[A-ZÆØÅÉ][\w'’.-]+(?: (?!{_CELL_WORD})[A-ZÆØÅÉ][\w'’.-]*){{1,4}}"
                         rf"(?: \([A-ZÆØÅ]{{1,3}}\))?)(?: (?P<role>{_ROLE.pattern}))? (?P<last>{AWAY}|{PRESENT})")


def _row_cells(raw: str) -> list[str] | None:
    """A headless row's filled cells: set apart by tabs or aligned by runs of spaces, or, a space apart, by the
    row's own shape (name and party, office, attendance); None when the row has no cells to tell apart."""
    if "\t" in raw or "  " in raw:
        return [c for _at, c in _cells(raw) if c]
    m = _SPACED_ROW.fullmatch(raw.strip())
    return [c for c in m.group("name", "role", "last") if c] if m else None


def _headless(lines: list[Line], i: int) -> Table | None:
    """Rows without a head that repeat one shape: a name, perhaps its party and role, and last a cell whose words
    tell attendance ('Deltog', 'Deltog ikke', 'Afbud'); two or more of them, all with as many cells."""
    rows: list[tuple[str, bool]] = []
    width = None
    k = i
    while k < len(lines) and lines[k].text:
        cells = _row_cells(lines[k].raw or lines[k].text)
        if cells is None or len(cells) < 2 or (width is not None and len(cells) != width):
            break
        last = cells[-1]
        if not (_AWAY_WORD.fullmatch(last) or _PRESENT_WORD.fullmatch(last)) or _MARK.fullmatch(last) \
                or not _NAME.fullmatch(cells[0]) \
                or not all(_PARTY.fullmatch(c) or _ROLE.fullmatch(c) for c in cells[1:-1]):
            break
        party = next((c for c in cells[1:-1] if _PARTY.fullmatch(c) and not _ROLE.fullmatch(c)), "")
        rows.append((f"{cells[0]} {party}" if party else cells[0], bool(_AWAY_WORD.fullmatch(last))))
        width = len(cells)
        k += 1
    # a bare name right before or after the rows: a list of names some of which carry a remark ('Anne Hansen (V)
    # <TAB>Afbud' among names alone), which the list reader reads whole, not a table of its own
    if len(rows) < 2 or any(0 <= j < len(lines) and _NAME.fullmatch(lines[j].text) for j in (i - 1, k)):
        return None
    return Table([n for n, _a in rows], [n for n, a in rows if a], k)


def read_attendance_table(lines: list[Line], i: int, m: Meeting, got: set[str]) -> int:
    """Fill the meeting's members and absentees from the table starting at line i (or right under a list's label
    alone on line i: 'Deltagere:'); returns the index of the line after the table, 0 when none starts there."""
    table = attendance_table(lines, i)
    if table is None and i + 1 < len(lines) and lines[i + 1].text:
        # (the table first: most lines are no table, and it is cheaper to ask than the label)
        labelled = _NAME_HEAD.fullmatch(lines[i + 1].text) and _lone_list_label(lines[i].text)
        table = attendance_table(lines, i + 1, listed=bool(labelled))
        table = table if table and _lone_list_label(lines[i].text) else None
    if table is None:
        return 0
    m.participants = list(dict.fromkeys(m.participants + table.members))
    m.absent = list(dict.fromkeys(m.absent + table.away))
    got.add("participants")
    if table.away:
        got.add("absent")
    return table.end


def _lone_list_label(text: str) -> bool:
    """A members' list label with nothing after it ('Deltagere:', 'Medlemmer')."""
    spans = label_spans(text)
    return len(spans) == 1 and spans[0][1] == 0 and field_of(spans[0][0]) in ("participants", "absent") \
        and not text[spans[0][2]:].strip(" :|")


def _cell_kinds(lines: list[Line], i: int, listed: bool) -> list[str]:
    """The column kinds of a head printed one cell a line from line i on (a table extracted row by row whose
    cells each got a line: 'Navn' / 'Parti' / 'Fremmødt' / 'Ida Skov' / 'A' / 'Ja' …); [] when none starts there.
    An attendance column is needed, except under a members' list label (`listed`: 'Medlemmer' / 'Navn' / 'Parti' /
    'Ida Skov' / 'A' …), which says what the rows are: there a name column and a party or role column are a members'
    table with no attendance told (before, the head's 'Navn' was read as the one member and the list lost)."""
    kinds: list[str] = []
    for ln in lines[i: i + 6]:
        kind = _kind(ln.text) if ln.text else None
        if kind is None or (kind == "name" and kinds):
            break  # ('Deltagere' / 'Navn': a list's label over the names' head, not two names' columns)
        kinds.append(kind)
    if len(kinds) < 2 or kinds[0] != "name" or "vote" in kinds \
            or not ({"present", "away"} & set(kinds) or listed and {"party", "role"} & set(kinds)):
        return []
    return kinds


def _one_cell_a_line(lines: list[Line], i: int, listed: bool) -> Table | None:
    """A table one cell a line, under its head printed the same way: the rows are the head's width of lines each,
    a name first. With both a presence and an away column, a row prints one mark and the line that tells which
    column it stood in is lost: the members are read, their attendance is not."""
    head = _cell_kinds(lines, i, listed)
    if not head:
        return None
    both = "present" in head and "away" in head
    kinds = [k for k in head if k != "away"] if both else head
    rows: list[tuple[str, bool]] = []
    k = i + len(head)
    while k + len(kinds) <= len(lines) and all(ln.text for ln in lines[k: k + len(kinds)]):
        got = _member([ln.text for ln in lines[k: k + len(kinds)]], kinds)
        if got is None:
            break
        rows.append((got[0], got[1] and not both))
        k += len(kinds)
    if len(rows) < 2:
        return None
    return Table([n for n, _a in rows], [n for n, a in rows if a], k)


def attendance_table(lines: list[Line], i: int, listed: bool = False) -> Table | None:
    """The members' attendance table starting at line i (its head row, or its first row when it has no head);
    None when no such table starts there. `listed`: under a members' list label (_cell_kinds)."""
    if lines[i].text and _NAME_HEAD.fullmatch(lines[i].text):
        return _one_cell_a_line(lines, i, listed)
    if not lines[i].text or not ("\t" in lines[i].raw or "  " in lines[i].raw or _SPACED_ROW.fullmatch(lines[i].text)):
        return None
    if i > 0 and lines[i - 1].text and _head(lines[i - 1].raw or lines[i - 1].text):
        return None  # the table's rows, read from its head
    return _headed(lines, i) or _headless(lines, i)
