"""The ASGI app: HTML pages in Danish, feeds and the JSON API, all read through the Catalog.

Starlette + Jinja2: small, maintained, server-rendered (usable without JavaScript), and Jinja2's
autoescape makes a document containing <script> render inert.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..link.report import theme_counts, theme_csv, theme_rows
from ..link.status import case_status
from ..model import UNSPLIT_LABEL
from ..names import count, danish_date
from ..params import MAX_LIMIT, MAX_OFFSET, BadParameter, checked_date, checked_int, checked_query, checked_year
from ..privacy import mask_cpr_marked
from . import api
from .catalog import Catalog, mask_cpr, shown_municipality
from .feeds import case_feed, committee_feed, fallback_time, positions_feed, search_feed
from .http import conditional
from .middleware import SiteMiddleware, origin
from .paging import newest_first, pages_of

HERE = Path(__file__).parent

SearchFn = Callable[..., dict[str, Any]]


@dataclass
class Data:
    """One consistent view of the data: the catalog and the search over the same version."""

    catalog: Catalog
    search: SearchFn
    last_ingest: str | None = None
    modified: dict[str, str] = field(default_factory=dict)  # content hash -> when its records last changed
    deleted: list[dict] = field(default_factory=list)  # tombstones of replaced objects, for modified_since
    bilag: list[dict] = field(default_factory=list)  # stored bilag files and their links (store.bilag_list)
    bilag_file: Callable[[int], tuple[bytes, str] | None] | None = None  # a stored bilag's bytes, if showable

    def bilag_of(self, view: Any) -> list[dict]:
        """The stored bilag files linked to an item view (its document's origin and number)."""
        origin = view.document.origin or view.document.source
        return [b for b in self.bilag if b["item_origin"] == origin and b["item_number"] == view.number
                and b["item_title"] == view.title]


_MARK = re.compile(r"(</?mark>)")


def _snippet(text: str) -> Markup:
    """A search snippet as HTML: the engine's <mark> tags kept, everything else escaped (text the
    engine escaped already is unescaped first, so it is escaped exactly once)."""
    parts = _MARK.split(text or "")
    return Markup("".join(p if _MARK.fullmatch(p) else html.escape(html.unescape(p)) for p in parts))


def _finalize(value: Any) -> Any:
    """Applied by Jinja to every value a template prints: CPR numbers are masked in all of them, so
    no page can forget (the store masks on entry; this also covers anything built without it)."""
    if isinstance(value, Markup):  # a snippet: highlighting may split a number
        return Markup(mask_cpr_marked(str(value)))
    if isinstance(value, str):
        return mask_cpr(value)
    return value


def query_of(request: Request) -> str:
    """The `q` parameter as searched and shown: trimmed, CPR numbers masked; over MAX_QUERY
    characters is a BadParameter (a cut query answered another question)."""
    return mask_cpr(checked_query(request.query_params.get("q")))


FILTER_LABELS = {"municipality": "Kommune", "committee": "Udvalg", "year": "År", "from": "Fra", "to": "Til",
                 "bilag": "Bilag"}
# a filter whose value is a keyword shows it as the facet list words it ('only' -> 'Kun i bilag'), not the keyword
FILTER_VALUES = {"bilag": {"include": "Punkter og bilag", "only": "Kun i bilag", "exclude": "Uden bilag"}}


def search_params(request: Request) -> dict[str, str]:
    """The search filters given, checked: a date or year that is none is a BadParameter, not 'no hits'."""
    q = request.query_params
    params = {"municipality": q.get("municipality"), "committee": q.get("committee"),
              "from": checked_date("from", q.get("from")), "to": checked_date("to", q.get("to")),
              "year": checked_year(q.get("year")), "bilag": q.get("bilag")}
    if params["bilag"] not in (None, "", "include", "exclude", "only"):
        raise BadParameter("bilag skal være include, exclude eller only")
    return {k: v for k, v in params.items() if v}


_MESSAGE = ('{% extends "base.html" %}{% block title %}{{ title }}{% endblock %}'
            '{% block content %}<h1>{{ title }}</h1><p>{{ text }}</p>{% endblock %}')


def message(request: Request, status: int, title: str, text: str) -> Response:
    """An error answer in Danish: JSON `{"error"}` under /api/, a page (with its own title) elsewhere."""
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": text}, status_code=status)
    return HTMLResponse(_env().from_string(_MESSAGE).render(title=title, text=text), status_code=status)


def bad_parameter(request: Request, exc: Exception) -> Response:
    """HTTP 400 with the Danish message of the BadParameter."""
    return message(request, 400, "Ugyldig forespørgsel", str(exc))


def unknown_route(request: Request, exc: Exception) -> Response:
    """A path no route answers: 404 in Danish (Starlette's default is English plain text)."""
    return message(request, 404, "Ikke fundet", "Siden findes ikke.")


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                      finalize=_finalize)
    env.filters["snippet"] = _snippet
    env.filters["dato"] = danish_date
    env.filters["own_sections"] = own_sections
    env.globals["antal"] = count
    env.globals["bilag_words"] = FILTER_VALUES["bilag"]  # the bilag facet's words, as its filter chip shows them
    # one path segment, percent-encoded: case keys hold '/' and '|', committee names '/' and spaces
    env.filters["keyurl"] = env.filters["segment"] = lambda key: quote(key or "", safe="")
    return env


_SHOWN_APART = re.compile(r"^(?:beslutning|sagsforløb|sagens forløb|tidligere beslutning|bilag)", re.IGNORECASE)


def own_sections(item: Any) -> list[tuple[str, str]]:
    """The item's sections less those the page shows in their own blocks: the decisions (and the case
    history they come from) when it has decisions, the bilag list when it has bilag. Printed once,
    not twice (issue 15, defect 13)."""
    out = []
    for heading, text in item.sections:
        kind = _SHOWN_APART.match(heading or "")
        if kind and (item.attachments if kind.group(0).lower() == "bilag" else item.decisions):
            continue
        out.append((heading, text))
    return out


def run_search(data: Data, query: str, params: dict[str, str], limit: int, offset: int) -> dict[str, Any]:
    """Search, then resolve every hit to its catalog item (and so to the visibility rule)."""
    result = data.search(query, municipality=params.get("municipality"), committee=params.get("committee"),
                         date_from=params.get("from") or None, date_to=params.get("to") or None,
                         year=params.get("year"), limit=limit, offset=offset, origin=True,
                         **({"bilag": params["bilag"]} if params.get("bilag") else {}))
    rows = result.get("results", [])
    origins = [r.pop("origin", None) or r["source"] for r in rows]
    # every hit's item or document, looked up for the whole page at once (one query each)
    wanted = [i for i, r in enumerate(rows) if r.get("unit") != "document" and (not r.get("bilag")
                                                                                or r["bilag"]["linked"])]
    found = dict(zip(wanted, data.catalog.item_ids(
        [(origins[i], rows[i].get("item_number"), rows[i].get("title")) for i in wanted]), strict=True))
    units = [i for i, r in enumerate(rows) if r.get("unit") == "document" and not r.get("bilag")]
    documents = dict(zip(units, data.catalog.document_ids([origins[i] for i in units]), strict=True))
    hits = []
    for i, r in enumerate(rows):
        hit = dict(r)
        view = found.get(i)  # (id, public)
        if r.get("bilag"):  # a page of a bilag: linked to its item's page when linked, else the PDF page
            b = r["bilag"]
            if view is not None and not view[1]:
                continue  # a closed item's bilag is never shown (nor indexed)
            url = f"/punkt/{view[0]}#bilag-{b['id']}-side-{b['page']}" if view else b["url"]
            hits.append(dict(hit, id=view[0] if view else None, url=url,
                             note=b["label"] + (" (OCR-læst tekst)" if b["ocr"] else ""), pdf=b["url"]))
            continue
        if r.get("unit") == "document":  # text outside items: a hit on the document, marked as such
            doc_id = documents.get(i)
            if doc_id is not None:
                hits.append(dict(hit, id=doc_id, url=f"/dokument/{doc_id}", note=UNSPLIT_LABEL))
            continue
        if view is None:
            continue
        hit.update(id=view[0], public=view[1], url=f"/punkt/{view[0]}")
        if not view[1]:
            hit["snippet"] = ""  # title and number only
        hits.append(hit)
    return {**result, "results": hits}


@dataclass
class SearchLinks:
    """The links of a search page: a facet added, a filter removed, another page of hits; each
    keeps the query and the other filters in force."""

    query: str
    params: dict[str, str]
    limit: int

    def facet_url(self, facet: str, value: str) -> str:
        return "/?" + urlencode({"q": self.query, **self.params, facet: value})

    def without(self, facet: str) -> str:
        return "/?" + urlencode({"q": self.query, **{k: v for k, v in self.params.items() if k != facet}})

    def page_url(self, new_offset: int) -> str:
        return "/?" + urlencode({"q": self.query, **self.params, "offset": max(0, new_offset), "limit": self.limit})


def page_number(request: Request) -> int:
    """The `side` (page) asked of a paged list on an HTML page."""
    return checked_int("side", request.query_params.get("side"), 1, 1, MAX_OFFSET)


def limits(request: Request) -> tuple[int, int]:
    """`limit` and `offset` of a search page, checked."""
    q = request.query_params
    return (checked_int("limit", q.get("limit"), 20, 1, MAX_LIMIT),
            checked_int("offset", q.get("offset"), 0, 0, MAX_OFFSET))


def theme_rows_of(data: Data, request: Request) -> tuple[str, list]:
    """The theme report's query and rows: the cases of the items a search for `q` finds."""
    query = query_of(request)
    if not query:
        return "", []
    result = run_search(data, query, {}, MAX_LIMIT, 0)
    keys = {data.catalog.items[h["id"]].case_key for h in result["results"] if h["id"] in data.catalog.items}
    cases = [data.catalog.cases[k] for k in sorted(k for k in keys if k)]
    return query, theme_rows(cases, query)


class Pages:
    """The HTML pages in Danish over `load()` (the current Data, read per request): each finds what
    it shows (a Danish 404 page when there is none) and renders its template."""

    def __init__(self, load: Callable[[], Data], env: Environment) -> None:
        self.load, self.env = load, env

    def page(self, name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(name).render(**ctx))

    def not_found(self, what: str) -> HTMLResponse:
        return HTMLResponse(self.env.from_string(_MESSAGE).render(title="Ikke fundet", text=f"{what} findes ikke."),
                            status_code=404)

    async def search_page(self, request: Request) -> Response:
        data = self.load()
        query = query_of(request)
        params = search_params(request)
        limit, offset = limits(request)
        if not query:
            return self.page("search.html", query="", municipality_count=len(data.catalog.known_municipalities()))
        result = run_search(data, query, params, limit, offset)
        links = SearchLinks(query, params, limit)
        # the filters in force, each removable on its own (issue 15, defect 7)
        active = [(FILTER_LABELS[k], FILTER_VALUES.get(k, {}).get(v, v), links.without(k)) for k, v in params.items()]
        return self.page("search.html", query=query, result=result, filters=params, offset=offset, limit=limit,
                         facet_url=links.facet_url, page_url=links.page_url, without=links.without, active=active)

    async def item_page(self, request: Request) -> Response:
        data = self.load()
        catalog = data.catalog
        view = catalog.items.get(request.path_params["item_id"])
        if not view:
            return self.not_found("Punktet")
        return self.page("item.html", item=view, who_page=lambda who: catalog.who_page(view.document, who),
                         files=data.bilag_of(view) if view.public else [])

    async def bilag_pdf(self, request: Request) -> Response:
        """A stored bilag file, for a hit's link to its page (#page=P): only stored bilag, never a
        closed item's."""
        data = self.load()
        found = data.bilag_file(request.path_params["bilag_id"]) if data.bilag_file else None
        if found is None:
            return self.not_found("Bilaget")
        content, name = found
        safe = re.sub(r'[^\w.-]+', "_", name, flags=re.ASCII) or "bilag.pdf"
        return Response(content, media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{safe}"'})

    async def person_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        person = catalog.people.get(request.path_params["person_id"])
        if not person:
            return self.not_found("Personen")
        parties = catalog.parties_of_person(person)
        side = page_number(request)
        lists = {k: newest_first(getattr(person, k), side) for k in ("positions", "attended", "missed")}
        return self.page("person.html", person=person, parties=parties, shown=shown_municipality(person.municipality),
                         meetings=catalog.meetings, items=catalog.items, pager=pages_of(*lists.values()), **lists)

    async def party_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        party = catalog.parties.get(request.path_params["party_id"])
        if not party:
            return self.not_found("Partiet")
        members = [catalog.people[m] for m in party.members if m in catalog.people]
        return self.page("party.html", party=party, members=members, shown=shown_municipality(party.municipality),
                         items=catalog.items, positions=newest_first(party.positions, page_number(request)))

    async def document_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        dv = catalog.document_views.get(request.path_params["document_id"])
        if not dv:
            return self.not_found("Dokumentet")
        return self.page("document.html", doc=dv, meeting=catalog.meetings.get(dv.meeting_id or ""),
                         items=catalog.items_of_document(dv))

    async def case_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        key = request.path_params["key"]
        case = catalog.cases.get(key)
        if not case and "|" not in key:
            return self.bare_case_number(catalog, key)
        if not case:
            return self.not_found("Sagen")
        return self.page("case.html", case=case, status=case_status(case), items=catalog.case_items(case.key))

    def bare_case_number(self, catalog: Catalog, number: str) -> Response:
        """A bare case number ('/sag/22/8164'): its case, or a choice where municipalities share it."""
        found = catalog.cases_numbered(number)
        if len(found) == 1:
            return RedirectResponse(f"/sag/{quote(found[0].key, safe='')}", status_code=303)
        if found:
            return self.page("cases_numbered.html", number=number, cases=found)
        return self.not_found("Sagen")

    async def meeting_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        meeting = catalog.meetings.get(request.path_params["meeting_id"])
        if not meeting:
            return self.not_found("Mødet")
        return self.page("meeting.html", meeting=meeting, items=catalog.items_of_meeting(meeting.id))

    async def municipalities_page(self, request: Request) -> Response:
        return self.page("municipalities.html", municipalities=self.load().catalog.municipalities())

    async def municipality_page(self, request: Request) -> Response:
        data = self.load()
        name = request.path_params["name"]
        if name not in data.catalog.municipalities():
            return self.not_found("Kommunen")
        return self.page("municipality.html", coverage=data.catalog.coverage(name), last_ingest=data.last_ingest,
                         people=data.catalog.people_of(name, brief=True),
                         parties=data.catalog.parties_of(name, brief=True))

    async def committee_page(self, request: Request) -> Response:
        catalog = self.load().catalog
        muni, name = request.path_params["municipality"], request.path_params["committee"]
        meetings = catalog.committees(muni).get(name)
        if meetings is None:
            return self.not_found("Udvalget")
        return self.page("committee.html", municipality=muni, committee=name, meetings=meetings)

    async def theme_page(self, request: Request) -> Response:
        query, rows = theme_rows_of(self.load(), request)
        return self.page("theme.html", query=query, rows=rows, counts=theme_counts(rows))

    async def theme_csv_download(self, request: Request) -> Response:
        query, rows = theme_rows_of(self.load(), request)
        name = re.sub(r"[^\w-]+", "_", query, flags=re.ASCII) or "tema"
        return Response(theme_csv(rows).encode("utf-8"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="sagsgang-{name}.csv"'})


class Feeds:
    """The Atom feeds over `load()`: each with ETag and Last-Modified (a polling reader that has it
    gets 304); a missing case, committee, person or party is a plain 404."""

    def __init__(self, load: Callable[[], Data], base_url: str) -> None:
        self.load, self.base_url = load, base_url

    def atom(self, request: Request, data: Data, build: Callable[[str, str], bytes]) -> Response:
        """A feed with ETag and Last-Modified, answered 304 when a polling reader already has it."""
        body = build(origin(self.base_url), fallback_time(data.last_ingest))
        return conditional(request, body, "application/atom+xml", data.last_ingest)

    async def case_atom(self, request: Request) -> Response:
        data = self.load()
        case = data.catalog.cases.get(request.path_params["key"])
        if not case:
            return PlainTextResponse("Sagen findes ikke", status_code=404)
        return self.atom(request, data, lambda base, undated: case_feed(data.catalog, case, base, undated))

    async def committee_atom(self, request: Request) -> Response:
        data = self.load()
        muni, name = request.path_params["municipality"], request.path_params["committee"]
        if name not in data.catalog.committees(muni):
            return PlainTextResponse("Udvalget findes ikke", status_code=404)
        return self.atom(request, data,
                         lambda base, undated: committee_feed(data.catalog, muni, name, base, undated))

    def positions_atom(self, kind: str, objects: str, key: str, missing: str):
        """The Atom feed of a person's or a party's positions (one handler for both)."""
        async def handler(request: Request) -> Response:
            data = self.load()
            found = getattr(data.catalog, objects).get(request.path_params[key])
            if not found:
                return PlainTextResponse(missing, status_code=404)
            return self.atom(request, data,
                             lambda base, undated: positions_feed(data.catalog, kind, found, base, undated))
        return handler

    async def search_atom(self, request: Request) -> Response:
        data = self.load()
        query = query_of(request)
        result = run_search(data, query, {}, 50, 0) if query else {"results": []}
        return self.atom(request, data, lambda base, undated: search_feed(query, result["results"], base, undated))


def create_app(load: Callable[[], Data], base_url: str = "") -> Starlette:
    """`load` returns the current Data; it is called per request so a running ingest shows up
    as soon as a document is committed (never half-way: the store commits per document)."""
    pages, feeds = Pages(load, _env()), Feeds(load, base_url)
    api_routes = api.routes(load, base_url)
    api_root = next(r.endpoint for r in api_routes if r.path == "/")

    routes = [
        Route("/", pages.search_page),
        Route("/punkt/{item_id}", pages.item_page),
        Route("/dokument/{document_id}", pages.document_page),
        Route("/bilag/{bilag_id:int}.pdf", pages.bilag_pdf),
        Route("/person/{person_id}", pages.person_page),
        Route("/parti/{party_id}", pages.party_page),
        Route("/sag/{key:path}", pages.case_page),
        Route("/moede/{meeting_id}", pages.meeting_page),
        Route("/kommuner", pages.municipalities_page),
        Route("/kommune/{name}", pages.municipality_page),
        Route("/udvalg/{municipality}/{committee:path}", pages.committee_page),  # 'Plan/Miljø-udvalget' holds a '/'
        Route("/tema", pages.theme_page),
        Route("/tema.csv", pages.theme_csv_download),
        Route("/feeds/sag/{key:path}.atom", feeds.case_atom),
        Route("/feeds/udvalg/{municipality}/{committee:path}.atom", feeds.committee_atom),
        Route("/feeds/search.atom", feeds.search_atom),
        Route("/feeds/person/{person_id}.atom",
              feeds.positions_atom("person", "people", "person_id", "Personen findes ikke")),
        Route("/feeds/parti/{party_id}.atom",
              feeds.positions_atom("parti", "parties", "party_id", "Partiet findes ikke")),
        Route("/api/v1", api_root),  # the Mount below only answers /api/v1/...; OParl clients start here
        Mount("/api/v1", routes=api_routes),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return Starlette(routes=routes, middleware=[Middleware(SiteMiddleware)],
                     exception_handlers={BadParameter: bad_parameter, 404: unknown_route})
