"""Atom feeds (RFC 4287) for a case, a committee and a search. Built with ElementTree, so all
text is escaped; closed items appear with title only."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from ..link import Case
from .catalog import Catalog, mask_cpr

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)

# Typed case events, from the treatment kinds of link.steps
EVENT = {"planlagt": "dagsordensat", "lukket": "behandlet for lukkede døre",
          "anbefaling": "sendt videre med anbefaling", "oversendt": "sendt videre",
         "tilbagesendt": "sendt tilbage", "afgørelse": "afgjort", "udsat": "udsat", "orientering": "orienteret",
         "drøftelse": "drøftet", "trukket": "trukket", "andet": "behandlet"}


def _ts(day: str | None) -> str:
    return f"{day}T00:00:00+01:00" if day else datetime(1970, 1, 1, tzinfo=UTC).isoformat()


def _feed(title: str, self_url: str, base: str, entries: list[dict]) -> bytes:
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = mask_cpr(title)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base + self_url
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=base + self_url)
    updated = max((e["updated"] for e in entries), default=_ts(None))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "sagsgang"
    for e in sorted(entries, key=lambda e: e["updated"], reverse=True):
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = mask_cpr(e["title"])
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base + e["id"]
        ET.SubElement(entry, f"{{{ATOM}}}link", href=base + e["link"])
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = e["updated"]
        if e.get("category"):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=e["category"])
        if e.get("summary"):
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = mask_cpr(e["summary"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def case_feed(catalog: Catalog, case: Case, base: str) -> bytes:
    from urllib.parse import quote
    link = f"/sag/{quote(case.key, safe='')}"
    entries = []
    for t in case.treatments:
        event = EVENT.get(t.kind, "behandlet")
        entries.append({"title": f"{t.committee or 'Ukendt udvalg'}: {event}", "id": f"{link}#{t.committee}-{t.date}",
                        "link": link, "updated": _ts(t.date), "category": event, "summary": t.text})
    for view in catalog.case_items(case.key):
        for a in view.attachments:
            entries.append({"title": f"Nyt bilag: {a.title}", "id": f"/punkt/{view.id}#bilag-{a.title}",
                            "link": f"/punkt/{view.id}", "updated": _ts(view.date), "category": "nyt bilag"})
    return _feed(f"Sag: {case.title}", f"/feeds{link}.atom", base, entries)


def committee_feed(catalog: Catalog, municipality: str, committee: str, base: str) -> bytes:
    meetings = catalog.committees(municipality).get(committee, [])
    entries = []
    for m in meetings:
        for view in catalog.items_of_meeting(m.id):
            summary = "; ".join(d.text for d in view.decisions) if view.public else "Lukket punkt"
            entries.append({"title": f"{m.date}: {view.title}", "id": f"/punkt/{view.id}", "link": f"/punkt/{view.id}",
                            "updated": _ts(m.date), "summary": summary})
    return _feed(f"{committee} ({municipality})", f"/feeds/udvalg/{municipality}/{committee}.atom", base, entries)


def snippet_text(snippet: str) -> str:
    """A search snippet (HTML with <mark>) as plain text; ElementTree escapes it for the feed."""
    return html.unescape(re.sub(r"</?mark>", "", snippet or ""))


def search_feed(query: str, results: list[dict], base: str) -> bytes:
    from urllib.parse import quote
    entries = [{"title": r["title"], "id": r["url"], "link": r["url"],
                "updated": _ts(r.get("date")),
                "summary": snippet_text(r.get("snippet", ""))} for r in results]
    return _feed(f"Søgning: {query}", f"/feeds/search.atom?q={quote(query)}", base, entries)
