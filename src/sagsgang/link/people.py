"""People and parties per municipality, from what the minutes print about them.

Built from meeting participant lists, absentee lists (meeting and decision) and the stances of
parse/positions.py. One person is one name within one municipality: `Jesper Kjeldsen`,
`Jesper Kjeldsen (A)` and `Rådmand Jesper Kjeldsen` are one; the same name in two municipalities
is two people. A document whose municipality is unknown is its own scope, so that no two strangers
are merged on a guess. Party letters are national and resolve to the party's name; local lists
(`UP`, `T`) are kept as printed.

Pure functions over parsed Documents (like the rest of link/): the store keeps each municipality's
registry in tables, rebuilt by `registry_of_facts` over the `person_facts` records of that
municipality's documents (kept per document at ingest) when one of them changes (store/people.py);
the in-memory web catalog calls `build_registry` on the documents it serves. Both go through
`person_facts`, so they build the same registry.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..ids import document_key, item_id, meeting_id, stable_id
from ..model import Document
from ..parse.members import PARTY_NAMES
from ..parse.people import clean_name

# The national party letters (Indenrigs- og Boligministeriet's list letters).
PARTY_LETTERS = {
    "A": "Socialdemokratiet", "B": "Radikale Venstre", "C": "Det Konservative Folkeparti", "D": "Nye Borgerlige",
    "F": "SF", "I": "Liberal Alliance", "K": "Kristendemokraterne", "M": "Moderaterne", "O": "Dansk Folkeparti",
    "V": "Venstre", "Æ": "Danmarksdemokraterne", "Ø": "Enhedslisten", "Å": "Alternativet",
}
# Names and abbreviations printed for a national party -> its letter.
_PARTY_ALIASES = {
    "socialdemokratiet": "A", "socialdemokraterne": "A", "radikale venstre": "B", "det radikale venstre": "B",
    "radikale": "B", "det konservative folkeparti": "C", "konservative folkeparti": "C", "konservative": "C",
    "de konservative": "C", "nye borgerlige": "D", "sf": "F", "socialistisk folkeparti": "F",
    "liberal alliance": "I", "la": "I", "kristendemokraterne": "K", "kd": "K", "moderaterne": "M",
    "dansk folkeparti": "O", "df": "O", "venstre": "V", "danmarksdemokraterne": "Æ", "enhedslisten": "Ø",
    "alternativet": "Å", "s": "A",
}
_MARKED = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<p1>[^()]{1,10})\)|,\s*(?P<p2>[A-ZÆØÅ]{1,3}(?:-\d{1,2})?))$")
# "Name (initials) V" or "Name V", as participant lists print it (parse/people.py reads those lists)
_INITIALS_THEN_PARTY = re.compile(r"^(?P<name>.*?\w)\s*(?:\([\wÆØÅæøå]{1,10}\)\s*|\s)(?P<p>[A-ZÆØÅ]{1,2})$")
_LETTERS = re.compile(r"^[A-ZÆØÅ]{1,3}(?:-\d{1,2})?$")


@dataclass
class PositionRef:
    """One stance a person or party took, with where to find the decision."""

    stance: str
    who: str  # as printed
    item_id: str  # the item whose decision it is (the catalog's id: a link target)
    source: str
    item_number: str | None
    item_title: str
    committee: str | None
    date: str | None


@dataclass
class MeetingRef:
    """A meeting (or one decision's treatment) a person attended or missed."""

    source: str
    committee: str | None
    date: str | None
    meeting_id: str | None = None
    item_id: str | None = None  # set when only absent from one item's treatment


@dataclass
class Person:
    id: str
    municipality: str
    name: str
    variants: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # codes as printed: "A", "UP-1"
    attended: list[MeetingRef] = field(default_factory=list)
    missed: list[MeetingRef] = field(default_factory=list)
    positions: list[PositionRef] = field(default_factory=list)


@dataclass
class Party:
    id: str
    municipality: str
    code: str  # the letter ("A") or, for a local list, what is printed ("UP")
    name: str  # the national name, or the code as printed for a local list
    members: list[str] = field(default_factory=list)  # person ids
    positions: list[PositionRef] = field(default_factory=list)


@dataclass
class Registry:
    """Everyone and every party the documents of one municipality name."""

    municipality: str
    people: dict[str, Person] = field(default_factory=dict)
    parties: dict[str, Party] = field(default_factory=dict)


def party_code(printed: str) -> str:
    """`'(Ø)'`, `'Ø'`, `'Enhedslisten'` -> `'Ø'`; a local list as printed: `'UP-1'` -> `'UP-1'`."""
    text = printed.strip().strip("()").strip()
    letter = _PARTY_ALIASES.get(text.casefold())
    return letter or text


def party_name(code: str) -> str:
    """`'A'` -> `'Socialdemokratiet'`; a local list keeps its printed code."""
    return PARTY_LETTERS.get(code, code)


def split_marker(printed: str) -> tuple[str, str | None]:
    """`'Jesper Kjeldsen (A)'` -> `('Jesper Kjeldsen', 'A')`; `'Stephanie Lose, V'` -> `('Stephanie Lose', 'V')`;
    participant lists with initials: `'Niels Ulrich Hermansen (NUH) V'` -> `('Niels Ulrich Hermansen', 'V')`."""
    m = _INITIALS_THEN_PARTY.match(printed.strip())
    if m:
        return m.group("name").strip(), party_code(m.group("p"))
    m = _MARKED.match(printed.strip())
    if m and m.group("name"):
        code = (m.group("p1") or m.group("p2") or "").strip()
        if _LETTERS.match(code) or code.casefold() in _PARTY_ALIASES:
            return m.group("name").strip(), party_code(code)
    return printed.strip(), None


def _is_party(printed: str) -> bool:
    text = printed.strip().strip("()")
    return bool(_LETTERS.match(text)) or text in PARTY_NAMES or text.casefold() in _PARTY_ALIASES


def _key(name: str) -> str:
    """`Hans-Jørgen Kirstein` and `Hans Jørgen Kirstein` are one key."""
    return unicodedata.normalize("NFC", " ".join(name.replace("-", " ").split())).casefold()


def scope_of(doc: Document) -> str:
    """The municipality a document belongs to, or its own scope when that is unknown."""
    return doc.municipality or f"ukendt: {document_key(doc)}"


class _Builder:
    """One scope's registry while its documents are read. A name as printed is resolved once:
    the same string again names the same person (or no one) and adds nothing, until the merges at
    the end (people.person was two thirds of a municipality's rebuild, its regular expressions run
    again for every meeting a member attended)."""

    def __init__(self, municipality: str) -> None:
        self.reg = Registry(municipality)
        self.by_key: dict[str, str] = {}
        self._printed: dict[str, Person | None] = {}  # a name as printed -> whom it names
        self._parties: dict[str, Party] = {}  # a party as printed -> the party
        self._is_party: dict[str, bool] = {}

    def person(self, printed: str) -> Person | None:
        if printed in self._printed:
            return self._printed[printed]
        p = self._printed[printed] = self._resolve(printed)
        return p

    def is_party(self, printed: str) -> bool:
        found = self._is_party.get(printed)
        if found is None:
            found = self._is_party[printed] = _is_party(printed)
        return found

    def _resolve(self, printed: str) -> Person | None:
        bare, code = split_marker(printed)
        if " " in bare.strip():
            name = clean_name(bare)
        else:  # "Hans-Jørgen (UP-2)": a first name alone counts only with its party (merged later if it can)
            name = bare.strip() if code and re.fullmatch(r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?", bare.strip()) \
                else None
        if name is None:
            return None
        name, _ = split_marker(name)
        key = _key(name)
        pid = self.by_key.get(key)
        if pid is None:
            pid = stable_id("person", self.reg.municipality, key)
            self.by_key[key] = pid
            self.reg.people[pid] = Person(pid, self.reg.municipality, name)
        p = self.reg.people[pid]
        if printed.strip() not in p.variants:
            p.variants.append(printed.strip())
        if code:
            self._member(p, code)
        return p

    def _member(self, p: Person, code: str) -> None:
        if code not in p.parties:
            p.parties.append(code)
        party = self.party(code)
        if p.id not in party.members:
            party.members.append(p.id)

    def party(self, printed: str) -> Party:
        party = self._parties.get(printed)
        if party is None:
            code = party_code(printed)
            pid = stable_id("party", self.reg.municipality, code)
            if pid not in self.reg.parties:
                self.reg.parties[pid] = Party(pid, self.reg.municipality, code, party_name(code))
            party = self._parties[printed] = self.reg.parties[pid]
        return party

    def merge_short_forms(self) -> None:
        """`Maria Witthøft` and `Maria Holdt Witthøft`, `Hans-Jørgen (UP-2)` and `Hans-Jørgen Kirstein (UP-2)`:
        a shorter form joins the one longer name it can only mean (first and last name equal, or a first
        name with the same party); nothing is merged when two people could be meant."""
        self._printed.clear()  # people are merged away: a printed name may name another person now
        people = list(self.reg.people.values())
        for short in people:
            words = short.name.split()
            cands = [p for p in people if p is not short and p.id in self.reg.people
                     and len(p.name.split()) > len(words) and p.name.split()[0] == words[0]
                     and (p.name.split()[-1] == words[-1] if len(words) > 1
                          else bool(set(p.parties) & set(short.parties)))]
            if len(cands) == 1 and short.id in self.reg.people:
                self._absorb(cands[0], short)
        self.merge_spellings()

    def merge_spellings(self) -> None:
        """`Tina Rotbøll (A)` and `Tina Rottbøll (A)`, `Linda Hegaard (F)` and `Linda Heegaard (F)`: a letter
        doubled or dropped in the surname, with the same first name and a party in common, is one person
        spelt two ways (the form named more often is kept)."""
        people = sorted(self.reg.people.values(), key=lambda p: -(len(p.positions) + len(p.attended) + len(p.missed)))
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a.id not in self.reg.people or b.id not in self.reg.people:
                    continue
                wa, wb = a.name.split(), b.name.split()
                if wa[0] != wb[0] or len(wa) != len(wb) or not set(a.parties) & set(b.parties):
                    continue
                if _one_letter_apart(wa[-1], wb[-1]) and wa[1:-1] == wb[1:-1]:
                    self._absorb(a, b)

    def _absorb(self, into: Person, gone: Person) -> None:
        for v in gone.variants:
            if v not in into.variants:
                into.variants.append(v)
        for code in gone.parties:
            self._member(into, code)
        into.attended += gone.attended
        into.missed += gone.missed
        into.positions += gone.positions
        for party in self.reg.parties.values():
            party.members = [into.id if m == gone.id else m for m in party.members]
            party.members = list(dict.fromkeys(party.members))
        self.by_key[_key(gone.name)] = into.id
        del self.reg.people[gone.id]


def _one_letter_apart(x: str, y: str) -> bool:
    """One letter inserted or dropped (`Rotbøll`/`Rottbøll`, `Hegaard`/`Heegaard`), nothing else."""
    if abs(len(x) - len(y)) != 1:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def person_facts(doc: Document) -> dict:
    """What build_registry reads of a document, as plain JSON-able data: its scope and source, its
    meeting's id, committee, date, participants and absentees, and per item that has any, its id,
    number, title and its decisions' committee, date, absentees and positions (stance, who as
    printed); nothing else. The store keeps one per document (store/people.py `person_facts`), so a
    municipality's rebuild reads these small records instead of decoding every stored document
    (issue 19). A field the builder starts reading must be added here: build_registry itself reads
    documents through this function, so the two cannot differ."""
    m = doc.meeting
    items = []
    for n, it in enumerate(doc.items):
        decisions = [[d.committee, d.date, list(d.absent), [[p["stance"], p["who"]] for p in d.positions]]
                     for d in it.decisions if d.absent or d.positions]
        if decisions:
            items.append([item_id(doc, n, it), it.number, it.title, decisions])
    return {"scope": scope_of(doc), "source": doc.source, "meeting_id": meeting_id(doc),
            "meeting": None if m is None else [m.committee, m.date, list(m.participants), list(m.absent)],
            "items": items}


def build_registry(docs: Iterable[Document]) -> dict[str, Registry]:
    """Registries per municipality (see the module docstring), in the order documents name people."""
    return registry_of_facts(person_facts(doc) for doc in docs)


def registry_of_facts(records: Iterable[dict]) -> dict[str, Registry]:
    """build_registry over documents' person_facts records (the store's rebuild reads those)."""
    builders: dict[str, _Builder] = {}
    for rec in records:
        scope = rec["scope"]
        b = builders.get(scope)
        if b is None:
            b = builders[scope] = _Builder(scope)
        _add_meeting(b, rec)
        _add_items(b, rec)
    for b in builders.values():
        b.merge_short_forms()
    return {k: b.reg for k, b in builders.items()}


def _add_meeting(b: _Builder, rec: dict) -> None:
    """Who attended and who missed the document's meeting."""
    if rec["meeting"] is None:
        return
    committee, date, participants, absent = rec["meeting"]
    source, mid = rec["source"], rec["meeting_id"]
    for printed in participants:
        p = b.person(printed)
        if p:
            p.attended.append(MeetingRef(source, committee, date, mid))
    for printed in absent:
        p = b.person(printed)
        if p:
            p.missed.append(MeetingRef(source, committee, date, mid))


def _add_items(b: _Builder, rec: dict) -> None:
    """Who missed an item's treatment, and every stance printed in its decisions."""
    source, mid = rec["source"], rec["meeting_id"]
    for iid, number, title, decisions in rec["items"]:
        for committee, date, absent, positions in decisions:
            for printed in absent:
                p = b.person(printed)
                if p:
                    p.missed.append(MeetingRef(source, committee, date, mid, iid))
            for stance, who in positions:
                ref = PositionRef(stance, who, iid, source, number, title, committee, date)
                if b.is_party(who):
                    b.party(who).positions.append(ref)
                    continue
                p = b.person(who)
                if p:
                    p.positions.append(ref)
