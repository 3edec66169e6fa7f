"""The OParl 1.1 objects of /api/v1 (https://oparl.org), built from the catalog: one method per
object type, each with the absolute ids and links an OParl mirror stores as keys.

Kept apart from the handlers (api.py) so what an object holds is read in one place, and the
handlers only find the object and page the list.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..names import kommune
from .catalog import UNKNOWN, ItemView, MeetingView, mask_cpr, shown_municipality, slug, stable_id
from .middleware import origin
from .since import local_time

OPARL = "https://schema.oparl.org/1.1/"


def modified_of(data: Any, hashes: list[str | None]) -> str | None:
    """When the newest of these documents (by content hash) was last (re)ingested."""
    modified = getattr(data, "modified", None) or {}
    if hasattr(modified, "latest"):  # asked of the store in one query
        return modified.latest(hashes)
    times = [modified[h] for h in hashes if h in modified]
    return max(times) if times else None


class OParlObjects:
    """The object builders of one site (its base URL); each takes the request's `data`."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def web(self, path: str) -> str:
        """An absolute URL of the site (OParl ids and links are absolute, see origin.py)."""
        return f"{origin(self.base_url)}{path}"

    def url(self, path: str) -> str:
        return self.web(f"/api/v1{path}")

    def org_id(self, muni: str | None, committee: str | None) -> str:
        return self.url(f"/organizations/{slug(muni)}--{slug(committee)}")

    def body(self, data, name: str) -> dict:
        url, bid = self.url, slug(name)
        return {"id": url(f"/bodies/{bid}"), "type": OPARL + "Body", "name": kommune(name) if name != UNKNOWN else name,
                "shortName": name, "organization": url(f"/bodies/{bid}/organizations"),
                "meeting": url(f"/bodies/{bid}/meetings"), "paper": url(f"/bodies/{bid}/papers"),
                "person": url(f"/bodies/{bid}/people"), "web": self.web(f"/kommune/{quote(name, safe='')}"),
                "modified": modified_of(data, data.catalog.document_hashes(name))}

    def agenda_item(self, data, v: ItemView) -> dict:
        """An agenda item; a closed one carries name and number only."""
        url = self.url
        obj = {"id": url(f"/agendaItems/{v.id}"), "type": OPARL + "AgendaItem", "number": v.number, "name": v.title,
               "public": v.public, "meeting": url(f"/meetings/{v.meeting_id}") if v.meeting_id else None,
               "web": self.web(f"/punkt/{v.id}"), "modified": modified_of(data, [v.document.content_hash])}
        if v.case_key:
            obj["consultation"] = url(f"/papers/{stable_id(v.case_key)}")
        if not v.public:
            return obj
        obj["resolutionText"] = "\n\n".join(mask_cpr(d.text) for d in v.decisions) or None
        obj["auxiliaryFile"] = self.files_of(data, v)
        obj["sagsgang:caseNumbers"] = v.case_numbers
        obj["sagsgang:decisions"] = [{"organization": d.committee, "date": d.date, "unanimous": d.unanimous,
                                      "votes": d.votes, "positions": [dict(p) for p in d.positions]}
                                     for d in v.decisions]
        obj["sagsgang:source"] = {"file": v.document.source, "page": v.item.page, "sha256": v.document.content_hash,
                                  # how sure the reading of the document is, and why it is partial if it is
                                  "confidence": v.document.confidence, "partlyRead": list(v.document.partly_read)}
        if v.document.fetched_at:  # harvested: where and when it was fetched
            obj["sagsgang:source"].update(url=v.document.origin, fetched=v.document.fetched_at)
        return obj

    def file(self, v: ItemView, index: int, a, stored: dict | None = None) -> dict:
        """A listed bilag of the item as an OParl File."""
        obj = {"id": self.url(f"/files/{v.id}-{index}"), "type": OPARL + "File", "name": a.title, "agendaItem":
               [self.url(f"/agendaItems/{v.id}")], "sagsgang:number": a.number, "sagsgang:public": a.public}
        if stored:  # the file itself is stored (an ingested bilag linked to this item): where to get it
            obj.update(self.stored_file(stored))
        return obj

    def stored_file(self, b: dict) -> dict:
        """Where to get a stored bilag file and how it was linked to the item."""
        return {"fileName": b["file"], "mimeType": "application/pdf", "size": b["size"], "sha256Checksum": b["sha256"],
                "accessUrl": self.web(f"/bilag/{b['id']}.pdf"), "downloadUrl": self.web(f"/bilag/{b['id']}.pdf"),
                "sagsgang:pages": b["pages"], "sagsgang:ocrPages": b["ocr_pages"],
                "sagsgang:linkedBy": b["method"], "sagsgang:linkReason": b["reason"]}

    def files_of(self, data, v: ItemView) -> list[dict]:
        """The item's listed bilag as OParl Files, with the stored file where one is linked to the
        listing; stored files linked to the item under no listed title come after them."""
        stored = list(data.bilag_of(v)) if hasattr(data, "bilag_of") else []
        out = []
        for i, a in enumerate(v.attachments):
            match = next((b for b in stored if b["title"] == a.title), None)
            if match is not None:
                stored.remove(match)
            out.append(self.file(v, i, a, match))
        for k, b in enumerate(stored, start=len(v.attachments)):
            out.append({"id": self.url(f"/files/{v.id}-{k}"), "type": OPARL + "File", "name": b["title"],
                        "agendaItem": [self.url(f"/agendaItems/{v.id}")], "sagsgang:number": b["number"],
                        "sagsgang:public": True, **self.stored_file(b)})
        return out

    def meeting(self, data, m: MeetingView) -> dict:
        catalog = data.catalog
        name = f"{m.committee} {m.date or ''}".strip()
        return {"id": self.url(f"/meetings/{m.id}"), "type": OPARL + "Meeting", "name": name,
                "start": local_time(m.date, m.start_time),
                "location": {"description": m.location} if m.location else None,
                "organization": [self.org_id(m.municipality, m.committee)],
                "agendaItem": [self.agenda_item(data, v) for v in catalog.items_of_meeting(m.id)],
                "web": self.web(f"/moede/{m.id}"), "modified": modified_of(data, m.hashes)}

    @staticmethod
    def consultation_id(key: str, t) -> str:
        return stable_id(key, t.committee, t.date)

    def consultation(self, case, t) -> dict:
        """One treatment of a case (OParl Consultation); it has its own URL, so the id resolves."""
        return {"id": self.url(f"/consultations/{self.consultation_id(case.key, t)}"), "type": OPARL + "Consultation",
                "paper": self.url(f"/papers/{stable_id(case.key)}"),
                "organization": [self.org_id(case.municipality, t.committee)], "role": t.kind,
                "authoritative": t.kind == "afgørelse", "sagsgang:date": t.date,
                "sagsgang:result": mask_cpr(t.text), "sagsgang:absent": t.absent,
                "sagsgang:sources": [{"file": s.source, "page": s.page, "sha256": s.content_hash} for s in t.sources]}

    def paper(self, data, key: str) -> dict:
        case = data.catalog.cases[key]
        return {"id": self.url(f"/papers/{stable_id(key)}"), "type": OPARL + "Paper", "name": case.title,
                "reference": ", ".join(case.numbers) or None, "body": self.url(f"/bodies/{slug(case.municipality)}"),
                "consultation": [self.consultation(case, t) for t in case.treatments], "sagsgang:route": case.route,
                "web": self.web(f"/sag/{quote(key, safe='')}"),
                "modified": modified_of(data, [i.source.content_hash for i in case.items])}

    def organization(self, data, muni: str, committee: str, ms: list[MeetingView]) -> dict:
        return {"id": self.org_id(muni, committee), "type": OPARL + "Organization", "name": committee,
                "body": self.url(f"/bodies/{slug(muni)}"), "meeting": [self.url(f"/meetings/{m.id}") for m in ms],
                "modified": modified_of(data, [h for m in ms for h in m.hashes])}

    def party_org_id(self, party) -> str:
        return self.url(f"/organizations/{slug(shown_municipality(party.municipality))}--parti-{slug(party.code)}")

    def membership_id(self, person, party) -> str:
        return self.url(f"/memberships/{person.id}-{party.id}")

    def membership(self, person, party) -> dict:
        """OParl Membership: a person in a party, as the minutes print it (`Name (A)`)."""
        return {"id": self.membership_id(person, party), "type": OPARL + "Membership",
                "person": self.url(f"/people/{person.id}"), "organization": self.party_org_id(party), "role": "Medlem",
                "sagsgang:printedAs": [v for v in person.variants if party.code in v] or None}

    def party(self, data, party) -> dict:
        """A party of a municipality as an OParl Organization (classification `Parti`)."""
        return {"id": self.party_org_id(party), "type": OPARL + "Organization", "name": party.name,
                "shortName": party.code, "classification": "Parti",
                "body": self.url(f"/bodies/{slug(shown_municipality(party.municipality))}"),
                "membership": [self.membership_id(data.catalog.people[m], party) for m in party.members
                               if m in data.catalog.people],
                "sagsgang:positions": [self.position(r) for r in party.positions],
                "web": self.web(f"/parti/{party.id}")}

    def position(self, r) -> dict:
        return {"stance": r.stance, "who": r.who, "agendaItem": self.url(f"/agendaItems/{r.item_id}"),
                "organization": r.committee, "date": r.date}

    def person(self, data, person) -> dict:
        parties = data.catalog.parties_of_person(person)
        sources = {r.source for r in person.positions} | {m.source for m in person.attended + person.missed}
        hashes = data.catalog.hashes_of(sources)
        return {"id": self.url(f"/people/{person.id}"), "type": OPARL + "Person", "name": person.name,
                "body": self.url(f"/bodies/{slug(shown_municipality(person.municipality))}"),
                "membership": [self.membership(person, p) for p in parties],
                "sagsgang:positions": [self.position(r) for r in person.positions
                                       if r.item_id in data.catalog.items],
                "web": self.web(f"/person/{person.id}"), "modified": modified_of(data, hashes)}

    def tombstone(self, t: dict) -> dict:
        """A deleted object under the URL id its live form had."""
        path = {OPARL + "Meeting": "meetings", OPARL + "AgendaItem": "agendaItems"}.get(t["type"])
        return {"id": self.url(f"/{path}/{t['id']}") if path else t["id"], "type": t["type"], "deleted": True,
                "modified": t["modified"]}

