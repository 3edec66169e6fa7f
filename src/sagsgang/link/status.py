"""Where is the case now, and what is next? The planned route (sagsgang) beside the actual one."""
from __future__ import annotations

from dataclasses import dataclass

from .cases import Case, Treatment
from .identity import same_body
from .steps import VERBS


@dataclass
class RouteStep:
    step: str  # as planned ("AU/BUU/VPU", "ØK", "KB")
    treatments: list[Treatment]

    @property
    def documented(self) -> bool:
        return any(t.kind != "planlagt" for t in self.treatments)


@dataclass
class CaseStatus:
    now: str  # "anbefalet af Økonomiudvalget 2022-09-06"
    next: str | None  # "KB ifølge sagsgangen", "Aarhus Byråd 2025-10-08 (på dagsordenen)"
    route: list[RouteStep]
    last: Treatment | None

    def line(self) -> str:
        return self.now + (f"; næste: {self.next}" if self.next else "")


def route_steps(case: Case) -> list[RouteStep]:
    return [RouteStep(step, [t for t in case.treatments if same_body(step, t.committee)]) for step in case.route]


def case_status(case: Case) -> CaseStatus:
    decided = [t for t in case.treatments if t.kind != "planlagt"]
    last = decided[-1] if decided else None
    steps = route_steps(case)
    upcoming = [t for t in case.treatments if t.kind == "planlagt" and (not last or (t.date or "") > (last.date or ""))]
    nxt = None
    if upcoming:
        nxt = f"{upcoming[0].committee} {upcoming[0].date} (på dagsordenen)"
    elif steps:
        done = [i for i, s in enumerate(steps) if s.documented]
        after = (done[-1] + 1) if done else 0
        if after < len(steps) and not (last and last.kind in ("afgørelse",) and after == len(steps)):
            nxt = f"{steps[after].step} ifølge sagsgangen"
    if last:
        kind = last.kind
        if kind == "afgørelse" and nxt and not (upcoming and same_body(upcoming[0].committee, last.committee)):
            # 'kunne tiltræde indstillingen' in Teknisk Udvalg while the case waits for the council: the
            # route goes on, so the committee recommended it; it decided nothing final
            kind = "anbefaling"
        now = f"{VERBS.get(kind, 'behandlet i')} {last.committee or 'ukendt udvalg'}" + (
            f" {last.date}" if last.date else "")
    else:
        now = "ingen beslutning endnu"
    return CaseStatus(now, nxt, steps, last)
