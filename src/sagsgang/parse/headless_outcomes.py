"""Outcomes a body records without a decision heading, and where a decision's text ends.

"Økonomiudvalget: Indstilles godkendt.", "Økonomiudvalget anbefaler indstillingen.", 'Godkendt.' as the first text
under a title, 'Referat' / 'Godkendt.': a decision printed without 'Beslutning'. A proposal ("X indstiller, at …")
is never one (annotation rules). Also what goes on with a decision after a block break (votes, positions,
absentees) and what ends it (a heading in capitals, an item's open/closed marker).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .bodies import is_body_name
from .headings import BARE_OUTCOME, OUTCOME_WORDS
from .lines import Line, norm_space
from .outcome_lines import is_outcome_line
from .people import ABSENCE_LABEL_WORD, ABSENT_LABEL

# A paragraph after a block break that still belongs to the decision: votes, positions, absentees.
DECISION_CONTINUES = re.compile(
    r"deltog ikke|var fraværende|var forhindret|tog forbehold|kunne (?:ikke )?tiltræde|stemte|undlod|"
    rf"til protokol|protokoltilførsel|inhabil|^{ABSENCE_LABEL_WORD}|forslaget (?:faldt|blev)|mindretal|flertal",
    re.IGNORECASE,
)
# "Åben" / "Lukket" alone: the open/closed marker that heads the next item (Aalborg)
ITEM_MARKER = re.compile(r"^(?:Åben|Åbent|Lukket)(?:\s+(?:punkt|sag))?$", re.IGNORECASE)


# Outcomes a body records without a decision heading: "Økonomiudvalget: Indstilles godkendt.",
# "Teknik- og Miljøudvalget: Anbefales." (several may share a line), "Økonomiudvalget anbefaler
# indstillingen." A proposal ("X indstiller, at …") is never one (annotation rules).
# (the body's name each of these shapes opens with: a capital, then words, hyphens and slashes, shortest first)
_BODY = r"(?P<body>[A-ZÆØÅ][\w\-/ ]{1,80}?)"
LABELLED_OUTCOME = re.compile(
    r"(?:^|(?<=[.!]\s))" + _BODY + r"\s*:\s*"
    r"(?P<outcome>" + OUTCOME_WORDS + r"\b[^:]{0,300}?\.)(?=\s|$)")
_STATED_VERBS = ("anbefaler", "anbefalede", "tiltræder", "tiltrådte", "godkendte", "godkender", "vedtog")
_STATED_OBJECTS = ("indstillingen", "indstillingerne", "dagsordenen", "forslaget", "sagen")
STATED_OUTCOME = re.compile(
    rf"^{_BODY}\s+(?:{'|'.join(_STATED_VERBS)})"
    # what it recommends: the proposal as the item prints it ('indstillingerne', 'sagen'), or whose proposal it is
    # ('administrationens', 'direktionens', 'forvaltningens indstilling')
    rf"\s+(?:{'|'.join(_STATED_OBJECTS)}|[a-zæøå]{{4,}}s\s+indstilling(?:er)?)\b.*$")


# 'Økonomiudvalget<TAB>Godkendt.', 'Økonomiudvalget    Anbefales.': a decision table's row, the body's cell and the
# outcome's cell apart by a tab or a wide gap (three spaces and more: no sentence puts them between its words)
ROW_OUTCOME = re.compile(r"^" + _BODY + r"(?:\t\s*| {3,})"
                         r"(?P<outcome>" + OUTCOME_WORDS + r"\b.*\S)\s*$")


# the same row run into a flattened text, its tab folded ('… Anbefales. Økonomiudvalget Godkendt med …'): after a
# sentence's end or at a line's start, a body's name right before an outcome's capitalised word. No sentence puts a
# capitalised outcome word right after a body's name, so the gap is the cells' (undated rows: the dated ones are the
# treatment readers')
ROW_RUN = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)){_BODY}[ \t]+(?={OUTCOME_WORDS}\b)")  # (on one line)


def row_run_cut(m: re.Match[str]) -> str:
    """The row on a line of its own, its cells apart by the tab the flattening folded (row_outcome reads it), where
    the words before the outcome name a body."""
    return f"\n{m.group('body').strip()}\t" if is_body_name(m.group("body")) else m.group(0)


def row_outcome(raw: str) -> tuple[str, str] | None:
    """(body, outcome) of a decision table's row printed on one line ('Byrådet<TAB>Godkendt.'), else None; `raw` is
    the line before its white space was folded."""
    m = ROW_OUTCOME.match(raw.strip())
    return (m.group("body").strip(), norm_space(m.group("outcome"))) if m and is_body_name(m.group("body")) else None


def labelled_rows(t: str) -> list[tuple[str, str]]:
    """(body, outcome) of each 'Body: Outcome.' the line is made of ('Teknik- og Miljøudvalget: Anbefales.',
    'Økonomiudvalget: Godkendt.', one or several run on), else []: every part of the line a row, and the part before
    each colon a body's name ('Bemærkning: Godkendt.', 'Ad 1: Godkendt.' and a vote are no rows)."""
    t = t.strip()
    rows = list(LABELLED_OUTCOME.finditer(t)) if ":" in t else []
    if not rows or not all(is_body_name(m.group("body")) for m in rows) \
            or "".join(m.group(0) for m in rows).replace(" ", "") != t.replace(" ", ""):
        return []
    return [(m.group("body").strip(), norm_space(m.group("outcome"))) for m in rows]


# "Såfremt byrådet tiltræder indstillingen, …": a condition, not an outcome
_SUBORDINATE = re.compile(r"^(?:Såfremt|Hvis|Når|Da|Idet|Efter|Inden|Såvel|Om|Fordi|Selvom|Medmindre)\b", re.IGNORECASE)


def outcome_statements(t: str) -> list[tuple[str, str]]:
    """(body, text) of the outcomes printed on line `t` without a decision heading."""
    if ":" in t:
        found = [(m.group("body").strip(), m.group("outcome")) for m in LABELLED_OUTCOME.finditer(t)
                 if is_body_name(m.group("body"))]
        if found:
            return found
    m = STATED_OUTCOME.match(t)
    if m and is_body_name(m.group("body")) and len(t) < 300 and not _SUBORDINATE.match(t):
        return [(m.group("body").strip(), t)]
    return []


def cut_outcome_statement(t: str) -> tuple[str, str] | None:
    """(body, text) of a stated outcome cut off by the end of an excerpt ('Økonomiudvalget an', 'Byrådet
    godkendte indst'), for the last line of a text: the body's name, then the start of a statement's verb (two
    letters and more, the verb unfinished) or its whole verb and the start of its object (four letters and more).
    A truncated field still counts (annotation rules). Less is no statement's shape: 'Byrådet godkendte' and
    'Byrådet godkendte d' also start the case's history ('Byrådet godkendte den 3. maj planen')."""
    words = t.split()
    if len(words) < 2:
        return None
    verb_cut = words[-1]
    if len(verb_cut) >= 2 and any(v.startswith(verb_cut) and v != verb_cut for v in _STATED_VERBS) \
            and is_body_name(" ".join(words[:-1])):
        return " ".join(words[:-1]), t.strip()
    verb, object_cut = words[-2:] if len(words) >= 3 else ("", "")
    if verb in _STATED_VERBS and len(object_cut) >= 4 and any(o.startswith(object_cut) for o in _STATED_OBJECTS) \
            and is_body_name(" ".join(words[:-2])):
        return " ".join(words[:-2]), t.strip()
    return None


def ends_decision(t: str) -> bool:
    """'BESLUTNINGSFORSLAG FRA DD', 'INDSTILLING FRA MAGISTRATSAFDELINGEN …' or a lone '.': the
    unheaded case text after a decision, never part of it."""
    if t.strip() in (".", "·") or ITEM_MARKER.match(t):
        return True
    if ABSENT_LABEL.match(t):
        return False
    letters = [c for c in t if c.isalpha()]
    if len(letters) < 10 or not all(c.isupper() for c in letters) or _CAPS_OUTCOME.match(t.strip()):
        return False
    words = [w for w in t.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2


# an outcome printed in capitals, its words after its outcome's word and its full stop ('ANBEFALES OVER FOR BYRÅDET.',
# 'GODKENDT MED DEN ÆNDRING, AT …'), as some councils print every decision: the decision's text, as 'GODKENDT.' alone
# is. A heading in capitals opens with no outcome's word and ends with no stop
_CAPS_OUTCOME = re.compile(rf"(?i:{OUTCOME_WORDS})\b.*[.!]$")


def headless_outcome(lines: list[Line], idx: int, heading: Callable[[str], bool], printed: str | None,
                      first: bool) -> str | None:
    """The reading mode after line idx of an item's head when it is the item's outcome printed without a heading
    ('Godkendt.', 'Dagsordenen godkendt.', 'Intet.', the 'Godkendt' a header's line printed behind its title), else
    None. 'Godkendt.' has always opened the decision's block; the other shapes are a decision only as the
    first text under the title, standing alone (`first`, _stands_alone), and only the lines that go with a
    decision (absentees, votes) join them: an item's text may follow. (`first`: nothing above it but the item's
    status, 'Åben'.)"""
    t = lines[idx].text
    if BARE_OUTCOME.match(t):
        return "decision"
    if t == printed:
        return "outcome"
    # (a line of its own sets a short outcome apart: its full stop may be missing, 'Godkendt')
    alone = first and _stands_alone(lines, idx, heading)
    return "outcome" if alone and is_outcome_line(t, stop_optional=True) else None


def _stands_alone(lines: list[Line], idx: int, heading: Callable[[str], bool]) -> bool:
    """Line idx is a paragraph of its own: the item's last line, or a blank line, a heading, an absence or
    a vote after it ('Dagsordenen godkendt.' / '' / '2. Budget'), not the first sentence of a text that goes on."""
    following = lines[idx + 1].text if idx + 1 < len(lines) else ""
    return not following or heading(following) or bool(ABSENT_LABEL.match(following)) \
        or bool(DECISION_CONTINUES.search(following))


# the other words a council heads an item's outcome with ('Referat', 'Protokol', 'Beslutningsprotokol', 'Behandling':
# the minutes' or the treatment's record of the item), on a line of their own
RECORD_WORDS = r"Referat|Protokol|Beslutningsprotokol|Behandling"  # (inline_decisions.RECORD_RUN reads them run in)
_RECORD_HEADING = re.compile(rf"^(?:{RECORD_WORDS})\s*:?$", re.IGNORECASE)


def is_record_word(t: str) -> bool:
    """'Referat' / 'Protokol' alone on a line: a record's label, never a sentence of an outcome."""
    return _RECORD_HEADING.match(t.strip()) is not None


def outcome_heading(t: str, nxt: str | None) -> bool:
    """'Referat' / 'Godkendt.': a record's heading over an outcome heads the item's decision. Only with the outcome's
    word right below it: alone the words are a page's running head ('Referat' on every PDF page) or a route's label
    ('Behandling' over the bodies that will treat the case), and neither is followed by an outcome printed alone."""
    return bool(nxt) and _RECORD_HEADING.match(t.strip()) is not None and OUTCOME_FIRST.match(nxt.strip()) is not None


OUTCOME_FIRST = re.compile(OUTCOME_WORDS + r"\b")
