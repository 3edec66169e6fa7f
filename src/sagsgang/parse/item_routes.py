"""The item's route: the bodies that treat the case, from a label, a section or a table.

'Forventet sagsgang: Økonomiudvalget den 12. marts 2024 → Byrådet', a route's label over one body a line, a
table of bodies and their roles: the bodies only, in order. A plan's heading lists treatments to come, not decisions.
"""
from __future__ import annotations

import itertools
import re

from ..model import Section
from .bodies import (
    DATE_BESIDE,
    ROLE_VERB_AFTER,
    ROLE_VERB_RUN,
    is_body_name,
    route_entry_kind,
    route_from_text,
    split_route,
    without_dates,
)
from .dashes import SPACED_DASHES
from .dates import DATE_ANY, parse_date
from .headings import HISTORY_HEADING, ROUTE_HEADING, ROUTE_LABEL, inline_route, route_inside
from .lines import Line
from .people import ABSENT_LABEL, absent_in_sentences


def route_entry(t: str) -> tuple[str, str | None] | None:
    """(body, ISO date) of a route's line that names a body and its meeting's date and nothing else ('Byrådet
    20.03.2024'): under a route's label, after a body's printed outcome, the next body's treatment to come (its
    colon left out, as the route's lines print it), not more of that outcome's text."""
    date = DATE_BESIDE.search(t)
    body = t[: date.start()].strip() if date else ""
    return (body, parse_date(date.group(0).strip(f" {SPACED_DASHES},:()"))) if body and is_body_name(body) else None


def lists_route(section: Section | None) -> bool:
    """The section is a route's label or a plan's heading, whose lines list the bodies that treat the case, maybe
    with their meetings' dates ('Sagsgang' / 'Økonomiudvalget, 12.03.2024' / 'Byrådet, 26.03.2024'); those lines
    are the treatments to come, and a decision only where an outcome is printed below one (annotation rules)."""
    return section is not None and bool(ROUTE_LABEL.match(section.heading) or _PLAN_HEADING.match(section.heading))


_PLAN_HEADING = re.compile(r"^(?:Tidsplan|(?:Videre |Politisk )?proces)\s*:?$", re.IGNORECASE)


def route_lines_joined(lines: list[Line]) -> list[Line]:
    """A route's label with its first body on its line and the others one a line below it, each with its part or
    its meeting's date ('Hvem beslutter: Børne- og Skoleudvalget indstiller' / 'Økonomiudvalget indstiller' /
    'Byrådet beslutter'), as one labelled line ('Hvem beslutter: …, Økonomiudvalget indstiller, Byrådet beslutter'):
    the label's value runs on as its list's first row (a table's label cell beside its first row), and the rows
    below in the same shape (route_entry_kind) are the same list. The lines read into it are left blank (offsets
    kept). A bare body below is not read on: a running page head prints one too."""
    out = list(lines)
    k = 0
    while k < len(out):
        t = out[k].text.strip()
        kind = route_entry_kind(t.split(":", 1)[1]) if ":" in t and inline_route(t) else None
        rows, j = [], k + 1
        while kind in ("role", "date") and j < len(out):
            nxt = out[j].text.strip()
            if nxt and (nxt.endswith(":") or route_entry_kind(nxt) != kind):
                break
            rows += [j] if nxt else []
            j += 1
        if rows:
            out[k] = Line(", ".join([t, *(out[r].text.strip() for r in rows)]), out[k].offset)
            for r in rows:
                out[r] = Line("", out[r].offset)
        k = rows[-1] + 1 if rows else k + 1
    return out


def route_bodies(route_text: str | None, sections: list[Section]) -> list[str]:
    if route_text:  # 'Forventet sagsgang: Økonomiudvalget den 12. marts 2024 → Byrådet …': the bodies only
        return without_dates(split_route(route_text))
    for s in sections:
        if ROUTE_HEADING.match(s.heading) and s.text:
            first = s.text.split("\n")[0]
            # the first line as printed only where it names bodies: a 'Sagsgang' over words ('Behandles i ØU og
            # KB', 'Beslutning i Byrådet') lists none, and a wrong route is worse than none
            bare = without_dates(split_route(first))
            return _leading_bodies(s.text) or _bodies_before_text(first) \
                or (bare if all(is_body_name(b) for b in bare) else [])
    for s in sections:
        # 'Sagsforløb' / 'BUU – ØU – KB': the heading of a case's history, over a list of bodies and nothing
        # else (no dates, no outcomes), is the route the case will take
        if HISTORY_HEADING.match(s.heading) and (r := route_from_text(s.text)):
            return r
    for labels in (ROUTE_LABEL, _PROPOSALS, _TREATMENT):
        for s in sections:
            if labels.match(s.heading):
                r = route_from_text(s.text) or (labels is not _TREATMENT and _leading_bodies(s.text)) \
                    or _route_from_table(s.text) or labels is _TREATMENT and _table_row(s.text)
                if r:
                    return without_dates(r)  # 'Udvalget for Voksne 05.03.2024': 'Udvalget for X' names a body too
    return []


def _table_row(text: str) -> list[str] | None:
    """The 'Behandling' table's column heads and rows run onto the line under its heading, as a flattened page
    prints them ('Mødedato Åbent punkt Lukket punkt Kommunalbestyrelsen 04-01-2021 1'): its bodies."""
    route = route_inside(f"Behandling {text.split(chr(10))[0]}")
    return split_route(route) if route else None


_PROPOSALS = re.compile(r"^Indstillinger\s*:?$", re.IGNORECASE)  # a list of the bodies that propose, in order
_TREATMENT = re.compile(r"^Behandling\s*:?$", re.IGNORECASE)  # a 'Behandling' table of bodies and dates, last resort


def _bodies_before_text(line: str) -> list[str] | None:
    """The bodies a route label's line starts with, where a flattened page ran the next cell on after them
    ('Økonomiudvalget Beslutningssag', 'Udvalget for Klima og Miljø, Økonomiudvalget og Kommunalbestyrelsen.
    Beslutningssag'): the longest run of its first words that is a list of bodies, as the lined page prints
    them one line above the case's type."""
    words = line.split()
    for n in range(len(words) - 1, 0, -1):
        route = route_from_text(" ".join(words[:n]).rstrip("."))
        if route:
            return route
    return None


def _leading_bodies(text: str) -> list[str]:
    """The bodies on the lines a route label heads, one or several a line, up to the first line that
    is not a list of bodies ('Sagsgang og sagstype / Økonomiudvalget / Byrådet / Beslutningssag')."""
    out: list[str] = []
    for line in (_HEAD_ROW.sub("", x.strip()) for x in text.split("\n")):
        # a table's column heads ('Udvalg' / 'Dato', 'Udvalg | Dato') and its date cells, an arrow between bodies
        # printed on a line of its own ('↓')
        cells = [c for c in split_route(line) if c.casefold().rstrip(":") not in _COLUMN_HEADS]
        if not cells or DATE_ANY.fullmatch(line):
            continue
        # 'Økonomiudvalget: 12. marts 2024': a body with the date of its meeting
        parts = route_from_text(", ".join(without_dates(cells)))
        if not parts:
            break
        out += parts
    return out


def _route_from_table(text: str) -> list[str] | None:
    """A 'Behandling' table read cell by cell ('Mødedato', 'Åbent punkt', 'Børne- og Skoleudvalget',
    '06-11-2018', '1'): its bodies, in order, when every cell is short."""
    # after a body's role, the next cell's body run on, as a flattened page prints the table ('Børne- og
    # Skoleudvalget indstiller Økonomi-, Erhvervs- og Planudvalget indstiller Kommunalbestyrelsen beslutter'): a cell
    # a line
    cells = [c.strip() for c in ROLE_VERB_RUN.sub("\\g<verb>\n", text).split("\n") if c.strip()]
    # the table ends at an absence label or sentence run on below it ('Fraværende: X', 'X var fraværende.')
    cells = next((cells[:k] for k, c in enumerate(cells) if ABSENT_LABEL.match(c) or absent_in_sentences(c)), cells)
    if not cells or any(len(c) > 60 for c in cells):
        return None
    parts = [DATE_BESIDE.sub("", ROLE_VERB_AFTER.sub("", p)).strip()  # "Økonomiudvalget 19.03.2024", "KB beslutter"
             for c in cells for p in split_route(c)]
    bodies = [p for p in parts if is_body_name(p) and p.casefold() not in _COLUMN_HEADS]
    if any(len(p.split()) > 2 and p not in bodies for p in parts):
        return None  # a sentence ('Sagen sendes til Økonomiudvalget - Byrådet.'): the table's cells are short
    return bodies or None


def headed_table(lines: list[str]) -> list[str]:
    """The bodies of a treatment table whose header row was read as one line inside an item's text ('Behandling
    Mødedato' / 'Økonomiudvalget 12.03.2024' / 'Byrådet 20.03.2024'): its first cell the treatment's label, the
    others column heads only (_HEAD_ROW), then a row a line of a body and its meeting's date (maybe the item's
    number in a last column). The header row is the label the rows need: rows of bodies and dates alone may be a
    history; the same label over one body is a route too (annotation rules: the 'Behandling' column)."""
    for k, line in enumerate(lines):
        s = line.strip()
        if not (_TREATMENT_HEAD.match(s) and _HEAD_ROW.fullmatch(s)):
            continue
        rows = [route_entry(re.sub(r"\s+\d{1,3}$", "", x.strip())) for x in lines[k + 1:k + 12]]
        bodies = [r[0] for r in itertools.takewhile(lambda r: r is not None, rows)]
        if bodies:
            return bodies
    return []


# the treatment's label as a table's first column head ('Behandling Mødedato', 'Behandles i Dato'); not 'Behandlet
# i', whose rows the case went through already (a history)
_TREATMENT_HEAD = re.compile(r"^(?:Behandling|Behandles i)\s", re.IGNORECASE)


_COLUMN_HEADS = {"udvalg", "udvalget", "organ", "politisk organ", "behandles i", "behandlet i", "dato", "mødedato"}
# a table's column heads read as one line, no bar between the cells ('Udvalg Dato', 'Behandling Mødedato'), maybe
# with the first row run on after them where a flattened page lost the lines ('Udvalg Dato Økonomiudvalget
# 12.03.2024 …'): the heads are no body ('Udvalg' alone would be read as the route's first body)
_HEAD_WORD = r"(?:udvalg(?:et)?|(?:politisk )?organ|behandle[st] i|(?:møde)?dato|(?:åbent |lukket )?punkt(?:nr\.?)?)"
_HEAD_ROW = re.compile(rf"^(?i:(?:behandling|{_HEAD_WORD})\s*:?\s+(?:{_HEAD_WORD}\s*:?\s+)*{_HEAD_WORD}\s*:?)"
                       r"(?:\s+(?=[A-ZÆØÅ])|$)")
