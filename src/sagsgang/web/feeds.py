"""Atom feeds (RFC 4287) for a case, a committee, a search, and a person's or party's positions.
Built with ElementTree, so all text is escaped; closed items appear with title only."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import quote

from ..link import Case
from .catalog import Catalog, mask_cpr
from .since import LOCAL, local_time, parse_since

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)

# Typed case events, from the treatment kinds of link.steps
EVENT = {"planlagt": "dagsordensat", "lukket": "behandlet for lukkede døre",
          "anbefaling": "sendt videre med anbefaling", "oversendt": "sendt videre",
         "tilbagesendt": "sendt tilbage", "afgørelse": "afgjort", "udsat": "udsat", "orientering": "orienteret",
         "drøftelse": "drøftet", "trukket": "trukket", "andet": "behandlet"}


def _ts(day: str | None, undated: str) -> str:
    """An entry's <updated>: its day in Copenhagen time; an undated entry gets `undated` (when the
    data was last ingested, i.e. when sagsgang learned of it), never 1970-01-01."""
    return local_time(day) or undated


def fallback_time(last_ingest: str | None) -> str:
    """The <updated> of undated entries and of an empty feed: the last ingest (now without one)."""
    return last_ingest or datetime.now(UTC).astimezone(LOCAL).replace(microsecond=0).isoformat()


def _iri(base: str, path: str) -> str:
    """An absolute URL for an Atom id or link: `path` percent-encoded (committee names and bilag
    titles in fragments hold spaces), '%' kept so an already encoded path is not encoded twice."""
    return base + quote(path, safe="/#?=&%:")


def _instant(stamp: str) -> datetime:
    """A timestamp as a point in time: entries in summer (+02:00) and winter (+01:00) time and the
    ingest time sort correctly, which their strings do not."""
    return parse_since(stamp) or datetime.min.replace(tzinfo=UTC)


def _feed(title: str, self_url: str, base: str, entries: list[dict], undated: str) -> bytes:
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = mask_cpr(title)
    ET.SubElement(feed, f"{{{ATOM}}}id").text = _iri(base, self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=_iri(base, self_url))
    updated = max((e["updated"] for e in entries), key=_instant, default=undated)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "sagsgang"
    for e in sorted(entries, key=lambda e: _instant(e["updated"]), reverse=True):
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = mask_cpr(e["title"])
        ET.SubElement(entry, f"{{{ATOM}}}id").text = _iri(base, e["id"])
        ET.SubElement(entry, f"{{{ATOM}}}link", href=_iri(base, e["link"]))
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = e["updated"]
        if e.get("category"):
            ET.SubElement(entry, f"{{{ATOM}}}category", term=e["category"])
        if e.get("summary"):
            ET.SubElement(entry, f"{{{ATOM}}}summary").text = mask_cpr(e["summary"])
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def case_feed(catalog: Catalog, case: Case, base: str, undated: str) -> bytes:
    link = f"/sag/{quote(case.key, safe='')}"
    entries = []
    for t in case.treatments:
        event = EVENT.get(t.kind, "behandlet")
        entries.append({"title": f"{t.committee or 'Ukendt udvalg'}: {event}", "id": f"{link}#{t.committee}-{t.date}",
                        "link": link, "updated": _ts(t.date, undated), "category": event, "summary": t.text})
    for view in catalog.case_items(case.key):
        for a in view.attachments:
            entries.append({"title": f"Nyt bilag: {a.title}", "id": f"/punkt/{view.id}#bilag-{a.title}",
                            "link": f"/punkt/{view.id}", "updated": _ts(view.date, undated), "category": "nyt bilag"})
    return _feed(f"Sag: {case.title}", f"/feeds{link}.atom", base, entries, undated)


def committee_feed(catalog: Catalog, municipality: str, committee: str, base: str, undated: str) -> bytes:
    meetings = catalog.committees(municipality).get(committee, [])
    entries = []
    for m in meetings:
        for view in catalog.items_of_meeting(m.id):
            summary = "; ".join(d.text for d in view.decisions) if view.public else "Lukket punkt"
            entries.append({"title": f"{m.date}: {view.title}", "id": f"/punkt/{view.id}", "link": f"/punkt/{view.id}",
                            "updated": _ts(m.date, undated), "summary": summary})
    self_url = f"/feeds/udvalg/{quote(municipality, safe='')}/{quote(committee, safe='')}.atom"
    return _feed(f"{committee} ({municipality})", self_url, base, entries, undated)


def snippet_text(snippet: str) -> str:
    """A search snippet (HTML with <mark>) as plain text; ElementTree escapes it for the feed."""
    return html.unescape(re.sub(r"</?mark>", "", snippet or ""))


def search_feed(query: str, results: list[dict], base: str, undated: str) -> bytes:
    entries = [{"title": r["title"], "id": r["url"], "link": r["url"],
                "updated": _ts(r.get("date"), undated),
                "summary": snippet_text(r.get("snippet", ""))} for r in results]
    return _feed(f"Søgning: {query}", f"/feeds/search.atom?q={quote(query)}", base, entries, undated)


# How a stance reads in a feed entry ("Solveig Munk: imod – Teknisk Udvalg 2025-10-01")
STANCE = {"for": "for", "imod": "imod", "undlod": "undlod sig", "forbehold": "tog forbehold",
          "protokol": "fik ført til protokol", "inhabil": "inhabil"}


def positions_feed(catalog: Catalog, kind: str, obj, base: str, undated: str) -> bytes:
    """A person's (`kind` 'person') or party's ('parti') positions, newest first: one entry per stance
    on a decision, linking the item."""
    entries = []
    for r in obj.positions:
        if r.item_id not in catalog.items:
            continue
        stance = STANCE.get(r.stance, r.stance)
        entries.append({"title": f"{r.who}: {stance} – {r.item_title}",
                        "id": f"/punkt/{r.item_id}#{r.committee}-{r.date}-{r.who}-{r.stance}",
                        "link": f"/punkt/{r.item_id}", "updated": _ts(r.date, undated), "category": stance,
                        "summary": f"{r.committee or 'Ukendt udvalg'} {r.date or ''}".strip()})
    return _feed(f"Holdninger: {obj.name}", f"/feeds/{kind}/{obj.id}.atom", base, entries, undated)
