"""The simulated municipal year: committees meet on a weekly calendar and cases travel their route
(fagudvalg -> Økonomiudvalget -> council). Meetings are yielded one at a time and a case is dropped
once its route is done, so memory stays constant however many years are generated."""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..names import kommune
from . import vocabulary as V


@dataclass
class Attachment:
    number: str | None
    title: str
    public: bool = True


@dataclass
class Decision:
    committee: str
    date: str                      # ISO
    text: str                      # as printed, paragraphs joined by "\n\n"
    absent: list[str] = field(default_factory=list)
    # "label": "Fraværende: X (V)"; "sentence": "X deltog ikke i sagens behandling"
    absent_style: str = "label"
    item_number: str = ""          # the agenda item number it had at that meeting
    # who stood where, as the printed sentences say it (shared/spec/positions-output.md): the truth
    unanimous: bool | None = None
    votes: dict | None = None
    positions: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Case:
    """One sag: its number, title and text travel with it; decisions accumulate oldest first."""
    number: str
    title: str
    route: list[str]               # full body names, in order
    route_abbrev: list[str]        # as a "Sagsgang" line prints it
    sections: list[tuple[str, str]]
    attachments: list[Attachment]
    public: bool = True
    decisions: list[Decision] = field(default_factory=list)
    step: int = 0
    postponed: bool = False        # "Udsat." once already: the next treatment decides


@dataclass
class Item:
    number: str
    case: Case
    decision: Decision | None      # this meeting's treatment (None for closed items / agendas)
    kind: str = "case"             # "case" | "closed" | "eventuelt"


@dataclass
class Meeting:
    municipality: str
    committee: str
    date: str
    start_time: str
    location: str
    participants: list[str]
    absent: list[str]
    items: list[Item]
    seq: int = 0
    decision_heading: str = "Beslutning"   # Aarhus prints "Beslutninger"
    agenda: bool = False                   # published before the meeting: a dagsorden, no decisions


class CaseNumbers:
    """Case numbers in the ESDH form one municipality uses (Acadre, SBSYS, F2, eDoc, KLE, EMN)."""

    FORMS = ("acadre", "sbsys", "sbsys_k", "emn", "edoc", "kle", "f2")

    def __init__(self, rng: random.Random, form: str) -> None:
        self.rng, self.form = rng, form

    def new(self, year: int) -> str:
        r, yy = self.rng, year % 100
        if self.form == "acadre":
            return f"{yy:02d}/{r.randint(100, 29999)}"
        if self.form == "sbsys":
            return f"{yy:02d}-{r.randint(1, 99999):06d}"
        if self.form == "sbsys_k":
            return f"{yy:02d}-{r.randint(1, 99999):06d}K"
        if self.form == "emn":
            return f"EMN-{year}-{r.randint(1, 9999):06d}"
        if self.form == "edoc":
            return f"{year}-{r.randint(1, 999999):07d}"
        if self.form == "f2":
            return f"{year} - {r.randint(1000, 99999)}"
        return f"{r.randint(0, 99):02d}.{r.randint(0, 30):02d}.{r.randint(0, 20):02d}-" \
               f"{r.choice('AGPK')}{r.randint(0, 30):02d}-{r.randint(1, 999)}-{yy:02d}"


def person(rng: random.Random) -> str:
    middle = rng.choice(V.MIDDLE_NAMES)
    parts = [rng.choice(V.FIRST_NAMES), middle, rng.choice(V.LAST_NAMES)]
    return " ".join(p for p in parts if p) + f" ({rng.choice(V.PARTIES)})"


def _fill(rng: random.Random, template: str, muni: str) -> str:
    return template.format(by=muni, sted=rng.choice(V.PLACES), maaned=rng.choice(V.MONTHS),
                           beloeb=rng.randint(1, 40), aar=rng.randint(2020, 2027), emne="sagen")


class World:
    """One municipality's politics for a number of years, as a stream of meetings."""

    def __init__(self, rng: random.Random, municipality: str, council: str, years: list[int]) -> None:
        self.rng, self.muni, self.council, self.years = rng, municipality, council, years
        form = rng.choice(CaseNumbers.FORMS[:-1])
        # how finished single cases are published; København writes orientation notes with F2 numbers
        self.case_style = rng.choice(("acadre", "fredensborg"))
        if council == "Borgerrepræsentationen":
            form, self.case_style = "f2", "kbh_note"
        self.numbers = CaseNumbers(rng, form)
        n_fag = rng.randint(3, len(V.COMMITTEES))
        self.fag = rng.sample(V.COMMITTEES, n_fag)
        bodies = [f for f, _ in self.fag] + [V.FINANCE[0], council]
        self.members = {b: [person(rng) for _ in range(rng.randint(5, 9) if b != council else 15)]
                        for b in bodies}
        self.pending: dict[str, list[Case]] = {b: [] for b in bodies}
        self.incoming: list[tuple[str, Case]] = []   # moves on after this week's meetings
        self.abbrev = {f: a for f, a in self.fag} | {V.FINANCE[0]: V.FINANCE[1], council: V.COUNCIL_ABBREV}

    def new_case(self, year: int, fag: str) -> Case:
        r = self.rng
        title = f"{r.choice(V.TITLE_PREFIXES)} {_fill(r, r.choice(V.TOPICS), self.muni)}"
        if r.random() < 0.15:
            title += " - " + r.choice(V.LONG_SUFFIXES)   # long enough to wrap in the PDF
        full = r.random() < 0.6
        route = [fag, V.FINANCE[0], self.council] if full else [fag]
        secs = []
        for h in r.choice(V.SECTION_SETS):
            if h == "Indstilling":
                text = "Forvaltningen indstiller, at " + r.choice(
                    ("orienteringen tages til efterretning.", "forslaget godkendes.",
                     f"der meddeles en anlægsbevilling på {r.randint(1, 30)},{r.randint(0, 9)} mio. kr.",
                     "sagen drøftes."))
            else:
                paras = [" ".join(_fill(r, r.choice(V.SENTENCES), self.muni) for _ in range(r.randint(1, 4)))
                         for _ in range(r.randint(1, 3))]
                if h == "Sagsfremstilling":
                    lead = f"{title[0].lower()}{title[1:]}"
                    paras.insert(0, f"{kommune(self.muni)} har i {year} arbejdet med {lead}.")
                text = "\n\n".join(paras)
            secs.append((h, text))
        atts = [Attachment(str(i + 1), _fill(r, r.choice(V.ATTACHMENTS), self.muni).replace(
                    "sagen", title.split(" ", 2)[-1]), r.random() < 0.9)
                for i in range(r.choice((0, 0, 1, 2, 3)))]
        return Case(self.numbers.new(year), title, route, [self.abbrev[b] for b in route], secs, atts)

    def decide(self, case: Case, body: str, day: str, is_last: bool) -> Decision:
        r = self.rng
        outcome = r.choice(V.OUTCOMES_FINAL if is_last else V.OUTCOMES_COMMITTEE)
        if outcome == "Udsat." and case.postponed:
            outcome = "Godkendt." if is_last else "Anbefales."
        if not is_last:
            outcome = outcome.format(next=case.route[case.step + 1])
        paras = [outcome]
        unanimous, votes, positions = None, None, []
        if r.random() < 0.25:
            members = self.members[body]
            parties = sorted({m[-2] for m in members})
            split = r.randint(1, max(1, len(parties) - 1))
            paras.append(f"For stemte: {', '.join(parties[:split])} ({split * 2})\n"
                         f"Imod stemte: {', '.join(parties[split:]) or '-'} ({(len(parties) - split) * 2})")
            unanimous = False
            votes = {"for": {"count": split * 2, "who": parties[:split]},
                     "against": {"count": (len(parties) - split) * 2, "who": parties[split:]}, "abstain": None}
            positions = [{"who": p, "stance": "for"} for p in parties[:split]] + \
                        [{"who": p, "stance": "imod"} for p in parties[split:]]
        elif r.random() < 0.3:
            p = r.choice(self.members[body])
            parties = sorted({m[-2] for m in self.members[body]})
            majority = f"{', '.join(parties[:-1])} og {parties[-1]}" if len(parties) > 1 else parties[0]
            sentence = r.choice((
                f"{p} ønskede sin stemme ført til protokol som imod indstillingen.",
                f"{p} tog forbehold.",
                f"Et flertal bestående af {majority} anbefaler indstillingen.",
                f"{parties[0]} kunne ikke tiltræde indstillingen og ønskede sagen sendt i fornyet høring.",
            ))
            paras.append(sentence)
            if "protokol" in sentence:
                positions = [{"who": p, "stance": "protokol"}]
            elif "forbehold" in sentence:
                unanimous, positions = False, [{"who": p, "stance": "forbehold"}]
            elif sentence.startswith("Et flertal"):
                unanimous, positions = False, [{"who": x, "stance": "for"} for x in parties]
            else:
                unanimous, positions = False, [{"who": parties[0], "stance": "imod"}]
        absent = []
        style = "label"
        if r.random() < 0.2:
            absent = r.sample(self.members[body], r.randint(1, 2))
            style = r.choice(("label", "sentence"))
        return Decision(body, day, "\n\n".join(paras), absent, style, unanimous=unanimous, votes=votes,
                        positions=positions)

    def meetings(self) -> Iterator[Meeting]:
        seq = 0
        for year in self.years:
            for week in range(2, 51):
                if 27 <= week <= 31:
                    continue  # sommerferie
                monday = date.fromisocalendar(year, week, 1)
                todays: list[tuple[str, int]] = []
                for i, (fag, _) in enumerate(self.fag):
                    if (week + i) % 4 == 0:
                        todays.append((fag, i % 3))
                if week % 2 == 0:
                    todays.append((V.FINANCE[0], 2))
                if week % 4 == 3:
                    todays.append((self.council, 2))
                for body, wd in sorted(todays, key=lambda t: t[1]):
                    seq += 1
                    yield self._meeting(body, year, monday + timedelta(days=wd), seq)
                for body, case in self.incoming:
                    self.pending[body].append(case)
                self.incoming = []

    def _meeting(self, body: str, year: int, day: date, seq: int) -> Meeting:
        r = self.rng
        iso = day.isoformat()
        cases = self.pending[body]
        self.pending[body] = []
        if body not in (V.FINANCE[0], self.council):
            cases += [self.new_case(year, body) for _ in range(r.randint(3, 8))]
        items: list[Item] = []
        for case in cases:
            is_last = case.step == len(case.route) - 1
            d = self.decide(case, body, iso, is_last)
            d.item_number = str(len(items) + 1)
            case.decisions.append(d)
            items.append(Item(str(len(items) + 1), case, d))
            if d.text.startswith("Udsat."):
                case.postponed = True
                self.incoming.append((body, case))
                continue
            case.step += 1
            if not is_last:
                self.incoming.append((case.route[case.step], case))
        for _ in range(r.choice((0, 1, 1, 2))):
            number = self.numbers.new(year) if r.random() < 0.7 else ""   # some print no case number
            closed = Case(number, r.choice(V.CLOSED_TITLES), [], [], [], [], public=False)
            items.append(Item(str(len(items) + 1), closed, None, "closed"))
        if r.random() < 0.5:
            items.append(Item(str(len(items) + 1), Case("", "Eventuelt", [], [], [], []), None, "eventuelt"))
        members = self.members[body]
        absent = [m for m in members if r.random() < 0.08]
        participants = [m for m in members if m not in absent]
        start = f"{r.choice((8, 9, 13, 15, 16, 17)):02d}:{r.choice(('00', '30'))}"
        return Meeting(self.muni, body, iso, start,
                       r.choice(V.LOCATIONS), participants, absent, items, seq,
                       "Beslutninger" if self.muni == "Aarhus" else "Beslutning", r.random() < 0.15)
