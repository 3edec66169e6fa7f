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
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..params import MAX_LIMIT, MAX_OFFSET, BadParameter, checked_int
from .catalog import UNKNOWN, slug
from .oparl_objects import OPARL, OParlObjects
from .since import parse_since, since_filter


def not_found(what: str) -> JSONResponse:
    return JSONResponse({"error": f"{what} not found"}, status_code=404)


def page_links(request: Request, page: int, total_pages: int) -> dict[str, str]:
    """first/last (and prev/next where they exist): this request's URL with another `page`."""
    def link(p: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "page"}
        return str(request.url.replace(query=urlencode({**params, "page": p})))

    links = {"first": link(1), "last": link(total_pages)}
    if page > 1:
        links["prev"] = link(page - 1)
    if page < total_pages:
        links["next"] = link(page + 1)
    return links


def paged(request: Request, objects: list[dict]) -> JSONResponse:
    """The `page` of `objects` the request asks for (`limit` per page) with its pagination and links."""
    limit = checked_int("limit", request.query_params.get("limit"), 20, 1, MAX_LIMIT)
    page = checked_int("page", request.query_params.get("page"), 1, 1)
    total_pages = max(1, math.ceil(len(objects) / limit))
    chunk = objects[(page - 1) * limit: page * limit]
    return JSONResponse({"data": chunk, "pagination": {"totalElements": len(objects), "elementsPerPage": limit,
                                                       "currentPage": page, "totalPages": total_pages},
                         "links": page_links(request, page, total_pages)})


class Api:
    """The handlers of /api/v1 over `load()` (the current Data, read per request): each finds its
    object (404 when there is none) and answers it, or a page of a list, as OParl JSON."""

    def __init__(self, load: Callable[[], Any], base_url: str) -> None:
        self.load = load
        self.objects = OParlObjects(base_url)
        self.url, self.web = self.objects.url, self.objects.web

    def listing(self, request: Request, objects: list[dict], deleted_type: str | None = None,
                body: str | None = None) -> JSONResponse:
        """A page of `objects`; with modified_since only those changed since, plus the tombstones
        of `deleted_type` that belonged to `body` (a municipality name)."""
        data = self.load()
        raw_since = request.query_params.get("modified_since")
        if raw_since:
            since = parse_since(raw_since)
            if since is None:
                return JSONResponse({"error": "modified_since skal være et tidspunkt i ISO 8601, fx "
                                              "2026-12-01T04:00:00+01:00"}, status_code=400)
            gone = [t for t in getattr(data, "deleted", []) if t["type"] == deleted_type
                    and (t.get("municipality") or UNKNOWN) == body]
            objects = since_filter(objects, since) + since_filter([self.objects.tombstone(t) for t in gone], since)
        return paged(request, objects)

    @staticmethod
    def muni_name(data, body_id: str) -> str | None:
        return next((n for n in data.catalog.municipalities() if slug(n) == body_id), None)

    async def system(self, request: Request) -> JSONResponse:
        url = self.url
        return JSONResponse({"id": url("/system"), "type": OPARL + "System", "oparlVersion": OPARL, "name": "sagsgang",
                             "body": url("/bodies"), "website": self.web("/"),
                             "otherOparlVersions": [], "license": "Offentlige dokumenter; se kilden for vilkår"})

    async def bodies(self, request: Request) -> JSONResponse:
        data = self.load()
        return self.listing(request, [self.objects.body(data, n) for n in data.catalog.municipalities()],
                            OPARL + "Body")

    async def body(self, request: Request) -> JSONResponse:
        data = self.load()
        name = self.muni_name(data, request.path_params["body_id"])
        return JSONResponse(self.objects.body(data, name)) if name else not_found("body")

    async def body_organizations(self, request: Request) -> JSONResponse:
        data = self.load()
        name = self.muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        objs = [self.objects.organization(data, name, c, ms) for c, ms in data.catalog.organizations(name).items()]
        return self.listing(request, objs, OPARL + "Organization", name)

    async def body_meetings(self, request: Request) -> JSONResponse:
        data = self.load()
        name = self.muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        ms = [m for ms in data.catalog.committees(name).values() for m in ms]
        return self.listing(request, [self.objects.meeting(data, m) for m in sorted(ms, key=lambda m: m.date or "")],
                            OPARL + "Meeting", name)

    async def body_papers(self, request: Request) -> JSONResponse:
        data = self.load()
        name = self.muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        keys = data.catalog.case_keys(name)
        return self.listing(request, [self.objects.paper(data, k) for k in keys], OPARL + "Paper", name)

    async def body_people(self, request: Request) -> JSONResponse:
        data = self.load()
        name = self.muni_name(data, request.path_params["body_id"])
        if not name:
            return not_found("body")
        objs = [self.objects.person(data, p) for p in data.catalog.people_of(name)]
        return self.listing(request, objs, OPARL + "Person", name)

    def party_organization(self, data, org_id: str) -> dict | None:
        """The party whose organization id this is; a party's id starts with its municipality's."""
        for muni in data.catalog.municipalities():
            if org_id.startswith(f"{slug(muni)}--parti-"):
                for party in data.catalog.parties_of(muni, brief=True):
                    if self.objects.party_org_id(party) == self.url(f"/organizations/{org_id}"):
                        return self.objects.party(data, data.catalog.parties[party.id])
        return None

    def committee_organization(self, data, org_id: str) -> dict | None:
        """The committee whose organization id this is (`municipality--committee`)."""
        for muni in data.catalog.municipalities():
            if not org_id.startswith(f"{slug(muni)}--"):
                continue  # an organization id starts with its municipality's
            for c, ms in data.catalog.organizations(muni).items():
                if f"{slug(muni)}--{slug(c)}" == org_id:
                    return self.objects.organization(data, muni, c, ms)
        return None

    async def organization(self, request: Request) -> JSONResponse:
        data = self.load()
        org_id = request.path_params["org_id"]
        found = self.party_organization(data, org_id) or self.committee_organization(data, org_id)
        return JSONResponse(found) if found else not_found("organization")

    async def person(self, request: Request) -> JSONResponse:
        data = self.load()
        p = data.catalog.people.get(request.path_params["person_id"])
        return JSONResponse(self.objects.person(data, p)) if p else not_found("person")

    async def membership(self, request: Request) -> JSONResponse:
        data = self.load()
        person_id, _, party_id = request.path_params["membership_id"].partition("-")
        p, party = data.catalog.people.get(person_id), data.catalog.parties.get(party_id)
        if not p or not party or p.id not in party.members:
            return not_found("membership")
        return JSONResponse(self.objects.membership(p, party))

    async def consultation(self, request: Request) -> JSONResponse:
        data = self.load()
        case = data.catalog.consultation_case(request.path_params["consultation_id"])
        for t in case.treatments if case else []:
            if self.objects.consultation_id(case.key, t) == request.path_params["consultation_id"]:
                return JSONResponse(self.objects.consultation(case, t))
        return not_found("consultation")

    async def meeting(self, request: Request) -> JSONResponse:
        data = self.load()
        m = data.catalog.meetings.get(request.path_params["meeting_id"])
        return JSONResponse(self.objects.meeting(data, m)) if m else not_found("meeting")

    async def agenda_item(self, request: Request) -> JSONResponse:
        data = self.load()
        v = data.catalog.items.get(request.path_params["item_id"])
        return JSONResponse(self.objects.agenda_item(data, v)) if v else not_found("agendaItem")

    async def paper(self, request: Request) -> JSONResponse:
        data = self.load()
        key = data.catalog.paper_key(request.path_params["paper_id"])
        return JSONResponse(self.objects.paper(data, key)) if key else not_found("paper")

    async def file(self, request: Request) -> JSONResponse:
        data = self.load()
        item_id, _, index = request.path_params["file_id"].rpartition("-")
        v = data.catalog.items.get(item_id)
        files = self.objects.files_of(data, v) if v and v.public else []
        if not v or not index.isdigit() or (int(index) >= len(v.attachments) and int(index) >= len(files)):
            return not_found("file")
        if int(index) < len(files):
            return JSONResponse(files[int(index)])
        return JSONResponse(self.objects.file(v, int(index), v.attachments[int(index)]))

    def hit_links(self, r: dict) -> None:
        """A search hit's links made absolute API/site URLs, in place: a bilag page links its item
        (when linked) and the stored file, text outside items the document, else the agenda item."""
        hit_id, page = r.pop("id"), r.pop("url")
        if r.get("bilag"):  # a page of a bilag: its agenda item when linked, the stored file's page
            r["agendaItem"] = self.url(f"/agendaItems/{hit_id}") if hit_id else None
            r["bilag"] = dict(r["bilag"], url=self.web(r.pop("pdf")))
            r["sagsgang:note"] = r.pop("note")
            r["web"] = self.web(page)
        elif r.get("note"):  # text outside items: a hit on the document, not on an agenda item
            r["agendaItem"] = None
            r["web"] = self.web(page)
            r["sagsgang:note"] = r.pop("note")
        else:
            r["agendaItem"] = self.url(f"/agendaItems/{hit_id}")

    async def search(self, request: Request) -> JSONResponse:
        from .app import query_of, run_search, search_params

        data = self.load()
        query = query_of(request)
        if not query:
            raise BadParameter("q skal udfyldes med det, der søges efter")
        limit = checked_int("limit", request.query_params.get("limit"), 10, 1, MAX_LIMIT)
        offset = checked_int("offset", request.query_params.get("offset"), 0, 0, MAX_OFFSET)
        params = search_params(request)
        result = run_search(data, query, params, limit, offset)
        for r in result["results"]:
            self.hit_links(r)
        return JSONResponse({"query": query, **result})

    async def openapi(self, request: Request) -> JSONResponse:
        from .openapi import document

        return JSONResponse(document(self.url("")))


def routes(load: Callable[[], Any], base_url: str) -> list[Route]:
    """The routes of /api/v1 (mounted there by app.py)."""
    a = Api(load, base_url)
    return [
        Route("/", a.system), Route("/system", a.system), Route("/bodies", a.bodies),
        Route("/bodies/{body_id}", a.body),
        Route("/bodies/{body_id}/organizations", a.body_organizations),
        Route("/bodies/{body_id}/meetings", a.body_meetings),
        Route("/bodies/{body_id}/papers", a.body_papers), Route("/bodies/{body_id}/people", a.body_people),
        Route("/organizations/{org_id}", a.organization), Route("/meetings/{meeting_id}", a.meeting),
        Route("/agendaItems/{item_id}", a.agenda_item), Route("/papers/{paper_id}", a.paper),
        Route("/files/{file_id}", a.file), Route("/people/{person_id}", a.person),
        Route("/memberships/{membership_id}", a.membership),
        Route("/consultations/{consultation_id}", a.consultation),
        Route("/search", a.search), Route("/openapi.json", a.openapi),
    ]
