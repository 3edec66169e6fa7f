"""Absence the meeting's header limits to some of its items: 'Bo Jensen (A) deltog ikke i behandlingen af punkt 5-7',
'Fraværende under pkt. 12-15: Bo Jensen (A)', 'Fraværende: Bo Jensen (A) (punkt 1-3)', 'Bo Jensen (A) forlod mødet
efter punkt 4', 'Bo Jensen (A) deltog fra punkt 3', 'Bo Jensen (A) mødte kl. 17.30 under punkt 2'.

Such a person missed those items' treatment and no other, so the name belongs to the `absent` of those items'
decisions and not to the meeting's (annotation rules: `decisions[].absent` names only people absent for that
decision; `meeting.absent` is absence from the whole meeting). The header names the items by the numbers the page
prints on them, so the statement is placed by those numbers: a list or range of them ('pkt. 7 og 8, 10-18') names
exactly those items; leaving after an item, or arriving at one, cuts the numbered agenda in two. A decision may
say the same of its own item ('X forlod mødet efter dette punkt'), which then names that item's number. Minutes of
every publisher print this the same few ways (a name list, a verb of leaving, arriving or not taking part, an item
reference), so the reading is by that shape and not by any one template's words."""
from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Document
from .attendance_lists import is_attendance_item
from .dashes import SPACED_DASH
from .people import ABSENCE_LABEL_WORD, bare_name, split_names

# the numbers of an item reference: one, a range, or a list of both ('5', '5-7', '7 og 8, 10-18', '169, 170, 171')
_NUMS = rf"\d{{1,4}}(?:\s*(?:[{SPACED_DASH}]|til)\s*\d{{1,4}}|\s*(?:,|og|samt|&)\s*\d{{1,4}})*(?![\d.,]\d)"
# an item as the header refers to it: 'punkt 5', 'pkt. 5-7', 'punkterne 2 og 3', 'dagsordenens punkt 4' (after
# 'behandlingen af' when the treatment is named); 'sag' is left out, for it names case numbers as often as items.
# A decision refers to its own item as 'dette punkt' / 'punktet' ('X forlod mødet efter dette punkt').
_REF = (r"(?:(?:sags)?behandlingen\s+af\s+)?(?:(?:dagsordenens\s+)?(?:dagsordens)?(?:punkt(?:erne|er)?|pkt\.?)\s*"
        rf"(?P<nums>{_NUMS})|(?P<this>dette\s+punkt|punktet)(?=[\s.,;]|$))")
_TIME = r"(?:kl\.?\s*\d{1,2}(?:[.:]\d{2})?\s+)?"
# a person as a header's sentence names one: two to five capitalised words (particles between), the party after
# (on one line: a line's end parts a label or a title from the name below it; an absence word is a label's, no name's)
_NAME = (r"(?!(?:Fraværende|Fravær|Afbud|Forfald)\s)[A-ZÆØÅ][\w'’-]+"
         r"(?:[^\S\n]+(?:(?:van|von|de|af|la|du|den|der)[^\S\n]+)*[A-ZÆØÅ][\w'’.-]*){1,4}")
_PARTY = rf"(?:,?\s*\([A-ZÆØÅ][\wæøå ]{{0,25}}\)|\s+[{SPACED_DASH}]\s+[A-ZÆØÅ]{{1,3}}(?=[\s,.;]))"
_NAMES = rf"{_NAME}(?:{_PARTY})?(?:(?:,\s*|\s+og\s+|\s+samt\s+){_NAME}(?:{_PARTY})?)*"
# where a sentence's subject may start: the text's start, a line's, after a sentence's end, a label's colon, a closing
# bracket or a number (a flattened header runs its facts on: 'Mødested: Rådhuset, lokale 2 Bo Jensen (A) deltog …')
# or an absence word without its colon ('Fraværende Bo Jensen (A) deltog ikke i punkt 3', a title run on)
_START = (r"^|(?<=\n)|(?<=[.:;!?)]\s)|(?<=\d\s)"
          + "".join(rf"|(?<=\b{w}\s)" for w in ("Fraværende", "Fravær", "Afbud", "Forfald")))

# What each verb phrase says of the items named: 'only' those, 'after' / 'from' / 'before' / 'upto' the one named.
# Tried in this order, so 'forlod mødet under behandlingen af punkt 5' (away while the case was treated, as an
# inhabil member leaves the room) is read as that item only, before 'forlod mødet under punkt 5' (left for good).
_VERBS: list[tuple[str, str]] = [
    ("only", rf"deltog\s+ikke\s+(?:i\s+mødet\s+)?(?:i\s+|under\s+|ved\s+)?{_REF}"),
    ("only", rf"(?:var|blev)\s+(?:fraværende|ikke\s+til\s*stede|erklæret\s+inhabil|inhabil)"
             rf"\s+(?:under|ved|i)\s+{_REF}"),
    ("only", rf"erklærede\s+sig\s+inhabil\s+(?:i|ved|under)\s+{_REF}"),
    ("only", rf"(?:forlod|gik\s+fra)\s+(?:mødet|lokalet|salen)\s+{_TIME}under\s+behandlingen\s+af\s+{_REF}"),
    # left after an item, or took part up to and with it: away for every later item
    ("after", rf"(?:forlod|gik\s+fra)\s+mødet\s+{_TIME}(?:efter|ved\s+afslutningen\s+af)\s+{_REF}"),
    ("after", rf"gik\s+{_TIME}efter\s+{_REF}"),
    ("after", rf"deltog\s+(?:kun\s+|alene\s+)?(?:i\s+mødet\s+)?til\s+og\s+med\s+{_REF}"),
    ("after", rf"deltog\s+ikke\s+(?:i\s+mødet\s+)?efter\s+{_REF}"),
    # left before or during an item, or took part until it: away for it and every later one
    ("from", rf"(?:forlod|gik\s+fra)\s+mødet\s+{_TIME}(?:før|inden|under)\s+{_REF}"),
    ("from", rf"deltog\s+(?:kun\s+|alene\s+)?(?:i\s+mødet\s+)?indtil\s+{_REF}"),
    ("from", rf"deltog\s+ikke\s+(?:i\s+mødet\s+)?fra\s+(?:og\s+med\s+)?{_REF}"),
    ("from", rf"var\s+(?:fraværende|ikke\s+til\s*stede)\s+fra\s+(?:og\s+med\s+)?{_REF}"),
    # came at or during an item, or took part from it: away for every earlier one (an outcome is the end of its
    # item's treatment, so one who came during the item was there for its decision)
    ("before", rf"(?:deltog|var\s+til\s*stede)\s+(?:først\s+|kun\s+|i\s+mødet\s+)?fra\s+(?:og\s+med\s+)?{_REF}"),
    ("before", rf"(?:mødte|ankom|kom)\s+(?:til\s+mødet\s+|først\s+)?{_TIME}(?:under|ved|til|fra|før|inden)\s+{_REF}"),
    ("before", rf"deltog\s+ikke\s+(?:i\s+mødet\s+)?(?:før|inden)\s+{_REF}"),
    # came after an item: away for it and every earlier one
    ("upto", rf"(?:mødte|ankom|kom)\s+(?:til\s+mødet\s+|først\s+)?{_TIME}efter\s+{_REF}"),
]
# the subject of such a sentence, before one of the verbs above
_SUBJECT = re.compile(rf"(?:{_START})(?P<names>{_NAMES})\s+"
                      r"(?=(?:deltog|var|blev|erklærede|forlod|gik|mødte|ankom|kom)\b)")
_VERB_AT = [(kind, re.compile(verb)) for kind, verb in _VERBS]
# The same said with the item first, as Danish puts an adverbial before the verb: 'Under punkt 5-7 var X fraværende',
# 'Efter punkt 4 forlod X mødet', 'Fra punkt 3 deltog X', 'Under punkt 2 ankom X'. What the item's preposition and
# the verb say together decides which items: during them away, after one left, from one or during one arrived.
_INVERTED: list[tuple[str, str]] = [
    ("only", rf"(?:Under|Ved|I)\s+{_REF},?\s+(?:var|deltog)\s+(?P<names>{_NAMES})\s+"
             r"(?:fraværende|ikke(?:\s+til\s*stede)?)(?=[\s.,;]|$)"),
    ("after", rf"Efter\s+{_REF},?\s+(?:forlod|gik)\s+(?P<names>{_NAMES})(?=\s+mødet\b|\s*[.;]|$)"),
    ("from", rf"(?:Under|Før|Inden)\s+{_REF},?\s+(?:forlod|gik)\s+(?P<names>{_NAMES})(?=\s+mødet\b|\s*[.;]|$)"),
    ("before", rf"Fra(?:\s+og\s+med)?\s+{_REF},?\s+deltog\s+(?P<names>{_NAMES})(?:\s+i\s+mødet)?(?=\s*(?:[.;]|$))"),
    ("before", rf"(?:Fra|Under|Ved)\s+{_REF},?\s+(?:mødte|ankom|kom)\s+(?P<names>{_NAMES})(?:\s+til\s+mødet)?"
               r"(?=\s*(?:[.;]|$))"),
]
_INVERTED_AT = [(kind, re.compile(rf"(?:{_START})(?:{pattern})")) for kind, pattern in _INVERTED]
# an absence label right before the subject ('Fraværende: Knud Holm, Per Berg deltog ikke i pkt. 7'): the names are
# the label's list, the meeting's absentees, and the remark after the last is that one's alone (the meeting's
# reader takes the same list so: name_lists.ABSENT_FOR_PART)
_LABEL_BEFORE = re.compile(rf"(?:{ABSENCE_LABEL_WORD})\s*:\s*$")
# the label says the items: 'Fraværende under pkt. 12-15: Bo Jensen (A)', 'Afbud til punkt 3: Bo Jensen'
_LABEL_FIRST = re.compile(rf"\b(?:{ABSENCE_LABEL_WORD})\s+(?:(?:under|ved|i|til|fra)\s+)?{_REF}\s*:"
                          rf"\s*(?P<names>{_NAMES})")
# the names of an absence label each with the items it is for: 'Fraværende: Bo Jensen (A) (punkt 1-3)', 'Afbud: Bo
# Jensen, pkt. 4', 'Fraværende: Lis Berg (V) - under punkt 2'
_LABEL = re.compile(rf"\b(?:{ABSENCE_LABEL_WORD})\s*:\s*")
_ENTRY = re.compile(rf"(?P<names>{_NAME}(?:{_PARTY})?)\s*(?:\(\s*|[,{SPACED_DASH}]\s*)"
                    rf"(?:(?:under|ved|i)\s+)?{_REF}\s*\)?")
# what may stand between a label and an entry of it: the names before it and their separators
_NAMES_ONLY = re.compile(rf"(?:{_NAMES}(?:,\s*|\s+og\s+|\s+samt\s+|\s*;\s*)?)?")


def _numbers(nums: str | None) -> list[int]:
    """'7 og 8, 10-18' -> [7, 8, 10, …, 18]; a range the wrong way round or of more than a council's agenda is none."""
    out: list[int] = []
    if not nums:
        return out
    for part in re.split(r"\s*(?:,|og|samt|&)\s*", nums.strip()):
        ends = [int(x) for x in re.split(rf"\s*(?:[{SPACED_DASH}]|til)\s*", part) if x.isdigit()]
        if len(ends) == 2 and 0 <= ends[1] - ends[0] <= 200:
            out += range(ends[0], ends[1] + 1)
        elif len(ends) == 1:
            out.append(ends[0])
    return out


def _scope(kind: str, nums: list[int]) -> Callable[[int], bool]:
    """Which item numbers a statement of `kind` about the items `nums` covers."""
    first = nums[0]
    return {"only": lambda n: n in nums, "after": lambda n: n > first, "from": lambda n: n >= first,
            "before": lambda n: n < first, "upto": lambda n: n <= first}[kind]


def _own_item(kind: str, this: int | None) -> list[int]:
    """The item a decision's 'dette punkt' names, where the statement reaches past it: leaving after it, arriving at
    or after it. ('X forlod mødet under dette punkt' is this item's absence only, read with its decision already.)"""
    return [this] if this is not None and kind in ("after", "before", "upto") else []


def scoped_absences(text: str, this: int | None = None) -> list[tuple[list[str], Callable[[int], bool]]]:
    """(the names, which item numbers they were away for) of each statement that limits someone's absence to some of
    the items: in a meeting's header (`this` None), or in the decision of item number `this`, which may name its own
    item as 'dette punkt'. The labelled forms are the header's (a decision's labels are its own absentees)."""
    out: list[tuple[list[str], Callable[[int], bool]]] = []
    for m in _SUBJECT.finditer(text):
        for kind, verb in _VERB_AT:
            v = verb.match(text, m.end())
            nums = (_own_item(kind, this) if v.group("this") else _numbers(v.group("nums"))) if v else []
            if nums:
                names = split_names(m.group("names"))
                if _LABEL_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                    names = names[-1:]
                out.append((names, _scope(kind, nums)))
                break
    for kind, pattern in _INVERTED_AT:
        for m in pattern.finditer(text):
            nums = _own_item(kind, this) if m.group("this") else _numbers(m.group("nums"))
            if nums:
                out.append((split_names(m.group("names")), _scope(kind, nums)))
    if this is None:
        out += _labelled(text)
    return [(names, scope) for names, scope in out if names]


def _labelled(text: str) -> list[tuple[list[str], Callable[[int], bool]]]:
    """The header's absence labels that name items: before the colon ('Fraværende under pkt. 2-4: X') or after a
    name of the list ('Fraværende: X (punkt 1-3)')."""
    out: list[tuple[list[str], Callable[[int], bool]]] = []
    for m in _LABEL_FIRST.finditer(text):
        nums = _numbers(m.group("nums"))
        if nums:
            out.append((split_names(m.group("names")), _scope("only", nums)))
    for label in _LABEL.finditer(text):
        value = text[label.end(): label.end() + 400].split("\n")[0]
        at = 0
        for e in _ENTRY.finditer(value):
            if not _NAMES_ONLY.fullmatch(value[at: e.start()]):
                break  # past the label's list: the text after it is another fact's
            nums = _numbers(e.group("nums"))
            if nums:
                out.append((split_names(e.group("names")), _scope("only", nums)))
            at = e.end()
            at += len(re.match(r"\s*(?:,|og|samt|;)?\s*", value[at:]).group())
    return out


def _item_number(number: str | None) -> int | None:
    return int(number.rstrip(".")) if number and re.fullmatch(r"\d{1,4}\.?", number) else None


def place_scoped_absence(doc: Document, header: str) -> Document:
    """Add the people the meeting's `header` says missed some items to the `absent` of those items' decisions of
    this meeting (those dated the meeting's day, or by its body where the meeting has no date): an earlier
    committee's decision on the case was taken at another meeting, which the statement is not about."""
    meeting = doc.meeting
    if meeting is None:
        return doc
    own = [(n, d) for it in doc.items if (n := _item_number(it.number)) is not None for d in it.decisions
           if (d.date == meeting.date if meeting.date
               else (d.committee or "").casefold() == (meeting.committee or "").casefold())]
    # (the meeting's own item on attendance says it for the meeting as its header does, 'Fraværende og bemærkninger';
    # a decision may say who left after its item or came during it: 'X forlod mødet efter dette punkt')
    attendance = [t for it in doc.items if is_attendance_item(it.title)
                  for t in (it.title, it.intro, *(s.text for s in it.sections))]
    scoped = scoped_absences("\n".join([header, *attendance])) + [
        s for n, d in own for s in scoped_absences(d.text or "", this=n)]
    if not scoped:
        return doc
    # one the header says missed some items was at the meeting for the others: no absentee of the whole of it (a
    # flattened header runs the statement's names on after the meeting's 'Fraværende:' list)
    part = {bare_name(x) for names, _ in scoped for x in names}
    meeting.absent = [x for x in meeting.absent if bare_name(x) not in part]
    for n, d in own:
        for names, covers in scoped:
            if covers(n):
                have = {bare_name(x) for x in d.absent}
                d.absent += [x for x in names if bare_name(x) not in have]
    return doc
