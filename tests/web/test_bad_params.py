"""Bad parameters are refused, never answered as if they were another question: HTTP 400 with a
Danish message (JSON under /api/v1) on the web, exit status 2 on the command line; the OpenAPI
document declares the limits and the 400s."""
from __future__ import annotations

import pytest

from ..site import cli, client

BAD = [("from", "garbage"), ("to", "2025-02-30"), ("year", "abc"), ("limit", "0"), ("limit", "1000"),
       ("offset", "-1"), ("offset", "9944163558643"), ("q", "x" * 501)]


@pytest.mark.parametrize(("name", "value"), BAD)
def test_bad_search_parameters_are_400(demo_db, name, value):
    params = {"q": "budget", name: value}
    with client(demo_db) as web:
        page = web.get("/", params=params)
        api = web.get("/api/v1/search", params=params)
    assert page.status_code == 400 and "Ugyldig forespørgsel" in page.text and name in page.text
    assert api.status_code == 400 and api.headers["content-type"].startswith("application/json")
    error = api.json()["error"]
    assert error.startswith(name + " ") and (" skal " in error or " må højst " in error)  # Danish, names it


@pytest.mark.parametrize("query", ["page=0", "page=-5", "page=x", "limit=0", "limit=1000"])
def test_bad_list_parameters_are_400(demo_db, query):
    with client(demo_db) as web:
        r = web.get(f"/api/v1/bodies?{query}")
    assert r.status_code == 400 and r.json()["error"].startswith(query.split("=")[0] + " skal være et helt tal")


def test_good_parameters_still_answer(demo_db):
    with client(demo_db) as web:
        assert web.get("/", params={"q": "budget", "from": "2024-02-29", "year": "2024", "limit": "100"}).status_code \
            == 200
        assert web.get("/api/v1/bodies?page=1&limit=100").status_code == 200
        assert web.get("/api/v1/search", params={"q": "budget", "to": "2024-12-31", "offset": "0"}).status_code == 200


@pytest.mark.parametrize("argv", [["search", "budget", "--offset", "-1"], ["search", "budget", "--offset", "10001"],
                                  ["search", "budget", "--limit", "0"],
                                  ["search", "budget", "--from", "garbage"], ["search", "budget", "--to", "2025-02-30"],
                                  ["search", "budget", "--year", "abc"], ["theme", "budget", "--from", "2025-13-01"],
                                  ["ingest", ".", "--jobs", "0"]])
def test_bad_cli_options_exit_2(demo_db, argv):
    code, out, err = cli(*argv, "--db", demo_db)
    assert code == 2 and "usage:" in err and argv[2] in err and out == ""


def test_openapi_declares_limits_and_400s(demo_db):
    with client(demo_db) as web:
        doc = web.get("/api/v1/openapi.json").json()
    search = doc["paths"]["/search"]["get"]
    params = {p["name"]: p["schema"] for p in search["parameters"]}
    assert params["q"]["minLength"] == 1 and params["q"]["maxLength"] == 500 and params["year"]["pattern"]
    assert all("400" in op["get"]["responses"] for path, op in doc["paths"].items()
               if any(p.get("in") == "query" for p in op["get"].get("parameters", [])))


# JSON Schema patterns are ECMA-262 regular expressions: their \s is these characters (WhiteSpace and
# LineTerminator), not Python's, which also counts the separators U+001C-U+001F and U+0085.
_ECMA_SPACE = "[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]"


@pytest.mark.parametrize("q", ["\x1f", "\x1c \x1d", "\x85", " \t "])
def test_a_query_of_blanks_is_400_and_the_api_description_says_so(demo_db, q):
    import re

    with client(demo_db) as web:
        r = web.get("/api/v1/search", params={"q": q})
        doc = web.get("/api/v1/openapi.json").json()
    assert r.status_code == 400
    [param] = [p for p in doc["paths"]["/search"]["get"]["parameters"] if p["name"] == "q"]
    pattern = param["schema"]["pattern"]
    # read as a client validating against the description would: ECMA's \s and \S
    ecma = pattern.replace("\\S", "[^" + _ECMA_SPACE[1:-1] + "]").replace("\\s", _ECMA_SPACE[1:-1])
    assert not re.search(ecma, q), f"the description admits {q!r}, which is answered 400"
    assert re.search(ecma, "budget")
