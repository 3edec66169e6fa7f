"""The OpenAPI 3.1 description of /api/v1 (validated in the tests with openapi-spec-validator)."""
from __future__ import annotations

from typing import Any

from ..params import MAX_LIMIT, MAX_OFFSET, MAX_QUERY


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": props, "required": required or ["id", "type"]}


S = {"type": "string"}
NS = {"type": ["string", "null"]}
URL = {"type": "string", "format": "uri-reference"}


def _list(ref: str) -> dict[str, Any]:
    return {"description": "A page of objects", "content": {"application/json": {"schema": _obj({
        "data": {"type": "array", "items": {"$ref": f"#/components/schemas/{ref}"}},
        "pagination": _obj({"totalElements": {"type": "integer"}, "elementsPerPage": {"type": "integer"},
                            "currentPage": {"type": "integer"}, "totalPages": {"type": "integer"}},
                           ["totalElements"]),
        "links": _obj({"first": URL, "prev": URL, "next": URL, "last": URL}, ["first"])}, ["data", "pagination"])}}}


def _one(ref: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{ref}"}
    return {"description": "One object", "content": {"application/json": {"schema": schema}}}


LIMIT = {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}}
PAGING = [
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    LIMIT,
    {"name": "modified_since", "in": "query", "schema": {"type": "string", "format": "date-time"},
     "description": "Only objects changed at or after this point in time (ISO 8601; no offset: Copenhagen "
                    "time; otherwise 400), with this body's deleted ones as {id, type, deleted: true}"},
]


BAD_REQUEST = {"description": "Invalid parameter: a JSON object whose `error` says in Danish which and why",
               "content": {"application/json": {"schema": {"type": "object", "properties": {"error": S},
                                                            "required": ["error"]}}}}


def _param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": S}


def document(base: str) -> dict[str, Any]:
    not_found = {"description": "Not found"}
    paths: dict[str, Any] = {
        "/system": {"get": {"summary": "The OParl system object", "operationId": "system",
                            "responses": {"200": _one("System")}}},
        "/bodies": {"get": {"summary": "Municipalities (OParl Body)", "operationId": "bodies", "parameters": PAGING,
                            "responses": {"200": _list("Body"), "400": BAD_REQUEST}}},
        "/bodies/{body_id}": {"get": {"summary": "One municipality", "operationId": "body",
                                      "parameters": [_param("body_id")],
                                      "responses": {"200": _one("Body"), "404": not_found}}},
    }
    for sub, ref in (("organizations", "Organization"), ("meetings", "Meeting"), ("papers", "Paper"),
                     ("people", "Person")):
        paths[f"/bodies/{{body_id}}/{sub}"] = {"get": {
            "summary": f"{ref} objects of a municipality", "operationId": f"body_{sub}",
            "parameters": [_param("body_id"), *PAGING],
            "responses": {"200": _list(ref), "400": BAD_REQUEST, "404": not_found}}}
    for path, name, ref in (("/organizations/{org_id}", "org_id", "Organization"),
                            ("/meetings/{meeting_id}", "meeting_id", "Meeting"),
                            ("/agendaItems/{item_id}", "item_id", "AgendaItem"),
                            ("/papers/{paper_id}", "paper_id", "Paper"), ("/files/{file_id}", "file_id", "File"),
                            ("/consultations/{consultation_id}", "consultation_id", "Consultation"),
                            ("/people/{person_id}", "person_id", "Person"),
                            ("/memberships/{membership_id}", "membership_id", "Membership")):
        paths[path] = {"get": {"summary": f"One {ref}", "operationId": ref[0].lower() + ref[1:],
                               "parameters": [_param(name)], "responses": {"200": _one(ref), "404": not_found}}}
    paths["/search"] = {"get": {
        "summary": "Danish full-text search over agenda items and document text outside items",
        "description": "Every word of a stored document is searchable. A hit on text the parser did not place "
                       "in an agenda item (a meeting header, a page whose items were not found) is a hit on the "
                       "document: `unit` is `document`, `agendaItem` is null, `web` links the document page, "
                       "`page` is its PDF page when known and `sagsgang:note` reads \"ikke opdelt i punkter\". "
                       "Item hits have `unit` `item`. Closed items are found by title and number only.",
        "operationId": "search",
        "parameters": [{"name": "q", "in": "query", "required": True,
                        # something to search for: blanks alone are answered 400, and Python counts the
                        # separators U+001C-U+001F and U+0085 as blanks where JSON Schema's \\S does not
                        "schema": {"type": "string", "minLength": 1, "maxLength": MAX_QUERY,
                                   "pattern": "[^\\s\\u001c-\\u001f\\u0085]"}},
                       {"name": "municipality", "in": "query", "schema": S},
                       {"name": "committee", "in": "query", "schema": S},
                       {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}},
                       {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"}},
                       {"name": "year", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{4}$"}},
                       LIMIT,
                       {"name": "offset", "in": "query",
                        "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}}],
        "responses": {"200": {"description": "Results with facets", "content": {"application/json": {
            "schema": _obj({"query": S, "total": {"type": "integer"}, "results": {"type": "array", "items": _obj(
                {"agendaItem": NS, "title": S, "public": {"type": "boolean"}, "snippet": S,
                 "unit": {"type": "string", "enum": ["item", "document", "bilag"]},
                 "page": {"type": ["integer", "null"]}, "bilag": {"type": "object"},
                 "web": URL, "sagsgang:note": S}, ["agendaItem", "unit"])},
                "facets": {"type": "object"}}, ["query", "total", "results", "facets"])}}},
            "400": BAD_REQUEST}}}
    paths["/openapi.json"] = {"get": {"summary": "This document", "operationId": "openapi",
                                      "responses": {"200": {"description": "OpenAPI 3.1"}}}}
    base_props = {"id": URL, "type": S, "modified": NS, "deleted": {"type": "boolean"}, "web": URL}
    schemas = {
        "System": _obj({**base_props, "oparlVersion": S, "name": S, "body": URL}),
        "Body": _obj({**base_props, "name": S, "shortName": S, "organization": URL, "meeting": URL, "paper": URL}),
        "Organization": _obj({**base_props, "name": S, "body": URL, "meeting": {"type": "array", "items": URL}}),
        "Meeting": _obj({**base_props, "name": S, "start": NS, "location": {"type": ["object", "null"]},
                         "organization": {"type": "array", "items": URL},
                         "agendaItem": {"type": "array", "items": {"$ref": "#/components/schemas/AgendaItem"}}}),
        "AgendaItem": _obj({**base_props, "number": NS, "name": S, "public": {"type": "boolean"},
                            "meeting": {"type": ["string", "null"]}, "resolutionText": NS,
                            "auxiliaryFile": {"type": "array", "items": {"$ref": "#/components/schemas/File"}}}),
        "Paper": _obj({**base_props, "name": S, "reference": NS, "body": URL,
                       "consultation": {"type": "array", "items": {"$ref": "#/components/schemas/Consultation"}}}),
        "Consultation": _obj({**base_props, "paper": URL, "organization": {"type": "array", "items": URL}, "role": S,
                              "authoritative": {"type": "boolean"}}),
        "File": _obj({**base_props, "name": S, "agendaItem": {"type": "array", "items": URL}}),
        "Person": _obj({**base_props, "name": S, "body": URL,
                        "membership": {"type": "array", "items": {"$ref": "#/components/schemas/Membership"}}}),
        "Membership": _obj({**base_props, "person": URL, "organization": URL, "role": S}),
    }
    return {"openapi": "3.1.0",
            "info": {"title": "sagsgang API", "version": "1.0.0",
                     "description": "Danish council documents as OParl 1.1-shaped objects. Closed items (lukket punkt) "
                                    "carry name and number only."},
            "servers": [{"url": base or "/api/v1"}], "paths": paths, "components": {"schemas": schemas}}
