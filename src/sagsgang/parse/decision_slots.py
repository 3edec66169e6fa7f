"""Decision headings known from what a page prints under them, not from the lexicon (headings.py).

A council that heads its decisions 'Udvalgets behandling', 'Protokol' or 'Resultat' prints the same thing under
them that others print under 'Beslutning': a short outcome ('Godkendt.', 'Taget til efterretning.', 'Indstillingen
er tiltrådt.', 'At 1: Anbefales.'). Adding each word one meets is enumeration; what carries over is the evidence:
- a short standalone label the lexicon does not know, with an outcome as the first text below it in two or more
  places of the page (and in at least half of the places it is printed), heads the page's decisions;
- printed with short text only, the label counts once one place holds a verdict beyond doubt ('Godkendt.',
  'Indstillingen er tiltrådt.', 'Teknik- og Miljøudvalget godkendte dagsordenen.') followed by nothing but absence
  or bilag: the item's closing verdict;
- a label printed inside a known decision's block ('Beslutning' / … / 'Afstemning') is a part of it, never a heading
  of its own (on check, such a label split one decision in two).
A proposal ('X indstiller, at …', 'anbefaler, at'), a recommendation in prose or a history sentence is no outcome:
those lines are turned away, so the label over them stays a plain section. The labels found are handed to
item_body.parse_item as `decision_headings`, which reads their text as the meeting's decision.
"""
from __future__ import annotations

import re

from .bodies import is_body_name
from .headings import ATTACHMENT_HEADING, OUTCOME_WORDS, PLAIN_DECISION, decision_body_date, is_heading
from .item_starts import LABELLED_START, NUMBERED_START
from .lines import Line
from .people import ABSENT_LABEL

_LABEL = re.compile(r"^[A-ZÆØÅ][A-Za-zÆØÅæøåé\-– ]{2,40}:?$")
_MAX_WORDS = 4
# the outcome's own word first ('Godkendt.', 'Anbefales med …'), maybe behind a numbered point ('At 1: Godkendt.')
_LEADING = re.compile(rf"^(?:(?:At|Pkt\.?|Punkt)\s*\d+\s*:\s*)?{OUTCOME_WORDS}\b", re.IGNORECASE)
# what was decided, then a past outcome ('Indstillingen er tiltrådt.', 'Taksterne blev tiltrådt.', 'Sagen taget til
# orientering.', 'Teknik- og Miljøudvalget godkendte dagsordenen.')
_STATED = re.compile(
    r"^[A-ZÆØÅ][\w\-,/ ]{1,80}?\s+(?:(?:er|blev)\s+)?(?:godkendt|godkendte|tiltrådt|tiltrådte|vedtaget|vedtog"
    r"|anbefalet|anbefalede|taget til (?:efterretning|orientering)|foretaget|oversendt|udsat|forkastet|afvist)"
    r"\b[^:]{0,120}\.?$")
_PROPOSAL = re.compile(r"\bindstiller\b|\bindstilles\s+at\b|\banbefaler\b.*\bat\b|,\s*at\b|\bat:?$", re.IGNORECASE)
_SHORT = 200  # an outcome is a line or two, a case's prose is longer
# who or what a stated outcome is said of: 'Indstillingen' (er tiltrådt), 'Teknik- og Miljøudvalget' (godkendte …)
_SUBJECT = re.compile(r"^(?P<s>[A-ZÆØÅ][\w\-/ ]*?)\s+(?:er\s+|blev\s+)?(?:godkend|tiltr|vedt|anbefal|taget|foretaget"
                      r"|oversendt|udsat|forkastet|afvist)")
_CASE_WORDS = re.compile(r"^(?:Indstillingen|Forslaget|Sagen|Punktet|Dagsordenen|Orienteringen|Redegørelsen)$")


# what a body does with a case, in the forms a record prints ('Drøftet.', 'Udvalget blev orienteret.', 'Fremsendes
# til Byrådet.', 'Udvalget besluttede at udsætte sagen.'): evidence only where the label repeats over it
_RECORDED = re.compile(r"^(?:[A-ZÆØÅ][\w\-/ ]{0,60}?\s+)?(?:(?:er|blev|kunne)\s+)?(?:drøftet|drøftede|orienteret"
                       r"|orienteredes|fremsendes|fremsendt|henvist|henvises|besluttede|bevilget|bevilgede|tiltræde"
                       r"|til orientering)\b", re.IGNORECASE)


def outcome_like(t: str) -> bool:
    """The line reads as a recorded outcome, not a proposal or prose."""
    return _short(t) and bool(_LEADING.match(t) or _STATED.match(t) or _RECORDED.match(t))


def _short(t: str) -> bool:
    """A line or two that proposes nothing: what a decision block holds, not a case's prose."""
    return bool(t) and len(t) <= _SHORT and not _PROPOSAL.search(t)


def _verdict(t: str) -> bool:
    """An outcome beyond doubt: its own word first ('Godkendt.'), or what was decided and its fate, said of the
    case or a body ('Indstillingen er tiltrådt.', 'Teknik- og Miljøudvalget godkendte dagsordenen.')."""
    if not _short(t):
        return False
    subject = _SUBJECT.match(t) if _STATED.match(t) else None
    return bool(_LEADING.match(t)) or bool(subject and (_CASE_WORDS.match(subject.group("s"))
                                                       or is_body_name(subject.group("s"))))


def _label(t: str) -> bool:
    """A short standalone line no other reading claims (a known heading, a body's name, an absence label)."""
    return bool(_LABEL.match(t)) and len(t.split()) <= _MAX_WORDS and not is_heading(t) \
        and decision_body_date(t) is None and not is_body_name(t.rstrip(":")) and not ABSENT_LABEL.match(t) \
        and not outcome_like(t)


def _closes(after: list[str]) -> bool:
    """Nothing but absence or bilag follows the outcome in its block, up to the next item's header ('2. Budget'): no
    other section of the case."""
    for x in after[:2]:
        if NUMBERED_START.match(x) or LABELLED_START.match(x):
            return True
        if (is_heading(x) and not ATTACHMENT_HEADING.match(x)) or (_label(x) and not ABSENT_LABEL.match(x)):
            return False
    return True


def decision_headings(lines: list[Line]) -> frozenset[str]:
    """The labels on `lines` (a page, or one item's lines) that head decisions by what is printed under them
    (without a trailing ':')."""
    seen: dict[str, list[tuple[bool, bool, bool]]] = {}  # per place: (outcome below, short below, a closing verdict)
    inside: set[str] = set()  # labels printed within a known decision's block: its parts ('Afstemning')
    in_decision = False
    texts = [ln.text.strip() for ln in lines]
    for i, t in enumerate(texts):
        if t and is_heading(t):
            in_decision = bool(PLAIN_DECISION.match(t) or decision_body_date(t) is not None)
        if not t or not _label(t):
            _colon_place(t, seen)
            continue
        name = t.rstrip(":").strip()
        if in_decision:
            inside.add(name)
        below = [x for x in texts[i + 1:] if x]
        first = below[0] if below else ""
        seen.setdefault(name, []).append((outcome_like(first), _short(first), _verdict(first) and _closes(below[1:])))
    found = set()
    for name, places in seen.items():
        n = sum(p[0] for p in places)
        if name not in inside and all(p[1] for p in places) and (n >= 2 and 2 * n >= len(places)
                                                                 or any(p[2] for p in places)):
            found.add(name)
    return frozenset(found)


# the passive past a protocol records a treatment with ('Foretoges.', 'Vedtoges.')
_PASSIVE_PAST = re.compile(r"^(?:Foretoges|Vedtoges|Godkendtes|Tiltrådtes|Anbefaledes)\b[^:]{0,100}\.$")


def closing_outcome(texts: list[str]) -> str | None:
    """The outcome an item's text ends with when no heading or label announces it: its last paragraph a verdict
    on a line of its own ('Godkendt.', 'Indstillingen blev godkendt.', 'Dagsordenen godkendt.', 'Foretoges.'),
    after a finished sentence or a heading. An outcome printed for the meeting's item without a heading is the
    meeting's decision (annotation rules); a proposal or a sentence of prose is none (_short, _verdict)."""
    filled = [t.strip() for t in texts if t.strip()]
    if not filled:
        return None
    tail = _after_proposal(filled[-1])
    if tail or len(filled) < 2:
        return tail
    last, before = filled[-1], filled[-2]
    if not (_short(last) and last.endswith(".") and (_PASSIVE_PAST.match(last) or _verdict(last))):
        return None
    if not last[:1].isupper() or len(last) > 120:
        return None
    return last if before.endswith((".", ":")) or is_heading(before) else None


# the end of a proposal's sentence ('Borgmesteren indstiller, at dagsordenen godkendes. '), its heading lost
_PROPOSAL_END = re.compile(r"\bindstiller\b,?\s+at\b[^.]{0,400}\.\s+")
_OUTCOME_WORD = re.compile(rf"\b(?:{OUTCOME_WORDS}|godkendt|tiltrådt|vedtaget|anbefalet)\b", re.IGNORECASE)


def _after_proposal(line: str) -> str | None:
    """A transcript's page line that ends an item with its proposal, then a short text with an outcome and no
    heading ('… Borgmesteren indstiller, at dagsordenen godkendes. Punkt 15 overføres til åben dagsorden
    Dagsordenen godkendt'): the decision printed beside its lost heading, the text after the proposal."""
    ends = list(_PROPOSAL_END.finditer(line))
    if not ends:
        return None
    tail = line[ends[-1].end():].strip()
    ok = 0 < len(tail) <= 150 and tail[:1].isupper() and _OUTCOME_WORD.search(tail) and not _PROPOSAL.search(tail)
    return tail if ok else None


# a short label run in between a finished sentence and an outcome ('… indstillingen. Protokol Godkendt. …')
_RUN_IN = re.compile(rf"(?<=[.!] )(?P<label>[A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+){{0,2}}) (?={OUTCOME_WORDS}\b)")


def run_in_decision_labels(text: str) -> str:
    """A transcript's page text with each label that runs in before an outcome two or more times put on a line
    of its own ('… var fraværende. Protokol Godkendt. … anbefaler indstillingen. Protokol Godkendt.'): the
    page's own decision heading, known by its repetition as a lined page's is (decision_headings)."""
    found = [m.group("label") for m in _RUN_IN.finditer(text)]
    labels = {x for x in found if found.count(x) >= 2 and _label(x)}
    if not labels:
        return text
    return _RUN_IN.sub(lambda m: f"\n{m.group('label')}\n" if m.group("label") in labels else m.group(0), text)


_COLON_RUN_IN = re.compile(r"^(?P<label>[A-ZÆØÅ][A-Za-zÆØÅæøåé\- ]{2,40}?)\s*:\s+(?P<text>\S.*)$")


def _colon_place(t: str, seen: dict[str, list[tuple[bool, bool, bool]]]) -> None:
    """A label with its text run in after a colon ('Protokol: Godkendt.') counts as a place of that label, as the
    label on a line of its own over the same text would (never a closing verdict alone: a field's value)."""
    m = _COLON_RUN_IN.match(t)
    if m and _label(m.group("label")):
        text = m.group("text").strip()
        seen.setdefault(m.group("label").strip(), []).append((outcome_like(text), _short(text), False))


def split_run_in(lines: list[Line], labels: frozenset[str]) -> list[Line]:
    """Each 'Label: text' line of a decision label found (decision_headings) as the label over its text."""
    if not labels:
        return lines
    out: list[Line] = []
    for ln in lines:
        m = _COLON_RUN_IN.match(ln.text.strip())
        if m and m.group("label").strip() in labels:
            out += [Line(m.group("label").strip(), ln.offset), Line(m.group("text").strip(), ln.offset)]
        else:
            out.append(ln)
    return out
