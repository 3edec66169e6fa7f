"""Phrases answered through word-pair fields, the index version that forces a rebuild when the
schema changes, and the one counting pass (matches, facets, bilag hits). Values written by hand."""
from __future__ import annotations

from sagsgang.search import open_index, search
from sagsgang.search.analyzer import index_text, index_words, word_pairs
from sagsgang.search.engine import _aggregate, parse_query
from sagsgang.search.index import ID_FILE, INDEX_VERSION, SearchIndex

from .test_search import doc, item


def test_index_words_groups_each_words_tokens():
    assert index_words("Ældreområdet i ØU") == "ældreområd|ældr|områd i øu|økonomiudvalg"
    assert index_words("sag 22/8164 nu") == "sag cn_22_8164|22|8164 nu"
    # index_text is the same tokens, one per position
    assert index_text("Ældreområdet i ØU") == "ældreområd ældr områd i øu økonomiudvalg"
    assert index_words("taget til efterretning", "plain") == "taget til efterretning"


def test_word_pairs_join_whole_words_and_skip_compound_parts():
    assert word_pairs(index_words("Sagen blev taget til efterretning")) == (
        "sag+blev blev+tag tag+til til+efterretning")
    assert word_pairs(index_words("nye ældreområdet ØU")) == "nye+ældreområd ældreområd+øu"
    assert word_pairs(index_words("ét")) == "" and word_pairs("") == ""


def phrase_store(tmp_path):
    s = open_index(str(tmp_path / "p.db"))
    texts = {
        "adjacent.txt": "Orienteringen blev taget til efterretning af udvalget.",
        "apart.txt": "Punktet blev taget op, og til sidst kom efterretning om sagen.",
        "pairs-apart.txt": "Forslaget blev taget til følge. Til efterretning: budgettet.",
        "gap.txt": "Sagen blev taget med til efterretning.",
        "compound.txt": "Udvalget drøftede ældreområdet nu igen.",
    }
    for k, (source, text) in enumerate(sorted(texts.items())):
        s.put_document(doc(source, "Norddjurs", "Økonomiudvalget", f"2024-02-0{k + 1}",
                           [item(f"Punkt {k}", text, cases=[f"24/{500 + k}"])]), f"/x/{source}")
    return s


def sources(store, query: str) -> list[str]:
    return sorted(r["source"] for r in search(store, query)["results"])


def test_a_phrase_is_its_words_in_order_next_to_each_other(tmp_path):
    s = phrase_store(tmp_path)
    # three words: both pairs, one after the other; pairs found apart in the text do not match
    assert sources(s, '"taget til efterretning"') == ["adjacent.txt"]
    # two words: one pair
    assert sources(s, '"til efterretning"') == ["adjacent.txt", "gap.txt", "pairs-apart.txt"]
    assert sources(s, '"efterretning til"') == []
    # a word between the phrase's words: no match (close is not next to)
    assert sources(s, '"taget efterretning"') == []
    # a compound's parts indexed after it do not separate it from the next word
    assert sources(s, '"ældreområdet nu igen"') == ["compound.txt"]
    # excluded phrases use the same pairs
    assert sources(s, 'efterretning -"taget til efterretning"') == ["apart.txt", "gap.txt", "pairs-apart.txt"]
    s.close()


def test_an_index_of_another_version_is_rebuilt_on_open(tmp_path):
    s = phrase_store(tmp_path)
    s.close()
    marker = tmp_path / "p.db.index" / ID_FILE
    index_id, version = marker.read_text().split()
    assert version == f"v{INDEX_VERSION}"
    marker.write_text(index_id)  # what an index of the first schema (no version) carries
    assert SearchIndex(str(tmp_path / "p.db"), index_id).fresh  # the folder is emptied and recreated
    again = open_index(str(tmp_path / "p.db"))  # ... and rebuilt from the records
    assert marker.read_text() == f"{index_id} v{INDEX_VERSION}"
    assert sources(again, '"taget til efterretning"') == ["adjacent.txt"]
    assert search(again, "efterretning")["total"] == 4
    again.close()


def test_one_pass_counts_matches_facets_and_bilag_hits():
    idx = SearchIndex("", "test")
    idx.acquire()
    rows = [(1, "Budget", "budget for skoler", "Aarhus", "Byrådet", "2024-01-02", "referat"),
            (2, "Bilag", "budget side 3", "Aarhus", "Byrådet", "2024-01-02", "bilag"),
            (3, "Budget", "budget", "Norddjurs", "Økonomiudvalget", "2023-05-06", "dagsorden"),
            (4, "Vej", "cykelsti", "Norddjurs", "Teknik", "2023-05-06", "bilag")]
    for rid, title, body, *facts in rows:
        idx.writer.add_document(SearchIndex.document(rid, (index_words(title), "", index_words(body)), *facts))
    idx.writer.commit()
    idx.release()
    counts = _aggregate(idx.searcher(), parse_query("budget").clauses[0])
    assert counts.matches == 3 and counts.in_bilag == 1
    assert counts.facets == {"municipality": {"Aarhus": 2, "Norddjurs": 1},
                             "committee": {"Byrådet": 2, "Økonomiudvalget": 1}, "year": {"2024": 2, "2023": 1}}


def counted_store(tmp_path, n: int):
    """`n` matches of 'lokalplan', two of them the same item published twice (HTML and PDF),
    ranked last (one mention in a long body) so that only an exact count finds them twins."""
    s = open_index(str(tmp_path / f"c{n}.db"))
    for k in range(n - 2):
        s.put_document(doc(f"d{k}.txt", "Norddjurs", "Teknisk Udvalg", "2024-03-01", [
            item(f"Lokalplan {k}", "Lokalplan lokalplan lokalplan.", cases=[f"24/{2000 + k}"])]), f"/x/d{k}.txt")
    long_body = "Lokalplan. " + " ".join(f"ord{i}" for i in range(300))
    for name in ("twin.html", "twin.pdf"):
        s.put_document(doc(name, "Aarhus", "Byrådet", "2024-04-02", [
            item("Tillæg om byggefelter", long_body, cases=["24/9999"])]), f"/x/{name}")
    return s


def test_totals_are_exact_up_to_exact_matches_and_counted_beyond(tmp_path):
    from sagsgang.search.engine import EXACT_MATCHES

    s = counted_store(tmp_path, EXACT_MATCHES)
    r = search(s, "lokalplan")  # every match deduplicated: the twins are one result
    assert (r["total"], r["facets"]["municipality"]) == (EXACT_MATCHES - 1, {"Norddjurs": 98, "Aarhus": 1})
    s.close()
    s = counted_store(tmp_path, EXACT_MATCHES + 1)
    r = search(s, "lokalplan")  # counted by tantivy; the twins rank below the page and its reserve
    assert (r["total"], r["facets"]["municipality"]) == (EXACT_MATCHES + 1, {"Norddjurs": 99, "Aarhus": 2})
    s.close()
