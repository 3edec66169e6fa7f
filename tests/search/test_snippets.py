"""Snippets show the best window of a text, with only the matching words marked.

The texts are written here; the expected snippets are written by hand from them (the window
starts four words before its first match and holds the most distinct query words)."""
from __future__ import annotations

import hashlib

from sagsgang.model import AgendaItem, Document, Meeting, Section
from sagsgang.search import open_index, search
from sagsgang.search.engine import parse_query, snippet

# "Parkering" opens the text alone; "parkering ved havnen" comes together 40 words later.
TEXT = ("Parkering blev kort nævnt i indledningen. Derefter fulgte en lang gennemgang af budgettet for skolerne, "
        "ældreplejen, vejvedligeholdelsen, kulturhuset, bibliotekerne, idrætshallerne og de kommunale "
        "ejendomme, som alle skal have nye tal til næste år. Til sidst drøftede udvalget forslaget om "
        "billigere parkering ved havnen og besluttede at sende det i høring.")
BEST = ("… udvalget forslaget om billigere <mark>parkering</mark> ved <mark>havnen</mark> og besluttede at sende "
        "det i høring")


def test_snippet_is_the_window_with_most_query_words():
    assert snippet(TEXT, parse_query("parkering havnen").highlight) == BEST


def test_only_matching_words_are_marked():
    out = snippet(TEXT, parse_query("budgettet").highlight)
    assert out.count("<mark>") == 1 and "<mark>budgettet</mark>" in out
    assert out.startswith("… en lang gennemgang af <mark>budgettet</mark> for skolerne,")


def test_search_result_carries_the_best_window(tmp_path):
    store = open_index(str(tmp_path / "s.db"))
    item = AgendaItem(title="Budget og havn", number="4", sections=[Section("Sagsfremstilling", TEXT)])
    store.put_document(Document(source="s.txt", municipality="Faxe", document_type="referat",
                                meeting=Meeting(committee="Teknisk Udvalg", date="2024-06-04"), items=[item],
                                content_hash=hashlib.sha256(TEXT.encode()).hexdigest()), "/x/s.txt")
    (hit,) = search(store, "parkering havnen")["results"]
    assert hit["snippet"] == BEST
    store.close()
