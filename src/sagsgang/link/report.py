"""Case timelines and cross-municipality theme dossiers as rows, JSON and CSV.

Visibility rule: a closed item contributes its title, number and case number only; it never has
treatments (parse gives it none), so no outcome text of a closed item can appear here."""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import asdict, dataclass

from ..privacy import mask_cpr
from .cases import Case
from .status import case_status

THEME_COLUMNS = ["municipality", "body", "date", "item", "item_number", "case", "kind", "outcome", "source", "page",
                 "content_hash"]


def case_to_dict(case: Case) -> dict:
    """The JSON of `sagsgang case --json`: identity, planned route, timeline and status."""
    status = case_status(case)
    return {
        "key": case.key,
        "municipality": case.municipality,
        "case_numbers": case.numbers,
        "title": case.title,
        "public": case.public,
        "route": [{"step": s.step, "documented": s.documented,
                   "treatments": [{"committee": t.committee, "date": t.date} for t in s.treatments]}
                  for s in status.route],
        "status": {"now": status.now, "next": status.next, "line": status.line()},
        "timeline": [{
            "date": t.date, "committee": t.committee, "kind": t.kind, "item_number": t.item_number,
            "outcome": mask_cpr(t.text), "absent": t.absent, "own_minutes": t.own_minutes,
            "sources": [asdict(s) for s in t.sources],
        } for t in case.treatments],
        "items": [{
            "source": asdict(i.source), "number": i.number, "title": i.title, "public": i.public,
            "document_type": i.document_type, "meeting": {"committee": i.meeting_committee, "date": i.meeting_date},
        } for i in case.items],
    }


def case_text(case: Case) -> str:
    """Human-readable timeline with the planned route beside it."""
    status = case_status(case)
    out = [f"Sag {', '.join(case.numbers) or '(uden nummer)'} — {case.title}",
           f"  Kommune: {case.municipality or 'ukendt'}",
           f"  Status:  {status.line()}"]
    if status.route:
        marks = [f"{s.step} {'✓' if s.documented else '·'}" for s in status.route]
        out.append(f"  Sagsgang (planlagt): {' → '.join(marks)}")
    out.append("  Forløb:")
    if not case.treatments:
        out.append("    (ingen behandlinger fundet)")
    for t in case.treatments:
        src = ", ".join(s.source + (f" s. {s.page}" if s.page else "") for s in t.sources)
        text = mask_cpr(t.text if len(t.text) <= 160 else t.text[:157] + "...")
        out.append(f"    {t.date or '????-??-??'}  {t.committee or '?'}  [{t.kind}]  pkt. {t.item_number or '-'}")
        if text:
            out.append(f"        {text}")
        if t.absent:
            out.append(f"        fraværende: {', '.join(t.absent)}")
        out.append(f"        kilde: {src}")
    return "\n".join(out)


@dataclass
class ThemeRow:
    municipality: str | None
    body: str | None
    date: str | None
    item: str
    item_number: str | None
    case: str
    kind: str
    outcome: str
    source: str
    page: int | None
    content_hash: str | None


def theme_rows(cases: list[Case], query: str = "") -> list[ThemeRow]:
    """One row per treatment (or per item, when the item has none yet) and, for such untreated
    notes, one per bilag whose title holds a query word (the letter a note rests on); by date."""
    rows: list[ThemeRow] = []
    words = [w[:6] for w in re.findall(r"\w{4,}", query.casefold())]
    for case in cases:
        numbers = ", ".join(case.numbers)
        for t in case.treatments:
            src = t.sources[0]
            rows.append(ThemeRow(case.municipality, t.committee, t.date, case.title, t.item_number, numbers, t.kind,
                                 mask_cpr(t.text), src.source, src.page, src.content_hash))
        if not case.treatments:
            for i in case.items:
                rows.append(ThemeRow(case.municipality, i.meeting_committee or i.addressed_to,
                                     i.meeting_date or i.document_date, i.title, i.number, numbers,
                                     i.document_type if i.public else "lukket punkt", "", i.source.source,
                                     i.source.page, i.source.content_hash))
        if case.treatments:
            continue
        seen: set[str] = set()
        for i in case.items:  # a note's bilag (e.g. the letter it rests on) is part of the dossier
            for title in i.attachments:
                if words and title not in seen and any(w in title.casefold() for w in words):
                    seen.add(title)
                    rows.append(ThemeRow(case.municipality, None, i.meeting_date or i.document_date, i.title,
                                         i.number, numbers, "bilag", title, i.source.source, i.source.page,
                                         i.source.content_hash))
    return sorted(rows, key=lambda r: (r.date or "9999", r.municipality or "", r.body or "", r.item))


def theme_counts(rows: list[ThemeRow]) -> dict[str, int]:
    return dict(sorted(Counter(r.municipality or "ukendt" for r in rows).items()))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula (OWASP CSV injection)


def spreadsheet_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: document text starting like a formula
    (=HYPERLINK(...), +cmd, -2+3, @SUM) gets a leading apostrophe, as OWASP advises; CPR numbers masked."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = mask_cpr(value)
    return "'" + value if value.startswith(FORMULA_START) else value


def theme_csv(rows: list[ThemeRow]) -> str:
    """CSV for spreadsheets: UTF-8 with BOM (Excel reads æøå right only with it), ';' separated as a
    Danish Excel expects, every field quoted where needed, no cell a formula (spreadsheet_cell)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(THEME_COLUMNS)
    for r in rows:
        writer.writerow([spreadsheet_cell(getattr(r, c)) for c in THEME_COLUMNS])
    return "\ufeff" + buf.getvalue()
