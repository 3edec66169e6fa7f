"""Who stood where on a decision: unanimity, vote counts and each member's or party's stance.

The contract is shared/spec/positions-output.md. Minutes print stances as prose, in a few clause
shapes that combine freely with the member lists of parse/members.py:

    subject first   `<list> stemte imod`, `<list> kunne ikke tiltræde`, `<list> tog forbehold`
    heading first   `For stemte: <list>`, `Imod stemte 8 (V, C)`, `Undlod at stemme: 2 (C+O)`
    counts          `Med stemmerne 11 for og 8 imod`, `For: 17`, `ingen imod`
    object          `Byrådet erklærede <list> for inhabil`

Each verb phrase below names its stance and whether it is vote wording (only vote wording makes
`votes`). The extraction reads nothing but the decision's own text, so it runs the same for every
reader (text, HTML, PDF, FirstAgenda JSON): `annotate` is a step of parse_result after the layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Document
from .dashes import SPACED_DASH
from .members import MEMBER, list_after, list_before, member_text

STANCES = ("for", "imod", "undlod", "forbehold", "protokol", "inhabil")
SIDES = {"for": "for", "imod": "against", "undlod": "abstain"}


@dataclass(frozen=True)
class Verb:
    """A stance verb phrase that follows its subject list."""

    pattern: str
    stance: str
    vote: bool = False  # vote wording (`stemte`), which alone makes `votes`


_W = r"(?:\s+(?:dog|også|ligeledes|derfor|endvidere|desuden|samtidig|alle))?"  # adverbs between subject and verb
VERBS = (
    Verb(r"stemte\s+hverken\s+for\s+eller\s+imod|stemmer\s+hverken\s+for\s+eller\s+imod|stemte\s+blankt", "undlod"),
    Verb(r"(?:[Ss]temte|[Ss]temmer|har\s+stemt)" + _W + r"\s+(?:i\s?mod|mod|nej)(?![\wæøå])", "imod", True),
    Verb(r"(?:[Ss]temte|[Ss]temmer|har\s+stemt)" + _W + r"\s+(?:for|ja)(?![\wæøå])", "for", True),
    Verb(r"(?:undlod|undlader|undlad)(?:\s+at\s+(?:stemme|tage\s+stilling)|\s+stillingtagen)?(?![\wæøå])", "undlod"),
    Verb(r"(?:kunne|kan)" + _W + r"\s+ikke\s+(?:tiltræde|anbefale|godkende|støtte)|(?:tiltræder|tiltrådte|anbefaler"
         r"|anbefalede|godkender|støtter|støttede)\s+ikke(?![\wæøå])|(?:er|var)\s+imod(?![\wæøå])"
         r"|går\s+imod|gik\s+imod", "imod"),
    Verb(r"(?:tog|tager|har\s+taget)\s+(?:et\s+|generelt\s+|sit\s+)?forbehold", "forbehold"),
    Verb(r"(?:erklærede|erklærer|meldte|anså|anser|betragtede)\s+sig\s+(?:for\s+|som\s+)?inhabil"
         r"|(?:var|er|blev\s+erklæret)\s+inhabil|gjorde\s+opmærksom\s+på\s+(?:sin\s+|egen\s+)?inhabilitet"
         r"|deltog\s+ikke\s+[^.]{0,60}?(?:pga\.?|på\s+grund\s+af|grundet|som\s+følge\s+af|p\.g\.a\.)\s+inhabilitet"
         r"|forlod\s+mødet\s+[^.]{0,30}?inhabil", "inhabil"),
    Verb(r"(?:ønsker|ønskede|bad\s+om\s+at\s+få|fik)\s+(?:[\wæøå]+\s+){0,4}?"
         r"(?:tilført|ført|tilføjet|noteret|indført)(?:\s+til)?\s+(?:protokollen|protokol|referatet|beslutningen)"
         r"|(?:(?:ønsker|ønskede)\s+at\s+)?(?:afgav|afgiver|afgive|havde|har|fremsatte|fremsætter|fik)\s+"
         r"(?:en\s+|følgende\s+)?(?:protokolbemærkning|mindretalsudtalelse"
         r"|protokoltilførsel)|kom\s+med\s+(?:en\s+|følgende\s+)?(?:anbefaling|bemærkning|protokolbemærkning)"
         r"|bemærkede|bemærker|tilkendegav|gav\s+udtryk\s+for|følger|fulgte|ønsker\s+at\s+følge|ønskede\s+at\s+følge"
         r"|anbefaler\s+(?:overfor\s+\w+\s+)?(?:at\s+)?administrationens\s+indstilling(?!s?punkt)"
         r"|(?:anbefaler|anbefalede|støtter|støttede),?\s+at\s", "protokol"),  # a preference of one's own
    # "Imod stemte: (F) med bemærkning om, ”…” (Ø) med bemærkning om, ”…”": a list that goes on after a remark
    Verb(r"med\s+bemærkning(?:en)?\s+om", "same"),
    Verb(r"(?:kunne|kan)" + _W + r"\s+(?:tiltræde|anbefale|godkende|støtte)|tiltræder|tiltrådte|anbefaler|anbefalede"
         r"|tilsluttede\s+sig|tilslutter\s+sig|godkender|godkendte|vedtog|støtter|støttede|går\s+ind\s+for"
         r"|gik\s+ind\s+for", "for"),
)
_VERB = re.compile("|".join(f"(?P<v{i}>(?<![\\wæøå]){v.pattern})" for i, v in enumerate(VERBS)))

# `For stemte:`, `For administrationens indstilling stemte:`, `Imod:`, `Undlod at stemme:`: a heading, then a list.
_HEAD = re.compile(
    r"(?<![\wæøå])(?:(?P<for>For(?:\s+[\wæøå.-]+){0,3}?|for)\s+stemte(?:\s+(?:de|følgende))?\s*:?"
    r"|(?P<against>(?:Imod|Mod)(?:\s+[\wæøå.-]+){0,3}?|imod)\s+stemte(?:\s+(?:de|følgende))?\s*:?"
    r"|(?P<abstain>Undlod\s+at\s+stemme|Undlader\s+at\s+stemme|Hverken\s+for\s+eller\s+imod|Blanke?)\s*(?:stemte\s*)?:?"
    r"|(?P<for2>For|Stemte\s+for)\s*:|(?P<against2>Imod|Stemte\s+imod)\s*:|(?P<abstain2>Undlod|Undlader)\s*:)")
# `Mindretalsudtalelse fra Tina Rotbøll (A):`, `Protokolbemærkning fra (V):`: a recorded statement, a list after.
_STATEMENT_HEAD = re.compile(r"(?:[Mm]indretalsudtalelse|[Pp]rotokolbemærkning|[Pp]rotokoltilførsel)(?:\s+fra|\s*:)\s+")
_COUNT_AFTER = re.compile(rf"\s*(?:[{SPACED_DASH}]\s*)?\((\d{{1,3}})\)")
_COUNT_LIST = re.compile(rf"\s*(?P<n>\d{{1,3}}|ingen)?(?:\s+stemmer)?\s*(?:\((?P<paren>[^()]{{1,80}})\)"
                         rf"|[:{SPACED_DASH}](?=\s))?")
# `Med stemmerne 11 for og 8 imod`, `med 5 stemmer for og 2 imod`, `19 for, 1 imod og 2 undlod`
_N = r"(\d{1,3}|ingen)"
def _L(name: str) -> str:
    """An optional bracketed list after a count: `17 for (A, F, Ø)`."""
    return rf"(?:\s*\((?P<{name}>[^()]{{1,80}})\))?"


_COUNTS = (
    re.compile(r"(?:[Mm]ed\s+stemmer(?:ne)?\s+|[Mm]ed\s+(?=\d))(?P<f>" + _N + r")\s+(?:stemmer\s+)?for" + _L("fl")
               + r"(?:\s*(?:,|og)?\s*(?P<a>" + _N + r")\s+(?:stemmer\s+)?(?:imod|mod)" + _L("al") + ")?"
               r"(?:\s*(?:,|og)\s*(?P<u>" + _N + r")\s+(?:undlod|hverken|blank|stemte\s+blankt|undlader)"
               r"(?:\s+at\s+stemme)?" + _L("ul") + ")?"),
    re.compile(r"[Mm]ed\s+(?P<f>\d{1,3})\s+stemmer(?:\s*\((?P<fl>[^()]{1,80})\))?\s+mod\s+(?P<a>\d{1,3})"
               r"(?:\s+stemmer)?(?:\s*\((?P<al>[^()]{1,80})\))?(?P<u>)?"),
    re.compile(r"(?<![\wæøå])(?P<f>" + _N + r")\s+stemte\s+for\s*(?:,|og)\s*(?P<a>" + _N + r")\s+(?:stemte\s+)?imod"
               r"(?:\s*(?:,|og)\s*(?P<u>" + _N + r")\s+(?:undlod|stemte\s+blankt|undlader))?"),
)
_NONE_AGAINST = re.compile(r"(?<![\wæøå])ingen\s+(?:stemte\s+)?imod(?![\wæøå])", re.IGNORECASE)
# `Erklærede <list> for inhabil`: the stance is the object's, not the subject's.
_DECLARED = re.compile(r"erklærede,?\s+(?:at\s+)?")
_INHABIL_AFTER = re.compile(r"\s+(?:for\s+inhabil|som\s+inhabil|ikke\s+kan\s+deltage|ikke\s+kunne\s+deltage)")
# A statement printed right after a stance, which also makes it a recorded statement: "stemte imod med
# følgende mindretalsudtalelse: …"
_STATEMENT_AFTER = re.compile(r"^[^.]{0,60}?(?:mindretalsudtalelse|protokolbemærkning|protokoltilførsel)")

_UNANIMOUS = re.compile(
    r"enstemmig|(?<![\wæøå])(?:et|ett)\s+enig[te]?\s+\w+|(?:udvalget|byrådet|kommunalbestyrelsen|magistraten|"
    r"regionsrådet|borgerrepræsentationen|bestyrelsen)\s+var\s+enig(?:e|t)?(?![\wæøå])"
    r"|(?<!ikke\s)(?<!ikke\sopnås\s)der\s+var\s+enighed|alle\s+stemte\s+for|uden\s+afstemning", re.IGNORECASE)
_NOT_UNANIMOUS = re.compile(r"(?<![\wæøå])(?:et|et\s+samlet)?\s*(?:flertal|mindretal)(?![\wæøå])", re.IGNORECASE)


@dataclass
class Stances:
    """What one decision text says about who stood where (the three contract fields)."""

    unanimous: bool | None = None
    votes: dict[str, Any] | None = None
    positions: list[dict[str, str]] = field(default_factory=list)


class _Votes:
    """The first vote printed: counts from the first count per side, lists merged until a member who
    already voted on one side appears on another, or a side gets a different count (a second vote)."""

    def __init__(self) -> None:
        self.sides: dict[str, dict[str, Any]] = {}
        self.closed: set[str] = set()
        self.frozen = False
        self.worded = False  # vote wording seen: without it there are no votes

    def add(self, side: str, who: list[str], count: int | None = None, worded: bool = True) -> None:
        if self.frozen:
            return
        if any(w in s["who"] for other, s in self.sides.items() if other != side for w in who):
            self.frozen = True
            return
        cur = self.sides.get(side)
        if cur is not None and count is not None and cur["count"] is not None and cur["count"] != count:
            self.frozen = True
            return
        if side in self.closed:
            return
        self.worded = self.worded or worded
        cur = self.sides.setdefault(side, {"count": None, "who": []})
        if cur["count"] is None and count is not None:
            cur["count"] = count
        cur["who"].extend(w for w in who if w not in cur["who"])

    def close(self, side: str) -> None:
        """`Undlod at stemme:` printed with nobody after it: that side of this vote is empty."""
        if not self.frozen:
            self.closed.add(side)
            self.worded = True

    def result(self) -> dict[str, Any] | None:
        if not self.worded:
            return None
        out: dict[str, Any] = {}
        for side in ("for", "against", "abstain"):
            s = self.sides.get(side)
            out[side] = s if s and (s["who"] or s["count"] is not None) else None
        return out if any(out.values()) else None


def _count(raw: str | None) -> int | None:
    if raw is None:
        return None
    return 0 if raw.casefold() == "ingen" else int(raw)


# (start, end, stance, who, vote, count): one stance the text words, in the order read
_Event = tuple[int, int, str, list[str], bool, int | None]


def extract(text: str) -> Stances:
    """Read the stances out of one decision text (see the module docstring for the grammar)."""
    text = re.sub(r"\s+", " ", text or "").strip()
    text = _REPEATED_WORD.sub(r"\1", text)  # "For stemte stemte (V)": a word printed twice
    events: list[_Event] = []
    taken: list[tuple[int, int]] = []
    _head_events(text, events, taken)
    _count_events(text, events, taken)
    _statement_events(text, events, taken)
    _verb_events(text, events, taken)

    quoted = _quoted_spans(text) + _remark_spans(text)
    events = [e for e in events if not any(a < e[0] < b for a, b in quoted)]  # a quoted statement's own words
    events.sort(key=lambda e: (e[0], e[1]))
    votes = _Votes()
    positions = _positions(text, events, votes)
    return Stances(unanimous=_unanimity(text, positions, votes.result()), votes=votes.result(),
                   positions=positions)


def _head_events(text: str, events: list[_Event], taken: list[tuple[int, int]]) -> None:
    """'For stemte: A, F (4)', 'Imod stemte 3 (V, O)': a vote's head, its count and the list after it; read first,
    so the verbs inside the span it takes are not read again."""
    for m in _HEAD.finditer(text):
        kind = m.lastgroup or ""
        stance = "for" if kind.startswith("for") else "imod" if kind.startswith("against") else "undlod"
        cm = _COUNT_LIST.match(text[m.end():])
        count = _count(cm.group("n")) if cm else None
        who: list[str] = []
        end = m.end()
        if cm and cm.group("n"):
            end += cm.end()
            if cm.group("paren"):
                who, _ = list_after(cm.group("paren").strip())
        if not who and (count is None or count != 0):
            who, end, count = _list_after_head(text, end, count)
        events.append((m.start(), end, stance, who, True, count))
        taken.append((m.start(), end))
        if not who and count is None and stance == "undlod":
            events.append((m.start(), end, "close", [], True, None))


def _list_after_head(text: str, end: int, count: int | None) -> tuple[list[str], int, int | None]:
    """The names after a head with no list in brackets, and the count printed after them where none came before
    ('For stemte: A, F (4)', 'Imod stemte: - (0)'); returns (who, end, count)."""
    who, used = list_after(text[end:].lstrip())
    end += (len(text[end:]) - len(text[end:].lstrip())) + used
    after_list = _COUNT_AFTER.match(text, end) if count is None else None
    if after_list:
        count = _count(after_list.group(1))
        end = after_list.end()
    return who, end, count


def _count_events(text: str, events: list[_Event], taken: list[tuple[int, int]]) -> None:
    """Tallies ('5 for, 2 imod, 1 undlod') with their lists; 'ingen imod' only where no tally counted those
    against, as a tally's own zero says it already."""
    for m in (m for rx in _COUNTS for m in rx.finditer(text)):
        lists = m.groupdict()
        for stance, group in (("for", "f"), ("imod", "a"), ("undlod", "u")):
            if m.group(group):
                who = list_after(lists[group + "l"])[0] if lists.get(group + "l") else []
                events.append((m.start(), m.end(), stance, who, True, _count(m.group(group))))
        taken.append((m.start(), m.end()))
    if not any(e[2] == "imod" and e[5] is not None for e in events):
        for m in _NONE_AGAINST.finditer(text):
            events.append((m.start(), m.end(), "imod", [], True, 0))


def _statement_events(text: str, events: list[_Event], taken: list[tuple[int, int]]) -> None:
    """Who asks for a statement in the minutes and who declares themselves disqualified: no vote, but a stance,
    and the span they take is no verb's subject."""
    for m in _STATEMENT_HEAD.finditer(text):
        who, used = list_after(text[m.end():])
        if who:
            events.append((m.start(), m.end() + used, "protokol", who, False, None))
            taken.append((m.start(), m.end() + used))
    for m in _DECLARED.finditer(text):
        who, used = list_after(text[m.end():])
        if who and _INHABIL_AFTER.match(text, m.end() + used):
            events.append((m.start(), m.end() + used, "inhabil", who, False, None))
            taken.append((m.start(), m.end() + used))


def _verb_events(text: str, events: list[_Event], taken: list[tuple[int, int]]) -> None:
    """'V og O stemte imod', 'Gruppen (A, F) tager forbehold': a verb outside the spans read before, with the names
    before it as its subject (or the last verb's, where the text goes on with the same subject)."""
    prev_end = 0
    last_who: list[str] = []
    for m in _VERB.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        who = _verb_subject(text, m, prev_end, taken, last_who)
        if not who:
            continue
        last_who = who
        verb = VERBS[int((m.lastgroup or "v0")[1:])]
        stance, vote = verb.stance, verb.vote
        if stance == "same":
            before = [e for e in events if e[1] <= m.start() and e[2] in SIDES]
            if not before:
                continue
            stance, vote = before[-1][2], before[-1][4]
        events.append((m.start(), m.end(), stance, who, vote, None))
        if stance != "protokol" and _STATEMENT_AFTER.match(text[m.end():]):
            events.append((m.start(), m.end() + 1, "protokol", who, False, None))
        prev_end = m.end()


def _verb_subject(text: str, m: re.Match[str], prev_end: int, taken: list[tuple[int, int]],
                  last_who: list[str]) -> list[str]:
    """The names a verb is about: a group's list or the names just before it, back to the last verb or read span
    (at most 300 characters, one sentence's subject); else the last verb's subject where the text says it goes on."""
    left_from = max(prev_end, m.start() - 300, *[b for a, b in taken if b <= m.start()] or [0])
    left = text[left_from:m.start()]
    group = _GROUP_LIST.search(left)
    who = list_after(group.group("names") or group.group("names2"))[0] if group else list_before(left)
    if not who and last_who and _SAME_SUBJECT.search(text[prev_end:m.start()]):
        who = last_who  # "X stemte imod pkt. 1-4 og stemmer for pkt. 5": one subject, two verbs
    return who


def _positions(text: str, events: list[_Event], votes: _Votes) -> list[dict[str, str]]:
    """Each named stance in text order, counting the votes as it goes; a bare count names nobody, and a vote on
    whether someone is disqualified is no stance on the case."""
    positions: list[dict[str, str]] = []
    inhabil_votes = _about_inhabilitet(text)
    for start, _end, stance, who, vote, count in events:
        if stance == "close":
            votes.close("abstain")
            continue
        side = SIDES.get(stance)
        if side and (vote or stance == "undlod"):
            votes.add(side, who, count, worded=vote)
        if vote and count is not None and not who:
            continue
        if vote and inhabil_votes and any(a <= start < b for a, b in inhabil_votes):
            continue  # a vote on whether someone is disqualified is no stance on the case
        positions.extend({"who": w, "stance": stance} for w in who)
    return positions


_REPEATED_WORD = re.compile(r"(?<![\wæøå])([A-Za-zæøåÆØÅ]{3,}) \1(?![\wæøå])")
_QUOTE = re.compile(r"[”“\"„«»]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans between quote marks (opening and closing paired in order; minutes use ” for both): a minority
    statement quoted in the decision (`”SF stemmer mod, da …”`) is the statement, not a second stance."""
    marks = [m.start() for m in _QUOTE.finditer(text)]
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


# "… stemte imod med bemærkning om, at (A) anbefaler scenarie c": the reason given runs to the end of the sentence
_REMARK = re.compile(r"med\s+(?:bemærkning(?:en)?|begrundelse(?:n)?)\s+(?:om|i)\b[^.”\"]*")


def _remark_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _REMARK.finditer(text)]


# "Et mindretal (A og F) stemte imod", "Et flertal bestående af V, C og O kunne tiltræde": the named members
_GROUP_LIST = re.compile(r"(?:[Ff]lertal|[Mm]indretal)(?:let)?(?:\s+i\s+[\wæøå]+)?\s*(?:\((?P<names>[^()]{1,120})\)"
                         r"|,?\s*bestående\s+af\s+(?P<names2>[^.]{1,160}?),?)\s*$")
# what may stand between a verb and a second verb of the same subject: "pkt. 1-4 og", "1, 4 og 6 men"
_SAME_SUBJECT = re.compile(r"^(?:[^.A-ZÆØÅ]|\b(?:pkt|nr|jf)\.){0,80}?\s(?:og|men|samt)\s*$")


_INHABIL_QUESTION = re.compile(r"inhabil|kunne\s+deltage", re.IGNORECASE)


def _about_inhabilitet(text: str) -> list[tuple[int, int]]:
    """Spans where a vote is about someone's inhabilitet: from the question (`om hun var inhabil`, `stemte
    om X kunne deltage`) to the body's declaration (`erklærede …`). Their lists give no positions."""
    spans = []
    for m in _INHABIL_QUESTION.finditer(text):
        end = text.find("erklærede", m.end())
        if 0 <= end - m.end() < 800:
            spans.append((m.start(), end))
    return spans


def _unanimity(text: str, positions: list[dict[str, str]], votes: dict[str, Any] | None) -> bool | None:
    dissent = any(p["stance"] in ("imod", "undlod", "forbehold", "for") for p in positions) or votes is not None
    if dissent:
        return False
    if _UNANIMOUS.search(text):
        return True
    if _NOT_UNANIMOUS.search(text):
        return False
    return None


def annotate(doc: Document) -> None:
    """Fill unanimous, votes and positions on every decision of the document (a parse step)."""
    for item in doc.items:
        for d in item.decisions:
            s = extract(d.text)
            d.unanimous, d.votes, d.positions = s.unanimous, s.votes, s.positions


__all__ = ["STANCES", "Stances", "annotate", "extract", "MEMBER", "member_text"]
