"""Ground truth in the parse contract's shape (shared/spec/parse-output.md), built from the same
objects the renderers print, so the gold never depends on the parser it is meant to check."""
from __future__ import annotations

from typing import Any

from .cases import Case, Meeting
from .render_text import decision_text, firstagenda_item_sections, fredensborg_sections


def _decision(d) -> dict[str, Any]:
    return {"committee": d.committee, "date": d.date, "text": " ".join(decision_text(d).split()),
            "absent": list(d.absent), "unanimous": d.unanimous, "votes": d.votes,
            "positions": [dict(p) for p in d.positions]}


def meeting_truth(source: str, m: Meeting, municipality: str | None) -> dict[str, Any]:
    """Gold for a FirstAgenda referat (text, PDF or HTML rendering of the same meeting)."""
    items = []
    for it in m.items:
        case = it.case
        entry: dict[str, Any] = {
            "number": it.number, "title": case.title, "public": case.public,
            "case_numbers": [case.number] if case.number else [],
            "route": list(case.route) if it.kind == "case" else [],
            "decisions": [_decision(it.decision)] if it.decision is not None and not m.agenda else [],
            "attachments": [{"number": None, "title": a.title, "public": True} for a in case.attachments]
            if it.kind == "case" else [],
            "sections": [h for h, _ in firstagenda_item_sections(it, m.decision_heading, m.agenda)]
            if it.kind != "closed" else [],
        }
        items.append(entry)
    return {
        "source": source, "municipality": municipality,
        "document_type": "dagsorden" if m.agenda else "referat",
        "meeting": {"committee": m.committee, "date": m.date, "start_time": m.start_time,
                    "location": m.location, "participants": list(m.participants), "absent": list(m.absent)},
        "items": items,
    }


def case_truth(source: str, case: Case, municipality: str | None) -> dict[str, Any]:
    """Gold for an Acadre single-case write-up."""
    sections = ["Sagsgang", *[h for h, _ in case.sections], *["Beslutning" for _ in case.decisions]]
    if case.attachments:
        sections.append("Bilag")
    return {
        "source": source, "municipality": municipality, "document_type": "sagsfremstilling", "meeting": None,
        "items": [{
            "number": None, "title": case.title, "public": True, "case_numbers": [case.number],
            "route": list(case.route_abbrev), "decisions": [_decision(d) for d in case.decisions],
            "attachments": [{"number": a.number, "title": a.title, "public": a.public}
                            for a in case.attachments],
            "sections": sections,
        }],
    }


def html_meeting_truth(source: str, m: Meeting, municipality: str | None) -> dict[str, Any]:
    """Gold for the FirstAgenda Publication page: no route or participants are printed there, and the
    case history ("Sagsforløb") counts as decisions before the meeting's own."""
    from .render_html import history_of, html_sections
    kind = "dagsorden" if m.agenda else "referat"
    items = []
    for it in m.items:
        case = it.case
        atts = case.attachments if it.kind == "case" else []
        items.append({
            "number": it.number, "title": case.title, "public": case.public,
            "case_numbers": [case.number] if case.number else [], "route": [],
            "decisions": [_decision(d) for d in history_of(it, m.agenda)]
            if it.kind != "eventuelt" or m.agenda else
            [{"committee": m.committee, "date": m.date, "text": "Ingen bemærkninger.", "absent": [],
              "unanimous": None, "votes": None, "positions": []}],
            "attachments": [{"number": None, "title": a.title, "public": True} for a in atts],
            "sections": [h for h, _ in html_sections(it, m.agenda)] + (["Bilag"] if atts else []),
        })
    return {
        "source": source, "municipality": municipality, "document_type": kind,
        "meeting": {"committee": m.committee, "date": m.date, "start_time": m.start_time,
                    "location": m.location, "participants": [], "absent": []},
        "items": items,
    }


def fredensborg_truth(source: str, case: Case, municipality: str | None) -> dict[str, Any]:
    """Gold for a Fredensborg single-case write-up: numbered, no route line, no attachment list."""
    sections = [h for h, _ in fredensborg_sections(case)] + ["Beslutning" for _ in case.decisions]
    return {
        "source": source, "municipality": municipality, "document_type": "sagsfremstilling", "meeting": None,
        "items": [{
            "number": case.decisions[-1].item_number, "title": case.title, "public": True,
            "case_numbers": [case.number], "route": [], "decisions": [_decision(d) for d in case.decisions],
            "attachments": [], "sections": sections,
        }],
    }


def kbh_note_truth(source: str, case: Case, municipality: str | None) -> dict[str, Any]:
    """Gold for a København orientation note: no decision, both the F2 and the eDoc case number."""
    from .render_text import edoc_number
    sections = ["Sagen", "Baggrund", "Videre proces"] + (["Bilag"] if case.attachments else [])
    return {
        "source": source, "municipality": municipality, "document_type": "orientering", "meeting": None,
        "items": [{
            "number": None, "title": case.title, "public": True,
            "case_numbers": [case.number, edoc_number(case)], "route": [], "decisions": [],
            "attachments": [{"number": None, "title": a.title, "public": True} for a in case.attachments],
            "sections": sections,
        }],
    }


def listed_meeting_truth(source: str, m: Meeting, municipality: str | None) -> dict[str, Any]:
    """Gold for `listed_meeting_text`: what the list and the bodies print, no route or bilag."""
    from .render_text import genitive_heading, listed_item_sections, paged_contents
    items = []
    for it in m.items:
        case, body = it.case, not m.agenda
        sections = [("Beslutning" if h == genitive_heading(m) else h, b)
                    for h, b in listed_item_sections(it, genitive_heading(m))] if body else []
        items.append({
            "number": None if paged_contents(m) else it.number, "title": case.title, "public": case.public,
            "case_numbers": [case.number] if case.number and body else [], "route": [],
            "decisions": [_decision(it.decision)] if body and it.decision is not None else [],
            "attachments": [], "sections": [h for h, _ in sections],
        })
    return {
        "source": source, "municipality": municipality, "document_type": "dagsorden" if m.agenda else "referat",
        "meeting": {"committee": m.committee, "date": m.date, "start_time": m.start_time,
                    "location": m.location, "participants": list(m.participants), "absent": list(m.absent)},
        "items": items,
    }


def transcript_meeting_truth(source: str, m: Meeting, municipality: str | None) -> dict[str, Any]:
    """Gold for `transcript_meeting_text`: the items with the bodies' case numbers, sections (the
    decision heading counts as 'Beslutning') and decisions."""
    from .render_text import transcript_item_sections
    truth = listed_meeting_truth(source, m, municipality)
    for e, it in zip(truth["items"], m.items, strict=True):
        e["number"] = it.number  # every item's page prints its number, whatever the contents list left out
    if not m.agenda:
        for e, it in zip(truth["items"], m.items, strict=True):
            e["sections"] = ["Beslutning" if h.startswith("Beslutning") else h.rstrip(":")
                             for h, _ in transcript_item_sections(it, m)]
    return truth


def digest_truth(source: str, m: Meeting, municipality: str | None) -> dict[str, Any]:
    """Gold for `digest_text`: no meeting (a page about one), each reported item with its one decision,
    dated by the year the page prints; no sections, case numbers or absentees (the digest prints none)."""
    from .render_text import digest_entries
    items = [{"number": it.number, "title": it.case.title, "public": True, "case_numbers": [], "route": [],
              "decisions": [{**_decision(it.decision), "text": " ".join(it.decision.text.split()), "absent": []}],
              "attachments": [], "sections": []} for it in digest_entries(m)]
    return {"source": source, "municipality": municipality, "document_type": "andet", "meeting": None,
            "items": items}
