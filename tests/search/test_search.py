"""Search over a small store: query syntax, injection safety, filters, facets, closed items, dedupe."""
from __future__ import annotations

import hashlib

import pytest

from sagsgang.model import AgendaItem, Decision, Document, Meeting, Section
from sagsgang.search import open_index, rebuild_index, search

# the contract of shared/spec/search-output.md, plus what a hit is (an item or document text outside
# items, "unit") and where it starts ("page")
KEYS = {"source", "municipality", "committee", "date", "item_number", "title", "case_numbers", "public",
        "snippet", "score", "unit", "page"}


def doc(source, municipality, committee, date, items) -> Document:
    return Document(source=source, municipality=municipality, document_type="referat",
                    meeting=Meeting(committee=committee, date=date), items=items,
                    content_hash=hashlib.sha256(repr((source, items)).encode()).hexdigest())


def item(title, text, number="1", cases=(), public=True, decision="") -> AgendaItem:
    return AgendaItem(title=title, number=number, public=public, case_numbers=list(cases),
                      sections=[Section("Sagsfremstilling", text)],
                      decisions=[Decision(None, None, decision)] if decision else [])


@pytest.fixture
def store(tmp_path):
    s = open_index(str(tmp_path / "s.db"))
    s.put_document(doc("a.txt", "Norddjurs", "Arbejdsmarkedsudvalget", "2022-08-17", [
        item("Indstilling til velfærdsaftale", "Kommunen kan blive frisat fra statslige regler på ældreområdet.",
             cases=["22/8164"]),
        item("Parkering ved havnen", "Billigere parkering i parkeringshuse.", number="2"),
        item("Personalesag", "Hemmelig tekst om medarbejderen Jensen", number="3", cases=["22/9999"],
             public=False),
    ]), "/x/a.txt")
    s.put_document(doc("b.pdf", "Norddjurs", "Arbejdsmarkedsudvalget", "2022-08-17", [
        item("Indstilling til velfærdsaftale", "Kommunen kan blive frisat fra statslige regler på ældreområdet.",
             cases=["22/8164"]),
    ]), "/x/b.pdf")
    s.put_document(doc("c.html", "Aarhus", "Aarhus Byråd", "2025-08-27", [
        item("Trafik på Grenåvej", "Hastighedsnedsættelse og parkering på Grenåvej.", cases=["EMN-2025-009242"],
             decision="Økonomiudvalget anbefaler parkering"),
        item("Regnskab 2024", "Revision af regnskabet for 2024.", number="2"),
    ]), "/x/c.html")
    yield s
    s.close()


def test_shape(store):
    r = search(store, "parkering")
    assert set(r) == {"query", "total", "results", "facets"}
    assert set(r["facets"]) == {"municipality", "committee", "year"}
    for hit in r["results"]:
        assert set(hit) == KEYS
    assert r["total"] == 2


def test_stemmed_and_compound_match(store):
    r = search(store, "velfærdsaftaler område")
    assert r["results"][0]["title"] == "Indstilling til velfærdsaftale"
    assert "<mark>" in r["results"][0]["snippet"]


def test_same_item_published_twice_appears_once(store):
    r = search(store, "velfærdsaftale")
    assert r["total"] == 1 and len(r["results"]) == 1


def test_case_number_exact(store):
    assert [h["title"] for h in search(store, "22/8164")["results"]] == ["Indstilling til velfærdsaftale"]
    assert [h["title"] for h in search(store, "EMN-2025-009242")["results"]] == ["Trafik på Grenåvej"]
    assert search(store, "22/8165")["total"] == 0


def test_closed_item_by_title_and_case_only(store):
    assert search(store, "hemmelig medarbejderen")["total"] == 0
    r = search(store, "personalesag")
    assert r["total"] == 1 and r["results"][0]["public"] is False and r["results"][0]["snippet"] == ""
    assert search(store, "22/9999")["total"] == 1


def test_phrase_and_exclusion(store):
    assert search(store, '"billigere parkering"')["total"] == 1
    assert search(store, '"parkering billigere statslige"')["total"] == 0
    r = search(store, "parkering -havnen")
    assert [h["title"] for h in r["results"]] == ["Trafik på Grenåvej"]
    assert search(store, 'parkering -"billigere parkering"')["total"] == 1


def test_abbreviation_and_aa(store):
    assert search(store, "ØK parkering")["results"][0]["title"] == "Trafik på Grenåvej"
    assert search(store, "Grenaavej")["total"] == 1


def test_filters_and_facets(store):
    r = search(store, "parkering regnskab")
    assert r["facets"]["municipality"] == {"Aarhus": 2, "Norddjurs": 1}
    assert r["facets"]["year"] == {"2025": 2, "2022": 1}
    assert search(store, "parkering", municipality="aarhus")["total"] == 1
    assert search(store, "parkering", committee="Arbejdsmarkedsudvalget")["total"] == 1
    assert search(store, "parkering", date_from="2023-01-01")["total"] == 1
    assert search(store, "parkering", date_to="2023-01-01")["total"] == 1
    assert search(store, "parkering", year="2025")["total"] == 1
    assert search(store, "parkering", doc_type="dagsorden")["total"] == 0


def test_paging_keeps_total_and_facets(store):
    full = search(store, "parkering regnskab", limit=10)
    page = search(store, "parkering regnskab", limit=1, offset=1)
    assert page["total"] == full["total"] and page["facets"] == full["facets"]
    assert page["results"] == full["results"][1:2]


PARKING = ["Parkering ved havnen", "Trafik på Grenåvej"]


# Syntax characters are no syntax: junk finds nothing, the words in it are searched as words.
@pytest.mark.parametrize(("query", "titles"), [
    ('"; DROP TABLE items; --', []), ("NEAR(", []), ("*", []), ('parkering "unbalanced', PARKING), ('"', []),
    ("-", []), ("a OR b AND NOT c", []), ("title:parkering", PARKING), ("^parkering", PARKING), ("(((", []),
    ("''", []), ("", []), ("   ", []), ("\x00", []), ("parkering*", PARKING), ("{title}: x", []), ("- - -", []),
    ('-"', []), ("22/8164 NOT", ["Indstilling til velfærdsaftale"])])
def test_hostile_queries_are_harmless(store, query, titles):
    r = search(store, query)
    assert sorted(h["title"] for h in r["results"]) == titles and r["total"] == len(titles)
    assert store.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 6


def test_operators_are_words(store):
    # FTS5 operators typed by a user are ordinary words, not syntax
    assert search(store, "parkering OR")["total"] == 2


def test_rebuild_index_gives_same_results(store):
    before = search(store, "parkering regnskab velfærdsaftale")
    assert rebuild_index(store) == 6
    assert search(store, "parkering regnskab velfærdsaftale") == before


def test_same_case_with_new_text_is_not_a_duplicate(tmp_path):
    s = open_index(str(tmp_path / "d.db"))
    base = "Byrådet skal træffe beslutning om stedfortræderens indkaldelse efter styrelsesvedtægten. "
    s.put_document(doc("m1.txt", "Nyborg", "Byrådet", "2018-10-09", [
        item("Indkaldelse af stedfortræder", base + "Peter Hansen har forfald til mødet i oktober. " * 3,
             cases=["450-2018-4075"])]), "/m1.txt")
    s.put_document(doc("m2.txt", "Nyborg", "Byrådet", "2018-11-27", [
        item("Indkaldelse af stedfortrædere", base + "Kaj Jensen har forfald i november til byrådsmødet. " * 3,
             cases=["450-2018-4075"])]), "/m2.txt")
    assert search(s, "stedfortræder forfald")["total"] == 2


def test_any_query_is_harmless(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    s = open_index(str(tmp_path / "h.db"))
    s.put_document(doc("h.txt", "Faxe", "Byrådet", "2024-01-01", [item("Budget", "Budget og parkering")]), "/h")
    alphabet = st.sampled_from(list('abcæøå "-*()^:;{}\'\\/ NEARORANDNOT0123456789\x00ÅØ'))

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(alphabet, max_size=40))
    def check(query):
        r = search(s, query)
        assert r["total"] == len(r["results"]) <= 1

    check()
    assert s.stats()["items"] == 1


def test_unknown_query_compound_split_against_index_vocabulary(tmp_path):
    s = open_index(str(tmp_path / "v.db"))
    s.put_document(doc("v.txt", "Faxe", "Byrådet", "2024-01-01", [
        item("Elever", "Forældre ønsker skift af skole for eleverne."),
        item("Andet", "Intet om det.", number="2")]), "/v")
    r = search(s, "skoleskift")
    assert [h["title"] for h in r["results"]] == ["Elever"]


def test_lost_or_foreign_index_folder_is_rebuilt_from_the_records(store, tmp_path):
    """The index is derived data: a deleted folder, or the folder of another database copied
    beside this one, is rebuilt from the stored records on the next open."""
    import shutil

    before = search(store, "velfærdsaftale")
    store.close()
    shutil.rmtree(tmp_path / "s.db.index")
    again = open_index(str(tmp_path / "s.db"))
    assert search(again, "velfærdsaftale") == before
    again.close()
    other = open_index(str(tmp_path / "other.db"))  # an empty database with an index of its own
    other.close()
    shutil.rmtree(tmp_path / "s.db.index")
    shutil.copytree(tmp_path / "other.db.index", tmp_path / "s.db.index")
    again = open_index(str(tmp_path / "s.db"))
    assert search(again, "velfærdsaftale") == before
    again.close()


def test_many_matches_count_every_match_and_fill_the_page(tmp_path):
    """Beyond EXACT_MATCHES the engine dedupes only what the page needs; totals and facets still
    cover every match, and pages do not overlap."""
    from sagsgang.search.engine import EXACT_MATCHES

    s = open_index(str(tmp_path / "many.db"))
    n = EXACT_MATCHES + 30
    for k in range(n):
        muni = "Norddjurs" if k % 3 else "Aarhus"
        s.put_document(doc(f"d{k}.txt", muni, "Teknisk Udvalg", f"2024-01-{1 + k % 28:02d}", [
            item(f"Lokalplan nr. {k} for område {k}", f"Forslag til lokalplan {k} med {k * 7} boliger.",
                 cases=[f"24/{1000 + k}"])]), f"/x/d{k}.txt")
    first = search(s, "lokalplan", limit=10)
    second = search(s, "lokalplan", limit=10, offset=10)
    assert first["total"] == n
    assert first["facets"]["municipality"] == {"Norddjurs": n - len(range(0, n, 3)), "Aarhus": len(range(0, n, 3))}
    assert len(first["results"]) == len(second["results"]) == 10
    assert not {r["source"] for r in first["results"]} & {r["source"] for r in second["results"]}
    assert search(s, "lokalplan", municipality="aarhus")["total"] == len(range(0, n, 3))
    s.close()


def test_pages_beyond_the_exact_count_are_full_when_twins_fill_the_fetched_hits(tmp_path):
    """Every meeting published twice (HTML and PDF text of it: twins, shown once). Past EXACT_MATCHES
    matches the engine fetches the page and a reserve below it; when twins use up the reserve it must
    fetch deeper, or a page comes out short and the results between it and the next are on no page."""
    from sagsgang.search.engine import EXACT_MATCHES

    s = open_index(str(tmp_path / "twins.db"))
    n = EXACT_MATCHES + 30
    for k in range(n):
        date = f"2024-{1 + k // 28:02d}-{1 + k % 28:02d}"
        for ext in ("txt", "html"):
            s.put_document(doc(f"m{k:03d}.{ext}", "Norddjurs", "Teknisk Udvalg", date, [
                item(f"Lokalplan nr. {k} for område {k}", f"Forslag til lokalplan {k} med {k * 7} boliger.",
                     cases=[f"24/{1000 + k}"])]), f"/x/m{k:03d}.{ext}")
    pages = [search(s, "lokalplan", limit=10, offset=offset)["results"] for offset in range(0, n, 10)]
    assert [len(p) for p in pages] == [10] * (n // 10), [len(p) for p in pages]
    shown = [r["source"].split(".")[0] for p in pages for r in p]
    assert len(shown) == len(set(shown)) == n  # every meeting once, on exactly one page
    s.close()
