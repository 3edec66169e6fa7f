"""A case's route known by the shape of its value, whatever its label says.

Every council names its route's label in its own words ('Sagsgang', 'Beslutningsvej', 'Politisk proces', ...), so a
lexicon of labels never covers an unseen one. What all of them share is the value: two bodies or more and nothing
else ('ØU, KB', 'Økonomiudvalget → Byrådet', 'Økonomiudvalget 12.03.2024' / 'Byrådet 20.03.2024'). A short label
over such a value is read as the route when no labelled route was found (item_routes.route_bodies answers first).

Guards, each from what a route is (annotation rules: the bodies that will treat the case):
- two bodies or more: one body alone names who decides ('Beslutningskompetence: KB'), no path; and printed as
  steps (commas, arrows, dashes, one a line, dates): 'A og B' alone names bodies together, not a path;
- one of them a committee or the council (or their initials, or a body the item's decisions name): a list of
  advisory councils heard ('Høringsparter: Handicaprådet, Ældrerådet') names no body that treats the case;
- the label a short phrase of words, no sentence, no decision's or history's heading (those bodies treated the case
  already), no body itself; persons and outcomes are no bodies (is_body_name).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .bodies import is_body_name, route_entry_kind, split_route, without_dates
from .headings import HISTORY_HEADING, PLAIN_DECISION, decision_body_date, is_lexicon_heading

# a label: one to four words, the first capitalised, letters and hyphens only, maybe a question mark or a colon
_LABEL = r"[A-ZÆØÅ][a-zæøåé-]+(?: [a-zæøåé-]+){0,3}\??"
_LABEL_LINE = re.compile(rf"^(?P<label>{_LABEL})\s*:?$")
_LABELLED = re.compile(rf"^(?P<label>{_LABEL})\s*:\s*(?P<value>\S.{{0,200}})$")
# the same label with its colon anywhere on a line, after a space or at its start
_MID_LABEL = re.compile(rf"(?:^|(?<=\s))(?P<label>{_LABEL})\s*:(?=\s)")
_MAX_WORDS, _BODY_REACH = 25, 8  # a route's words, and the words after its colon within which a body's name ends
# a word a body's name (or its initials) ends in, or an arrow between two: a list of bodies has one near its start
_BODY_WORD = re.compile(r"[Uu]dvalg|[Rr]åd|[Bb]estyrelse|[Mm]agistrat|^[A-ZÆØÅ]{2,6}(?:/[A-ZÆØÅ]{2,6})*,?$")
# the bodies that treat a case: a committee, the council or its finance committee (bodies._BODY_END's political
# part), or initials ('ØU', 'KB', 'AU/BUU')
_TREATING = re.compile(r"udvalg|byråd|kommunalbestyrelse|borgerrepræsentation|regionsråd|magistrat", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-ZÆØÅ]{2,6}(?:/[A-ZÆØÅ]{2,6})*$")
_GLUE = frozenset({"for", "og", "i", "&"})
# what prints bodies as steps one after the other: a comma, an arrow, a spaced dash or slash, a bar, a line each,
# initials chained by hyphens, 'til', a meeting's date beside each (or nothing: one a line, run together on a
# flattened page); bodies joined by 'og' alone are a set (the comma of 'Økonomi-, Erhvervs- og Planudvalget'
# is inside one name)
_ORDERED = re.compile(r"(?<!-),|[;|>→↓⇒➔\n]|\s[-–—/]\s|[A-ZÆØÅ]-[A-ZÆØÅ]|\btil\b|\d")
# the labels of who decides ('Kompetence', 'Beslutningskompetence', 'Sagen afgøres i'): the annotation rules count
# them no route, also over two bodies that decide together ('Kompetence' / 'Økonomiudvalget og Byrådet')
_DECIDERS = re.compile(r"kompetence|afgøres", re.IGNORECASE)


def route_by_shape(heads: list[list[str]], sections: Iterable[tuple[str, str]], deciding: set[str]) -> list[str]:
    """The route a short label heads in the item's runs of unheaded lines (`heads`: its lines before its first
    heading, its unheaded text, each run read apart from the others) or its sections' texts ((heading, text),
    decisions' and histories' left out: their bodies treated the case already), [] if none. `deciding`: the bodies
    the item's decisions name, which treat the case too."""
    route = next((r for lines in heads if (r := _route_in(lines, deciding))), None)
    for heading, text in sections:
        if route:
            break
        if not _is_label(heading):
            continue
        # a section whose text is the list and nothing else, under a heading of the lexicon or of the page
        # ('Tidsplan' / 'ØU, KB'): the heading labels the list; a shorter label's list may have text below it
        route = _bodies(text, deciding) if "\n" not in text or _listed(text.split("\n")) == text.split("\n") \
            else None
        route = route or _route_in(text.split("\n"), deciding)
    return route or []


def labelled_route(line: str) -> list[str] | None:
    """'Beslutningsvej: FU > ØU > KB' -> its bodies: a label and two bodies or more after its colon, else None."""
    m = _LABELLED.match(line.strip())
    return _bodies(m.group("value"), set()) if m and _is_label(m.group("label")) else None


def _route_in(lines: list[str], deciding: set[str]) -> list[str] | None:
    """The first labelled list of bodies among `lines`: 'Label: ØU, KB' on a line or inside one, or 'Label' over a
    line that lists them or over the bodies one a line."""
    for k, line in enumerate(lines):
        s = line.strip()
        route = _after_colon(s, deciding) or _after_bare_label(s, deciding)
        if route:
            return route
        if not (_LABEL_LINE.match(s) and _is_label(s.rstrip(":").strip())):
            continue
        below = [x.strip() for x in lines[k + 1:]]
        route = _bodies(below[0], deciding) if below else None
        if route:
            return route
        listed = _listed(below)
        route = _bodies("\n".join(listed), deciding) if len(listed) >= 2 else None
        if route:
            return route
    return None


def _after_colon(line: str, deciding: set[str]) -> list[str] | None:
    """The bodies after a label's colon on `line`, also where a flattened page ran the label on after other text
    ('Sagsnr.: 24-123 Beslutningsvej: ØU, KB Sagsfremstilling …'): the longest run of words after the colon that
    lists two bodies or more, ending the line or before a capitalised word (the next field's label, a heading)."""
    for m in _MID_LABEL.finditer(line):
        if not _is_label(m.group("label")):
            continue
        words = line[m.end():].split()[:_MAX_WORDS]
        if not any(_BODY_WORD.search(w) for w in words[:_BODY_REACH]):
            continue  # no body's word near the colon: no list of bodies (most colons: 'Mødedato: 12. marts')
        for n in range(len(words), 1, -1):
            if n < len(words) and not _next_field(words[n:n + 3]):
                continue
            route = _bodies(" ".join(words[:n]).rstrip(",;"), deciding)
            if route:
                return route
    return None


# where a label printed on a line of its own starts once a flattened page ran it on after other text: the line's
# start, a sentence's end or a number (the case number before it: 'Sagsnr.: 24-000456 Beslutningsgang ØU, KB')
_BARE_START = re.compile(r"(?:^|(?<=[.!?\d]\s))(?=[A-ZÆØÅ])")
# a bare label's words: one to three, the first capitalised, none a passive verb ('Sagen forelægges ØU, KB') and
# none a word that only leads into what follows ('Kopi til ØU, KB'); 'proces' is a noun
_BARE_LABEL = re.compile(r"[A-ZÆØÅ][a-zæøå-]+(?: [a-zæøå-]+){0,2}")
# what prints bodies as steps between them, not beside them (_ORDERED less its dates and one a line): without a
# colon a label is known by its value alone, and initials beside a date are a motion's parties as well ('Forslag DD
# og LA 18.08.2025')
_STEPS = re.compile(r"(?<!-),|[;|>→↓⇒➔]|\s[-–—/]\s|[A-ZÆØÅ]-[A-ZÆØÅ]|\btil\b")
_VERB_OR_GLUE = re.compile(r"^(?:til|i|for|af|fra|med|at|om|og|på|ved)$|[a-zæøå]{2}(?<!proc)es$")


def _after_bare_label(line: str, deciding: set[str]) -> list[str] | None:
    """The bodies after a label without its colon, as a flattened page runs a label printed over its value onto one
    line ('… accepteres. Beslutningsgang ØU, KB'): a short label at a line's or sentence's start whose words
    after it, to the line's end or the next field, list two bodies or more and nothing else (_bodies' guards)."""
    for start in _BARE_START.finditer(line):
        words = line[start.start():].split()[:_MAX_WORDS]
        for k in range(1, 4):
            label = " ".join(words[:k])
            if not _BARE_LABEL.fullmatch(label) or any(_VERB_OR_GLUE.search(w.lower()) for w in words[:k]) \
                    or not _is_label(label):
                continue
            rest = words[k:]
            if not rest or not _BODY_WORD.search(rest[0].rstrip(",")):
                continue
            for n in range(len(rest), 1, -1):
                if n < len(rest) and not _next_field(rest[n:n + 3]):
                    continue
                value = " ".join(rest[:n]).rstrip(",;")
                route = _bodies(value, deciding) if _STEPS.search(value) else None
                if route:
                    return route
    return None


def _next_field(words: list[str]) -> bool:
    """The words after a run of bodies start what a flattened page prints after a field's value: a heading, the
    next label and its colon, or the next item's number. Not a further name ('Til: Udvalget, Ældrerådet,
    Direktionen m.fl.': the list goes on with what is no body, so it is no list of bodies only)."""
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    if re.fullmatch(r"\d{1,3}\.?", words[0]) or any(w.endswith(":") for w in words):
        return True
    return any(is_lexicon_heading(" ".join(words[:j])) for j in range(1, len(words) + 1))


def _listed(lines: list[str]) -> list[str]:
    """The lines at the top of `lines` that each name one body, maybe with its date or part ('Byrådet 20.03.2024')."""
    out: list[str] = []
    for line in lines:
        if not line or route_entry_kind(line) is None:
            break
        out.append(line)
    return out


def _is_label(label: str) -> bool:
    """A phrase that may label a route: no decision's or history's heading (their bodies treated the case
    already), no label of the deciding bodies (_DECIDERS), no body's name (a decision's heading over the next
    body)."""
    return not (_not_ahead(label) or _DECIDERS.search(label) or is_body_name(label))


def _not_ahead(heading: str) -> bool:
    """A decision's or a history's heading: the bodies under it treated the case already."""
    return bool(PLAIN_DECISION.match(heading) or HISTORY_HEADING.match(heading) or decision_body_date(heading))


def _bodies(value: str, deciding: set[str]) -> list[str] | None:
    """The bodies `value` lists when it lists two or more and nothing else (dates, parts beside them dropped), one
    of them a body that treats cases."""
    if len(value) > 300:
        return None
    parts = without_dates(split_route(value.replace("\n", ", ")))
    if len(parts) < 2 or not all(is_body_name(p) for p in parts):
        return None
    if not all(w[:1].isupper() or w in _GLUE for p in parts for w in p.split()):
        return None  # prose ending in a body ('sagen har været drøftet i udvalget')
    if not any(_TREATING.search(p) or _INITIALS.match(p) or p in deciding for p in parts):
        return None
    if not _ORDERED.search(value) and re.search(r"\s(?:og|&)\s", value):
        return None  # 'A og B' alone: bodies together (who decides, who is told), no path from one to the next
    if not _ORDERED.search(value) and any(_INITIALS.match(p) and p not in deciding for p in parts):
        # words in capitals with nothing between them that prints steps ('Afbud: SAGENS FORMÅL Godkendelse …', a
        # heading in capitals a flattened page ran on after a label) read as initials; a route of initials marks
        # its steps ('ØU, KB', 'ØU - KB', one a line), bodies by name may stand one after the other
        return None
    return parts
