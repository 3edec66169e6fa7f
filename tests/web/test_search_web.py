"""Search through the web and the API over a real store ingested from the shared corpus."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import partial

import pytest
from starlette.testclient import TestClient

from sagsgang.ingest import ingest
from sagsgang.search import open_index, search
from sagsgang.web.app import Data, create_app
from sagsgang.web.catalog import Catalog

from ..conftest import DOCS


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    if not DOCS.exists():
        pytest.skip("shared corpus not available")
    store = open_index(str(tmp_path_factory.mktemp("web") / "w.db"))
    ingest(store, [str(DOCS)])
    data = Data(Catalog(store.documents()), partial(search, store), store.last_ingest(), store.document_modified(),
                store.tombstones())
    return TestClient(create_app(lambda: data))


def test_search_page_results_facets_and_snippets(client):
    r = client.get("/?q=velfærdsaftale")
    assert r.status_code == 200 and "resultater for »velfærdsaftale«" in r.text
    assert "<mark>" in r.text and "&lt;mark&gt;" not in r.text
    assert 'href="/?q=velf%C3%A6rdsaftale&amp;municipality=Norddjurs"' in r.text
    filtered = client.get("/?q=velfærdsaftale&municipality=Norddjurs")
    assert "Indstilling til velfærdsaftale" in filtered.text
    assert "Videre proces for velfærdsaftaler" not in filtered.text
    # one case write-up treated by two committees (Arbejdsmarkedsudvalget 17/8, Børne- og
    # ungdomsudvalget 18/8): two results, each body's decision its own (issue 15, defect 6)
    assert filtered.text.count('class="result"') == 2
    assert "Arbejdsmarkedsudvalget" in filtered.text and "Børne- og ungdomsudvalget" in filtered.text


def test_pagination_links(client):
    first = client.get("/?q=forslag&limit=2")
    assert 'rel="next"' in first.text and 'rel="prev"' not in first.text
    second = client.get("/?q=forslag&limit=2&offset=2")
    assert 'rel="prev"' in second.text


def test_closed_item_found_by_title_only(client):
    r = client.get("/?q=sygefravær")
    assert "Status sygefravær marts 2024" in r.text and "Lukket punkt" in r.text


def test_api_search_and_feed(client):
    data = client.get("/api/v1/search?q=Pier 3").json()
    assert data["total"] >= 1 and data["results"][0]["agendaItem"].startswith("http://testserver/api/v1/agendaItems/")
    assert client.get("/api/v1/search").status_code == 400
    feed = ET.fromstring(client.get("/feeds/search.atom?q=velfærdsaftale").content)
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed]
    assert "Indstilling til velfærdsaftale" in titles


def test_theme_page_and_csv(client):
    page = client.get("/tema?q=velfærdsaftale")
    assert page.status_code == 200 and "Arbejdsmarkedsudvalget" in page.text and "Hent som CSV" in page.text
    csv = client.get("/tema.csv?q=velfærdsaftale")
    assert csv.headers["content-type"].startswith("text/csv") and csv.content.startswith(b"\xef\xbb\xbf")
    assert "attachment" in csv.headers["content-disposition"]


def test_query_limits(client):
    assert client.get("/?q=" + "a" * 500).status_code == 200
    assert client.get("/?q=" + "a" * 5000).status_code == 400  # over maxLength: refused, not cut
    full = client.get("/api/v1/search?q=skole&limit=100").json()  # the largest page allowed
    assert full["total"] > 0 and len(full["results"]) == min(full["total"], 100)
    assert client.get("/api/v1/search?q=skole&limit=100000").status_code == 400
    assert client.get("/api/v1/bodies?limit=x").status_code == 400


def test_item_page_prints_decisions_and_bilag_once_and_the_case_page_its_number(client):
    # issue 15, defect 13: the 'Beslutning'/'Sagsforløb' and 'Bilag' sections repeated what the page
    # shows in its decision and bilag blocks; the case page never said which case number it is
    hits = client.get("/?q=Pier 3").text
    url = re.search(r'href="(/punkt/[^"]+)"[^>]*>Udviklingsplan Aarhus Ø - endelig vedtagelse', hits).group(1)
    page = client.get(url).text
    assert page.count("Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning") == 1
    assert page.count("Bilag 3: Resume og kommentering af høringssvar") == 1
    case_url = re.search(r'href="(/sag/[^"]+)">se hele sagsgangen', page).group(1)
    assert "Sagsnummer:</strong> EMN-2025-009242" in client.get(case_url).text


def test_a_bare_case_number_leads_to_its_case(client):
    # issue 15, defect 13: '/sag/22/8164' was a 404; a case number alone names a case when one
    # municipality holds it
    r = client.get("/sag/22/8164", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/sag/norddjurs%7C22%2F8164"
    assert "Sagsnummer:</strong> 22/8164" in client.get("/sag/22/8164").text
    assert client.get("/sag/99/99999").status_code == 404


@pytest.mark.parametrize("value,chip", [("only", "Kun i bilag"), ("exclude", "Uden bilag"),
                                        ("include", "Punkter og bilag")])
def test_the_bilag_filter_shows_as_a_removable_chip(client, value, chip):
    """Every value of the bilag filter gives a page (the filter once had no label and answered 500) whose chips
    name it in the facet list's words, with a link that removes it."""
    r = client.get(f"/?q=velfærdsaftale&bilag={value}")
    assert r.status_code == 200
    chips = r.text.split('aria-label="Aktive filtre"', 1)[1].split("</ul>", 1)[0]
    assert "Bilag" in chips and chip in chips and 'href="/?q=velf%C3%A6rdsaftale"' in chips
