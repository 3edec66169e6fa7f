"""JSON API under /api/v1, shaped after OParl 1.1 (https://oparl.org): system, body, organization,
meeting, agendaItem, paper (sag) with its consultations (treatments), file (bilag), person with their
membership of a party (a party is an organization with classification `Parti`), and each decision's
positions on its agendaItem (`sagsgang:decisions`).

Lists are paginated (`page`, `limit` <= 100) and accept `modified_since` (an ISO timestamp,
compared as a point in time; without an offset it is Copenhagen time; anything else is a 400).
Every listed object (bodies and people too) has `modified`. Objects of replaced or removed
documents appear as `{"id", "type", "deleted": true}` — with the same URL id the live object had,
in the list of the body they belonged to — to a mirror that asks with `modified_since`, so it can
stay in sync. Closed items carry name and number only.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..names import kommune
from ..params import MAX_LIMIT, MAX_OFFSET, BadParameter, checked_int
from .catalog import UNKNOWN, ItemView, MeetingView, mask_cpr, shown_municipality, slug, stable_id
from .middleware import origin
from .since import local_time, parse_since, since_filter

OPARL = "https://schema.oparl.org/1.1/"


def routes(load: Callable[[], Any], base_url: str) -> list[Route]:
    def web(path: str) -> str:
        """An absolute URL of the site (OParl ids and links are absolute, see origin.py)."""
        return f"{origin(base_url)}{path}"

    def url(path: str) -> str:
        return web(f"/api/v1{path}")

    def modified_of(data, hashes: list[str | None]) -> str | None:
        """When the newest of these documents (by content hash) was last (re)ingested."""
        modified = getattr(data, "modified", None) or {}
        if hasattr(modified, "latest"):  # asked of the store in one query
            return modified.latest(hashes)
        times = [modified[h] for h in hashes if h in modified]
        return max(times) if times else None

    def docs_of(data, name: str) -> list:
        return data.catalog.by_municipality.get(name, [])

    def body_obj(data, name: str) -> dict:
        bid = slug(name)
        return {"id": url(f"/bodies/{bid}"), "type": OPARL + "Body", "name": kommune(name) if name != UNKNOWN else name,
                "shortName": name, "organization": url(f"/bodies/{bid}/organizations"),
                "meeting": url(f"/bodies/{bid}/meetings"), "paper": url(f"/bodies/{bid}/papers"),
                "person": url(f"/bodies/{bid}/people"), "web": web(f"/kommune/{quote(name, safe='')}"),
                "modified": modified_of(data, data.catalog.document_hashes(name))}

    def org_id(muni: str | None, committee: str | None) -> str:
        return url(f"/organizations/{slug(muni)}--{slug(committee)}")

    def agenda_item_obj(data, v: ItemView) -> dict:
        obj = {"id": url(f"/agendaItems/{v.id}"), "type": OPARL + "AgendaItem", "number": v.number, "name": v.title,
               "public": v.public, "meeting": url(f"/meetings/{v.meeting_id}") if v.meeting_id else None,
               "web": web(f"/punkt/{v.id}"), "modified": modified_of(data, [v.document.content_hash])}
        if v.case_key:
            obj["consultation"] = url(f"/papers/{stable_id(v.case_key)}")
        if not v.public:
            return obj
        obj["resolutionText"] = "\n\n".join(mask_cpr(d.text) for d in v.decisions) or None
        obj["auxiliaryFile"] = files_of(data, v)
        obj["sagsgang:caseNumbers"] = v.case_numbers
        obj["sagsgang:decisions"] = [{"organization": d.committee, "date": d.date, "unanimous": d.unanimous,
                                      "votes": d.votes, "positions": [dict(p) for p in d.positions]}
                                     for d in v.decisions]
        obj["sagsgang:source"] = {"file": v.document.source, "page": v.item.page, "sha256": v.document.content_hash}
        if v.document.fetched_at:  # harvested: where and when it was fetched
            obj["sagsgang:source"].update(url=v.document.origin, fetched=v.document.fetched_at)
        return obj

    def file_obj(v: ItemView, index: int, a, stored: dict | None = None) -> dict:
        obj = {"id": url(f"/files/{v.id}-{index}"), "type": OPARL + "File", "name": a.title, "agendaItem":
               [url(f"/agendaItems/{v.id}")], "sagsgang:number": a.number, "sagsgang:public": a.public}
        if stored:  # the file itself is stored (an ingested bilag linked to this item): where to get it
            obj.update(stored_file(stored))
        return obj

    def stored_file(b: dict) -> dict:
        return {"fileName": b["file"], "mimeType": "application/pdf", "size": b["size"], "sha256Checksum": b["sha256"],
                "accessUrl": web(f"/bilag/{b['id']}.pdf"), "downloadUrl": web(f"/bilag/{b['id']}.pdf"),
                "sagsgang:pages": b["pages"], "sagsgang:ocrPages": b["ocr_pages"],
                "sagsgang:linkedBy": b["method"], "sagsgang:linkReason": b["reason"]}

    def files_of(data, v: ItemView) -> list[dict]:
        """The item's listed bilag as OParl Files, with the stored file where one is linked to the
        listing; stored files linked to the item under no listed title come after them."""
        stored = list(data.bilag_of(v)) if hasattr(data, "bilag_of") else []
        out = []
        for i, a in enumerate(v.attachments):
            match = next((b for b in stored if b["title"] == a.title), None)
            if match is not None:
                stored.remove(match)
            out.append(file_obj(v, i, a, match))
        for k, b in enumerate(stored, start=len(v.attachments)):
            out.append({"id": url(f"/files/{v.id}-{k}"), "type": OPARL + "File", "name": b["title"],
                        "agendaItem": [url(f"/agendaItems/{v.id}")], "sagsgang:number": b["number"],
                        "sagsgang:public": True, **stored_file(b)})
        return out

    def meeting_obj(data, m: MeetingView) -> dict:
        catalog = data.catalog
        name = f"{m.committee} {m.date or ''}".strip()
        return {"id": url(f"/meetings/{m.id}"), "type": OPARL + "Meeting", "name": name,
                "start": local_time(m.date, m.start_time),
                "location": {"description": m.location} if m.location else None,
                "organization": [org_id(m.municipality, m.committee)],
                "agendaItem": [agenda_item_obj(data, v) for v in catalog.items_of_meeting(m.id)],
                "web": web(f"/moede/{m.id}"), "modified": modified_of(data, m.hashes)}

    def consultation_id(key: str, t) -> str:
        return stable_id(key, t.committee, t.date)

    def consultation_obj(case, t) -> dict:
        """One treatment of a case (OParl Consultation); it has its own URL, so the id resolves."""
        return {"id": url(f"/consultations/{consultation_id(case.key, t)}"), "type": OPARL + "Consultation",
                "paper": url(f"/papers/{stable_id(case.key)}"),
                "organization": [org_id(case.municipality, t.committee)], "role": t.kind,
                "authoritative": t.kind == "afgørelse", "sagsgang:date": t.date,
                "sagsgang:result": mask_cpr(t.text), "sagsgang:absent": t.absent,
                "sagsgang:sources": [{"file": s.source, "page": s.page, "sha256": s.content_hash} for s in t.sources]}

    def paper_obj(data, key: str) -> dict:
        case = data.catalog.cases[key]
        return {"id": url(f"/papers/{stable_id(key)}"), "type": OPARL + "Paper", "name": case.title,
                "reference": ", ".join(case.numbers) or None, "body": url(f"/bodies/{slug(case.municipality)}"),
                "consultation": [consultation_obj(case, t) for t in case.treatments], "sagsgang:route": case.route,
                "web": web(f"/sag/{quote(key, safe='')}"),
                "modified": modified_of(data, [i.source.content_hash for i in case.items])}

    def organization_obj(data, muni: str, committee: str, ms: list[MeetingView]) -> dict:
        return {"id": org_id(muni, committee), "type": OPARL + "Organization", "name": committee,
                "body": url(f"/bodies/{slug(muni)}"), "meeting": [url(f"/meetings/{m.id}") for m in ms],
                "modified": modified_of(data, [h for m in ms for h in m.hashes])}

    def party_org_id(party) -> str:
        return url(f"/organizations/{slug(shown_municipality(party.municipality))}--parti-{slug(party.code)}")

    def membership_id(person, party) -> str:
        return url(f"/memberships/{person.id}-{party.id}")

    def membership_obj(data, person, party) -> dict:
        """OParl Membership: a person in a party, as the minutes print it (`Name (A)`)."""
        return {"id": membership_id(person, party), "type": OPARL + "Membership", "person": url(f"/people/{person.id}"),
                "organization": party_org_id(party), "role": "Medlem",
                "sagsgang:printedAs": [v for v in person.variants if party.code in v] or None}

    def party_obj(data, party) -> dict:
        """A party of a municipality as an OParl Organization (classification `Parti`)."""
        return {"id": party_org_id(party), "type": OPARL + "Organization", "name": party.name,
                "shortName": party.code, "classification": "Parti",
                "body": url(f"/bodies/{slug(shown_municipality(party.municipality))}"),
                "membership": [membership_id(data.catalog.people[m], party) for m in party.members
                               if m in data.catalog.people],
                "sagsgang:positions": [position_obj(r) for r in party.positions], "web": web(f"/parti/{party.id}")}

    def position_obj(r) -> dict:
        return {"stance": r.stance, "who": r.who, "agendaItem": url(f"/agendaItems/{r.item_id}"),
                "organization": r.committee, "date": r.date}

    def person_obj(data, person) -> dict:
        parties = data.catalog.parties_of_person(person)
        sources = {r.source for r in person.positions} | {m.source for m in person.attended + person.missed}
        hashes = data.catalog.hashes_of(sources)
        return {"id": url(f"/people/{person.id}"), "type": OPARL + "Person", "name": person.name,
                "body": url(f"/bodies/{slug(shown_municipality(person.municipality))}"),
                "membership": [membership_obj(data, person, p) for p in parties],
                "sagsgang:positions": [position_obj(r) for r in person.positions if r.item_id in data.catalog.items],
                "web": web(f"/person/{person.id}"), "modified": modified_of(data, hashes)}

    def tombstone_obj(t: dict) -> dict:
        """A deleted object under the URL id its live form had."""
        path = {OPARL + "Meeting": "meetings", OPARL + "AgendaItem": "agendaItems"}.get(t["type"])
        return {"id": url(f"/{path}/{t['id']}") if path else t["id"], "type": t["type"], "deleted": True,
                "modified": t["modified"]}

    def listing(request: Request, objects: list[dict], deleted_type: str | None = None,
                body: str | None = None) -> JSONResponse:
        """A page of `objects`; with modified_since only those changed since, plus the tombstones
        of `deleted_type` that belonged to `body` (a municipality name)."""
        data = load()
        raw_since = request.query_params.get("modified_since")
        if raw_since:
            since = parse_since(raw_since)
            if since is None:
                return JSONResponse({"error": "modified_since skal være et tidspunkt i ISO 8601, fx "
                                              "2026-12-01T04:00:00+01:00"}, status_code=400)
            gone = [t for t in getattr(data, "deleted", []) if t["type"] == deleted_type
                    and (t.get("municipality") or UNKNOWN) == body]
            objects = since_filter(objects, since) + since_filter([tombstone_obj(t) for t in gone], since)
        limit = checked_int("limit", request.query_params.get("limit"), 20, 1, MAX_LIMIT)
        page = checked_int("page", request.query_params.get("page"), 1, 1)
        total_pages = max(1, math.ceil(len(objects) / limit))
        chunk = objects[(page - 1) * limit: page * limit]

        def link(p: int) -> str:
            params = {k: v for k, v in request.query_params.items() if k != "page"}
            return str(request.url.replace(query=urlencode({**params, "page": p})))

        links = {"first": link(1), "last": link(total_pages)}
        if page > 1:
            links["prev"] = link(page - 1)
        if page < total_pages:
            links["next"] = link(page + 1)
        return JSONResponse({"data": chunk, "pagination": {"totalElements": len(objects), "elementsPerPage": limit,
                                                           "currentPage": page, "totalPages": total_pages},
                             "links": links})

    def not_found(what: str) -> JSONResponse:
        return JSONResponse({"error": f"{what} not found"}, status_code=404)

    def muni_name(data, body_id: str) -> str | None:
        return next((n for n in data.catalog.municipalities() if slug(n) == body_id), None)

    async def system(request: Request) -> JSONResponse:
        return JSONResponse({"id": url("/system"), "type": OPARL + "System", "oparlVersion": OPARL, "name": "sagsgang",
                             "body": url("/bodies"), "website": web("/"),
                             "otherOparlVersions": [], "license": "Offentlige dokumenter; se kilden for vilkår"})

    async def bodies(request: Request) -> JSONResponse:
        data = load()
        return listing(request, [body_obj(data, n) for n in data.catalog.municipalities()], OPARL + "Body")

    async def body(request: Request) -> JSONResponse:
        data = load()
        name = muni_name(data, request.path_params["body_id"])
        return JSONResponse(body_obj(data, name)) if name else not_found("body")

    async def body_organizations(request: Request) -> JSONResponse:
        data = load()
        name = muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        objs = [organization_obj(data, name, c, ms) for c, ms in data.catalog.organizations(name).items()]
        return listing(request, objs, OPARL + "Organization", name)

    async def body_meetings(request: Request) -> JSONResponse:
        data = load()
        name = muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        ms = [m for ms in data.catalog.committees(name).values() for m in ms]
        return listing(request, [meeting_obj(data, m) for m in sorted(ms, key=lambda m: m.date or "")],
                       OPARL + "Meeting", name)

    async def body_papers(request: Request) -> JSONResponse:
        data = load()
        name = muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        keys = data.catalog.case_keys(name)
        return listing(request, [paper_obj(data, k) for k in keys], OPARL + "Paper", name)

    async def body_people(request: Request) -> JSONResponse:
        data = load()
        name = muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        objs = [person_obj(data, p) for p in data.catalog.people_of(name)]
        return listing(request, objs, OPARL + "Person", name)

    async def organization(request: Request) -> JSONResponse:
        data = load()
        for muni in data.catalog.municipalities():  # a party's id starts with its municipality's
            if request.path_params["org_id"].startswith(f"{slug(muni)}--parti-"):
                for party in data.catalog.parties_of(muni, brief=True):
                    if party_org_id(party) == url(f"/organizations/{request.path_params['org_id']}"):
                        return JSONResponse(party_obj(data, data.catalog.parties[party.id]))
        for muni in data.catalog.municipalities():
            if not request.path_params["org_id"].startswith(f"{slug(muni)}--"):
                continue  # an organization id starts with its municipality's
            for c, ms in data.catalog.organizations(muni).items():
                if f"{slug(muni)}--{slug(c)}" == request.path_params["org_id"]:
                    return JSONResponse(organization_obj(data, muni, c, ms))
        return not_found("organization")

    async def person(request: Request) -> JSONResponse:
        data = load()
        p = data.catalog.people.get(request.path_params["person_id"])
        return JSONResponse(person_obj(data, p)) if p else not_found("person")

    async def membership(request: Request) -> JSONResponse:
        data = load()
        person_id, _, party_id = request.path_params["membership_id"].partition("-")
        p, party = data.catalog.people.get(person_id), data.catalog.parties.get(party_id)
        if not p or not party or p.id not in party.members:
            return not_found("membership")
        return JSONResponse(membership_obj(data, p, party))

    async def consultation(request: Request) -> JSONResponse:
        data = load()
        case = data.catalog.consultation_case(request.path_params["consultation_id"])
        for t in case.treatments if case else []:
            if consultation_id(case.key, t) == request.path_params["consultation_id"]:
                return JSONResponse(consultation_obj(case, t))
        return not_found("consultation")

    async def meeting(request: Request) -> JSONResponse:
        data = load()
        m = data.catalog.meetings.get(request.path_params["meeting_id"])
        return JSONResponse(meeting_obj(data, m)) if m else not_found("meeting")

    async def agenda_item(request: Request) -> JSONResponse:
        data = load()
        v = data.catalog.items.get(request.path_params["item_id"])
        return JSONResponse(agenda_item_obj(data, v)) if v else not_found("agendaItem")

    async def paper(request: Request) -> JSONResponse:
        data = load()
        key = data.catalog.paper_key(request.path_params["paper_id"])
        return JSONResponse(paper_obj(data, key)) if key else not_found("paper")

    async def file(request: Request) -> JSONResponse:
        data = load()
        item_id, _, index = request.path_params["file_id"].rpartition("-")
        v = data.catalog.items.get(item_id)
        files = files_of(data, v) if v and v.public else []
        if not v or not index.isdigit() or (int(index) >= len(v.attachments) and int(index) >= len(files)):
            return not_found("file")
        if int(index) < len(files):
            return JSONResponse(files[int(index)])
        return JSONResponse(file_obj(v, int(index), v.attachments[int(index)]))

    async def search(request: Request) -> JSONResponse:
        from .app import query_of, run_search, search_params

        data = load()
        query = query_of(request)
        if not query:
            raise BadParameter("q skal udfyldes med det, der søges efter")
        limit = checked_int("limit", request.query_params.get("limit"), 10, 1, MAX_LIMIT)
        offset = checked_int("offset", request.query_params.get("offset"), 0, 0, MAX_OFFSET)
        params = search_params(request)
        result = run_search(data, query, params, limit, offset)
        for r in result["results"]:
            hit_id, page = r.pop("id"), r.pop("url")
            if r.get("bilag"):  # a page of a bilag: its agenda item when linked, the stored file's page
                r["agendaItem"] = url(f"/agendaItems/{hit_id}") if hit_id else None
                r["bilag"] = dict(r["bilag"], url=web(r.pop("pdf")))
                r["sagsgang:note"] = r.pop("note")
                r["web"] = web(page)
            elif r.get("note"):  # text outside items: a hit on the document, not on an agenda item
                r["agendaItem"] = None
                r["web"] = web(page)
                r["sagsgang:note"] = r.pop("note")
            else:
                r["agendaItem"] = url(f"/agendaItems/{hit_id}")
        return JSONResponse({"query": query, **result})

    async def openapi(request: Request) -> JSONResponse:
        from .openapi import document

        return JSONResponse(document(url("")))

    return [
        Route("/", system), Route("/system", system), Route("/bodies", bodies), Route("/bodies/{body_id}", body),
        Route("/bodies/{body_id}/organizations", body_organizations),
        Route("/bodies/{body_id}/meetings", body_meetings),
        Route("/bodies/{body_id}/papers", body_papers), Route("/bodies/{body_id}/people", body_people),
        Route("/organizations/{org_id}", organization), Route("/meetings/{meeting_id}", meeting),
        Route("/agendaItems/{item_id}", agenda_item), Route("/papers/{paper_id}", paper),
        Route("/files/{file_id}", file), Route("/people/{person_id}", person),
        Route("/memberships/{membership_id}", membership),
        Route("/consultations/{consultation_id}", consultation),
        Route("/search", search), Route("/openapi.json", openapi),
    ]
